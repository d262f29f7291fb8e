/**
 * The loop of a case: briefing → trace → manifest (when the level has one) →
 * quiz → results. A pure reducer: the HTML UI and the map only render its state
 * and forward the player's input.
 */
import type { Level } from './content/schema.ts';
import { checkManifest, type ManifestAnswer, type ManifestResult } from './manifest.ts';
import type { Answer } from './quiz/answers.ts';
import { advance, answerCurrent, isQuizDone, startQuiz, takeHint, type QuizState } from './quiz/session.ts';
import { summarizeLevel, type LevelSummary } from './scoring.ts';
import { isTraceDone, pickStop, startTrace, type PickOutcome, type TraceState } from './trace.ts';

export type Phase = 'briefing' | 'trace' | 'manifest' | 'quiz' | 'results';

export interface PlayState {
  readonly phase: Phase;
  readonly seed: number;
  readonly trace: TraceState;
  /** Set once the player has submitted the manifest. */
  readonly manifest: ManifestResult | null;
  readonly quiz: QuizState;
}

export type PlayAction =
  | { readonly type: 'begin-trace' }
  | { readonly type: 'pick'; readonly place: string }
  /** Leaves the finished trace: to the manifest, or straight to the quiz if the level has none. */
  | { readonly type: 'end-trace' }
  | { readonly type: 'submit-manifest'; readonly answer: ManifestAnswer }
  | { readonly type: 'begin-quiz' }
  | { readonly type: 'hint' }
  | { readonly type: 'answer'; readonly answer: Answer }
  | { readonly type: 'next-question' }
  | { readonly type: 'replay'; readonly seed: number }
  /** An assignment's time limit ran out: the case ends here, unanswered questions score nothing. */
  | { readonly type: 'time-up' };

export type PlayOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'pick'; readonly pick: PickOutcome }
  | { readonly kind: 'finished'; readonly summary: LevelSummary };

/** The phases a level goes through, in order. */
export function phasesOf(level: Level): readonly Phase[] {
  return level.manifest ? ['briefing', 'trace', 'manifest', 'quiz', 'results'] : ['briefing', 'trace', 'quiz', 'results'];
}

export function startPlay(level: Level, seed: number): PlayState {
  return { phase: 'briefing', seed, trace: startTrace(level), manifest: null, quiz: startQuiz(level, seed) };
}

const none = { kind: 'none' } as const;

function next(level: Level, state: PlayState, action: PlayAction): PlayState | { state: PlayState; outcome: PlayOutcome } {
  switch (action.type) {
    case 'begin-trace':
      return state.phase === 'briefing' ? { ...state, phase: 'trace' } : state;
    case 'pick': {
      if (state.phase !== 'trace') return state;
      const { state: trace, outcome } = pickStop(level, state.trace, action.place);
      return { state: { ...state, trace }, outcome: { kind: 'pick', pick: outcome } };
    }
    case 'end-trace':
      if (state.phase !== 'trace' || !isTraceDone(level, state.trace)) return state;
      return { ...state, phase: level.manifest ? 'manifest' : 'quiz' };
    case 'submit-manifest':
      if (state.phase !== 'manifest' || !level.manifest || state.manifest) return state;
      return { ...state, manifest: checkManifest(level.manifest, action.answer) };
    case 'begin-quiz':
      return state.phase === 'manifest' && state.manifest ? { ...state, phase: 'quiz' } : state;
    case 'hint':
      return state.phase === 'quiz' ? { ...state, quiz: takeHint(level, state.quiz) } : state;
    case 'answer':
      return state.phase === 'quiz' ? { ...state, quiz: answerCurrent(level, state.quiz, action.answer) } : state;
    case 'next-question': {
      if (state.phase !== 'quiz') return state;
      const quiz = advance(level, state.quiz);
      if (!isQuizDone(quiz)) return { ...state, quiz };
      const done: PlayState = { ...state, quiz, phase: 'results' };
      return { state: done, outcome: { kind: 'finished', summary: summarizeLevel(level, quiz, state.manifest) } };
    }
    case 'replay':
      return startPlay(level, action.seed);
    case 'time-up': {
      if (state.phase === 'results') return state;
      // A manifest never submitted scores nothing but still counts, as an unanswered question does.
      const manifest = state.manifest ?? (level.manifest ? checkManifest(level.manifest, {}) : null);
      const done: PlayState = { ...state, manifest, phase: 'results' };
      return { state: done, outcome: { kind: 'finished', summary: summarizeLevel(level, state.quiz, manifest) } };
    }
  }
}

export function playReducer(level: Level, state: PlayState, action: PlayAction): { state: PlayState; outcome: PlayOutcome } {
  const result = next(level, state, action);
  return 'outcome' in result ? result : { state: result, outcome: none };
}
