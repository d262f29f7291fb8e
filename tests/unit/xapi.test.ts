/** xAPI and cmi5 statements of an assignment, built from real reports and checked by an xAPI validator; cmi5 launch parameters. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/content-check.ts';
import type { Assignment } from '../../src/core/assignment/link.ts';
import { buildReport } from '../../src/core/assignment/report.ts';
import type { CaseRecord } from '../../src/core/assignment/run.ts';
import type { Level, Question } from '../../src/core/content/schema.ts';
import { readAttemptState, readCmi5Launch, readLaunchData, readLearnerPreferences } from '../../src/core/lms/cmi5.ts';
import {
  answeredStatements,
  assignmentActivity,
  CMI5_IRIS,
  deviceAgent,
  hintedExtension,
  initializedStatement,
  isoDuration,
  outcomeStatements,
  terminatedStatement,
  verbIri,
  type Agent,
  type Clock,
  type Cmi5Session,
  type Statement,
  type XapiSession,
} from '../../src/core/lms/xapi.ts';
import { correctAnswer } from '../../src/core/quiz/answers.ts';
import { startQuiz } from '../../src/core/quiz/session.ts';

// The validator is CommonJS with its function as `exports.default`.
const { default: validate } = createRequire(import.meta.url)('@learninglocker/xapi-validation') as { default: typeof validateStatement };
/** The validator's warnings, as "Warning at statement.path" (none for a valid statement). */
const problems = (statement: unknown) => validate(statement).map((w) => `${w.constructor.name} at ${w.path.join('.')}`);

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const levels = new Map<string, Level>(checkContent(root).levels.map((l) => [l.id, l]));

const GAME = 'https://school.example/shipment/';
const REGISTRATION = 'ec531277-b57b-4c15-8d91-d292c5b2b8f7';
const SESSION_ID = '458bc94a-c3d3-4f5b-a5d5-62e4b9c0e3f2';
const PUBLISHER = 'https://publisher.example/au/follow-the-shipment';
const AU = 'https://lms.example/course/7/au/1';
const actor: Agent = { objectType: 'Agent', name: 'Anna Lee', account: { homePage: 'https://lms.example', name: 'learner-17' } };

/**
 * Every case once: the first question hinted, every question right except that an ordering is given
 * backwards and, when `timedOut`, the last one is left unanswered.
 */
function record(level: Level, seed: number, timedOut: boolean): CaseRecord {
  const asked = startQuiz(level, seed).questionIds.map((id) => level.questions.find((q) => q.id === id) as Question);
  const answers = Object.fromEntries(
    (timedOut ? asked.slice(0, -1) : asked).map((q) => [q.id, q.type === 'ordering' ? { type: 'ordering' as const, order: [...q.items].reverse() } : correctAnswer(q)]),
  );
  return { seed, answers, hints: asked[0] ? [asked[0].id] : [], manifest: level.manifest ? {} : null, timedOut };
}

const ALL: Assignment = { levels: [...levels.keys()], hints: true, extraPercent: 0, passPercent: 60, classLabel: '9B' };
const report = (assignment: Assignment = ALL, played = assignment.levels) =>
  buildReport(assignment, 'Anna Lee', Object.fromEntries(played.map((id, i) => [id, record(levels.get(id) as Level, i + 1, i % 3 === 0)])), levels);

