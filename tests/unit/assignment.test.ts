/** Assignment links, the student's report and result codes, against the real cases. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/content-check.ts';
import { assignmentHash, assignmentQuery, readAssignment, secondsPerCase, type Assignment } from '../../src/core/assignment/link.ts';
import { buildReport } from '../../src/core/assignment/report.ts';
import { decodeResultCode, encodeResultCode } from '../../src/core/assignment/resultCode.ts';
import { emptyRun, readRun, RUNS_KEY, saveRun, withCase, type CaseRecord } from '../../src/core/assignment/run.ts';
import type { Level, Question } from '../../src/core/content/schema.ts';
import { manifestChoices } from '../../src/core/manifest.ts';
import { correctAnswer, type Answer } from '../../src/core/quiz/answers.ts';
import { startQuiz } from '../../src/core/quiz/session.ts';
import { parseQuery } from '../../src/core/route.ts';
import { MemoryStore } from '../../src/core/storage.ts';
import { playReducer, startPlay } from '../../src/core/flow.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const catalog = checkContent(root);
const levels = new Map<string, Level>(catalog.levels.map((l) => [l.id, l]));
const known = { levelIds: new Set(levels.keys()), languages: new Set(['en', 'ko', 'ar']) };
const read = (query: string) => readAssignment(parseQuery(query), known);
const level = (id: string) => levels.get(id) as Level;
const now = new Date('2026-11-23T10:00:00Z');

/** A wrong answer of the question's own shape. */
function wrongAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.options.find((o) => o !== q.answer) as string };
    case 'map-pick':
      return { type: 'map-pick', place: q.options.find((o) => o !== q.answer) as string };
    case 'multiple':
      return { type: 'multiple', choices: q.options.filter((o) => !q.answers.includes(o)).slice(0, 1) };
    case 'ordering':
      return { type: 'ordering', order: [...q.items].reverse() };
    case 'numeric':
      return { type: 'numeric', value: q.answer + q.tolerance + 1.5 };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.item, q.pairs[0]?.match as string])) };
    case 'detective':
      return { type: 'detective', verdict: q.verdict === 'consistent' ? 'contradictory' : 'consistent', reason: q.reasons.find((r) => r !== q.reason) as string };
  }
}

/** An attempt: every other question right, the first hinted, the last unanswered when `timedOut`. */
function attempt(l: Level, seed: number, timedOut = false): CaseRecord {
  const asked = startQuiz(l, seed).questionIds.map((id) => l.questions.find((q) => q.id === id) as Question);
  const answered = timedOut ? asked.slice(0, -1) : asked;
  const answers = Object.fromEntries(answered.map((q, i) => [q.id, i % 2 === 0 ? correctAnswer(q) : wrongAnswer(q)]));
  const manifest = l.manifest ? Object.fromEntries(manifestChoices(l.manifest, seed).slice(0, 2).map((id) => [id, l.manifest?.items.find((i) => i.id === id)?.quantity ?? null])) : null;
  return { seed, answers, hints: asked[0] ? [asked[0].id] : [], manifest, timedOut };
}

const assignment: Assignment = { levels: ['oil-2024', 'munitions'], language: 'ko', hints: false, minutes: 20, extraPercent: 25, passPercent: 70, classLabel: '9B History' };

