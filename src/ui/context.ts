import type { i18n, TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Catalog } from '../core/content/catalog.ts';
import type { Attempt, Progress } from '../core/progress.ts';

export interface AppServices {
  readonly i18n: i18n;
  readonly t: TFunction;
  /** The locale for numbers and dates (Intl), e.g. "en-GB"; set by each translation. */
  readonly locale: string;
  readonly catalog: Catalog;
  readonly progress: Progress;
  readonly reducedMotion: boolean;
  /** Records a finished attempt and saves it. */
  readonly onLevelFinished: (levelId: string, attempt: Attempt) => void;
  /** Forgets all saved results. */
  readonly onResetProgress: () => void;
  /** Speaks a message through the page's polite live region. */
  readonly announce: (message: string) => void;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
