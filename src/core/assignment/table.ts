/** The rows of a report as a table (for the CSV downloads and the teacher's class table), in any language. */
import type { Question } from '../content/schema.ts';
import type { Answer, Verdict } from '../quiz/answers.ts';
import type { Cell } from '../report/csv.ts';
import type { AssignmentReport } from './report.ts';

/** The words of a table, from the UI's translations and the cases' text. */
export interface TableText {
  readonly header: (column: string) => string;
  readonly caseTitle: (levelId: string) => string;
  readonly prompt: (levelId: string, question: Question) => string;
  /** The answer in words; an empty string when there is none. */
  readonly answer: (levelId: string, question: Question, answer: Answer | undefined) => string;
  readonly verdict: (verdict: Verdict | 'not-answered') => string;
  readonly yesNo: (value: boolean) => string;
}

export const ANSWER_COLUMNS = ['student', 'class', 'case', 'number', 'question', 'answer', 'result', 'points', 'max', 'hint'] as const;

/** One row per question asked, for every report given. */
export function answerRows(reports: readonly AssignmentReport[], text: TableText): Cell[][] {
  const rows: Cell[][] = [ANSWER_COLUMNS.map(text.header)];
  for (const report of reports) {
    for (const c of report.cases) {
      for (const [i, q] of c.questions.entries()) {
        rows.push([
          report.name,
          report.assignment.classLabel ?? '',
          text.caseTitle(c.level.id),
          i + 1,
          text.prompt(c.level.id, q.question),
          text.answer(c.level.id, q.question, q.answer),
          text.verdict(q.answer ? q.score.verdict : 'not-answered'),
          q.score.points,
          q.score.max,
          text.yesNo(q.hinted),
        ]);
      }
    }
  }
  return rows;
}

/** One row per student: each case's percentage (empty where not played), the total, and pass or fail. */
export function summaryRows(reports: readonly AssignmentReport[], levelIds: readonly string[], text: TableText): Cell[][] {
  const rows: Cell[][] = [[text.header('student'), text.header('class'), ...levelIds.map(text.caseTitle), text.header('total'), text.header('passed')]];
  for (const report of reports) {
    const percents = levelIds.map((id) => report.cases.find((c) => c.level.id === id)?.summary.percent ?? null);
    rows.push([report.name, report.assignment.classLabel ?? '', ...percents, report.percent, text.yesNo(report.passed)]);
  }
  return rows;
}
