import type { Question } from '../content/schema.ts';

/** What a player submitted, one shape per question type. */
export type Answer =
  | { readonly type: 'single'; readonly choice: string }
  | { readonly type: 'multiple'; readonly choices: readonly string[] }
  | { readonly type: 'ordering'; readonly order: readonly string[] }
  | { readonly type: 'numeric'; readonly value: number };

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
      // Each right choice earns a share, each wrong choice cancels one: guessing everything scores 0.
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
  }
}
