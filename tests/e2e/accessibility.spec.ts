/** axe-core on every screen of the slice: no WCAG A/AA violations. */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, expectPhase, test } from './support.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    type Node = { target: string[]; any: { data?: unknown }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: Node[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? '')}`).join(', ')}`);
}

test('title, case files, briefing, trace, every question type, feedback and results have no axe violations', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(page), 'title').toEqual([]);
  await page.goto('/#/levels');
  await expect(page.locator('.case-card')).toBeVisible();
  expect(await violations(page), 'case files').toEqual([]);
  await page.getByRole('link', { name: 'Open case file' }).click();
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
  expect(await violations(page), 'briefing').toEqual([]);
  await page.getByRole('button', { name: 'Start tracing' }).click();
  await page.locator('.stop[data-place="irkutsk"]').click();
  expect(await violations(page), 'trace with a hint').toEqual([]);
  for (const place of ['ussuriysk', 'khasan', 'tumangang', 'unknown']) {
    await page.locator(`.stop[data-place="${place}"]`).click();
    await page.locator('.trace .actions button').click();
  }
  expect(await violations(page), 'evidence').toEqual([]);
  const seen = new Set<string>();
  await expectPhase(page, 'Quiz');
  while (await page.locator('.quiz').count()) {
    const kind = (await page.locator('.quiz input[type=radio]').count())
      ? 'single'
      : (await page.locator('.quiz input[type=checkbox]').count())
        ? 'multiple'
        : (await page.locator('.quiz .ordering').count())
          ? 'ordering'
          : 'numeric';
    if (!seen.has(kind)) expect(await violations(page), `question: ${kind}`).toEqual([]);
    if (kind === 'single') await page.locator('.quiz input[type=radio]').first().check();
    if (kind === 'multiple') await page.locator('.quiz input[type=checkbox]').first().check();
    if (kind === 'numeric') await page.locator('.quiz input[type=number]').fill('3');
    await page.getByRole('button', { name: 'Check answer' }).click();
    if (!seen.has(kind)) expect(await violations(page), `feedback: ${kind}`).toEqual([]);
    seen.add(kind);
    await page.locator('.feedback button').click();
  }
  await expectPhase(page, 'Results');
  expect(await violations(page), 'results').toEqual([]);
  expect([...seen].sort()).toEqual(['multiple', 'numeric', 'ordering', 'single']);
});
