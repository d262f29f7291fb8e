/**
 * SCORM 1.2 and 2004: both packages made from the build (as `npm run build:scorm` makes them),
 * unzipped, and played in a stand-in LMS: a page that reads the package's imsmanifest.xml, puts
 * scorm-again's real runtime where the game looks for it, and opens the manifest's launch address in
 * an iframe. The LMS page keeps the data model in sessionStorage between launches, as an LMS keeps it
 * in its database. One static server serves the LMS page and the packages, so everything is one origin.
 * Last, the teachers' page makes the same package in the browser from the site's own files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { packageName, writeScormPackages } from '../../scripts/build-scorm.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import { readAssignment, type Assignment } from '../../src/core/assignment/link.ts';
import { buildReport } from '../../src/core/assignment/report.ts';
import { decodeResultCode } from '../../src/core/assignment/resultCode.ts';
import { RUNS_KEY } from '../../src/core/assignment/run.ts';
import type { Level } from '../../src/core/content/schema.ts';
import { manifestInteractionId, questionInteractionId } from '../../src/core/lms/scorm.ts';
import { MANIFEST_POINTS } from '../../src/core/manifest.ts';
import { PACKAGE_FILES, packageManifest, type ScormVersion } from '../../src/core/lms/packageManifest.ts';
import { parseQuery } from '../../src/core/route.ts';
import { Driver } from './driver.ts';
import { expect, expectPhase, loadLevel, LOCALES, test as base } from './support.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Two short cases: two and three stops; one with a manifest, one without. */
const CASES = ['pungsan-dogs', 'who-is-watching'] as const;
const ASSIGNMENT: Assignment = { levels: CASES, hints: true, extraPercent: 0, passPercent: 60 };
const LEVELS: ReadonlyMap<string, Level> = new Map(CASES.map((id) => [id, loadLevel(id).level]));
const FOLDERS: Readonly<Record<ScormVersion, string>> = { '1.2': 'scorm12', '2004': 'scorm2004' };

