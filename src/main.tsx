import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@fontsource/ibm-plex-sans/700.css';
import '@fontsource/ibm-plex-mono/500.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles.css';
import { render } from 'preact';
import { readSettings } from './core/settings.ts';
import { App } from './ui/App.tsx';
import { BASE_LOCALE, createI18n } from './ui/i18n.ts';
import { browserStore } from './ui/services/progressStore.ts';
import { applyTheme } from './ui/settings/theme.ts';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // Settings apply before the first paint and the first sound.
  const storage = browserStore();
  const settings = readSettings(storage.store, new Date());
  applyTheme(settings.value);
  const i18n = await createI18n(BASE_LOCALE);
  render(<App i18n={i18n} storage={storage} initialSettings={settings} />, root);
}

void start();
