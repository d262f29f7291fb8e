import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLod, buildRegionFile, CRIMEA_BOX, loadTopology, mapPath } from '../../scripts/build-maps.ts';
import { countryContains, parseMapFile, ringArea, ringContains, type MapCountry, type MapFile, type MapLod, type Polyline, type Rect } from '../../src/core/map/mapData.ts';
import {
  findRegion,
  lodClipRect,
  northAngle,
  project,
  regionFrame,
  RUSSIA_KOREA,
  unproject,
  type GeoBox,
  type LodSpec,
  type MapSource,
} from '../../src/core/map/projection.ts';

const RAW_BUDGET = 150_000;
const GZIP_BUDGET = 60_000;

const committedText = readFileSync(mapPath('russia-korea'), 'utf8');
const map = JSON.parse(committedText) as MapFile;

type Place = readonly [lon: number, lat: number];
const PLACES = {
  suzdal: [40.4494, 56.4196],
  moscow: [37.62, 55.75],
  kursk: [36.19, 51.73],
  kharkiv: [36.23, 49.99],
  simferopol: [34.1, 44.95],
  sevastopol: [33.52, 44.6],
  kerch: [36.47, 45.36],
  stPetersburg: [30.31, 59.94],
  novosibirsk: [82.92, 55.03],
  ussuriysk: [131.9517, 43.7972],
  vladivostok: [131.8855, 43.1155],
  vostochny: [133.0667, 42.7333],
  khasan: [130.6453, 42.4281],
  bridge: [130.6411, 42.4153],
  tumangang: [130.6026, 42.4217],
  rason: [130.29, 42.26],
  pyongyang: [125.7531, 39.0194],
  sunan: [125.67, 39.2],
  seoul: [126.978, 37.5665],
  ulaanbaatar: [106.92, 47.92],
  harbin: [126.63, 45.75],
  tokyo: [139.69, 35.69],
  seaOfJapan: [134, 40.5],
} as const satisfies Record<string, Place>;
type PlaceName = keyof typeof PLACES;

function xy(name: PlaceName): [number, number] {
  const [lon, lat] = PLACES[name];
  return project(lon, lat);
}

function lod(id: string): MapLod {
  const l = map.lods.find((x) => x.id === id);
  if (!l) throw new Error(`no LOD ${id}`);
  return l;
}

function rectContains(r: Rect, x: number, y: number): boolean {
  return x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3];
}

function countryAt(l: MapLod, x: number, y: number): MapCountry | undefined {
  return l.countries.find((c) => countryContains(c, x, y));
}

/** Country id at a place in every LOD whose clip rectangle contains it ('sea' when in no polygon). */
function countriesAt(name: PlaceName, lods: readonly MapLod[] = map.lods): Record<string, string> {
  const [x, y] = xy(name);
  const out: Record<string, string> = {};
  for (const l of lods) if (rectContains(l.clip, x, y)) out[l.id] = countryAt(l, x, y)?.id ?? 'sea';
  return out;
}

/** Shortest distance from a point to a polyline, in map units. */
function distanceToPolyline(line: Polyline, x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i + 3 < line.length; i += 2) {
    const ax = line[i] as number;
    const ay = line[i + 1] as number;
    const dx = (line[i + 2] as number) - ax;
    const dy = (line[i + 3] as number) - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
  }
  return best;
}

function inGeoBox(b: GeoBox, lon: number, lat: number): boolean {
  return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
}

/** Points (every ~0.1 unit) of the segments of a LOD's a–b border that lie inside a lon/lat box. */
function borderPointsInBox(l: MapLod, a: string, b: string, box: GeoBox): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  for (const border of l.borders.filter((x) => x.a === a && x.b === b)) {
    for (const line of border.lines) {
      for (let i = 0; i + 3 < line.length; i += 2) {
        const [ax, ay, bx, by] = [line[i], line[i + 1], line[i + 2], line[i + 3]] as [number, number, number, number];
        const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 0.1));
        for (let k = 0; k <= n; k++) {
          const [lon, lat] = unproject(ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n);
          if (inGeoBox(box, lon, lat)) hits.push([lon, lat]);
        }
      }
    }
  }
  return hits;
}

function segmentsCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return o(ax, ay, bx, by, cx, cy) !== o(ax, ay, bx, by, dx, dy) && o(cx, cy, dx, dy, ax, ay) !== o(cx, cy, dx, dy, bx, by);
}

