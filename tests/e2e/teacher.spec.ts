/**
 * Teachers: an assignment made on the teachers' page, played as a student from its link, the report
 * and its CSV, and the result code re-scored in the review tab.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { assignmentHash, type Assignment } from '../../src/core/assignment/link.ts';
import { encodeResultCode } from '../../src/core/assignment/resultCode.ts';
import { RUNS_KEY, type CaseRecord } from '../../src/core/assignment/run.ts';
import type { Level } from '../../src/core/content/schema.ts';
import { startQuiz } from '../../src/core/quiz/session.ts';
import { correctAnswer, Driver, wrongAnswer } from './driver.ts';
import { axeViolations, expect, expectPhase, layoutProblems, loadLevel, test } from './support.ts';

/** Two short cases, in the order the teacher puts them. */
const CASES = ['vip-flight', 'pungsan-dogs'] as const;
const TITLES = CASES.map((id) => loadLevel(id).text.title);
/** A name a spreadsheet would run as a formula, and markup: both must stay text. */
const STUDENT = '=HYPERLINK("x") <b>Mi-rae</b>';

const csvOf = async (download: Download) => readFileSync((await download.path()) as string, 'utf8');

/** Plays one case of the assignment: the trace, the manifest right, the first question wrong, the rest right. */
async function playCase(page: Page, id: string): Promise<{ points: number; max: number; asked: number }> {
  const { level, text } = loadLevel(id);
  const driver = new Driver(page, 'mouse', level, text);
  await expectPhase(page, 'Briefing');
  await driver.trace();
  return driver.solveRest(async (moment) => {
    // Hints are off in this assignment.
    if (moment.startsWith('question')) await expect(page.getByRole('button', { name: 'Hint' })).toHaveCount(0);
  }, (i) => i === 0);
}

// The cargo jumps to each stop instead of travelling: these tests are about what comes after.
test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

