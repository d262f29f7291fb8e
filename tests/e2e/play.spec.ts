/**
 * Plays "The 2022 horse train" through the real UI: by mouse (clicking places on
 * the map itself) and by keyboard alone, every question type right and wrong,
 * with hints and a retry, and checks what the results, saved progress and
 * campaign map show.
 */
import type { Question } from '../../src/core/content/schema.ts';
import { checkManifest, type ManifestAnswer } from '../../src/core/manifest.ts';
import { scoreAnswer, type Answer, type Verdict } from '../../src/core/quiz/answers.ts';
import { percentOf, starsFor } from '../../src/core/scoring.ts';
import { correctAnswer, Driver, wrongAnswer } from './driver.ts';
import { expect, expectPhase, LEVEL_ID, loadLevel, seedWithEveryType, solveAllBut, test } from './support.ts';

const { level, text } = loadLevel();
/** An attempt that asks at least one question of every type. */
const seed = seedWithEveryType(level);
const VERDICT_WORDS: Record<Verdict, string> = { right: 'Right', partial: 'Partly right', wrong: 'Wrong' };
const RIGHT_MANIFEST: ManifestAnswer = Object.fromEntries(level.manifest!.items.map((i) => [i.id, i.quantity ?? null]));
const QUESTIONS_ASKED = level.ask ?? level.questions.length;

interface QuizRun {
  readonly points: number;
  readonly max: number;
  readonly asked: readonly Question[];
}

/**
 * Answers every question of the attempt on screen as planned, checking the
 * verdict shown for each against the core's scoring; returns the points earned.
 */
async function playQuiz(
  driver: Driver,
  plan: (question: Question, presentation: readonly string[]) => Answer,
  options: { readonly shot?: (name: string) => Promise<void>; readonly hints?: number } = {},
): Promise<QuizRun> {
  const page = driver.page;
  let points = 0;
  let max = 0;
  const asked: Question[] = [];
  const shotTypes = new Set<string>();
  while ((await page.locator('.quiz').count()) > 0) {
    await expect(page.locator('.quiz .kicker')).toHaveText(`Question ${asked.length + 1} of ${QUESTIONS_ASKED}`);
    const { question, presentation } = await driver.current();
    const first = !shotTypes.has(question.type);
    if (first) await options.shot?.(`question-${question.type}`);
    const hinted = asked.length < (options.hints ?? 0);
    if (hinted) {
      await driver.activate('.quiz .actions button:not([type=submit])');
      await expect(page.locator('.quiz .hint')).toBeFocused();
    }
    const answer = plan(question, presentation);
    await driver.answer(question, answer, presentation);
    const score = scoreAnswer(question, answer);
    await expect(page.locator('.feedback .verdict-word')).toHaveText(VERDICT_WORDS[score.verdict]);
    await expect(page.locator('.feedback .sources')).toContainText('Source');
    if (hinted) await expect(page.locator('.feedback .hint-used')).toBeVisible();
    if (first) await options.shot?.(`feedback-${question.type}`);
    shotTypes.add(question.type);
    asked.push(question);
    points += score.points;
    max += score.max;
    await driver.next();
  }
  expect(asked).toHaveLength(QUESTIONS_ASKED);
  return { points, max, asked };
}

