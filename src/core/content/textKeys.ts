import type { ContentError } from './errors.ts';
import { UNKNOWN_STOP, type CodexEntry, type Level, type Question } from './schema.ts';

/** The i18next namespace that holds one level's text. */
export const levelNamespace = (levelId: string) => `level.${levelId}`;

function questionKeys(q: Question): string[] {
  const base = `questions.${q.id}`;
  const keys = [`${base}.prompt`, `${base}.explanation`, `${base}.hint`];
  switch (q.type) {
    case 'single':
    case 'multiple':
      return [...keys, ...q.options.map((o) => `${base}.options.${o}`)];
    case 'ordering':
      return [...keys, ...q.items.map((item) => `${base}.items.${item}`)];
    case 'numeric':
      return [...keys, `${base}.unit`];
    case 'map-pick':
      // The options are places: their names come from `places`.
      return keys;
    case 'matching':
      return [
        ...keys,
        ...q.pairs.map((p) => `${base}.items.${p.item}`),
        ...[...new Set([...q.pairs.map((p) => p.match), ...q.distractors])].map((m) => `${base}.matches.${m}`),
      ];
    case 'detective':
      return [...keys, ...q.reasons.map((r) => `${base}.reasons.${r}`)];
  }
}

/**
 * Every key a level needs in its namespace. Wrong trace picks need a hint each,
 * including the "not reported" pick when the right answer is a place.
 */
export function levelTextKeys(level: Level): string[] {
  return [
    'title',
    'summary',
    'briefing',
    'objective',
    ...level.places.flatMap((p) => [`places.${p.id}.name`, `places.${p.id}.detail`]),
    ...level.steps.flatMap((s) => [
      `steps.${s.id}.prompt`,
      ...[...s.candidates, UNKNOWN_STOP].filter((c) => c !== s.answer).map((c) => `steps.${s.id}.hints.${c}`),
    ]),
    ...level.evidence.flatMap((e) => [`evidence.${e.id}.title`, `evidence.${e.id}.text`, `evidence.${e.id}.how`]),
    ...level.questions.flatMap(questionKeys),
    ...(level.manifest ? [...level.manifest.items.map((i) => i.id), ...level.manifest.distractors].map((id) => `manifest.${id}`) : []),
    ...level.unknowns.map((u) => `unknowns.${u}`),
    'sanctions',
  ];
}

/** Flattens a nested i18next JSON v4 resource into dotted keys → string values. */
export function flattenResource(resource: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (resource !== null && typeof resource === 'object' && !Array.isArray(resource)) {
    for (const [key, value] of Object.entries(resource)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of flattenResource(value, path)) out.set(k, v);
      } else {
        out.set(path, value);
      }
    }
  }
  return out;
}

/** Every key the codex text needs: its introduction and, per entry, title, summary and provisions. */
export function codexTextKeys(entries: readonly CodexEntry[]): string[] {
  return ['intro', 'caveat', ...entries.flatMap((e) => [`entries.${e.id}.title`, `entries.${e.id}.summary`, ...e.provisions.map((p) => `entries.${e.id}.provisions.${p.id}`)])];
}

function checkText(keys: readonly string[], file: string, resource: unknown, missing: string): ContentError[] {
  const flat = flattenResource(resource);
  return keys.flatMap((key): ContentError[] => {
    const value = flat.get(key);
    if (value === undefined) return [{ file, path: `$.${key}`, message: missing }];
    if (typeof value !== 'string' || value.trim() === '') return [{ file, path: `$.${key}`, message: 'must be a non-empty string' }];
    return [];
  });
}

/** Missing or empty strings a level's locale file must provide. */
export function checkLevelText(level: Level, file: string, resource: unknown): ContentError[] {
  return checkText(levelTextKeys(level), file, resource, `missing text for level "${level.id}"`);
}

export function checkCodexText(entries: readonly CodexEntry[], file: string, resource: unknown): ContentError[] {
  return checkText(codexTextKeys(entries), file, resource, 'missing text for the sanctions codex');
}
