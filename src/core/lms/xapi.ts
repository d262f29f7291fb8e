/**
 * The xAPI 1.0.3 statements of an assignment, for a cmi5 LMS or for a teacher's own learning record
 * store (LRS). They are worked out from the assignment report, like a result code or SCORM data, so
 * every channel says the same thing; sending them is the browser's job (src/ui/services/xapi.ts).
 *
 * A session says `initialized`; for each case finished, `answered` once per question asked; at the
 * end `passed` or `failed`, then `completed`; and `terminated` last. Under cmi5 the session's own
 * statements are "cmi5 defined" (spec §7.1.3) and `answered` is "cmi5 allowed"; for a teacher's LRS
 * they are the same statements without the cmi5 context.
 */
import { assignmentHash, type Assignment } from '../assignment/link.ts';
import type { AssignmentReport, CaseResult, QuestionResult } from '../assignment/report.ts';
import type { Question } from '../content/schema.ts';
import { correctAnswer, type Answer } from '../quiz/answers.ts';

export const XAPI_VERSION = '1.0.3';
export const PLATFORM = 'Follow the Shipment';

export type VerbName = 'initialized' | 'answered' | 'passed' | 'failed' | 'completed' | 'terminated';
export const verbIri = (verb: VerbName): string => `http://adlnet.gov/expapi/verbs/${verb}`;

export const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
} as const;

export const CMI5_IRIS = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

export type LanguageMap = Readonly<Record<string, string>>;

export interface Agent {
  readonly objectType: 'Agent';
  readonly name?: string;
  readonly account: { readonly homePage: string; readonly name: string };
}

export type InteractionType = 'choice' | 'sequencing' | 'numeric' | 'matching' | 'other';

export interface Activity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition?: {
    readonly type: string;
    readonly name?: LanguageMap;
    readonly interactionType?: InteractionType;
    readonly correctResponsesPattern?: readonly string[];
  };
}

/** An activity as the LMS may list it in a context template: an id, and whatever else it chose to add. */
export interface ActivityRef {
  readonly id: string;
  readonly [property: string]: unknown;
}

export const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'] as const;
export type ContextActivities = { readonly [K in (typeof CONTEXT_ACTIVITY_KEYS)[number]]?: readonly ActivityRef[] };

export interface Context {
  readonly registration?: string;
  readonly platform?: string;
  readonly contextActivities?: ContextActivities;
  readonly extensions?: Readonly<Record<string, unknown>>;
  readonly [property: string]: unknown;
}

