import { describe, expect, test } from 'vitest';
import { chooseLocale, pseudoResource, pseudoString, PSEUDO_CLOSE, PSEUDO_OPEN, textDirection } from '../../src/core/i18n/locale.ts';

const AVAILABLE = ['en', 'ko', 'ru', 'uk', 'es', 'fr', 'de', 'ar'];

describe('chooseLocale', () => {
  test('a link beats the player\'s choice, which beats the browser; regions fall back to the language', () => {
    expect(chooseLocale(AVAILABLE, ['fr', 'de', 'ko-KR'], 'en')).toBe('fr');
    expect(chooseLocale(AVAILABLE, [undefined, undefined, 'fr-CA', 'en-US'], 'en')).toBe('fr');
    expect(chooseLocale(AVAILABLE, [undefined, 'UK'], 'en')).toBe('uk');
    expect(chooseLocale(AVAILABLE, ['xx', 'pt-BR', 'zz'], 'en')).toBe('en');
    expect(chooseLocale(['en', 'pt-BR'], ['pt-BR'], 'en')).toBe('pt-BR');
  });
});

describe('textDirection', () => {
  test('Arabic and the right-to-left pseudo-locale read right to left', () => {
    expect(['ar', 'ar-EG', 'ar-XB', 'he'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'ko', 'uk', 'en-XA'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('pseudo-locales', () => {
  test('strings are marked, accented and longer; placeholders survive', () => {
    const out = pseudoString('Solve {{count}} more cases');
    expect(out.startsWith(PSEUDO_OPEN) && out.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(out).toContain('{{count}}');
    expect(out).toContain('Šöĺṽé');
    expect(out.length).toBeGreaterThan('Solve {{count}} more cases'.length * 1.3);
  });

  test('a resource keeps its shape and the keys asked to be kept', () => {
    expect(pseudoResource({ format: { locale: 'en-GB' }, a: { b: 'Hi' }, n: 3 }, ['format'])).toEqual({ format: { locale: 'en-GB' }, a: { b: `${PSEUDO_OPEN}Ĥí·${PSEUDO_CLOSE}` }, n: 3 });
  });
});
