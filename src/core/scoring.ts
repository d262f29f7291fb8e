import type { Level } from './content/schema.ts';
import type { ManifestResult } from './manifest.ts';
import { questionById, type QuizState } from './quiz/session.ts';

export type Stars = 0 | 1 | 2 | 3;

/** Minimum percentage for one, two and three stars. Scoring is by accuracy only, never speed. */
export const STAR_THRESHOLDS: readonly [number, number, number] = [50, 75, 90];

export function percentOf(points: number, max: number): number {
  return max <= 0 ? 0 : Math.round((100 * points) / max);
}

/**
 * Stars from the percentage; hints cost stars, never points: three stars need
 * no hint, one or two hints allow at most two, more allow one.
 */
export function starsFor(percent: number, hintsUsed = 0): Stars {
  const [one, two, three] = STAR_THRESHOLDS;
  const earned: Stars = percent >= three ? 3 : percent >= two ? 2 : percent >= one ? 1 : 0;
  const cap: Stars = hintsUsed === 0 ? 3 : hintsUsed <= 2 ? 2 : 1;
  return Math.min(earned, cap) as Stars;
}

export interface LevelSummary {
  readonly points: number;
  readonly max: number;
  readonly percent: number;
  readonly stars: Stars;
  /** Questions answered fully right, and how many were asked. */
  readonly rightCount: number;
  readonly questionCount: number;
  readonly hintsUsed: number;
}

/** The result of one attempt: quiz answers plus the manifest, when the level has one. */
export function summarizeLevel(level: Level, quiz: QuizState, manifest: ManifestResult | null): LevelSummary {
  let points = manifest?.score.points ?? 0;
  let max = manifest?.score.max ?? 0;
  let rightCount = 0;
  for (const id of quiz.questionIds) {
    const question = questionById(level, id);
    if (!question) continue;
    max += question.points;
    const response = quiz.responses[id];
    if (response) {
      points += response.score.points;
      if (response.score.verdict === 'right') rightCount++;
    }
  }
  const percent = percentOf(points, max);
  return { points, max, percent, stars: starsFor(percent, quiz.hints.length), rightCount, questionCount: quiz.questionIds.length, hintsUsed: quiz.hints.length };
}
