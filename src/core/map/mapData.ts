/**
 * The generated map files, assets/maps/<region>.json: a zod/mini schema (the
 * TypeScript types are inferred from it), `parseMapFile` to validate one at
 * runtime, and small geometry helpers (point in country, ring area).
 *
 * Built by scripts/build-maps.ts from Natural Earth 4.1.0 (public domain,
 * https://www.naturalearthdata.com/) via the npm package world-atlas 2.0.2
 * (ISC licence), with borders as recognised by the UN: Crimea (Natural Earth:
 * Russia) is part of Ukraine. The file's `attribution` field says both.
 *
 * COORDINATES
 * -----------
 * All coordinates are map units of the region (see projection.ts): x east,
 * y DOWN, 0..width × 0..height. One unit is about `kmPerUnit` km (2.54 km for
 * russia-korea). Each LOD rounds its coordinates to `precision` decimals.
 *
 * A ring is a flat array [x0, y0, x1, y1, ...], implicitly closed (the first
 * point is not repeated). A polygon is [outer ring, ...hole rings]. Outer
 * rings run clockwise on screen (y down), holes anticlockwise; fill with the
 * even-odd or non-zero rule, either works. A polyline is a flat array too.
 *
 * LEVELS OF DETAIL
 * ----------------
 * lods[0] covers the whole region; each further LOD is finer and covers only
 * its `clip` rectangle [x0, y0, x1, y1]. Its polygons are clipped exactly to
 * that rectangle (clip edges are part of the rings), so to draw LOD i on top of
 * coarser ones: paint sea over `clip`, then its land, then its borders.
 * `resolution` is the size in map units of the smallest detail the LOD keeps;
 * switch to a finer LOD (where its clip covers the view) once
 * resolution × (screen pixels per map unit) of the current one exceeds ~2 px.
 *
 * There are no separate coastlines: to stroke coasts, stroke the polygon rings
 * but skip segments lying on the LOD's clip rectangle, then draw `borders`
 * (which are the land borders between two countries) on top.
 */
import { err, ok, type Result } from '../result.ts';
import { jsonPath, z } from '../validation.ts';
import type { MapSource, ProjectionSpec } from './projection.ts';

export const MAP_FORMAT = 'fts-map/1';

// Literal lists kept here, not imported as values, so that this module needs
// nothing from projection.ts (d3-geo) at runtime. `satisfies` and the build
// script's assignments make tsc keep them in step with projection.ts.
const MAP_SOURCES = ['countries-110m', 'countries-50m', 'countries-10m'] as const satisfies readonly MapSource[];
const PROJECTION_TYPES = ['conicEqualArea', 'conicConformal'] as const satisfies readonly ProjectionSpec['type'][];

// ---------------------------------------------------------------------------
// Schema

const nonEmpty = z.string().check(z.minLength(1));
const positive = z.number().check(z.positive());
const pair = z.tuple([z.number(), z.number()]);

/**
 * Flat coordinates [x0, y0, x1, y1, ...] with at least `minPoints` points.
 * One check per array rather than a z.number() per element: a file holds
 * ~25,000 numbers, and this keeps a cold parse at a few milliseconds.
 */
const coords = (minPoints: number) =>
  z
    .custom<number[]>((a) => Array.isArray(a) && a.every(Number.isFinite), { error: 'expected an array of finite numbers', abort: true })
    .check(
      z.minLength(minPoints * 2, `needs at least ${minPoints} points`),
      z.refine((a) => a.length % 2 === 0, 'odd number of coordinates'),
    );

const geoBoxSchema = z.strictObject({ west: z.number(), south: z.number(), east: z.number(), north: z.number() }).check(
  z.refine((b) => b.west < b.east && b.south < b.north, 'empty box'),
);

/** Flat [x0, y0, x1, y1, ...], implicitly closed. */
const ringSchema = coords(3);
/** [outer, ...holes] */
const polygonSchema = z.array(ringSchema).check(z.minLength(1, 'needs an outer ring'));
/** Flat [x0, y0, x1, y1, ...]. */
const polylineSchema = coords(2);
/** [x0, y0, x1, y1] */
const rectSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

const countrySchema = z.strictObject({
  /** ISO 3166-1 numeric ("643" Russia, "408" North Korea, ...), or "x-<name>" for areas without one. */
  id: nonEmpty,
  /** Natural Earth English short name. */
  name: nonEmpty,
  polygons: z.array(polygonSchema).check(z.minLength(1, 'no polygons')),
});

/** The land border between two countries (a < b by id), clipped to the LOD. */
const borderSchema = z.strictObject({
  a: nonEmpty,
  b: nonEmpty,
  lines: z.array(polylineSchema).check(z.minLength(1, 'no lines')),
});

/** Where to write a country's name, chosen by hand in the region definition. */
const labelSchema = z.strictObject({ id: nonEmpty, x: z.number(), y: z.number() });

const lodObject = z.strictObject({
  id: nonEmpty,
  source: z.enum(MAP_SOURCES),
  /** lon/lat box the LOD was asked to cover (null = whole region). */
  box: z.nullable(geoBoxSchema),
  /** Rectangle (map units) the LOD's geometry is clipped to. */
  clip: rectSchema,
  /** Decimals of the coordinates. */
  precision: z.int().check(z.gte(0), z.lte(6)),
  /** Size in map units of the smallest detail kept. */
  resolution: positive,
  countries: z.array(countrySchema),
  borders: z.array(borderSchema),
  labels: z.array(labelSchema),
});
const lodSchema = lodObject.check(z.superRefine(checkLod));

