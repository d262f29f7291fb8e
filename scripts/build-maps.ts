/**
 * Builds assets/maps/<region>.json for every region in src/core/map/projection.ts.
 *
 *   node scripts/build-maps.ts            write the files
 *   node scripts/build-maps.ts --check    fail if a committed file differs from a fresh build
 *
 * Data: Natural Earth 4.1.0 admin-0 countries (public domain,
 * https://www.naturalearthdata.com/), read from the TopoJSON redistribution in
 * the npm package world-atlas 2.0.2 (ISC licence, Mike Bostock).
 *
 * BORDERS AS RECOGNISED BY THE UN
 * -------------------------------
 * Natural Earth draws de facto control in places. Where that differs from the
 * borders recognised by the United Nations, the build moves the territory back
 * in the topology before anything else happens (see REASSIGNMENTS):
 *  - Crimea, including Sevastopol: Natural Earth 4.1.0 makes it a separate
 *    polygon of Russia (643). UN General Assembly resolution 68/262 of 27 March
 *    2014 affirms the territorial integrity of Ukraine within its
 *    internationally recognised borders, so the polygon(s) of Russia lying
 *    entirely inside 32.4-36.7°E, 44.3-46.3°N are moved to Ukraine's (804)
 *    geometry. Ukraine's polygons and Crimea then share the Perekop/Chonhar
 *    arcs, so the merge dissolves them (one Ukrainian polygon, filled and named
 *    as Ukraine) and the border mesh no longer draws a Russia-Ukraine line
 *    there. This is done on the raw topology, so it holds for every source
 *    (110m, 50m, 10m) and every LOD. The build fails if the data no longer
 *    matches (nothing to move), rather than silently drawing the old border.
 * The file's `attribution` says so too.
 *
 * Pipeline per level of detail (LOD):
 *  1. load the world-atlas topology (50m or 10m) and apply REASSIGNMENTS;
 *  2. Visvalingam-simplify it on the sphere (topojson-simplify), in topology
 *     space so that neighbouring countries keep sharing the same border
 *     vertices (no gaps, no overlaps); drop small detached islands;
 *  3. per country, dissolve its pieces (topojson merge), rewind rings that
 *     simplification or the source turned inside out;
 *  4. project with the region's d3 projection and clip exactly to the LOD's
 *     rectangle (d3 clipExtent: proper polygon clipping, the clip edges become
 *     part of the rings), round to the LOD's precision;
 *  5. the same for the land borders between each pair of countries
 *     (topojson mesh of the arcs shared by two different countries).
 * Output is deterministic: same input, byte-identical file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoArea, geoStream, type GeoStream } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, sphericalRingArea, sphericalTriangleArea, type RingWeighter } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import {
  createGeoProjection,
  lodClipRect,
  REGIONS,
  regionFrame,
  type GeoBox,
  type LodSpec,
  type MapSource,
  type RegionFrame,
  type RegionSpec,
} from '../src/core/map/projection.ts';
import { MAP_FORMAT, ringArea, ringContains, type MapBorder, type MapCountry, type MapFile, type MapLabel, type MapLod, type Rect } from '../src/core/map/mapData.ts';

export const ATTRIBUTION =
  'Made with Natural Earth (public domain, naturalearthdata.com), v4.1.0 admin-0 countries, via world-atlas 2.0.2 (ISC). ' +
  'Borders as recognised by the UN; Crimea shown as part of Ukraine.';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'assets', 'maps');

type Props = { name?: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<Props>; land?: GeometryCollection }>;

const require = createRequire(import.meta.url);
const topologies = new Map<MapSource, CountriesTopology>();

/** The world-atlas topology of a source, with REASSIGNMENTS applied (cached). */
export function loadTopology(source: MapSource): CountriesTopology {
  let t = topologies.get(source);
  if (!t) {
    const raw = JSON.parse(readFileSync(require.resolve(`world-atlas/${source}.json`), 'utf8')) as CountriesTopology;
    t = REASSIGNMENTS.reduce((topo, r) => reassign(topo, r, source), raw);
    topologies.set(source, t);
  }
  return t;
}

