/**
 * Settings, sound, captions and read-aloud in the browser: what the player
 * chooses persists and takes effect; sounds are asked for on the right events;
 * no audio, no problem.
 */
import type { Page } from '@playwright/test';
import { Driver } from './driver.ts';
import { expect, layoutProblems, LEVEL_ID, loadLevel, mapLandShare, seedWithEveryType, test } from './support.ts';

const { level, text } = loadLevel();

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
}

async function closeSettings(page: Page): Promise<void> {
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
}

test('captions show the sounds the game asks for, on the right events', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/#/play/${LEVEL_ID}?seed=${seedWithEveryType(level)}`);
  await openSettings(page);
  await page.getByRole('radio', { name: 'Always' }).check();
  await closeSettings(page);
  const caption = page.getByTestId('caption');
  await page.getByRole('button', { name: 'Start tracing' }).click();
  await page.locator('.stop[data-place="irkutsk"]').click();
  await expect(caption).toHaveText('♪ Soft low tone: not right');
  await page.locator('.stop[data-place="ussuriysk"]').click();
  // The leg's sound, then the evidence found on arrival.
  await expect(caption).toHaveText('♪ Evidence card added');
  await page.locator('.trace .actions button').click();
  const driver = new Driver(page, 'mouse', level, text);
  for (const place of ['khasan', 'tumangang', 'unknown']) {
    await page.locator(`.stop[data-place="${place}"]`).click();
    await page.locator('.trace .actions button').click();
  }
  await driver.manifest({ stallions: 5, mares: 25 });
  await expect(caption).toHaveText('♪ Right-answer chime');
  await page.getByRole('button', { name: 'On to the quiz' }).click();
  await page.getByRole('button', { name: /^Hint/ }).click();
  await expect(caption).toHaveText('♪ Hint chime');
  const { question, presentation } = await driver.current();
  const { wrongAnswer } = await import('./driver.ts');
  await driver.answer(question, wrongAnswer(question, presentation), presentation);
  await expect(caption).toHaveText('♪ Soft low tone: not right');
  // Captions are visual only: the live region already says it in words.
  await expect(caption).toHaveAttribute('aria-hidden', 'true');
});

test('a leg asks for its own vehicle sound', async ({ page }) => {
  await page.goto(`/#/play/${LEVEL_ID}`);
  await openSettings(page);
  await page.getByRole('radio', { name: 'Always' }).check();
  await closeSettings(page);
  await page.getByRole('button', { name: 'Start tracing' }).click();
  await page.locator('.stop[data-place="ussuriysk"]').click();
  await expect(page.getByTestId('caption')).toHaveText('♪ Train on the move');
});

test('settings persist across a reload: mute, text size, contrast, font, motion', async ({ page }) => {
  await page.goto('/');
  await openSettings(page);
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('checkbox', { name: 'Mute all sound' }).check();
  await dialog.getByRole('checkbox', { name: 'High contrast' }).check();
  await dialog.getByRole('checkbox', { name: /Easier-to-read font/ }).check();
  await dialog.getByLabel('Text size').selectOption('150');
  await dialog.getByRole('radio', { name: /Reduce motion/ }).check();
  await closeSettings(page);
  const applied = () => page.evaluate(() => ({ ...document.documentElement.dataset, size: document.documentElement.style.fontSize }));
  expect(await applied()).toMatchObject({ contrast: 'high', font: 'readable', motion: 'reduced', size: '150%' });
  await page.reload();
  expect(await applied()).toMatchObject({ contrast: 'high', font: 'readable', motion: 'reduced', size: '150%' });
  await openSettings(page);
  await expect(dialog.getByRole('checkbox', { name: 'Mute all sound' })).toBeChecked();
  await expect(dialog.getByRole('slider', { name: 'Volume' })).toBeDisabled();
  // Muted, captions come on by themselves ("when the sound is off" is the default).
  await closeSettings(page);
  await page.goto(`/#/play/${LEVEL_ID}`);
  await page.getByRole('button', { name: 'Start tracing' }).click();
  await page.locator('.stop[data-place="irkutsk"]').click();
  await expect(page.getByTestId('caption')).toHaveText('♪ Soft low tone: not right');
});

test('with no audio at all, the game plays silently, without errors, and shows captions', async ({ page }) => {
  await page.addInitScript(() => {
    // As on a machine where the browser blocks or lacks audio.
    const w = window as unknown as Record<string, unknown>;
    delete w['AudioContext'];
    delete w['webkitAudioContext'];
    HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
    HTMLMediaElement.prototype.canPlayType = () => '';
  });
  await page.goto(`/#/play/${LEVEL_ID}`);
  await page.getByRole('button', { name: 'Start tracing' }).click();
  await page.locator('.stop[data-place="irkutsk"]').click();
  await expect(page.getByTestId('caption')).toHaveText('♪ Soft low tone: not right');
  await page.locator('.stop[data-place="ussuriysk"]').click();
  await expect(page.locator('.trace h2')).toHaveText('Arrived at Ussuriysk', { timeout: 20_000 });
});

test('read aloud speaks in the page language where the browser has a voice, and is hidden where it has none', async ({ page }) => {
  await page.goto(`/#/play/${LEVEL_ID}`);
  await expect(page.getByRole('button', { name: 'Start tracing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);

  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const voice = { lang: 'en-GB', name: 'Test voice', default: true, localService: true, voiceURI: 'test' };
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [voice],
        speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      lang = '';
      voice: unknown = null;
      constructor(text: string) {
        this.text = text;
      }
    };
  });
  await page.reload();
  await page.getByRole('button', { name: 'Read aloud' }).first().click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]?.lang).toBe('en-GB');
  expect(spoken[0]?.text).toContain(text.title);
});

