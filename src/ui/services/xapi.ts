/**
 * Sends an assignment's xAPI statements (src/core/lms/xapi.ts) to a cmi5 LMS, or to the learning record
 * store (LRS) a teacher put in the assignment link:
 *
 *   const connection = await connectXapi(location.search, assignment, () => studentName);
 *
 * - cmi5, when `search` has the launch parameters (src/core/lms/cmi5.ts): the session's token is fetched
 *   (once per page: the fetch URL works only once), LMS.LaunchData, the learner's preferences and the
 *   attempt kept by an earlier session are read, and `initialized` is sent. The assignment may be null:
 *   the LMS may carry it in its launch parameters (`launchQuery`).
 * - a teacher's LRS, when there is no cmi5 launch and `assignment.lrs` is set: the same statements
 *   without the cmi5 context, the student named by `studentName()` at the time of each statement.
 * - null otherwise, and when a cmi5 session cannot be opened (a malformed launch is warned about and
 *   ignored).
 *
 * A cmi5 launch also fills what cmi5 asks of the game as a whole (see LmsLaunch): the LMS's pass mark,
 * where to send the learner back to, and the learner's sound preference.
 *
 * Nothing here throws or logs an error: every failure is a console warning and the game goes on.
 */
import type { Assignment } from '../../core/assignment/link.ts';
import type { AssignmentReport, CaseResult } from '../../core/assignment/report.ts';
import { chooseLocale } from '../../core/i18n/locale.ts';
import {
  ATTEMPT_STATE,
  LAUNCH_DATA_STATE,
  PREFERENCES_PROFILE,
  readAttemptState,
  readCmi5Launch,
  readLaunchData,
  readLearnerPreferences,
  type Cmi5Launch,
  type LaunchProblem,
} from '../../core/lms/cmi5.ts';
import type { LmsConnection } from '../../core/lms/connection.ts';
import {
  answeredStatements,
  assignmentActivity,
  deviceAgent,
  initializedStatement,
  outcomeStatements,
  terminatedStatement,
  XAPI_VERSION,
  type Clock,
  type Statement,
  type XapiSession,
} from '../../core/lms/xapi.ts';
import { AVAILABLE_LOCALES } from '../i18n.ts';
import { browserStore } from './progressStore.ts';

export interface XapiConnection extends LmsConnection {
  readonly kind: 'cmi5' | 'xapi';
}

/** What a connection says about its launch, before any statement. */
type XapiLaunch = Omit<XapiConnection, 'caseFinished' | 'assignmentFinished' | 'suspend'>;

/** The device's id in a teacher's LRS (see deviceAgent). */
const DEVICE_KEY = 'fts:xapi-device';

const warn = (message: string) => console.warn(`xAPI: ${message}`);

/** A version 4 UUID. crypto.randomUUID exists only on https pages, and a classroom server may be plain http. */
function uuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function clock(): Clock {
  let last = 0;
  return {
    // Strictly increasing: the statements of a session are ordered by timestamp (cmi5 §9.3), and several leave in the same millisecond.
    now: () => new Date((last = Math.max(Date.now(), last + 1))),
    newId: uuid,
  };
}

/** The game's own address, without a file name: the root under which cases and questions are named. */
const gameIri = () => `${location.origin}${location.pathname.replace(/[^/]*$/, '')}`;

type Params = Readonly<Record<string, string>>;

interface Lrs {
  /** A document (state, agent profile) as JSON; undefined when it cannot be read. */
  read(resource: string, params: Params): Promise<unknown>;
  /**
   * A document that may not exist yet, by its id (`idParam`): read only when the LRS lists it, since
   * asking for a missing one is a 404, which the browser logs as an error.
   */
  readIfAny(resource: string, params: Params, idParam: string, id: string): Promise<unknown>;
  write(resource: string, params: Params, document: unknown): Promise<void>;
  /** `keepalive` lets the request outlive the page. */
  send(statements: readonly Statement[], keepalive?: boolean): Promise<void>;
}

