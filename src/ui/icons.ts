/** URLs of the icons in assets/icons (Fluent Emoji Flat, MIT), by id. Files load only when shown. */
const urls = import.meta.glob<string>('/assets/icons/*.svg', { query: '?url', import: 'default', eager: true });

export const ICON_URLS: ReadonlyMap<string, string> = new Map(
  Object.entries(urls).map(([path, url]) => [/([^/]+)\.svg$/.exec(path)?.[1] ?? path, url]),
);

export function iconUrl(id: string): string {
  const url = ICON_URLS.get(id);
  if (!url) throw new Error(`No icon "${id}" in assets/icons`);
  return url;
}

/** The icon shown for each way of moving cargo. */
export const MODE_ICONS = { rail: 'train', sea: 'ship', air: 'plane', road: 'truck' } as const;
