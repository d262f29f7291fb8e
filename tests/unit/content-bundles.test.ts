/** The content bundles carry every file the game reads, once, each under its own path and unchanged. */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleText, contentBundleFiles } from '../../scripts/content-bundles.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const filesIn = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(`${dir}/${e.name}`) : e.name.endsWith('.json') ? [`${dir}/${e.name}`] : []));

describe('content bundles', () => {
  const bundles = contentBundleFiles(root);

  it('hold every file the game reads exactly once: cases, sources and codex in "base", each language in its own', () => {
    const read = filesIn('content').filter((f) => !f.endsWith('/ui.json') && !/^content\/[^/]+\.schema\.json$/.test(f));
    const bundled = Object.values(bundles).flat();
    expect(new Set(bundled).size).toBe(bundled.length);
    expect(bundled.sort()).toEqual(read.sort());
    expect(bundles['base']).toContain('content/locales/en/levels/horse-train-2022.json');
    for (const [name, files] of Object.entries(bundles)) if (name !== 'base') expect(files.every((f) => f.startsWith(`content/locales/${name}/`))).toBe(true);
  });

  it('keep each file’s content, and a broken file’s text exactly, so the game reports it by its own name and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    mkdirSync(join(dir, 'content/levels'), { recursive: true });
    writeFileSync(join(dir, 'content/levels/a.json'), '{ "id": "a",\n  oops }');
    const bundle = JSON.parse(bundleText(dir, ['content/levels/a.json', 'content/levels/gone.json'])) as { files: Record<string, string> };
    expect(bundle.files).toEqual({ 'content/levels/a.json': '{ "id": "a",\n  oops }' });
    const codex = (JSON.parse(bundleText(root, ['content/codex.json'])) as { files: Record<string, string> }).files['content/codex.json'] as string;
    expect(JSON.parse(codex)).toEqual(JSON.parse(readFileSync(join(root, 'content/codex.json'), 'utf8')));
  });
});