function crossesPolyline(line: Polyline, ax: number, ay: number, bx: number, by: number): boolean {
  for (let i = 0; i + 3 < line.length; i += 2) {
    if (segmentsCross(ax, ay, bx, by, line[i] as number, line[i + 1] as number, line[i + 2] as number, line[i + 3] as number)) return true;
  }
  return false;
}

describe('assets/maps/russia-korea.json', () => {
  let fresh = '';
  beforeAll(() => {
    fresh = buildRegionFile(RUSSIA_KOREA);
  }, 120_000);

  it('is exactly what scripts/build-maps.ts produces now (run `npm run maps` after changing the region)', () => {
    expect(fresh.length).toBe(committedText.length);
    expect(fresh === committedText).toBe(true);
  });

  it('builds deterministically', () => {
    expect(buildRegionFile(RUSSIA_KOREA)).toBe(fresh);
  }, 120_000);

  it('passes the runtime validator', () => {
    const r = parseMapFile(JSON.parse(committedText));
    expect(r.ok ? [] : r.error).toEqual([]);
    if (r.ok) expect(r.value).toEqual(map);
  });

  it('the validator rejects broken files, saying where', () => {
    const errors = (data: unknown): string[] => {
      const r = parseMapFile(data);
      return r.ok ? [] : r.error;
    };
    const l0 = map.lods[0] as MapLod;
    const withLod0 = (patch: Partial<MapLod>) => ({ ...map, lods: [{ ...l0, ...patch }, ...map.lods.slice(1)] });
    const withLod1 = (patch: Partial<MapLod>) => ({ ...map, lods: [l0, { ...(map.lods[1] as MapLod), ...patch }, ...map.lods.slice(2)] });
    expect(errors(null)).toEqual(['$: Invalid input: expected object, received null']);
    expect(errors({ ...map, format: 'other' })).toEqual(['$.format: Invalid input: expected "fts-map/1"']);
    expect(errors({ ...map, extra: 1 })).toEqual(['$: Unrecognized key: "extra"']);
    expect(errors({ ...map, lods: [] })).toEqual(['$.lods: needs at least one LOD']);
    expect(errors(withLod0({ countries: [{ id: '643', name: 'Russia', polygons: [[[1, 2, 3]]] }] }))).toContain('$.lods[0].countries[0].polygons[0][0]: needs at least 3 points');
    expect(errors(withLod0({ countries: [{ id: '643', name: 'Russia', polygons: [[[1, 2, 3, 4, 5, 6, 7]]] }] }))).toContain('$.lods[0].countries[0].polygons[0][0]: odd number of coordinates');
    expect(errors(withLod0({ countries: [{ id: '643', name: 'Russia', polygons: [[[1, 2, 'x', 4, 5, 6]]] }] } as unknown as Partial<MapLod>))).toEqual([
      '$.lods[0].countries[0].polygons[0][0]: expected an array of finite numbers',
    ]);
    // Cross-field checks.
    const russia = l0.countries.find((c) => c.id === '643') as MapCountry;
    const ri = l0.countries.indexOf(russia);
    const outside = { ...russia, polygons: [...russia.polygons.slice(0, 2), [[0, 0, 99999, 0, 5, 5]]] };
    const countries = l0.countries.map((c) => (c === russia ? outside : c));
    expect(errors(withLod0({ countries }))).toEqual([`$.lods[0].countries[${ri}].polygons[2][0]: point 1 (99999, 0) outside the LOD's clip [0, 0, 4096, ${map.height}]`]);
    expect(errors(withLod1({ labels: [{ id: '999', x: 0, y: 0 }] }))).toEqual(["$.lods[1].labels[0].id: unknown country 999", "$.lods[1].labels[0]: outside the LOD's clip"]);
    expect(errors(withLod0({ box: RUSSIA_KOREA.bounds }))).toEqual(['$.lods[0].box: LOD 0 must cover the whole region (box: null)']);
    expect(errors(withLod0({ clip: [0, 0, map.width + 1, map.height] }))).toEqual([`$.lods[0].clip: LOD 0 must cover the whole map [0, 0, 4096, ${map.height}]`]);
    const c1 = (map.lods[1] as MapLod).clip;
    expect(errors(withLod1({ clip: [c1[0], c1[1], map.width + 10, c1[3]] }))).toEqual(['$.lods[1].clip: outside the map']);
    // Many problems: capped, with a count of the rest.
    const many = errors(withLod0({ countries: l0.countries.map((c) => ({ ...c, polygons: c.polygons.map(() => [[1, 2]]) })) }));
    expect(many).toHaveLength(51);
    expect(many[50]).toMatch(/^\.\.\. and \d+ more$/);
  });

  it('stays within the size budget', () => {
    const raw = Buffer.byteLength(committedText);
    const gz = gzipSync(committedText, { level: 9 }).length;
    expect(raw).toBeLessThan(RAW_BUDGET);
    expect(gz).toBeLessThan(GZIP_BUDGET);
  });

  it('records the projection that projection.ts computes', () => {
    const frame = regionFrame(RUSSIA_KOREA);
    expect(map.region).toBe('russia-korea');
    expect(findRegion('russia-korea')).toBe(RUSSIA_KOREA);
    expect(map.width).toBe(4096);
    expect(map.height).toBe(frame.height);
    expect(map.projection.scale).toBe(frame.scale);
    expect(map.projection.translate).toEqual(frame.translate);
    expect(map.kmPerUnit).toBeCloseTo(2.54, 2);
    expect(map.attribution).toMatch(/Natural Earth/);
    expect(map.attribution).toMatch(/recognised by the UN; Crimea shown as part of Ukraine/);
  });

  it('LOD 0 covers the map; finer LODs nest inside coarser ones and match their definitions', () => {
    expect(map.lods.map((l) => l.id)).toEqual(RUSSIA_KOREA.lods.map((l) => l.id));
    expect(map.lods[0]?.clip).toEqual([0, 0, map.width, map.height]);
    map.lods.forEach((l, i) => {
      const spec = RUSSIA_KOREA.lods[i];
      if (!spec) throw new Error('missing spec');
      expect(l.clip).toEqual(lodClipRect(RUSSIA_KOREA, spec));
      const prev = map.lods[i - 1];
      if (prev) {
        expect(l.clip[0]).toBeGreaterThanOrEqual(prev.clip[0]);
        expect(l.clip[1]).toBeGreaterThanOrEqual(prev.clip[1]);
        expect(l.clip[2]).toBeLessThanOrEqual(prev.clip[2]);
        expect(l.clip[3]).toBeLessThanOrEqual(prev.clip[3]);
        expect(l.precision).toBeGreaterThanOrEqual(prev.precision);
      }
    });
  });

  it('keeps the countries the game needs, with ISO ids and names', () => {
    const l0 = lod('lod0');
    const names = Object.fromEntries(l0.countries.map((c) => [c.id, c.name]));
    expect(names).toMatchObject({
      '643': 'Russia',
      '408': 'North Korea',
      '410': 'South Korea',
      '156': 'China',
      '392': 'Japan',
      '496': 'Mongolia',
      '398': 'Kazakhstan',
    });
    expect(l0.countries.some((c) => c.name === 'Baikonur')).toBe(false); // merged into Kazakhstan
    expect(lod('lod2').countries.map((c) => c.id).sort()).toEqual(['156', '408', '643']);
  });

  it('has outer rings clockwise on screen and holes inside their outer ring', () => {
    for (const l of map.lods) {
      for (const c of l.countries) {
        for (const [outer, ...holes] of c.polygons) {
          if (!outer) throw new Error('empty polygon');
          expect(ringArea(outer)).toBeGreaterThan(0);
          for (const h of holes) {
            expect(ringArea(h)).toBeLessThan(0);
            expect(ringContains(outer, h[0] as number, h[1] as number)).toBe(true);
          }
        }
      }
    }
  });

  it('puts places in the right country', () => {
    expect(countriesAt('pyongyang')).toEqual({ lod0: '408', lod1: '408' });
    expect(countriesAt('sunan')).toEqual({ lod0: '408', lod1: '408' });
    expect(countriesAt('vladivostok')).toEqual({ lod0: '643', lod1: '643', lod2: '643' });
    expect(countriesAt('khasan')).toEqual({ lod0: '643', lod1: '643', lod2: '643' });
    expect(countriesAt('ussuriysk')).toEqual({ lod0: '643', lod1: '643', lod2: '643' });
    expect(countriesAt('tumangang')).toEqual({ lod0: '408', lod1: '408', lod2: '408' });
    expect(countriesAt('rason')).toEqual({ lod0: '408', lod1: '408', lod2: '408' });
    expect(countriesAt('seoul')).toEqual({ lod0: '410' });
    for (const p of ['suzdal', 'moscow', 'kursk', 'stPetersburg', 'novosibirsk'] as const) expect(countriesAt(p)).toEqual({ lod0: '643' });
    expect(countriesAt('ulaanbaatar')).toEqual({ lod0: '496' });
    expect(countriesAt('harbin')).toEqual({ lod0: '156', lod1: '156' });
    expect(countriesAt('tokyo')).toEqual({ lod0: '392' });
  });

  it('leaves the Sea of Japan as sea', () => {
    const at = countriesAt('seaOfJapan');
    expect(at.lod0).toBe('sea');
    expect(Object.values(at).every((v) => v === 'sea')).toBe(true);
  });

  it('draws the Russia–North Korea border on the Tumen between Khasan and Tumangang', () => {
    const l2 = lod('lod2');
    const border = l2.borders.find((b) => b.a === '408' && b.b === '643');
    expect(border).toBeDefined();
    if (!border) return;
    const [bx, by] = xy('bridge');
    const d = Math.min(...border.lines.map((ln) => distanceToPolyline(ln, bx, by)));
    expect(d).toBeLessThan(2); // Friendship Bridge within 2 map units (~5 km)
    // Khasan and Tumangang (about 4 km, 1.4 units apart) on opposite sides of the border.
    const [kx, ky] = xy('khasan');
    const [tx, ty] = xy('tumangang');
    expect(Math.hypot(kx - tx, ky - ty)).toBeGreaterThan(1);
    expect(Math.hypot(kx - tx, ky - ty)).toBeLessThan(2);
    expect(border.lines.some((ln) => crossesPolyline(ln, kx, ky, tx, ty))).toBe(true);
    // LOD 2 is the finest LOD there.
    expect(map.lods.filter((l) => rectContains(l.clip, kx, ky)).map((l) => l.id)).toEqual(['lod0', 'lod1', 'lod2']);
  });

  it('places every label inside its country, inside the LOD', () => {
    for (const l of map.lods) {
      for (const label of l.labels) {
        const c = l.countries.find((x) => x.id === label.id);
        expect(c, `${l.id} ${label.id}`).toBeDefined();
        if (c) expect(countryContains(c, label.x, label.y), `${l.id} label ${label.id}`).toBe(true);
      }
    }
    expect(lod('lod0').labels.map((l) => l.id)).toEqual(expect.arrayContaining(['643', '156', '496', '408', '410', '392']));
  });
});