/**
 * The LMS: reads the manifest the way an LMS does at import (a parse error fails the test), starts the
 * runtime with what the manifest and the last session left, and launches the SCO in an iframe.
 */
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<style>html, body, iframe { margin: 0; border: 0; width: 100%; height: 100%; display: block; }</style>
<script src="scorm-again.js"></script></head>
<body><script type="module">
const version = new URLSearchParams(location.search).get('version');
const folder = version === '1.2' ? '${FOLDERS['1.2']}' : '${FOLDERS['2004']}';
const manifest = new DOMParser().parseFromString(await (await fetch(folder + '/imsmanifest.xml')).text(), 'application/xml');
if (manifest.getElementsByTagName('parsererror').length > 0) throw new Error('imsmanifest.xml is not well-formed');
const text = (ns, name) => manifest.getElementsByTagNameNS(ns, name)[0]?.textContent ?? '';
const saved = JSON.parse(sessionStorage.getItem('lms:' + version) ?? 'null');
const api = version === '1.2' ? new Scorm12API({ logLevel: 4 }) : new Scorm2004API({ logLevel: 4 });
if (saved) api.loadFromJSON(saved);
const exit = saved ? (version === '1.2' ? saved.core.exit : saved.exit) : '';
const entry = exit === 'suspend' ? 'resume' : saved ? '' : 'ab-initio';
api.loadFromFlattenedJSON(version === '1.2'
  ? { 'cmi.core.student_name': 'Lee, Anna', 'cmi.core.entry': entry,
      'cmi.student_data.mastery_score': text('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'masteryscore'),
      'cmi.launch_data': text('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'datafromlms') }
  : { 'cmi.learner_name': 'Lee, Anna', 'cmi.entry': entry,
      'cmi.scaled_passing_score': text('http://www.imsglobal.org/xsd/imsss', 'minNormalizedMeasure'),
      'cmi.launch_data': text('http://www.adlnet.org/xsd/adlcp_v1p3', 'dataFromLMS') });
const keep = () => sessionStorage.setItem('lms:' + version, JSON.stringify(api.cmi));
for (const event of version === '1.2' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate']) api.on(event, keep);
window[version === '1.2' ? 'API' : 'API_1484_11'] = api;
window.lms = { entry, data: () => JSON.parse(JSON.stringify(api.cmi)), lastError: () => String(version === '1.2' ? api.LMSGetLastError() : api.GetLastError()) };
const frame = document.createElement('iframe');
frame.title = 'Follow the Shipment';
frame.src = folder + '/' + manifest.getElementsByTagName('resource')[0].getAttribute('href');
document.body.append(frame);
</script></body></html>`;

interface Packages {
  readonly url: string;
  /** Each package's entries, as unzipped. */
  readonly entries: Readonly<Record<ScormVersion, Readonly<Record<string, Uint8Array>>>>;
}

const test = base.extend<object, { packages: Packages }>({
  packages: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'scorm-lms-'));
      const zips = writeScormPackages(join(root, 'dist'), join(dir, 'zips'), ASSIGNMENT, 'Class 9B');
      const entries = {} as Record<ScormVersion, Record<string, Uint8Array>>;
      for (const version of ['1.2', '2004'] as const) {
        expect(zips[version].endsWith(packageName(version))).toBe(true);
        entries[version] = unzipSync(readFileSync(zips[version]));
        for (const [path, data] of Object.entries(entries[version])) {
          mkdirSync(dirname(join(dir, FOLDERS[version], path)), { recursive: true });
          writeFileSync(join(dir, FOLDERS[version], path), data);
        }
      }
      // The package's CommonJS entry is its browser build: it puts Scorm12API and Scorm2004API on window.
      copyFileSync(createRequire(import.meta.url).resolve('scorm-again'), join(dir, 'scorm-again.js'));
      writeFileSync(join(dir, 'lms.html'), LMS_PAGE);
      const site = await startStaticServer(dir);
      await use({ url: site.url, entries });
      await site.stop();
    },
    { scope: 'worker' },
  ],
  // The watch fixture holds every request to this origin: the LMS's.
  baseURL: async ({ packages }, use) => use(packages.url),
});

/** The data model as the LMS holds it, the part the game writes. */
interface CmiData {
  readonly suspend_data: string;
  readonly interactions: Record<string, { id: string; result: string; weighting: string; student_response?: string; learner_response?: string }>;
  readonly core?: { readonly lesson_status: string; readonly exit: string; readonly session_time: string; readonly score: { raw: string; min: string; max: string } };
  readonly completion_status?: string;
  readonly success_status?: string;
  readonly exit?: string;
  readonly session_time?: string;
  readonly score?: { scaled: string; raw: string; min: string; max: string };
}

type LmsWindow = Window & { lms: { entry: string; data: () => CmiData; lastError: () => string } };

/** What the LMS page holds: the entry it launched the game with, its last error code and its data model. */
const lmsState = (page: Page) =>
  page.evaluate(() => {
    const { lms } = window as unknown as LmsWindow;
    return { entry: lms.entry, lastError: lms.lastError(), data: lms.data() };
  });
const status = async (page: Page) => {
  const { data } = await lmsState(page);
  return data.core?.lesson_status ?? data.success_status;
};

/** The game in the LMS's iframe, once its assignment page shows. */
async function gameFrame(page: Page, version: ScormVersion): Promise<Frame> {
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1, name: 'Your assignment' })).toBeVisible();
  return page.frames().find((f) => f.url().includes(`/${FOLDERS[version]}/index.html`)) as Frame;
}

/**
 * A case played by mouse in the frame: the trace, the manifest right, then every `wrongEvery`-th question
 * wrong (the first among them). Returns the points and the interaction ids of the questions answered wrong.
 */
async function playCase(frame: Frame, id: string, wrongEvery: number): Promise<{ points: number; max: number; wrong: string[] }> {
  const { level, text } = loadLevel(id);
  // With the mouse the driver only needs what a frame has too: locators and evaluate.
  const inFrame = frame as unknown as Page;
  const driver = new Driver(inFrame, 'mouse', level, text);
  await expectPhase(inFrame, 'Briefing');
  await driver.trace();
  const { points, max, wrong } = await driver.solveRest(undefined, (i) => i % wrongEvery === 0);
  return { points, max, wrong: wrong.map((q) => questionInteractionId(id, q)) };
}

/** The LMS's interactions against the cases the suspend data (the result code) says were played. */
function expectInteractions(data: CmiData, version: ScormVersion, wrong: readonly string[]) {
  const decoded = decodeResultCode(data.suspend_data, LEVELS);
  if (!decoded.ok) throw new Error(`suspend data is not a result code: ${JSON.stringify(decoded.error)}`);
  const report = buildReport(ASSIGNMENT, decoded.value.name, decoded.value.records, LEVELS);
  expect(report.complete).toBe(true);
  const id = (plain: string) => (version === '1.2' ? plain : `urn:follow-the-shipment:${plain}`);
  const expected = report.cases.flatMap((c) => [
    ...c.questions.map((q) => ({ id: id(questionInteractionId(c.level.id, q.question.id)), right: q.score.verdict === 'right', max: q.score.max })),
    ...(c.manifest ? [{ id: id(manifestInteractionId(c.level.id)), right: true, max: MANIFEST_POINTS }] : []),
  ]);
  const interactions = Object.values(data.interactions);
  expect(interactions.map((i) => i.id)).toEqual(expected.map((e) => e.id));
  expect(interactions.map((i) => i.result)).toEqual(expected.map((e) => (e.right ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect')));
  expect(interactions.map((i) => i.weighting)).toEqual(expected.map((e) => String(e.max)));
  // The questions answered wrong in the game are the ones the LMS holds as wrong.
  expect(interactions.filter((i) => i.result !== 'correct').map((i) => i.id)).toEqual(wrong.map(id));
  for (const i of interactions) expect(i.student_response ?? i.learner_response).not.toBe('');
}

/** The game never had a call refused: it would have said so with a "SCORM …" warning (scorm-again logs errors as errors). */
function scormWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('SCORM')) warnings.push(message.text());
  });
  return warnings;
}

test.describe('SCORM packages in an LMS', () => {
  // Two cases played through in each run.
  test.describe.configure({ timeout: 240_000 });
  // The cargo jumps to each stop instead of travelling: these tests are about the LMS's side.
  test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

  test('both packages hold imsmanifest.xml at the root with the pass mark, and the game without its service worker', async ({ packages }) => {
    const xml = (version: ScormVersion) => new TextDecoder().decode(packages.entries[version]['imsmanifest.xml']);
    expect(xml('1.2')).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
    expect(xml('2004')).toContain('<imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>');
    for (const version of ['1.2', '2004'] as const) {
      expect(Object.keys(packages.entries[version])).toEqual(expect.arrayContaining(['imsmanifest.xml', 'index.html', 'manifest.webmanifest']));
      expect(Object.keys(packages.entries[version]).filter((f) => /^(sw\.js|workbox-[^/]*\.js)$/.test(f))).toEqual([]);
    }
  });

  for (const [version, wrongEvery] of [
    ['1.2', 4],
    ['2004', 2],
  ] as const) {
    test(`SCORM ${version}: a learner plays the assignment, and the LMS holds each answer, the score and pass or fail`, async ({ page }) => {
      const warnings = scormWarnings(page);
      await page.goto(`/lms.html?version=${version}`);
      const frame = await gameFrame(page, version);
      expect((await lmsState(page)).entry).toBe('ab-initio');
      // The LMS's "Last, First" is the name on the report.
      await expect(frame.getByLabel('Your name for the report')).toHaveValue('Anna Lee');
      await frame.getByRole('button', { name: 'Start the assignment' }).click();
      const first = await playCase(frame, CASES[0], wrongEvery);
      await frame.getByRole('button', { name: 'Next case' }).click();
      const second = await playCase(frame, CASES[1], wrongEvery);
      const percent = Math.round((100 * (first.points + second.points)) / (first.max + second.max));
      const passed = percent >= ASSIGNMENT.passPercent;
      // One run passes and the other fails: both verdicts reach the LMS.
      expect(passed).toBe(version === '1.2');

      await expect.poll(() => status(page)).toBe(passed ? 'passed' : 'failed');
      const { data, lastError } = await lmsState(page);
      if (version === '1.2') expect(data.core).toMatchObject({ lesson_status: passed ? 'passed' : 'failed', exit: '', score: { raw: String(percent), min: '0', max: '100' }, session_time: expect.stringMatching(/^\d{2,4}:\d\d:\d\d$/) });
      else expect(data).toMatchObject({ completion_status: 'completed', success_status: passed ? 'passed' : 'failed', exit: 'normal', score: { scaled: String(percent / 100), raw: String(percent), min: '0', max: '100' }, session_time: expect.stringMatching(/^PT\d+H\d+M\d+S$/) });
      expect(data.suspend_data).toMatch(/^FTS1-/);
      expectInteractions(data, version, [...first.wrong, ...second.wrong]);
      expect(lastError).toBe('0');
      expect(warnings).toEqual([]);
    });
  }

  test('SCORM 1.2: a learner who leaves after one case resumes from the LMS’s suspend data, on a computer that kept nothing', async ({ page }) => {
    const warnings = scormWarnings(page);
    await page.goto('/lms.html?version=1.2');
    let frame = await gameFrame(page, '1.2');
    await frame.getByRole('button', { name: 'Start the assignment' }).click();
    const first = await playCase(frame, CASES[0], 3);
    await expect.poll(async () => (await lmsState(page)).data.suspend_data).toMatch(/^FTS1-/);
    // Another computer: the game's own copy of the run is gone; the LMS's is all there is.
    await page.evaluate((key) => localStorage.removeItem(key), RUNS_KEY);
    await page.reload();
    frame = await gameFrame(page, '1.2');
    expect((await lmsState(page)).entry).toBe('resume');
    await expect(frame.locator('.assignment-cases li.done')).toHaveCount(1);
    await expect(frame.locator(`.assignment-cases li[data-level="${CASES[0]}"]`)).toHaveClass(/done/);
    await frame.getByRole('button', { name: 'Continue the assignment' }).click();
    const second = await playCase(frame, CASES[1], 3);
    const percent = Math.round((100 * (first.points + second.points)) / (first.max + second.max));
    await expect.poll(() => status(page)).toBe(percent >= ASSIGNMENT.passPercent ? 'passed' : 'failed');
    const { data } = await lmsState(page);
    expect(data.core?.score.raw).toBe(String(percent));
    // The interactions of both sessions, in the order played.
    expectInteractions(data, '1.2', [...first.wrong, ...second.wrong]);
    expect(warnings).toEqual([]);
  });
});

// On the game's own site: the teachers' page zips the deployed files it is served from.
base('the teachers’ page makes the same package in the browser, from the site’s own files', async ({ page }) => {
  const titles = CASES.map((id) => loadLevel(id).text.title);
  await page.goto('/#/teacher');
  for (const title of titles) await page.getByRole('checkbox', { name: title }).check();
  await page.getByLabel('Pass mark (%)').fill('60');
  await page.getByLabel('Class label (shown on reports)').fill('9B & 9C');
  const link = new URL(await page.getByTestId('assignment-link').inputValue());
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SCORM 2004 package' }).click()]);
  await expect(page.getByText('The SCORM 2004 package has been downloaded.')).toBeVisible();
  const zip = unzipSync(readFileSync((await download.path()) as string));

  const files = JSON.parse(readFileSync(join(root, 'dist', PACKAGE_FILES), 'utf8')) as string[];
  expect(Object.keys(zip)).toEqual(['imsmanifest.xml', ...files]);
  for (const file of files) expect(Buffer.from(zip[file] as Uint8Array).equals(readFileSync(join(root, 'dist', file))), file).toBe(true);
  const { assignment } = readAssignment(parseQuery(link.hash.slice(link.hash.indexOf('?') + 1)), { levelIds: new Set(CASES), languages: new Set(LOCALES) });
  expect(assignment).toMatchObject({ levels: CASES, passPercent: 60, classLabel: '9B & 9C' });
  expect(new TextDecoder().decode(zip['imsmanifest.xml'])).toBe(packageManifest('2004', 'Follow the Shipment — 9B & 9C', assignment as Assignment, files));
});