// ---------------------------------------------------------------------------
// Borders as recognised by the UN (see the header)

/** Polygons of one country that are drawn as part of another. */
export interface Reassignment {
  readonly name: string;
  /** ISO numeric id of the country Natural Earth gives the territory to. */
  readonly from: string;
  /** ISO numeric id of the country it belongs to. */
  readonly to: string;
  /** Every polygon of `from` whose points all lie in this box is moved to `to`. */
  readonly box: GeoBox;
}

export const CRIMEA_BOX: GeoBox = { west: 32.4, south: 44.3, east: 36.7, north: 46.3 };

export const REASSIGNMENTS: readonly Reassignment[] = [
  // UN General Assembly resolution 68/262 (27 March 2014). Includes Sevastopol.
  { name: 'Crimea', from: '643', to: '804', box: CRIMEA_BOX },
];

/** Decoded lon/lat points of an arc (negative index: the arc reversed; order does not matter here). */
function arcLonLats(topo: Topology<Objects>, index: number): Position[] {
  const arc = topo.arcs[index < 0 ? ~index : index] ?? [];
  const tf = topo.transform;
  if (!tf) return arc.map((p) => [p[0] as number, p[1] as number]);
  let x = 0;
  let y = 0;
  return arc.map((p) => {
    x += p[0] as number;
    y += p[1] as number;
    return [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]];
  });
}

type PolygonArcs = number[][];

function polygonsOf(g: GeometryObject<Props>): PolygonArcs[] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  throw new Error(`geometry ${String(g.id)} is a ${g.type}, not a (Multi)Polygon`);
}

/** A copy of the topology with the territory moved from one country's geometry to the other's. */
function reassign(topo: CountriesTopology, r: Reassignment, source: string): CountriesTopology {
  const geometries = topo.objects.countries.geometries;
  const find = (id: string): GeometryObject<Props> => {
    const found = geometries.filter((g) => String(g.id ?? '') === id);
    if (found.length !== 1) throw new Error(`${source}: ${r.name}: expected one geometry with id ${id}, found ${found.length}`);
    return found[0] as GeometryObject<Props>;
  };
  const from = find(r.from);
  const to = find(r.to);
  const inside = (poly: PolygonArcs) => poly.every((ring) => ring.every((a) => arcLonLats(topo, a).every(([lon, lat]) => inBox(r.box, lon as number, lat as number))));
  const fromPolys = polygonsOf(from);
  const moved = fromPolys.filter(inside);
  const kept = fromPolys.filter((p) => !inside(p));
  if (moved.length === 0) throw new Error(`${source}: ${r.name}: no polygon of ${r.from} inside the box; has the data changed?`);
  if (kept.length === 0) throw new Error(`${source}: ${r.name}: would move all of ${r.from}`);
  // Ukraine is a Polygon in some sources (110m) and a MultiPolygon in others: the result is always a MultiPolygon.
  const newFrom: GeometryObject<Props> = { ...from, type: 'MultiPolygon', arcs: kept } as GeometryObject<Props>;
  const newTo: GeometryObject<Props> = { ...to, type: 'MultiPolygon', arcs: [...polygonsOf(to), ...moved] } as GeometryObject<Props>;
  return {
    ...topo,
    objects: {
      ...topo.objects,
      countries: { ...topo.objects.countries, geometries: geometries.map((g) => (g === from ? newFrom : g === to ? newTo : g)) },
    },
  };
}

// ---------------------------------------------------------------------------
// Countries

