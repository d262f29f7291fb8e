/**
 * CSV for spreadsheets (RFC 4180, CRLF). Text that a spreadsheet would run as a formula — starting with
 * =, +, -, @, a tab or a carriage return — is prefixed with an apostrophe (OWASP's advice), so a name
 * like "=HYPERLINK(…)" in a result code stays text. Numbers are written as numbers.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = typeof value === 'boolean' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const toCsv = (rows: readonly (readonly Cell[])[]): string => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