test('plays the case by mouse from the title to the results, clicking the map, and keeps the result after a reload', async ({ page, shot }) => {
  const driver = new Driver(page, 'mouse', level, text);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Follow the Shipment' })).toBeVisible();
  await shot('title');
  await page.getByRole('link', { name: 'Open the case files' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case files' })).toBeVisible();
  await shot('case-files');
  await page.getByRole('link', { name: 'Open case file', description: text.title }).click();
  await expectPhase(page, 'Briefing');
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
  expect(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name))).toEqual(expect.arrayContaining(['menu-interactive', 'map-interactive']));
  await page.waitForTimeout(300);
  await shot('briefing');

  await page.getByRole('button', { name: 'Start tracing' }).click();
  // A wrong pick on the map gives a hint and keeps the game going.
  const first = level.steps[0]!;
  const wrong = first.candidates.find((c) => c !== first.answer)!;
  await page.locator(`.map-hotspot[data-place="${wrong}"]`).click();
  await expect(page.locator('.hint')).toBeVisible();
  await expect(page.locator(`.stop[data-place="${wrong}"]`)).toContainText('Not this one');
  await page.waitForTimeout(900);
  await shot('wrong-pick-hint');
  for (const step of level.steps) {
    if (step.answer === 'unknown') await page.getByRole('button', { name: /No source says/ }).click();
    else await page.locator(`.map-hotspot[data-place="${step.answer}"]`).click();
    await expect(page.locator('.trace h2')).toHaveText(step.answer === 'unknown' ? 'The trail goes cold' : `Arrived at ${text.places[step.answer]?.name}`, { timeout: 20_000 });
    await page.waitForTimeout(800);
    await shot(`arrived-${step.id}`);
    await page.locator('.trace .actions button').click();
  }

  await expectPhase(page, 'Manifest');
  await shot('manifest');
  // One number wrong on the manifest: half of that line.
  const manifest: ManifestAnswer = { ...RIGHT_MANIFEST, mares: 20 };
  await driver.manifest(manifest);
  await expect(page.locator('.manifest-line[data-item="mares"]')).toContainText('the number was 25');
  await shot('manifest-checked');
  await page.getByRole('button', { name: 'On to the quiz' }).click();

  await expectPhase(page, 'Quiz');
  // Map questions are answered on the map; two planned mistakes among the single choices.
  let mistakes = 2;
  const quiz = await playQuiz(driver, (question, presentation) => (question.type === 'single' && mistakes-- > 0 ? wrongAnswer(question, presentation) : correctAnswer(question)), { shot });

  await expectPhase(page, 'Results');
  const manifestScore = checkManifest(level.manifest!, manifest).score;
  const points = quiz.points + manifestScore.points;
  const max = quiz.max + manifestScore.max;
  const percent = percentOf(points, max);
  await expect(page.getByTestId('score')).toContainText(`${points} of ${max} points`);
  await expect(page.getByTestId('score')).toContainText(`${percent}%`);
  await expect(page.locator('.score-card .stars')).toHaveAttribute('aria-label', `${starsFor(percent)} of 3 stars`);
  await expect(page.locator('.unknowns li')).toHaveCount(level.unknowns.length);
  await shot('results');

  await page.goto('/#/levels');
  const card = page.locator(`.case-card[data-level="${LEVEL_ID}"]`);
  await expect(card).toContainText(`Best score: ${percent}%`);
  await page.reload();
  await expect(card).toContainText(`Best score: ${percent}%`);
  await expect(card.locator('.stars')).toHaveAttribute('aria-label', `${starsFor(percent)} of 3 stars`);
  await shot('case-files-after-reload');
});

test('plays the case with the keyboard alone, from the title, with reduced motion, to a perfect score', async ({ page, shot }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const driver = new Driver(page, 'keyboard', level, text);
  await page.goto('/');
  await driver.activate('a[href="#/levels"]');
  await driver.activate(`a[href="#/play/${LEVEL_ID}"]`);
  await expectPhase(page, 'Briefing');
  await driver.trace({ onArrive: async (id) => (id === 'crossing' ? shot('arrived') : undefined) });
  await driver.manifest(RIGHT_MANIFEST);
  await driver.activate('.manifest .feedback button');
  await expectPhase(page, 'Quiz');
  await expect(page.locator('.question-prompt')).toBeFocused();
  const quiz = await playQuiz(driver, (question) => correctAnswer(question), { shot });
  await expectPhase(page, 'Results');
  await expect(page.locator('#results-heading')).toBeFocused();
  await expect(page.getByTestId('score')).toContainText(`${quiz.points + 10} of ${quiz.max + 10} points`);
  await expect(page.locator('.score-card .stars')).toHaveAttribute('aria-label', '3 of 3 stars');
  await shot('results');
  // "Play again" starts a fresh attempt at the briefing.
  await driver.activate('.results .actions button');
  await expectPhase(page, 'Briefing');
});

