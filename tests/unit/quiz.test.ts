import { describe, expect, test } from 'vitest';
import { advance, answerCurrent, currentQuestion, isQuizDone, startQuiz, summarizeQuiz } from '../../src/core/quiz/session.ts';
import { testLevel } from './fixtures/parsed.ts';

const level = testLevel();

describe('quiz session', () => {
  test('the same seed gives the same option order; another seed reshuffles', () => {
    const a = startQuiz(level, 42);
    expect(startQuiz(level, 42).presentation).toEqual(a.presentation);
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(startQuiz(level, seed).presentation)));
    expect(orders.size).toBeGreaterThan(1);
    expect([...(a.presentation['q-single'] ?? [])].sort()).toEqual(['x', 'y', 'z']);
  });

  test('an ordering task never starts already solved', () => {
    for (let seed = 0; seed < 200; seed++) expect(startQuiz(level, seed).presentation['q-order']).not.toEqual(['p', 'q', 'r', 's']);
  });

  test('answers are scored once; moving on needs an answer', () => {
    let state = startQuiz(level, 1);
    expect(advance(level, state)).toBe(state);
    state = answerCurrent(level, state, { type: 'single', choice: 'y' });
    const again = answerCurrent(level, state, { type: 'single', choice: 'x' });
    expect(again.responses['q-single']?.score.verdict).toBe('wrong');
    state = advance(level, again);
    expect(currentQuestion(level, state)?.id).toBe('q-multiple');
  });

  test('the summary adds up points, percentage and stars', () => {
    let state = startQuiz(level, 7);
    const answers = [
      { type: 'single', choice: 'x' },
      { type: 'multiple', choices: ['x'] },
      { type: 'ordering', order: ['p', 'q', 'r', 's'] },
      { type: 'numeric', value: 29 },
    ] as const;
    for (const answer of answers) state = advance(level, answerCurrent(level, state, answer));
    expect(isQuizDone(state)).toBe(true);
    expect(summarizeQuiz(level, state)).toEqual({ points: 35, max: 40, percent: 88, stars: 2, rightCount: 3 });
  });
});
