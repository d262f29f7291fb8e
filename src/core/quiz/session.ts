import type { Level, Question } from '../content/schema.ts';
import { seededRandom, shuffle, shuffleAway } from '../random.ts';
import { percentOf, starsFor, type Stars } from '../scoring.ts';
import { scoreAnswer, type Answer, type Score } from './answers.ts';

export interface Response {
  readonly answer: Answer;
  readonly score: Score;
}

export interface QuizState {
  readonly questionIds: readonly string[];
  /** Display order of options (single/multiple) or starting order of items (ordering), per question. */
  readonly presentation: Readonly<Record<string, readonly string[]>>;
  readonly index: number;
  readonly responses: Readonly<Record<string, Response>>;
}

export interface QuizSummary {
  readonly points: number;
  readonly max: number;
  readonly percent: number;
  readonly stars: Stars;
  readonly rightCount: number;
}

function presentationOf(question: Question, random: () => number): readonly string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return shuffle(question.options, random);
    case 'ordering':
      return shuffleAway(question.items, random);
    case 'numeric':
      return [];
  }
}

/** A new attempt: the same seed always gives the same option orders. */
export function startQuiz(level: Level, seed: number): QuizState {
  const random = seededRandom(seed);
  const presentation: Record<string, readonly string[]> = {};
  for (const q of level.questions) presentation[q.id] = presentationOf(q, random);
  return { questionIds: level.questions.map((q) => q.id), presentation, index: 0, responses: {} };
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

/** Moves past an answered question. */
export function advance(level: Level, state: QuizState): QuizState {
  const question = currentQuestion(level, state);
  if (!question || !state.responses[question.id]) return state;
  return { ...state, index: state.index + 1 };
}

export function isQuizDone(state: QuizState): boolean {
  return state.index >= state.questionIds.length;
}

export function summarizeQuiz(level: Level, state: QuizState): QuizSummary {
  let points = 0;
  let max = 0;
  let rightCount = 0;
  for (const id of state.questionIds) {
    const question = questionById(level, id);
    if (!question) continue;
    max += question.points;
    const response = state.responses[id];
    if (response) {
      points += response.score.points;
      if (response.score.verdict === 'right') rightCount++;
    }
  }
  const percent = percentOf(points, max);
  return { points, max, percent, stars: starsFor(percent), rightCount };
}
