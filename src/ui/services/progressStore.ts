/** The browser side of saved progress: localStorage when the browser allows it, memory otherwise. */
import { MemoryStore, type KeyValueStore } from '../../core/storage.ts';

export interface BrowserStore {
  readonly store: KeyValueStore;
  /** False when the browser refuses storage and memory stands in for it. */
  readonly persistent: boolean;
}

export function browserStore(): BrowserStore {
  try {
    // Reading the property itself throws in some privacy modes.
    const storage = window.localStorage;
    const probe = 'fts:probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { store: storage, persistent: true };
  } catch {
    return { store: new MemoryStore(), persistent: false };
  }
}
