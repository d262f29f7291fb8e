import { describe, expect, test } from 'vitest';
import { campaignState } from '../../src/core/campaign.ts';
import { greatCircle } from '../../src/core/map/greatCircle.ts';
import type { Progress } from '../../src/core/progress.ts';
import { fullRoute, legPath, type Leg } from '../../src/core/trace.ts';
import { testLevel } from './fixtures/parsed.ts';

const base = testLevel();
const levels = [
  { ...base, id: 'second', order: 2 },
  { ...base, id: 'first', order: 1 },
  { ...base, id: 'third', order: 3 },
];
const solved = (...ids: string[]): Progress => ({
  version: 2,
  levels: Object.fromEntries(ids.map((id) => [id, { bestPercent: 80, bestStars: 2, plays: 1, lastPlayed: '2026-11-23T10:00:00.000Z', last: null }])),
});

describe('campaign', () => {
  test('suggests the first unsolved case in order; every case stays open', () => {
    expect([...campaignState(levels, solved()).statuses]).toEqual([
      ['first', 'next'],
      ['second', 'open'],
      ['third', 'open'],
    ]);
    const state = campaignState(levels, solved('first', 'third'));
    expect([...state.statuses]).toEqual([
      ['first', 'solved'],
      ['second', 'next'],
      ['third', 'solved'],
    ]);
    expect(state).toMatchObject({ solved: 2, total: 3, finaleOpen: false });
  });

  test('opens the overview of all routes once every case is solved', () => {
    expect(campaignState(levels, solved('first', 'second', 'third')).finaleOpen).toBe(true);
    expect(campaignState([], solved()).finaleOpen).toBe(false);
  });

  test("a level's full route is every leg it has, the unknown last one included", () => {
    expect(fullRoute(base).map((l) => [l.from, l.to])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['c', null],
    ]);
  });
});

describe('leg paths', () => {
  const places = [
    { id: 'moscow', lon: 37.62, lat: 55.75 },
    { id: 'pyongyang', lon: 125.75, lat: 39.02 },
  ];
  const leg: Leg = { stepId: 's', from: 'moscow', to: 'pyongyang', mode: 'rail', via: [], toward: undefined, certainty: 'reported' };

  test('a flight follows the great circle; other modes go through their waypoints; an unknown leg stops at its stub', () => {
    expect(legPath({ ...leg, mode: 'air' }, places)).toHaveLength(33);
    expect(legPath({ ...leg, mode: 'rail', via: [[60, 56]] }, places)).toEqual([
      [37.62, 55.75],
      [60, 56],
      [125.75, 39.02],
    ]);
    expect(legPath({ ...leg, mode: 'rail', to: null, toward: [40, 50] }, places)).toEqual([
      [37.62, 55.75],
      [40, 50],
    ]);
    expect(legPath({ ...leg, mode: 'sea', from: 'atlantis' }, places)).toEqual([]);
  });
});

describe('great circle', () => {
  test('runs from one end to the other, bowing toward the pole as a plane flies', () => {
    const moscow: [number, number] = [37.62, 55.75];
    const pyongyang: [number, number] = [125.75, 39.02];
    const arc = greatCircle(moscow, pyongyang, 20);
    expect(arc).toHaveLength(21);
    expect(arc[0]?.[0]).toBeCloseTo(37.62, 6);
    expect(arc[20]?.[1]).toBeCloseTo(39.02, 6);
    // Halfway in longitude, the great circle runs far north of the straight line between the latitudes.
    const middle = arc[10] as [number, number];
    expect(middle[1]).toBeGreaterThan(55);
  });
});
