/**
 * A cmi5 launch: the LMS opens the game with five query parameters (cmi5 spec §8.1) and keeps the
 * session's settings in the LRS (LMS.LaunchData, §10) and the learner's preferences in an agent profile
 * (§11). Reading any of them never throws: what is missing or malformed is named, or left out.
 */
import { isLrsEndpoint } from '../assignment/link.ts';
import { err, ok, type Result } from '../result.ts';
import { parseQuery } from '../route.ts';
import { z } from '../validation.ts';
import { CONTEXT_ACTIVITY_KEYS, type Agent, type Cmi5Session, type ContextActivities } from './xapi.ts';

const LAUNCH_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
export type LaunchParam = (typeof LAUNCH_PARAMS)[number];

export type LaunchProblem =
  | { readonly kind: 'missing'; readonly param: LaunchParam }
  /** `value` is cut to 80 characters: it is only ever reported. */
  | { readonly kind: 'invalid'; readonly param: LaunchParam; readonly value: string };

export interface Cmi5Launch {
  /** The LRS's base address, ending in "/". */
  readonly endpoint: string;
  /** Where the session's auth token is fetched, once (§8.2). */
  readonly fetch: string;
  readonly actor: Agent;
  readonly registration: string;
  /** The AU's activity id: the object of every cmi5 defined statement (§9.4). */
  readonly activityId: string;
}

/** The stateId of the LMS's launch settings. */
export const LAUNCH_DATA_STATE = 'LMS.LaunchData';
/** The agent profile of the learner's preferences. */
export const PREFERENCES_PROFILE = 'cmi5LearnerPreferences';
/** The stateId of the game's own attempt record (see AttemptState). */
export const ATTEMPT_STATE = 'fts:attempt';

const HTTP_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** cmi5 learners are agents with an account (§9.2); anything else in the actor is dropped. */
const actorSchema = z.object({
  objectType: z.optional(z.literal('Agent')),
  name: z.optional(z.string()),
  account: z.object({ homePage: z.string().check(z.regex(IRI)), name: z.string().check(z.minLength(1)) }),
});

function parseActor(text: string): Agent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = actorSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { name, account } = parsed.data;
  return { objectType: 'Agent', ...(name === undefined ? {} : { name }), account };
}

const matching = (pattern: RegExp) => (text: string) => (pattern.test(text) ? text : undefined);

/**
 * The launch parameters in a page's query string (`location.search`): null when there are none (not a
 * cmi5 launch), every problem when some are missing or malformed.
 */
export function readCmi5Launch(search: string): Result<Cmi5Launch | null, readonly LaunchProblem[]> {
  // Form encoding, as URLSearchParams (and so many an LMS) writes it, has "+" for a space.
  const params = parseQuery(search.replace(/^\?/, '').replace(/\+/g, '%20'));
  if (LAUNCH_PARAMS.every((param) => !params.has(param))) return ok(null);
  const problems: LaunchProblem[] = [];
  const read = <T>(param: LaunchParam, parse: (text: string) => T | undefined): T | undefined => {
    const text = params.get(param);
    const value = text === undefined ? undefined : parse(text);
    if (text === undefined) problems.push({ kind: 'missing', param });
    else if (value === undefined) problems.push({ kind: 'invalid', param, value: text.slice(0, 80) });
    return value;
  };
  // Resources are appended to the endpoint, as to a teacher's LRS: no query or fragment.
  const endpoint = read('endpoint', (text) => (isLrsEndpoint(text) ? text.replace(/\/?$/, '/') : undefined));
  const fetch = read('fetch', matching(HTTP_URL));
  const actor = read('actor', parseActor);
  const registration = read('registration', matching(UUID));
  const activityId = read('activityId', matching(IRI));
  if (endpoint === undefined || fetch === undefined || actor === undefined || registration === undefined || activityId === undefined) return err(problems);
  return ok({ endpoint, fetch, actor, registration, activityId });
}

/** What the game uses of LMS.LaunchData. */
export interface LaunchData extends Omit<Cmi5Session, 'registration'> {
  /** The AU's parameters from the course structure: here, an assignment's link query (§10.2.3). */
  readonly launchParameters?: string;
  /** Where the learner goes back to when the session ends (§10.2.6). */
  readonly returnURL?: string;
}

const activityRef = z.looseObject({ id: z.string() });
/** xAPI allows one activity or a list; the game always works with lists. */
const activityRefs = z.union([z.array(activityRef), activityRef]);
const launchDataSchema = z.object({
  contextTemplate: z.looseObject({
    contextActivities: z.optional(z.partialRecord(z.enum(CONTEXT_ACTIVITY_KEYS), activityRefs)),
    extensions: z.optional(z.record(z.string(), z.unknown())),
  }),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  masteryScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  launchParameters: z.optional(z.string()),
  returnURL: z.optional(z.string().check(z.regex(HTTP_URL))),
});

/** LMS.LaunchData as the LRS returned it; undefined when it is not one. */
export function readLaunchData(data: unknown): LaunchData | undefined {
  const parsed = launchDataSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { contextTemplate, launchMode, masteryScore, launchParameters, returnURL } = parsed.data;
  const { contextActivities: activities, ...rest } = contextTemplate;
  const contextActivities: ContextActivities | undefined = activities && Object.fromEntries(Object.entries(activities).map(([key, list]) => [key, Array.isArray(list) ? list : [list]]));
  return {
    contextTemplate: { ...rest, ...(contextActivities ? { contextActivities } : {}) },
    launchMode,
    ...(masteryScore === undefined ? {} : { masteryScore }),
    ...(launchParameters === undefined ? {} : { launchParameters }),
    ...(returnURL === undefined ? {} : { returnURL }),
  };
}

export interface LearnerPreferences {
  /** Language tags, the learner's first choice first. */
  readonly languages: readonly string[];
  /** Sound on or off at the start; undefined when the learner has not said. */
  readonly audio?: boolean;
}

const preferencesSchema = z.object({
  languagePreference: z.optional(z.string()),
  audioPreference: z.optional(z.enum(['on', 'off'])),
});

/** The cmi5LearnerPreferences profile; no preferences when there is none or it is unreadable. */
export function readLearnerPreferences(data: unknown): LearnerPreferences {
  const parsed = preferencesSchema.safeParse(data);
  if (!parsed.success) return { languages: [] };
  const { languagePreference = '', audioPreference } = parsed.data;
  const languages = languagePreference.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  return audioPreference === undefined ? { languages } : { languages, audio: audioPreference === 'on' };
}

/**
 * The game's record of an attempt, kept in the LRS for the registration after each case: the next
 * launch may be on another computer, whose browser has no copy of the run.
 */
export interface AttemptState {
  /** The result code to resume from. */
  readonly resumeCode: string;
}

const attemptSchema = z.object({ resumeCode: z.string() });

export function readAttemptState(data: unknown): AttemptState | undefined {
  const parsed = attemptSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
