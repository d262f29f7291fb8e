/** The browser side of saved progress: localStorage when the browser allows it, memory otherwise. */
import type { KeyValueStore } from '../../core/storage.ts';

class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

export function browserStore(): { store: KeyValueStore; persistent: boolean } {
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