function lrsAt(endpoint: string, authorization: string | undefined): Lrs {
  const headers = { 'X-Experience-API-Version': XAPI_VERSION, 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) };
  const request = async (method: 'GET' | 'PUT' | 'POST', resource: string, params?: Params, body?: unknown, keepalive = false): Promise<Response | undefined> => {
    try {
      const query = params ? `?${new URLSearchParams(params)}` : '';
      const response = await fetch(`${endpoint}${resource}${query}`, { method, headers, keepalive, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      if (response.ok) return response;
      warn(`${method} ${resource} failed (HTTP ${response.status})`);
    } catch (error) {
      warn(`${method} ${resource} failed (${String(error)})`);
    }
    return undefined;
  };
  const read = async (resource: string, params: Params): Promise<unknown> => {
    const response = await request('GET', resource, params);
    return response?.json().catch(() => warn(`${resource} is not JSON`));
  };
  return {
    read,
    async readIfAny(resource, params, idParam, id) {
      const ids = await read(resource, params);
      return Array.isArray(ids) && ids.includes(id) ? read(resource, { ...params, [idParam]: id }) : undefined;
    },
    async write(resource, params, document) {
      await request('PUT', resource, params, document);
    },
    async send(statements, keepalive) {
      if (statements.length > 0) await request('POST', 'statements', undefined, statements, keepalive);
    },
  };
}

/** The session's token: a POST to the fetch URL, which answers `auth-token` once, or an error code (§8.2). */
async function fetchToken(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { method: 'POST' });
    const body: unknown = await response.json();
    const answer = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const token = answer['auth-token'];
    if (typeof token === 'string' && token !== '') return token;
    warn(`the LMS gave no token (error ${String(answer['error-code'])}: ${String(answer['error-text'])})`);
  } catch (error) {
    warn(`the LMS's token could not be fetched (${String(error)})`);
  }
  return undefined;
}

interface Channel {
  readonly lrs: Lrs;
  /** The session as it stands when a statement is made (the student's name may change in between). */
  readonly session: () => XapiSession;
  /** Keeps the resume code in the LRS (cmi5 only: a teacher's LRS has the browser's own copy of the run). */
  readonly keep?: (resumeCode: string) => Promise<void>;
}

/** Sends `initialized`, then the session's statements as the assignment goes, one request after another. */
async function begin(channel: Channel, clock: Clock, launch: XapiLaunch): Promise<XapiConnection> {
  const { lrs, session, keep } = channel;
  let queue = lrs.send([initializedStatement(session(), clock)]);
  await queue;
  // After `terminated` the LMS refuses the session's statements (cmi5 §9.3.8): nothing more is sent.
  let ended = false;
  const then = (task: () => Promise<void>) => (queue = queue.then(task));
  return {
    ...launch,
    caseFinished(_report: AssignmentReport, finished: CaseResult, resumeCode: string) {
      if (ended) return queue;
      const statements = answeredStatements(session(), finished, clock);
      return then(async () => {
        await lrs.send(statements);
        await keep?.(resumeCode);
      });
    },
    assignmentFinished(report: AssignmentReport) {
      if (ended) return queue;
      ended = true;
      const statements = [...outcomeStatements(session(), report, clock), terminatedStatement(session(), clock)];
      return then(() => lrs.send(statements));
    },
    suspend() {
      if (ended) return;
      ended = true;
      // The page is going away: no waiting for earlier requests (the timestamps keep the order).
      void lrs.send([terminatedStatement(session(), clock)], true);
    },
  };
}

