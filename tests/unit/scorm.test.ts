/**
 * The SCORM connection against a real runtime: scorm-again's 1.2 and 2004 APIs, which run in Node as
 * they are (no window needed) and check every value they are given against the standard's formats.
 * Reports come from the project's own cases, played with answers right, wrong and partly right.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/content-check.ts';
import { matchList } from '../../src/core/assignment/compactAnswer.ts';
import type { Assignment } from '../../src/core/assignment/link.ts';
import { buildReport, type AssignmentReport } from '../../src/core/assignment/report.ts';
import type { CaseRecord } from '../../src/core/assignment/run.ts';
import type { Level, Question, Verdict } from '../../src/core/content/schema.ts';
import { VERDICTS } from '../../src/core/content/verdicts.ts';
import { connectScormApi, manifestInteractionId, questionInteractionId, type ScormApi, type ScormProblem } from '../../src/core/lms/scorm.ts';
import { correctAnswer, type Answer } from '../../src/core/quiz/answers.ts';
import { startQuiz } from '../../src/core/quiz/session.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const levels: ReadonlyMap<string, Level> = new Map(checkContent(root).levels.map((l) => [l.id, l]));
const level = (id: string) => levels.get(id) as Level;

const assignmentOf = (ids: readonly string[], passPercent = 70): Assignment => ({ levels: ids, hints: true, extraPercent: 0, passPercent });

type Kind = 'right' | 'wrong' | 'partial';

/** An answer of the question's own type that is right, wrong (0 points) or partly right (where the type allows). */
function answerOf(q: Question, kind: Kind): Answer {
  if (kind === 'right') return correctAnswer(q);
  const other = (list: readonly string[], right: string) => list.find((x) => x !== right) as string;
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: other(q.options, q.answer) };
    case 'map-pick':
      return { type: 'map-pick', place: other(q.options, q.answer) };
    case 'numeric':
      return { type: 'numeric', value: q.answer + q.tolerance + 0.5 };
    case 'multiple':
      return { type: 'multiple', choices: kind === 'partial' && q.answers.length > 1 ? [q.answers[0] as string] : [q.options.find((o) => !q.answers.includes(o)) as string] };
    case 'ordering':
      return { type: 'ordering', order: kind === 'partial' ? [q.items[1] as string, q.items[0] as string, ...q.items.slice(2)] : [...q.items].reverse() };
    case 'matching': {
      const matches = matchList(q);
      return { type: 'matching', matches: Object.fromEntries(q.pairs.map((p, i) => [p.item, kind === 'partial' && i === 0 ? p.match : other(matches, p.match)])) };
    }
    case 'detective':
      return { type: 'detective', verdict: kind === 'partial' ? q.verdict : (other(VERDICTS, q.verdict) as Verdict), reason: other(q.reasons, q.reason) };
  }
}

const KINDS: readonly Kind[] = ['right', 'wrong', 'partial'];

/** A case played with the answers going right, wrong, partly right in turn, and the manifest right. */
function play(id: string, seed = 7, kinds: readonly Kind[] = KINDS): CaseRecord {
  const lvl = level(id);
  const asked = startQuiz(lvl, seed).questionIds.map((qid) => lvl.questions.find((q) => q.id === qid) as Question);
  const answers = Object.fromEntries(asked.map((q, i) => [q.id, answerOf(q, kinds[i % kinds.length] as Kind)]));
  const manifest = lvl.manifest ? Object.fromEntries(lvl.manifest.items.map((i) => [i.id, i.quantity ?? null])) : null;
  return { seed, answers, hints: [], manifest, timedOut: false };
}

const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ch = (list: readonly string[], id: string) => CHARS[list.indexOf(id)] as string;

/** An answer as SCORM 1.2 writes it: each entry one character (its position), "," between, "." in a pair. */
function response12(q: Question, a: Answer): string {
  switch (a.type) {
    case 'single':
      return ch((q as { options: string[] }).options, a.choice);
    case 'map-pick':
      return ch((q as { options: string[] }).options, a.place);
    case 'multiple':
      return a.choices.map((c) => ch((q as { options: string[] }).options, c)).join(',');
    case 'ordering':
      return a.order.map((item) => ch((q as { items: string[] }).items, item)).join(',');
    case 'numeric':
      return String(a.value);
    case 'matching': {
      const mq = q as Question & { type: 'matching' };
      return mq.pairs.map((p, i) => `${CHARS[i]}.${ch(matchList(mq), a.matches[p.item] as string)}`).join(',');
    }
    case 'detective': {
      const reasons = (q as { reasons: string[] }).reasons;
      return `a.${ch([...VERDICTS], a.verdict)},b.${ch([...VERDICTS, ...reasons], a.reason)}`;
    }
  }
}

