/** axe-core on every screen and state: no WCAG 2.x A/AA violations. */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { correctAnswer, Driver } from './driver.ts';
import { expect, expectPhase, loadLevel, seedWithEveryType, solveAllBut, test } from './support.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const { level, text } = loadLevel();

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    type Node = { target: string[]; any: { data?: unknown }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: Node[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? '')}`).join(', ')}`);
}

test('every screen and state of a case has no axe violations', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const driver = new Driver(page, 'mouse', level, text);
  // With every other case solved, finishing this one opens the campaign finale, checked below.
  await solveAllBut(page, level.id);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(page), 'title').toEqual([]);
  await page.goto('/#/levels');
  await expect(page.locator('.case-card').first()).toBeVisible();
  expect(await violations(page), 'case files').toEqual([]);

  await driver.open(seedWithEveryType(level));
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
  expect(await violations(page), 'briefing').toEqual([]);
  await page.getByRole('button', { name: 'Start tracing' }).click();
  await page.locator('.stop[data-place="irkutsk"]').click();
  expect(await violations(page), 'trace with a hint').toEqual([]);
  await page.locator('.stop[data-place="ussuriysk"]').click();
  await expect(page.locator('.trace h2')).toHaveText('Arrived at Ussuriysk');
  expect(await violations(page), 'arrival with evidence').toEqual([]);
  await page.locator('.evidence-card .how-button').first().click();
  await expect(page.getByRole('dialog', { name: 'How do we know?' })).toBeVisible();
  expect(await violations(page), 'how do we know').toEqual([]);
  await page.keyboard.press('Escape');
  for (const place of ['khasan', 'tumangang', 'unknown']) {
    await page.locator('.trace .actions button').click();
    await page.locator(`.stop[data-place="${place}"]`).click();
  }
  await page.locator('.trace .actions button').click();
  await expectPhase(page, 'Manifest');
  expect(await violations(page), 'manifest').toEqual([]);
  await driver.manifest({ stallions: 5, medicines: null });
  expect(await violations(page), 'manifest checked').toEqual([]);
  await page.getByRole('button', { name: 'On to the quiz' }).click();

  const seen = new Set<string>();
  while (await page.locator('.quiz').count()) {
    const { question, presentation } = await driver.current();
    const first = !seen.has(question.type);
    if (first) expect(await violations(page), `question: ${question.type}`).toEqual([]);
    if (first && question.type === 'single') {
      await page.getByRole('button', { name: 'Evidence board (11 cards)' }).click();
      expect(await violations(page), 'evidence board').toEqual([]);
      await page.getByRole('button', { name: 'Map' }).click();
    }
    await driver.answer(question, correctAnswer(question), presentation);
    if (first) expect(await violations(page), `feedback: ${question.type}`).toEqual([]);
    seen.add(question.type);
    await driver.next();
  }
  expect(seen.size).toBe(7);
  await expectPhase(page, 'Results');
  expect(await violations(page), 'results').toEqual([]);

  await page.goto('/#/campaign');
  await expect(page.locator('.campaign-map')).toHaveAttribute('data-status', 'ready');
  expect(await violations(page), 'campaign').toEqual([]);
  await page.getByRole('button', { name: 'Show all flows' }).click();
  expect(await violations(page), 'campaign overview').toEqual([]);
  await page.goto('/#/credits');
  await expect(page.locator('.credits-list')).toBeVisible();
  expect(await violations(page), 'credits').toEqual([]);
  await page.goto('/#/levels');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  expect(await violations(page), 'reset dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await page.goto(`/#/play/no-such-case`);
  await expect(page.getByText('There is no case file called “no-such-case”.')).toBeVisible();
  expect(await violations(page), 'unknown case notice').toEqual([]);
});
