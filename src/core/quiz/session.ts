import type { Level, Question } from '../content/schema.ts';
import { seededRandom, shuffle, shuffleAway } from '../random.ts';
import { scoreAnswer, type Answer, type Score } from './answers.ts';

export interface Response {
  readonly answer: Answer;
  readonly score: Score;
}

export interface QuizState {
  /** The questions this attempt asks, in the level's order. */
  readonly questionIds: readonly string[];
  /**
   * Display order per question: options (single, multiple, map pick), the starting
   * order of items (ordering), the match list (matching) or the reasons (detective).
   */
  readonly presentation: Readonly<Record<string, readonly string[]>>;
  readonly index: number;
  readonly responses: Readonly<Record<string, Response>>;
  /** Questions on which the player opened the hint. */
  readonly hints: readonly string[];
}

function presentationOf(question: Question, random: () => number): readonly string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'map-pick':
      return shuffle(question.options, random);
    case 'ordering':
      return shuffleAway(question.items, random);
    case 'matching':
      return shuffle([...new Set([...question.pairs.map((p) => p.match), ...question.distractors])], random);
    case 'detective':
      return shuffle(question.reasons, random);
    case 'numeric':
      return [];
  }
}

/**
 * A new attempt. The seed fixes everything random in it: which questions are
 * asked (when the level asks fewer than it has) and the order of every option,
 * so a retry with a new seed reshuffles and a test can replay an attempt.
 */
export function startQuiz(level: Level, seed: number): QuizState {
  const random = seededRandom(seed);
  const ask = Math.min(level.ask ?? level.questions.length, level.questions.length);
  const drawn = new Set(shuffle(level.questions, random).slice(0, ask).map((q) => q.id));
  const questions = level.questions.filter((q) => drawn.has(q.id));
  const presentation: Record<string, readonly string[]> = {};
  for (const q of questions) presentation[q.id] = presentationOf(q, random);
  return { questionIds: questions.map((q) => q.id), presentation, index: 0, responses: {}, hints: [] };
}

export function questionById(level: Level, id: string): Question | undefined {
  return level.questions.find((q) => q.id === id);
}

export function currentQuestion(level: Level, state: QuizState): Question | undefined {
  const id = state.questionIds[state.index];
  return id === undefined ? undefined : questionById(level, id);
}

/** Records the answer to the current question; an answered question cannot be changed. */
export function answerCurrent(level: Level, state: QuizState, answer: Answer): QuizState {
  const question = currentQuestion(level, state);
  if (!question || state.responses[question.id]) return state;
  return { ...state, responses: { ...state.responses, [question.id]: { answer, score: scoreAnswer(question, answer) } } };
}

/** Opens the hint of the current question (before it is answered). */
export function takeHint(level: Level, state: QuizState): QuizState {
  const question = currentQuestion(level, state);
  if (!question || state.responses[question.id] || state.hints.includes(question.id)) return state;
  return { ...state, hints: [...state.hints, question.id] };
}

/** Moves past an answered question. */
export function advance(level: Level, state: QuizState): QuizState {
  const question = currentQuestion(level, state);
  if (!question || !state.responses[question.id]) return state;
  return { ...state, index: state.index + 1 };
}

export function isQuizDone(state: QuizState): boolean {
  return state.index >= state.questionIds.length;
}
