import type { i18n, TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AudioService } from '../core/audio.ts';
import type { Catalog } from '../core/content/catalog.ts';
import type { Attempt, Progress } from '../core/progress.ts';
import type { Settings } from '../core/settings.ts';
import type { KeyValueStore, StorageNotice } from '../core/storage.ts';

/** What every screen has from the start, before any content has loaded. */
export interface BaseServices {
  readonly i18n: i18n;
  readonly t: TFunction;
  /** The locale for numbers and dates (Intl), e.g. "en-GB"; set by each translation. */
  readonly locale: string;
  /** The language the game is shown in, as its locale folder is named ("en", "ko"). */
  readonly language: string;
  /** Switches the whole game to another language, keeping progress and the current screen. */
  readonly onLanguage: (language: string) => void;
  readonly settings: Settings;
  readonly onSettings: (settings: Settings) => void;
  /** Whether motion is reduced, from the settings and the device. */
  readonly reducedMotion: boolean;
  readonly audio: AudioService;
  /** Speaks a message through the page's polite live region. */
  readonly announce: (message: string) => void;
}

/** The content and the player's progress, once loaded. */
export interface AppServices extends BaseServices {
  readonly catalog: Catalog;
  readonly progress: Progress;
  /** Cases not (fully) translated into the current language: they are shown in English, with a notice. */
  readonly untranslated: ReadonlySet<string>;
  /** Records a finished attempt and saves it. */
  readonly onLevelFinished: (levelId: string, attempt: Attempt) => void;
  /** Forgets all saved results. */
  readonly onResetProgress: () => void;
  /** Where the game keeps things (localStorage, or memory when the browser refuses). */
  readonly store: KeyValueStore;
  /** Tells the player that saved data was set aside or cannot be kept. */
  readonly onStorageNotice: (notice: StorageNotice) => void;
}

export const BaseContext = createContext<BaseServices | null>(null);
export const ServicesContext = createContext<AppServices | null>(null);

export function useBase(): BaseServices {
  const base = useContext(BaseContext);
  if (!base) throw new Error('useBase outside BaseContext');
  return base;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
