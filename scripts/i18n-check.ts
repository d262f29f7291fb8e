/**
 * `npm run i18n:check [locale…]`: compares every translation with the English
 * files and lists, per locale, what is missing or wrong (see src/core/i18n/check.ts).
 * Exits 1 when anything is. Without arguments it checks every locale folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLocale, type TranslationProblem } from '../src/core/i18n/check.ts';

const BASE_LOCALE = 'en';

/** Every JSON file under a locale folder, by path relative to it. */
function readLocale(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) files.set(relative(folder, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(folder)) walk(folder);
  return files;
}

const isValidTag = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

/** The problems of each locale under `root`/content/locales (all but English, or those named). */
export function checkLocales(root: string, only: readonly string[] = []): Map<string, TranslationProblem[]> {
  const localesDir = join(root, 'content/locales');
  const locales = readdirSync(localesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== BASE_LOCALE)
    .map((e) => e.name);
  const base = readLocale(join(localesDir, BASE_LOCALE));
  const results = new Map<string, TranslationProblem[]>();
  for (const locale of only.length > 0 ? only : locales) {
    const folder = `content/locales/${locale}`;
    const target = readLocale(join(root, folder));
    const pluralCategories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    results.set(locale, target.size === 0 ? [{ file: folder, key: '$', kind: 'file', message: 'no such locale folder' }] : checkLocale({ locale, base, target, folder, pluralCategories, isValidTag }));
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '../..');
  let failed = false;
  for (const [locale, problems] of checkLocales(root, process.argv.slice(2))) {
    failed ||= problems.length > 0;
    console.log(problems.length === 0 ? `${locale}: complete` : `${locale}: ${problems.length} problem(s)`);
    let file = '';
    for (const p of problems) {
      if (p.file !== file) console.log(`  ${(file = p.file)}`);
      console.log(`    ${p.key === '$' ? '' : `${p.key}: `}${p.message}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
