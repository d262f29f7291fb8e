/**
 * A long session: thirty cases opened one after another in one page, each with its map started, the
 * trace begun and the first stop reached, then left for the next — the map engine is made and torn down
 * thirty times. No error may appear, and memory must not keep growing: once every case has been opened
 * (all code compiled, every map and text loaded), eighteen more add less than 10 % to the JS heap.
 * (Whole cases, ten of them, are played in `npm run bench`'s heap figure.)
 */
import { ALL_LEVEL_IDS, expect, loadLevel, test } from './support.ts';

const VISITS = 30;

test('thirty cases opened in one page session: no errors, and the heap stops growing', async ({ page, context }) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    // Phaser tears a game down on its next frame: measure once the map is gone and a few frames have run.
    await page.waitForFunction(() => document.querySelector('canvas') === null);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const sizes: number[] = [];
  for (let visit = 0; visit < VISITS; visit++) {
    const id = ALL_LEVEL_IDS[visit % ALL_LEVEL_IDS.length] as string;
    const first = loadLevel(id).level.steps[0]?.answer as string;
    // From the case list, as a player goes from one case to the next.
    await page.goto('/#/levels');
    await page.locator(`.case-card[data-level="${id}"] a.button`).click();
    await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
    await page.locator('.briefing button').click();
    await page.locator(`.stop[data-place="${first}"]`).click();
    await expect(page.locator('.trace')).toHaveAttribute('data-view', first === 'unknown' ? 'trail-ends' : 'arrived');
    await page.goto('/#/levels');
    await page.locator('.case-card').first().waitFor();
    sizes.push(await heap());
  }
  const settled = sizes[ALL_LEVEL_IDS.length - 1] as number;
  const last = sizes.at(-1) as number;
  const mb = (n: number) => (n / 2 ** 20).toFixed(2);
  test.info().annotations.push({ type: 'heap (MB) after each case', description: sizes.map(mb).join(', ') });
  expect(last / settled, `heap ${mb(settled)} MB after every case once, ${mb(last)} MB after ${VISITS}`).toBeLessThan(1.1);
});