/** An answer as SCORM 2004 writes it: content ids, "[,]" between, "[.]" in a pair. */
function response2004(q: Question, a: Answer): string {
  switch (a.type) {
    case 'single':
      return a.choice;
    case 'map-pick':
      return a.place;
    case 'multiple':
      return a.choices.join('[,]');
    case 'ordering':
      return a.order.join('[,]');
    case 'numeric':
      return String(a.value);
    case 'matching':
      return (q as Question & { type: 'matching' }).pairs.map((p) => `${p.item}[.]${a.matches[p.item]}`).join('[,]');
    case 'detective':
      return `verdict[.]${a.verdict}[,]reason[.]${a.reason}`;
  }
}

const TYPES: Readonly<Record<Question['type'], string>> = { single: 'choice', multiple: 'choice', 'map-pick': 'choice', ordering: 'sequencing', numeric: 'numeric', matching: 'matching', detective: 'matching' };

interface Interaction {
  readonly id: string;
  readonly type: string;
  readonly weighting: string;
  readonly result: string;
  readonly student_response?: string;
  readonly learner_response?: string;
  readonly correct_responses: Record<string, { pattern: string }>;
}

/** The parts of the data model (1.2 and 2004) the tests read directly. */
interface CmiData {
  readonly interactions: Record<string, Interaction>;
  readonly suspend_data: string;
  readonly exit?: string;
  readonly session_time?: string;
  readonly success_status?: string;
  readonly core?: { readonly exit: string; readonly session_time: string; readonly lesson_status: string };
}

/** The runtime's data model as plain JSON, as an LMS would store it. */
const dataOf = (api: Scorm12API | Scorm2004API) => JSON.parse(JSON.stringify(api.cmi)) as CmiData;

function connect(runtime: ScormApi, clock = { t: 0 }) {
  const problems: ScormProblem[] = [];
  const connection = connectScormApi(runtime, { onProblem: (p) => problems.push(p), now: () => clock.t });
  if (!connection) throw new Error(`no connection: ${JSON.stringify(problems)}`);
  return { connection, problems, clock };
}

/** Plays the assignment's cases in turn, telling the LMS after each: the report after each case. */
async function playAll(connection: ReturnType<typeof connect>['connection'], assignment: Assignment, records: Readonly<Record<string, CaseRecord>>): Promise<AssignmentReport[]> {
  const reports: AssignmentReport[] = [];
  const done: Record<string, CaseRecord> = {};
  for (const id of assignment.levels) {
    done[id] = records[id] as CaseRecord;
    const report = buildReport(assignment, 'Jane Doe', done, levels);
    reports.push(report);
    await connection.caseFinished(report, report.cases.at(-1) as AssignmentReport['cases'][number], `CODE-${id}`);
  }
  return reports;
}

/** Each interaction against the case results it reports: id, type, weighting, response, result, correct pattern. */
function expectInteractions(interactions: readonly Interaction[], report: AssignmentReport, version: '1.2' | '2004') {
  const expected = report.cases.flatMap((c) => [
    ...c.questions.map((r) => ({ id: questionInteractionId(c.level.id, r.question.id), question: r.question as Question | null, answer: r.answer, score: r.score })),
    ...(c.manifest ? [{ id: manifestInteractionId(c.level.id), question: null, answer: undefined, score: c.manifest.score }] : []),
  ]);
  expect(interactions.map((i) => i.id)).toEqual(expected.map((e) => (version === '1.2' ? e.id : `urn:follow-the-shipment:${e.id}`)));
  const results = new Set<string>();
  for (const [n, e] of expected.entries()) {
    const i = interactions[n] as Interaction;
    results.add(i.result);
    expect(i.weighting).toBe(String(e.score.max));
    const points = String(e.score.points);
    expect(i.result).toBe(e.score.verdict === 'right' ? 'correct' : e.score.verdict === 'wrong' ? (version === '1.2' ? 'wrong' : 'incorrect') : points);
    if (!e.question) {
      expect(i.type).toBe('choice');
      continue;
    }
    const q = e.question;
    expect(i.type).toBe(TYPES[q.type]);
    const write = version === '1.2' ? response12 : response2004;
    expect(version === '1.2' ? i.student_response : i.learner_response).toBe(write(q, e.answer as Answer));
    const correct = q.type === 'numeric' && version === '2004' ? `${q.answer - q.tolerance}[:]${q.answer + q.tolerance}` : write(q, correctAnswer(q));
    expect(i.correct_responses['0']?.pattern).toBe(correct);
  }
  // The answers played were right, wrong and partly right: all three kinds of result were written.
  expect(new Set([...results].map((r) => (/^\d/.test(r) ? 'points' : r)))).toEqual(new Set(['correct', version === '1.2' ? 'wrong' : 'incorrect', 'points']));
}

