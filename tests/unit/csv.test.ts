import { expect, test } from 'vitest';
import { csvCell, toCsv } from '../../src/core/report/csv.ts';

test('text a spreadsheet would run as a formula stays text', () => {
  for (const attack of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(attack).replace(/^"/, '')).toMatch(/^'/);
  expect(csvCell('=1+1')).toBe("'=1+1");
});

test('quotes, commas and line breaks are quoted; numbers stay numbers', () => {
  expect(csvCell('Kim, "the" leader')).toBe('"Kim, ""the"" leader"');
  expect(csvCell('two\nlines')).toBe('"two\nlines"');
  expect(csvCell(-5)).toBe('-5');
  expect(csvCell(72.5)).toBe('72.5');
  expect(csvCell(Number.NaN)).toBe('');
  expect(csvCell(null)).toBe('');
  expect(toCsv([['a', 1], ['b', null]])).toBe('a,1\r\nb,\r\n');
});