describe('assignment links', () => {
  test('a link reads back as the same assignment, and the same assignment always gives the same link', () => {
    const query = assignmentQuery(assignment);
    expect(query).toBe('v=1&cases=oil-2024,munitions&hints=off&pass=70&lang=ko&time=20&extra=25&class=9B%20History');
    expect(read(query)).toEqual({ assignment, problems: [] });
    expect(assignmentHash(assignment)).toBe(`#/assignment?${query}`);
  });

  test('unknown cases and bad settings are named; the rest of the assignment still works', () => {
    const { assignment: a, problems } = read('v=1&cases=oil-2024,nope,munitions&hints=maybe&pass=170&time=0&extra=-5&lang=xx');
    expect(a).toEqual({ levels: ['oil-2024', 'munitions'], hints: true, extraPercent: 0, passPercent: 50 });
    expect(problems).toEqual([
      { kind: 'unknown-case', id: 'nope' },
      { kind: 'bad-setting', setting: 'hints', value: 'maybe' },
      { kind: 'bad-setting', setting: 'pass', value: '170' },
      { kind: 'bad-setting', setting: 'time', value: '0' },
      { kind: 'bad-setting', setting: 'extra', value: '-5' },
      { kind: 'unknown-language', language: 'xx' },
    ]);
  });

  test('links that cannot be used at all say why', () => {
    expect(read('v=2&cases=oil-2024')).toEqual({ assignment: null, problems: [{ kind: 'unknown-version', version: '2' }] });
    expect(read('cases=oil-2024').problems).toEqual([{ kind: 'unknown-version', version: '' }]);
    expect(read('v=1&cases=x,y')).toEqual({ assignment: null, problems: [{ kind: 'unknown-case', id: 'x' }, { kind: 'unknown-case', id: 'y' }, { kind: 'no-cases' }] });
    expect(read(`v=1&cases=oil-2024&class=${'a'.repeat(3000)}`).problems).toEqual([{ kind: 'too-long', length: 3026 }]);
  });

  test('numbers must be plain whole numbers in range; labels are one line of text', () => {
    for (const pass of ['7e1', '0x46', '70.5', ' 70', '']) expect(read(`v=1&cases=oil-2024&pass=${encodeURIComponent(pass)}`).problems).toEqual([{ kind: 'bad-setting', setting: 'pass', value: pass }]);
    const crafted = read(`v=1&cases=oil-2024&class=${encodeURIComponent('<img src=x onerror=alert(1)>\n\u2028  7B ')}`).assignment;
    expect(crafted?.classLabel).toBe('<img src=x onerror=alert(1)> 7B');
  });

  test('a learning record store must be a plain http(s) address', () => {
    expect(read('v=1&cases=oil-2024&lrs=https%3A%2F%2Flrs.example.org%2Fxapi&lrsauth=Basic%20abc').assignment?.lrs).toEqual({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic abc' });
    for (const bad of ['javascript:alert(1)', 'https://user:pw@lrs.example.org/', 'lrs.example.org', 'https://a b/'])
      expect(read(`v=1&cases=oil-2024&lrs=${encodeURIComponent(bad)}`).problems).toEqual([{ kind: 'bad-setting', setting: 'lrs', value: bad }]);
  });

  test('extra time is added to each case; without minutes there is no limit', () => {
    expect(secondsPerCase(assignment)).toBe(1500);
    expect(secondsPerCase({ ...assignment, extraPercent: 0 })).toBe(1200);
    const { minutes: _, ...untimed } = assignment;
    expect(secondsPerCase(untimed)).toBeUndefined();
  });
});

describe('the report', () => {
  test('is scored from the answers and the content: points, pass mark, cases left', () => {
    const records = { 'oil-2024': attempt(level('oil-2024'), 11) };
    const partial = buildReport(assignment, 'Ana', records, levels);
    expect(partial.complete).toBe(false);
    expect(partial.passed).toBe(false);
    expect(partial.missing).toEqual(['munitions']);
    const oil = partial.cases[0];
    expect(oil?.questions.map((q) => q.score.verdict === 'right')).toEqual(oil?.questions.map((_, i) => i % 2 === 0));
    expect(oil?.questions[0]?.hinted).toBe(true);

    const all = { ...records, munitions: { ...attempt(level('munitions'), 5), answers: Object.fromEntries(level('munitions').questions.map((q) => [q.id, correctAnswer(q)])) } };
    const done = buildReport({ ...assignment, passPercent: 0 }, 'Ana', all, levels);
    expect(done.complete).toBe(true);
    expect(done.passed).toBe(true);
    expect(done.points).toBe(done.cases.reduce((s, c) => s + c.summary.points, 0));
    expect(buildReport({ ...assignment, passPercent: 100 }, 'Ana', all, levels).passed).toBe(false);
  });

  test('a question left when the time ran out scores nothing but counts towards the maximum', () => {
    const l = level('oil-2024');
    const timed = buildReport({ ...assignment, levels: ['oil-2024'] }, '', { 'oil-2024': attempt(l, 3, true) }, levels).cases[0];
    const last = timed?.questions.at(-1);
    expect(last?.answer).toBeUndefined();
    expect(last?.score).toEqual({ points: 0, max: last?.question.points, verdict: 'wrong' });
    expect(timed?.summary.max).toBe(buildReport({ ...assignment, levels: ['oil-2024'] }, '', { 'oil-2024': attempt(l, 3) }, levels).cases[0]?.summary.max);
  });
});

describe('result codes', () => {
  const everyCase: Assignment = { levels: [...levels.keys()], hints: true, extraPercent: 0, passPercent: 60, classLabel: '7B' };
  const records = Object.fromEntries(everyCase.levels.map((id, i) => [id, attempt(level(id), 1000 + i, i % 3 === 0)]));

  test('carry every answer of every case, and the teacher page scores them the same', () => {
    const code = encodeResultCode(everyCase, 'Ana María =1+1', records, levels);
    expect(code).toMatch(/^FTS1(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
    const decoded = decodeResultCode(code, levels);
    expect(decoded).toEqual({ ok: true, value: { name: 'Ana María =1+1', query: assignmentQuery(everyCase), records } });
    if (!decoded.ok) return;
    const again = read(decoded.value.query).assignment as Assignment;
    expect(buildReport(again, decoded.value.name, decoded.value.records, levels)).toEqual(buildReport(everyCase, 'Ana María =1+1', records, levels));
  });

  test('stay short enough to type or scan: every case of the game in under 1,500 characters', () => {
    expect(encodeResultCode(everyCase, 'Ana', records, levels).length).toBeLessThan(1500);
  });

  test('are read in any case, without dashes or spaces, with O for 0 and I or L for 1', () => {
    const code = encodeResultCode(assignment, 'Ana', { 'oil-2024': attempt(level('oil-2024'), 1) }, levels);
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')}\n`;
    expect(decodeResultCode(sloppy, levels).ok).toBe(true);
  });

  test('a mistyped, missing or extra character is caught by the checksum', () => {
    const code = encodeResultCode(assignment, 'Ana', { 'oil-2024': attempt(level('oil-2024'), 1) }, levels);
    const at = code.length - 9;
    const swapped = `${code.slice(0, at)}${code[at] === 'X' ? 'Y' : 'X'}${code.slice(at + 1)}`;
    expect(decodeResultCode(swapped, levels)).toEqual({ ok: false, error: { kind: 'typo' } });
    expect(decodeResultCode(code.slice(0, -1), levels).ok).toBe(false);
    expect(decodeResultCode(`${code}7`, levels).ok).toBe(false);
  });

  test('anything else is refused with its reason', () => {
    expect(decodeResultCode('   ', levels)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeResultCode('HELLO-WORLD', levels)).toEqual({ ok: false, error: { kind: 'not-a-code' } });
    expect(decodeResultCode('FTS1-U!!', levels)).toEqual({ ok: false, error: { kind: 'not-a-code' } });
    expect(decodeResultCode(`FTS1-${'A'.repeat(7000)}`, levels)).toEqual({ ok: false, error: { kind: 'too-long', length: 7005 } });
    const code = encodeResultCode(assignment, 'Ana', { 'oil-2024': attempt(level('oil-2024'), 1) }, levels);
    expect(decodeResultCode(code, new Map([...levels].filter(([id]) => id !== 'oil-2024')))).toEqual({ ok: false, error: { kind: 'unknown-case', id: 'oil-2024' } });
    const changed = new Map(levels).set('oil-2024', { ...level('oil-2024'), questions: level('oil-2024').questions.slice(1) });
    expect(decodeResultCode(code, changed)).toEqual({ ok: false, error: { kind: 'content-changed', id: 'oil-2024' } });
  });
});

describe('the run of an assignment on this device', () => {
  test('is saved after each case and read back; other assignments are kept beside it', () => {
    const store = new MemoryStore();
    const run = withCase({ ...emptyRun(now), name: 'Ana' }, 'oil-2024', attempt(level('oil-2024'), 2), now);
    expect(saveRun(store, 'a', run, now)).toBeUndefined();
    expect(saveRun(store, 'b', emptyRun(now), now)).toBeUndefined();
    expect(readRun(store, 'a', now)).toEqual({ value: run });
    expect(readRun(store, 'c', now)).toEqual({ value: emptyRun(now) });
  });

  test('two tabs on the same assignment keep each other\'s cases', () => {
    const store = new MemoryStore();
    const oil = attempt(level('oil-2024'), 2);
    const munitions = attempt(level('munitions'), 3);
    saveRun(store, 'a', withCase(emptyRun(now), 'oil-2024', oil, now), now);
    saveRun(store, 'a', withCase(emptyRun(now), 'munitions', munitions, now), now);
    expect(readRun(store, 'a', now).value.records).toEqual({ 'oil-2024': oil, munitions });
  });

  test('unreadable saved runs are set aside, not lost, and the student starts cleanly', () => {
    const store = new MemoryStore();
    store.setItem(RUNS_KEY, '{"version":1,"runs":{"a":{"name":5}}}');
    const { value, notice } = readRun(store, 'a', now);
    expect(value).toEqual(emptyRun(now));
    expect(notice?.kind).toBe('recovered');
    if (notice?.kind === 'recovered') expect(store.getItem(notice.setAsideKey)).toBe('{"version":1,"runs":{"a":{"name":5}}}');
  });
});

test('when the time runs out, the case ends with the answers given so far', () => {
  const l = level('oil-2024');
  let state = startPlay(l, 4);
  state = playReducer(l, state, { type: 'begin-trace' }).state;
  const { state: done, outcome } = playReducer(l, state, { type: 'time-up' });
  expect(done.phase).toBe('results');
  expect(outcome.kind).toBe('finished');
  if (outcome.kind === 'finished') expect(outcome.summary.points).toBe(0);
  expect(playReducer(l, done, { type: 'time-up' }).outcome.kind).toBe('none');
});
