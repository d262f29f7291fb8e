import i18next, { type i18n } from 'i18next';

export const BASE_LOCALE = 'en';

/** UI strings per locale, each its own chunk: only the player's language is downloaded. */
const uiBundles = import.meta.glob<Record<string, unknown>>('/content/locales/*/ui.json', { import: 'default' });

export const AVAILABLE_LOCALES: readonly string[] = Object.keys(uiBundles)
  .map((path) => /locales\/([^/]+)\//.exec(path)?.[1] ?? '')
  .filter(Boolean);

async function loadUi(locale: string): Promise<Record<string, unknown>> {
  const load = uiBundles[`/content/locales/${locale}/ui.json`];
  if (!load) throw new Error(`No UI strings for locale "${locale}"`);
  return load();
}

export async function createI18n(locale: string): Promise<i18n> {
  const instance = i18next.createInstance();
  const locales = locale === BASE_LOCALE ? [BASE_LOCALE] : [locale, BASE_LOCALE];
  const bundles = await Promise.all(locales.map(loadUi));
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
  document.documentElement.lang = locale;
  return instance;
}
