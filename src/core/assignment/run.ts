/**
 * A student's way through an assignment: for each case played, the seed of the attempt (which fixes
 * the questions asked and their order) and what the student answered. Everything else — scores,
 * verdicts, pass or fail — is worked out from these and the content, so a report, a result code and an
 * LMS all say the same thing.
 */
import { manifestAnswerSchema, type ManifestAnswer } from '../manifest.ts';
import { answerSchema, type Answer } from '../quiz/answers.ts';
import { readStored, writeStored, type KeyValueStore, type Stored, type StorageNotice } from '../storage.ts';
import { z } from '../validation.ts';

export const caseRecordSchema = z.strictObject({
  seed: z.int().check(z.gte(0), z.lte(0xffffffff)),
  answers: z.record(z.string(), answerSchema),
  hints: z.array(z.string()),
  manifest: z.nullable(manifestAnswerSchema),
  /** The time ran out before every question was answered. */
  timedOut: z.boolean(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

const runSchema = z.strictObject({
  /** The name the student asked to have on the report (may be empty). */
  name: z.string().check(z.maxLength(60)),
  records: z.record(z.string(), caseRecordSchema),
  /** When each case was first opened: a time limit runs from then, through reloads and trips back to the start page. */
  started: z._default(z.record(z.string(), z.iso.datetime()), {}),
  updated: z.iso.datetime(),
});
export type AssignmentRun = z.infer<typeof runSchema>;

export const RUNS_KEY = 'fts:assignments';
const RUNS_VERSION = 1;
/** The oldest runs are dropped beyond this: a shared classroom computer sees many assignments. */
const MAX_RUNS = 20;
const runsSchema = z.strictObject({ version: z.literal(RUNS_VERSION), runs: z.record(z.string(), runSchema) });
type Runs = z.infer<typeof runsSchema>;

const noRuns = (): Runs => ({ version: RUNS_VERSION, runs: {} });
const parseRuns = (data: unknown): Runs | undefined => {
  const parsed = runsSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};

export const emptyRun = (now: Date): AssignmentRun => ({ name: '', records: {}, started: {}, updated: now.toISOString() });

/** The run of the assignment whose link query is `key`, fresh when there is none (or it was unreadable). */
export function readRun(store: KeyValueStore, key: string, now: Date): Stored<AssignmentRun> {
  const { value, notice } = readStored(store, RUNS_KEY, parseRuns, noRuns, now);
  const run = value.runs[key] ?? emptyRun(now);
  return notice ? { value: run, notice } : { value: run };
}

/** Saves one run on top of what storage holds now (another tab may have saved other cases or assignments). */
export function saveRun(store: KeyValueStore, key: string, run: AssignmentRun, now: Date): StorageNotice | undefined {
  const { value, notice } = readStored(store, RUNS_KEY, parseRuns, noRuns, now);
  if (notice?.kind === 'unavailable') return notice;
  const others = Object.entries(value.runs)
    .filter(([k]) => k !== key)
    .sort(([, a], [, b]) => (a.updated < b.updated ? 1 : -1))
    .slice(0, MAX_RUNS - 1);
  // The same assignment open in two tabs: each keeps the cases the other finished.
  const merged = { ...run, records: { ...value.runs[key]?.records, ...run.records }, started: { ...value.runs[key]?.started, ...run.started } };
  return writeStored(store, RUNS_KEY, { version: RUNS_VERSION, runs: Object.fromEntries([...others, [key, merged]]) } satisfies Runs) ?? notice;
}

/** A run with one more case opened (the first time only). */
export function withStart(run: AssignmentRun, levelId: string, now: Date): AssignmentRun {
  return run.started[levelId] ? run : { ...run, started: { ...run.started, [levelId]: now.toISOString() }, updated: now.toISOString() };
}

/** A run with one more case finished. */
export function withCase(run: AssignmentRun, levelId: string, record: CaseRecord, now: Date): AssignmentRun {
  return { ...run, records: { ...run.records, [levelId]: record }, updated: now.toISOString() };
}

export type { Answer, ManifestAnswer };
