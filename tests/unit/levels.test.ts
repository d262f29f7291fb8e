/** The real content: every level passes the checks, and its geography is where the map says it is. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { countryContains, parseMapFile, type MapFile } from '../../src/core/map/mapData.ts';
import { findRegion, regionProjection } from '../../src/core/map/projection.ts';
import { checkContent } from '../../scripts/content-check.ts';

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

  test('rail and road legs (and stubs of unknown legs) run over land', () => {
    const places = new Map(level.places.map((p) => [p.id, [p.lon, p.lat] as const]));
    let from = level.start;
    const wet: string[] = [];
    for (const step of level.steps) {
      // An unknown leg is drawn as a short stub toward `toward`: it must not run out to sea either.
      const end = step.answer === 'unknown' ? step.toward : places.get(step.answer);
      const path = [places.get(from), ...step.via, end] as (readonly [number, number])[];
      if (end && (step.mode === 'rail' || step.mode === 'road')) {
        for (let i = 1; i < path.length; i++) {
          const [a, b] = [path[i - 1] as readonly [number, number], path[i] as readonly [number, number]];
          const samples = 40;
          for (let k = 0; k <= samples; k++) {
            const lon = a[0] + ((b[0] - a[0]) * k) / samples;
            const lat = a[1] + ((b[1] - a[1]) * k) / samples;
            if (!countryAt(map, lon, lat)) wet.push(`${step.id} segment ${i} at ${lon.toFixed(3)}, ${lat.toFixed(3)}`);
          }
        }
      }
      from = step.answer;
    }
    expect(wet).toEqual([]);
  });
});
