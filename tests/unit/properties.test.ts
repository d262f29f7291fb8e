/**
 * Everything the game reads from outside — content files, assignment links, result codes, saved data —
 * under thousands of generated and mutated inputs: a typed result or a typed error, never an exception,
 * never a hang (each property runs under the test's time limit).
 */
import fc from 'fast-check';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/content-check.ts';
import { assignmentQuery, MAX_LABEL_LENGTH, readAssignment, type Assignment } from '../../src/core/assignment/link.ts';
import { decodeResultCode, encodeResultCode } from '../../src/core/assignment/resultCode.ts';
import { readRun, RUNS_KEY } from '../../src/core/assignment/run.ts';
import { parseLevel } from '../../src/core/content/parse.ts';
import type { Level } from '../../src/core/content/schema.ts';
import { PROGRESS_KEY, readProgress } from '../../src/core/progress.ts';
import { correctAnswer } from '../../src/core/quiz/answers.ts';
import { startQuiz } from '../../src/core/quiz/session.ts';
import { parseQuery } from '../../src/core/route.ts';
import { readSettings, SETTINGS_KEY } from '../../src/core/settings.ts';
import { MemoryStore } from '../../src/core/storage.ts';
import { CONTEXT, levelJson } from './fixtures/level.ts';

const RUNS = 2000;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const catalog = checkContent(root);
const levels = new Map<string, Level>(catalog.levels.map((l) => [l.id, l]));
const ids = [...levels.keys()];
const known = { levelIds: new Set(ids), languages: new Set(['en', 'ko', 'ar']) };
const now = new Date('2026-11-23T10:00:00Z');

/** A JSON document with one value replaced, removed or added somewhere inside it. */
function mutate(doc: unknown, path: readonly number[], replacement: unknown, remove: boolean): unknown {
  if (doc === null || typeof doc !== 'object') return replacement;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(doc) ? [...(doc as unknown[])] : { ...(doc as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] ?? 0) % keys.length] as string;
  const target = copy as Record<string, unknown>;
  if (path.length <= 1) {
    if (remove) delete target[key];
    else target[key] = replacement;
  } else target[key] = mutate(target[key], path.slice(1), replacement, remove);
  return copy;
}

const mutation = fc.record({ path: fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), value: fc.jsonValue({ maxDepth: 2 }), remove: fc.boolean() });

