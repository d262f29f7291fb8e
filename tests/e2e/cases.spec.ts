/**
 * Every case in content/ plays through in the browser: the trace (screenshots of
 * its map at each stop, with land drawn where it belongs), the manifest and every
 * question it asks, to a perfect score. Runs in the desktop project only (see playwright.config.ts).
 */
import { Driver } from './driver.ts';
import { ALL_LEVEL_IDS, expect, loadLevel, mapLandShare, seedWithEveryType, test } from './support.ts';

for (const id of ALL_LEVEL_IDS) {
  test(`case ${id} plays through to a perfect score`, async ({ page, shot }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { level, text } = loadLevel(id);
    const driver = new Driver(page, 'mouse', level, text);
    await driver.open(seedWithEveryType(level));
    await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
    await shot('briefing');
    await driver.trace({
      onArrive: async (step) => {
        await page.waitForTimeout(150);
        await shot(`map-${step}`);
        // Every stop is in or off Russia or Korea: land fills much of the view (a map drawn for a stale
        // camera, or without its detailed layer, showed under a tenth).
        expect(await mapLandShare(page), `land on the map at ${step}`).toBeGreaterThan(0.2);
      },
    });
    const { points, max } = await driver.solveRest();
    await expect(page.getByTestId('score')).toContainText(`${points} of ${max} points`);
    await expect(page.locator('.sanctions-check')).toBeVisible();
    await shot('results');
  });
}