const mapFileObject = z.strictObject({
  format: z.literal(MAP_FORMAT),
  region: nonEmpty,
  name: nonEmpty,
  attribution: nonEmpty,
  width: positive,
  height: positive,
  /** Kilometres per map unit on the standard parallels. */
  kmPerUnit: positive,
  /** Enough to rebuild the projection: the region's spec plus the derived d3 scale and translate. */
  projection: z.strictObject({ type: z.enum(PROJECTION_TYPES), rotate: pair, parallels: pair, scale: positive, translate: pair }),
  bounds: geoBoxSchema,
  /** Coarse to fine; lods[0] covers the whole map. */
  lods: z.array(lodSchema).check(z.minLength(1, 'needs at least one LOD')),
});
export const mapFileSchema = mapFileObject.check(z.superRefine(checkFile));

export type Ring = z.infer<typeof ringSchema>;
export type Polygon = z.infer<typeof polygonSchema>;
export type Polyline = z.infer<typeof polylineSchema>;
export type Rect = z.infer<typeof rectSchema>;
export type MapCountry = z.infer<typeof countrySchema>;
export type MapBorder = z.infer<typeof borderSchema>;
export type MapLabel = z.infer<typeof labelSchema>;
export type MapLod = z.infer<typeof lodObject>;
export type MapFile = z.infer<typeof mapFileObject>;

// ---------------------------------------------------------------------------
// Cross-field checks. They run only when the structure itself parsed (zod
// skips refinements after type errors), but must survive the non-aborting
// issues above (an odd-length ring, an empty list).

type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', message, path, input: undefined });
}

function inRect(r: Rect, x: number, y: number): boolean {
  return x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3];
}

/** Reports the first point of a flat array outside the clip rectangle. */
function checkInside(ctx: Ctx, clip: Rect, a: readonly number[], path: Path): void {
  for (let i = 0; i + 1 < a.length; i += 2) {
    const x = a[i] as number;
    const y = a[i + 1] as number;
    if (!inRect(clip, x, y)) return issue(ctx, path, `point ${i / 2} (${x}, ${y}) outside the LOD's clip [${clip.join(', ')}]`);
  }
}

function checkLod(lod: MapLod, ctx: Ctx): void {
  const { clip } = lod;
  if (!(clip[0] < clip[2] && clip[1] < clip[3])) issue(ctx, ['clip'], 'empty rectangle');
  const ids = new Set<string>();
  lod.countries.forEach((c, ci) => {
    if (ids.has(c.id)) issue(ctx, ['countries', ci, 'id'], `duplicate country ${c.id}`);
    ids.add(c.id);
    c.polygons.forEach((poly, pi) => poly.forEach((ring, ri) => checkInside(ctx, clip, ring, ['countries', ci, 'polygons', pi, ri])));
  });
  lod.borders.forEach((b, bi) => {
    if (!(b.a < b.b)) issue(ctx, ['borders', bi], `ids not in order (${b.a}, ${b.b})`);
    for (const k of ['a', 'b'] as const) if (!ids.has(b[k])) issue(ctx, ['borders', bi, k], `unknown country ${b[k]}`);
    b.lines.forEach((line, i) => checkInside(ctx, clip, line, ['borders', bi, 'lines', i]));
  });
  lod.labels.forEach((l, i) => {
    if (!ids.has(l.id)) issue(ctx, ['labels', i, 'id'], `unknown country ${l.id}`);
    if (!inRect(clip, l.x, l.y)) issue(ctx, ['labels', i], `outside the LOD's clip`);
  });
}

function checkFile(map: MapFile, ctx: Ctx): void {
  const full: Rect = [0, 0, map.width, map.height];
  map.lods.forEach((lod, li) => {
    const c = lod.clip;
    if (li === 0) {
      if (lod.box !== null) issue(ctx, ['lods', 0, 'box'], 'LOD 0 must cover the whole region (box: null)');
      if (c.some((v, i) => v !== full[i])) issue(ctx, ['lods', 0, 'clip'], `LOD 0 must cover the whole map [${full.join(', ')}]`);
    } else if (!(inRect(full, c[0], c[1]) && inRect(full, c[2], c[3]))) issue(ctx, ['lods', li, 'clip'], 'outside the map');
    if (map.lods.findIndex((l) => l.id === lod.id) !== li) issue(ctx, ['lods', li, 'id'], `duplicate LOD ${lod.id}`);
  });
}

// ---------------------------------------------------------------------------
// Parsing

const MAX_ERRORS = 50;


/**
 * Validates a would-be map file (e.g. fetched JSON). On failure, one message
 * per problem (at most 50), each starting with its JSON path.
 */
export function parseMapFile(data: unknown): Result<MapFile, string[]> {
  const r = mapFileSchema.safeParse(data);
  if (r.success) return ok(r.data);
  const issues = r.error.issues;
  const error = issues.slice(0, MAX_ERRORS).map((i) => `${jsonPath(i.path)}: ${i.message}`);
  if (issues.length > MAX_ERRORS) error.push(`... and ${issues.length - MAX_ERRORS} more`);
  return err(error);
}

// ---------------------------------------------------------------------------
// Geometry helpers

/** Even-odd point-in-ring test on a flat ring. */
export function ringContains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i] as number;
    const yi = ring[i + 1] as number;
    const xj = ring[j] as number;
    const yj = ring[j + 1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Signed area of a flat ring (positive = clockwise on screen, y down). */
export function ringArea(ring: Ring): number {
  let s = 0;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    s += (ring[j] as number) * (ring[i + 1] as number) - (ring[i] as number) * (ring[j + 1] as number);
  }
  return s / 2;
}

/** Whether a point is inside a country (outer rings minus their holes). */
export function countryContains(country: MapCountry, x: number, y: number): boolean {
  return country.polygons.some(([outer, ...holes]) => outer !== undefined && ringContains(outer, x, y) && !holes.some((h) => ringContains(h, x, y)));
}
