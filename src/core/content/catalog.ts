import { err, type Result } from '../result.ts';
import type { ContentError } from './errors.ts';
import { parseJson, parseLevel, parseSources } from './parse.ts';
import type { Level, Source } from './schema.ts';
import { checkLevelText } from './textKeys.ts';

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
  readonly sources: FileText;
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
  /** Every problem found; a level with problems is left out, the others still load. */
  readonly errors: readonly ContentError[];
  /** Ids of levels that exist as files but were rejected. */
  readonly rejected: readonly string[];
  /** The parsed base-language text of each accepted level, ready for i18next. */
  readonly texts: ReadonlyMap<string, Record<string, unknown>>;
}

const levelIdOf = (file: string) => /([^/]+)\.json$/.exec(file)?.[1] ?? file;

export function buildCatalog(input: CatalogInput): Catalog {
  const sources = read(input.sources, parseSources);
  if (!sources.ok) {
    // Without the sources file no fact can be cited, so no level may be shown.
    return { levels: [], sources: new Map(), errors: sources.error, rejected: input.levels.map((l) => levelIdOf(l.file)), texts: new Map() };
  }
  const sourceMap = new Map(sources.value.map((s) => [s.id, s]));
  const context = { sourceIds: new Set(sourceMap.keys()), regionIds: input.regionIds, iconIds: input.iconIds };
  const levels: Level[] = [];
  const errors: ContentError[] = [];
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
  return { levels, sources: sourceMap, errors, rejected, texts };
}
