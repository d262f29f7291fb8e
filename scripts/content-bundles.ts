/**
 * A Vite plugin that ships the content as one download per language instead of one per file: on a
 * school network every request costs a round trip. A bundle maps each file's path to its text,
 * so the game still parses and checks every file on its own and names the file at fault.
 *
 * `import bundles from 'virtual:content-bundles'` gives each bundle's URL: `cases-<locale>` (the case
 * list's index in each language: see src/core/content/caseIndex.ts), `base` (sources, codex, cases and
 * their English text) and one per other language (its text of the codex and the cases).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildCaseIndex, caseIndexFor } from '../src/core/content/caseIndex.ts';

const MODULE_ID = 'virtual:content-bundles';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_PREFIX = '/@content-bundles/';
const BASE_LOCALE = 'en';

const jsonFiles = (root: string, dir: string): string[] => {
  try {
    return readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
};

/** Which content files go in which bundle: paths relative to the project root. */
export function contentBundleFiles(root: string): Record<string, string[]> {
  const locales = readdirSync(join(root, 'content/locales'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const localeFiles = (locale: string) => [...jsonFiles(root, `content/locales/${locale}`).filter((f) => f.endsWith('/codex.json')), ...jsonFiles(root, `content/locales/${locale}/levels`)];
  const bundles: Record<string, string[]> = {
    base: [...jsonFiles(root, 'content/sources'), 'content/codex.json', ...jsonFiles(root, 'content/levels'), ...localeFiles(BASE_LOCALE)],
  };
  for (const locale of locales) if (locale !== BASE_LOCALE) bundles[locale] = localeFiles(locale);
  return bundles;
}

/** A file's text without the layout whitespace; invalid JSON is kept as it is, for the game to report by line. */
function compact(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

/** The files' texts (path → compact text); a file that cannot be read is left out. */
function readFiles(root: string, files: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    try {
      texts.set(file, compact(readFileSync(join(root, file), 'utf8')));
    } catch {
      // Left out: the game reports the missing file by name.
    }
  }
  return texts;
}

/** The bundle's JSON text: `{ "files": { path: text } }`. */
export function bundleText(root: string, files: readonly string[]): string {
  return JSON.stringify({ files: Object.fromEntries(readFiles(root, files)) });
}

/** The case lists' indexes are named `cases-<locale>`. */
const INDEX_PREFIX = 'cases-';

/** The case list's index for one locale, from every bundle's case files: `{ "cases": [...] }`. */
export function caseIndexText(root: string, locale: string): string {
  const files = Object.values(contentBundleFiles(root)).flat().filter((f) => f.includes('/levels/'));
  return JSON.stringify({ cases: caseIndexFor(buildCaseIndex(readFiles(root, files)), locale, BASE_LOCALE) });
}

/** Every bundle's name: the content bundles and one case-list index per locale. */
function bundleNames(root: string): string[] {
  const bundles = Object.keys(contentBundleFiles(root));
  return [...bundles.map((name) => `${INDEX_PREFIX}${name === 'base' ? BASE_LOCALE : name}`), ...bundles];
}

/** A bundle's text by name, the indexes included. */
function namedBundleText(root: string, name: string): string | undefined {
  if (name.startsWith(INDEX_PREFIX)) return caseIndexText(root, name.slice(INDEX_PREFIX.length));
  const files = contentBundleFiles(root)[name];
  return files ? bundleText(root, files) : undefined;
}

export function contentBundles(): Plugin {
  let root = process.cwd();
  let base = '/';
  let serving = false;
  return {
    name: 'content-bundles',
    configResolved(config) {
      root = config.root;
      base = config.base;
      serving = config.command === 'serve';
    },
    // The case list is the first screen: its index downloads with the page, not after the script
    // (in the base language; another language's comes once the script knows the language).
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const built = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && file.names.includes(`content-${INDEX_PREFIX}${BASE_LOCALE}.json`));
        const href = serving ? `${DEV_PREFIX}${INDEX_PREFIX}${BASE_LOCALE}.json` : built ? `${base}${built.fileName}` : undefined;
        return href ? [{ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' }, injectTo: 'head' }] : [];
      },
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const bundles = contentBundleFiles(root);
      const urls = bundleNames(root).map((name) => {
        if (serving) {
          for (const file of bundles[name] ?? []) this.addWatchFile(join(root, file));
          return `${JSON.stringify(name)}: ${JSON.stringify(`${DEV_PREFIX}${name}.json`)}`;
        }
        const ref = this.emitFile({ type: 'asset', name: `content-${name}.json`, source: namedBundleText(root, name) ?? '' });
        return `${JSON.stringify(name)}: import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return `export default { ${urls.join(', ')} };`;
    },
    configureServer(server) {
      // In development the bundles are made on each request, so edits show on reload.
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(DEV_PREFIX) ? req.url.slice(DEV_PREFIX.length).replace(/\.json$/, '') : undefined;
        const text = name ? namedBundleText(root, name) : undefined;
        if (text === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(text);
      });
    },
  };
}