/** Ids 1, 2, 3… as UUIDs, one second apart from the session's start. */
function testClock(): Clock {
  let n = 0;
  let t = Date.parse('2026-11-23T10:00:00.000Z');
  return {
    now: () => new Date((t += 1000)),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

const cmi5 = (overrides: Partial<Cmi5Session> = {}): Cmi5Session => ({
  registration: REGISTRATION,
  contextTemplate: { contextActivities: { grouping: [{ id: PUBLISHER }] }, extensions: { [CMI5_IRIS.sessionId]: SESSION_ID } },
  launchMode: 'Normal',
  ...overrides,
});
const cmi5Session = (overrides: Partial<Cmi5Session> = {}): XapiSession => ({
  actor,
  activity: { objectType: 'Activity', id: AU },
  gameIri: GAME,
  started: new Date('2026-11-23T10:00:00.000Z'),
  cmi5: cmi5(overrides),
});
const lrsSession = (assignment: Assignment = ALL): XapiSession => ({
  actor: deviceAgent('https://school.example', 'c7b4ae4e-0d5e-4a4c-9e55-7c4b1e8f2a10', 'Anna Lee'),
  activity: assignmentActivity(GAME, assignment),
  gameIri: GAME,
  started: new Date('2026-11-23T10:00:00.000Z'),
});

/** A whole session, as the game sends it. */
function session(s: XapiSession, r = report()): Statement[] {
  const clock = testClock();
  return [initializedStatement(s, clock), ...r.cases.flatMap((c) => answeredStatements(s, c, clock)), ...outcomeStatements(s, r, clock), terminatedStatement(s, clock)];
}

const verbs = (statements: readonly Statement[]) => statements.map((s) => s.verb.id.split('/').pop());
const categories = (s: Statement) => (s.context.contextActivities?.category ?? []).map((a) => a.id);

describe('xAPI statements of an assignment', () => {
  test.each([
    ['cmi5', cmi5Session()],
    ["a teacher's LRS", lrsSession()],
  ])('every statement of a whole assignment is valid xAPI 1.0.3 (%s)', (_, s) => {
    const statements = session(s);
    const r = report();
    const asked = r.cases.reduce((n, c) => n + c.questions.length, 0);
    expect(verbs(statements)).toEqual(['initialized', ...Array<string>(asked).fill('answered'), r.passed ? 'passed' : 'failed', 'completed', 'terminated']);
    for (const statement of statements) expect(problems(statement), `${statement.verb.id} ${statement.object.id}`).toEqual([]);
    expect(new Set(statements.map((st) => st.id)).size).toBe(statements.length);
  });

  test('the validator does catch what is wrong', () => {
    const [initialized] = session(cmi5Session());
    expect(problems({ ...initialized, context: { ...initialized?.context, registration: 'not-a-uuid' } })).not.toEqual([]);
    expect(problems({ ...initialized, result: { duration: '12 seconds' } })).not.toEqual([]);
  });

  test('one answered per question asked: its score, success, response, interaction type and hint', () => {
    const r = report();
    const s = lrsSession();
    const types = new Set<string>();
    for (const c of r.cases) {
      const statements = answeredStatements(s, c, testClock());
      expect(statements.map((st) => st.object.id)).toEqual(c.questions.map((q) => `${GAME}#/play/${c.level.id}/${q.question.id}`));
      for (const [i, { question, answer, score, hinted }] of c.questions.entries()) {
        const { result, object, context } = statements[i] as Statement;
        expect(result).toMatchObject({ success: score.verdict === 'right', score: { raw: score.points, min: 0, max: score.max, scaled: score.points / score.max } });
        expect(result?.extensions?.[hintedExtension(GAME)]).toBe(hinted);
        expect(object.definition?.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
        types.add(`${question.type}→${object.definition?.interactionType}`);
        expect(context.contextActivities).toEqual({ parent: [{ objectType: 'Activity', id: s.activity.id }], grouping: [{ objectType: 'Activity', id: `${GAME}#/play/${c.level.id}` }] });
        if (answer === undefined) expect(result?.response).toBeUndefined();
        // A right answer's response is the correct response pattern (numbers with a tolerance have a range instead).
        else if (score.verdict === 'right' && !(question.type === 'numeric' && question.tolerance > 0)) expect(object.definition?.correctResponsesPattern).toEqual([result?.response]);
      }
      expect(c.questions.filter((q) => q.hinted)).toHaveLength(1);
    }
    expect([...types].sort()).toEqual(['detective→other', 'map-pick→choice', 'matching→matching', 'multiple→choice', 'numeric→numeric', 'ordering→sequencing', 'single→choice']);
  });

  test('responses are written in the xAPI format of each interaction type', () => {
    const c = report().cases.find((x) => x.questions.some((q) => q.question.type === 'ordering'));
    const ordering = c?.questions.find((q) => q.question.type === 'ordering');
    const [statement] = answeredStatements(lrsSession(), { ...(c as NonNullable<typeof c>), questions: [ordering as NonNullable<typeof ordering>] }, testClock());
    const items = ordering?.question.type === 'ordering' ? ordering.question.items : [];
    expect(statement?.result?.response).toBe([...items].reverse().join('[,]'));
    expect(statement?.object.definition?.correctResponsesPattern).toEqual([items.join('[,]')]);
    expect(statement?.result?.success).toBe(false);
  });

  test('passed or failed follows the pass mark, with the score the student sees (scaled = percent / 100)', () => {
    const played = report();
    for (const [passPercent, verb] of [
      [played.percent, 'passed'],
      [played.percent + 1, 'failed'],
    ] as const) {
      const assignment = { ...ALL, passPercent };
      const r = report(assignment);
      const [outcome, completed] = outcomeStatements(lrsSession(assignment), r, testClock());
      expect(r.passed).toBe(verb === 'passed');
      expect(outcome?.verb.id).toBe(verbIri(verb));
      expect(outcome?.result).toEqual({ success: verb === 'passed', score: { scaled: r.percent / 100, raw: r.points, min: 0, max: r.max }, duration: 'PT1S' });
      expect(completed?.result).toEqual({ completion: true, duration: 'PT2S' });
    }
  });

  test('a cmi5 masteryScore decides instead of the link, and goes with passed or failed', () => {
    const r = report({ ...ALL, passPercent: 0 });
    const [failed, completed] = outcomeStatements(cmi5Session({ masteryScore: (r.percent + 1) / 100 }), r, testClock());
    expect(failed?.verb.id).toBe(verbIri('failed'));
    expect(failed?.context.extensions?.[CMI5_IRIS.masteryScore]).toBe((r.percent + 1) / 100);
    expect(completed?.context.extensions?.[CMI5_IRIS.masteryScore]).toBeUndefined();
    const [passed] = outcomeStatements(cmi5Session({ masteryScore: r.percent / 100 }), report({ ...ALL, passPercent: 100 }), testClock());
    expect(passed?.verb.id).toBe(verbIri('passed'));
    expect(passed?.result?.score?.scaled).toBeGreaterThanOrEqual(passed?.context.extensions?.[CMI5_IRIS.masteryScore] as number);
    // Without a masteryScore nothing is judged by one.
    expect(session(cmi5Session()).some((st) => st.context.extensions?.[CMI5_IRIS.masteryScore] !== undefined)).toBe(false);
  });

  test('cmi5: every statement has the registration and the template; the cmi5 category only on cmi5 defined ones, moveOn only on passed, failed and completed', () => {
    for (const st of session(cmi5Session())) {
      const verb = st.verb.id.split('/').pop();
      expect(st.context.registration).toBe(REGISTRATION);
      expect(st.context.extensions?.[CMI5_IRIS.sessionId]).toBe(SESSION_ID);
      expect(st.context.contextActivities?.grouping?.[0]).toEqual({ id: PUBLISHER });
      expect(st.actor).toEqual(actor);
      if (verb === 'answered') {
        expect(categories(st)).toEqual([]);
        expect(st.object.id).not.toBe(AU);
        continue;
      }
      expect(st.object).toEqual({ objectType: 'Activity', id: AU });
      expect(categories(st)).toEqual(verb === 'initialized' || verb === 'terminated' ? [CMI5_IRIS.category] : [CMI5_IRIS.category, CMI5_IRIS.moveOn]);
      // Only passed and failed carry a score, only passed, failed and completed success or completion (cmi5 §9.5).
      expect(st.result?.score !== undefined).toBe(verb === 'passed' || verb === 'failed');
      expect(st.result?.completion !== undefined).toBe(verb === 'completed');
    }
  });

  test('cmi5: the template is added to, never overwritten', () => {
    const template = { contextActivities: { grouping: [{ id: PUBLISHER }], category: [{ id: 'https://lms.example/category/history' }] }, extensions: { [CMI5_IRIS.sessionId]: SESSION_ID, [CMI5_IRIS.masteryScore]: 0.5 }, instructor: actor };
    const r = report();
    const [failed] = outcomeStatements(cmi5Session({ contextTemplate: template, masteryScore: 0.99 }), r, testClock());
    expect(failed?.context).toMatchObject({ instructor: actor, extensions: { [CMI5_IRIS.masteryScore]: 0.5 } });
    expect(categories(failed as Statement)).toEqual(['https://lms.example/category/history', CMI5_IRIS.category, CMI5_IRIS.moveOn]);
  });

  test('a teacher LRS gets no cmi5 context: no registration, category or session id', () => {
    for (const st of session(lrsSession())) {
      expect(st.context.registration).toBeUndefined();
      expect(categories(st)).toEqual([]);
      expect(st.context.extensions).toBeUndefined();
      expect(st.actor).toEqual({ objectType: 'Agent', name: 'Anna Lee', account: { homePage: 'https://school.example', name: 'c7b4ae4e-0d5e-4a4c-9e55-7c4b1e8f2a10' } });
    }
  });

  test('cmi5 Browse and Review launches send only initialized and terminated', () => {
    for (const launchMode of ['Browse', 'Review'] as const) expect(verbs(session(cmi5Session({ launchMode })))).toEqual(['initialized', 'terminated']);
  });

  test('an assignment not played to the end has no outcome', () => {
    const r = report(ALL, ALL.levels.slice(0, 2));
    expect(r.complete).toBe(false);
    expect(outcomeStatements(cmi5Session(), r, testClock())).toEqual([]);
  });

  test('timestamps and ids come from the clock; durations count from the start of the session', () => {
    const statements = session(cmi5Session(), report({ ...ALL, levels: ['horse-train-2022'] }));
    expect(statements.map((st) => st.timestamp)).toEqual(statements.map((_, i) => new Date(Date.parse('2026-11-23T10:00:00.000Z') + (i + 1) * 1000).toISOString()));
    expect(statements[0]?.id).toBe('00000000-0000-4000-8000-000000000001');
    expect(statements.at(-1)?.result?.duration).toBe(`PT${statements.length}S`);
    expect([isoDuration(0), isoDuration(1234), isoDuration(3_723_450), isoDuration(-5)]).toEqual(['PT0S', 'PT1.23S', 'PT1H2M3.45S', 'PT0S']);
  });

  test("a teacher's LRS: the student is the device's account, named as typed; the assignment is its link without the LRS key", () => {
    expect(deviceAgent('https://school.example', 'abc', '  ')).toEqual({ objectType: 'Agent', account: { homePage: 'https://school.example', name: 'abc' } });
    const withLrs: Assignment = { ...ALL, lrs: { endpoint: 'https://lrs.example/xapi/', auth: 'Basic c2VjcmV0' } };
    const activity = assignmentActivity(GAME, withLrs);
    expect(activity.id).toBe(assignmentActivity(GAME, ALL).id);
    expect(activity.id.startsWith(`${GAME}#/assignment?v=1&cases=`)).toBe(true);
    expect(activity.id).not.toMatch(/lrs|c2VjcmV0/);
    expect(activity.definition?.name).toEqual({ en: 'Follow the Shipment: 9B' });
  });
});

describe('cmi5 launch', () => {
  /** The launch query as an LMS writes it (URLSearchParams: spaces as "+"). */
  const launchQuery = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
  const valid = {
    endpoint: 'https://lrs.example/xapi',
    fetch: 'https://lms.example/token?k=2390289x0&s=1',
    actor: JSON.stringify({ objectType: 'Agent', name: 'Anna Lee', account: { homePage: 'https://lms.example', name: 'learner-17' } }),
    registration: REGISTRATION,
    activityId: AU,
  };

  test('reads the five parameters, in any order; the endpoint gets its final slash', () => {
    expect(readCmi5Launch(launchQuery(Object.fromEntries(Object.entries(valid).reverse())))).toEqual({
      ok: true,
      value: { ...valid, endpoint: 'https://lrs.example/xapi/', actor },
    });
  });

  test('a page without launch parameters is no cmi5 launch', () => {
    expect(readCmi5Launch('')).toEqual({ ok: true, value: null });
    expect(readCmi5Launch('?lang=ko')).toEqual({ ok: true, value: null });
  });

  test('names every missing or malformed parameter', () => {
    const { fetch: _, ...noFetch } = valid;
    expect(readCmi5Launch(launchQuery(noFetch))).toEqual({ ok: false, error: [{ kind: 'missing', param: 'fetch' }] });
    const broken = {
      endpoint: 'https://lrs.example/xapi?key=1',
      fetch: 'javascript:alert(1)',
      actor: '{"objectType":"Agent","mbox":"mailto:anna@example.org"}',
      registration: 'not-a-uuid',
      activityId: 'no scheme',
    };
    const read = readCmi5Launch(launchQuery(broken));
    expect(read.ok ? [] : read.error.map((p) => `${p.kind} ${p.param}`)).toEqual(['invalid endpoint', 'invalid fetch', 'invalid actor', 'invalid registration', 'invalid activityId']);
    expect(readCmi5Launch(launchQuery({ ...valid, actor: '{not json' }))).toEqual({ ok: false, error: [{ kind: 'invalid', param: 'actor', value: '{not json' }] });
  });

  test('LMS.LaunchData: what the game uses, with single context activities made lists; anything malformed is none', () => {
    const data = {
      contextTemplate: { contextActivities: { grouping: { id: PUBLISHER } }, extensions: { [CMI5_IRIS.sessionId]: SESSION_ID } },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.8,
      launchParameters: 'v=1&cases=munitions',
      returnURL: 'https://lms.example/course/7',
    };
    expect(readLaunchData(data)).toEqual({
      contextTemplate: { contextActivities: { grouping: [{ id: PUBLISHER }] }, extensions: { [CMI5_IRIS.sessionId]: SESSION_ID } },
      launchMode: 'Normal',
      masteryScore: 0.8,
      launchParameters: 'v=1&cases=munitions',
      returnURL: 'https://lms.example/course/7',
    });
    expect(readLaunchData({ ...data, launchMode: 'Preview' })).toBeUndefined();
    expect(readLaunchData({ ...data, masteryScore: 80 })).toBeUndefined();
    expect(readLaunchData({ launchMode: 'Normal' })).toBeUndefined();
    expect(readLaunchData(undefined)).toBeUndefined();
  });

  test('learner preferences and the attempt kept in the LRS', () => {
    expect(readLearnerPreferences({ languagePreference: 'ko-KR, fr-FR,,en', audioPreference: 'off' })).toEqual({ languages: ['ko-KR', 'fr-FR', 'en'], audio: false });
    expect(readLearnerPreferences(undefined)).toEqual({ languages: [] });
    expect(readLearnerPreferences({ audioPreference: 'loud' })).toEqual({ languages: [] });
    expect(readAttemptState({ resumeCode: 'FTS-ABC' })).toEqual({ resumeCode: 'FTS-ABC' });
    expect(readAttemptState({ resumeCode: 7 })).toBeUndefined();
  });
});
