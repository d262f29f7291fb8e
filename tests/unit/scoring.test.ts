import { describe, expect, test } from 'vitest';
import { correctAnswer, isComplete, scoreAnswer } from '../../src/core/quiz/answers.ts';
import { percentOf, starsFor } from '../../src/core/scoring.ts';
import { testLevel } from './fixtures/parsed.ts';

const level = testLevel();
const question = (id: string) => {
  const q = level.questions.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
};

describe('scoring each question type', () => {
  test('single choice: all or nothing', () => {
    expect(scoreAnswer(question('q-single'), { type: 'single', choice: 'x' })).toEqual({ points: 10, max: 10, verdict: 'right' });
    expect(scoreAnswer(question('q-single'), { type: 'single', choice: 'y' })).toEqual({ points: 0, max: 10, verdict: 'wrong' });
  });

  test('multiple select: each right choice earns a share, each wrong one cancels a share', () => {
    const q = question('q-multiple');
    expect(scoreAnswer(q, { type: 'multiple', choices: ['y', 'x'] }).verdict).toBe('right');
    expect(scoreAnswer(q, { type: 'multiple', choices: ['x'] })).toEqual({ points: 5, max: 10, verdict: 'partial' });
    expect(scoreAnswer(q, { type: 'multiple', choices: ['x', 'z'] })).toEqual({ points: 0, max: 10, verdict: 'wrong' });
    // Ticking every box is not a strategy.
    expect(scoreAnswer(q, { type: 'multiple', choices: ['x', 'y', 'z'] })).toEqual({ points: 5, max: 10, verdict: 'partial' });
  });

  test('ordering: one item out of place costs one step, not the whole order', () => {
    const q = question('q-order');
    expect(scoreAnswer(q, { type: 'ordering', order: ['p', 'q', 'r', 's'] }).verdict).toBe('right');
    // Longest run in order: p, q, s (3 of 4) → 2 of 3 steps.
    expect(scoreAnswer(q, { type: 'ordering', order: ['p', 'r', 'q', 's'] })).toEqual({ points: 7, max: 10, verdict: 'partial' });
    expect(scoreAnswer(q, { type: 'ordering', order: ['s', 'r', 'q', 'p'] })).toEqual({ points: 0, max: 10, verdict: 'wrong' });
    // A malformed order (missing or repeated items) scores nothing.
    expect(scoreAnswer(q, { type: 'ordering', order: ['p', 'q', 'r'] }).points).toBe(0);
    expect(scoreAnswer(q, { type: 'ordering', order: ['p', 'q', 'q', 's'] }).points).toBe(0);
  });

  test('numeric: right within the tolerance', () => {
    const q = question('q-number');
    expect(scoreAnswer(q, { type: 'numeric', value: 30 }).verdict).toBe('right');
    expect(scoreAnswer(q, { type: 'numeric', value: 31 }).verdict).toBe('right');
    expect(scoreAnswer(q, { type: 'numeric', value: 32 })).toEqual({ points: 0, max: 10, verdict: 'wrong' });
    expect(scoreAnswer(q, { type: 'numeric', value: Number.NaN }).verdict).toBe('wrong');
  });

  test('map pick: the right place or nothing', () => {
    const q = question('q-map');
    expect(scoreAnswer(q, { type: 'map-pick', place: 'c' }).verdict).toBe('right');
    expect(scoreAnswer(q, { type: 'map-pick', place: 'b' })).toEqual({ points: 0, max: 10, verdict: 'wrong' });
  });

  test('matching: each pair counts on its own, and two items may share a match', () => {
    const q = question('q-match');
    expect(scoreAnswer(q, { type: 'matching', matches: { i1: 'm1', i2: 'm2', i3: 'm1', i4: 'm3' } }).verdict).toBe('right');
    expect(scoreAnswer(q, { type: 'matching', matches: { i1: 'm1', i2: 'm4', i3: 'm1', i4: 'm2' } })).toEqual({ points: 5, max: 10, verdict: 'partial' });
    expect(scoreAnswer(q, { type: 'matching', matches: { i1: 'm4', i2: 'm1', i3: 'm2', i4: 'm1' } }).verdict).toBe('wrong');
  });

  test('source detective: the verdict and the reason count half each', () => {
    const q = question('q-detective');
    expect(scoreAnswer(q, { type: 'detective', verdict: 'contradictory', reason: 'r2' }).verdict).toBe('right');
    expect(scoreAnswer(q, { type: 'detective', verdict: 'contradictory', reason: 'r1' })).toEqual({ points: 5, max: 10, verdict: 'partial' });
    expect(scoreAnswer(q, { type: 'detective', verdict: 'consistent', reason: 'r2' })).toEqual({ points: 5, max: 10, verdict: 'partial' });
    expect(scoreAnswer(q, { type: 'detective', verdict: 'undetermined', reason: 'r3' }).verdict).toBe('wrong');
  });

  test('an answer of another type scores nothing', () => {
    expect(scoreAnswer(question('q-single'), { type: 'numeric', value: 1 }).points).toBe(0);
  });

  test('the correct answer of every question scores full points', () => {
    for (const q of level.questions) expect(scoreAnswer(q, correctAnswer(q))).toEqual({ points: q.points, max: q.points, verdict: 'right' });
  });

  test('an answer can be checked only once it is complete', () => {
    expect(isComplete(question('q-match'), { type: 'matching', matches: { i1: 'm1', i2: 'm2', i3: 'm1' } })).toBe(false);
    expect(isComplete(question('q-match'), correctAnswer(question('q-match')))).toBe(true);
    expect(isComplete(question('q-detective'), { type: 'detective', verdict: 'consistent', reason: '' })).toBe(false);
    expect(isComplete(question('q-multiple'), { type: 'multiple', choices: [] })).toBe(false);
    expect(isComplete(question('q-single'), undefined)).toBe(false);
    expect(isComplete(question('q-single'), { type: 'map-pick', place: 'b' })).toBe(false);
  });
});

describe('stars', () => {
  test('come from the percentage', () => {
    expect([0, 49, 50, 74, 75, 89, 90, 100].map((p) => starsFor(p))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(percentOf(95, 130)).toBe(73);
    expect(percentOf(0, 0)).toBe(0);
  });

  test('hints lower the stars, never below what the score alone gives', () => {
    expect(starsFor(100, 0)).toBe(3);
    expect(starsFor(100, 1)).toBe(2);
    expect(starsFor(100, 2)).toBe(2);
    expect(starsFor(100, 3)).toBe(1);
    expect(starsFor(60, 1)).toBe(1);
    expect(starsFor(40, 5)).toBe(0);
  });
});
