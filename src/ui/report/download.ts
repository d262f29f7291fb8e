import { toCsv, type Cell } from '../../core/report/csv.ts';

/** Saves a file the page made (a report, a package): nothing is uploaded anywhere. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the address can go once the event loop has moved on.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A CSV with a byte-order mark, so spreadsheets open accents, Hangul and Arabic as UTF-8. */
export const downloadCsv = (fileName: string, rows: readonly (readonly Cell[])[]) =>
  downloadBlob(fileName, new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));

/** A file name from free text (a class label, a name): letters, digits and dashes only. */
export const fileSlug = (...parts: readonly string[]): string =>
  parts
    .join('-')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'report';
