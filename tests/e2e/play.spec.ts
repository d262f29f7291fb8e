/**
 * Plays "The 2022 horse train" through the real UI: by mouse (clicking places on
 * the map itself) and by keyboard alone, to the results; then checks that the
 * result survives a reload.
 */
import type { Page } from '@playwright/test';
import { expect, expectPhase, loadLevel, test } from './support.ts';

const LEVEL = 'horse-train-2022';
const { level, text } = loadLevel(LEVEL);
type Question = (typeof level.questions)[number];

/** Answers chosen on purpose: all right, except where a plan says otherwise. */
type Plan = Readonly<Record<string, { single?: string; multiple?: readonly string[] }>>;

const optionText = (q: Question, option: string) => text.questions[q.id]?.options?.[option] ?? option;
const itemText = (q: Question, item: string) => text.questions[q.id]?.items?.[item] ?? item;

async function answerByMouse(page: Page, q: Question, plan: Plan): Promise<void> {
  const panel = page.locator('.quiz');
  switch (q.type) {
    case 'single':
      await panel.getByRole('radio', { name: optionText(q, plan[q.id]?.single ?? q.answer), exact: true }).check();
      break;
    case 'multiple':
      for (const option of plan[q.id]?.multiple ?? q.answers) await panel.getByRole('checkbox', { name: optionText(q, option), exact: true }).check();
      break;
    case 'numeric':
      await panel.getByRole('spinbutton').fill(String(q.answer));
      break;
    case 'ordering':
      for (const [target, item] of q.items.entries()) {
        const list = () => panel.locator('.ordering-item .ordering-text').allTextContents();
        while ((await list()).indexOf(itemText(q, item)) > target) await panel.getByRole('button', { name: `Move “${itemText(q, item)}” up` }).click();
      }
      break;
  }
  await panel.getByRole('button', { name: 'Check answer' }).click();
}

