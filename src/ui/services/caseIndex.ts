/** Downloads the case list's index in a language (see core/content/caseIndex.ts). */
import { readCaseIndex, type CaseIndexEntry } from '../../core/content/caseIndex.ts';
import { isPseudoLocale, pseudoResource } from '../../core/i18n/locale.ts';
import { BASE_LOCALE } from '../i18n.ts';
import contentBundles from 'virtual:content-bundles';

export async function loadCaseIndex(language: string): Promise<CaseIndexEntry[]> {
  // A pseudo-locale is made from the base language's text, as the cases' own text is.
  const pseudo = isPseudoLocale(language);
  const url = contentBundles[`cases-${pseudo ? BASE_LOCALE : language}`];
  if (!url) throw new Error(`There is no case list in "${language}"`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The case list could not be downloaded (HTTP ${response.status})`);
  const index = readCaseIndex(await response.json());
  if (!pseudo) return index;
  return index.map((entry) => {
    const base = entry.text[BASE_LOCALE];
    return base ? { ...entry, text: { ...entry.text, [language]: pseudoResource(base) as typeof base } } : entry;
  });
}
