import { describe, expect, test } from 'vitest';
import { checkManifest } from '../../src/core/manifest.ts';
import type { Answer } from '../../src/core/quiz/answers.ts';
import { advance, answerCurrent, currentQuestion, isQuizDone, startQuiz, takeHint } from '../../src/core/quiz/session.ts';
import { summarizeLevel } from '../../src/core/scoring.ts';
import { testLevel } from './fixtures/parsed.ts';

const level = testLevel();

describe('quiz session', () => {
  test('the same seed gives the same option order; another seed reshuffles', () => {
    const a = startQuiz(level, 42);
    expect(startQuiz(level, 42)).toEqual(a);
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(startQuiz(level, seed).presentation)));
    expect(orders.size).toBeGreaterThan(1);
    expect([...(a.presentation['q-single'] ?? [])].sort()).toEqual(['x', 'y', 'z']);
    // A matching question lists each match once, decoys included.
    expect([...(a.presentation['q-match'] ?? [])].sort()).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  test('an ordering task never starts already solved', () => {
    for (let seed = 0; seed < 200; seed++) expect(startQuiz(level, seed).presentation['q-order']).not.toEqual(['p', 'q', 'r', 's']);
  });

  test('a level that asks fewer questions than it has draws a different set per seed, in story order', () => {
    const short = { ...level, ask: 4 };
    const sets = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const ids = startQuiz(short, seed).questionIds;
      expect(ids).toHaveLength(4);
      expect([...ids]).toEqual(level.questions.map((q) => q.id).filter((id) => ids.includes(id)));
      sets.add(ids.join());
    }
    expect(sets.size).toBeGreaterThan(3);
    expect(startQuiz(short, 5).questionIds).toEqual(startQuiz(short, 5).questionIds);
  });

  test('answers are scored once; moving on needs an answer; a hint is recorded once, before answering', () => {
    let state = startQuiz(level, 1);
    expect(advance(level, state)).toBe(state);
    state = takeHint(level, state);
    expect(takeHint(level, state)).toBe(state);
    expect(state.hints).toEqual(['q-single']);
    state = answerCurrent(level, state, { type: 'single', choice: 'y' });
    const again = answerCurrent(level, state, { type: 'single', choice: 'x' });
    expect(again.responses['q-single']?.score.verdict).toBe('wrong');
    expect(takeHint(level, again)).toBe(again);
    state = advance(level, again);
    expect(currentQuestion(level, state)?.id).toBe('q-multiple');
  });

  test('the summary adds the manifest and the answers; hints cost stars, not points', () => {
    let state = startQuiz(level, 7);
    const answers: Answer[] = [
      { type: 'single', choice: 'x' },
      { type: 'multiple', choices: ['x'] },
      { type: 'ordering', order: ['p', 'q', 'r', 's'] },
      { type: 'numeric', value: 29 },
      { type: 'map-pick', place: 'c' },
      { type: 'matching', matches: { i1: 'm1', i2: 'm2', i3: 'm1', i4: 'm3' } },
      { type: 'detective', verdict: 'contradictory', reason: 'r2' },
    ];
    for (const answer of answers) state = advance(level, answerCurrent(level, state, answer));
    expect(isQuizDone(state)).toBe(true);
    const manifest = checkManifest(level.manifest!, { stallions: 5, medicine: null });
    expect(summarizeLevel(level, state, manifest)).toEqual({ points: 75, max: 80, percent: 94, stars: 3, rightCount: 6, questionCount: 7, hintsUsed: 0 });
    const hinted = { ...state, hints: ['q-map'] };
    expect(summarizeLevel(level, hinted, manifest)).toMatchObject({ points: 75, percent: 94, stars: 2, hintsUsed: 1 });
  });
});

describe('manifest', () => {
  const manifest = level.manifest!;

  test('items shipped and rightly counted, decoys left out: full marks', () => {
    const result = checkManifest(manifest, { stallions: 5, medicine: null });
    expect(result.score).toEqual({ points: 10, max: 10, verdict: 'right' });
    expect(result.lines).toEqual({ stallions: 'right', medicine: 'right', shells: 'rightly-left-out', goats: 'rightly-left-out' });
  });

  test('a wrong number earns half the item; a missed item nothing; a decoy cancels an item', () => {
    expect(checkManifest(manifest, { stallions: 4, medicine: null })).toMatchObject({ lines: { stallions: 'wrong-quantity' }, score: { points: 8, verdict: 'partial' } });
    expect(checkManifest(manifest, { stallions: 5 })).toMatchObject({ lines: { medicine: 'missed' }, score: { points: 5 } });
    expect(checkManifest(manifest, { stallions: 5, medicine: null, shells: null })).toMatchObject({ lines: { shells: 'not-shipped' }, score: { points: 5 } });
    expect(checkManifest(manifest, { shells: null, goats: null }).score).toEqual({ points: 0, max: 10, verdict: 'wrong' });
  });
});
