import type { TFunction } from 'i18next';
import { levelNamespace } from '../../core/content/textKeys.ts';
import { useServices } from '../context.ts';

/** A translate function bound to the level's own namespace (its briefing, places, evidence, questions). */
export function useLevelText(levelId: string): TFunction {
  const { i18n } = useServices();
  return i18n.getFixedT(i18n.language, levelNamespace(levelId));
}
