import { describe, expect, test } from 'vitest';
import { choicesFor, completedLegs, currentStep, isTraceDone, pickStop, startTrace } from '../../src/core/trace.ts';
import { testLevel } from './fixtures/parsed.ts';

const level = testLevel();

describe('tracing a shipment', () => {
  test('starts at the origin with nothing found', () => {
    const state = startTrace(level);
    expect(state).toMatchObject({ stepIndex: 0, position: 'a', completed: [], evidence: [] });
    expect(choicesFor(currentStep(level, state)!)).toEqual(['b', 'd', 'unknown']);
  });

  test('a wrong pick is recorded for a hint and does not move the shipment', () => {
    const { state, outcome } = pickStop(level, startTrace(level), 'd');
    expect(outcome).toMatchObject({ kind: 'wrong', pick: 'd', step: { id: 'one' } });
    expect(state.position).toBe('a');
    expect(state.stepIndex).toBe(0);
    expect(state.wrongPicks).toEqual({ one: ['d'] });
    // Trying the same place twice is not counted twice.
    expect(pickStop(level, state, 'd').state.wrongPicks).toEqual({ one: ['d'] });
    // "No source says" is a pick like any other, and wrong here.
    expect(pickStop(level, state, 'unknown').state.wrongPicks).toEqual({ one: ['d', 'unknown'] });
  });

  test('a place that is not offered at this step is ignored', () => {
    const start = startTrace(level);
    const { state, outcome } = pickStop(level, start, 'c');
    expect(outcome.kind).toBe('ignored');
    expect(state).toBe(start);
  });

  test('a right pick moves the shipment and unlocks the step evidence', () => {
    const { state, outcome } = pickStop(level, startTrace(level), 'b');
    expect(outcome).toMatchObject({ kind: 'correct', from: 'a', newEvidence: ['e1'] });
    expect(state).toMatchObject({ stepIndex: 1, position: 'b', completed: ['one'], evidence: ['e1'] });
  });

  test('the trail can end at "not reported": the shipment stays where it was last seen', () => {
    let state = startTrace(level);
    for (const pick of ['b', 'c', 'unknown']) state = pickStop(level, state, pick).state;
    expect(isTraceDone(level, state)).toBe(true);
    expect(state.position).toBe('c');
    expect(state.evidence).toEqual(['e1', 'e2']);
    expect(pickStop(level, state, 'd').outcome.kind).toBe('ignored');
    const legs = completedLegs(level, state);
    expect(legs.map((l) => [l.from, l.to, l.certainty])).toEqual([
      ['a', 'b', 'inferred'],
      ['b', 'c', 'reported'],
      ['c', null, 'unknown'],
    ]);
    expect(legs[0]?.via).toEqual([[100, 52]]);
    expect(legs[2]?.toward).toEqual([129, 41]);
  });
});
