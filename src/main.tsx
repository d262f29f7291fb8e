import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@fontsource/ibm-plex-sans/700.css';
import '@fontsource/ibm-plex-mono/500.css';
import './ui/styles.css';
import { render } from 'preact';
import { App } from './ui/App.tsx';
import { BASE_LOCALE, createI18n } from './ui/i18n.ts';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const i18n = await createI18n(BASE_LOCALE);
  render(<App i18n={i18n} />, root);
}

void start();
