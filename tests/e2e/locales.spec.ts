/**
 * Every language the game ships, and the two pseudo-locales, play a whole case:
 * all text translated (none of it left in English), nothing overflowing, no
 * errors, the right direction; with screenshots of each screen.
 */
import type { Page } from '@playwright/test';
import { PSEUDO_CLOSE, PSEUDO_LONG, PSEUDO_OPEN, PSEUDO_RTL, textDirection } from '../../src/core/i18n/locale.ts';
import { Driver } from './driver.ts';
import { ALL_LEVEL_IDS, englishOnly, expect, layoutProblems, LEVEL_ID, loadLevel, localeFile, LOCALES, seedWithEveryType, solveAllBut, test, textsOnScreen } from './support.ts';

const LANGUAGES = [...LOCALES.filter((l) => l !== 'en'), PSEUDO_LONG, PSEUDO_RTL];

/** Visible text that did not go through translation in a pseudo-locale: no pseudo marks, but letters. */
async function unmarkedText(page: Page): Promise<string[]> {
  return page.evaluate(
    ([open, close]) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        // Dates (<time>, written by Intl) and sources' names (<cite>) are not text to translate.
        if (!parent || parent.closest('[hidden], template, time, cite') || parent.getClientRects().length === 0) continue;
        // Letters left once every marked (possibly nested) string is taken out did not go through translation.
        let outside = text;
        const marked = new RegExp(`${open}[^${open}${close}]*${close}`, 'g');
        while (marked.test(outside)) outside = outside.replace(marked, '');
        // Lists of translated items are joined by Intl.ListFormat ("a, b and c"), in the pseudo-locale's English.
        for (const part of new Intl.ListFormat('en-GB', { type: 'conjunction' }).formatToParts(['x', 'y'])) {
          if (part.type === 'literal') outside = outside.split(part.value).join(' ');
        }
        if (/\p{L}{2,}/u.test(outside)) found.push(text);
      }
      return found;
    },
    [PSEUDO_OPEN, PSEUDO_CLOSE],
  );
}

for (const locale of LANGUAGES) {
  // Every language on the phone, where long text is most likely to break the layout; Arabic on the desktop too
  // (the right-to-left pseudo-locale adds nothing there that Arabic does not show).
  const tag = locale === 'ar' ? [] : ['@phone-only'];
  test(`a whole case in ${locale}: translated, fitting, ${textDirection(locale)}`, { tag }, async ({ page, shot }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.text().startsWith('Translation problem')) problems.push(m.text());
    });
    const pseudo = locale === PSEUDO_LONG || locale === PSEUDO_RTL;
    const english = pseudo ? [] : englishOnly(locale, ALL_LEVEL_IDS);
    /** Everything on screen is translated and fits: checked on every screen below. */
    const check = async (where: string) => {
      expect(await layoutProblems(page), `layout: ${where}`).toEqual([]);
      if (pseudo) expect(await unmarkedText(page), `untranslated text: ${where}`).toEqual([]);
      else expect(await textsOnScreen(page, english), `English left on screen: ${where}`).toEqual([]);
    };

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { level, text } = loadLevel(LEVEL_ID, locale);
    const driver = new Driver(page, 'mouse', level, text);
    await driver.open(seedWithEveryType(level), locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', textDirection(locale));
    await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
    await expect(page.locator('.fallback-note')).toHaveCount(0);
    await shot('briefing');
    await check('briefing');

    let shotTrace = false;
    await driver.trace({
      onArrive: async () => {
        if (shotTrace) return;
        shotTrace = true;
        await shot('trace');
        await check('trace');
      },
    });
    await driver.solveRest(async (moment) => {
      if (!moment.startsWith('feedback')) await shot(moment);
      await check(moment);
    });
    await shot('results');
    await check('results');

    // The other screens, in the same language (it was kept from the link).
    for (const [hash, name] of [
      ['#/', 'title'],
      ['#/levels', 'case files'],
      ['#/campaign', 'campaign'],
      ['#/codex', 'codex'],
      ['#/credits', 'credits'],
    ] as const) {
      await page.goto(`/${hash}${pseudo ? `?lang=${locale}` : ''}`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('.case-fallback')).toHaveCount(0);
      await shot(name);
      await check(name);
    }
    expect(problems, 'translation files rejected by the game').toEqual([]);
  });
}

test('the language can be switched from the title and from the settings, keeping progress and the case in play', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['fr-CA', 'en'] }));
  // Every case already solved, to see that progress survives the switches.
  await solveAllBut(page, '');
  await page.goto('/');
  // First visit: the browser's language, matched by its language subtag.
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.locator('#title-language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('h1')).toHaveText((localeFile('de', 'ui.json')['app'] as { name: string }).name);

  const { level } = loadLevel(LEVEL_ID, 'de');
  await page.goto(`/#/play/${LEVEL_ID}?seed=1`);
  await page.locator('.briefing button').click();
  await page.locator(`.stop[data-place="${level.steps[0]?.answer}"]`).click();
  await expect(page.locator('.trace')).toHaveAttribute('data-view', 'arrived');
  await page.locator('.settings-button').first().click();
  await page.locator('#settings-language').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.keyboard.press('Escape');
  // Still at the same stop of the same case, now in Korean.
  await expect(page.locator('.trace')).toHaveAttribute('data-view', 'arrived');
  await expect(page.locator('.trace h2')).toContainText(loadLevel(LEVEL_ID, 'ko').text.places[level.steps[0]?.answer ?? '']?.name ?? '');
  // And it is remembered, with the progress.
  await page.goto('/#/levels');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator(`.case-card[data-level="${LEVEL_ID}"] .stamp-solved`)).toBeVisible();
});