test('a teacher makes an assignment, a student plays it from the link, and the result code gives the teacher the same table @desktop-only', async ({ page, context, shot }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/teacher');
  await expect(page.getByRole('heading', { level: 1, name: 'For teachers' })).toBeVisible();
  await expect(page.getByText('The link appears here once')).toBeVisible();
  // Chosen in the opposite order, then put right with the move buttons.
  await page.getByRole('checkbox', { name: TITLES[1] }).check();
  await page.getByRole('checkbox', { name: TITLES[0] }).check();
  await page.getByRole('button', { name: `Move “${TITLES[0]}” up` }).click();
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('radio', { name: 'Not allowed' }).check();
  await page.getByLabel('Pass mark (%)').fill('170');
  await expect(page.getByText('Enter a whole number from 0 to 100.')).toBeVisible();
  await expect(page.getByTestId('assignment-link')).toHaveCount(0);
  await page.getByLabel('Pass mark (%)').fill('70');
  await page.getByLabel('Class label (shown on reports)').fill('9B History');
  const link = await page.getByTestId('assignment-link').inputValue();
  expect(new URL(link).hash).toBe(`#/assignment?v=1&cases=${CASES.join(',')}&hints=off&pass=70&lang=en&class=9B%20History`);
  await expect(page.locator('.assignment-link .qr-code')).toHaveAttribute('data-qr-text', link);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(await axeViolations(page)).toEqual([]);
  await shot('builder');
  // The handout is what prints: title, steps, QR code and link, and none of the form.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout')).toBeVisible();
  await expect(page.locator('.handout .qr-code')).toHaveAttribute('data-qr-text', link);
  await expect(page.locator('.builder-form')).toBeHidden();
  await shot('handout-print');
  await page.emulateMedia({ media: 'screen' });

  // The student's side.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Your assignment' })).toBeVisible();
  await expect(page.getByText('Class: 9B History')).toBeVisible();
  await expect(page.locator('.assignment-cases li')).toHaveText(TITLES.map((title) => new RegExp(title)));
  await expect(page.getByText('No hints in this assignment.')).toBeVisible();
  await expect(page.getByText('Pass mark: 70%.')).toBeVisible();
  await page.getByLabel('Your name for the report').fill(STUDENT);
  expect(await axeViolations(page)).toEqual([]);
  await shot('student-start');
  await page.getByRole('button', { name: 'Start the assignment' }).click();

  const first = await playCase(page, CASES[0]);
  await page.getByRole('button', { name: 'Next case' }).click();
  // A reload between cases keeps what was done.
  await page.reload();
  await expectPhase(page, 'Briefing');
  const second = await playCase(page, CASES[1]);
  await shot('last-debrief');
  await page.getByRole('button', { name: 'See my report' }).click();

  const points = first.points + second.points;
  const max = first.max + second.max;
  const percent = Math.round((100 * points) / max);
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
  await expect(page.getByTestId('report-score')).toContainText(`${points} of ${max} points`);
  await expect(page.getByTestId('report-verdict')).toHaveText(percent >= 70 ? /Passed/ : /Not passed/);
  await expect(page.locator('.desk-intro').first()).toContainText(STUDENT);
  await expect(page.locator('b')).toHaveCount(0);
  await expect(page.locator('.case-answers tbody tr')).toHaveCount(first.asked + second.asked);
  await expect(page.locator('.case-answers tbody tr').first()).toContainText('Wrong');
  expect(await axeViolations(page)).toEqual([]);
  await shot('report');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^follow-the-shipment-9B-History-.*\.csv$/);
  const csv = (await csvOf(download)).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(csv[0]).toBe('Student,Class,Case,No.,Question,Answer given,Result,Points,Out of,Hint used');
  expect(csv).toHaveLength(1 + first.asked + second.asked);
  // The name stays text in a spreadsheet: a leading apostrophe stops the formula.
  expect(csv[1]).toMatch(/^"'=HYPERLINK\(""x""\) <b>Mi-rae<\/b>",9B History,/);
  expect(csv[1]).toContain(',Wrong,0,');

  const code = (await page.getByTestId('result-code').textContent()) ?? '';
  expect(code).toMatch(/^FTS1-/);
  await expect(page.locator('.result-code .qr-code')).toHaveAttribute('data-qr-text', code);

  // Back on the teacher's side: a code with a typo is refused, the real one fills the table.
  await page.goto('/#/teacher/review');
  const typo = `${code.slice(0, 12)}${code[12] === 'X' ? 'Y' : 'X'}${code.slice(13)}`;
  await page.getByTestId('review-codes').fill(`${typo}\n${code}`);
  await page.getByRole('button', { name: 'Add to the table' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 1: the code has a typing mistake');
  const table = page.getByTestId('class-table');
  await expect(table.locator('thead th')).toHaveText(['Student', 'Class', ...TITLES, 'Total %', 'Passed']);
  const row = table.locator('tbody tr');
  await expect(row).toHaveCount(1);
  const casePercent = (p: { points: number; max: number }) => `${Math.round((100 * p.points) / p.max)}%`;
  await expect(row.locator('th, td')).toHaveText([STUDENT, '9B History', casePercent(first), casePercent(second), `${percent}%`, percent >= 70 ? /Yes/ : /No/]);
  await page.getByText(`Answers of ${STUDENT}`).click();
  await expect(page.locator('.student-detail .case-answers tbody tr')).toHaveCount(first.asked + second.asked);
  expect(await axeViolations(page)).toEqual([]);
  await shot('review');
  const [classCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the class table (CSV)' }).click()]);
  const rows = (await csvOf(classCsv)).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(rows).toEqual([`Student,Class,${TITLES.join(',')},Total %,Passed`, `"'=HYPERLINK(""x"") <b>Mi-rae</b>",9B History,${casePercent(first).slice(0, -1)},${casePercent(second).slice(0, -1)},${percent},${percent >= 70 ? 'Yes' : 'No'}`]);
  // The same code again is not counted twice.
  await page.getByTestId('review-codes').fill(code);
  await page.getByRole('button', { name: 'Add to the table' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 1: this code is already in the table.');
  await expect(row).toHaveCount(1);
});

test('an assignment link with unknown cases and bad settings names each problem, and the rest still plays', async ({ page, shot }) => {
  await page.goto(`/#/assignment?v=1&cases=goats-2031,${CASES[0]}&pass=lots&class=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Part of this assignment link could not be used.');
  await expect(notice).toContainText('There is no case called “goats-2031”');
  await expect(notice).toContainText('The setting “pass” has a value that makes no sense (“lots”)');
  await expect(page.getByText('Class: <img src=x onerror=alert(1)>')).toBeVisible();
  await expect(page.locator('img[src=x]')).toHaveCount(0);
  await expect(page.locator('.assignment-cases li')).toHaveCount(1);
  await shot('broken-link');
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  await expectPhase(page, 'Briefing');

  await page.goto('/#/assignment?v=9&cases=vip-flight');
  await expect(page.getByRole('alert')).toContainText('This assignment link cannot be used.');
  await expect(page.getByRole('alert')).toContainText('made by a different version of the game');
  await page.getByRole('link', { name: 'Open all the case files instead' }).click();
  await expect(page.locator('.case-card').first()).toBeVisible();
});

test('when the time runs out the case closes with the answers given so far', async ({ page, shot }) => {
  await page.clock.install();
  await page.goto(`/#/assignment?v=1&cases=${CASES[0]}&time=2&extra=50&pass=50`);
  await expect(page.getByText('3 minutes for each case. (extra time of 50% included)')).toBeVisible();
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  await expectPhase(page, 'Briefing');
  await expect(page.getByTestId('timer')).toContainText('3:00');
  await shot('timer');
  // Leaving the case does not stop its clock.
  await page.getByRole('link', { name: 'Your assignment' }).click();
  await page.clock.fastForward('01:00');
  await page.getByRole('button', { name: 'Continue the assignment' }).click();
  await expectPhase(page, 'Briefing');
  // About two minutes left (the page's clock also runs on in real time meanwhile), not three.
  const left = /(\d+):(\d\d)/.exec((await page.getByTestId('timer').textContent()) ?? '');
  const seconds = Number(left?.[1]) * 60 + Number(left?.[2]);
  expect(seconds).toBeGreaterThan(90);
  expect(seconds).toBeLessThanOrEqual(120);
  await page.clock.fastForward('02:01');
  await expectPhase(page, 'Results');
  await expect(page.getByText('Not answered: the time ran out.').first()).toBeVisible();
  await shot('time-up');
  await page.getByRole('button', { name: 'See my report' }).click();
  await expect(page.getByTestId('report-score')).toContainText('0 of');
  await expect(page.getByTestId('report-verdict')).toHaveText(/Not passed/);
  expect(await layoutProblems(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await shot('report-time-up');
});

test('the teachers\' page works on a small screen and in Arabic, right to left', async ({ page, shot }) => {
  await page.goto('/#/teacher?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('.builder-cases input').nth(0).check();
  await page.locator('.builder-cases input').nth(2).check();
  await expect(page.getByTestId('assignment-link')).toHaveCount(1);
  expect(await layoutProblems(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await shot('builder-ar');
  await page.goto('/#/teacher/review?lang=ar');
  await page.getByTestId('review-codes').fill('FTS1-NOT-A-CODE');
  await page.locator('.review-form button[type=submit]').click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await shot('review-ar');
});

test('at 200% text in high contrast, the assignment and the teachers\' pages keep every control on screen', async ({ page, shot }) => {
  // A finished assignment, as the game saves it, and the code it makes.
  const assignment: Assignment = { levels: [...CASES], hints: true, extraPercent: 0, passPercent: 60, classLabel: '9B' };
  const levels = new Map<string, Level>(CASES.map((id) => [id, loadLevel(id).level]));
  const records: Record<string, CaseRecord> = Object.fromEntries(
    CASES.map((id, i) => {
      const level = levels.get(id) as Level;
      const quiz = startQuiz(level, i + 7);
      const asked = quiz.questionIds.map((q) => level.questions.find((x) => x.id === q) as Level['questions'][number]);
      const answers = Object.fromEntries(asked.map((q, j) => [q.id, j % 3 === 0 ? wrongAnswer(q, quiz.presentation[q.id] ?? []) : correctAnswer(q)]));
      return [id, { seed: i + 7, answers, hints: [], manifest: null, timedOut: false }];
    }),
  );
  const code = encodeResultCode(assignment, 'Ana', records, levels);
  const hash = assignmentHash(assignment);
  await page.addInitScript(
    ({ key, runs }) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, runs);
      localStorage.setItem('fts:settings', JSON.stringify({ version: 1, motion: 'reduced', contrast: 'high', textSize: 200, font: 'standard', sound: { muted: true, master: 0.8, music: 0.4, effects: 0.8 }, captions: 'auto' }));
      sessionStorage.setItem('seeded', '1');
    },
    { key: RUNS_KEY, runs: JSON.stringify({ version: 1, runs: { [hash]: { name: 'Ana', records, updated: '2026-11-23T10:00:00.000Z' } } }) },
  );
  await page.goto(`/${hash}&step=report`);
  await expect(page.getByTestId('result-code')).toHaveText(code);
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  expect(await layoutProblems(page), 'report').toEqual([]);
  expect(await axeViolations(page), 'report').toEqual([]);
  await shot('report-200');
  await page.goto('/#/teacher');
  await page.locator('.builder-cases input').first().check();
  await page.getByRole('checkbox', { name: 'Set a time limit for each case' }).check();
  await page.getByLabel('Extra time (%)').fill('25');
  await expect(page.getByTestId('assignment-link')).toHaveCount(2);
  expect(await layoutProblems(page), 'builder').toEqual([]);
  expect(await axeViolations(page), 'builder').toEqual([]);
  await page.locator('.assignment-link').first().scrollIntoViewIfNeeded();
  await shot('builder-200');
  await page.goto('/#/teacher/review');
  await page.getByTestId('review-codes').fill(code);
  await page.getByRole('button', { name: 'Add to the table' }).click();
  await expect(page.getByTestId('class-table').locator('tbody tr')).toHaveCount(1);
  await page.getByText('Answers of Ana').click();
  expect(await layoutProblems(page), 'review').toEqual([]);
  expect(await axeViolations(page), 'review').toEqual([]);
  await page.getByTestId('class-table').scrollIntoViewIfNeeded();
  await shot('review-200');
});
