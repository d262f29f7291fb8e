/** The real content: every level passes the checks, and its geography is where the map says it is. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { countryContains, parseMapFile, type MapFile } from '../../src/core/map/mapData.ts';
import { findRegion, regionProjection } from '../../src/core/map/projection.ts';
import { checkContent } from '../../scripts/content-check.ts';
import { fullRoute, legPath } from '../../src/core/trace.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const catalog = checkContent(root);
/** ISO 3166 alpha-2 (content) → numeric (Natural Earth). */
const NUMERIC: Record<string, string> = { RU: '643', KP: '408', KR: '410', CN: '156', JP: '392', MN: '496' };

function loadMap(region: string): MapFile {
  const parsed = parseMapFile(JSON.parse(readFileSync(join(root, 'assets/maps', `${region}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  return parsed.value;
}

/** The country under a lon/lat at the finest level of detail that covers it. */
function countryAt(map: MapFile, lon: number, lat: number): string | undefined {
  const region = findRegion(map.region);
  if (!region) throw new Error(`no region ${map.region}`);
  const [x, y] = regionProjection(region).project(lon, lat);
  const lod = map.lods.filter((l) => x >= l.clip[0] && x <= l.clip[2] && y >= l.clip[1] && y <= l.clip[3]).at(-1);
  return lod?.countries.find((c) => countryContains(c, x, y))?.id;
}

test('every content file passes the checks', () => {
  expect(catalog.errors).toEqual([]);
  expect(catalog.levels.length).toBeGreaterThan(0);
});

describe.each(catalog.levels.map((level) => [level.id, level] as const))('%s', (_id, level) => {
  const map = loadMap(level.region);

  test('each place lies in the country the level gives it', () => {
    const wrong = level.places.filter((p) => countryAt(map, p.lon, p.lat) !== NUMERIC[p.country]).map((p) => `${p.id} (${p.country}): ${countryAt(map, p.lon, p.lat) ?? 'sea'}`);
    expect(wrong).toEqual([]);
  });

  test('map questions offer places far enough apart to be told apart on the map', () => {
    const crowded = level.questions.flatMap((q) => {
      if (q.type !== 'map-pick') return [];
      const points = q.options.map((id) => level.places.find((p) => p.id === id)!).map((p) => [p.lon * Math.cos((p.lat * Math.PI) / 180), p.lat] as const);
      const extent = Math.hypot(Math.max(...points.map((p) => p[0])) - Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1])) - Math.min(...points.map((p) => p[1])));
      // The camera frames all options; two closer than 5% of that frame would share one spot on screen.
      return q.options.flatMap((a, i) =>
        q.options.slice(i + 1).flatMap((b, j) => {
          const [pa, pb] = [points[i]!, points[i + 1 + j]!];
          return Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) < 0.05 * extent ? [`${q.id}: ${a} and ${b}`] : [];
        }),
      );
    });
    expect(crowded).toEqual([]);
  });

  /** Points every ~1/40 of each segment of a leg's path, with how far along the whole path they are (0–1). */
  const samples = (path: readonly (readonly [number, number])[]) => {
    const out: { lon: number; lat: number; at: number }[] = [];
    path.slice(1).forEach((b, i) => {
      const a = path[i] as readonly [number, number];
      for (let k = 0; k <= 40; k++) out.push({ lon: a[0] + ((b[0] - a[0]) * k) / 40, lat: a[1] + ((b[1] - a[1]) * k) / 40, at: (i + k / 40) / (path.length - 1) });
    });
    return out;
  };

  test('rail and road legs (and stubs of unknown legs) run over land; sea legs over water', () => {
    const wrong = fullRoute(level).flatMap((leg) => {
      const path = legPath(leg, level.places);
      if (leg.mode === 'rail' || leg.mode === 'road') return samples(path).filter((p) => !countryAt(map, p.lon, p.lat)).map((p) => `${leg.stepId} on water at ${p.lon.toFixed(3)}, ${p.lat.toFixed(3)}`);
      // Ports sit on the coast: only the open part of a sea leg must be at sea.
      if (leg.mode === 'sea') return samples(path).filter((p) => p.at > 0.05 && p.at < 0.95 && countryAt(map, p.lon, p.lat)).map((p) => `${leg.stepId} on land at ${p.lon.toFixed(3)}, ${p.lat.toFixed(3)}`);
      return [];
    });
    expect(wrong).toEqual([]);
  });
});
