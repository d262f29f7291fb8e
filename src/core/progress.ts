/**
 * Saved progress: versioned, validated on every read, migrated from older
 * versions, never lost silently. Storage is passed in (localStorage in the
 * browser, a Map in tests).
 */
import { manifestAnswerSchema, type ManifestAnswer } from './manifest.ts';
import { answerSchema, type Answer } from './quiz/answers.ts';
import type { LevelSummary, Stars } from './scoring.ts';
import { readStored, writeStored, type KeyValueStore, type StorageNotice } from './storage.ts';
import { z } from './validation.ts';

export const PROGRESS_KEY = 'fts:progress';
export const PROGRESS_VERSION = 2;


const stars = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);
const percent = z.int().check(z.gte(0), z.lte(100));

/** Version 1 (the first release): best result and play count only. */
const levelProgressV1 = z.object({
  bestPercent: percent,
  bestStars: stars,
  plays: z.int().check(z.gte(1)),
  lastPlayed: z.iso.datetime(),
});
const progressV1 = z.object({ version: z.literal(1), levels: z.record(z.string(), levelProgressV1) });

/** The last attempt in full, so the debrief can be shown again and a teacher report built. */
const lastAttemptSchema = z.object({
  percent,
  stars,
  hintsUsed: z.array(z.string()),
  answers: z.record(z.string(), answerSchema),
  manifest: z.nullable(manifestAnswerSchema),
});

/** Version 2 adds the last attempt (answers, hints); null for results migrated from version 1. */
const levelProgressSchema = z.extend(levelProgressV1, { last: z.nullable(lastAttemptSchema) });
const progressSchema = z.object({ version: z.literal(PROGRESS_VERSION), levels: z.record(z.string(), levelProgressSchema) });

export type LevelProgress = z.infer<typeof levelProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;

/** One finished attempt, as the game reports it. */
export interface Attempt {
  readonly summary: LevelSummary;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly hintsUsed: readonly string[];
  readonly manifest: ManifestAnswer | null;
}

export type ProgressNotice = StorageNotice;

const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, levels: {} });

/** Reads any known version and brings it to the current one; undefined when it is not progress at all. */
function migrate(data: unknown): Progress | undefined {
  const current = progressSchema.safeParse(data);
  if (current.success) return current.data;
  const v1 = progressV1.safeParse(data);
  if (v1.success) {
    const levels = Object.fromEntries(Object.entries(v1.data.levels).map(([id, entry]) => [id, { ...entry, last: null }]));
    return { version: PROGRESS_VERSION, levels };
  }
  return undefined;
}

export function readProgress(store: KeyValueStore, now: Date): { progress: Progress; notice?: ProgressNotice } {
  const { value, notice } = readStored(store, PROGRESS_KEY, migrate, emptyProgress, now);
  return notice ? { progress: value, notice } : { progress: value };
}

/** Merges one finished attempt into progress, keeping the best result and the latest answers. */
export function withResult(progress: Progress, levelId: string, attempt: Attempt, now: Date): Progress {
  const before = progress.levels[levelId];
  const { summary } = attempt;
  const entry: LevelProgress = {
    bestPercent: Math.max(before?.bestPercent ?? 0, summary.percent),
    bestStars: Math.max(before?.bestStars ?? 0, summary.stars) as Stars,
    plays: (before?.plays ?? 0) + 1,
    lastPlayed: now.toISOString(),
    last: { percent: summary.percent, stars: summary.stars, hintsUsed: [...attempt.hintsUsed], answers: { ...attempt.answers }, manifest: attempt.manifest },
  };
  return { ...progress, levels: { ...progress.levels, [levelId]: entry } };
}

/** Best of both, level by level; the more recent last attempt wins. */
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
          last: other.lastPlayed > entry.lastPlayed ? other.last : entry.last,
        }
      : entry;
  }
  return { version: PROGRESS_VERSION, levels };
}

const write = (store: KeyValueStore, progress: Progress) => writeStored(store, PROGRESS_KEY, progress);

/**
 * Records an attempt on top of what storage holds now (another tab may have
 * saved since this one loaded), and returns the merged progress.
 */
export function saveResult(store: KeyValueStore, inMemory: Progress, levelId: string, attempt: Attempt, now: Date): { progress: Progress; notice?: ProgressNotice } {
  const latest = readProgress(store, now);
  if (latest.notice?.kind === 'unavailable') return { progress: withResult(inMemory, levelId, attempt, now), notice: latest.notice };
  const progress = withResult(mergeProgress(latest.progress, inMemory), levelId, attempt, now);
  const notice = write(store, progress) ?? latest.notice;
  return notice ? { progress, notice } : { progress };
}

/** Forgets every result (after the player has confirmed). */
export function resetProgress(store: KeyValueStore): { progress: Progress; notice?: ProgressNotice } {
  const progress = emptyProgress();
  const notice = write(store, progress);
  return notice ? { progress, notice } : { progress };
}
