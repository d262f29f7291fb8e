/**
 * Fetches the content files as text and hands them to the core catalog, so a
 * broken file is reported with its name and JSON path while the others load.
 */
import { buildCatalog, buildTranslation, type Catalog, type FileText, type Translation } from '../../core/content/catalog.ts';
import { formatContentError } from '../../core/content/errors.ts';
import { isPseudoLocale, pseudoResource } from '../../core/i18n/locale.ts';
import { BASE_LOCALE } from '../i18n.ts';
import { ICON_URLS } from '../icons.ts';

type UrlMap = Record<string, string>;
const asUrls = (glob: Record<string, unknown>) => glob as UrlMap;

const sourceUrls = asUrls(import.meta.glob('/content/sources/*.json', { query: '?url', import: 'default', eager: true }));
const codexUrl = asUrls(import.meta.glob('/content/codex.json', { query: '?url', import: 'default', eager: true }));
const codexTextUrls = asUrls(import.meta.glob('/content/locales/*/codex.json', { query: '?url', import: 'default', eager: true }));
const levelUrls = asUrls(import.meta.glob('/content/levels/*.json', { query: '?url', import: 'default', eager: true }));
const levelTextUrls = asUrls(import.meta.glob('/content/locales/*/levels/*.json', { query: '?url', import: 'default', eager: true }));
const mapUrls = asUrls(import.meta.glob('/assets/maps/*.json', { query: '?url', import: 'default', eager: true }));

const fileName = (path: string) => path.replace(/^\//, '');
const idOf = (path: string) => /([^/]+)\.json$/.exec(path)?.[1] ?? path;

async function fetchText(path: string, url: string): Promise<FileText> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { file: fileName(path), text: '', loadError: `could not be downloaded (HTTP ${response.status})` };
    return { file: fileName(path), text: await response.text() };
  } catch {
    // Offline or blocked: report the file as unreadable rather than failing the whole catalog.
    return { file: fileName(path), text: '', loadError: 'could not be downloaded (network error)' };
  }
}

function levelTextPath(locale: string, levelId: string): string {
  return `/content/locales/${locale}/levels/${levelId}.json`;
}

export async function fetchLevelText(locale: string, levelId: string): Promise<FileText | undefined> {
  const path = levelTextPath(locale, levelId);
  const url = levelTextUrls[path];
  return url ? fetchText(path, url) : undefined;
}

export function mapUrl(region: string): string | undefined {
  return mapUrls[`/assets/maps/${region}.json`];
}

/** A file known at build time, or a clear error when it is missing. */
function fetchKnown(urls: UrlMap, path: string): Promise<FileText> {
  const url = urls[path];
  return url ? fetchText(path, url) : Promise.resolve({ file: fileName(path), text: '', loadError: 'is missing' });
}

export async function loadCatalog(): Promise<Catalog> {
  const levelIds = Object.keys(levelUrls).map(idOf);
  const [sources, codex, codexText, levels, texts] = await Promise.all([
    Promise.all(Object.entries(sourceUrls).map(([path, url]) => fetchText(path, url))),
    fetchKnown(codexUrl, '/content/codex.json'),
    fetchKnown(codexTextUrls, `/content/locales/${BASE_LOCALE}/codex.json`),
    Promise.all(Object.entries(levelUrls).map(([path, url]) => fetchText(path, url))),
    Promise.all(levelIds.map((id) => fetchLevelText(BASE_LOCALE, id))),
  ]);
  const baseTexts = new Map<string, FileText>();
  levelIds.forEach((id, i) => {
    const text = texts[i];
    if (text) baseTexts.set(id, text);
  });
  const catalog = buildCatalog({
    sources,
    codex,
    codexText,
    levels,
    levelTexts: baseTexts,
    regionIds: new Set(Object.keys(mapUrls).map(idOf)),
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
export async function loadTranslation(catalog: Catalog, locale: string): Promise<Translation> {
  if (isPseudoLocale(locale)) {
    const levels = new Map([...catalog.texts].map(([id, text]) => [id, pseudoResource(text) as Record<string, unknown>]));
    return { levels, codex: pseudoResource(catalog.codexText) as Record<string, unknown>, errors: [] };
  }
  const codexPath = `/content/locales/${locale}/codex.json`;
  const [texts, codex] = await Promise.all([
    Promise.all(catalog.levels.map(async (level) => [level.id, await fetchLevelText(locale, level.id)] as const)),
    codexTextUrls[codexPath] ? fetchKnown(codexTextUrls, codexPath) : Promise.resolve(undefined),
  ]);
  const translation = buildTranslation(catalog, new Map(texts), codex);
  for (const error of translation.errors) console.warn(`Translation problem (shown in English instead): ${formatContentError(error)}`);
  return translation;
}
