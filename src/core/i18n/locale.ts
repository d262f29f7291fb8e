/** Which language to show, from what the player chose, a link, or the browser's preferences. */

/**
 * The first of `wishes` the game has: an exact match ("pt-BR"), else the
 * language alone ("fr-CA" → "fr"); the base language when none fits.
 * Wishes come in priority order: an assignment link, the player's choice, then the browser's list.
 */
export function chooseLocale(available: readonly string[], wishes: readonly (string | undefined)[], base: string): string {
  const byLower = new Map(available.map((l) => [l.toLowerCase(), l]));
  for (const wish of wishes) {
    if (!wish) continue;
    const exact = byLower.get(wish.toLowerCase());
    if (exact) return exact;
    const language = byLower.get(wish.split('-')[0]?.toLowerCase() ?? '');
    if (language) return language;
  }
  return base;
}

/** Scripts written right to left, by language subtag. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);

export const textDirection = (locale: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(locale.split('-')[0]?.toLowerCase() ?? '') || locale === PSEUDO_RTL ? 'rtl' : 'ltr');

/**
 * Pseudo-locales for development and tests, made from English at run time:
 * every translated string is marked and lengthened, so text that skipped
 * translation, or that overflows when a language runs long, stands out.
 */
export const PSEUDO_LONG = 'en-XA';
export const PSEUDO_RTL = 'ar-XB';
export const isPseudoLocale = (locale: string) => locale === PSEUDO_LONG || locale === PSEUDO_RTL;

/** Marks around every pseudo-translated string: visible text without them did not go through translation. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥíĵķĺɱñöþʠŕšŧúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŦÚṼŴẊÝŽ'][i] as string]),
);

/** One string in pseudo-language: accented letters, each word about 40% longer (as German or Russian run), placeholders untouched. */
export function pseudoString(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\})/);
  const stretched = parts.map((part) =>
    part.startsWith('{{') ? part : part.replace(/[A-Za-z]+/g, (word) => [...word].map((c) => ACCENTED[c] ?? c).join('') + '·'.repeat(Math.ceil(word.length * 0.4))),
  );
  return `${PSEUDO_OPEN}${stretched.join('')}${PSEUDO_CLOSE}`;
}

/** A whole i18next resource in pseudo-language; `keep` lists top-level keys left as they are (e.g. "format"). */
export function pseudoResource(resource: unknown, keep: readonly string[] = []): unknown {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoString(value);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  if (resource === null || typeof resource !== 'object') return walk(resource);
  return Object.fromEntries(Object.entries(resource).map(([k, v]) => [k, keep.includes(k) ? v : walk(v)]));
}