/** Moves focus forward with Tab until the target has it: what a keyboard user does. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  // Like a person, wait until the control is on screen before reaching for it.
  await expect(page.locator(selector).first()).toBeVisible();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function answerByKeyboard(page: Page, q: Question): Promise<void> {
  switch (q.type) {
    case 'single': {
      // One Tab enters the radio group; the arrow keys choose within it.
      await tabTo(page, '.quiz input[type=radio]');
      await page.keyboard.press('Space');
      for (let i = 0; i < q.options.length && !(await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, q.answer)); i++) {
        await page.keyboard.press('ArrowDown');
      }
      break;
    }
    case 'multiple':
      for (const answer of q.answers) {
        await tabTo(page, `.quiz input[type=checkbox][value="${answer}"]`);
        await page.keyboard.press('Space');
      }
      break;
    case 'numeric':
      await tabTo(page, '.quiz input[type=number]');
      await page.keyboard.type(String(q.answer));
      break;
    case 'ordering':
      for (const [target, item] of q.items.entries()) {
        const index = async () => (await page.locator('.ordering-item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['item']))).indexOf(item);
        if ((await index()) <= target) continue;
        await tabTo(page, `.ordering-item[data-item="${item}"] button.up`);
        // Focus stays on the moved item's button, so Enter can be pressed again.
        while ((await index()) > target) await page.keyboard.press('Enter');
      }
      break;
  }
  await tabTo(page, '.quiz button[type=submit]');
  await page.keyboard.press('Enter');
}

test('plays the level by mouse from the title to the results, and keeps the result after a reload', async ({ page, shot }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Follow the Shipment' })).toBeVisible();
  await shot('title');
  await page.getByRole('link', { name: 'Open the case files' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case files' })).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(1);
  await shot('case-files');
  await page.getByRole('link', { name: 'Open case file' }).click();

  await expectPhase(page, 'Briefing');
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  expect(marks).toEqual(expect.arrayContaining(['menu-interactive', 'map-interactive']));
  await page.waitForTimeout(300);
  await shot('briefing');
  await page.getByRole('button', { name: 'Start tracing' }).click();
  await expectPhase(page, 'Trace');

  for (const [i, step] of level.steps.entries()) {
    await expect(page.locator('.trace h2')).toHaveText('Where next?');
    if (i === 0) {
      // A wrong pick on the map gives a hint and keeps the game going.
      const wrong = step.candidates.find((c) => c !== step.answer) as string;
      await page.locator(`.map-hotspot[data-place="${wrong}"]`).click();
      await expect(page.locator('.hint')).toBeVisible();
      await expect(page.locator(`.stop[data-place="${wrong}"]`)).toContainText('Not this one');
      await page.waitForTimeout(900);
      await shot('wrong-pick-hint');
    }
    if (step.answer === 'unknown') await page.getByRole('button', { name: /No source says/ }).click();
    else await page.locator(`.map-hotspot[data-place="${step.answer}"]`).click();
    const arrival = step.answer === 'unknown' ? 'The trail goes cold' : `Arrived at ${text.places[step.answer]?.name}`;
    await expect(page.locator('.trace h2')).toHaveText(arrival, { timeout: 20_000 });
    await page.waitForTimeout(800);
    await shot(`arrived-${step.id}`);
    const last = i === level.steps.length - 1;
    await page.getByRole('button', { name: last ? 'Close the trace and take the quiz' : 'Next stop' }).click();
  }

  await expectPhase(page, 'Quiz');
  // Two planned mistakes: a wrong single choice and a half-right multiple select.
  const plan: Plan = { mix: { single: 'twenty-five-stallions' }, 'what-is-banned': { multiple: ['arms-exports', 'luxury-goods', 'trains'] } };
  const shotTypes = new Set<string>();
  for (const [i, q] of level.questions.entries()) {
    await expect(page.locator('.quiz .kicker')).toHaveText(`Question ${i + 1} of ${level.questions.length}`);
    await expect(page.locator('.question-prompt')).toHaveText(text.questions[q.id]?.prompt ?? '');
    if (!shotTypes.has(q.type)) await shot(`question-${q.type}`);
    await answerByMouse(page, q, plan);
    const verdict = q.id === 'mix' ? 'Wrong' : q.id === 'what-is-banned' ? 'Partly right' : 'Right';
    await expect(page.locator('.feedback .verdict-word')).toHaveText(verdict);
    await expect(page.locator('.feedback .sources')).toContainText('Source');
    if (!shotTypes.has(q.type) || q.id === 'mix') await shot(`feedback-${q.id}`);
    shotTypes.add(q.type);
    await page.getByRole('button', { name: i === level.questions.length - 1 ? 'See results' : 'Next question' }).click();
  }

  await expectPhase(page, 'Results');
  // 13 questions × 10 points; −10 for the wrong one, −7 for the half-right one (1 of 3 right answers net).
  await expect(page.getByTestId('score')).toContainText('113 of 130 points');
  await expect(page.getByTestId('score')).toContainText('87%');
  await expect(page.locator('.score-card .stars')).toHaveAttribute('aria-label', '2 of 3 stars');
  await expect(page.locator('.review-item')).toHaveCount(level.questions.length);
  await expect(page.locator('.review-wrong')).toHaveCount(1);
  await shot('results');

  await page.getByRole('link', { name: 'Back to the case files' }).click();
  const card = page.locator(`.case-card[data-level="${LEVEL}"]`);
  await expect(card).toContainText('Solved');
  await expect(card).toContainText('Best score: 87%');
  await page.reload();
  await expect(card).toContainText('Best score: 87%');
  await expect(card.locator('.stars')).toHaveAttribute('aria-label', '2 of 3 stars');
  await shot('case-files-after-reload');
});

test('plays the level with the keyboard alone, with reduced motion, to a perfect score', async ({ page, shot }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await tabTo(page, 'a[href="#/levels"]');
  await page.keyboard.press('Enter');
  await tabTo(page, `a[href="#/play/${LEVEL}"]`);
  await page.keyboard.press('Enter');
  await expectPhase(page, 'Briefing');
  await tabTo(page, '.briefing button');
  await page.keyboard.press('Enter');

  for (const [i, step] of level.steps.entries()) {
    // The new step's heading has focus: the list of places is the next stop for Tab.
    await expect(page.locator('.trace h2')).toBeFocused();
    await tabTo(page, `.stop[data-place="${step.answer}"]`);
    await page.keyboard.press('Enter');
    const arrival = step.answer === 'unknown' ? 'The trail goes cold' : `Arrived at ${text.places[step.answer]?.name}`;
    await expect(page.locator('.trace h2')).toHaveText(arrival);
    await expect(page.locator('.trace h2')).toBeFocused();
    if (i === 2) await shot('keyboard-arrived');
    await tabTo(page, '.trace .actions button');
    await page.keyboard.press('Enter');
  }

  await expectPhase(page, 'Quiz');
  for (const [i, q] of level.questions.entries()) {
    await expect(page.locator('.question-prompt')).toBeFocused();
    await answerByKeyboard(page, q);
    await expect(page.locator('#feedback-heading')).toBeFocused();
    await expect(page.locator('.feedback .verdict-word')).toHaveText('Right');
    if (q.type === 'ordering') await shot('keyboard-ordering-feedback');
    await tabTo(page, '.feedback button');
    await page.keyboard.press('Enter');
    if (i < level.questions.length - 1) await expect(page.locator('.quiz .kicker')).toHaveText(`Question ${i + 2} of ${level.questions.length}`);
  }

  await expectPhase(page, 'Results');
  await expect(page.locator('#results-heading')).toBeFocused();
  await expect(page.getByTestId('score')).toContainText('130 of 130 points');
  await expect(page.locator('.score-card .stars')).toHaveAttribute('aria-label', '3 of 3 stars');
  await shot('keyboard-results');
  // "Play again" starts a fresh attempt at the briefing.
  await tabTo(page, '.results .actions button');
  await page.keyboard.press('Enter');
  await expectPhase(page, 'Briefing');
});
