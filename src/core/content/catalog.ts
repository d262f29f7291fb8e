import { err, ok, type Result } from '../result.ts';
import type { ContentError } from './errors.ts';
import { parseCodex, parseJson, parseLevel, parseSources } from './parse.ts';
import type { CodexEntry, Level, Source } from './schema.ts';
import { checkCodexText, checkLevelText } from './textKeys.ts';

export interface FileText {
  readonly file: string;
  readonly text: string;
  /** Set when the file could not be read at all (missing, offline); `text` is then empty. */
  readonly loadError?: string;
}

/** Runs a parser on a file that was read, or reports why it could not be read. */
function read<T>(file: FileText, parser: (file: string, text: string) => Result<T, ContentError[]>): Result<T, ContentError[]> {
  return file.loadError === undefined ? parser(file.file, file.text) : err([{ file: file.file, path: '$', message: file.loadError }]);
}

export interface CatalogInput {
  /** content/sources/*.json: the sources facts cite, in as many files as authors like. */
  readonly sources: readonly FileText[];
  readonly codex: FileText;
  readonly codexText: FileText;
  readonly levels: readonly FileText[];
  /** The base-language text file of each level, by level id (file name without ".json"). */
  readonly levelTexts: ReadonlyMap<string, FileText>;
  readonly regionIds: ReadonlySet<string>;
  readonly iconIds: ReadonlySet<string>;
}

export interface Catalog {
  /** Levels that passed every check, in play order. */
  readonly levels: readonly Level[];
  readonly sources: ReadonlyMap<string, Source>;
  /** The sanctions codex, in resolution order. */
  readonly codex: readonly CodexEntry[];
  /** Every problem found; a level with problems is left out, the others still load. */
  readonly errors: readonly ContentError[];
  /** Ids of levels that exist as files but were rejected. */
  readonly rejected: readonly string[];
  /** The parsed base-language text of each accepted level, ready for i18next. */
  readonly texts: ReadonlyMap<string, Record<string, unknown>>;
  readonly codexText: Record<string, unknown>;
}

const levelIdOf = (file: string) => /([^/]+)\.json$/.exec(file)?.[1] ?? file;

/**
 * All source files merged. A broken file adds no sources and a repeated id
 * keeps its first definition; either way the problem is reported, and only the
 * levels citing the missing sources are rejected, by the reference check.
 */
function mergeSources(files: readonly FileText[]): { sources: Map<string, Source>; errors: ContentError[] } {
  const sources = new Map<string, Source>();
  const errors: ContentError[] = [];
  for (const file of files) {
    const parsed = read(file, parseSources);
    if (!parsed.ok) {
      errors.push(...parsed.error);
      continue;
    }
    parsed.value.forEach((source, i) => {
      if (sources.has(source.id)) errors.push({ file: file.file, path: `$.sources[${i}].id`, message: `duplicate source id "${source.id}"` });
      else sources.set(source.id, source);
    });
  }
  return { sources, errors };
}

/** The codex and its text, checked against the sources. */
function loadCodex(input: CatalogInput, sourceIds: ReadonlySet<string>): Result<{ entries: CodexEntry[]; text: Record<string, unknown> }, ContentError[]> {
  const entries = read(input.codex, (f, text) => parseCodex(f, text, sourceIds));
  const text = read(input.codexText, parseJson);
  if (!entries.ok || !text.ok) return err([...(entries.ok ? [] : entries.error), ...(text.ok ? [] : text.error)]);
  const missing = checkCodexText(entries.value, input.codexText.file, text.value);
  return missing.length > 0 ? err(missing) : ok({ entries: entries.value, text: text.value as Record<string, unknown> });
}

export function buildCatalog(input: CatalogInput): Catalog {
  const sources = mergeSources(input.sources);
  const sourceIds = new Set(sources.sources.keys());
  const codex = loadCodex(input, sourceIds);
  const errors: ContentError[] = [...sources.errors, ...(codex.ok ? [] : codex.error)];
  // A broken codex leaves no entry to link to: levels that cite one are rejected, the others still load.
  const codexIds = new Set(codex.ok ? codex.value.entries.map((e) => e.id) : []);
  const context = { sourceIds, codexIds, regionIds: input.regionIds, iconIds: input.iconIds };
  const levels: Level[] = [];
  const rejected: string[] = [];
  const texts = new Map<string, Record<string, unknown>>();

  for (const levelFile of input.levels) {
    const { file } = levelFile;
    const parsed = read(levelFile, (f, text) => parseLevel(f, text, context));
    const problems: ContentError[] = parsed.ok ? [] : [...parsed.error];
    if (parsed.ok) {
      const level = parsed.value;
      const textFile = input.levelTexts.get(level.id);
      if (!textFile) {
        problems.push({ file, path: '$.id', message: `no text file for level "${level.id}" in the base locale` });
      } else {
        const resource = read(textFile, parseJson);
        problems.push(...(resource.ok ? checkLevelText(level, textFile.file, resource.value) : resource.error));
        if (problems.length === 0) texts.set(level.id, resource.ok ? (resource.value as Record<string, unknown>) : {});
      }
      if (problems.length === 0) levels.push(level);
    }
    if (problems.length > 0) {
      errors.push(...problems);
      rejected.push(levelIdOf(file));
    }
  }
  levels.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return {
    levels,
    sources: sources.sources,
    codex: codex.ok ? codex.value.entries : [],
    errors,
    rejected,
    texts,
    codexText: codex.ok ? codex.value.text : {},
  };
}

/** The catalog's text in one more language: only what is complete and valid there. */
export interface Translation {
  /** Level id → its text; a level missing here is shown in the base language, as a whole. */
  readonly levels: ReadonlyMap<string, Record<string, unknown>>;
  /** The codex text, or null when the codex stays in the base language. */
  readonly codex: Record<string, unknown> | null;
  /** Why a file was not used: missing keys, invalid JSON, … */
  readonly errors: readonly ContentError[];
}

/** Checks a language's text files against the catalog; `undefined` means the file does not exist. */
export function buildTranslation(catalog: Catalog, levelTexts: ReadonlyMap<string, FileText | undefined>, codexText: FileText | undefined): Translation {
  const errors: ContentError[] = [];
  const use = (file: FileText | undefined, check: (name: string, resource: unknown) => ContentError[]): Record<string, unknown> | null => {
    if (!file) return null;
    const parsed = read(file, parseJson);
    const problems = parsed.ok ? check(file.file, parsed.value) : parsed.error;
    errors.push(...problems);
    return parsed.ok && problems.length === 0 ? (parsed.value as Record<string, unknown>) : null;
  };
  const levels = new Map<string, Record<string, unknown>>();
  for (const level of catalog.levels) {
    const text = use(levelTexts.get(level.id), (name, resource) => checkLevelText(level, name, resource));
    if (text) levels.set(level.id, text);
  }
  const codex = use(codexText, (name, resource) => checkCodexText(catalog.codex, name, resource));
  return { levels, codex, errors };
}
