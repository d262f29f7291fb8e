/** The case list's index: the list's cards before the cases have downloaded, and after they are checked. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseIndexText } from '../../scripts/content-bundles.ts';
import { buildCaseIndex, caseCards, readCaseIndex, type CaseIndexEntry } from '../../src/core/content/caseIndex.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('case index', () => {
  it('holds every case in play order with its date, cargo, and title and summary in the language and in English', () => {
    const levels = readdirSync(join(root, 'content/levels')).map((f) => json(`content/levels/${f}`));
    const inOrder = [...levels].sort((a, b) => (a['order'] as number) - (b['order'] as number) || String(a['id']).localeCompare(String(b['id'])));
    const index = readCaseIndex(JSON.parse(caseIndexText(root, 'ko')));
    expect(index.map((c) => c.id)).toEqual(inOrder.map((l) => l['id']));
    for (const [i, entry] of index.entries()) {
      const level = inOrder[i] as Record<string, unknown>;
      expect(entry.date).toBe(level['date']);
      expect(entry.cargo).toBe(level['cargo']);
      expect(Object.keys(entry.text).sort()).toEqual(['en', 'ko']);
      for (const locale of ['en', 'ko']) {
        const text = json(`content/locales/${locale}/levels/${entry.id}.json`);
        expect(entry.text[locale]).toEqual({ title: text['title'], summary: text['summary'] });
      }
    }
    // English players download English only.
    expect(readCaseIndex(JSON.parse(caseIndexText(root, 'en'))).every((c) => Object.keys(c.text).join() === 'en')).toBe(true);
  });

  it('leaves out what it cannot read, for the content check to name when the cases load', () => {
    const files = new Map([
      ['content/levels/a.json', JSON.stringify({ id: 'a', order: 2, date: '2023-09-01', cargo: 'goat' })],
      ['content/levels/b.json', '{ "id": "b", oops'],
      ['content/levels/c.json', JSON.stringify({ id: 'c', order: 1, date: '2022-11-02', cargo: 'horse' })],
      ['content/locales/en/levels/a.json', JSON.stringify({ title: 'Goats', summary: 'By sea.' })],
      ['content/locales/fr/levels/a.json', JSON.stringify({ title: 'Chèvres' })],
      ['content/locales/en/levels/c.json', JSON.stringify({ title: 'Horses', summary: 'By rail.' })],
    ]);
    expect(buildCaseIndex(files)).toEqual([
      { id: 'c', date: '2022-11-02', cargo: 'horse', text: { en: { title: 'Horses', summary: 'By rail.' } } },
      { id: 'a', date: '2023-09-01', cargo: 'goat', text: { en: { title: 'Goats', summary: 'By sea.' } } },
    ]);
    expect(readCaseIndex({ cases: [{ id: 'a', date: '2023', cargo: 'goat', text: { en: { title: 'T', summary: 3 } } }, { id: 7 }, 'x'] })).toEqual([{ id: 'a', date: '2023', cargo: 'goat', text: {} }]);
    expect(readCaseIndex('<html>')).toEqual([]);
  });

  const index: CaseIndexEntry[] = [
    { id: 'a', date: '2022', cargo: 'horse', text: { en: { title: 'Horses', summary: 'Rail' }, fr: { title: 'Chevaux', summary: 'Rail' } } },
    { id: 'b', date: '2023', cargo: 'goat', text: { en: { title: 'Goats', summary: 'Sea' } } },
    { id: 'c', date: '2024', cargo: 'oil', text: { en: { title: 'Oil', summary: 'Sea' }, fr: { title: 'Pétrole', summary: 'Mer' } } },
  ];

  it('shows every indexed case before the check, each in the language or else in English, marked so', () => {
    expect(caseCards(index, 'fr', 'en').map((c) => [c.id, c.title, c.fallback])).toEqual([
      ['a', 'Chevaux', false],
      ['b', 'Goats', true],
      ['c', 'Pétrole', false],
    ]);
    expect(caseCards(index, 'en', 'en').every((c) => !c.fallback)).toBe(true);
  });

  it('after the check, keeps only the cases that passed, and shows a refused translation in English', () => {
    const cards = caseCards(index, 'fr', 'en', { ids: new Set(['a', 'c']), untranslated: new Set(['c']) });
    expect(cards.map((c) => [c.id, c.title, c.summary, c.fallback])).toEqual([
      ['a', 'Chevaux', 'Rail', false],
      ['c', 'Oil', 'Sea', true],
    ]);
  });
});
