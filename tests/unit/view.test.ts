import { describe, expect, test } from 'vitest';
import { fitView, placeLabels, polylineLength, polylinePrefix, type Point } from '../../src/core/map/view.ts';

const options = { padding: { x: 20, y: 10 }, minSpan: 10, maxZoom: 50, minZoom: 0.01, rotation: 0 };

/** Where a map point lands on a screen of width × height for a fitted view. */
function onScreen(p: Point, fit: { x: number; y: number; zoom: number }, width: number, height: number, rotation: number): Point {
  const dx = (p.x - fit.x) * fit.zoom;
  const dy = (p.y - fit.y) * fit.zoom;
  return { x: width / 2 + dx * Math.cos(rotation) - dy * Math.sin(rotation), y: height / 2 + dx * Math.sin(rotation) + dy * Math.cos(rotation) };
}

describe('fitting the camera', () => {
  const points = [
    { x: 0, y: 0 },
    { x: 400, y: 100 },
    { x: 200, y: 300 },
  ];

  test('keeps every point inside the padded screen, using the space it has', () => {
    for (const rotation of [0, 0.5, -0.9]) {
      const fit = fitView(points, 800, 600, { ...options, rotation });
      const screen = points.map((p) => onScreen(p, fit, 800, 600, rotation));
      for (const s of screen) {
        expect(s.x).toBeGreaterThanOrEqual(20 - 1e-6);
        expect(s.x).toBeLessThanOrEqual(780 + 1e-6);
        expect(s.y).toBeGreaterThanOrEqual(10 - 1e-6);
        expect(s.y).toBeLessThanOrEqual(590 + 1e-6);
      }
      const xs = screen.map((s) => s.x);
      const ys = screen.map((s) => s.y);
      // Tight on at least one axis.
      expect(Math.max(Math.max(...xs) - Math.min(...xs) - 760, Math.max(...ys) - Math.min(...ys) - 580)).toBeCloseTo(0, 6);
    }
  });

  test('does not blow up places that are close together', () => {
    expect(fitView([{ x: 5, y: 5 }], 800, 600, options)).toEqual({ x: 5, y: 5, zoom: 50 });
    // Two places 1 unit apart are shown as if 10 units apart (the minimum span): 580 px / 10.
    expect(fitView([{ x: 0, y: 0 }, { x: 1, y: 1 }], 800, 600, { ...options, maxZoom: 100 }).zoom).toBeCloseTo(58, 6);
  });
});

describe('labels', () => {
  test('take the first free side, stay on screen and do not overlap', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 100, y: 100, markerRadius: 5, width: 60, height: 16 },
        { id: 'b', x: 130, y: 100, markerRadius: 5, width: 60, height: 16 },
        { id: 'edge', x: 790, y: 300, markerRadius: 5, width: 60, height: 16 },
      ],
      800,
      600,
    );
    expect(placed.map((p) => p.side)).toEqual(['left', 'right', 'left']);
    const boxes = placed.map((p) => ({ x0: p.x, y0: p.y, x1: p.x + 60, y1: p.y + 16 }));
    expect(boxes[0]!.x1 <= boxes[1]!.x0 || boxes[1]!.x1 <= boxes[0]!.x0).toBe(true);
    expect(boxes[2]!.x1).toBeLessThanOrEqual(800);
  });


  test('drop an optional label that has no room, keep a required one; centre country names on their anchor', () => {
    const crowded = [
      { id: 'here', x: 100, y: 100, markerRadius: 20, width: 200, height: 200 },
      { id: 'visited', x: 110, y: 110, markerRadius: 5, width: 60, height: 16, optional: true },
      { id: 'candidate', x: 105, y: 95, markerRadius: 5, width: 60, height: 16 },
      { id: 'country', x: 400, y: 300, markerRadius: 0, width: 80, height: 14, sides: ['center'] as const, optional: true },
    ];
    const placed = placeLabels(crowded, 800, 600);
    expect(placed.map((p) => p.id)).toEqual(['here', 'candidate', 'country']);
    expect(placed.find((p) => p.id === 'country')).toEqual({ id: 'country', side: 'center', x: 360, y: 293 });
  });
});

describe('polylines', () => {
  const line = [
    { x: 0, y: 0 },
    { x: 3, y: 4 },
    { x: 3, y: 10 },
  ];
  test('measure and cut at a fraction of their length', () => {
    expect(polylineLength(line)).toBe(11);
    expect(polylinePrefix(line, 0)).toEqual([{ x: 0, y: 0 }]);
    expect(polylinePrefix(line, 1)).toEqual(line);
    const half = polylinePrefix(line, 0.5);
    expect(half.at(-1)).toEqual({ x: 3, y: 4.5 });
    expect(polylineLength(half)).toBeCloseTo(5.5, 10);
  });
});
