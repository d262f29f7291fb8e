/**
 * The campaign: every case on one map and timeline. All cases stay open (a
 * teacher may assign any); the game suggests the next one in order and opens
 * the final overview once every case is solved.
 */
import type { Level } from './content/schema.ts';
import type { Progress } from './progress.ts';

export type CaseStatus = 'solved' | 'next' | 'open';

export interface CampaignState {
  readonly statuses: ReadonlyMap<string, CaseStatus>;
  readonly solved: number;
  readonly total: number;
  /** The overview of all routes and flows, opened when every case is solved. */
  readonly finaleOpen: boolean;
}

export function campaignState(levels: readonly Level[], progress: Progress): CampaignState {
  const ordered = [...levels].sort((a, b) => a.order - b.order);
  const isSolved = (level: Level) => progress.levels[level.id] !== undefined;
  const next = ordered.find((level) => !isSolved(level));
  const statuses = new Map<string, CaseStatus>(ordered.map((level) => [level.id, isSolved(level) ? 'solved' : level === next ? 'next' : 'open']));
  const solved = ordered.filter(isSolved).length;
  return { statuses, solved, total: ordered.length, finaleOpen: ordered.length > 0 && solved === ordered.length };
}
