import { err, ok, type Result } from '../result.ts';
import { jsonPath, type z } from '../validation.ts';
import type { ContentError } from './errors.ts';
import { checkLevelReferences, type ReferenceContext } from './references.ts';
import { codexFileSchema, levelSchema, sourcesFileSchema, type CodexEntry, type Level, type Source } from './schema.ts';

/** Parses JSON, reporting a syntax error with its line and column. */
export function parseJson(file: string, text: string): Result<unknown, ContentError[]> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err([{ file, path: '$', message: `invalid JSON: ${describeJsonSyntaxError(message, text)}` }]);
  }
}

function describeJsonSyntaxError(message: string, text: string): string {
  // V8 reports "... at position N" and sometimes "(line L column C)"; normalise to line/column.
  if (/line \d+ column \d+/.test(message)) return message;
  const position = /position (\d+)/.exec(message);
  if (!position?.[1]) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line} column ${column})`;
}

function validate<T>(file: string, schema: z.ZodMiniType<T>, data: unknown): Result<T, ContentError[]> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message })));
}

export function parseSources(file: string, text: string): Result<Source[], ContentError[]> {
  const json = parseJson(file, text);
  if (!json.ok) return json;
  const parsed = validate(file, sourcesFileSchema, json.value);
  if (!parsed.ok) return parsed;
  const seen = new Set<string>();
  const duplicates: ContentError[] = [];
  parsed.value.sources.forEach((source, i) => {
    if (seen.has(source.id)) duplicates.push({ file, path: `$.sources[${i}].id`, message: `duplicate source id "${source.id}"` });
    seen.add(source.id);
  });
  return duplicates.length > 0 ? err(duplicates) : ok(parsed.value.sources);
}

/** Parses the sanctions codex: each entry once, citing known sources, in resolution order. */
export function parseCodex(file: string, text: string, sourceIds: ReadonlySet<string>): Result<CodexEntry[], ContentError[]> {
  const json = parseJson(file, text);
  if (!json.ok) return json;
  const parsed = validate(file, codexFileSchema, json.value);
  if (!parsed.ok) return parsed;
  const problems: ContentError[] = [];
  const seen = new Set<string>();
  parsed.value.entries.forEach((entry, i) => {
    if (seen.has(entry.id)) problems.push({ file, path: `$.entries[${i}].id`, message: `duplicate codex entry "${entry.id}"` });
    seen.add(entry.id);
    entry.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) problems.push({ file, path: `$.entries[${i}].sources[${j}]`, message: `unknown source "${s}"` });
    });
  });
  return problems.length > 0 ? err(problems) : ok([...parsed.value.entries].sort((a, b) => a.resolution - b.resolution));
}

/** Parses one level file: JSON syntax, then the schema, then every cross-reference. */
export function parseLevel(file: string, text: string, context: ReferenceContext): Result<Level, ContentError[]> {
  const json = parseJson(file, text);
  if (!json.ok) return json;
  const parsed = validate(file, levelSchema, json.value);
  if (!parsed.ok) return parsed;
  const level = parsed.value;
  const problems = checkLevelReferences(level, context).map((p) => ({ file, ...p }));
  const expectedId = /([^/]+)\.json$/.exec(file)?.[1];
  if (expectedId !== undefined && expectedId !== level.id) {
    problems.unshift({ file, path: '$.id', message: `must match the file name "${expectedId}", got "${level.id}"` });
  }
  return problems.length > 0 ? err(problems) : ok(level);
}
