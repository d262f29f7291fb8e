/**
 * Camera and label geometry for the map, in plain numbers so it can be unit-tested:
 * the Phaser scene only applies what these functions compute.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ViewFit {
  /** Centre of the view in map units. */
  readonly x: number;
  readonly y: number;
  /** Screen (CSS) pixels per map unit. */
  readonly zoom: number;
}

export interface FitOptions {
  /** Free space kept around the points, in screen pixels (wider sideways, where labels go). */
  readonly padding: { readonly x: number; readonly y: number };
  /** Smallest span shown, in map units, so that close places are not blown up. */
  readonly minSpan: number;
  readonly maxZoom: number;
  readonly minZoom: number;
  /** Camera rotation in radians (screen = world turned by +rotation): points are fitted as they will appear. */
  readonly rotation: number;
}

const rotate = (p: Point, angle: number): Point => ({
  x: p.x * Math.cos(angle) - p.y * Math.sin(angle),
  y: p.x * Math.sin(angle) + p.y * Math.cos(angle),
});

/** The centre and zoom that show all points inside a viewport of `width` × `height` screen pixels. */
export function fitView(points: readonly Point[], width: number, height: number, options: FitOptions): ViewFit {
  if (points.length === 0 || width <= 0 || height <= 0) return { x: 0, y: 0, zoom: options.minZoom };
  // Work in the screen's orientation: rotate by the camera angle, take the box, rotate its centre back.
  const turned = points.map((p) => rotate(p, options.rotation));
  const xs = turned.map((p) => p.x);
  const ys = turned.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = Math.max(x1 - x0, options.minSpan);
  const spanY = Math.max(y1 - y0, options.minSpan);
  const usableW = Math.max(width - 2 * options.padding.x, width * 0.3);
  const usableH = Math.max(height - 2 * options.padding.y, height * 0.3);
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, Math.min(usableW / spanX, usableH / spanY)));
  const centre = rotate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, -options.rotation);
  return { x: centre.x, y: centre.y, zoom };
}

export interface LabelRequest {
  readonly id: string;
  /** Anchor on screen (CSS pixels) and the radius of the marker drawn there. */
  readonly x: number;
  readonly y: number;
  readonly markerRadius: number;
  readonly width: number;
  readonly height: number;
  /** Sides to try, in order (default: right, left, above, below). */
  readonly sides?: readonly LabelSide[];
  /** An optional label is left out when no side is free; a required one takes its first side regardless. */
  readonly optional?: boolean;
}

/** `center` puts the label on its anchor (e.g. a country name). */
export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'center';

export interface PlacedLabel {
  readonly id: string;
  readonly side: LabelSide;
  /** Top-left corner of the label box on screen. */
  readonly x: number;
  readonly y: number;
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function boxFor(r: LabelRequest, side: LabelSide, gap: number): Box {
  const d = r.markerRadius + gap;
  switch (side) {
    case 'right':
      return { x0: r.x + d, y0: r.y - r.height / 2, x1: r.x + d + r.width, y1: r.y + r.height / 2 };
    case 'left':
      return { x0: r.x - d - r.width, y0: r.y - r.height / 2, x1: r.x - d, y1: r.y + r.height / 2 };
    case 'above':
      return { x0: r.x - r.width / 2, y0: r.y - d - r.height, x1: r.x + r.width / 2, y1: r.y - d };
    case 'below':
      return { x0: r.x - r.width / 2, y0: r.y + d, x1: r.x + r.width / 2, y1: r.y + d + r.height };
    case 'center':
      return { x0: r.x - r.width / 2, y0: r.y - r.height / 2, x1: r.x + r.width / 2, y1: r.y + r.height / 2 };
  }
}

const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

const inside = (box: Box, width: number, height: number) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;

/**
 * Greedy label placement: in priority order, each label takes the first side
 * that stays on screen and overlaps no marker and no label placed before it.
 * A required label with no free side keeps its first choice (a place the
 * player must find never loses its name); an optional one is left out.
 */
export function placeLabels(requests: readonly LabelRequest[], width: number, height: number, gap = 4): PlacedLabel[] {
  const taken: Box[] = requests
    .filter((r) => r.markerRadius > 0)
    .map((r) => ({ x0: r.x - r.markerRadius, y0: r.y - r.markerRadius, x1: r.x + r.markerRadius, y1: r.y + r.markerRadius }));
  return requests.flatMap((r) => {
    const sides = r.sides ?? SIDES;
    const fits = (s: LabelSide) => {
      const box = boxFor(r, s, gap);
      return inside(box, width, height) && !taken.some((t) => overlaps(t, box));
    };
    const free = sides.find(fits);
    if (free === undefined && r.optional) return [];
    // A required label with nowhere free at least stays on screen, if any side allows.
    const side = free ?? sides.find((s) => inside(boxFor(r, s, gap), width, height)) ?? sides[0] ?? 'right';
    const box = boxFor(r, side, gap);
    taken.push(box);
    return [{ id: r.id, side, x: box.x0, y: box.y0 }];
  });
}

/** Length of a polyline and the point at a fraction of that length (for moving the cargo). */
export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    length += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return length;
}

/** The polyline cut at `fraction` of its length: the part already travelled. */
export function polylinePrefix(points: readonly Point[], fraction: number): Point[] {
  const total = polylineLength(points);
  if (points.length < 2 || total === 0) return [...points];
  let remaining = Math.min(1, Math.max(0, fraction)) * total;
  const out: Point[] = [points[0] as Point];
  for (let i = 1; i < points.length && remaining > 0; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const segment = Math.hypot(b.x - a.x, b.y - a.y);
    if (remaining >= segment) {
      out.push(b);
      remaining -= segment;
    } else {
      const t = segment === 0 ? 0 : remaining / segment;
      out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
      break;
    }
  }
  return out;
}
