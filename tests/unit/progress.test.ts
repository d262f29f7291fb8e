import { describe, expect, test } from 'vitest';
import { PROGRESS_KEY, readProgress, saveResult, SET_ASIDE_PREFIX, withResult, type KeyValueStore } from '../../src/core/progress.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const LATER = new Date('2026-11-23T11:00:00.000Z');
const summary = (percent: number, stars: 0 | 1 | 2 | 3) => ({ points: percent, max: 100, percent, stars, rightCount: 0 });

class MapStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

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
    expect(readProgress(new MapStore(), NOW)).toEqual({ progress: { version: 1, levels: {} } });
  });

  test('a finished level survives a reload, keeping the best result', () => {
    const store = new MapStore();
    let { progress } = saveResult(store, readProgress(store, NOW).progress, 'horses', summary(70, 1), NOW);
    ({ progress } = saveResult(store, progress, 'horses', summary(40, 0), LATER));
    const reloaded = readProgress(store, LATER).progress;
    expect(reloaded).toEqual(progress);
    expect(reloaded.levels['horses']).toEqual({ bestPercent: 70, bestStars: 1, plays: 2, lastPlayed: LATER.toISOString() });
  });

  test.each([
    ['not JSON', '{"version":1,"levels":'],
    ['of an unknown version', JSON.stringify({ version: 99, levels: {} })],
    ['of the wrong shape', JSON.stringify({ version: 1, levels: { horses: { bestPercent: 'lots' } } })],
  ])('unreadable data (%s) is set aside, not deleted, and play starts fresh', (_name, raw) => {
    const store = new MapStore();
    store.setItem(PROGRESS_KEY, raw);
    const { progress, notice } = readProgress(store, NOW);
    expect(progress).toEqual({ version: 1, levels: {} });
    expect(notice).toEqual({ kind: 'recovered', setAsideKey: `${SET_ASIDE_PREFIX}${NOW.toISOString()}` });
    expect(store.getItem(`${SET_ASIDE_PREFIX}${NOW.toISOString()}`)).toBe(raw);
    // The next read is clean: the notice is shown once.
    expect(readProgress(store, LATER).notice).toBeUndefined();
  });

  test('a browser that refuses storage gives in-memory play with a notice, never an exception', () => {
    expect(readProgress(broken, NOW)).toEqual({ progress: { version: 1, levels: {} }, notice: { kind: 'unavailable' } });
    const result = saveResult(broken, withResult({ version: 1, levels: {} }, 'goats', summary(90, 3), NOW), 'horses', summary(50, 1), NOW);
    expect(Object.keys(result.progress.levels).sort()).toEqual(['goats', 'horses']);
    expect(result.notice).toEqual({ kind: 'unavailable' });
  });

  test('two tabs: saving in one does not erase what the other saved', () => {
    const store = new MapStore();
    const tabA = readProgress(store, NOW).progress;
    const tabB = readProgress(store, NOW).progress;
    saveResult(store, tabA, 'horses', summary(80, 2), NOW);
    saveResult(store, tabB, 'goats', summary(60, 1), LATER);
    expect(Object.keys(readProgress(store, LATER).progress.levels).sort()).toEqual(['goats', 'horses']);
  });
});
