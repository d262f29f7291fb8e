/**
 * The case list's own small file, one per language, made when the content is bundled
 * (scripts/content-bundles.ts): what the list shows of each case — date, cargo, title and summary
 * in that language and in the base one — so that the
 * list is up before the cases themselves have downloaded. The full content, checked file by file,
 * arrives after it and has the last word: a case it rejects leaves the list, and a case whose
 * translation it refuses is listed in English.
 */

export interface CaseText {
  readonly title: string;
  readonly summary: string;
}

export interface CaseIndexEntry {
  readonly id: string;
  readonly date: string;
  /** Icon id of the cargo. */
  readonly cargo: string;
  /** By locale folder ("en", "ko"). */
  readonly text: Readonly<Record<string, CaseText>>;
}

/** One card of the case list, in the language it is shown in. */
export interface CaseCardText extends CaseText {
  readonly id: string;
  readonly date: string;
  readonly cargo: string;
  /** Shown in the base language because this one has no (accepted) translation. */
  readonly fallback: boolean;
}

/** What the checked content says, once it has loaded. */
export interface CheckedCases {
  /** Cases that passed every check. */
  readonly ids: ReadonlySet<string>;
  /** Cases shown in the base language in the current one. */
  readonly untranslated: ReadonlySet<string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function caseText(value: unknown): CaseText | undefined {
  if (!isRecord(value)) return undefined;
  const { title, summary } = value;
  return typeof title === 'string' && typeof summary === 'string' ? { title, summary } : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The index, from the content files' texts (project path → text), in play order. A file that is
 * not even JSON is left out here: the content check names it when the cases load.
 */
export function buildCaseIndex(files: ReadonlyMap<string, string>): CaseIndexEntry[] {
  const levels = [...files].flatMap(([path, text]) => {
    const match = /^content\/levels\/([^/]+)\.json$/.exec(path);
    const level = match ? parseJson(text) : undefined;
    if (!match || !isRecord(level)) return [];
    const { id, date, cargo, order } = level;
    if (typeof id !== 'string' || typeof date !== 'string' || typeof cargo !== 'string') return [];
    const texts = [...files].flatMap(([textPath, raw]) => {
      const locale = new RegExp(`^content/locales/([^/]+)/levels/${match[1]}\\.json$`).exec(textPath)?.[1];
      const parsed = locale ? caseText(parseJson(raw)) : undefined;
      return locale && parsed ? [[locale, { title: parsed.title, summary: parsed.summary }] as const] : [];
    });
    return [{ order: typeof order === 'number' ? order : Infinity, entry: { id, date, cargo, text: Object.fromEntries(texts) } }];
  });
  levels.sort((a, b) => a.order - b.order || a.entry.id.localeCompare(b.entry.id));
  return levels.map((l) => l.entry);
}

/** The index a player of `locale` downloads: the text in that language and in the base one it falls back on. */
export function caseIndexFor(index: readonly CaseIndexEntry[], locale: string, baseLocale: string): CaseIndexEntry[] {
  return index.map((entry) => ({ ...entry, text: Object.fromEntries(Object.entries(entry.text).filter(([l]) => l === locale || l === baseLocale)) }));
}

/** A downloaded index: its well-formed entries (it is made by the build, but may be damaged in transit). */
export function readCaseIndex(json: unknown): CaseIndexEntry[] {
  const cases = isRecord(json) ? json['cases'] : undefined;
  if (!Array.isArray(cases)) return [];
  return cases.flatMap((value: unknown) => {
    if (!isRecord(value)) return [];
    const { id, date, cargo, text } = value;
    if (typeof id !== 'string' || typeof date !== 'string' || typeof cargo !== 'string' || !isRecord(text)) return [];
    const texts = Object.entries(text).flatMap(([locale, t]) => {
      const parsed = caseText(t);
      return parsed ? [[locale, parsed] as const] : [];
    });
    return [{ id, date, cargo, text: Object.fromEntries(texts) }];
  });
}

/**
 * The cards of the case list in `language`: before the checked content has loaded, every indexed
 * case with the text it has; after, only the cases that passed, in the language they will play in.
 */
export function caseCards(index: readonly CaseIndexEntry[], language: string, baseLanguage: string, checked?: CheckedCases): CaseCardText[] {
  return index.flatMap((entry) => {
    if (checked && !checked.ids.has(entry.id)) return [];
    const own = checked?.untranslated.has(entry.id) ? undefined : entry.text[language];
    const text = own ?? entry.text[baseLanguage];
    if (!text) return [];
    return [{ id: entry.id, date: entry.date, cargo: entry.cargo, title: text.title, summary: text.summary, fallback: own === undefined && language !== baseLanguage }];
  });
}
