/**
 * A teacher's assignment, carried in the link's fragment (`#/assignment?…`) so that nothing reaches a
 * server: which cases in which order, the language, hints, an optional time limit with extra time, the
 * pass mark and a class label. Reading a link never throws: what is wrong is listed, what is right is kept.
 */

export const LINK_VERSION = 1;
/** Longer links are refused: they are not ours (a QR code of ours stays well below this). */
export const MAX_LINK_LENGTH = 2000;
export const MAX_CASES = 30;
export const MAX_LABEL_LENGTH = 60;
export const MAX_MINUTES = 180;
export const MAX_EXTRA_PERCENT = 200;
export const DEFAULT_PASS_PERCENT = 50;

export interface Assignment {
  /** Case ids, in the order the students play them. */
  readonly levels: readonly string[];
  /** The language the cases are played in; the student's own choice when absent. */
  readonly language?: string;
  readonly hints: boolean;
  /** Time for each case, in minutes; untimed when absent. */
  readonly minutes?: number;
  /** Extra time on top of `minutes`, in percent (an access arrangement: a separate link). */
  readonly extraPercent: number;
  readonly passPercent: number;
  readonly classLabel?: string;
  /** An xAPI learning record store the teacher set up; statements go there and nowhere else. */
  readonly lrs?: { readonly endpoint: string; readonly auth: string };
}

export type LinkProblem =
  | { readonly kind: 'too-long'; readonly length: number }
  | { readonly kind: 'unknown-version'; readonly version: string }
  | { readonly kind: 'no-cases' }
  | { readonly kind: 'unknown-case'; readonly id: string }
  | { readonly kind: 'too-many-cases'; readonly max: number }
  | { readonly kind: 'unknown-language'; readonly language: string }
  /** A setting that is not what it should be: it is ignored and its default used. */
  | { readonly kind: 'bad-setting'; readonly setting: string; readonly value: string };

export interface ReadAssignment {
  /** Null when nothing playable is left (no known case, an unknown version, an oversized link). */
  readonly assignment: Assignment | null;
  readonly problems: readonly LinkProblem[];
}

export interface KnownContent {
  readonly levelIds: ReadonlySet<string>;
  readonly languages: ReadonlySet<string>;
}

/** Whole numbers only, as typed in a link: "70", not "70.5", "7e1" or "0x46". */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** Control characters (and line separators) become spaces: names and labels are one line of text. */
export const withoutControls = (text: string, max = MAX_LABEL_LENGTH): string => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').slice(0, max);

/** A label as kept: one line, single spaces, trimmed; it is only ever shown as text. */
export const cleanLabel = (text: string, max = MAX_LABEL_LENGTH): string => withoutControls(text, 4 * max).replace(/\s+/g, ' ').trim().slice(0, max);

/** An absolute http(s) address with a host, nothing else (no javascript:, no credentials, no spaces). */
export const isLrsEndpoint = (text: string): boolean => /^https?:\/\/[^\s/?#@]+(?:\/[^\s?#]*)?$/.test(text);

function lrsOf(endpoint: string | undefined, auth: string | undefined, problems: LinkProblem[]): Assignment['lrs'] {
  if (endpoint === undefined) return undefined;
  if (!isLrsEndpoint(endpoint)) {
    problems.push({ kind: 'bad-setting', setting: 'lrs', value: endpoint.slice(0, 80) });
    return undefined;
  }
  return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, auth: auth ?? '' };
}

/** Reads an assignment from the fragment's parameters. */
export function readAssignment(params: ReadonlyMap<string, string>, known: KnownContent): ReadAssignment {
  const problems: LinkProblem[] = [];
  const length = [...params].reduce((sum, [k, v]) => sum + k.length + v.length + 2, 0);
  if (length > MAX_LINK_LENGTH) return { assignment: null, problems: [{ kind: 'too-long', length }] };
  const version = params.get('v') ?? '';
  if (version !== String(LINK_VERSION)) return { assignment: null, problems: [{ kind: 'unknown-version', version }] };

  const ids = [...new Set((params.get('cases') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))];
  const levels: string[] = [];
  for (const id of ids) {
    if (!known.levelIds.has(id)) problems.push({ kind: 'unknown-case', id: id.slice(0, 80) });
    else if (levels.length < MAX_CASES) levels.push(id);
  }
  if (ids.length > MAX_CASES) problems.push({ kind: 'too-many-cases', max: MAX_CASES });
  if (levels.length === 0) problems.push({ kind: 'no-cases' });

  const setting = <T>(name: string, parse: (text: string) => T | undefined, fallback: T): T => {
    const text = params.get(name);
    if (text === undefined) return fallback;
    const value = parse(text);
    if (value === undefined) problems.push({ kind: 'bad-setting', setting: name, value: text.slice(0, 80) });
    return value ?? fallback;
  };
  const hints = setting('hints', (t) => (t === 'on' ? true : t === 'off' ? false : undefined), true);
  const passPercent = setting('pass', (t) => wholeNumber(t, 0, 100), DEFAULT_PASS_PERCENT);
  const minutes = setting<number | undefined>('time', (t) => wholeNumber(t, 1, MAX_MINUTES), undefined);
  const extraPercent = setting('extra', (t) => wholeNumber(t, 0, MAX_EXTRA_PERCENT), 0);
  const classLabel = cleanLabel(params.get('class') ?? '');

  let language = params.get('lang');
  if (language !== undefined && !known.languages.has(language)) {
    problems.push({ kind: 'unknown-language', language: language.slice(0, 20) });
    language = undefined;
  }
  const lrs = lrsOf(params.get('lrs'), params.get('lrsauth'), problems);

  if (levels.length === 0) return { assignment: null, problems };
  const assignment: Assignment = {
    levels,
    hints,
    extraPercent,
    passPercent,
    ...(language === undefined ? {} : { language }),
    ...(minutes === undefined ? {} : { minutes }),
    ...(classLabel === '' ? {} : { classLabel }),
    ...(lrs === undefined ? {} : { lrs }),
  };
  return { assignment, problems };
}

/** The fragment's query for an assignment, in a fixed order: the same assignment always gives the same link. */
export function assignmentQuery(a: Assignment): string {
  const params: [string, string][] = [
    ['v', String(LINK_VERSION)],
    ['cases', a.levels.join(',')],
    ['hints', a.hints ? 'on' : 'off'],
    ['pass', String(a.passPercent)],
  ];
  if (a.language !== undefined) params.push(['lang', a.language]);
  if (a.minutes !== undefined) params.push(['time', String(a.minutes)]);
  if (a.minutes !== undefined && a.extraPercent > 0) params.push(['extra', String(a.extraPercent)]);
  if (a.classLabel !== undefined) params.push(['class', a.classLabel]);
  if (a.lrs !== undefined) params.push(['lrs', a.lrs.endpoint], ['lrsauth', a.lrs.auth]);
  // Commas between case ids stay readable; everything else is escaped.
  return params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
}

export const assignmentHash = (a: Assignment): string => `#/assignment?${assignmentQuery(a)}`;

/** Seconds a student has for one case, with their extra time; undefined when untimed. */
export function secondsPerCase(a: Assignment): number | undefined {
  return a.minutes === undefined ? undefined : Math.round(a.minutes * 60 * (1 + a.extraPercent / 100));
}
