/**
 * xAPI from an assignment: a cmi5 launch played through and resumed on another computer, and the
 * learning record store a teacher put in the assignment link. The LMS and the LRS are faked on the
 * game's own origin (/lrs/…), since the tests fail on a request to any other.
 */
import { createRequire } from 'node:module';
import type validateStatement from '@learninglocker/xapi-validation';
import type { Page } from '@playwright/test';
import { assignmentHash, type Assignment } from '../../src/core/assignment/link.ts';
import { CMI5_IRIS, verbIri, type Statement } from '../../src/core/lms/xapi.ts';
import { correctAnswer, Driver, wrongAnswer } from './driver.ts';
import { expect, expectPhase, loadLevel, test } from './support.ts';

// The validator is CommonJS with its function as `exports.default`.
const { default: validate } = createRequire(import.meta.url)('@learninglocker/xapi-validation') as { default: typeof validateStatement };

/** A short case: two stops, the manifest and eleven questions. */
const CASE = 'pungsan-dogs';
const TOKEN = 'c2Vzc2lvbi10b2tlbi0x';
const REGISTRATION = 'ec531277-b57b-4c15-8d91-d292c5b2b8f7';
const SESSION_ID = 'b0b4d7c4-40f4-4d7c-9a6e-9c9f7b1d2e31';
const PUBLISHER = 'https://publisher.example/follow-the-shipment/pungsan-dogs';
const AU = 'https://lms.example/course/7/au/1';
const ACTOR = { objectType: 'Agent', name: 'Anna Lee', account: { homePage: 'https://lms.example', name: 'learner-17' } };

interface LrsRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
}

/** What the fake LMS and LRS were asked, and what they keep. */
interface FakeLrs {
  readonly requests: LrsRequest[];
  readonly statements: Statement[];
  readonly documents: Map<string, unknown>;
}

/**
 * An LMS's token service at /lrs/token (each token given once, like a real one) and an LRS at /lrs/xapi/
 * holding `documents` (states and agent profiles, by id) and the statements it is sent.
 */
