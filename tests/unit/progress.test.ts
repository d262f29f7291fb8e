import { describe, expect, test } from 'vitest';
import { PROGRESS_KEY, readProgress, resetProgress, saveResult, withResult, type Attempt } from '../../src/core/progress.ts';
import { MemoryStore, type KeyValueStore } from '../../src/core/storage.ts';

const SET_ASIDE_PREFIX = 'fts:progress:unreadable:';
import type { Stars } from '../../src/core/scoring.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const LATER = new Date('2026-11-23T11:00:00.000Z');
const attempt = (percent: number, stars: Stars, hintsUsed: string[] = []): Attempt => ({
  summary: { points: percent, max: 100, percent, stars, rightCount: 0, questionCount: 1, hintsUsed: hintsUsed.length },
  answers: { who: { type: 'single', choice: 'russia' }, route: { type: 'ordering', order: ['a', 'b'] } },
  hintsUsed,
  manifest: { stallions: 5, medicine: null },
});

const broken: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('saved progress', () => {
  test('a first visit starts empty, without a notice', () => {
    expect(readProgress(new MemoryStore(), NOW)).toEqual({ progress: { version: 2, levels: {} } });
  });

  test('a finished level survives a reload: the best result, and the last attempt in full', () => {
    const store = new MemoryStore();
    let { progress } = saveResult(store, readProgress(store, NOW).progress, 'horses', attempt(70, 1), NOW);
    ({ progress } = saveResult(store, progress, 'horses', attempt(40, 0, ['who']), LATER));
    const reloaded = readProgress(store, LATER).progress;
    expect(reloaded).toEqual(progress);
    expect(reloaded.levels['horses']).toEqual({
      bestPercent: 70,
      bestStars: 1,
      plays: 2,
      lastPlayed: LATER.toISOString(),
      last: { percent: 40, stars: 0, hintsUsed: ['who'], answers: attempt(40, 0).answers, manifest: { stallions: 5, medicine: null } },
    });
  });

  test('version 1 progress is migrated, keeping every result', () => {
    const store = new MemoryStore();
    const v1 = { version: 1, levels: { horses: { bestPercent: 87, bestStars: 2, plays: 3, lastPlayed: NOW.toISOString() } } };
    store.setItem(PROGRESS_KEY, JSON.stringify(v1));
    const { progress, notice } = readProgress(store, LATER);
    expect(notice).toBeUndefined();
    expect(progress).toEqual({ version: 2, levels: { horses: { ...v1.levels.horses, last: null } } });
    // The next save writes the current version.
    saveResult(store, progress, 'goats', attempt(50, 1), LATER);
    expect(JSON.parse(store.getItem(PROGRESS_KEY) ?? '{}')).toMatchObject({ version: 2, levels: { horses: { bestPercent: 87, last: null }, goats: { bestPercent: 50 } } });
  });

  test.each([
    ['not JSON', '{"version":2,"levels":'],
    ['of an unknown version', JSON.stringify({ version: 99, levels: {} })],
    ['of the wrong shape', JSON.stringify({ version: 2, levels: { horses: { bestPercent: 'lots' } } })],
    ['with an answer of an unknown type', JSON.stringify({ version: 2, levels: { horses: { bestPercent: 1, bestStars: 0, plays: 1, lastPlayed: NOW.toISOString(), last: { percent: 1, stars: 0, hintsUsed: [], answers: { q: { type: 'telepathy' } }, manifest: null } } } })],
  ])('unreadable data (%s) is set aside, not deleted, and play starts fresh', (_name, raw) => {
    const store = new MemoryStore();
    store.setItem(PROGRESS_KEY, raw);
    const { progress, notice } = readProgress(store, NOW);
    expect(progress).toEqual({ version: 2, levels: {} });
    expect(notice).toEqual({ kind: 'recovered', setAsideKey: `${SET_ASIDE_PREFIX}${NOW.toISOString()}` });
    expect(store.getItem(`${SET_ASIDE_PREFIX}${NOW.toISOString()}`)).toBe(raw);
    // The next read is clean: the notice is shown once.
    expect(readProgress(store, LATER).notice).toBeUndefined();
  });

  test('a browser that refuses storage gives in-memory play with a notice, never an exception', () => {
    expect(readProgress(broken, NOW)).toEqual({ progress: { version: 2, levels: {} }, notice: { kind: 'unavailable' } });
    const result = saveResult(broken, withResult({ version: 2, levels: {} }, 'goats', attempt(90, 3), NOW), 'horses', attempt(50, 1), NOW);
    expect(Object.keys(result.progress.levels).sort()).toEqual(['goats', 'horses']);
    expect(result.notice).toEqual({ kind: 'unavailable' });
    expect(resetProgress(broken)).toEqual({ progress: { version: 2, levels: {} }, notice: { kind: 'unavailable' } });
  });

  test('two tabs: saving in one does not erase what the other saved', () => {
    const store = new MemoryStore();
    const tabA = readProgress(store, NOW).progress;
    const tabB = readProgress(store, NOW).progress;
    saveResult(store, tabA, 'horses', attempt(80, 2), NOW);
    saveResult(store, tabB, 'goats', attempt(60, 1), LATER);
    expect(Object.keys(readProgress(store, LATER).progress.levels).sort()).toEqual(['goats', 'horses']);
  });

  test('reset forgets every result', () => {
    const store = new MemoryStore();
    saveResult(store, readProgress(store, NOW).progress, 'horses', attempt(80, 2), NOW);
    expect(resetProgress(store).progress).toEqual({ version: 2, levels: {} });
    expect(readProgress(store, LATER).progress.levels).toEqual({});
  });
});
