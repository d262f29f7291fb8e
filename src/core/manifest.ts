/**
 * The manifest: after the trace, the player lists what the shipment carried and
 * how many, from the evidence. Scored like a question, item by item.
 */
import type { Manifest } from './content/schema.ts';
import type { Score, Verdict } from './quiz/answers.ts';
import { seededRandom, shuffle } from './random.ts';
import { z } from './validation.ts';

export const MANIFEST_POINTS = 10;

/** Item id → quantity entered (null where the item has no quantity to give). Unticked items are absent. */
export const manifestAnswerSchema = z.record(z.string(), z.nullable(z.number()));
export type ManifestAnswer = z.infer<typeof manifestAnswerSchema>;

export type ManifestLine =
  /** Shipped, ticked, quantity right (or none needed). */
  | 'right'
  /** Shipped and ticked, but the quantity is wrong. */
  | 'wrong-quantity'
  /** Shipped, not ticked. */
  | 'missed'
  /** Not shipped, but ticked. */
  | 'not-shipped'
  /** Not shipped, not ticked. */
  | 'rightly-left-out';

export interface ManifestResult {
  readonly answer: ManifestAnswer;
  readonly lines: Readonly<Record<string, ManifestLine>>;
  readonly score: Score;
}

/** Real items and decoys mixed, in an order fixed by the seed. */
export function manifestChoices(manifest: Manifest, seed: number): string[] {
  return shuffle([...manifest.items.map((i) => i.id), ...manifest.distractors], seededRandom(seed ^ 0x5bd1e995));
}

export function checkManifest(manifest: Manifest, answer: ManifestAnswer): ManifestResult {
  const lines: Record<string, ManifestLine> = {};
  let credit = 0;
  for (const item of manifest.items) {
    const given = answer[item.id];
    if (given === undefined) lines[item.id] = 'missed';
    else if (item.quantity !== undefined && given !== item.quantity) lines[item.id] = 'wrong-quantity';
    else lines[item.id] = 'right';
    // A right item with a wrong number still earns half: knowing what was shipped is half the job.
    credit += lines[item.id] === 'right' ? 1 : lines[item.id] === 'wrong-quantity' ? 0.5 : 0;
  }
  for (const decoy of manifest.distractors) {
    const ticked = answer[decoy] !== undefined;
    lines[decoy] = ticked ? 'not-shipped' : 'rightly-left-out';
    if (ticked) credit -= 1;
  }
  const fraction = Math.max(0, credit) / manifest.items.length;
  const verdict: Verdict = fraction >= 1 ? 'right' : fraction > 0 ? 'partial' : 'wrong';
  return { answer, lines, score: { points: Math.round(MANIFEST_POINTS * fraction), max: MANIFEST_POINTS, verdict } };
}
