/**
 * An LMS's SCORM runtime (1.2, or 2004 4th edition) as an LmsConnection. Both versions hold the same
 * data under other names and formats; the differences are the two dialects below.
 *
 * For each case finished: one interaction per question asked and one for the manifest, the score so
 * far, "incomplete", and the result code as suspend data (the screen resumes from it). At the end: the
 * score, completion and pass or fail against the LMS's mastery score (else the assignment's pass mark).
 * A runtime that fails never stops the game: every call is guarded, and what the LMS reports through
 * GetLastError goes to `onProblem`, for the page to log.
 */
import { matchList } from '../assignment/compactAnswer.ts';
import type { Manifest, Question, Verdict } from '../content/schema.ts';
import { VERDICTS } from '../content/verdicts.ts';
import type { ManifestAnswer } from '../manifest.ts';
import type { Answer, Score } from '../quiz/answers.ts';
import type { LmsConnection } from './connection.ts';

/** The SCORM 1.2 runtime ("API"). LMSes return "true"/"false" as strings; some return booleans. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

/** The SCORM 2004 runtime ("API_1484_11"). */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

export type ScormApi = { readonly version: '1.2'; readonly api: Scorm12Api } | { readonly version: '2004'; readonly api: Scorm2004Api };

/** A call (named as in 2004) the LMS refused, with its error code and text; one that threw ("exception"); or data left unsent. */
export interface ScormProblem {
  readonly call: string;
  readonly element?: string;
  readonly code: string;
  readonly message: string;
}

export interface ScormOptions {
  readonly onProblem: (problem: ScormProblem) => void;
  /** The clock for the session time; Date.now by default. */
  readonly now?: () => number;
}