for (const input of ['mouse', 'keyboard'] as const) {
  // On a phone the controls are touched; the keyboard run stays on the desktop (the whole case is also played by keyboard on both).
  test(`answers every question type right, then wrong, by ${input}`, { tag: input === 'keyboard' ? ['@desktop-only'] : [] }, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const driver = new Driver(page, input, level, text);
    const types = new Set(level.questions.map((q) => q.type));
    for (const right of [true, false]) {
      await driver.open(seed);
      await driver.trace();
      await driver.manifest(right ? RIGHT_MANIFEST : { goats: null, 'artillery-shells': null });
      await expect(page.locator('.manifest .feedback .verdict-word')).toHaveText(right ? 'Right' : 'Wrong');
      await driver.activate('.manifest .feedback button');
      const quiz = await playQuiz(driver, (question, presentation) => (right ? correctAnswer(question) : wrongAnswer(question, presentation)));
      expect(new Set(quiz.asked.map((q) => q.type))).toEqual(types);
      expect(quiz.points).toBe(right ? quiz.max : 0);
      await expect(page.getByTestId('score')).toContainText(`${right ? quiz.max + 10 : 0} of ${quiz.max + 10} points`);
      await expect(page.locator(right ? '.review-right' : '.review-wrong')).toHaveCount(QUESTIONS_ASKED + 1);
    }
  });
}

// Scoring and saving do not depend on the screen size: once, on the desktop.
test('hints cost stars and a retry draws a new set: stars, saved progress and the campaign map follow', { tag: ['@desktop-only'] }, async ({ page, shot }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const driver = new Driver(page, 'mouse', level, text);
  await solveAllBut(page, LEVEL_ID);
  await page.goto('/#/campaign');
  await expect(page.locator(`.timeline-item[data-level="${LEVEL_ID}"]`)).toContainText('Next');
  await expect(page.locator('.finale')).toContainText('Solve the last case');
  await shot('campaign-before');

  // First attempt: every answer right, no hint: three stars.
  await driver.open(seed);
  await driver.trace();
  await driver.manifest(RIGHT_MANIFEST);
  await driver.activate('.manifest .feedback button');
  const first = await playQuiz(driver, (question) => correctAnswer(question));
  await expect(page.locator('.score-card .stars')).toHaveAttribute('aria-label', '3 of 3 stars');

  // The retry (a new seed) draws a different set, since the case asks fewer questions than it has.
  await page.getByRole('button', { name: 'Play again' }).click();
  await expectPhase(page, 'Briefing');
  await driver.trace();
  await driver.manifest(RIGHT_MANIFEST);
  await driver.activate('.manifest .feedback button');
  // Two hints, every answer right: full points, but at most two stars.
  const second = await playQuiz(driver, (question) => correctAnswer(question), { hints: 2 });
  expect(second.asked.map((q) => q.id).join()).not.toBe(first.asked.map((q) => q.id).join());
  await expect(page.getByTestId('score')).toContainText(`${second.max + 10} of ${second.max + 10} points`);
  await expect(page.locator('.score-card .stars')).toHaveAttribute('aria-label', '2 of 3 stars');
  await expect(page.locator('.score-card')).toContainText('2 hints used');
  await shot('results-with-hints');

  // Progress keeps the best stars and the last attempt's hints; the campaign shows the case solved.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('fts:progress') ?? '{}') as { version: number; levels: Record<string, unknown> });
  expect(saved.version).toBe(2);
  expect(saved.levels[LEVEL_ID]).toMatchObject({ plays: 2, bestStars: 3, bestPercent: 100, last: { stars: 2, hintsUsed: second.asked.slice(0, 2).map((q) => q.id) } });
  await page.goto('/#/campaign');
  const entry = page.locator(`.timeline-item[data-level="${LEVEL_ID}"]`);
  await expect(entry).toContainText('Solved');
  await expect(entry.locator('.stars')).toHaveAttribute('aria-label', '3 of 3 stars');
  await expect(page.locator('.campaign-map')).toHaveAttribute('data-status', 'ready');
  await page.getByRole('button', { name: 'Show all flows' }).click();
  await expect(page.locator('.legend')).toBeVisible();
  await page.waitForTimeout(600);
  await shot('campaign-after');
});

test('reset progress asks first, and forgets only when confirmed', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('fts:progress', JSON.stringify({ version: 2, levels: { 'horse-train-2022': { bestPercent: 80, bestStars: 2, plays: 1, lastPlayed: '2026-11-23T10:00:00.000Z', last: null } } }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/#/levels');
  const card = page.locator(`.case-card[data-level="${LEVEL_ID}"]`);
  await expect(card).toContainText('Best score: 80%');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(dialog).toBeVisible();
  // Cancel has focus: Enter by mistake changes nothing.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('Best score: 80%');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(card).toContainText('New');
  await page.reload();
  await expect(card).toContainText('New');
});
