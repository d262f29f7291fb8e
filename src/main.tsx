import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@fontsource/ibm-plex-sans/700.css';
import '@fontsource/ibm-plex-mono/500.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
// Hangul and Arabic faces load with their language: see ui/fonts.ts.
import './ui/styles.css';
import { render } from 'preact';
import { chooseLocale, isPseudoLocale } from './core/i18n/locale.ts';
import { linkedLanguage, parseRoute } from './core/route.ts';
import { readSettings, saveSettings } from './core/settings.ts';
import { App } from './ui/App.tsx';
import { AVAILABLE_LOCALES, BASE_LOCALE, createI18n } from './ui/i18n.ts';
import { playsCases, startCaseDownloads } from './ui/services/caseDownloads.ts';
import { loadCaseIndex } from './ui/services/caseIndex.ts';
import { browserStore } from './ui/services/progressStore.ts';
import { applyTheme } from './ui/settings/theme.ts';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // Settings apply before the first paint and the first sound.
  const storage = browserStore();
  const stored = readSettings(storage.store, new Date());
  applyTheme(stored.value);
  // A link's language (a teacher's assignment) wins and is kept for next time; then the player's
  // choice, then the browser's. Pseudo-locales are only ever reached by link.
  const linked = linkedLanguage(location.hash);
  const available = linked && isPseudoLocale(linked) ? [...AVAILABLE_LOCALES, linked] : AVAILABLE_LOCALES;
  const locale = chooseLocale(available, [linked, stored.value.language, ...navigator.languages], BASE_LOCALE);
  const keepLinked = linked !== undefined && locale !== stored.value.language && !isPseudoLocale(locale);
  const settings = keepLinked ? { ...stored, value: { ...stored.value, language: locale } } : stored;
  if (keepLinked) saveSettings(storage.store, settings.value);
  if (playsCases(parseRoute(location.hash).screen)) startCaseDownloads(locale);
  // The case list's index (preloaded by the page) comes with the strings, so that the list is the first thing drawn.
  const [i18n, caseIndex] = await Promise.all([
    createI18n(locale),
    loadCaseIndex(locale).catch((error: unknown) => {
      console.error('Could not load the case list', error);
      return null;
    }),
  ]);
  render(<App i18n={i18n} storage={storage} initialSettings={settings} initialCaseIndex={caseIndex} />, root);
}

void start();
