import { describe, expect, test } from 'vitest';
import { playReducer, startPlay, type PlayAction, type PlayState } from '../../src/core/flow.ts';
import { testLevel } from './fixtures/parsed.ts';

const level = testLevel();
const run = (state: PlayState, ...actions: PlayAction[]) => actions.reduce((s, a) => playReducer(level, s, a).state, state);

describe('level flow', () => {
  test('goes briefing → trace → quiz → results, and only forward through valid actions', () => {
    let state = startPlay(level, 3);
    expect(state.phase).toBe('briefing');
    // Picks and answers do nothing before their phase.
    expect(playReducer(level, state, { type: 'pick', place: 'b' }).state).toBe(state);
    expect(playReducer(level, state, { type: 'begin-quiz' }).state).toBe(state);
    state = run(state, { type: 'begin-trace' });
    expect(state.phase).toBe('trace');
    // The quiz waits until the trace is complete.
    expect(run(state, { type: 'begin-quiz' }).phase).toBe('trace');
    state = run(state, { type: 'pick', place: 'b' }, { type: 'pick', place: 'c' }, { type: 'pick', place: 'unknown' }, { type: 'begin-quiz' });
    expect(state.phase).toBe('quiz');
    expect(run(state, { type: 'pick', place: 'd' })).toBe(state);
  });

  test('reports the pick outcome and, at the end, the summary', () => {
    let state = run(startPlay(level, 3), { type: 'begin-trace' });
    expect(playReducer(level, state, { type: 'pick', place: 'd' }).outcome).toMatchObject({ kind: 'pick', pick: { kind: 'wrong' } });
    state = run(state, { type: 'pick', place: 'b' }, { type: 'pick', place: 'c' }, { type: 'pick', place: 'unknown' }, { type: 'begin-quiz' });
    const answers = [
      { type: 'single', choice: 'x' },
      { type: 'multiple', choices: ['x', 'y'] },
      { type: 'ordering', order: ['p', 'q', 'r', 's'] },
    ] as const;
    for (const answer of answers) state = run(state, { type: 'answer', answer }, { type: 'next-question' });
    state = run(state, { type: 'answer', answer: { type: 'numeric', value: 30 } });
    const last = playReducer(level, state, { type: 'next-question' });
    expect(last.state.phase).toBe('results');
    expect(last.outcome).toEqual({ kind: 'finished', summary: { points: 40, max: 40, percent: 100, stars: 3, rightCount: 4 } });
  });

  test('replay starts over with a new seed', () => {
    const state = run(startPlay(level, 3), { type: 'begin-trace' }, { type: 'pick', place: 'b' });
    const again = run(state, { type: 'replay', seed: 9 });
    expect(again).toEqual(startPlay(level, 9));
  });
});
