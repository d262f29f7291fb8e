/**
 * What a screen that plays cases needs — the case screens, the content and the code that checks it,
 * the map engine and the map — started together as early as possible, so that a link straight to a
 * case waits for the slowest download rather than for a chain of them.
 */
import type { Route } from '../../core/route.ts';
import { MAP_FILE_URLS, preloadMapEngine } from './mapLoader.ts';
import contentBundles from 'virtual:content-bundles';

export const loadCaseScreens = () => import('../screens/caseScreens.ts');
export const loadContentModule = () => import('./content.ts');

/** Screens that play cases, and so need all of the above from the start. */
export const playsCases = (screen: Route['screen']): boolean => screen === 'play' || screen === 'campaign' || screen === 'assignment';

let started = false;

/** Starts every download a case needs; what fails is reported where it is awaited. */
export function startCaseDownloads(language: string): void {
  if (started) return;
  started = true;
  void loadCaseScreens().catch(() => undefined);
  void loadContentModule().catch(() => undefined);
  preloadMapEngine();
  // The content and map files are fetched by code that is itself still downloading: preload them now.
  for (const href of [contentBundles['base'], contentBundles[language], ...MAP_FILE_URLS]) {
    if (!href) continue;
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' });
    document.head.append(link);
  }
}