describe('the content parser', () => {
  test('any text gives a level or errors naming the file and a JSON path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseLevel('content/levels/x.json', text, CONTEXT);
        if (!result.ok) for (const e of result.error) expect(e).toMatchObject({ file: 'content/levels/x.json', path: expect.stringMatching(/^\$/), message: expect.any(String) });
      }),
      { numRuns: RUNS },
    );
  });

  test('a valid level with anything changed inside it is accepted or rejected with its path, never thrown', () => {
    const valid = levelJson();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const doc = changes.reduce<unknown>((d, c) => mutate(d, c.path, c.value, c.remove), valid);
        const result = parseLevel('l.json', JSON.stringify(doc), CONTEXT);
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(0);
          for (const e of result.error) expect(e.path).toMatch(/^\$/);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('assignment links', () => {
  test('any fragment query gives an assignment within bounds, or none, with its problems', () => {
    const query = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.tuple(fc.constantFrom('v', 'cases', 'hints', 'pass', 'time', 'extra', 'lang', 'class', 'lrs', 'lrsauth', 'x'), fc.oneof(fc.string(), fc.constantFrom('1', ids.join(','), 'on', 'off', '70', '-1', '1e3'))), { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { assignment, problems } = readAssignment(parseQuery(q), known);
        expect(Array.isArray(problems)).toBe(true);
        if (!assignment) return;
        expect(assignment.levels.length).toBeGreaterThan(0);
        for (const id of assignment.levels) expect(known.levelIds.has(id)).toBe(true);
        expect(assignment.passPercent).toBeGreaterThanOrEqual(0);
        expect(assignment.passPercent).toBeLessThanOrEqual(100);
        expect(assignment.classLabel?.length ?? 0).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
        expect(assignment.classLabel ?? '').not.toMatch(/[\u0000-\u001f]/);
      }),
      { numRuns: RUNS },
    );
  });

  test('every assignment the builder can make reads back from its link unchanged', () => {
    const assignment: fc.Arbitrary<Assignment> = fc
      .record({
        levels: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length }),
        hints: fc.boolean(),
        minutes: fc.option(fc.integer({ min: 1, max: 180 }), { nil: undefined }),
        extra: fc.integer({ min: 0, max: 200 }),
        passPercent: fc.integer({ min: 0, max: 100 }),
        language: fc.option(fc.constantFrom('en', 'ko', 'ar'), { nil: undefined }),
        classLabel: fc.option(fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s === s.trim() && !/\s\s|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s)), { nil: undefined }),
      })
      .map(({ minutes, extra, language, classLabel, ...rest }) => ({
        ...rest,
        extraPercent: minutes === undefined ? 0 : extra,
        ...(minutes === undefined ? {} : { minutes }),
        ...(language === undefined ? {} : { language }),
        ...(classLabel === undefined ? {} : { classLabel }),
      }));
    fc.assert(
      fc.property(assignment, (a) => {
        expect(readAssignment(parseQuery(assignmentQuery(a)), known)).toEqual({ assignment: a, problems: [] });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('result codes', () => {
  const assignment: Assignment = { levels: ids.slice(0, 3), hints: true, extraPercent: 0, passPercent: 50 };
  const records = Object.fromEntries(
    assignment.levels.map((id, i) => {
      const level = levels.get(id) as Level;
      const answers = Object.fromEntries(startQuiz(level, i + 1).questionIds.map((q) => [q, correctAnswer(level.questions.find((x) => x.id === q) as Level['questions'][number])]));
      return [id, { seed: i + 1, answers, hints: [], manifest: null, timedOut: false }];
    }),
  );
  const code = encodeResultCode(assignment, 'Ana', records, levels);
  const body = code.slice('FTS1-'.length);
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

  test('any text is refused with a reason or read as a code, never thrown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.string({ unit: fc.constantFrom(...ALPHABET, '-'), maxLength: 400 }).map((s) => `FTS1-${s}`)), (text) => {
        const result = decodeResultCode(text, levels);
        if (!result.ok) expect(['empty', 'too-long', 'not-a-code', 'typo', 'corrupt', 'unknown-case', 'content-changed']).toContain(result.error.kind);
      }),
      { numRuns: RUNS },
    );
  });

  test('every single mistyped character is caught', () => {
    const positions = [...body].flatMap((c, i) => (c === '-' ? [] : [i]));
    fc.assert(
      fc.property(fc.constantFrom(...positions), fc.constantFrom(...ALPHABET), (i, c) => {
        fc.pre(body[i] !== c);
        expect(decodeResultCode(`FTS1-${body.slice(0, i)}${c}${body.slice(i + 1)}`, levels)).toEqual({ ok: false, error: { kind: 'typo' } });
      }),
      { numRuns: RUNS },
    );
  });

  test('characters left out, added or swapped are refused, never misread', () => {
    fc.assert(
      fc.property(fc.nat(body.length - 1), fc.constantFrom(...ALPHABET), fc.constantFrom('delete', 'insert', 'swap'), (i, c, kind) => {
        const edited = kind === 'delete' ? body.slice(0, i) + body.slice(i + 1) : kind === 'insert' ? body.slice(0, i) + c + body.slice(i) : body.slice(0, i) + (body[i + 1] ?? '') + body[i] + body.slice(i + 2);
        fc.pre(edited.replace(/-/g, '') !== body.replace(/-/g, ''));
        expect(decodeResultCode(`FTS1-${edited}`, levels).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('saved data', () => {
  const stored = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 2, levels: { x: v } })), fc.jsonValue().map((v) => JSON.stringify({ version: 1, runs: { a: v } })));

  test('progress, settings and assignment runs: whatever is stored, the game gets valid data and unreadable data is set aside', () => {
    fc.assert(
      fc.property(stored, (raw) => {
        for (const [key, read] of [
          [PROGRESS_KEY, (s: MemoryStore) => readProgress(s, now)],
          [SETTINGS_KEY, (s: MemoryStore) => readSettings(s, now)],
          [RUNS_KEY, (s: MemoryStore) => readRun(s, 'a', now)],
        ] as const) {
          const store = new MemoryStore();
          store.setItem(key, raw);
          const result = read(store);
          const value = 'progress' in result ? result.progress : result.value;
          expect(value).toBeTypeOf('object');
          if (result.notice?.kind === 'recovered') expect(store.getItem(result.notice.setAsideKey)).toBe(raw);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
