/**
 * Every case in content/ plays through in the browser: the trace (screenshots of
 * its map at each stop), the manifest and every question it asks, to a perfect
 * score. Runs in the desktop project only (see playwright.config.ts).
 */
import { Driver, correctAnswer } from './driver.ts';
import { ALL_LEVEL_IDS, expect, expectPhase, loadLevel, seedWithEveryType, test } from './support.ts';

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
      },
    });
    let points = 0;
    if (level.manifest) {
      await driver.manifest(Object.fromEntries(level.manifest.items.map((i) => [i.id, i.quantity ?? null])));
      await expect(page.locator('.manifest .feedback .verdict-word')).toHaveText('Right');
      await driver.activate('.manifest .feedback button');
      points += 10;
    }
    await expectPhase(page, 'Quiz');
    let max = points;
    while ((await page.locator('.quiz').count()) > 0) {
      const { question, presentation } = await driver.current();
      await driver.answer(question, correctAnswer(question), presentation);
      await expect(page.locator('.feedback .verdict-word')).toHaveText('Right');
      points += question.points;
      max += question.points;
      await driver.next();
    }
    await expectPhase(page, 'Results');
    await expect(page.getByTestId('score')).toContainText(`${points} of ${max} points`);
    await expect(page.locator('.sanctions-check')).toBeVisible();
    await shot('results');
  });
}
