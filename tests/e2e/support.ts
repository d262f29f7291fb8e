/**
 * Shared fixtures for the browser tests: every test fails on a console error,
 * an uncaught exception or a request to another origin, and can save
 * screenshots under test-results/screenshots/<project>/.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Watch {
  readonly errors: string[];
  readonly offOrigin: string[];
}

export const test = base.extend<{ watch: Watch; shot: (name: string) => Promise<void> }>({
  watch: async ({ page, baseURL }, use) => {
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

/** The level's structure and English text, read from the project's content. */
export function loadLevel(id: string) {
  const level = JSON.parse(readFileSync(join(root, 'content/levels', `${id}.json`), 'utf8')) as {
    steps: { id: string; answer: string; candidates: string[] }[];
    questions: ({ id: string } & (
      | { type: 'single'; answer: string; options: string[] }
      | { type: 'multiple'; answers: string[]; options: string[] }
      | { type: 'ordering'; items: string[] }
      | { type: 'numeric'; answer: number }
    ))[];
  };
  const text = JSON.parse(readFileSync(join(root, 'content/locales/en/levels', `${id}.json`), 'utf8')) as {
    title: string;
    places: Record<string, { name: string }>;
    questions: Record<string, { prompt: string; options?: Record<string, string>; items?: Record<string, string> }>;
  };
  return { level, text };
}

/** Waits until the case file shows the given phase as current. */
export async function expectPhase(page: Page, phase: string): Promise<void> {
  await expect(page.locator('.phases li[aria-current="step"]')).toContainText(phase);
}