async function fakeLrs(page: Page, documents: Record<string, unknown>): Promise<FakeLrs> {
  const lrs: FakeLrs = { requests: [], statements: [], documents: new Map(Object.entries(documents)) };
  const given = new Set<string>();
  await page.route('**/lrs/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    lrs.requests.push({ method: request.method(), url, headers: await request.allHeaders() });
    if (url.pathname === '/lrs/token') {
      const first = !given.has(url.search);
      given.add(url.search);
      return route.fulfill({ json: first ? { 'auth-token': TOKEN } : { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' } });
    }
    if (url.pathname === '/lrs/xapi/statements' && request.method() === 'POST') {
      const sent = request.postDataJSON() as Statement[];
      lrs.statements.push(...sent);
      return route.fulfill({ json: sent.map((s) => s.id) });
    }
    const id = url.searchParams.get('stateId') ?? url.searchParams.get('profileId');
    if (request.method() === 'PUT' && id) {
      lrs.documents.set(id, request.postDataJSON());
      return route.fulfill({ status: 204 });
    }
    if (request.method() === 'GET' && id === null) return route.fulfill({ json: [...lrs.documents.keys()] });
    if (request.method() === 'GET' && id && lrs.documents.has(id)) return route.fulfill({ json: lrs.documents.get(id) });
    return route.fulfill({ status: 400, json: { error: `the fake LRS has no answer to ${request.method()} ${url.pathname}` } });
  });
  return lrs;
}

/** Plays the case to its results: the trace, the manifest right, the first question wrong and the others right. */
async function playCase(page: Page): Promise<{ points: number; max: number; asked: string[] }> {
  const { level, text } = loadLevel(CASE);
  const driver = new Driver(page, 'mouse', level, text);
  await expectPhase(page, 'Briefing');
  await driver.trace();
  await driver.manifest(Object.fromEntries(level.manifest?.items.map((i) => [i.id, i.quantity ?? null]) ?? []));
  await driver.activate('.manifest .feedback button');
  let points = 10;
  let max = 10;
  const asked: string[] = [];
  while ((await page.locator('.quiz').count()) > 0) {
    const { question, presentation } = await driver.current();
    await driver.answer(question, asked.length === 0 ? wrongAnswer(question, presentation) : correctAnswer(question), presentation);
    if (asked.length > 0) points += question.points;
    max += question.points;
    asked.push(question.id);
    await driver.next();
  }
  await expectPhase(page, 'Results');
  return { points, max, asked };
}

const verbsOf = (statements: readonly Statement[]) => statements.map((s) => s.verb.id.split('/').pop());
/** The validator's warnings for a statement (none when it is valid xAPI). */
const problems = (statement: Statement) => validate(statement).map((w) => `${w.constructor.name} at ${w.path.join('.')}`);

/** Waits until the LRS has the session's last statement. */
async function terminated(lrs: FakeLrs, count: number): Promise<void> {
  await expect.poll(() => lrs.statements.filter((s) => s.verb.id === verbIri('terminated')).length, { timeout: 15_000 }).toBe(count);
}

// The cargo jumps to each stop instead of travelling: these tests are about what comes after.
test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

test('cmi5: a launch from the LMS sends the whole session to its LRS, and a relaunch elsewhere resumes', async ({ page, baseURL }) => {
  const assignment: Assignment = { levels: [CASE], hints: true, extraPercent: 0, passPercent: 50 };
  const lrs = await fakeLrs(page, {
    'LMS.LaunchData': {
      contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER }] }, extensions: { [CMI5_IRIS.sessionId]: SESSION_ID } },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.6,
    },
    cmi5LearnerPreferences: { languagePreference: 'en-GB', audioPreference: 'off' },
  });
  const launch = (fetchKey: string) =>
    `/?${new URLSearchParams({ endpoint: `${baseURL}/lrs/xapi/`, fetch: `${baseURL}/lrs/token?k=${fetchKey}`, actor: JSON.stringify(ACTOR), registration: REGISTRATION, activityId: AU })}${assignmentHash(assignment)}`;
  await page.goto(launch('first'));
  // The LMS's name for the learner is already on the report.
  await expect(page.getByLabel('Your name for the report')).toHaveValue('Anna Lee');
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  const { points, max, asked } = await playCase(page);
  await terminated(lrs, 1);

  const percent = Math.round((100 * points) / max);
  const outcome = percent >= 60 ? 'passed' : 'failed';
  const statements = [...lrs.statements];
  expect(verbsOf(statements)).toEqual(['initialized', ...asked.map(() => 'answered'), outcome, 'completed', 'terminated']);
  expect(statements.map((s) => s.timestamp)).toEqual(statements.map((s) => s.timestamp).sort());
  for (const statement of statements) {
    expect(problems(statement), statement.verb.id).toEqual([]);
    expect(statement.actor).toEqual(ACTOR);
    expect(statement.context.registration).toBe(REGISTRATION);
    expect(statement.context.extensions?.[CMI5_IRIS.sessionId]).toBe(SESSION_ID);
    expect(statement.context.contextActivities?.grouping?.[0]?.id).toBe(PUBLISHER);
  }
  const categories = (s: Statement) => (s.context.contextActivities?.category ?? []).map((c) => c.id);
  const [initialized, ...rest] = statements;
  const answered = rest.slice(0, asked.length);
  const [judged, completed, last] = rest.slice(asked.length);
  for (const s of [initialized, judged, completed, last]) expect(s?.object.id).toBe(AU);
  expect(categories(initialized as Statement)).toEqual([CMI5_IRIS.category]);
  expect(categories(last as Statement)).toEqual([CMI5_IRIS.category]);
  // One answered per question asked, the first one wrong; cmi5 allowed statements have no cmi5 category.
  expect(answered.map((s) => s.object.id.split('/').pop())).toEqual(asked);
  expect(answered.map((s) => s.result?.success)).toEqual(asked.map((_, i) => i > 0));
  expect(answered.every((s) => categories(s).length === 0 && s.object.definition?.type === 'http://adlnet.gov/expapi/activities/cmi.interaction')).toBe(true);
  // The outcome: the student's score, judged by the LMS's masteryScore.
  expect(judged?.result).toMatchObject({ success: outcome === 'passed', score: { raw: points, min: 0, max, scaled: percent / 100 } });
  expect(judged?.context.extensions?.[CMI5_IRIS.masteryScore]).toBe(0.6);
  expect(categories(judged as Statement)).toEqual([CMI5_IRIS.category, CMI5_IRIS.moveOn]);
  expect(completed?.result).toMatchObject({ completion: true });
  expect(categories(completed as Statement)).toEqual([CMI5_IRIS.category, CMI5_IRIS.moveOn]);
  expect(last?.result?.duration).toMatch(/^PT/);

  // The token was fetched once, by POST, and used on every request to the LRS.
  const tokenRequests = lrs.requests.filter((r) => r.url.pathname === '/lrs/token');
  expect(tokenRequests.map((r) => r.method)).toEqual(['POST']);
  for (const request of lrs.requests.filter((r) => r.url.pathname.startsWith('/lrs/xapi/'))) {
    expect(request.headers['authorization'], `${request.method} ${request.url.pathname}`).toBe(`Basic ${TOKEN}`);
    expect(request.headers['x-experience-api-version']).toBe('1.0.3');
    if (request.method !== 'GET') expect(request.headers['content-type']).toBe('application/json');
  }
  const launchData = lrs.requests.find((r) => r.url.searchParams.get('stateId') === 'LMS.LaunchData');
  expect(Object.fromEntries(launchData?.url.searchParams ?? [])).toEqual({ activityId: AU, agent: JSON.stringify(ACTOR), registration: REGISTRATION, stateId: 'LMS.LaunchData' });

  // The report says the same, and its result code is what the LRS keeps to resume from.
  await page.getByRole('button', { name: 'See my report' }).click();
  await expect(page.getByTestId('report-score')).toContainText(`${points} of ${max} points`);
  const code = await page.getByTestId('result-code').textContent();
  expect(lrs.documents.get('fts:attempt')).toEqual({ resumeCode: code });

  // Another computer (nothing saved in its browser), a new launch of the same registration: the report is back.
  await page.evaluate(() => localStorage.clear());
  await page.goto(launch('second'));
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
  await expect(page.getByTestId('result-code')).toHaveText(code ?? '');
  expect(verbsOf(lrs.statements.slice(statements.length))).toEqual(['initialized']);
  expect(lrs.statements.at(-1)?.context.registration).toBe(REGISTRATION);
});