const CASES = ['horse-train-2022', 'vip-flight'] as const;

describe('SCORM 1.2', () => {
  test('reads the launch, then reports each case in strict 1.2 formats and ends passed or failed against the mastery score', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromFlattenedJSON({ 'cmi.core.student_name': 'Doe, Jane', 'cmi.student_preference.language': 'ko', 'cmi.launch_data': 'v=1&cases=vip-flight&pass=70', 'cmi.student_data.mastery_score': '40', 'cmi.core.entry': 'ab-initio' });
    const { connection, problems, clock } = connect({ version: '1.2', api });
    expect(connection).toMatchObject({ kind: 'scorm-1.2', learnerName: 'Jane Doe', language: 'ko', launchQuery: 'v=1&cases=vip-flight&pass=70', resumeCode: undefined });
    expect(api.cmi.core.lesson_status).toBe('incomplete');

    const assignment = assignmentOf(CASES, 90);
    const reports = await playAll(connection, assignment, Object.fromEntries(CASES.map((id) => [id, play(id)])));
    const final = reports.at(-1) as AssignmentReport;
    let data = dataOf(api);
    expect(data).toMatchObject({ suspend_data: 'CODE-vip-flight', core: { lesson_status: 'incomplete', exit: 'suspend', score: { raw: String(final.percent), min: '0', max: '100' } } });
    const interactions = Object.values(data.interactions);
    expectInteractions(interactions, final, '1.2');
    for (const i of interactions) {
      // CMIIdentifier as strict LMSes read it, and each response in its type's CMIFeedback format.
      expect(i.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
      const format = { choice: /^[0-9a-z](,[0-9a-z])*$/, sequencing: /^[0-9a-z](,[0-9a-z])*$/, matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/, numeric: /^-?\d+(\.\d+)?$/ }[i.type];
      expect(i.student_response).toMatch(format as RegExp);
      expect(i.correct_responses['0']?.pattern).toMatch(format as RegExp);
    }

    clock.t = 3_725_000;
    await connection.assignmentFinished(final);
    data = dataOf(api);
    // Below the assignment's 90 but above the LMS's own mastery score of 40: the LMS's mark decides.
    expect(final.percent).toBeLessThan(90);
    expect(final.percent).toBeGreaterThanOrEqual(40);
    expect(data).toMatchObject({ core: { lesson_status: 'passed', exit: '', session_time: '01:02:05', score: { raw: String(final.percent) } } });
    expect(api.isTerminated()).toBe(true);
    expect(problems).toEqual([]);
    expect(api.LMSGetLastError()).toBe('0');
  });

  test('a suspend data too long for 1.2 (4096 characters) keeps the last code that fitted, and says so', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    const { connection, problems } = connect({ version: '1.2', api });
    const assignment = assignmentOf(CASES);
    const records = Object.fromEntries(CASES.map((id) => [id, play(id)]));
    const first = buildReport(assignment, '', { [CASES[0]]: records[CASES[0]] as CaseRecord }, levels);
    await connection.caseFinished(first, first.cases[0] as AssignmentReport['cases'][number], 'A'.repeat(4096));
    const second = buildReport(assignment, '', records, levels);
    await connection.caseFinished(second, second.cases[1] as AssignmentReport['cases'][number], 'B'.repeat(4097));
    expect(api.cmi.suspend_data).toBe('A'.repeat(4096));
    expect(problems).toEqual([expect.objectContaining({ element: 'cmi.suspend_data', code: 'too-long' })]);
  });
});

