/**
 * Shared fixtures for the browser tests: every test fails on a console error,
 * an uncaught exception or a request to another origin, and can save
 * screenshots under test-results/screenshots/<project>/<test>/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { parseLevel } from '../../src/core/content/parse.ts';
import type { Level } from '../../src/core/content/schema.ts';
import { flattenResource } from '../../src/core/content/textKeys.ts';
import { isPseudoLocale, pseudoResource } from '../../src/core/i18n/locale.ts';
import { startQuiz } from '../../src/core/quiz/session.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Watch {
  readonly errors: string[];
  readonly offOrigin: string[];
}

export const test = base.extend<{ watch: Watch; shot: (name: string) => Promise<void> }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { errors: [], offOrigin: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        // A failed download is logged without its address; the message's location names it.
        if (message.type() === 'error') watch.errors.push(`console: ${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`);
      });
      page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) watch.offOrigin.push(url);
      });
      await use(watch);
      expect(watch.errors, 'errors logged by the page').toEqual([]);
      expect(watch.offOrigin, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  shot: async ({ page }, use, testInfo) => {
    let n = 0;
    await use(async (name: string) => {
      n += 1;
      // One folder per test (its title up to a colon, or its first words), numbered in the order taken.
      const head = testInfo.title.includes(':') ? (testInfo.title.split(':')[0] as string) : testInfo.title.split(/\W+/).slice(0, 4).join(' ');
      const slug = head.trim().split(/\W+/).join('-').toLowerCase();
      const file = join(root, 'test-results/screenshots', testInfo.project.name, slug, `${String(n).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
    });
  },
});

export { expect };

export const LEVEL_ID = 'horse-train-2022';

/** Every case in the project's content, by id. */
export const ALL_LEVEL_IDS: readonly string[] = readdirSync(join(root, 'content/levels'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

/** The languages the game ships: its locale folders. */
export const LOCALES: readonly string[] = readdirSync(join(root, 'content/locales'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** A locale's text file as JSON; pseudo-locales are made from English as the game makes them. */
export function localeFile(locale: string, path: string): Record<string, unknown> {
  const read = (l: string) => JSON.parse(readFileSync(join(root, 'content/locales', l, path), 'utf8')) as Record<string, unknown>;
  return isPseudoLocale(locale) ? (pseudoResource(read('en'), path === 'ui.json' ? ['format'] : []) as Record<string, unknown>) : read(locale);
}

/** The level as the game parses it (the tests read the project's own content, like the game), with its text in `locale`. */
export function loadLevel(id = LEVEL_ID, locale = 'en'): { level: Level; text: LevelText } {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const sourceFiles = readdirSync(join(root, 'content/sources')).map((f) => `content/sources/${f}`);
  const sourceIds = new Set(sourceFiles.flatMap((f) => (JSON.parse(read(f)) as { sources: { id: string }[] }).sources.map((s) => s.id)));
  const codexIds = new Set((JSON.parse(read('content/codex.json')) as { entries: { id: string }[] }).entries.map((e) => e.id));
  const idsIn = (dir: string, ext: string) => new Set(readdirSync(join(root, dir)).map((f) => f.slice(0, -ext.length)));
  const context = { sourceIds, codexIds, regionIds: idsIn('assets/maps', '.json'), iconIds: idsIn('assets/icons', '.svg') };
  const parsed = parseLevel(`content/levels/${id}.json`, read(`content/levels/${id}.json`), context);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return { level: parsed.value, text: localeFile(locale, `levels/${id}.json`) as unknown as LevelText };
}

export interface LevelText {
  readonly title: string;
  readonly places: Record<string, { readonly name: string }>;
  readonly manifest: Record<string, string>;
  readonly questions: Record<string, { readonly prompt: string; readonly options?: Record<string, string>; readonly items?: Record<string, string>; readonly matches?: Record<string, string>; readonly reasons?: Record<string, string> }>;
}

/** A seed whose attempt asks at least one question of every type, so one run exercises every control. */
export function seedWithEveryType(level: Level, skip = 0): number {
  const types = new Set(level.questions.map((q) => q.type));
  let found = 0;
  for (let seed = 1; seed < 100_000; seed++) {
    const asked = new Set(startQuiz(level, seed).questionIds.map((id) => level.questions.find((q) => q.id === id)?.type));
    if ([...types].every((t) => asked.has(t)) && found++ === skip) return seed;
  }
  throw new Error('no seed asks every question type');
}

/** Waits until the case file shows the given phase as current. */
/** The phase indicator marks `phase` ("Briefing", "Quiz", … or its id) as the current step, in any language. */
export async function expectPhase(page: Page, phase: string, timeout?: number): Promise<void> {
  await expect(page.locator('.phases li[aria-current="step"]')).toHaveAttribute('data-phase', phase.toLowerCase(), timeout === undefined ? {} : { timeout });
}

/** Saved progress in which every case but `except` is solved, so finishing it opens the campaign finale. */
export async function solveAllBut(page: Page, except: string): Promise<void> {
  const solved = { bestPercent: 100, bestStars: 3, plays: 1, lastPlayed: '2026-11-23T10:00:00.000Z', last: null };
  const levels = Object.fromEntries(ALL_LEVEL_IDS.filter((id) => id !== except).map((id) => [id, solved]));
  await page.addInitScript((progress) => {
    // Once per test: the game's own saves must survive reloads.
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('fts:progress', progress);
    sessionStorage.setItem('seeded', '1');
  }, JSON.stringify({ version: 2, levels }));
}

/**
 * English strings that `locale` translates differently: if one of them is on screen, some text skipped
 * translation (or fell back to English).
 */
export function englishOnly(locale: string, levelIds: readonly string[]): string[] {
  const pairs = ['ui.json', 'codex.json', ...levelIds.map((id) => `levels/${id}.json`)].flatMap((path) => {
    const target = flattenResource(localeFile(locale, path));
    return [...flattenResource(localeFile('en', path))].filter(([key, english]) => typeof english === 'string' && target.get(key) !== english && english.trim().length > 1);
  });
  return [...new Set(pairs.map(([, english]) => (english as string).trim()))];
}

/** Visible text nodes of the page (outside the map canvas) that are exactly one of `strings`. */
export async function textsOnScreen(page: Page, strings: readonly string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const wanted = new Set(list);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('[hidden], template') || parent.getClientRects().length === 0) continue;
      if (wanted.has(text)) found.push(text);
    }
    return found;
  }, strings);
}

