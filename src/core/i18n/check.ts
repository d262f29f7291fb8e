/**
 * What a translation is missing or gets wrong, file by file, against the base
 * language: missing and extra keys, empty strings, placeholders that differ,
 * plural forms the language needs or does not have. Pure: the caller reads the
 * files and knows the language's plural categories (from Intl.PluralRules).
 */
import { parseJson } from '../content/parse.ts';
import { flattenResource } from '../content/textKeys.ts';

export type TranslationProblemKind = 'missing' | 'extra' | 'empty' | 'not-text' | 'placeholders' | 'plural' | 'file';

export interface TranslationProblem {
  readonly file: string;
  /** Dotted key, or "$" for the whole file. */
  readonly key: string;
  readonly kind: TranslationProblemKind;
  readonly message: string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

const placeholdersOf = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string));
const describe = (names: ReadonlySet<string>) => (names.size === 0 ? 'none' : [...names].map((n) => `{{${n}}}`).join(', '));

/** Keys grouped by plural stem: "levels.count_one" and "levels.count_other" are one entry, "levels.count". */
function groupKeys(flat: ReadonlyMap<string, unknown>): Map<string, Map<string, unknown>> {
  const groups = new Map<string, Map<string, unknown>>();
  for (const [key, value] of flat) {
    const match = PLURAL_SUFFIX.exec(key);
    const stem = match ? key.slice(0, match.index) : key;
    const category = match ? (match[1] as string) : '';
    const group = groups.get(stem) ?? new Map<string, unknown>();
    group.set(category, value);
    groups.set(stem, group);
  }
  return groups;
}

const keyOf = (stem: string, category: string) => (category ? `${stem}_${category}` : stem);

/**
 * Compares one translated resource with its base-language original.
 * `pluralCategories` are the target language's CLDR categories, e.g. ["one", "few", "many", "other"].
 */
export function checkTranslation(file: string, base: unknown, target: unknown, pluralCategories: readonly string[]): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const add = (key: string, kind: TranslationProblemKind, message: string) => problems.push({ file, key, kind, message });
  const baseGroups = groupKeys(flattenResource(base));
  const targetGroups = groupKeys(flattenResource(target));

  for (const [stem, baseForms] of baseGroups) {
    const forms = targetGroups.get(stem);
    const plural = !baseForms.has('');
    if (!forms) {
      const english = baseForms.get(plural ? 'other' : '');
      add(stem, 'missing', `missing (English: ${JSON.stringify(english)})`);
      continue;
    }
    if (plural) {
      const wanted = pluralCategories.filter((c) => !forms.has(c));
      const unwanted = [...forms.keys()].filter((c) => !pluralCategories.includes(c));
      if (wanted.length > 0) add(stem, 'plural', `needs the plural form${wanted.length > 1 ? 's' : ''} ${wanted.map((c) => `${stem}_${c}`).join(', ')}`);
      if (unwanted.length > 0) add(stem, 'plural', `this language has no plural form${unwanted.length > 1 ? 's' : ''} ${unwanted.map((c) => (c ? `${stem}_${c}` : stem)).join(', ')}`);
    } else if (!forms.has('')) {
      add(stem, 'plural', `is not a plural in English: use the single key ${stem}`);
    }
    // Placeholders: the same names as English. In plural forms other than "other" a language may leave
    // the number out ("the last case" for one), but may not invent a name.
    const allowed = new Set([...baseForms.values()].flatMap((v) => (typeof v === 'string' ? [...placeholdersOf(v)] : [])));
    const required = placeholdersOf(String(baseForms.get(plural ? 'other' : '') ?? ''));
    for (const [category, value] of forms) {
      const key = keyOf(stem, category);
      if (typeof value !== 'string') {
        add(key, 'not-text', 'must be a string');
        continue;
      }
      if (value.trim() === '') {
        add(key, 'empty', 'is empty');
        continue;
      }
      const used = placeholdersOf(value);
      const unknown = [...used].filter((n) => !allowed.has(n));
      const dropped = category === 'other' || !plural ? [...required].filter((n) => !used.has(n)) : [];
      if (unknown.length > 0 || dropped.length > 0) add(key, 'placeholders', `has placeholders ${describe(used)}; English has ${describe(required)}`);
    }
  }
  for (const [stem, forms] of targetGroups) {
    if (baseGroups.has(stem)) continue;
    for (const category of forms.keys()) add(keyOf(stem, category), 'extra', 'is not in the English file (a renamed or misspelt key?)');
  }
  return problems;
}

/** Checks the locale tag a translation gives for numbers and dates (`format.locale`). */
export function checkFormatLocale(file: string, tag: unknown, isValidTag: (tag: string) => boolean): TranslationProblem[] {
  if (typeof tag === 'string' && isValidTag(tag)) return [];
  return [{ file, key: 'format.locale', kind: 'missing', message: `must be a locale tag such as "ko-KR" (got ${JSON.stringify(tag)})` }];
}

export interface LocaleFiles {
  readonly locale: string;
  /** The base language's files, by path relative to its locale folder ("ui.json", "levels/x.json"). */
  readonly base: ReadonlyMap<string, string>;
  /** The translation's files, by the same relative paths. */
  readonly target: ReadonlyMap<string, string>;
  /** Where the translation's folder is, for messages ("content/locales/ko"). */
  readonly folder: string;
  readonly pluralCategories: readonly string[];
  readonly isValidTag: (tag: string) => boolean;
}

/** Every problem of one locale: files missing or left over, unreadable JSON, and each file's keys. */
export function checkLocale(input: LocaleFiles): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const fileOf = (path: string) => `${input.folder}/${path}`;
  const parse = (path: string, text: string): unknown => {
    const parsed = parseJson(fileOf(path), text);
    if (parsed.ok) return parsed.value;
    problems.push(...parsed.error.map((e): TranslationProblem => ({ file: e.file, key: '$', kind: 'file', message: e.message })));
    return undefined;
  };
  for (const [path, baseText] of input.base) {
    const targetText = input.target.get(path);
    if (targetText === undefined) {
      problems.push({ file: fileOf(path), key: '$', kind: 'file', message: `missing: copy it from the English folder and translate it` });
      continue;
    }
    const base = JSON.parse(baseText) as unknown;
    const target = parse(path, targetText);
    if (target === undefined) continue;
    problems.push(...checkTranslation(fileOf(path), base, target, input.pluralCategories));
    if (path === 'ui.json') problems.push(...checkFormatLocale(fileOf(path), flattenResource(target).get('format.locale'), input.isValidTag));
  }
  for (const path of input.target.keys()) {
    if (!input.base.has(path)) problems.push({ file: fileOf(path), key: '$', kind: 'file', message: 'has no English original (is the case id or file name right?)' });
  }
  return problems;
}