test("a teacher's LRS in the assignment link: the same statements without cmi5, the student as this device's account", async ({ page, baseURL }) => {
  const auth = 'Basic dGVhY2hlcjpzZWNyZXQ=';
  const assignment: Assignment = { levels: [CASE], hints: true, extraPercent: 0, passPercent: 95, classLabel: '9B' };
  const lrs = await fakeLrs(page, {});
  await page.goto(`/${assignmentHash({ ...assignment, lrs: { endpoint: `${baseURL}/lrs/xapi/`, auth } })}`);
  await page.getByLabel('Your name for the report').fill('Mi-rae Kim');
  await expect.poll(() => verbsOf(lrs.statements)).toEqual(['initialized']);
  // Leaving mid-assignment ends the session. The browser sends that request as the page unloads, where
  // Playwright does not see it: the test raises the event the browser raises on leaving instead.
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  await terminated(lrs, 1);
  // Coming back starts another session.
  await page.reload();
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  const { points, max, asked } = await playCase(page);
  await terminated(lrs, 2);

  const percent = Math.round((100 * points) / max);
  const outcome = percent >= 95 ? 'passed' : 'failed';
  await page.getByRole('button', { name: 'See my report' }).click();
  await expect(page.getByTestId('report-verdict')).toHaveText(outcome === 'passed' ? /^\s*Passed/ : /Not passed/);

  const statements = [...lrs.statements];
  expect(verbsOf(statements)).toEqual(['initialized', 'terminated', 'initialized', ...asked.map(() => 'answered'), outcome, 'completed', 'terminated']);
  const origin = new URL(baseURL ?? '').origin;
  const device = statements[0]?.actor.account.name;
  expect(device).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const assignmentId = `${origin}/${assignmentHash(assignment)}`;
  for (const statement of statements) {
    expect(problems(statement), statement.verb.id).toEqual([]);
    // The same account in both sessions, named as the student typed it (a session begins before the name is read).
    expect(statement.actor).toEqual({ objectType: 'Agent', ...(statement.verb.id === verbIri('initialized') ? {} : { name: 'Mi-rae Kim' }), account: { homePage: origin, name: device } });
    expect(statement.context.registration).toBeUndefined();
    expect(statement.context.contextActivities?.category).toBeUndefined();
    expect(statement.verb.id === verbIri('answered') ? statement.context.contextActivities?.parent?.[0]?.id : statement.object.id).toBe(assignmentId);
  }
  expect(statements.find((s) => s.verb.id === verbIri(outcome))?.result?.score).toEqual({ raw: points, min: 0, max, scaled: percent / 100 });
  for (const request of lrs.requests) expect(request.headers['authorization']).toBe(auth);
  // Nothing is kept in a teacher's LRS but statements: the browser keeps the run.
  expect(lrs.requests.every((r) => r.url.pathname === '/lrs/xapi/statements')).toBe(true);
});
