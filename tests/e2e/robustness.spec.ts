/** Bad input gets a clear message and loses nothing; content is always shown as text. */
import type { Page, Route } from '@playwright/test';
import { ALL_LEVEL_IDS, expect, LEVEL_ID, loadLevel, test } from './support.ts';

/** Rewrites one of the level's two JSON files (structure or English text) in the content download. */
async function rewriteLevelFile(page: Page, which: 'level' | 'text', edit: (json: Record<string, unknown>) => unknown): Promise<void> {
  const file = which === 'level' ? `content/levels/${LEVEL_ID}.json` : `content/locales/en/levels/${LEVEL_ID}.json`;
  await page.route('**/assets/content-base-*.json', async (route: Route) => {
    const response = await route.fetch();
    const bundle = (await response.json()) as { files: Record<string, string> };
    const edited = edit(JSON.parse(bundle.files[file] as string) as Record<string, unknown>);
    bundle.files[file] = typeof edited === 'string' ? edited : JSON.stringify(edited);
    return route.fulfill({ response, json: bundle });
  });
}

test('a broken level file is reported with its file, JSON path and problem, not a blank screen', async ({ page, shot }) => {
  await rewriteLevelFile(page, 'level', (level) => {
    const steps = level['steps'] as { answer: string }[];
    steps[1]!.answer = 'khasan-station';
    return level;
  });
  await page.goto('/#/levels');
  const notice = page.locator('.notice-warning');
  await expect(notice).toContainText('One case file has a problem and is not shown.');
  await notice.getByText('Details for teachers and level authors').click();
  await expect(notice).toContainText('content/levels/horse-train-2022.json');
  await expect(notice).toContainText('$.steps[1].answer');
  await expect(notice).toContainText('must be one of the candidates');
  await shot('broken-level-notice');
  // A link straight to the broken case explains itself too.
  await page.goto('/#/play/horse-train-2022');
  await expect(page.getByText('The case file “horse-train-2022” has a problem and cannot be opened right now.')).toBeVisible();
});

test('the case list is up from its index while the cases download; a case opens once they are in', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/content-base-*.json', async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto('/#/levels');
  await expect(page.locator('.case-card')).toHaveCount(ALL_LEVEL_IDS.length);
  const card = page.locator(`.case-card[data-level="${LEVEL_ID}"]`);
  await expect(card.locator('h2')).toHaveText(loadLevel(LEVEL_ID).text.title);
  await card.getByRole('link').click();
  await expect(page.locator('main[aria-busy="true"]')).toBeVisible();
  release();
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
});

test('invalid JSON in a level text file names the file and the line', async ({ page }) => {
  await rewriteLevelFile(page, 'text', (text) => JSON.stringify(text, null, 2).replace('"summary"', '"summary" "oops"'));
  await page.goto('/#/levels');
  const notice = page.locator('.notice-warning');
  await notice.getByText('Details for teachers and level authors').click();
  await expect(notice).toContainText('content/locales/en/levels/horse-train-2022.json');
  await expect(notice).toContainText(/invalid JSON: .*line 3 column/);
});

test('an unknown level in a link is reported and the case files still work', async ({ page, shot }) => {
  await page.goto('/#/play/goats-2031');
  await expect(page.getByText('There is no case file called “goats-2031”.')).toBeVisible();
  await expect(page.locator('.case-card')).toHaveCount(ALL_LEVEL_IDS.length);
  await shot('unknown-level');
  await page.getByRole('link', { name: 'Open case file' }).first().click();
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
});

test('corrupt saved progress is set aside with a notice, and the game starts cleanly', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('fts:progress', '{"version":1,"levels":{"horse-train-2022":{"bestPercent":"ninety"');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/#/levels');
  await expect(page.getByText('Your saved progress could not be read, so the game starts fresh.')).toBeVisible();
  await expect(page.locator(`.case-card[data-level="${LEVEL_ID}"]`)).toContainText('New');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fts:progress:unreadable:')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"version":1,"levels":{"horse-train-2022":{"bestPercent":"ninety"']);
  // Recovered once: the next visit is clean.
  await page.reload();
  await expect(page.locator('.case-card').first()).toBeVisible();
  await expect(page.getByText('Your saved progress could not be read')).toHaveCount(0);
});

test('markup in content and links is shown as text, never run', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned = true">';
  await rewriteLevelFile(page, 'text', (text) => ({ ...text, title: payload }));
  // The case list shows from its index, which carries the same title.
  await page.route('**/assets/content-cases-en-*.json', async (route: Route) => {
    const response = await route.fetch();
    const index = (await response.json()) as { cases: { id: string; text: { en: { title: string } } }[] };
    for (const entry of index.cases) if (entry.id === LEVEL_ID) entry.text.en.title = payload;
    return route.fulfill({ response, json: index });
  });
  await page.goto(`/#/play/${encodeURIComponent(payload)}`);
  await expect(page.getByText(`There is no case file called “${payload}”.`)).toBeVisible();
  await expect(page.locator(`.case-card[data-level="${LEVEL_ID}"] h2`)).toHaveText(payload);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
});

test('the built page forbids inline scripts and eval, and the game runs within that policy', async ({ page, watch }) => {
  await page.goto('/#/levels');
  await expect(page.locator('.case-card').first()).toBeVisible();
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  // An injected inline script is refused by the browser itself (and reported, as expected here).
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.head.append(script);
    return (window as { __ran?: boolean }).__ran ?? false;
  });
  expect(ran).toBe(false);
  expect(watch.errors).toEqual([expect.stringContaining("violates the following Content Security Policy directive 'script-src 'self''")]);
  watch.errors.length = 0;
  // The map engine, fonts and sounds load under it; any violation would be a console error and fail the test.
  await page.goto(`/#/play/${LEVEL_ID}`);
  await expect(page.locator('.map-view canvas')).toBeVisible();
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
});

test('an error that escapes is shown with details to copy, and the game goes on', async ({ page, watch, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/#/assignment?v=1&cases=${LEVEL_ID}&lrsauth=Basic%20secret`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    window.setTimeout(() => {
      throw new Error('test: an unexpected failure');
    });
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(alert).toBeVisible();
  await alert.getByText('Details for your teacher or for us').click();
  const details = page.getByTestId('crash-details');
  await expect(details).toContainText('Error: test: an unexpected failure');
  // The LRS key in the link is not in the details a student may paste anywhere.
  await expect(details).not.toContainText('secret');
  await alert.getByRole('button', { name: 'Copy the details' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('test: an unexpected failure');
  await alert.getByRole('button', { name: 'Close this message' }).click();
  await expect(alert).toHaveCount(0);
  await page.getByRole('button', { name: 'Start the assignment' }).click();
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
  // The failure was expected here; the fixture checks there was no other.
  expect(watch.errors).toEqual(['pageerror: test: an unexpected failure']);
  watch.errors.length = 0;
});