describe('SCORM 2004', () => {
  test('reads the launch, resumes from suspend data, reports each case in 2004 formats and ends against the scaled passing score', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromFlattenedJSON({ 'cmi.learner_name': 'Doe, Jane', 'cmi.learner_preference.language': 'uk', 'cmi.launch_data': '#/assignment?v=1&cases=vip-flight', 'cmi.scaled_passing_score': '0.95', 'cmi.entry': 'resume', 'cmi.suspend_data': 'FTS1-EARLIER' });
    const { connection, problems, clock } = connect({ version: '2004', api });
    expect(connection).toMatchObject({ kind: 'scorm-2004', learnerName: 'Jane Doe', language: 'uk', launchQuery: 'v=1&cases=vip-flight', resumeCode: 'FTS1-EARLIER' });

    const assignment = assignmentOf(CASES, 10);
    const records = Object.fromEntries(CASES.map((id) => [id, play(id)]));
    const reports = await playAll(connection, assignment, records);
    const final = reports.at(-1) as AssignmentReport;
    let data = dataOf(api);
    // The scaled score waits for the end: the LMS would judge success from it (and say "passed" too early).
    expect(data).toMatchObject({ suspend_data: 'CODE-vip-flight', completion_status: 'incomplete', exit: 'suspend', progress_measure: '1', score: { scaled: '', raw: String(final.percent), min: '0', max: '100' } });
    expectInteractions(Object.values(data.interactions), final, '2004');
    expect(api.GetValue('cmi.success_status')).toBe('unknown');

    clock.t = 125_000;
    await connection.assignmentFinished(final);
    data = dataOf(api);
    // Above the assignment's 10 but below the LMS's 0.95: failed.
    expect(final.percent).toBeLessThan(95);
    expect(data).toMatchObject({ completion_status: 'completed', success_status: 'failed', exit: 'normal', session_time: 'PT0H2M5S', score: { scaled: String(final.percent / 100), raw: String(final.percent) } });
    expect(api.isTerminated()).toBe(true);
    expect(problems).toEqual([]);
    expect(api.GetLastError()).toBe('0');
  });

  test('after one case: progress as a share of the cases, no success status yet, and a code longer than 1.2 allows kept', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const { connection, problems } = connect({ version: '2004', api });
    const assignment = assignmentOf(CASES);
    const report = buildReport(assignment, '', { [CASES[0]]: play(CASES[0]) }, levels);
    await connection.caseFinished(report, report.cases[0] as AssignmentReport['cases'][number], 'C'.repeat(5000));
    expect(dataOf(api)).toMatchObject({ progress_measure: '0.5', suspend_data: 'C'.repeat(5000), completion_status: 'incomplete', success_status: 'unknown' });
    expect(problems).toEqual([]);
  });
});

