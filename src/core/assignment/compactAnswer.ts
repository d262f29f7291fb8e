/**
 * Answers written as positions in the content's own lists instead of ids: short enough for a result
 * code a student can hand in, and checked on the way back (a position out of range is no answer).
 */
import type { Manifest, Question } from '../content/schema.ts';
import { VERDICTS } from '../content/verdicts.ts';
import type { ManifestAnswer } from '../manifest.ts';
import type { Answer } from '../quiz/answers.ts';

export type Compact = number | readonly number[] | readonly (readonly [number, number | null])[];

/** The matches offered by a matching question, in content order. */
export const matchList = (question: Extract<Question, { type: 'matching' }>): string[] => [...new Set([...question.pairs.map((p) => p.match), ...question.distractors])];

export function compactAnswer(question: Question, answer: Answer): Compact | undefined {
  if (answer.type !== question.type) return undefined;
  switch (question.type) {
    case 'single':
    case 'map-pick':
      return question.options.indexOf(answer.type === 'single' ? answer.choice : answer.type === 'map-pick' ? answer.place : '');
    case 'multiple':
      return answer.type === 'multiple' ? answer.choices.map((c) => question.options.indexOf(c)) : undefined;
    case 'ordering':
      return answer.type === 'ordering' ? answer.order.map((item) => question.items.indexOf(item)) : undefined;
    case 'numeric':
      return answer.type === 'numeric' ? answer.value : undefined;
    case 'matching': {
      if (answer.type !== 'matching') return undefined;
      const matches = matchList(question);
      return question.pairs.map((p) => matches.indexOf(answer.matches[p.item] ?? ''));
    }
    case 'detective':
      return answer.type === 'detective' ? [VERDICTS.indexOf(answer.verdict), question.reasons.indexOf(answer.reason)] : undefined;
  }
}

const isIndexList = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.length <= length && value.every((v) => Number.isInteger(v) && v >= 0 && v < length);

const at = <T>(list: readonly T[], index: unknown): T | undefined => (Number.isInteger(index) ? list[index as number] : undefined);

/** The answer back from its compact form; undefined when it does not fit the question. */
export function expandAnswer(question: Question, compact: unknown): Answer | undefined {
  switch (question.type) {
    case 'single': {
      const choice = at(question.options, compact);
      return choice === undefined ? undefined : { type: 'single', choice };
    }
    case 'map-pick': {
      const place = at(question.options, compact);
      return place === undefined ? undefined : { type: 'map-pick', place };
    }
    case 'multiple':
      return isIndexList(compact, question.options.length) && new Set(compact).size === compact.length
        ? { type: 'multiple', choices: compact.map((i) => question.options[i] as string) }
        : undefined;
    case 'ordering':
      return isIndexList(compact, question.items.length) && compact.length === question.items.length && new Set(compact).size === compact.length
        ? { type: 'ordering', order: compact.map((i) => question.items[i] as string) }
        : undefined;
    case 'numeric':
      return typeof compact === 'number' && Number.isFinite(compact) ? { type: 'numeric', value: compact } : undefined;
    case 'matching': {
      const matches = matchList(question);
      if (!Array.isArray(compact) || compact.length !== question.pairs.length) return undefined;
      const chosen: Record<string, string> = {};
      for (const [i, pair] of question.pairs.entries()) {
        const match = at(matches, compact[i]);
        if (match === undefined) return undefined;
        chosen[pair.item] = match;
      }
      return { type: 'matching', matches: chosen };
    }
    case 'detective': {
      if (!Array.isArray(compact) || compact.length !== 2) return undefined;
      const verdict = at(VERDICTS, compact[0]);
      const reason = at(question.reasons, compact[1]);
      return verdict === undefined || reason === undefined ? undefined : { type: 'detective', verdict, reason };
    }
  }
}

/** Items then decoys, in content order: the manifest's answer as [position, quantity] pairs. */
const manifestEntries = (manifest: Manifest): string[] => [...manifest.items.map((i) => i.id), ...manifest.distractors];

export function compactManifest(manifest: Manifest, answer: ManifestAnswer): [number, number | null][] {
  const entries = manifestEntries(manifest);
  return Object.entries(answer).flatMap(([id, quantity]) => {
    const i = entries.indexOf(id);
    return i < 0 ? [] : [[i, quantity] as [number, number | null]];
  });
}

export function expandManifest(manifest: Manifest, compact: unknown): ManifestAnswer | undefined {
  if (!Array.isArray(compact)) return undefined;
  const entries = manifestEntries(manifest);
  const answer: Record<string, number | null> = {};
  for (const pair of compact as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return undefined;
    const id = at(entries, pair[0]);
    const quantity: unknown = pair[1];
    if (id === undefined || !(quantity === null || (typeof quantity === 'number' && Number.isFinite(quantity)))) return undefined;
    answer[id] = quantity;
  }
  return answer;
}
