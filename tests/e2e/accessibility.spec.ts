/** axe-core on every screen and state: no WCAG 2.x A/AA violations. */
import { correctAnswer, Driver } from './driver.ts';
import { axeViolations, expect, expectPhase, LEVEL_ID, loadLevel, seedWithEveryType, solveAllBut, test } from './support.ts';

for (const locale of ['en', 'ar']) {
  // Arabic on the phone only: the desktop's right-to-left layout is checked in locales.spec.ts.
  const tag = locale === 'ar' ? ['@phone-only'] : [];
  test(`every screen and state has no axe violations, in ${locale === 'en' ? 'English' : 'Arabic (right to left)'}`, { tag }, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { level, text } = loadLevel(LEVEL_ID, locale);
    const driver = new Driver(page, 'mouse', level, text);
    // With every other case solved, finishing this one opens the campaign finale, checked below.
    await solveAllBut(page, level.id);
    // The language comes from the link and is kept for the screens that follow.
    await page.goto(`/#/?lang=${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page), 'title').toEqual([]);
    await page.locator('.settings-button').first().click();
    await expect(page.locator('.settings-dialog')).toBeVisible();
    expect(await axeViolations(page), 'settings').toEqual([]);
    await page.keyboard.press('Escape');
    await page.goto('/#/levels');
    await expect(page.locator('.case-card').first()).toBeVisible();
    expect(await axeViolations(page), 'case files').toEqual([]);

    await driver.open(seedWithEveryType(level));
    await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
    expect(await axeViolations(page), 'briefing').toEqual([]);
    await page.locator('.briefing button').click();
    const [first, ...rest] = level.steps;
    const wrong = first?.candidates.find((c) => c !== first.answer) ?? '';
    await page.locator(`.stop[data-place="${wrong}"]`).click();
    await expect(page.locator('.trace .hint')).toBeVisible();
    expect(await axeViolations(page), 'trace with a hint').toEqual([]);
    await page.locator(`.stop[data-place="${first?.answer}"]`).click();
    await expect(page.locator('.trace')).toHaveAttribute('data-view', 'arrived');
    expect(await axeViolations(page), 'arrival with evidence').toEqual([]);
    await page.locator('.evidence-card .how-button').first().click();
    await expect(page.locator('.how-dialog')).toBeVisible();
    expect(await axeViolations(page), 'how do we know').toEqual([]);
    await page.keyboard.press('Escape');
    for (const step of rest) {
      await page.locator('.trace .actions button').click();
      await page.locator(`.stop[data-place="${step.answer}"]`).click();
    }
    await page.locator('.trace .actions button').click();
    await expectPhase(page, 'Manifest');
    expect(await axeViolations(page), 'manifest').toEqual([]);
    await driver.manifest({ stallions: 5, medicines: null });
    expect(await axeViolations(page), 'manifest checked').toEqual([]);
    await page.locator('.manifest .feedback button').click();

    const seen = new Set<string>();
    while (await page.locator('.quiz').count()) {
      const { question, presentation } = await driver.current();
      const firstOfType = !seen.has(question.type);
      if (firstOfType) expect(await axeViolations(page), `question: ${question.type}`).toEqual([]);
      if (firstOfType && question.type === 'single') {
        await page.locator('.pane-switch button').nth(1).click();
        await expect(page.locator('.board-pane')).toBeVisible();
        expect(await axeViolations(page), 'evidence board').toEqual([]);
        await page.locator('.pane-switch button').nth(0).click();
      }
      await driver.answer(question, correctAnswer(question), presentation);
      if (firstOfType) expect(await axeViolations(page), `feedback: ${question.type}`).toEqual([]);
      seen.add(question.type);
      await driver.next();
    }
    expect(seen.size).toBe(7);
    await expectPhase(page, 'Results');
    expect(await axeViolations(page), 'results').toEqual([]);

    await page.goto('/#/campaign');
    await expect(page.locator('.campaign-map')).toHaveAttribute('data-status', 'ready');
    expect(await axeViolations(page), 'campaign').toEqual([]);
    await page.locator('.finale button').click();
    await expect(page.locator('.legend')).toBeVisible();
    expect(await axeViolations(page), 'campaign overview').toEqual([]);
    await page.goto('/#/codex');
    await expect(page.locator('.codex-screen h1')).toBeVisible();
    expect(await axeViolations(page), 'codex').toEqual([]);
    await page.goto('/#/credits');
    await expect(page.locator('.credits-list')).toBeVisible();
    expect(await axeViolations(page), 'credits').toEqual([]);
    await page.goto('/#/levels');
    await page.locator('.desk-footer button').click();
    await expect(page.locator('dialog[open]')).toBeVisible();
    expect(await axeViolations(page), 'reset dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await page.goto(`/#/play/no-such-case`);
    await expect(page.locator('.notice-warning')).toContainText('no-such-case');
    expect(await axeViolations(page), 'unknown case notice').toEqual([]);
  });
}

test('high contrast and the readable font keep every screen free of axe violations', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    if (!localStorage.getItem('fts:settings')) {
      localStorage.setItem('fts:settings', JSON.stringify({ version: 1, motion: 'reduced', contrast: 'high', textSize: 150, font: 'readable', sound: { muted: true, master: 0.8, music: 0.4, effects: 0.8 }, captions: 'auto' }));
    }
  });
  const { level, text } = loadLevel();
  const driver = new Driver(page, 'mouse', level, text);
  await driver.open(seedWithEveryType(level));
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  expect(await axeViolations(page), 'briefing').toEqual([]);
  await driver.trace();
  expect(await axeViolations(page), 'manifest').toEqual([]);
  await page.goto('/#/levels');
  await expect(page.locator('.case-card').first()).toBeVisible();
  expect(await axeViolations(page), 'case files').toEqual([]);
});

test('touch targets are at least 24 by 24 CSS pixels (WCAG 2.5.8)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { level, text } = loadLevel();
  const driver = new Driver(page, 'mouse', level, text);
  // Links inside sentences are exempt (WCAG's inline exception). Map hit targets shrink where places
  // crowd together, under the "equivalent" exception: the same pick is a full-size button in the list.
  // A checkbox or radio button is hit through its whole label.
  const small = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, summary, .map-hotspot')]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.skip-link, p, li > span'))
        .filter((el) => !(el.matches('.map-hotspot') && document.querySelector(`.stop[data-place="${el.dataset['place']}"], .quiz input[value="${el.dataset['place']}"]`)))
        .map((el) => (el.matches('input[type=checkbox], input[type=radio]') ? (el.closest('label') ?? el) : el))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width < 24 || r.height < 24;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`),
    );
  // Polled: the map updates its hit targets a moment after the panel changes.
  const expectNoSmall = (where: string) => expect.poll(small, { message: where }).toEqual([]);
  await driver.open(seedWithEveryType(level));
  await expectNoSmall('briefing');
  await page.locator('.briefing button').click();
  for (const step of level.steps) {
    await expect(page.locator('.trace')).toHaveAttribute('data-view', 'choosing');
    await expectNoSmall(`choosing ${step.id}`);
    await page.locator(`.stop[data-place="${step.answer}"]`).click();
    await expect(page.locator('.trace')).not.toHaveAttribute('data-view', 'choosing');
    await expectNoSmall(`after ${step.id}`);
    await page.locator('.trace .actions button').click();
  }
  await expectNoSmall('manifest');
  await page.goto('/#/levels');
  await expectNoSmall('case files');
});
