import { describe, expect, test } from 'vitest';
import { buildCatalog, buildTranslation, type CatalogInput } from '../../src/core/content/catalog.ts';
import { parseLevel } from '../../src/core/content/parse.ts';
import { levelSchema, type Level } from '../../src/core/content/schema.ts';
import { checkLevelText, levelTextKeys } from '../../src/core/content/textKeys.ts';
import { CODEX, CODEX_TEXT, CONTEXT, levelJson, levelTextJson, SOURCES } from './fixtures/level.ts';

const FILE = 'content/levels/test-level.json';
type LevelData = ReturnType<typeof levelJson>;

function problemsOf(mutate: (level: LevelData) => void, file = FILE) {
  const level = levelJson();
  mutate(level);
  const result = parseLevel(file, JSON.stringify(level, null, 2), CONTEXT);
  if (result.ok) throw new Error('expected the level to be rejected');
  return result.error;
}

describe('level parsing', () => {
  test('a valid level parses, with defaults filled in', () => {
    const result = parseLevel(FILE, JSON.stringify(levelJson()), CONTEXT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.steps[1]?.via).toEqual([]);
    expect(result.value.questions[0]?.points).toBe(10);
  });

  test('bad JSON is reported with the file, line and column', () => {
    const text = '{\n  "id": "test-level",\n  "order": 1,,\n}';
    const result = parseLevel(FILE, text, CONTEXT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(1);
    expect(result.error[0]).toMatchObject({ file: FILE, path: '$' });
    expect(result.error[0]?.message).toMatch(/^invalid JSON: .*line 3 column 14/);
  });

  test('a schema violation names the JSON path', () => {
    const problems = problemsOf((l) => {
      (l.places[2] as { lat: unknown }).lat = 'north';
      (l.steps[0] as { mode: string }).mode = 'teleport';
    });
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.places[2].lat', '$.steps[0].mode']));
    expect(problems.every((p) => p.file === FILE)).toBe(true);
  });

  test('unknown fields are rejected, so typos do not pass silently', () => {
    const problems = problemsOf((l) => Object.assign(l.evidence[0] as object, { soruces: ['x'] }));
    expect(problems[0]?.path).toBe('$.evidence[0]');
    expect(problems[0]?.message).toMatch(/Unrecognized key: "soruces"/);
  });

  test.each<[string, (l: LevelData) => void, string, RegExp]>([
    ['an unknown start place', (l) => (l.start = 'nowhere'), '$.start', /unknown place "nowhere"/],
    ['a candidate that is not a place', (l) => (l.steps[0]!.candidates[1] = 'zz'), '$.steps[0].candidates[1]', /unknown place "zz"/],
    ['an answer outside the candidates', (l) => (l.steps[1]!.answer = 'a'), '$.steps[1].answer', /must be one of the candidates/],
    ['a candidate where the shipment already is', (l) => (l.steps[1]!.candidates[1] = 'b'), '$.steps[1].candidates[1]', /already is/],
    ['an unknown destination on a leg said to be known', (l) => (l.steps[1]!.answer = 'unknown'), '$.steps[1].certainty', /must be "unknown" when the answer is "unknown"/],
    ['an unknown stop before the end', (l) => l.steps.reverse(), '$.steps[0].answer', /only the last step/],
    ['unknown evidence on a step', (l) => (l.steps[0]!.evidence = ['nope']), '$.steps[0].evidence[0]', /unknown evidence "nope"/],
    ['evidence no step unlocks', (l) => (l.steps[1]!.evidence = []), '$.evidence[1]', /never unlocked/],
    ['an unknown source', (l) => (l.evidence[0]!.sources = ['mystery']), '$.evidence[0].sources[0]', /unknown source "mystery"/],
    ['a question citing an unknown source', (l) => (l.questions[0]!.sources = ['mystery']), '$.questions[0].sources[0]', /unknown source/],
    ['a single answer outside the options', (l) => ((l.questions[0] as { answer: string }).answer = 'w'), '$.questions[0].answer', /one of the options/],
    ['a multiple answer outside the options', (l) => ((l.questions[1] as { answers: string[] }).answers = ['x', 'w']), '$.questions[1].answers[1]', /one of the options/],
    ['a repeated ordering item', (l) => ((l.questions[2] as { items: string[] }).items = ['p', 'q', 'p']), '$.questions[2].items[2]', /duplicate item "p"/],
    ['a numeric answer outside its range', (l) => ((l.questions[3] as { answer: number }).answer = 500), '$.questions[3].answer', /between min/],
    ['duplicate question ids', (l) => (l.questions[1]!.id = 'q-single'), '$.questions[1].id', /duplicate question id/],
    ['an unknown map region', (l) => (l.region = 'mars'), '$.region', /unknown map region "mars"/],
    ['an unknown cargo icon', (l) => (l.cargo = 'unicorn'), '$.cargo', /unknown icon "unicorn"/],
    ['a map question offering an unknown place', (l) => ((l.questions[4] as { options: string[] }).options[2] = 'atlantis'), '$.questions[4].options[2]', /unknown place "atlantis"/],
    ['a map answer outside its options', (l) => ((l.questions[4] as { answer: string }).answer = 'a'), '$.questions[4].answer', /one of the options/],
    ['a matching decoy that is a real match', (l) => ((l.questions[5] as { distractors: string[] }).distractors = ['m2']), '$.questions[5].distractors[0]', /already the match of an item/],
    ['a repeated matching item', (l) => ((l.questions[5] as { pairs: { item: string }[] }).pairs[1]!.item = 'i1'), '$.questions[5].pairs[1].item', /duplicate item "i1"/],
    ['a detective reason outside its reasons', (l) => ((l.questions[6] as { reason: string }).reason = 'r9'), '$.questions[6].reason', /one of the reasons/],
    ['a manifest decoy that was really shipped', (l) => l.manifest.distractors.push('medicine'), '$.manifest.distractors[2]', /also a real item/],
    ['a manifest item citing an unknown source', (l) => (l.manifest.items[0]!.sources = ['rumour']), '$.manifest.items[0].sources[0]', /unknown source "rumour"/],
    ['asking more questions than there are', (l) => Object.assign(l, { ask: 99 }), '$.ask', /cannot ask 99 questions: the level has 7/],
    ['a question linking an unknown codex entry', (l) => (l.questions[0]!.codex = ['res-9']), '$.questions[0].codex[0]', /unknown codex entry "res-9"/],
    ['a sanctions check linking an unknown codex entry', (l) => (l.sanctions.codex = ['res-9']), '$.sanctions.codex[0]', /unknown codex entry "res-9"/],
  ])('rejects %s', (_name, mutate, path, message) => {
    const problems = problemsOf(mutate);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  test('the level id must match its file name', () => {
    const problems = problemsOf(() => undefined, 'content/levels/other-name.json');
    expect(problems[0]).toMatchObject({ path: '$.id', message: expect.stringMatching(/other-name/) });
  });
});

describe('level text', () => {
  const level = levelSchema.parse(levelJson()) as Level;

  test('lists every key a level needs, including a hint for each wrong pick', () => {
    const keys = levelTextKeys(level);
    expect(keys).toEqual(
      expect.arrayContaining([
        'steps.one.hints.d',
        'steps.one.hints.unknown',
        'steps.three.hints.d',
        'questions.q-order.items.s',
        'questions.q-number.unit',
        'questions.q-map.hint',
        'questions.q-match.matches.m4',
        'questions.q-detective.reasons.r3',
        'manifest.goats',
        'unknowns.where',
      ]),
    );
    // A match shared by two items needs its text once.
    expect(keys.filter((k) => k === 'questions.q-match.matches.m1')).toHaveLength(1);
    // The right pick needs no hint.
    expect(keys).not.toContain('steps.one.hints.b');
    expect(keys).not.toContain('steps.three.hints.unknown');
    expect(checkLevelText(level, 'text.json', levelTextJson())).toEqual([]);
  });

  test('reports missing and empty strings with their key path', () => {
    const text = levelTextJson();
    delete (text.steps.one.hints as Partial<typeof text.steps.one.hints>).d;
    text.evidence.e2.how = '  ';
    const problems = checkLevelText(level, 'text.json', text);
    expect(problems).toEqual([
      { file: 'text.json', path: '$.steps.one.hints.d', message: 'missing text for level "test-level"' },
      { file: 'text.json', path: '$.evidence.e2.how', message: 'must be a non-empty string' },
    ]);
  });
});

describe('catalog', () => {
  const input = (overrides: Partial<CatalogInput> = {}): CatalogInput => {
    const broken = { ...levelJson(), id: 'broken-level', start: 'nowhere' };
    return {
      sources: [{ file: 'content/sources/a.json', text: JSON.stringify(SOURCES) }],
      codex: { file: 'content/codex.json', text: JSON.stringify(CODEX) },
      codexText: { file: 'content/locales/en/codex.json', text: JSON.stringify(CODEX_TEXT) },
      levels: [
        { file: 'content/levels/test-level.json', text: JSON.stringify(levelJson()) },
        { file: 'content/levels/broken-level.json', text: JSON.stringify(broken) },
      ],
      levelTexts: new Map([
        ['test-level', { file: 'content/locales/en/levels/test-level.json', text: JSON.stringify(levelTextJson()) }],
        ['broken-level', { file: 'content/locales/en/levels/broken-level.json', text: JSON.stringify(levelTextJson()) }],
      ]),
      regionIds: CONTEXT.regionIds,
      iconIds: CONTEXT.iconIds,
      ...overrides,
    };
  };

  test('a broken level is left out and reported; the others still load', () => {
    const catalog = buildCatalog(input());
    expect(catalog.levels.map((l) => l.id)).toEqual(['test-level']);
    expect(catalog.rejected).toEqual(['broken-level']);
    expect(catalog.errors).toEqual([{ file: 'content/levels/broken-level.json', path: '$.start', message: 'unknown place "nowhere"' }]);
    expect(catalog.texts.get('test-level')).toMatchObject({ title: 'Test level' });
  });

  test('a level whose text is missing or broken is rejected with the text file named', () => {
    const catalog = buildCatalog(
      input({
        levelTexts: new Map([['test-level', { file: 'content/locales/en/levels/test-level.json', text: '{"title": ' }]]),
      }),
    );
    expect(catalog.levels).toEqual([]);
    expect(catalog.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/locales/en/levels/test-level.json', path: '$', message: expect.stringMatching(/^invalid JSON/) }),
      ]),
    );
    const withoutText = buildCatalog(input({ levels: [{ file: 'content/levels/test-level.json', text: JSON.stringify(levelJson()) }], levelTexts: new Map() }));
    expect(withoutText.errors).toEqual([{ file: 'content/levels/test-level.json', path: '$.id', message: 'no text file for level "test-level" in the base locale' }]);
  });

  test('a file that could not be downloaded is reported as such', () => {
    const catalog = buildCatalog(input({ levels: [{ file: 'content/levels/test-level.json', text: '', loadError: 'could not be downloaded (HTTP 404)' }] }));
    expect(catalog.errors).toEqual([{ file: 'content/levels/test-level.json', path: '$', message: 'could not be downloaded (HTTP 404)' }]);
    expect(catalog.rejected).toEqual(['test-level']);
  });

  test('without valid sources no level is shown, since nothing could be cited', () => {
    const catalog = buildCatalog(input({ sources: [{ file: 'content/sources/a.json', text: JSON.stringify({ sources: [{ id: 'x', kind: 'rumour' }] }) }] }));
    expect(catalog.levels).toEqual([]);
    expect(catalog.errors[0]).toMatchObject({ file: 'content/sources/a.json', path: '$.sources[0].kind' });
    expect(catalog.rejected).toEqual(['test-level', 'broken-level']);
  });

  test('sources from several files are merged; an id used twice is reported where it repeats', () => {
    const more = { file: 'content/sources/b.json', text: JSON.stringify({ sources: [{ id: 'wire-c', kind: 'wire', outlet: 'C' }, SOURCES.sources[0]] }) };
    const catalog = buildCatalog(input({ sources: [{ file: 'content/sources/a.json', text: JSON.stringify(SOURCES) }, more] }));
    // Reported where it repeats; the first definition stands, so the levels still load.
    expect(catalog.errors[0]).toEqual({ file: 'content/sources/b.json', path: '$.sources[1].id', message: 'duplicate source id "article-a"' });
    expect(catalog.levels.map((l) => l.id)).toEqual(['test-level']);
    const fine = buildCatalog(input({ sources: [{ file: 'content/sources/a.json', text: JSON.stringify(SOURCES) }, { ...more, text: JSON.stringify({ sources: [{ id: 'wire-c', kind: 'wire', outlet: 'C' }] }) }] }));
    expect([...fine.sources.keys()]).toEqual(['article-a', 'wire-b', 'wire-c']);
  });

  test('a broken sources file rejects only the levels that cite its sources', () => {
    const broken = { file: 'content/sources/b.json', text: '{"sources": [' };
    const onlyFirst = { sources: [SOURCES.sources[0]] };
    const catalog = buildCatalog(input({ sources: [{ file: 'content/sources/a.json', text: JSON.stringify(onlyFirst) }, broken] }));
    expect(catalog.errors[0]).toMatchObject({ file: 'content/sources/b.json', path: '$' });
    expect([...catalog.sources.keys()]).toEqual(['article-a']);
    // The test level cites a source from the broken file: it alone is rejected, with the reason.
    expect(catalog.rejected).toContain('test-level');
    expect(catalog.errors.some((e) => e.file === 'content/levels/test-level.json' && e.message.includes('unknown source'))).toBe(true);
  });

  test('the codex: its text is checked, and a broken codex rejects only the levels that link to it', () => {
    const noText = buildCatalog(input({ codexText: { file: 'content/locales/en/codex.json', text: JSON.stringify({ ...CODEX_TEXT, caveat: '' }) } }));
    expect(noText.errors[0]).toEqual({ file: 'content/locales/en/codex.json', path: '$.caveat', message: 'must be a non-empty string' });
    expect(noText.rejected).toContain('test-level');
    const badSource = buildCatalog(input({ codex: { file: 'content/codex.json', text: JSON.stringify({ entries: [{ ...CODEX.entries[0], sources: ['nope'] }] }) } }));
    expect(badSource.errors[0]).toEqual({ file: 'content/codex.json', path: '$.entries[0].sources[0]', message: 'unknown source "nope"' });
    const good = buildCatalog(input());
    expect(good.codex.map((e) => e.id)).toEqual(['res-1']);
    expect(good.codexText).toMatchObject({ caveat: 'Not a verdict.' });
  });

  test('a translation is used only where it is complete; the rest stays in English, and why is reported', () => {
    const catalog = buildCatalog(input());
    const file = 'content/locales/ko/levels/test-level.json';
    const complete = buildTranslation(catalog, new Map([['test-level', { file, text: JSON.stringify({ ...levelTextJson(), title: '시험 사건' }) }]]), { file: 'content/locales/ko/codex.json', text: JSON.stringify(CODEX_TEXT) });
    expect(complete.levels.get('test-level')).toMatchObject({ title: '시험 사건' });
    expect(complete.codex).toMatchObject({ caveat: 'Not a verdict.' });
    expect(complete.errors).toEqual([]);
    // One missing string: the whole case stays in English (never mixed inside a question).
    const partial = buildTranslation(catalog, new Map([['test-level', { file, text: JSON.stringify({ ...levelTextJson(), title: '' }) }]]), undefined);
    expect(partial.levels.size).toBe(0);
    expect(partial.errors).toEqual([{ file, path: '$.title', message: 'must be a non-empty string' }]);
    // No file at all is not an error: the case is simply not translated yet.
    const none = buildTranslation(catalog, new Map([['test-level', undefined]]), undefined);
    expect(none).toEqual({ levels: new Map(), codex: null, errors: [] });
  });

  test('a copied level file that keeps the original id is rejected, the original still loads', () => {
    const twin = { file: 'content/levels/test-level-copy.json', text: JSON.stringify(levelJson()) };
    const catalog = buildCatalog(input({ levels: [{ file: 'content/levels/test-level.json', text: JSON.stringify(levelJson()) }, twin] }));
    expect(catalog.levels.map((l) => l.id)).toEqual(['test-level']);
    expect(catalog.errors).toEqual([{ file: 'content/levels/test-level-copy.json', path: '$.id', message: 'must match the file name "test-level-copy", got "test-level"' }]);
  });
});
