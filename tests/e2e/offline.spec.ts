/**
 * After one visit online, cases it has never opened play with the network gone, in the visit's own
 * page and after a reload: the site's own server is stopped and the browser is put offline. Desktop
 * only (see playwright.config.ts); the other tests block service workers, so that each sees the network.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticSite } from '../../scripts/static-server.ts';
import { Driver } from './driver.ts';
import { ALL_LEVEL_IDS, axeViolations, expect, expectPhase, LEVEL_ID, loadLevel, seedWithEveryType, test as base } from './support.ts';

const dist = join(fileURLToPath(import.meta.url), '../../../dist');

const test = base.extend<{ site: StaticSite }>({
  site: async ({}, use) => {
    const site = await startStaticServer(dist);
    await use(site);
    await site.stop();
  },
  baseURL: async ({ site }, use) => use(site.url),
});

test.use({ serviceWorkers: 'allow' });

test('after one visit, cases play with the network off, in that visit’s page and after a reload', async ({ page, context, site, shot }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#/levels');
  await expect(page.locator('.case-card').first()).toBeVisible();
  // The player is told once everything has been kept on the device.
  await expect(page.getByTestId('offline-status')).toContainText('plays without a connection', { timeout: 60_000 });
  await shot('offline-ready');
  expect(await axeViolations(page), 'the offline card').toEqual([]);
  await page.getByTestId('offline-status').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('offline-status')).toBeEmpty();
  // The visit is over once its background downloads are (the map engine is fetched when the browser is
  // idle): one still under way when the network goes would fail, and be logged, on this first page.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/phaser-[^/]*\.js$/.test(r.name)));
  await page.waitForLoadState('networkidle');

  await site.stop();
  await context.setOffline(true);
  // The page of the first visit plays without a connection as soon as it says so: a case it has not
  // opened yet opens from what was kept.
  const other = page.locator(`.case-card:not([data-level="${LEVEL_ID}"])`).first();
  await other.getByRole('link').click();
  await expectPhase(page, 'Briefing', 30_000);
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
  await shot('offline-same-page');

  await page.goto('/#/levels');
  await page.reload();
  await expect(page.locator('.case-card')).toHaveCount(ALL_LEVEL_IDS.length);
  await shot('offline-case-files');

  const { level, text } = loadLevel(LEVEL_ID);
  const driver = new Driver(page, 'mouse', level, text);
  await driver.open(seedWithEveryType(level));
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
  await driver.trace({
    onArrive: async (step) => {
      await page.waitForTimeout(150);
      await shot(`offline-map-${step}`);
    },
  });
  const { points, max } = await driver.solveRest();
  await expect(page.getByTestId('score')).toContainText(`${points} of ${max} points`);
  await shot('offline-results');
});
