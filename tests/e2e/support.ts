/**
 * Shared fixtures for the browser tests: every test fails on a console error,
 * an uncaught exception or a request to another origin, and can save
 * screenshots under test-results/screenshots/<project>/<test>/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { parseLevel } from '../../src/core/content/parse.ts';
import type { Level } from '../../src/core/content/schema.ts';
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
        if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
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
      // One folder per test (first words of its title), numbered in the order taken.
      const slug = testInfo.title.split(/\W+/).slice(0, 4).join('-').toLowerCase();
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

/** The level as the game parses it (the tests read the project's own content, like the game). */
export function loadLevel(id = LEVEL_ID): { level: Level; text: LevelText } {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const sourceFiles = readdirSync(join(root, 'content/sources')).map((f) => `content/sources/${f}`);
  const sourceIds = new Set(sourceFiles.flatMap((f) => (JSON.parse(read(f)) as { sources: { id: string }[] }).sources.map((s) => s.id)));
  const codexIds = new Set((JSON.parse(read('content/codex.json')) as { entries: { id: string }[] }).entries.map((e) => e.id));
  const idsIn = (dir: string, ext: string) => new Set(readdirSync(join(root, dir)).map((f) => f.slice(0, -ext.length)));
  const context = { sourceIds, codexIds, regionIds: idsIn('assets/maps', '.json'), iconIds: idsIn('assets/icons', '.svg') };
  const parsed = parseLevel(`content/levels/${id}.json`, read(`content/levels/${id}.json`), context);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return { level: parsed.value, text: JSON.parse(read(`content/locales/en/levels/${id}.json`)) as LevelText };
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
export async function expectPhase(page: Page, phase: string): Promise<void> {
  await expect(page.locator('.phases li[aria-current="step"]')).toContainText(phase);
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