interface CountryGroup {
  id: string;
  name: string;
  geometries: GeometryObject<Props>[];
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Country id of a Natural Earth geometry under the region's merge rules. */
function nameOf(g: GeometryObject<Props>): string | undefined {
  return (g.properties as Props | undefined)?.name;
}

function countryKey(region: RegionSpec, g: GeometryObject<Props>): string {
  const name = nameOf(g) ?? '';
  const merged = region.mergeInto[name];
  if (merged) return merged;
  if (g.id !== undefined && g.id !== null && g.id !== '') return String(g.id);
  return `x-${slug(name)}`;
}

function groupCountries(region: RegionSpec, topo: CountriesTopology): CountryGroup[] {
  const byId = new Map<string, CountryGroup>();
  for (const g of topo.objects.countries.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const id = countryKey(region, g);
    let group = byId.get(id);
    if (!group) {
      group = { id, name: '', geometries: [] };
      byId.set(id, group);
    }
    // The name is the one of the geometry that owns the id (not of a merged-in area).
    if (String(g.id ?? '') === id || group.name === '') group.name = nameOf(g) ?? id;
    group.geometries.push(g);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------
// Simplification (on the sphere, in topology space)

function inBox(b: GeoBox, lon: number, lat: number): boolean {
  return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
}

function simplifiedTopology(region: RegionSpec, topo: CountriesTopology, lod: LodSpec, frame: RegionFrame): CountriesTopology {
  // Conic equal-area: 1 steradian on the unit sphere = scale² map units².
  const perUnit2 = 1 / (frame.scale * frame.scale);
  // Only the countries object: world-atlas also has "land", whose rings share
  // every coastline arc and would make every island look attached.
  let t: Topology<Objects> = { ...topo, objects: { countries: topo.objects.countries } };
  if (lod.simplifyArea > 0) {
    const pre = presimplify(t, sphericalTriangleArea);
    const wIn = lod.simplifyArea * perUnit2;
    const wOut = lod.simplifyAreaOutside * perUnit2;
    // Like topojson-simplify's simplify(), with a coarser threshold outside the region's bounds.
    t = {
      type: 'Topology',
      bbox: pre.bbox,
      objects: pre.objects,
      arcs: pre.arcs.map((arc) =>
        arc.filter((p) => (p[2] as number) >= (inBox(region.bounds, p[0] as number, p[1] as number) ? wIn : wOut)).map((p) => [p[0] as number, p[1] as number]),
      ),
    };
  }
  if (lod.minIslandArea > 0) {
    // sphericalRingArea takes (ring, interior); the @types declaration forgets the second argument.
    t = filter(t, filterAttachedWeight(t, lod.minIslandArea * perUnit2, sphericalRingArea as unknown as RingWeighter)) as Topology<Objects>;
  }
  return t as CountriesTopology;
}

// ---------------------------------------------------------------------------
// Projection + clipping into flat rings

function rounder(precision: number): (v: number) => number {
  const k = 10 ** precision;
  return (v) => {
    const r = Math.round(v * k) / k;
    return r === 0 ? 0 : r; // no -0
  };
}

/** Round, drop repeated points (and the closing point of rings). */
function cleanPoints(points: number[], round: (v: number) => number, closed: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const x = round(points[i] as number);
    const y = round(points[i + 1] as number);
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  if (closed) {
    while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  }
  return out;
}

/** Group clipped rings into [outer, ...holes] by orientation (outer = clockwise on screen). */
function groupRings(rings: number[][]): number[][][] {
  const outers: { ring: number[]; area: number; holes: number[][] }[] = [];
  const holes: number[][] = [];
  for (const r of rings) {
    const a = ringArea(r);
    if (a > 0) outers.push({ ring: r, area: a, holes: [] });
    else if (a < 0) holes.push(r);
  }
  for (const h of holes) {
    let best: (typeof outers)[number] | undefined;
    for (const o of outers) {
      if (ringContains(o.ring, h[0] as number, h[1] as number) && (!best || o.area < best.area)) best = o;
    }
    best?.holes.push(h); // a hole outside every outer ring is a rounding artefact: dropped
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}

/** A d3 stream sink collecting polygons (rings) and lines. */
class Collector implements GeoStream {
  polygons: number[][][] = [];
  lines: number[][] = [];
  private inPolygon = false;
  private current: number[] = [];
  private rings: number[][] = [];
  private readonly round: (v: number) => number;
  constructor(precision: number) {
    this.round = rounder(precision);
  }
  point(x: number, y: number): void {
    this.current.push(x, y);
  }
  lineStart(): void {
    this.current = [];
  }
  lineEnd(): void {
    const pts = cleanPoints(this.current, this.round, this.inPolygon);
    if (this.inPolygon) {
      if (pts.length >= 6 && ringArea(pts) !== 0) this.rings.push(pts);
    } else if (pts.length >= 4) this.lines.push(pts);
    this.current = [];
  }
  polygonStart(): void {
    this.inPolygon = true;
    this.rings = [];
  }
  polygonEnd(): void {
    this.inPolygon = false;
    this.polygons.push(...groupRings(this.rings));
    this.rings = [];
  }
  sphere(): void {}
}

function sphericalPolygonArea(ring: Position[]): number {
  return geoArea({ type: 'Polygon', coordinates: [ring] });
}

/**
 * d3 wants outer rings clockwise and holes anticlockwise on the sphere; a ring
 * the wrong way round covers the rest of the world. Natural Earth has a few
 * such rings (Maldives in 10m) and simplification can flip tiny ones.
 */
function rewind(mp: MultiPolygon): MultiPolygon {
  const polygons: Position[][][] = [];
  for (const poly of mp.coordinates) {
    const rings: Position[][] = [];
    poly.forEach((ring, i) => {
      if (ring.length < 4) return;
      const small = sphericalPolygonArea(ring) < 2 * Math.PI;
      const wantSmall = i === 0;
      rings.push(small === wantSmall ? ring : [...ring].reverse());
    });
    if (rings.length > 0) polygons.push(rings);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

// ---------------------------------------------------------------------------
// One LOD

function resolutionOf(lod: LodSpec): number {
  const r = Math.max(10 ** -lod.precision, Math.sqrt(2 * lod.simplifyArea));
  return Math.round(r * 100) / 100;
}

export function buildLod(region: RegionSpec, frame: RegionFrame, lod: LodSpec): MapLod {
  const clip: Rect = lodClipRect(region, lod, frame);
  const projection = createGeoProjection(region, frame)
    .clipExtent([
      [clip[0], clip[1]],
      [clip[2], clip[3]],
    ])
    // Adaptive resampling finer than the rounding step.
    .precision(0.5 * 10 ** -lod.precision);

  const topo = simplifiedTopology(region, loadTopology(lod.source), lod, frame);
  const groups = groupCountries(region, topo);
  const keyOf = new Map<GeometryObject<Props>, string>();
  for (const g of groups) for (const geom of g.geometries) keyOf.set(geom, g.id);

  const countries: MapCountry[] = [];
  for (const g of groups) {
    const shape = rewind(merge(topo, g.geometries as Parameters<typeof merge>[1]));
    if (shape.coordinates.length === 0) continue;
    const sink = new Collector(lod.precision);
    geoStream(shape, projection.stream(sink));
    if (sink.polygons.length > 0) countries.push({ id: g.id, name: g.name, polygons: sink.polygons });
  }
  const present = new Set(countries.map((c) => c.id));

  // Borders: one mesh per pair of neighbouring countries present in this LOD.
  const pairs = new Set<string>();
  const countriesObject = topo.objects.countries;
  mesh(topo, countriesObject, (a, b) => {
    const ka = keyOf.get(a as GeometryObject<Props>);
    const kb = keyOf.get(b as GeometryObject<Props>);
    if (ka && kb && ka !== kb && present.has(ka) && present.has(kb)) pairs.add(ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`);
    return false;
  });
  const borders: MapBorder[] = [];
  for (const pair of [...pairs].sort()) {
    const [a, b] = pair.split('|') as [string, string];
    const lines: MultiLineString = mesh(topo, countriesObject, (ga, gb) => {
      const ka = keyOf.get(ga as GeometryObject<Props>);
      const kb = keyOf.get(gb as GeometryObject<Props>);
      return (ka === a && kb === b) || (ka === b && kb === a);
    });
    const sink = new Collector(lod.precision);
    geoStream(lines, projection.stream(sink));
    if (sink.lines.length > 0) borders.push({ a, b, lines: sink.lines });
  }

  const round = rounder(lod.precision);
  const labels: MapLabel[] = lod.labels.map((l) => {
    const p = projection([l.lon, l.lat]);
    if (!p) throw new Error(`${lod.id}: cannot project label ${l.id}`);
    return { id: l.id, x: round(p[0]), y: round(p[1]) };
  });

  return {
    id: lod.id,
    source: lod.source,
    box: lod.box,
    clip,
    precision: lod.precision,
    resolution: resolutionOf(lod),
    countries,
    borders,
    labels,
  };
}

export function buildRegion(region: RegionSpec): MapFile {
  const frame = regionFrame(region);
  return {
    format: MAP_FORMAT,
    region: region.id,
    name: region.name,
    attribution: ATTRIBUTION,
    width: frame.width,
    height: frame.height,
    kmPerUnit: Math.round(frame.kmPerUnit * 1e6) / 1e6,
    projection: {
      type: region.projection.type,
      rotate: [region.projection.rotate[0], region.projection.rotate[1]],
      parallels: [region.projection.parallels[0], region.projection.parallels[1]],
      scale: frame.scale,
      translate: [frame.translate[0], frame.translate[1]],
    },
    bounds: region.bounds,
    lods: region.lods.map((lod) => buildLod(region, frame, lod)),
  };
}

// ---------------------------------------------------------------------------
// Serialisation: compact JSON, one line per country / border so diffs stay readable.

function compact(v: unknown): string {
  return JSON.stringify(v);
}

export function serializeMap(map: MapFile): string {
  const { lods, ...head } = map;
  const lines: string[] = ['{'];
  for (const [k, v] of Object.entries(head)) lines.push(`${compact(k)}:${compact(v)},`);
  lines.push('"lods":[');
  lods.forEach((lod, li) => {
    const { countries, borders, labels, ...lhead } = lod;
    lines.push(`${compact(lhead).slice(0, -1)},`);
    lines.push('"countries":[');
    countries.forEach((c, i) => lines.push(compact(c) + (i < countries.length - 1 ? ',' : '')));
    lines.push('],"borders":[');
    borders.forEach((b, i) => lines.push(compact(b) + (i < borders.length - 1 ? ',' : '')));
    lines.push(`],"labels":${compact(labels)}}${li < lods.length - 1 ? ',' : ''}`);
  });
  lines.push(']}');
  return lines.join('\n') + '\n';
}

export function buildRegionFile(region: RegionSpec): string {
  return serializeMap(buildRegion(region));
}

export function mapPath(regionId: string): string {
  return join(OUT_DIR, `${regionId}.json`);
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  let failed = 0;
  mkdirSync(OUT_DIR, { recursive: true });
  for (const region of REGIONS) {
    const t0 = performance.now();
    const text = buildRegionFile(region);
    const file = mapPath(region.id);
    const ms = Math.round(performance.now() - t0);
    if (check) {
      let old = '';
      try {
        old = readFileSync(file, 'utf8');
      } catch {
        // missing file: differs
      }
      const same = old === text;
      if (!same) failed++;
      console.log(`${region.id}: ${same ? 'up to date' : 'DIFFERS from a fresh build'} (${ms} ms)`);
    } else {
      writeFileSync(file, text);
      console.log(`${region.id}: wrote ${file} (${text.length} bytes, ${ms} ms)`);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
