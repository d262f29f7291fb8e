import type { Question } from '../content/schema.ts';
import { VERDICTS } from '../content/verdicts.ts';
import { z } from '../validation.ts';

/** What a player submitted, one shape per question type (also the shape kept in saved progress). */
export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), choice: z.string() }),
  z.strictObject({ type: z.literal('multiple'), choices: z.array(z.string()) }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(z.string()) }),
  z.strictObject({ type: z.literal('numeric'), value: z.number() }),
  z.strictObject({ type: z.literal('map-pick'), place: z.string() }),
  /** item id → chosen match id */
  z.strictObject({ type: z.literal('matching'), matches: z.record(z.string(), z.string()) }),
  z.strictObject({ type: z.literal('detective'), verdict: z.enum(VERDICTS), reason: z.string() }),
]);

export type Answer = z.infer<typeof answerSchema>;

export type Verdict = 'right' | 'partial' | 'wrong';

export interface Score {
  readonly points: number;
  readonly max: number;
  readonly verdict: Verdict;
}

/** Length of the longest increasing subsequence: how much of an order is already right. */
function longestIncreasingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

function verdictFor(fraction: number): Verdict {
  if (fraction >= 1) return 'right';
  return fraction > 0 ? 'partial' : 'wrong';
}

/** Fraction of the question answered correctly, in [0, 1], by that type's rule. */
function correctness(question: Question, answer: Answer): number {
  if (question.type !== answer.type) return 0;
  switch (answer.type) {
    case 'single':
      return question.type === 'single' && answer.choice === question.answer ? 1 : 0;
    case 'multiple': {
      if (question.type !== 'multiple') return 0;
      // Each right choice earns a share, each wrong choice cancels one: ticking everything scores 0.
      const chosen = new Set(answer.choices);
      const right = question.answers.filter((a) => chosen.has(a)).length;
      const wrong = [...chosen].filter((c) => !question.answers.includes(c)).length;
      return Math.max(0, right - wrong) / question.answers.length;
    }
    case 'ordering': {
      if (question.type !== 'ordering') return 0;
      const positions = answer.order.map((item) => question.items.indexOf(item));
      const valid = positions.length === question.items.length && positions.every((p) => p >= 0) && new Set(positions).size === positions.length;
      if (!valid) return 0;
      // One item out of place costs one step, not the whole order.
      return (longestIncreasingRun(positions) - 1) / (question.items.length - 1);
    }
    case 'numeric':
      return question.type === 'numeric' && Number.isFinite(answer.value) && Math.abs(answer.value - question.answer) <= question.tolerance ? 1 : 0;
    case 'map-pick':
      return question.type === 'map-pick' && answer.place === question.answer ? 1 : 0;
    case 'matching': {
      if (question.type !== 'matching') return 0;
      // Each pair counts on its own.
      return question.pairs.filter((p) => answer.matches[p.item] === p.match).length / question.pairs.length;
    }
    case 'detective':
      // The verdict and the reason for it count half each.
      return question.type === 'detective' ? (answer.verdict === question.verdict ? 0.5 : 0) + (answer.reason === question.reason ? 0.5 : 0) : 0;
  }
}

export function scoreAnswer(question: Question, answer: Answer): Score {
  const fraction = correctness(question, answer);
  const points = fraction >= 1 ? question.points : Math.round(question.points * fraction);
  return { points, max: question.points, verdict: verdictFor(fraction) };
}

/** The correct answer of a question, in the same shape as a player's answer. */
export function correctAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.answer };
    case 'multiple':
      return { type: 'multiple', choices: question.answers };
    case 'ordering':
      return { type: 'ordering', order: question.items };
    case 'numeric':
      return { type: 'numeric', value: question.answer };
    case 'map-pick':
      return { type: 'map-pick', place: question.answer };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.item, p.match])) };
    case 'detective':
      return { type: 'detective', verdict: question.verdict, reason: question.reason };
  }
}

/** Whether a drafted answer is complete enough to be checked (every pair matched, both parts given…). */
export function isComplete(question: Question, answer: Answer | undefined): answer is Answer {
  if (!answer || answer.type !== question.type) return false;
  switch (answer.type) {
    case 'multiple':
      return answer.choices.length > 0;
    case 'numeric':
      return Number.isFinite(answer.value);
    case 'matching':
      return question.type === 'matching' && question.pairs.every((p) => answer.matches[p.item] !== undefined);
    case 'detective':
      return answer.reason !== '';
    default:
      return true;
  }
}