async function connectCmi5(launch: Cmi5Launch): Promise<XapiConnection | null> {
  const token = await fetchToken(launch.fetch);
  if (token === undefined) return null;
  const lrs = lrsAt(launch.endpoint, `Basic ${token}`);
  const agent = JSON.stringify(launch.actor);
  const states = { activityId: launch.activityId, agent, registration: launch.registration };
  const [launchData, preferences, attempt] = await Promise.all([
    lrs.read('activities/state', { ...states, stateId: LAUNCH_DATA_STATE }).then(readLaunchData),
    lrs.readIfAny('agents/profile', { agent }, 'profileId', PREFERENCES_PROFILE).then(readLearnerPreferences),
    lrs.readIfAny('activities/state', states, 'stateId', ATTEMPT_STATE).then(readAttemptState),
  ]);
  if (!launchData) {
    warn(`${LAUNCH_DATA_STATE} is missing or unreadable: nothing is sent`);
    return null;
  }
  const times = clock();
  const xapiSession: XapiSession = {
    actor: launch.actor,
    activity: { objectType: 'Activity', id: launch.activityId },
    gameIri: gameIri(),
    started: times.now(),
    cmi5: { registration: launch.registration, ...launchData },
  };
  // Browse and Review launches must not touch the attempt.
  const keep = launchData.launchMode === 'Normal' ? (resumeCode: string) => lrs.write('activities/state', { ...states, stateId: ATTEMPT_STATE }, { resumeCode }) : undefined;
  return begin({ lrs, session: () => xapiSession, keep }, times, {
    kind: 'cmi5',
    learnerName: launch.actor.name,
    language: chooseLocale(AVAILABLE_LOCALES, preferences.languages, '') || undefined,
    launchQuery: launchData.launchParameters,
    resumeCode: attempt?.resumeCode,
    // masteryScore has up to four decimals: 0.7 * 100 is 70.00000000000001.
    passPercent: launchData.masteryScore === undefined ? undefined : Math.round(launchData.masteryScore * 10_000) / 100,
    returnUrl: launchData.returnURL,
    audio: preferences.audio,
  });
}

/** The random id that stands for this device's student in a teacher's LRS, made on first use. */
function deviceId(): string {
  const { store } = browserStore();
  try {
    const kept = store.getItem(DEVICE_KEY);
    if (kept) return kept;
    const made = uuid();
    store.setItem(DEVICE_KEY, made);
    return made;
  } catch {
    return uuid();
  }
}

function connectTeacherLrs(assignment: Assignment, lrsLink: NonNullable<Assignment['lrs']>, studentName: () => string): Promise<XapiConnection> {
  const { endpoint, auth } = lrsLink;
  // The link holds a whole "Basic …" header, or only its credentials.
  const authorization = auth === '' ? undefined : /^basic /i.test(auth) ? auth : `Basic ${auth}`;
  const times = clock();
  const base = gameIri();
  const activity = assignmentActivity(base, assignment);
  const account = deviceId();
  const started = times.now();
  const session = (): XapiSession => ({ actor: deviceAgent(location.origin, account, studentName()), activity, gameIri: base, started });
  return begin({ lrs: lrsAt(endpoint, authorization), session }, times, { kind: 'xapi' });
}

const describe = (problem: LaunchProblem) => (problem.kind === 'missing' ? `${problem.param} is missing` : `${problem.param} is not valid ("${problem.value}")`);

/** One cmi5 session per page: its fetch URL gives a token only once, and a session has one `initialized`. */
const cmi5Sessions = new Map<string, Promise<XapiConnection | null>>();

export function connectXapi(search: string, assignment: Assignment | null, studentName: () => string): Promise<XapiConnection | null> {
  const launch = readCmi5Launch(search);
  if (launch.ok && launch.value) {
    const session = cmi5Sessions.get(search) ?? connectCmi5(launch.value);
    cmi5Sessions.set(search, session);
    return session;
  }
  if (!launch.ok) warn(`not a cmi5 launch: ${launch.error.map(describe).join('; ')}`);
  return assignment?.lrs ? connectTeacherLrs(assignment, assignment.lrs, studentName) : Promise.resolve(null);
}
