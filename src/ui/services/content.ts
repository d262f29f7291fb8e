/**
 * Downloads the content (one bundle for the cases, one per other language: see
 * scripts/content-bundles.ts) and hands each file's text to the core catalog, so a
 * broken file is reported with its name and JSON path while the others load; then gives
 * i18next the text of the cases and the codex. Loaded on demand, after the case list is up:
 * it carries the content schema.
 */
import type { i18n } from 'i18next';
import { buildCatalog, buildTranslation, type Catalog, type FileText, type Translation } from '../../core/content/catalog.ts';
import { formatContentError } from '../../core/content/errors.ts';
import { levelNamespace } from '../../core/content/textKeys.ts';
import { isPseudoLocale, pseudoResource } from '../../core/i18n/locale.ts';
import { BASE_LOCALE } from '../i18n.ts';
import { ICON_URLS } from '../icons.ts';
import { MAP_REGIONS } from './mapLoader.ts';
import contentBundles from 'virtual:content-bundles';

const idOf = (path: string) => /([^/]+)\.json$/.exec(path)?.[1] ?? path;

/** One bundle's files (path → raw text), or why it could not be had. */
type Bundle = { readonly files: ReadonlyMap<string, string> } | { readonly error: string };

async function fetchBundle(name: string): Promise<Bundle> {
  const url = contentBundles[name];
  if (!url) return { files: new Map() };
  try {
    const response = await fetch(url);
    if (!response.ok) return { error: `could not be downloaded (HTTP ${response.status})` };
    const json: unknown = await response.json();
    const files = typeof json === 'object' && json !== null ? (json as { files?: unknown }).files : undefined;
    if (typeof files !== 'object' || files === null) return { error: 'could not be read (the content download is damaged)' };
    return { files: new Map(Object.entries(files).filter((e): e is [string, string] => typeof e[1] === 'string')) };
  } catch {
    // Offline or blocked: every file it holds is reported as unreadable, by name.
    return { error: 'could not be downloaded (network error)' };
  }
}

/** A file from a bundle, or a clear error naming it. */
function fileFrom(bundle: Bundle, file: string): FileText {
  if ('error' in bundle) return { file, text: '', loadError: bundle.error };
  const text = bundle.files.get(file);
  return text === undefined ? { file, text: '', loadError: 'is missing' } : { file, text };
}

/** Whether the file is there (or would be, had the bundle downloaded: it is then reported as unreadable). */
const has = (bundle: Bundle, file: string) => 'error' in bundle || bundle.files.has(file);

const filesUnder = (bundle: Bundle, dir: string): FileText[] =>
  'error' in bundle ? [] : [...bundle.files.keys()].filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/')).map((f) => fileFrom(bundle, f));

const levelTextPath = (locale: string, levelId: string) => `content/locales/${locale}/levels/${levelId}.json`;

async function loadCatalog(): Promise<Catalog> {
  const bundle = await fetchBundle('base');
  const levels = filesUnder(bundle, 'content/levels/');
  const textOf = (level: FileText) => levelTextPath(BASE_LOCALE, idOf(level.file));
  // A case without its English text file is reported by the catalog.
  const levelTexts = new Map(levels.filter((level) => has(bundle, textOf(level))).map((level) => [idOf(level.file), fileFrom(bundle, textOf(level))]));
  const catalog = buildCatalog({
    sources: filesUnder(bundle, 'content/sources/'),
    codex: fileFrom(bundle, 'content/codex.json'),
    codexText: fileFrom(bundle, `content/locales/${BASE_LOCALE}/codex.json`),
    levels,
    levelTexts,
    regionIds: MAP_REGIONS,
    iconIds: new Set(ICON_URLS.keys()),
  });
  for (const error of catalog.errors) console.warn(`Content problem: ${formatContentError(error)}`);
  return catalog;
}

/**
 * The catalog's text in another language, downloaded on demand. A pseudo-locale
 * is made from the English text; a real one is checked file by file, and a case
 * whose translation is missing or incomplete stays in English as a whole.
 */
async function loadTranslation(catalog: Catalog, locale: string): Promise<Translation> {
  if (isPseudoLocale(locale)) {
    const levels = new Map([...catalog.texts].map(([id, text]) => [id, pseudoResource(text) as Record<string, unknown>]));
    return { levels, codex: pseudoResource(catalog.codexText) as Record<string, unknown>, errors: [] };
  }
  const bundle = await fetchBundle(locale);
  const codexPath = `content/locales/${locale}/codex.json`;
  const texts = catalog.levels.map((level) => [level.id, has(bundle, levelTextPath(locale, level.id)) ? fileFrom(bundle, levelTextPath(locale, level.id)) : undefined] as const);
  const codex = has(bundle, codexPath) ? fileFrom(bundle, codexPath) : undefined;
  const translation = buildTranslation(catalog, new Map(texts), codex);
  for (const error of translation.errors) console.warn(`Translation problem (shown in English instead): ${formatContentError(error)}`);
  return translation;
}

/** Makes a language's text of every case and of the codex available to i18next; the rest falls back to English. */
function addTranslation(i18n: i18n, language: string, translation: Translation): void {
  for (const [id, text] of translation.levels) i18n.addResourceBundle(language, levelNamespace(id), text, true, true);
  if (translation.codex) i18n.addResourceBundle(language, 'codex', translation.codex, true, true);
}

/** The catalog with its text in `language`; which cases stay in English. */
export async function loadContent(i18n: i18n, language: string): Promise<{ catalog: Catalog; untranslated: ReadonlySet<string> }> {
  const catalog = await loadCatalog();
  for (const [id, text] of catalog.texts) i18n.addResourceBundle(BASE_LOCALE, levelNamespace(id), text);
  i18n.addResourceBundle(BASE_LOCALE, 'codex', catalog.codexText);
  return { catalog, untranslated: await translate(i18n, catalog, language) };
}

export async function translate(i18n: i18n, catalog: Catalog, language: string): Promise<ReadonlySet<string>> {
  if (language === BASE_LOCALE) return new Set();
  const translation = await loadTranslation(catalog, language);
  addTranslation(i18n, language, translation);
  return new Set(catalog.levels.map((l) => l.id).filter((id) => !translation.levels.has(id)));
}
