/**
 * Drawing primitives for the map. Widths and spacings are given in screen
 * pixels and divided by the zoom, because Phaser scales strokes with the camera.
 */
import type * as Phaser from 'phaser';
import type { LegCertainty, TransportMode } from '../core/content/schema.ts';
import type { Point } from '../core/map/view.ts';

type Graphics = Phaser.GameObjects.Graphics;

/** Okabe–Ito colours, one per transport mode; each mode also has its own line pattern. */
export const MODE_COLORS: Readonly<Record<TransportMode, number>> = {
  rail: 0xe69f00,
  sea: 0x56b4e9,
  air: 0xf0e442,
  road: 0xcc79a7,
};
export const UNKNOWN_COLOR = 0xb4c0cd;
/** On the overview of all cases, colour tells the direction (the pattern still tells the mode). */
export const DIRECTION_COLORS = { 'to-russia': 0xcc79a7, 'to-north-korea': 0x56b4e9 } as const;

/** A flat [x0, y0, x1, y1, ...] array as one sub-path (closed when `close`). */
export function tracePath(g: Graphics, flat: readonly number[], close: boolean): void {
  if (flat.length < 4) return;
  g.moveTo(flat[0] as number, flat[1] as number);
  for (let i = 2; i < flat.length; i += 2) g.lineTo(flat[i] as number, flat[i + 1] as number);
  if (close) g.closePath();
}

/** Solid segments of a dashed polyline; `dash` and `gap` in world units. */
function dashes(points: readonly Point[], dash: number, gap: number): Point[][] {
  const out: Point[][] = [];
  let on = true;
  let left = dash;
  let current: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let t = 0;
    while (t < length) {
      const step = Math.min(left, length - t);
      const from = { x: a.x + ((b.x - a.x) * t) / length, y: a.y + ((b.y - a.y) * t) / length };
      const to = { x: a.x + ((b.x - a.x) * (t + step)) / length, y: a.y + ((b.y - a.y) * (t + step)) / length };
      if (on) {
        if (current.length === 0) current.push(from);
        current.push(to);
      }
      t += step;
      left -= step;
      if (left <= 1e-9) {
        if (on && current.length > 1) out.push(current);
        current = [];
        on = !on;
        left = on ? dash : gap;
      }
    }
  }
  if (on && current.length > 1) out.push(current);
  return out;
}

function strokePolyline(g: Graphics, points: readonly Point[]): void {
  const first = points[0];
  if (!first || points.length < 2) return;
  g.moveTo(first.x, first.y);
  for (const p of points.slice(1)) g.lineTo(p.x, p.y);
}

/** Short strokes across the line at regular spacing: the railway-sleeper pattern. */
function ties(g: Graphics, points: readonly Point[], spacing: number, halfLength: number, visible: (p: Point) => boolean): void {
  let carry = spacing / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) continue;
    const nx = -(b.y - a.y) / length;
    const ny = (b.x - a.x) / length;
    let t = carry;
    for (; t < length; t += spacing) {
      const p = { x: a.x + ((b.x - a.x) * t) / length, y: a.y + ((b.y - a.y) * t) / length };
      if (!visible(p)) continue;
      g.moveTo(p.x - nx * halfLength, p.y - ny * halfLength);
      g.lineTo(p.x + nx * halfLength, p.y + ny * halfLength);
    }
    carry = t - length;
  }
}

export interface RouteStyle {
  readonly mode: TransportMode;
  readonly certainty: LegCertainty;
  /** Screen pixels per world unit. */
  readonly zoom: number;
  /** Only decorations inside this test are drawn (the visible area). */
  readonly visible: (p: Point) => boolean;
  /** Overrides the mode's colour. */
  readonly color?: number;
}

/**
 * One leg of a route. Rail: a line with sleepers; sea: long dashes; air: dots;
 * road: a plain line. An inferred route is drawn dashed and lighter; an unknown
 * one as thin grey dashes.
 */
export function drawRoute(g: Graphics, points: readonly Point[], style: RouteStyle): void {
  const px = (n: number) => n / style.zoom;
  if (style.certainty === 'unknown') {
    g.lineStyle(px(2), UNKNOWN_COLOR, 0.9);
    g.beginPath();
    for (const dash of dashes(points, px(6), px(6))) strokePolyline(g, dash);
    g.strokePath();
    return;
  }
  const color = style.color ?? MODE_COLORS[style.mode];
  const alpha = style.certainty === 'inferred' ? 0.8 : 1;
  // A dark casing keeps the route readable over land, sea and borders alike.
  g.lineStyle(px(6), 0x09121b, 0.55);
  g.beginPath();
  strokePolyline(g, points);
  g.strokePath();
  g.lineStyle(px(3), color, alpha);
  g.beginPath();
  const pattern =
    style.mode === 'sea' ? dashes(points, px(14), px(7)) : style.mode === 'air' ? dashes(points, px(2), px(6)) : style.certainty === 'inferred' ? dashes(points, px(12), px(5)) : [points];
  for (const part of pattern) strokePolyline(g, part);
  g.strokePath();
  if (style.mode === 'rail') {
    g.lineStyle(px(2), color, alpha);
    g.beginPath();
    ties(g, points, px(11), px(5), style.visible);
    g.strokePath();
  }
}
