/** The report of an assignment, worked out from the student's answers and the content (see run.ts). */
import type { Level, Question } from '../content/schema.ts';
import { checkManifest, type ManifestResult } from '../manifest.ts';
import { scoreAnswer, type Answer, type Score } from '../quiz/answers.ts';
import { startQuiz, type QuizState } from '../quiz/session.ts';
import { percentOf, summarizeLevel, type LevelSummary } from '../scoring.ts';
import type { Assignment } from './link.ts';
import type { CaseRecord } from './run.ts';

export interface QuestionResult {
  readonly question: Question;
  /** Undefined when the question was not answered (the time ran out). */
  readonly answer: Answer | undefined;
  readonly score: Score;
  readonly hinted: boolean;
}

export interface CaseResult {
  readonly level: Level;
  readonly record: CaseRecord;
  readonly questions: readonly QuestionResult[];
  readonly manifest: ManifestResult | null;
  readonly summary: LevelSummary;
}

export interface AssignmentReport {
  readonly assignment: Assignment;
  readonly name: string;
  /** The cases played, in the assignment's order. */
  readonly cases: readonly CaseResult[];
  /** Assigned cases not played yet. */
  readonly missing: readonly string[];
  readonly points: number;
  readonly max: number;
  readonly percent: number;
  /** Every case played. */
  readonly complete: boolean;
  /** Complete, and at or above the pass mark. */
  readonly passed: boolean;
}

/** The quiz of an attempt as it was played: the seed gives the questions, the record the answers. */
export function replayQuiz(level: Level, record: CaseRecord): QuizState {
  const quiz = startQuiz(level, record.seed);
  const responses: QuizState['responses'] = {};
  for (const id of quiz.questionIds) {
    const question = level.questions.find((q) => q.id === id);
    const answer = record.answers[id];
    if (question && answer) Object.assign(responses, { [id]: { answer, score: scoreAnswer(question, answer) } });
  }
  return { ...quiz, responses, hints: record.hints.filter((id) => quiz.questionIds.includes(id)), index: quiz.questionIds.length };
}

export function caseResult(level: Level, record: CaseRecord): CaseResult {
  const quiz = replayQuiz(level, record);
  // A manifest never submitted (the time ran out first) scores nothing but still counts towards the maximum.
  const manifest = level.manifest ? checkManifest(level.manifest, record.manifest ?? {}) : null;
  const questions = quiz.questionIds.flatMap((id) => {
    const question = level.questions.find((q) => q.id === id);
    if (!question) return [];
    const response = quiz.responses[id];
    const score: Score = response?.score ?? { points: 0, max: question.points, verdict: 'wrong' };
    return [{ question, answer: response?.answer, score, hinted: quiz.hints.includes(id) }];
  });
  return { level, record, questions, manifest, summary: summarizeLevel(level, quiz, manifest) };
}

export function buildReport(assignment: Assignment, name: string, records: Readonly<Record<string, CaseRecord>>, levels: ReadonlyMap<string, Level>): AssignmentReport {
  const cases: CaseResult[] = [];
  const missing: string[] = [];
  for (const id of assignment.levels) {
    const level = levels.get(id);
    const record = records[id];
    if (level && record) cases.push(caseResult(level, record));
    else missing.push(id);
  }
  const points = cases.reduce((sum, c) => sum + c.summary.points, 0);
  const max = cases.reduce((sum, c) => sum + c.summary.max, 0);
  const percent = percentOf(points, max);
  const complete = missing.length === 0;
  return { assignment, name, cases, missing, points, max, percent, complete, passed: complete && percent >= assignment.passPercent };
}