test('reduced motion stops the animations; full motion animates', async ({ page }) => {
  for (const motion of ['reduce', 'no-preference'] as const) {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto(`/#/play/${LEVEL_ID}?seed=1`);
    await page.reload();
    await page.getByRole('button', { name: 'Start tracing' }).click();
    await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
    await page.locator('.stop[data-place="ussuriysk"]').click();
    if (motion === 'no-preference') {
      // The cargo travels: the panel says so while the map animates.
      await expect(page.locator('.trace h2')).toHaveText(/On the move/);
    }
    await expect(page.locator('.trace h2')).toHaveText('Arrived at Ussuriysk', { timeout: 20_000 });
    // New evidence slides in with full motion and simply appears with reduced motion.
    const slide = await page.locator('.evidence-card.fresh').first().evaluate((el) => getComputedStyle(el).animationName);
    expect(slide).toBe(motion === 'reduce' ? 'none' : 'slide-in');
    if (motion === 'reduce') expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  }
});

test('a map that holds still draws no frames; legs, camera flights and pulsing candidates do', async ({ page }) => {
  // Each frame the map draws asks the browser for the next one: count those requests.
  await page.addInitScript(() => {
    const counted = window as unknown as { frameRequests: number };
    counted.frameRequests = 0;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      counted.frameRequests += 1;
      return request(callback);
    };
  });
  const framesIn = (ms: number) =>
    page.evaluate(async (ms) => {
      const counted = window as unknown as { frameRequests: number };
      const before = counted.frameRequests;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return counted.frameRequests - before;
    }, ms);
  // Once the last change is drawn (a camera flight ends 0.7 s after it starts), the loop sleeps.
  const still = (when: string) => expect.poll(() => framesIn(500), { message: `frames in half a second, ${when}`, timeout: 5_000 }).toBe(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/#/play/${LEVEL_ID}?seed=1`);
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
  await still('briefing, reduced motion');
  await page.getByRole('button', { name: 'Start tracing' }).click();
  await still('choosing, reduced motion');
  // Woken by the pick, the map draws the leg and the new stop.
  await page.locator('.stop[data-place="ussuriysk"]').click();
  await expect(page.locator('.trace h2')).toHaveText('Arrived at Ussuriysk');
  await still('arrived, reduced motion');
  expect(await mapLandShare(page), 'land on the map once it has slept and woken').toBeGreaterThan(0.2);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.reload();
  await expect(page.locator('.map-pane')).toHaveAttribute('data-status', 'ready');
  await still('briefing, full motion');
  await page.getByRole('button', { name: 'Start tracing' }).click();
  // The camera flies for 0.7 s; after that, a map that slept would draw nothing at all. The candidates
  // pulse for as long as they wait to be picked. (How many frames a busy test machine draws varies.)
  await page.waitForTimeout(2000);
  expect(await framesIn(1000), 'frames in a second while the candidates pulse').toBeGreaterThan(0);
  await page.locator('.stop[data-place="ussuriysk"]').click();
  await expect(page.locator('.trace h2')).toHaveText(/On the move/);
  expect(await framesIn(500), 'frames in half a second while the cargo travels').toBeGreaterThan(0);
  await expect(page.locator('.trace h2')).toHaveText('Arrived at Ussuriysk', { timeout: 20_000 });
  await still('arrived, full motion');
});

test('the live region and the map description follow the shipment', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/#/play/${LEVEL_ID}`);
  await page.getByRole('button', { name: 'Start tracing' }).click();
  const map = page.locator('.map-view[role="img"]');
  await expect(map).toHaveAttribute('aria-label', /The shipment is at Suzdal\. Traced so far: nothing yet\./);
  await page.locator('.stop[data-place="ussuriysk"]').click();
  await expect(page.getByTestId('announcer')).toHaveText('Arrived at Ussuriysk 2 new pieces of evidence');
  await expect(map).toHaveAttribute('aria-label', /The shipment is at Ussuriysk\. Traced so far: Suzdal to Ussuriysk by rail, route inferred\./);
});

test('at 200% text and in high contrast, every control stays on screen (screenshots)', async ({ page, shot }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await openSettings(page);
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Text size').selectOption('200');
  await dialog.getByRole('checkbox', { name: 'High contrast' }).check();
  await shot('settings-200-high-contrast');
  await closeSettings(page);
  await shot('title');
  expect(await layoutProblems(page)).toEqual([]);
  await page.goto('/#/levels');
  await expect(page.locator('.case-card').first()).toBeVisible();
  await shot('case-files');
  expect(await layoutProblems(page)).toEqual([]);
  const driver = new Driver(page, 'mouse', level, text);
  await driver.open(seedWithEveryType(level));
  await shot('briefing');
  expect(await layoutProblems(page)).toEqual([]);
  await driver.trace();
  await driver.solveRest(async (moment) => {
    if (moment.startsWith('feedback')) return;
    await shot(moment);
    expect(await layoutProblems(page), moment).toEqual([]);
  });
  await shot('results');
  expect(await layoutProblems(page)).toEqual([]);
});