describe.each([
  ['1.2', () => new Scorm12API({ logLevel: 5 })],
  ['2004', () => new Scorm2004API({ logLevel: 5 })],
] as const)('SCORM %s', (version, make) => {
  const runtime = (api: Scorm12API | Scorm2004API) => ({ version, api }) as ScormApi;
  const status = (api: Scorm12API | Scorm2004API) => {
    const data = dataOf(api);
    return data.core?.lesson_status ?? data.success_status;
  };

  test('without a mastery score from the LMS, the assignment’s pass mark decides', async () => {
    const records = Object.fromEntries(CASES.map((id) => [id, play(id)]));
    const percent = buildReport(assignmentOf(CASES), '', records, levels).percent;
    for (const [pass, expected] of [
      [percent, 'passed'],
      [percent + 1, 'failed'],
    ] as const) {
      const api = make();
      const { connection, problems } = connect(runtime(api));
      const reports = await playAll(connection, assignmentOf(CASES, pass), records);
      await connection.assignmentFinished(reports.at(-1) as AssignmentReport);
      expect(status(api)).toBe(expected);
      expect(problems).toEqual([]);
    }
  });

  test('suspend keeps the place and ends the session; once ended, nothing more is sent', async () => {
    const api = make();
    const { connection, problems, clock } = connect(runtime(api));
    const assignment = assignmentOf(CASES);
    const report = buildReport(assignment, '', { [CASES[0]]: play(CASES[0]) }, levels);
    await connection.caseFinished(report, report.cases[0] as AssignmentReport['cases'][number], 'FTS1-SOFAR');
    clock.t = 61_000;
    connection.suspend();
    const data = dataOf(api);
    expect(data.suspend_data).toBe('FTS1-SOFAR');
    expect(data.core?.exit ?? data.exit).toBe('suspend');
    expect(data.core?.session_time ?? data.session_time).toBe(version === '1.2' ? '00:01:01' : 'PT0H1M1S');
    expect(api.isTerminated()).toBe(true);
    const count = Object.keys(dataOf(api).interactions).length;
    await connection.caseFinished(report, report.cases[0] as AssignmentReport['cases'][number], 'LATER');
    await connection.assignmentFinished(report);
    connection.suspend();
    expect(Object.keys(dataOf(api).interactions)).toHaveLength(count);
    expect(dataOf(api).suspend_data).toBe('FTS1-SOFAR');
    expect(problems).toEqual([]);
  });

  test('a question left unanswered (time ran out) is wrong, with no response', async () => {
    const api = make();
    const { connection, problems } = connect(runtime(api));
    const record = { ...play(CASES[1]), answers: {}, timedOut: true };
    const report = buildReport(assignmentOf([CASES[1]]), '', { [CASES[1]]: record }, levels);
    await connection.caseFinished(report, report.cases[0] as AssignmentReport['cases'][number], 'X');
    const interactions = Object.values(dataOf(api).interactions);
    expect(interactions.length).toBeGreaterThan(0);
    for (const i of interactions) {
      expect(i.result).toBe(version === '1.2' ? 'wrong' : 'incorrect');
      expect(i.student_response ?? i.learner_response).toBe('');
    }
    expect(problems).toEqual([]);
  });
});

describe('an LMS that misbehaves never stops the game', () => {
  const noop12 = { LMSInitialize: () => 'true', LMSFinish: () => 'true', LMSGetValue: () => '', LMSSetValue: () => 'true', LMSCommit: () => 'true', LMSGetLastError: () => '0', LMSGetErrorString: () => '' };

  test('a refused Initialize gives no connection, and says why', () => {
    const problems: ScormProblem[] = [];
    const api = { ...noop12, LMSInitialize: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: (code: string) => `General exception (${code})` };
    expect(connectScormApi({ version: '1.2', api }, { onProblem: (p) => problems.push(p) })).toBeNull();
    expect(problems).toEqual([{ call: 'Initialize', code: '101', message: 'General exception (101)' }]);
  });

  test('refused values and calls that throw are reported, not thrown; an interaction whose id is refused is skipped', async () => {
    const problems: ScormProblem[] = [];
    const set: string[] = [];
    const api = {
      ...noop12,
      LMSGetValue: (element: string) => {
        if (element === 'cmi.core.student_name') throw new Error('cross-origin');
        return '';
      },
      LMSSetValue: (element: string) => {
        set.push(element);
        return element.endsWith('.id') ? 'false' : true;
      },
      LMSGetLastError: () => '405',
      LMSCommit: () => {
        throw new Error('network');
      },
    };
    const connection = connectScormApi({ version: '1.2', api }, { onProblem: (p) => problems.push(p) });
    expect(connection?.learnerName).toBeUndefined();
    const report = buildReport(assignmentOf([CASES[1]]), '', { [CASES[1]]: play(CASES[1]) }, levels);
    await expect(connection?.caseFinished(report, report.cases[0] as AssignmentReport['cases'][number], 'X')).resolves.toBeUndefined();
    expect(() => connection?.suspend()).not.toThrow();
    expect(set.filter((e) => e.startsWith('cmi.interactions.') && !e.endsWith('.id'))).toEqual([]);
    expect(problems).toContainEqual({ call: 'GetValue', element: 'cmi.core.student_name', code: 'exception', message: 'Error: cross-origin' });
    expect(problems).toContainEqual({ call: 'SetValue', element: 'cmi.interactions.0.id', code: '405', message: '' });
    expect(problems).toContainEqual({ call: 'Commit', code: 'exception', message: 'Error: network' });
  });
});