/**
 * What does not fit: the page scrolling sideways, controls cut off at the screen's edge, and text
 * spilling out of (or clipped by) its box. Each problem names the element.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: HTMLElement) => el.getClientRects().length > 0 && !el.closest('.visually-hidden, .skip-link, .map-view, .campaign-map, dialog:not([open])');
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      // Name the innermost elements that stick out.
      const out = (el: Element) => el.getBoundingClientRect().right > width + 1;
      const culprits = [...document.querySelectorAll('main *')].filter((el) => out(el) && ![...el.children].some(out)).slice(0, 5);
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px for ${width}px): ${culprits.map(name).join(', ')}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, summary, label')) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > width + 1 || r.width < 1) problems.push(`off screen: ${name(el)}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      // 1 px wide: hidden for the eye but kept for screen readers (the .visually-hidden technique).
      // Text fields scroll their own content (a long link in a one-line field is still all there).
      if (!visible(el) || el.clientWidth <= 1 || el.matches('input, textarea')) continue;
      const style = getComputedStyle(el);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      const control = el.matches('button, a.button, select, .stamp, h1, h2, h3, label, summary');
      const clipped = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (!scrolls && (control || clipped) && el.scrollWidth > el.clientWidth + 1) problems.push(`text overflows: ${name(el)}`);
    }
    return problems;
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe-core's WCAG 2.x A/AA violations on the page as it is now, each with the elements at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the page's own policy forbids a script tag with it inline.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    type Node = { target: string[]; any: { data?: unknown }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: Node[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? '')}`).join(', ')}`);
}

/** The map's land colours (src/map/MapScene.ts): a country, and one of the two the game is about. */
const LAND_COLOURS: readonly (readonly [number, number, number])[] = [
  [0x24, 0x32, 0x41],
  [0x2f, 0x43, 0x5a],
];

/**
 * The share of the map's pixels painted as land, from a screenshot of its canvas (decoded by the
 * browser itself): what the player sees, whichever way the map was drawn.
 */
export async function mapLandShare(page: Page): Promise<number> {
  const png = await page.locator('.map-pane canvas').screenshot();
  return page.evaluate(
    async ({ data, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('No 2D context');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let land = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i] as number, pixels[i + 1] as number, pixels[i + 2] as number];
        if (colours.some(([cr, cg, cb]) => Math.abs(r - cr) + Math.abs(g - cg) + Math.abs(b - cb) <= 6)) land++;
      }
      return land / (pixels.length / 4);
    },
    { data: png.toString('base64'), colours: LAND_COLOURS },
  );
}
