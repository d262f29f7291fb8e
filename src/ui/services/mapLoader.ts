/**
 * Opens a map: downloads the Phaser chunk and the region's map file in
 * parallel, waits for the label font, then builds the map view.
 */
import type { MapView, MapViewOptions } from '../mapView.ts';

const mapUrls = import.meta.glob<string>('/assets/maps/*.json', { query: '?url', import: 'default', eager: true });
const regionOf = (path: string) => /([^/]+)\.json$/.exec(path)?.[1] ?? path;

/** The regions that have a map file: a case set elsewhere is reported by the content check. */
export const MAP_REGIONS: ReadonlySet<string> = new Set(Object.keys(mapUrls).map(regionOf));

export const MAP_FILE_URLS: readonly string[] = Object.values(mapUrls);

const loadEngine = () => import('../../map/index.ts');

/** Starts downloading the map engine now: a link straight to a case needs it at once. */
export function preloadMapEngine(): void {
  void loadEngine().catch(() => undefined);
}

/** Starts downloading the map engine while the player reads menus, so a level opens fast. */
export function prefetchMapEngine(): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(preloadMapEngine, { timeout: 4000 });
  else setTimeout(preloadMapEngine, 1500);
}

/** The raw map file; the engine validates it, keeping the map schema out of the menu's bundle. */
async function fetchMap(region: string): Promise<unknown> {
  const url = mapUrls[`/assets/maps/${region}.json`];
  if (!url) throw new Error(`No map file for region "${region}"`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Map "${region}": HTTP ${response.status}`);
  return response.json();
}

/**
 * `text` is everything the map will write (place and country names): canvas text is drawn
 * once, so the faces covering it (Hangul, Arabic, … each a separate download) must be ready first.
 */
export async function openMap(region: string, text: string, options: Omit<MapViewOptions, 'map'>): Promise<MapView> {
  const [{ createMapView }, map] = await Promise.all([loadEngine(), fetchMap(region), document.fonts.load(`600 15px ${options.labelFont}`, text)]);
  return createMapView({ ...options, map });
}