/** The calls both versions have, by whatever name. */
interface Calls {
  initialize(): unknown;
  finish(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
}

function callsOf(runtime: ScormApi): Calls {
  if (runtime.version === '1.2') {
    const api = runtime.api;
    return {
      initialize: () => api.LMSInitialize(''),
      finish: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString(code),
    };
  }
  const api = runtime.api;
  return {
    initialize: () => api.Initialize(''),
    finish: () => api.Terminate(''),
    get: (element) => api.GetValue(element),
    set: (element, value) => api.SetValue(element, value),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString(code),
  };
}

/** A number as CMIDecimal / real(10,7): no exponent, at most seven decimals; undefined when too large. */
function decimal(n: number): string | undefined {
  return Number.isFinite(n) && Math.abs(n) < 1e10 ? n.toFixed(7).replace(/\.?0+$/, '') : undefined;
}

/** An interaction before it is put in either version's words: positions in the content's own lists. */
type Pair = readonly [number, number];
type Shape =
  | { readonly type: 'choice' | 'sequencing'; readonly ids: readonly string[]; readonly given: readonly number[] | undefined; readonly correct: readonly number[] }
  | { readonly type: 'matching'; readonly sources: readonly string[]; readonly targets: readonly string[]; readonly given: readonly Pair[] | undefined; readonly correct: readonly Pair[] }
  | { readonly type: 'numeric'; readonly given: number | undefined; readonly correct: number; readonly tolerance: number };

const positions = (ids: readonly string[], chosen: readonly string[]): number[] => chosen.map((id) => ids.indexOf(id)).filter((i) => i >= 0);

function questionShape(q: Question, a: Answer | undefined): Shape {
  switch (q.type) {
    case 'single':
      return { type: 'choice', ids: q.options, given: a?.type === 'single' ? positions(q.options, [a.choice]) : undefined, correct: positions(q.options, [q.answer]) };
    case 'map-pick':
      return { type: 'choice', ids: q.options, given: a?.type === 'map-pick' ? positions(q.options, [a.place]) : undefined, correct: positions(q.options, [q.answer]) };
    case 'multiple':
      return { type: 'choice', ids: q.options, given: a?.type === 'multiple' ? positions(q.options, a.choices) : undefined, correct: positions(q.options, q.answers) };
    case 'ordering':
      return { type: 'sequencing', ids: q.items, given: a?.type === 'ordering' ? positions(q.items, a.order) : undefined, correct: q.items.map((_, i) => i) };
    case 'numeric':
      return { type: 'numeric', given: a?.type === 'numeric' ? a.value : undefined, correct: q.answer, tolerance: q.tolerance };
    case 'matching': {
      const targets = matchList(q);
      const pairs = (matchOf: (pair: { readonly item: string; readonly match: string }) => string | undefined): Pair[] =>
        q.pairs.flatMap((p, i) => {
          const target = targets.indexOf(matchOf(p) ?? '');
          return target < 0 ? [] : [[i, target] as const];
        });
      const given = a?.type === 'matching' ? pairs((p) => a.matches[p.item]) : undefined;
      return { type: 'matching', sources: q.pairs.map((p) => p.item), targets, given, correct: pairs((p) => p.match) };
    }
    case 'detective': {
      // Two parts, each matched to one of its own options: the verdict, and the reason for it.
      const pairs = (verdict: Verdict, reason: string): Pair[] => {
        const r = q.reasons.indexOf(reason);
        return [[0, VERDICTS.indexOf(verdict)] as const, ...(r < 0 ? [] : [[1, VERDICTS.length + r] as const])];
      };
      const given = a?.type === 'detective' ? pairs(a.verdict, a.reason) : undefined;
      return { type: 'matching', sources: ['verdict', 'reason'], targets: [...VERDICTS, ...q.reasons], given, correct: pairs(q.verdict, q.reason) };
    }
  }
}

/** The manifest as a choice among its lines (items, then decoys, in content order); quantities count in the result. */
function manifestShape(manifest: Manifest, answer: ManifestAnswer | null): Shape {
  const ids = [...manifest.items.map((i) => i.id), ...manifest.distractors];
  return { type: 'choice', ids, given: answer === null ? undefined : positions(ids, Object.keys(answer)), correct: manifest.items.map((_, i) => i) };
}

/** How a version writes responses (1.2: RTE 3.4.2.7, "CMIFeedback"; 2004: RTE 4.2.9.1–2). */
interface ResponseFormat {
  readonly list: string;
  readonly pair: string;
  /** The name of a list entry: undefined when the version cannot name it. */
  readonly name: (ids: readonly string[], i: number) => string | undefined;
  readonly numericPattern: (answer: number, tolerance: number) => string | undefined;
}

interface Written {
  readonly type: Shape['type'];
  readonly response: string | undefined;
  readonly correct: string | undefined;
}

function written(shape: Shape, format: ResponseFormat): Written {
  // An empty answer, or one the version cannot name, is left out rather than sent malformed.
  const join = (parts: readonly (string | undefined)[]) => (parts.length > 0 && parts.every((p) => p !== undefined) ? parts.join(format.list) : undefined);
  switch (shape.type) {
    case 'choice':
    case 'sequencing': {
      const list = (chosen: readonly number[]) => join(chosen.map((i) => format.name(shape.ids, i)));
      return { type: shape.type, response: shape.given && list(shape.given), correct: list(shape.correct) };
    }
    case 'matching': {
      const list = (pairs: readonly Pair[]) =>
        join(
          pairs.map(([s, t]) => {
            const source = format.name(shape.sources, s);
            const target = format.name(shape.targets, t);
            return source === undefined || target === undefined ? undefined : `${source}${format.pair}${target}`;
          }),
        );
      return { type: 'matching', response: shape.given && list(shape.given), correct: list(shape.correct) };
    }
    case 'numeric':
      return { type: 'numeric', response: shape.given === undefined ? undefined : decimal(shape.given), correct: format.numericPattern(shape.correct, shape.tolerance) };
  }
}

/** SCORM 1.2 names list entries with one character each (0-9, a-z): 36 at most. */
const CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

interface Dialect {
  readonly kind: 'scorm-1.2' | 'scorm-2004';
  readonly learnerName: string;
  readonly language: string;
  readonly launchData: string;
  readonly entry: string;
  readonly suspendData: string;
  /** CMIString4096 in 1.2; 64 000 characters in 2004. */
  readonly suspendLimit: number;
  readonly status: string;
  /** Statuses meaning nothing was recorded yet. */
  readonly untouched: readonly string[];
  /** The LMS's pass mark, and what it is out of (1.2: 0–100, 2004: a scaled -1–1). */
  readonly passMark: string;
  readonly passMarkOutOf: number;
  /** The score as a percentage; `final` when every case has been played. */
  readonly score: (percent: number, final: boolean) => [string, string][];
  readonly statuses: (complete: boolean, passed: boolean) => [string, string][];
  readonly sessionTime: string;
  readonly duration: (seconds: number) => string;
  readonly exit: string;
  readonly normalExit: string;
  readonly response: string;
  readonly wrong: string;
  /** 1.2: CMIIdentifier ([A-Za-z0-9_-] for strict LMSes); 2004: long_identifier_type, a URI. */
  readonly interactionId: (id: string) => string;
  readonly format: ResponseFormat;
}

const two = (n: number) => String(n).padStart(2, '0');

const DIALECTS: Readonly<Record<ScormApi['version'], Dialect>> = {
  '1.2': {
    kind: 'scorm-1.2',
    learnerName: 'cmi.core.student_name',
    language: 'cmi.student_preference.language',
    launchData: 'cmi.launch_data',
    entry: 'cmi.core.entry',
    suspendData: 'cmi.suspend_data',
    suspendLimit: 4096,
    status: 'cmi.core.lesson_status',
    untouched: ['not attempted'],
    passMark: 'cmi.student_data.mastery_score',
    passMarkOutOf: 100,
    score: (percent) => [
      ['cmi.core.score.raw', String(percent)],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ],
    statuses: (complete, passed) => [['cmi.core.lesson_status', !complete ? 'incomplete' : passed ? 'passed' : 'failed']],
    sessionTime: 'cmi.core.session_time',
    // CMITimespan, HHHH:MM:SS.
    duration: (seconds) => {
      const s = Math.min(seconds, 9999 * 3600 + 3599);
      return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
    },
    exit: 'cmi.core.exit',
    normalExit: '',
    response: 'student_response',
    wrong: 'wrong',
    interactionId: (id) => id,
    format: { list: ',', pair: '.', name: (_, i) => CHARACTERS[i], numericPattern: (answer) => decimal(answer) },
  },
  '2004': {
    kind: 'scorm-2004',
    learnerName: 'cmi.learner_name',
    language: 'cmi.learner_preference.language',
    launchData: 'cmi.launch_data',
    entry: 'cmi.entry',
    suspendData: 'cmi.suspend_data',
    suspendLimit: 64000,
    status: 'cmi.completion_status',
    untouched: ['not attempted', 'unknown'],
    passMark: 'cmi.scaled_passing_score',
    passMarkOutOf: 1,
    score: (percent, final) => [
      // A 2004 LMS judges success from the scaled score against its passing score (RTE 4.2.22), so a
      // good first case would read "passed": the scaled score waits for the end.
      ...(final ? [['cmi.score.scaled', decimal(percent / 100) ?? '0'] as [string, string]] : []),
      ['cmi.score.raw', String(percent)],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
    ],
    statuses: (complete, passed) => [['cmi.completion_status', complete ? 'completed' : 'incomplete'], ...(complete ? [['cmi.success_status', passed ? 'passed' : 'failed'] as [string, string]] : [])],
    sessionTime: 'cmi.session_time',
    // ISO 8601 duration.
    duration: (seconds) => `PT${Math.floor(seconds / 3600)}H${Math.floor(seconds / 60) % 60}M${seconds % 60}S`,
    exit: 'cmi.exit',
    normalExit: 'normal',
    response: 'learner_response',
    wrong: 'incorrect',
    interactionId: (id) => `urn:follow-the-shipment:${id}`,
    format: {
      list: '[,]',
      pair: '[.]',
      name: (ids, i) => ids[i],
      numericPattern: (answer, tolerance) => {
        const [min, max] = [decimal(answer - tolerance), decimal(answer + tolerance)];
        return min === undefined || max === undefined ? undefined : `${min}[:]${max}`;
      },
    },
  },
};

/**
 * Interaction ids: content ids are lower-case words joined by hyphens, so "_" never occurs in them: one
 * "_" parts the case from a question, and "__" marks the case's manifest, which no question id can.
 */
export const questionInteractionId = (levelId: string, questionId: string): string => `${levelId}_${questionId}`;
export const manifestInteractionId = (levelId: string): string => `${levelId}__manifest`;

/** "Last, First" (the SCORM convention) as "First Last"; anything else as it is. */
function displayName(name: string): string {
  const comma = name.indexOf(',');
  return comma < 0 ? name : [name.slice(comma + 1), name.slice(0, comma)].map((s) => s.trim()).filter((s) => s !== '').join(' ');
}

/** Initializes the runtime and reads the launch; null when the LMS refuses to start a session. */
export function connectScormApi(runtime: ScormApi, options: ScormOptions): LmsConnection | null {
  const calls = callsOf(runtime);
  const dialect = DIALECTS[runtime.version];
  const now = options.now ?? Date.now;

  const problem = (call: string, element: string | undefined, code: string, message: string) => options.onProblem({ call, ...(element === undefined ? {} : { element }), code, message });
  const lastError = () => String(calls.lastError() ?? '') || '0';
  const errorText = (code: string) => String(calls.errorString(code) ?? '');
  /** What the LMS says went wrong with the last call. */
  const refused = (call: string, element: string | undefined) => {
    try {
      const code = lastError();
      problem(call, element, code, errorText(code));
    } catch (error) {
      problem(call, element, 'exception', String(error));
    }
  };
  /** Runs a call that answers "true" on success; a refusal or an exception is reported. */
  const attempt = (call: string, element: string | undefined, run: () => unknown): boolean => {
    try {
      if (String(run()) === 'true') return true;
    } catch (error) {
      problem(call, element, 'exception', String(error));
      return false;
    }
    refused(call, element);
    return false;
  };
  const get = (element: string): string | undefined => {
    try {
      const value = String(calls.get(element) ?? '').trim();
      const code = lastError();
      if (code === '0') return value === '' ? undefined : value;
      // 403 in 2004: "not initialized", i.e. no value (1.2 answers "" for those).
      if (!(runtime.version === '2004' && code === '403')) problem('GetValue', element, code, errorText(code));
    } catch (error) {
      problem('GetValue', element, 'exception', String(error));
    }
    return undefined;
  };
  const set = (element: string, value: string): boolean => attempt('SetValue', element, () => calls.set(element, value));
  const setAll = (values: readonly [string, string][]) => values.forEach(([element, value]) => set(element, value));

  if (!attempt('Initialize', undefined, () => calls.initialize())) return null;
  let open = true;
  const started = now();
  const sessionTime = () => dialect.duration(Math.max(0, Math.round((now() - started) / 1000)));
  const close = () => {
    open = false;
    attempt('Commit', undefined, () => calls.commit());
    attempt('Terminate', undefined, () => calls.finish());
  };

  const name = get(dialect.learnerName);
  const language = get(dialect.language);
  const launchData = get(dialect.launchData);
  const resumeCode = get(dialect.entry) === 'resume' ? get(dialect.suspendData) : undefined;
  const passMark = Number(get(dialect.passMark) ?? Number.NaN) / dialect.passMarkOutOf;
  // A first launch says so at once: a 1.2 LMS may mark a SCO that set no status "completed" when it ends.
  if (dialect.untouched.includes(get(dialect.status) ?? 'not attempted')) setAll(dialect.statuses(false, false));

  let nextInteraction = 0;
  const writeInteraction = (id: string, shape: Shape, score: Score) => {
    const n = Math.max(nextInteraction, Number(get('cmi.interactions._count') ?? 0) || 0);
    nextInteraction = n + 1;
    const at = `cmi.interactions.${n}`;
    // Nothing else can be stored under an interaction whose id was refused.
    if (!set(`${at}.id`, dialect.interactionId(id))) return;
    const { type, response, correct } = written(shape, dialect.format);
    const result = score.verdict === 'right' ? 'correct' : score.verdict === 'wrong' ? dialect.wrong : decimal(score.points);
    const values: [string, string | undefined][] = [
      [`${at}.type`, type],
      [`${at}.weighting`, decimal(score.max)],
      [`${at}.${dialect.response}`, response],
      // A partly right answer is given its points, as the numeric result both versions allow.
      [`${at}.result`, result],
      [`${at}.correct_responses.0.pattern`, correct],
    ];
    setAll(values.filter((v): v is [string, string] => v[1] !== undefined));
  };

  return {
    kind: dialect.kind,
    learnerName: name === undefined ? undefined : displayName(name),
    language,
    // The assignment's query, also when the LMS was given a whole link.
    launchQuery: launchData?.slice(launchData.indexOf('?') + 1),
    resumeCode,
    async caseFinished(report, finished, code) {
      if (!open) return;
      const levelId = finished.level.id;
      for (const q of finished.questions) writeInteraction(questionInteractionId(levelId, q.question.id), questionShape(q.question, q.answer), q.score);
      if (finished.level.manifest && finished.manifest) writeInteraction(manifestInteractionId(levelId), manifestShape(finished.level.manifest, finished.record.manifest), finished.manifest.score);
      setAll([...dialect.score(report.percent, false), ...dialect.statuses(false, false)]);
      if (runtime.version === '2004') set('cmi.progress_measure', decimal(report.cases.length / report.assignment.levels.length) ?? '0');
      // Too long for the LMS (1.2 keeps 4096 characters): the last code that fitted stays, to resume from.
      if (code.length <= dialect.suspendLimit) set(dialect.suspendData, code);
      else options.onProblem({ call: 'SetValue', element: dialect.suspendData, code: 'too-long', message: `${code.length} characters, the LMS keeps ${dialect.suspendLimit}` });
      // Should the page be closed before it can say goodbye, the LMS still offers to resume.
      set(dialect.exit, 'suspend');
      attempt('Commit', undefined, () => calls.commit());
    },
    async assignmentFinished(report) {
      if (!open) return;
      const mark = Number.isFinite(passMark) ? passMark : report.assignment.passPercent / 100;
      setAll([...dialect.score(report.percent, report.complete), ...dialect.statuses(report.complete, report.complete && report.percent / 100 >= mark)]);
      setAll([
        [dialect.sessionTime, sessionTime()],
        [dialect.exit, dialect.normalExit],
      ]);
      close();
    },
    suspend() {
      if (!open) return;
      setAll([
        [dialect.exit, 'suspend'],
        [dialect.sessionTime, sessionTime()],
      ]);
      close();
    },
  };
}
