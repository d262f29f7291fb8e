import i18next, { type i18n } from 'i18next';
import { isPseudoLocale, pseudoResource, textDirection } from '../core/i18n/locale.ts';
import { loadScriptFonts } from './fonts.ts';
import baseStrings from '../../content/locales/en/ui.json';

export const BASE_LOCALE = 'en';

/**
 * UI strings per locale. English, which every language falls back on, comes with the page;
 * each other language is its own chunk, downloaded only for a player who uses it.
 */
const uiBundles: Record<string, () => Promise<Record<string, unknown>>> = {
  ...import.meta.glob<Record<string, unknown>>(['/content/locales/*/ui.json', '!/content/locales/en/ui.json'], { import: 'default' }),
  [`/content/locales/${BASE_LOCALE}/ui.json`]: () => Promise.resolve(baseStrings),
};

/** The languages the game ships, discovered from the locale folders: a new folder is a new language. */
export const AVAILABLE_LOCALES: readonly string[] = Object.keys(uiBundles)
  .map((path) => /locales\/([^/]+)\//.exec(path)?.[1] ?? '')
  .filter(Boolean)
  .sort((a, b) => (a === BASE_LOCALE ? -1 : b === BASE_LOCALE ? 1 : a.localeCompare(b)));

/** Pseudo-locales exist for every build but are reached only by link (`?lang=en-XA`), never offered. */
export const isKnownLocale = (locale: string) => AVAILABLE_LOCALES.includes(locale) || isPseudoLocale(locale);

/** A pseudo-locale's strings: English, transformed. `format` (the Intl locale) stays English. */
async function loadUi(locale: string): Promise<Record<string, unknown>> {
  const load = uiBundles[`/content/locales/${isPseudoLocale(locale) ? BASE_LOCALE : locale}/ui.json`];
  if (!load) throw new Error(`No UI strings for locale "${locale}"`);
  const strings = await load();
  return isPseudoLocale(locale) ? (pseudoResource(strings, ['format']) as Record<string, unknown>) : strings;
}

/** The language's own name for itself ("한국어", "українська"), for the language menu. */
export function languageName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function applyDocumentLanguage(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = textDirection(locale);
}

export async function createI18n(locale: string): Promise<i18n> {
  const instance = i18next.createInstance();
  const locales = locale === BASE_LOCALE ? [BASE_LOCALE] : [locale, BASE_LOCALE];
  const [bundles] = await Promise.all([Promise.all(locales.map(loadUi)), loadScriptFonts(locale)]);
  await instance.init({
    lng: locale,
    fallbackLng: BASE_LOCALE,
    defaultNS: 'ui',
    ns: ['ui'],
    resources: Object.fromEntries(locales.map((l, i) => [l, { ui: bundles[i] ?? {} }])),
    // Preact renders every string as text, so i18next must not HTML-escape it a second time.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  applyDocumentLanguage(locale);
  return instance;
}

/** Switches the running game to another language; its UI strings are downloaded first. */
export async function changeLocale(instance: i18n, locale: string): Promise<void> {
  const [strings] = await Promise.all([instance.hasResourceBundle(locale, 'ui') ? undefined : loadUi(locale), loadScriptFonts(locale)]);
  if (strings) instance.addResourceBundle(locale, 'ui', strings);
  await instance.changeLanguage(locale);
  applyDocumentLanguage(locale);
}
