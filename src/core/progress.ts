/**
 * Saved progress: versioned, validated on every read, never lost silently.
 * Storage is passed in (localStorage in the browser, a Map in tests).
 */
import { z } from './validation.ts';
import type { QuizSummary } from './quiz/session.ts';
import type { Stars } from './scoring.ts';

export const PROGRESS_KEY = 'fts:progress';
export const PROGRESS_VERSION = 1;
/** Prefix of the keys where unreadable progress is kept for recovery. */
export const SET_ASIDE_PREFIX = 'fts:progress:unreadable:';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const levelProgressSchema = z.object({
  bestPercent: z.int().check(z.gte(0), z.lte(100)),
  bestStars: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  plays: z.int().check(z.gte(1)),
  lastPlayed: z.iso.datetime(),
});

const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  levels: z.record(z.string(), levelProgressSchema),
});

export type LevelProgress = z.infer<typeof levelProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;

export type ProgressNotice =
  /** Saved data could not be read; it was kept under `setAsideKey` and play starts fresh. */
  | { readonly kind: 'recovered'; readonly setAsideKey: string }
  /** The browser refuses storage (private mode, full disk): progress lasts only this session. */
  | { readonly kind: 'unavailable' };

const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, levels: {} });

export function readProgress(store: KeyValueStore, now: Date): { progress: Progress; notice?: ProgressNotice } {
  let raw: string | null;
  try {
    raw = store.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), notice: { kind: 'unavailable' } };
  }
  if (raw === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const parsed = progressSchema.safeParse(data);
  if (parsed.success) return { progress: parsed.data };
  const setAsideKey = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
  try {
    store.setItem(setAsideKey, raw);
    store.setItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
  } catch {
    return { progress: emptyProgress(), notice: { kind: 'unavailable' } };
  }
  return { progress: emptyProgress(), notice: { kind: 'recovered', setAsideKey } };
}

/** Merges one finished play into progress, keeping the best result. */
export function withResult(progress: Progress, levelId: string, summary: QuizSummary, now: Date): Progress {
  const before = progress.levels[levelId];
  const entry: LevelProgress = {
    bestPercent: Math.max(before?.bestPercent ?? 0, summary.percent),
    bestStars: Math.max(before?.bestStars ?? 0, summary.stars) as Stars,
    plays: (before?.plays ?? 0) + 1,
    lastPlayed: now.toISOString(),
  };
  return { ...progress, levels: { ...progress.levels, [levelId]: entry } };
}

/**
 * Records a result on top of what storage holds now (another tab may have saved
 * since this one loaded), and returns the merged progress.
 */
export function saveResult(
  store: KeyValueStore,
  inMemory: Progress,
  levelId: string,
  summary: QuizSummary,
  now: Date,
): { progress: Progress; notice?: ProgressNotice } {
  const latest = readProgress(store, now);
  const base = latest.notice?.kind === 'unavailable' ? inMemory : mergeProgress(latest.progress, inMemory);
  const progress = withResult(base, levelId, summary, now);
  if (latest.notice?.kind === 'unavailable') return { progress, notice: latest.notice };
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    return { progress, notice: { kind: 'unavailable' } };
  }
  return latest.notice ? { progress, notice: latest.notice } : { progress };
}

/** Best of both, level by level. */
function mergeProgress(a: Progress, b: Progress): Progress {
  const levels: Record<string, LevelProgress> = { ...a.levels };
  for (const [id, entry] of Object.entries(b.levels)) {
    const other = levels[id];
    levels[id] = other
      ? {
          bestPercent: Math.max(other.bestPercent, entry.bestPercent),
          bestStars: Math.max(other.bestStars, entry.bestStars) as Stars,
          plays: Math.max(other.plays, entry.plays),
          lastPlayed: other.lastPlayed > entry.lastPlayed ? other.lastPlayed : entry.lastPlayed,
        }
      : entry;
  }
  return { version: PROGRESS_VERSION, levels };
}
