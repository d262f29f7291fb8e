import { describe, expect, test } from 'vitest';
import { phasesOf, playReducer, startPlay, type PlayAction, type PlayState } from '../../src/core/flow.ts';
import { correctAnswer } from '../../src/core/quiz/answers.ts';
import { testLevel } from './fixtures/parsed.ts';

const level = testLevel();
const run = (state: PlayState, ...actions: PlayAction[]) => actions.reduce((s, a) => playReducer(level, s, a).state, state);
const trace: PlayAction[] = [{ type: 'begin-trace' }, { type: 'pick', place: 'b' }, { type: 'pick', place: 'c' }, { type: 'pick', place: 'unknown' }];

describe('level flow', () => {
  test('goes briefing → trace → manifest → quiz → results, and only forward through valid actions', () => {
    expect(phasesOf(level)).toEqual(['briefing', 'trace', 'manifest', 'quiz', 'results']);
    let state = startPlay(level, 3);
    expect(state.phase).toBe('briefing');
    // Picks, answers and hints do nothing before their phase.
    for (const action of [{ type: 'pick', place: 'b' }, { type: 'end-trace' }, { type: 'hint' }, { type: 'begin-quiz' }] as const) expect(playReducer(level, state, action).state).toBe(state);
    state = run(state, { type: 'begin-trace' });
    expect(state.phase).toBe('trace');
    // The trace must be complete before it can be closed.
    expect(run(state, { type: 'end-trace' }).phase).toBe('trace');
    state = run(startPlay(level, 3), ...trace, { type: 'end-trace' });
    expect(state.phase).toBe('manifest');
    // The quiz waits for the manifest.
    expect(run(state, { type: 'begin-quiz' }).phase).toBe('manifest');
    state = run(state, { type: 'submit-manifest', answer: { stallions: 5 } });
    expect(state.manifest?.score.points).toBe(5);
    // Submitted once: a second manifest is ignored.
    expect(run(state, { type: 'submit-manifest', answer: { stallions: 5, medicine: null } }).manifest?.score.points).toBe(5);
    state = run(state, { type: 'begin-quiz' });
    expect(state.phase).toBe('quiz');
    expect(run(state, { type: 'pick', place: 'd' })).toBe(state);
  });

  test('a level without a manifest goes from the trace straight to the quiz', () => {
    const plain = { ...level, manifest: undefined };
    expect(phasesOf(plain)).toEqual(['briefing', 'trace', 'quiz', 'results']);
    const state = [...trace, { type: 'end-trace' } as const].reduce((s, a) => playReducer(plain, s, a).state, startPlay(plain, 3));
    expect(state.phase).toBe('quiz');
  });

  test('reports the pick outcome and, at the end, the summary with hints counted', () => {
    let state = run(startPlay(level, 3), { type: 'begin-trace' });
    expect(playReducer(level, state, { type: 'pick', place: 'd' }).outcome).toMatchObject({ kind: 'pick', pick: { kind: 'wrong' } });
    state = run(startPlay(level, 3), ...trace, { type: 'end-trace' }, { type: 'submit-manifest', answer: { stallions: 5, medicine: null } }, { type: 'begin-quiz' }, { type: 'hint' });
    const ids = state.quiz.questionIds;
    for (const [i, id] of ids.entries()) {
      const question = level.questions.find((q) => q.id === id)!;
      state = run(state, { type: 'answer', answer: correctAnswer(question) });
      if (i < ids.length - 1) state = run(state, { type: 'next-question' });
    }
    const last = playReducer(level, state, { type: 'next-question' });
    expect(last.state.phase).toBe('results');
    expect(last.outcome).toEqual({ kind: 'finished', summary: { points: 80, max: 80, percent: 100, stars: 2, rightCount: 7, questionCount: 7, hintsUsed: 1 } });
  });

  test('replay starts over with a new seed', () => {
    const state = run(startPlay(level, 3), { type: 'begin-trace' }, { type: 'pick', place: 'b' });
    expect(run(state, { type: 'replay', seed: 9 })).toEqual(startPlay(level, 9));
  });
});
