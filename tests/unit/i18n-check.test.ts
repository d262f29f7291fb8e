import { describe, expect, test } from 'vitest';
import { checkLocale, checkTranslation } from '../../src/core/i18n/check.ts';

const RU = ['one', 'few', 'many', 'other'];
const KO = ['other'];
const FILE = 'content/locales/xx/ui.json';

const english = {
  title: 'Follow the Shipment',
  levels: { best: 'Best score: {{percent}}%', count_one: 'Solve the last case', count_other: 'Solve {{count}} more cases' },
};

describe('checkTranslation', () => {
  test('a complete translation has no problems', () => {
    const ru = { title: 'По следам груза', levels: { best: 'Лучший счёт: {{percent}}%', count_one: 'Осталось {{count}} дело', count_few: 'Осталось {{count}} дела', count_many: 'Осталось {{count}} дел', count_other: 'Осталось {{count}} дела' } };
    expect(checkTranslation(FILE, english, ru, RU)).toEqual([]);
    expect(checkTranslation(FILE, english, { title: '화물을 따라가라', levels: { best: '최고 점수: {{percent}}%', count_other: '{{count}}개 남았어요' } }, KO)).toEqual([]);
  });

  test('missing and extra keys, empty strings and non-strings', () => {
    const problems = checkTranslation(FILE, english, { title: ' ', levels: { bset: 'x', count_other: 7 } }, KO);
    expect(problems).toEqual([
      { file: FILE, key: 'title', kind: 'empty', message: 'is empty' },
      { file: FILE, key: 'levels.best', kind: 'missing', message: 'missing (English: "Best score: {{percent}}%")' },
      { file: FILE, key: 'levels.count_other', kind: 'not-text', message: 'must be a string' },
      { file: FILE, key: 'levels.bset', kind: 'extra', message: 'is not in the English file (a renamed or misspelt key?)' },
    ]);
  });

  test('placeholders must match English; a singular form may leave the number out, never invent a name', () => {
    const problems = checkTranslation(FILE, english, { title: 'x', levels: { best: 'Meilleur score : {{pourcentage}} %', count_one: 'Le dernier', count_many: 'x {{count}}', count_other: 'Encore des cas' } }, ['one', 'many', 'other']);
    expect(problems).toEqual([
      { file: FILE, key: 'levels.best', kind: 'placeholders', message: 'has placeholders {{pourcentage}}; English has {{percent}}' },
      { file: FILE, key: 'levels.count_other', kind: 'placeholders', message: 'has placeholders none; English has {{count}}' },
    ]);
  });

  test('plural forms: the ones the language needs, and only those', () => {
    const problems = checkTranslation(FILE, english, { title: 'x', levels: { best: '{{percent}}', count_one: 'a', count_other: '{{count}}', count_two: '{{count}}' } }, RU);
    expect(problems).toEqual([
      { file: FILE, key: 'levels.count', kind: 'plural', message: 'needs the plural forms levels.count_few, levels.count_many' },
      { file: FILE, key: 'levels.count', kind: 'plural', message: 'this language has no plural form levels.count_two' },
    ]);
    expect(checkTranslation(FILE, english, { title_one: 'x', title_other: 'x', levels: { best: '{{percent}}', count_other: '{{count}}' } }, KO)).toContainEqual({
      file: FILE,
      key: 'title',
      kind: 'plural',
      message: 'is not a plural in English: use the single key title',
    });
  });
});

describe('checkLocale', () => {
  const base = new Map([
    ['ui.json', JSON.stringify({ format: { locale: 'en-GB' }, title: 'Follow the Shipment' })],
    ['levels/horses.json', JSON.stringify({ title: 'The horses' })],
  ]);
  const check = (target: Map<string, string>) => checkLocale({ locale: 'ko', base, target, folder: 'content/locales/ko', pluralCategories: KO, isValidTag: (tag) => /^[a-z]{2}(-[A-Z]{2})?$/.test(tag) });

  test('a missing file, a file with no English original, and the locale tag', () => {
    const problems = check(new Map([['ui.json', JSON.stringify({ format: { locale: 'Korean' }, title: '화물을 따라가라' })], ['levels/horse.json', '{}']]));
    expect(problems).toEqual([
      { file: 'content/locales/ko/ui.json', key: 'format.locale', kind: 'missing', message: 'must be a locale tag such as "ko-KR" (got "Korean")' },
      { file: 'content/locales/ko/levels/horses.json', key: '$', kind: 'file', message: 'missing: copy it from the English folder and translate it' },
      { file: 'content/locales/ko/levels/horse.json', key: '$', kind: 'file', message: 'has no English original (is the case id or file name right?)' },
    ]);
  });

  test('broken JSON is reported with its line, and the other files are still checked', () => {
    const problems = check(new Map([['ui.json', '{\n  "format": { "locale": "ko-KR" },\n  "title": "화물" "x"\n}'], ['levels/horses.json', JSON.stringify({ title: '' })]]));
    expect(problems[0]).toMatchObject({ file: 'content/locales/ko/ui.json', key: '$', kind: 'file' });
    expect(problems[0]?.message).toMatch(/invalid JSON: .*line 3 column/);
    expect(problems[1]).toEqual({ file: 'content/locales/ko/levels/horses.json', key: 'title', kind: 'empty', message: 'is empty' });
  });
});
