/** Which sounds a step of play asks for: worked out from the state before and after, so it can be tested. */
import { legSound, verdictSound, type SoundId } from './audio.ts';
import type { Level } from './content/schema.ts';
import type { PlayOutcome, PlayState } from './flow.ts';
import { currentQuestion } from './quiz/session.ts';

export function cuesFor(level: Level, before: PlayState, after: PlayState, outcome: PlayOutcome): SoundId[] {
  if (outcome.kind === 'pick') {
    if (outcome.pick.kind === 'wrong') return ['wrong'];
    if (outcome.pick.kind === 'correct') return [legSound(outcome.pick.step.mode)];
    return [];
  }
  if (outcome.kind === 'finished') return ['complete'];
  if (after.manifest && !before.manifest) return [verdictSound(after.manifest.score.verdict)];
  if (after.quiz.hints.length > before.quiz.hints.length) return ['hint'];
  const question = currentQuestion(level, after.quiz);
  const answered = question && !before.quiz.responses[question.id] ? after.quiz.responses[question.id] : undefined;
  return answered ? [verdictSound(answered.score.verdict)] : [];
}
