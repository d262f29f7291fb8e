/**
 * The level flow: briefing → trace → quiz → results. A pure reducer, so that the
 * HTML UI and the map only render its state and forward the player's input.
 */
import type { Level } from './content/schema.ts';
import type { Answer } from './quiz/answers.ts';
import { advance, answerCurrent, isQuizDone, startQuiz, summarizeQuiz, type QuizState, type QuizSummary } from './quiz/session.ts';
import { isTraceDone, pickStop, startTrace, type PickOutcome, type TraceState } from './trace.ts';

export type Phase = 'briefing' | 'trace' | 'quiz' | 'results';

export interface PlayState {
  readonly phase: Phase;
  readonly seed: number;
  readonly trace: TraceState;
  readonly quiz: QuizState;
}

export type PlayAction =
  | { readonly type: 'begin-trace' }
  | { readonly type: 'pick'; readonly place: string }
  | { readonly type: 'begin-quiz' }
  | { readonly type: 'answer'; readonly answer: Answer }
  | { readonly type: 'next-question' }
  | { readonly type: 'replay'; readonly seed: number };

export type PlayOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'pick'; readonly pick: PickOutcome }
  | { readonly kind: 'finished'; readonly summary: QuizSummary };

export function startPlay(level: Level, seed: number): PlayState {
  return { phase: 'briefing', seed, trace: startTrace(level), quiz: startQuiz(level, seed) };
}

const unchanged = (state: PlayState) => ({ state, outcome: { kind: 'none' } as const });

export function playReducer(level: Level, state: PlayState, action: PlayAction): { state: PlayState; outcome: PlayOutcome } {
  switch (action.type) {
    case 'begin-trace':
      return state.phase === 'briefing' ? { state: { ...state, phase: 'trace' }, outcome: { kind: 'none' } } : unchanged(state);
    case 'pick': {
      if (state.phase !== 'trace') return unchanged(state);
      const { state: trace, outcome } = pickStop(level, state.trace, action.place);
      return { state: { ...state, trace }, outcome: { kind: 'pick', pick: outcome } };
    }
    case 'begin-quiz':
      return state.phase === 'trace' && isTraceDone(level, state.trace) ? { state: { ...state, phase: 'quiz' }, outcome: { kind: 'none' } } : unchanged(state);
    case 'answer':
      return state.phase === 'quiz' ? { state: { ...state, quiz: answerCurrent(level, state.quiz, action.answer) }, outcome: { kind: 'none' } } : unchanged(state);
    case 'next-question': {
      if (state.phase !== 'quiz') return unchanged(state);
      const quiz = advance(level, state.quiz);
      if (!isQuizDone(quiz)) return { state: { ...state, quiz }, outcome: { kind: 'none' } };
      return { state: { ...state, quiz, phase: 'results' }, outcome: { kind: 'finished', summary: summarizeQuiz(level, quiz) } };
    }
    case 'replay':
      return { state: startPlay(level, action.seed), outcome: { kind: 'none' } };
  }
}
