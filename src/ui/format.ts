import type { TFunction } from 'i18next';
import type { Source } from '../core/content/schema.ts';

/** "2 November 2022" for YYYY-MM-DD, "November 2022" for YYYY-MM, in the player's language. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined) return iso;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day === undefined ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

/** A short citation: outlet (or author, or "outlet not named") and date. */
export function citation(source: Source, t: TFunction, locale: string): string {
  const who = source.outlet ?? source.author ?? t('source.unnamedOutlet');
  return source.date ? t('source.citation', { who, date: formatDate(source.date, locale) }) : who;
}

/** A case's number as the case files show it ("01"), in the player's digits. */
export function caseNumber(index: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }).format(index + 1);
}