export interface StatementResult {
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
  readonly response?: string;
  readonly duration?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface Statement {
  readonly id: string;
  readonly timestamp: string;
  readonly actor: Agent;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: Activity;
  readonly result?: StatementResult;
  readonly context: Context;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What a cmi5 session adds to every statement: the launch's registration and the LMS.LaunchData settings. */
export interface Cmi5Session {
  readonly registration: string;
  /** The LMS's context (with the session id): every statement carries it, added to but never overwritten (§10.2.1). */
  readonly contextTemplate: Context;
  /** Browse and Review launches record nothing judged (§10.2.2). */
  readonly launchMode: LaunchMode;
  /** The LMS's pass mark as a fraction; when given it decides passed or failed, not the link's (§10.2.4). */
  readonly masteryScore?: number;
}

export interface XapiSession {
  readonly actor: Agent;
  /** What initialized … terminated are about: the cmi5 AU (its launch activityId), or the teacher's assignment. */
  readonly activity: Activity;
  /** The game's address ("https://host/path/"): cases and questions are named under it. */
  readonly gameIri: string;
  /** When the session began (its `initialized`): durations count from it. */
  readonly started: Date;
  /** Absent for a teacher's LRS. */
  readonly cmi5?: Cmi5Session;
}

/** Time and statement ids come from the caller, so the statements themselves are plain data. */
export interface Clock {
  now(): Date;
  /** A fresh UUID for a statement's id. */
  newId(): string;
}

/**
 * The student in a teacher's own LRS. xAPI needs an identifier that means the same person every time
 * and nobody else: a name typed on the report is neither (two Annas in one class, a typo next week), and
 * asking for an e-mail address would hand personal data to a third party. So the agent is an account:
 * a random id made once and kept on the device, under the game's own address, with the typed name as
 * the agent's `name` for the teacher to read.
 */
export function deviceAgent(homePage: string, deviceId: string, studentName: string): Agent {
  const name = studentName.trim();
  return { objectType: 'Agent', ...(name === '' ? {} : { name }), account: { homePage, name: deviceId } };
}

/** The assignment as an activity: its link without the LRS's address and key, so no key is stored in the LRS. */
export function assignmentActivity(gameIri: string, assignment: Assignment): Activity {
  const label = assignment.classLabel === undefined ? PLATFORM : `${PLATFORM}: ${assignment.classLabel}`;
  return {
    objectType: 'Activity',
    id: `${gameIri}${assignmentHash({ ...assignment, lrs: undefined })}`,
    definition: { type: ACTIVITY_TYPES.assessment, name: { en: label } },
  };
}

/** ISO 8601, to the hundredth of a second that xAPI keeps: "PT1H2M3.45S". */
export function isoDuration(ms: number): string {
  const hundredths = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor(hundredths / 6000) % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${(hundredths % 6000) / 100}S`;
}

const INTERACTION_TYPES: Readonly<Record<Question['type'], InteractionType>> = {
  single: 'choice',
  multiple: 'choice',
  'map-pick': 'choice',
  ordering: 'sequencing',
  numeric: 'numeric',
  matching: 'matching',
  // A verdict and the reason for it: no xAPI interaction type has two parts.
  detective: 'other',
};

/** An answer in the response format of its interaction type (xAPI 1.0.3, "Interaction Activities"). */
export function xapiResponse(answer: Answer): string {
  switch (answer.type) {
    case 'single':
      return answer.choice;
    case 'map-pick':
      return answer.place;
    case 'multiple':
      return answer.choices.join('[,]');
    case 'ordering':
      return answer.order.join('[,]');
    case 'numeric':
      return String(answer.value);
    case 'matching':
      return Object.entries(answer.matches)
        .map(([item, match]) => `${item}[.]${match}`)
        .join('[,]');
    case 'detective':
      return `${answer.verdict}[,]${answer.reason}`;
  }
}

function correctPattern(question: Question): string {
  // Numbers within the tolerance score full points: a range, in the numeric response format.
  if (question.type === 'numeric' && question.tolerance > 0) return `${question.answer - question.tolerance}[:]${question.answer + question.tolerance}`;
  return xapiResponse(correctAnswer(question));
}

const caseIri = (gameIri: string, levelId: string) => `${gameIri}#/play/${levelId}`;
/** Whether the student opened the question's hint: hints cost stars, never points, so the score does not say. */
export const hintedExtension = (gameIri: string) => `${gameIri}xapi/extensions/hinted`;
const ref = (activity: Activity): ActivityRef => ({ objectType: 'Activity', id: activity.id });

/** Context activities of both lists, the template's first. */
function mergeActivities(template: ContextActivities = {}, own: ContextActivities = {}): ContextActivities {
  return Object.fromEntries(
    CONTEXT_ACTIVITY_KEYS.filter((key) => template[key] || own[key]).map((key) => [key, [...(template[key] ?? []), ...(own[key] ?? [])]]),
  );
}

/** A statement's context: under cmi5 the LMS's template with the registration, added to but never overwritten. */
function contextOf(session: XapiSession, own: Context): Context {
  const context: Context = { platform: PLATFORM, ...own };
  if (!session.cmi5) return context;
  const template = session.cmi5.contextTemplate;
  const extensions = { ...own.extensions, ...template.extensions };
  return {
    ...context,
    ...template,
    registration: session.cmi5.registration,
    contextActivities: mergeActivities(template.contextActivities, own.contextActivities),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
}

function statement(session: XapiSession, id: string, at: Date, verb: VerbName, object: Activity, context: Context, result?: StatementResult): Statement {
  return {
    id,
    timestamp: at.toISOString(),
    actor: session.actor,
    verb: { id: verbIri(verb), display: { 'en-US': verb } },
    object,
    ...(result === undefined ? {} : { result }),
    context,
  };
}

/**
 * A statement about the session's own activity, cmi5 defined: the cmi5 category; the moveOn category when
 * it says success or completion (§9.6.2.2); the masteryScore when it judges by it (§9.6.3.2).
 */
function sessionStatement(session: XapiSession, clock: Clock, verb: Exclude<VerbName, 'answered'>, result?: (duration: string) => StatementResult): Statement {
  const at = clock.now();
  const outcome = result?.(isoDuration(at.getTime() - session.started.getTime()));
  const movesOn = outcome?.success !== undefined || outcome?.completion !== undefined;
  const masteryScore = outcome?.success === undefined ? undefined : session.cmi5?.masteryScore;
  const cmi5: Context = {
    contextActivities: { category: [{ id: CMI5_IRIS.category }, ...(movesOn ? [{ id: CMI5_IRIS.moveOn }] : [])] },
    ...(masteryScore === undefined ? {} : { extensions: { [CMI5_IRIS.masteryScore]: masteryScore } }),
  };
  return statement(session, clock.newId(), at, verb, session.activity, contextOf(session, session.cmi5 ? cmi5 : {}), outcome);
}

/** Whether results are recorded: not in a cmi5 Browse or Review launch. */
const judged = (session: XapiSession) => (session.cmi5?.launchMode ?? 'Normal') === 'Normal';

export const initializedStatement = (session: XapiSession, clock: Clock): Statement => sessionStatement(session, clock, 'initialized');

export const terminatedStatement = (session: XapiSession, clock: Clock): Statement => sessionStatement(session, clock, 'terminated', (duration) => ({ duration }));

function questionStatement(session: XapiSession, clock: Clock, caseActivity: Activity, result: QuestionResult): Statement {
  const { question, answer, score, hinted } = result;
  const object: Activity = {
    objectType: 'Activity',
    id: `${caseActivity.id}/${question.id}`,
    definition: { type: ACTIVITY_TYPES.interaction, interactionType: INTERACTION_TYPES[question.type], correctResponsesPattern: [correctPattern(question)] },
  };
  const context = contextOf(session, { contextActivities: { parent: [ref(session.activity)], grouping: [ref(caseActivity)] } });
  return statement(session, clock.newId(), clock.now(), 'answered', object, context, {
    success: score.verdict === 'right',
    score: { scaled: score.points / score.max, raw: score.points, min: 0, max: score.max },
    // A question the time ran out on has no response.
    ...(answer === undefined ? {} : { response: xapiResponse(answer) }),
    extensions: { [hintedExtension(session.gameIri)]: hinted },
  });
}

/** One `answered` per question the case asked (cmi5 allowed: no cmi5 category). */
export function answeredStatements(session: XapiSession, finished: CaseResult, clock: Clock): Statement[] {
  if (!judged(session)) return [];
  const caseActivity: Activity = { objectType: 'Activity', id: caseIri(session.gameIri, finished.level.id) };
  return finished.questions.map((result) => questionStatement(session, clock, caseActivity, result));
}

/** The pass mark as a fraction: the cmi5 masteryScore when the LMS gives one, otherwise the link's. */
const passMark = (session: XapiSession, assignment: Assignment): number => session.cmi5?.masteryScore ?? assignment.passPercent / 100;

/** `passed` or `failed`, then `completed`, once every case is played; nothing in a Browse or Review launch. */
export function outcomeStatements(session: XapiSession, report: AssignmentReport, clock: Clock): Statement[] {
  if (!judged(session) || !report.complete) return [];
  // The percent the student is shown, so the LMS and the report agree.
  const scaled = report.percent / 100;
  const passed = scaled >= passMark(session, report.assignment);
  const score = { scaled, raw: report.points, min: 0, max: report.max };
  return [
    sessionStatement(session, clock, passed ? 'passed' : 'failed', (duration) => ({ success: passed, score, duration })),
    sessionStatement(session, clock, 'completed', (duration) => ({ completion: true, duration })),
  ];
}
