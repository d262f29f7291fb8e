/**
 * The result code a student hands in when there is no LMS: the assignment, the name and every answer
 * (not just the score), compressed, with a CRC-32 against typos, in Crockford base32 — no letters that
 * look alike, any case, dashes and spaces ignored. The teacher's page re-scores the answers against the
 * content. Anyone can make a code by hand: it catches typos, not forgeries.
 */
import { base32crockford } from '@scure/base';
import CRC32 from 'crc-32';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Level } from '../content/schema.ts';
import { err, ok, type Result } from '../result.ts';
import { startQuiz } from '../quiz/session.ts';
import { z } from '../validation.ts';
import { compactAnswer, compactManifest, expandAnswer, expandManifest } from './compactAnswer.ts';
import { assignmentQuery, type Assignment } from './link.ts';
import type { CaseRecord } from './run.ts';

export const CODE_PREFIX = 'FTS1';
/** Longer input is not one of our codes (thirty cases of answers stay far below). */
export const MAX_CODE_LENGTH = 6000;
const GROUP = 5;

export type CodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long'; readonly length: number }
  /** Not our prefix, or characters base32 does not have. */
  | { readonly kind: 'not-a-code' }
  /** The checksum does not match: a character was mistyped, left out or added. */
  | { readonly kind: 'typo' }
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'unknown-case'; readonly id: string }
  /** The case's questions are not those the code was made with (another version of the game). */
  | { readonly kind: 'content-changed'; readonly id: string };

export interface DecodedCode {
  readonly name: string;
  /** The assignment's link query, read with readAssignment like a link. */
  readonly query: string;
  readonly records: Readonly<Record<string, CaseRecord>>;
}

const payloadSchema = z.tuple([
  z.literal(1),
  z.string().check(z.maxLength(60)),
  z.string().check(z.maxLength(2000)),
  z.array(
    z.tuple([
      z.string().check(z.maxLength(80)),
      z.int().check(z.gte(0), z.lte(0xffffffff)),
      z.int().check(z.gte(0)),
      z.array(z.int()),
      z.unknown(),
      z.array(z.unknown()),
      z.union([z.literal(0), z.literal(1)]),
    ]),
  ).check(z.maxLength(30)),
]);

export function encodeResultCode(assignment: Assignment, name: string, records: Readonly<Record<string, CaseRecord>>, levels: ReadonlyMap<string, Level>): string {
  const cases = assignment.levels.flatMap((id) => {
    const level = levels.get(id);
    const record = records[id];
    if (!level || !record) return [];
    const asked = startQuiz(level, record.seed).questionIds;
    const answers = asked.map((qid) => {
      const question = level.questions.find((q) => q.id === qid);
      const answer = record.answers[qid];
      return question && answer ? (compactAnswer(question, answer) ?? null) : null;
    });
    const hints = record.hints.map((h) => asked.indexOf(h)).filter((i) => i >= 0);
    const manifest = level.manifest && record.manifest ? compactManifest(level.manifest, record.manifest) : null;
    return [[id, record.seed, level.questions.length, hints, manifest, answers, record.timedOut ? 1 : 0]];
  });
  const bytes = deflateSync(strToU8(JSON.stringify([1, name, assignmentQuery(assignment), cases])), { level: 9 });
  const check = CRC32.buf(bytes) >>> 0;
  const body = base32crockford.encode(Uint8Array.from([...bytes, check >>> 24, (check >>> 16) & 255, (check >>> 8) & 255, check & 255]));
  const groups = body.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? [];
  return [CODE_PREFIX, ...groups].join('-');
}

function unpack(code: string): Result<unknown, CodeError> {
  // Crockford's reading of look-alikes, applied to the prefix too ("ftsl-…" is "FTS1-…").
  const compact = code.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact === '') return err({ kind: 'empty' });
  if (!compact.startsWith(CODE_PREFIX)) return err({ kind: 'not-a-code' });
  const body = compact.slice(CODE_PREFIX.length);
  // Characters base32 lacks mean another kind of text; a length or last character that cannot be
  // decoded means a character was mistyped, dropped or added.
  if (!/^[0-9A-HJKMNP-TV-Z]*$/.test(body)) return err({ kind: 'not-a-code' });
  let bytes: Uint8Array;
  try {
    bytes = base32crockford.decode(body);
  } catch {
    return err({ kind: 'typo' });
  }
  if (bytes.length < 5) return err({ kind: 'typo' });
  const data = bytes.subarray(0, -4);
  const check = bytes.subarray(-4);
  const expected = CRC32.buf(data) >>> 0;
  if (((check[0] as number) << 24 | (check[1] as number) << 16 | (check[2] as number) << 8 | (check[3] as number)) >>> 0 !== expected) return err({ kind: 'typo' });
  try {
    return ok(JSON.parse(strFromU8(inflateSync(data))) as unknown);
  } catch {
    return err({ kind: 'corrupt' });
  }
}

/** Reads a code against the content it will be scored with; never throws. */
export function decodeResultCode(code: string, levels: ReadonlyMap<string, Level>): Result<DecodedCode, CodeError> {
  if (code.length > MAX_CODE_LENGTH) return err({ kind: 'too-long', length: code.length });
  const unpacked = unpack(code);
  if (!unpacked.ok) return unpacked;
  const payload = payloadSchema.safeParse(unpacked.value);
  if (!payload.success) return err({ kind: 'corrupt' });
  const [, name, query, cases] = payload.data;
  const records: Record<string, CaseRecord> = {};
  for (const [id, seed, questionCount, hintPositions, manifest, answers, timedOut] of cases) {
    const level = levels.get(id);
    if (!level) return err({ kind: 'unknown-case', id });
    const asked = startQuiz(level, seed).questionIds;
    if (questionCount !== level.questions.length || answers.length !== asked.length) return err({ kind: 'content-changed', id });
    const expanded: Record<string, CaseRecord['answers'][string]> = {};
    for (const [i, qid] of asked.entries()) {
      const question = level.questions.find((q) => q.id === qid);
      const compact = answers[i];
      if (!question || compact === null) continue;
      const answer = expandAnswer(question, compact);
      if (!answer) return err({ kind: 'corrupt' });
      expanded[qid] = answer;
    }
    const manifestAnswer = manifest === null || !level.manifest ? null : (expandManifest(level.manifest, manifest) ?? undefined);
    if (manifestAnswer === undefined) return err({ kind: 'corrupt' });
    const hints = hintPositions.map((p) => asked[p]).filter((h): h is string => h !== undefined);
    records[id] = { seed, answers: expanded, hints, manifest: manifestAnswer, timedOut: timedOut === 1 };
  }
  return ok({ name, query, records });
}
