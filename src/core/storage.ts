/**
 * Saved data in the browser's key-value storage (localStorage), read the same
 * way for everything the game keeps: validated, migrated from older versions,
 * and never lost silently — unreadable data is set aside, not deleted.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A store that lasts as long as the page: where the browser refuses storage, and in tests. */
export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

export type StorageNotice =
  /** Saved data could not be read; it was kept under `setAsideKey` and the game starts afresh. */
  | { readonly kind: 'recovered'; readonly setAsideKey: string }
  /** The browser refuses storage (private mode, full disk): data lasts only this session. */
  | { readonly kind: 'unavailable' };

export interface Stored<T> {
  readonly value: T;
  readonly notice?: StorageNotice;
}

/** Where unreadable data under `key` is kept for recovery. */
export const setAsideKey = (key: string, now: Date) => `${key}:unreadable:${now.toISOString()}`;

/**
 * Reads `key`: `migrate` turns any known version of the data into the current
 * one (or returns undefined for data it does not recognise).
 */
export function readStored<T>(store: KeyValueStore, key: string, migrate: (data: unknown) => T | undefined, fresh: () => T, now: Date): Stored<T> {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { value: fresh(), notice: { kind: 'unavailable' } };
  }
  if (raw === null) return { value: fresh() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const value = migrate(data);
  if (value !== undefined) return { value };
  const aside = setAsideKey(key, now);
  try {
    store.setItem(aside, raw);
    store.setItem(key, JSON.stringify(fresh()));
  } catch {
    return { value: fresh(), notice: { kind: 'unavailable' } };
  }
  return { value: fresh(), notice: { kind: 'recovered', setAsideKey: aside } };
}

/** Writes `value` under `key`; a notice when the browser refused. */
export function writeStored(store: KeyValueStore, key: string, value: unknown): StorageNotice | undefined {
  try {
    store.setItem(key, JSON.stringify(value));
    return undefined;
  } catch {
    return { kind: 'unavailable' };
  }
}