describe('borders as recognised by the UN: Crimea is Ukraine', () => {
  /** A LOD over Crimea, Kharkiv and Kursk built from a given source, unsimplified. */
  const crimeaLod = (source: MapSource): LodSpec => ({
    id: `crimea-${source}`,
    source,
    box: { west: 32, south: 44, east: 38, north: 52.5 },
    fit: 'cover',
    simplifyArea: 0,
    simplifyAreaOutside: 0,
    minIslandArea: 0,
    precision: 2,
    labels: [{ id: '804', lon: 34.1, lat: 45.3 }],
  });
  const lods: Record<string, MapLod> = {};
  beforeAll(() => {
    const frame = regionFrame(RUSSIA_KOREA);
    for (const source of ['countries-50m', 'countries-10m'] as const) lods[source] = buildLod(RUSSIA_KOREA, frame, crimeaLod(source));
  }, 120_000);
  const all = (): MapLod[] => [...map.lods, ...Object.values(lods)];

  it('moves the peninsula from Russia to Ukraine in the topology of every source', () => {
    /** How many polygons of a country lie entirely in the Crimea box. */
    const inCrimea = (topo: Topology, id: string): number => {
      const g = (topo.objects.countries as GeometryCollection).geometries.find((x) => x.id === id);
      if (!g) throw new Error(`no ${id}`);
      const shape = (feature(topo, g) as Feature).geometry as GeoPolygon | MultiPolygon;
      const polys = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
      return polys.filter((p) => p.every((ring) => ring.every(([lon, lat]) => inGeoBox(CRIMEA_BOX, lon as number, lat as number)))).length;
    };
    for (const source of ['countries-110m', 'countries-50m', 'countries-10m'] as const) {
      const raw = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${source}.json`), 'utf8')) as Topology;
      // As published, Russia has the peninsula; Ukraine may have small islands in the box (Dzharylhach in 10m).
      const ukraineBefore = inCrimea(raw, '804');
      expect(inCrimea(raw, '643'), `${source} as published`).toBe(1);
      const fixed = loadTopology(source) as unknown as Topology;
      expect([inCrimea(fixed, '643'), inCrimea(fixed, '804')], `${source} after the build's fix`).toEqual([0, ukraineBefore + 1]);
    }
  });

  it('puts Simferopol, Sevastopol and Kerch in Ukraine at every LOD and source that contains them', () => {
    for (const place of ['simferopol', 'sevastopol', 'kerch'] as const) {
      const at = countriesAt(place, all());
      expect(Object.keys(at).sort(), place).toEqual(['crimea-countries-10m', 'crimea-countries-50m', 'lod0']);
      for (const [id, country] of Object.entries(at)) expect(country, `${place} in ${id}`).toBe('804');
    }
    // Filled and named as Ukraine: the country polygon under Simferopol is Ukraine's, not a separate piece.
    const [x, y] = xy('simferopol');
    for (const l of all()) {
      if (!rectContains(l.clip, x, y)) continue;
      expect(countryAt(l, x, y)?.name).toBe('Ukraine');
      expect(l.countries.find((c) => c.id === '643')?.polygons.some((p) => p[0] && ringContains(p[0], x, y))).toBe(false);
    }
  });

  it('keeps Kursk in Russia and Kharkiv in Ukraine', () => {
    expect(countriesAt('kursk', all())).toEqual({ lod0: '643', 'crimea-countries-50m': '643', 'crimea-countries-10m': '643' });
    expect(countriesAt('kharkiv', all())).toEqual({ lod0: '804', 'crimea-countries-50m': '804', 'crimea-countries-10m': '804' });
  });

  it('draws no Russia–Ukraine border in the Crimea box (none across Perekop), but still draws the land border', () => {
    const [kx, ky] = xy('kursk');
    const [hx, hy] = xy('kharkiv');
    for (const l of all()) {
      expect(borderPointsInBox(l, '643', '804', CRIMEA_BOX), l.id).toEqual([]);
      if (!rectContains(l.clip, kx, ky)) continue;
      const border = l.borders.find((b) => b.a === '643' && b.b === '804');
      expect(border, l.id).toBeDefined();
      // The remaining border runs between Kursk and Kharkiv.
      expect(border?.lines.some((ln) => crossesPolyline(ln, kx, ky, hx, hy)), l.id).toBe(true);
    }
  });
});

describe('project / unproject', () => {
  it('round-trips', () => {
    for (const [lon, lat] of Object.values(PLACES)) {
      const [x, y] = project(lon, lat);
      const [lon2, lat2] = unproject(x, y);
      expect(lon2).toBeCloseTo(lon, 9);
      expect(lat2).toBeCloseTo(lat, 9);
    }
  });

  it('puts the route on the map, west to east, y down', () => {
    const [sx, sy] = xy('suzdal');
    const [kx, ky] = xy('khasan');
    for (const [x, y] of [
      [sx, sy],
      [kx, ky],
    ] as const) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(map.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(map.height);
    }
    expect(kx).toBeGreaterThan(sx);
    expect(ky).toBeGreaterThan(sy); // Khasan is further south: lower on screen
    // Suzdal to Khasan is ~6,400 km great-circle; ~2,500 map units.
    const units = Math.hypot(kx - sx, ky - sy);
    expect(units * map.kmPerUnit).toBeGreaterThan(6000);
    expect(units * map.kmPerUnit).toBeLessThan(6800);
  });
});

describe('northAngle', () => {
  // For a conic projection meridians are straight lines through the apex, turned by n × (lon − lon0);
  // n = (sin φ1 + sin φ2) / 2 for the equal-area conic with standard parallels 40°N and 60°N.
  const n = (Math.sin((40 * Math.PI) / 180) + Math.sin((60 * Math.PI) / 180)) / 2;
  const exact = (lon: number) => (-n * (lon - 90) * Math.PI) / 180;

  it('is 0 on the central meridian, negative (anticlockwise) east of it, positive (clockwise) west of it', () => {
    expect(northAngle(90, 50)).toBeCloseTo(0, 9);
    expect(northAngle(90, 20)).toBeCloseTo(0, 9);
    const [lon, lat] = PLACES.khasan;
    expect(northAngle(lon, lat)).toBeCloseTo(-0.535, 3); // −30.7°
    expect(northAngle(...PLACES.moscow)).toBeCloseTo(0.69, 2); // +39.5°
    for (const [lon2, lat2] of Object.values(PLACES)) expect(northAngle(lon2, lat2)).toBeCloseTo(exact(lon2), 6);
  });

  it('matches the direction of a meridian on the map', () => {
    // A point 1° north of Khasan lies in the direction northAngle gives.
    const [lon, lat] = PLACES.khasan;
    const [x0, y0] = project(lon, lat);
    const [x1, y1] = project(lon, lat + 1);
    expect(Math.atan2(x1 - x0, -(y1 - y0))).toBeCloseTo(northAngle(lon, lat), 6);
    expect(x1).toBeLessThan(x0); // up-left
  });

  it('works at the pole', () => {
    expect(northAngle(130, 90)).toBeCloseTo(exact(130), 6);
  });
});
