/**
 * The scenario format: what a level file in `content/levels/` may contain.
 * Text never lives here — every player-facing string is an i18next key derived
 * from these ids (see `textKeys.ts`), so a level can be translated file by file.
 */
import { VERDICTS } from './verdicts.ts';
import { z } from '../validation.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().check(z.regex(ID_PATTERN, 'must be a lower-case id like "khasan" or "rail-junction"'));
const ids = (min: number) => z.array(id).check(z.minLength(min, `needs at least ${min} item(s)`));

/** A date as precise as it is known: YYYY-MM-DD, or YYYY-MM when only the month is. */
const dayOrMonth = z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM'));

/** [longitude, latitude] in degrees, WGS84. */
const lonLat = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);

export const TRANSPORT_MODES = ['rail', 'sea', 'air', 'road'] as const;
/** How sure we are of a leg's path: reported by a source, inferred from geography, or not known. */
export const LEG_CERTAINTIES = ['reported', 'inferred', 'unknown'] as const;
export const PLACE_KINDS = ['city', 'station', 'border-crossing', 'port', 'airport', 'site'] as const;
/** How we know a piece of evidence. */
export const EVIDENCE_BASES = [
  'official-statement',
  'state-media',
  'government-claim',
  'satellite-imagery',
  'news-report',
  'expert-assessment',
  'reference',
  'inference',
] as const;
export const EVIDENCE_STATUSES = ['confirmed', 'alleged', 'denied', 'disputed', 'inferred', 'unknown'] as const;
export const FLOW_DIRECTIONS = ['to-russia', 'to-north-korea'] as const;
/**
 * What UN sanctions say about a shipment: banned (the resolutions prohibit it;
 * no UN body has ruled on the case), not banned as such, unclear, or a matter
 * the resolutions do not cover.
 */
export const SANCTION_VERDICTS = ['banned', 'not-banned', 'unclear', 'not-covered'] as const;
/** The pick that means "no source reports this" — offered at every trace step. */
export const UNKNOWN_STOP = 'unknown';

export const placeSchema = z.strictObject({
  id,
  lon: z.number().check(z.gte(-180), z.lte(180)),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  kind: z.enum(PLACE_KINDS),
  /** ISO 3166-1 alpha-2 country code, e.g. "RU", "KP". */
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter country code like "RU"')),
});

export const stepSchema = z.strictObject({
  id,
  /** Places offered on the map and in the list (the "not reported" pick is always added). */
  candidates: ids(2),
  /** The right pick: one of the candidates, or "unknown" when no source reports the next stop. */
  answer: id,
  mode: z.enum(TRANSPORT_MODES),
  certainty: z.enum(LEG_CERTAINTIES),
  /** Waypoints the leg passes through (e.g. stations along the railway), in order. */
  via: z._default(z.array(lonLat), []),
  /** For an unknown leg: the direction the dashed "?" stub points to. */
  toward: z.optional(lonLat),
  /** Evidence cards unlocked when the player completes this step. */
  evidence: z._default(z.array(id), []),
});

export const evidenceSchema = z.strictObject({
  id,
  sources: ids(1),
  basis: z.enum(EVIDENCE_BASES),
  status: z.enum(EVIDENCE_STATUSES),
  /** Date the fact refers to. */
  date: z.optional(dayOrMonth),
});

const questionBase = {
  id,
  sources: ids(1),
  /** Evidence cards this question draws on (shown with the feedback). */
  evidence: z._default(z.array(id), []),
  /** Sanctions codex entries the answer rests on (linked from the feedback). */
  codex: z._default(z.array(id), []),
  points: z._default(z.int().check(z.gte(1), z.lte(100)), 10),
};

export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: ids(2),
  answer: id,
});

export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: ids(2),
  answers: ids(1),
});

export const orderingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('ordering'),
  /** The items in their correct order; players see them shuffled. */
  items: ids(3),
});

export const numericQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('numeric'),
  answer: z.number(),
  /** Answers within ± tolerance score full points. */
  tolerance: z._default(z.number().check(z.gte(0)), 0),
  min: z.number(),
  max: z.number(),
  /** "year": the number is a year, written without a thousands separator (2000, not 2,000). */
  format: z.optional(z.enum(['year'])),
});

export const mapPickQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('map-pick'),
  /** Places of the level offered on the map (and as a list); `answer` is one of them. */
  options: ids(2),
  answer: id,
});

export const matchingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('matching'),
  /** Each item with the match that belongs to it (shipment ↔ resolution, person ↔ role). */
  pairs: z.array(z.strictObject({ item: id, match: id })).check(z.minLength(2)),
  /** Matches that belong to no item, so that the last pair is not a giveaway. */
  distractors: z._default(z.array(id), []),
});

export const detectiveQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('detective'),
  verdict: z.enum(VERDICTS),
  /** Why: `reason` is the right one among `reasons`. */
  reasons: ids(2),
  reason: id,
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  orderingQuestionSchema,
  numericQuestionSchema,
  mapPickQuestionSchema,
  matchingQuestionSchema,
  detectiveQuestionSchema,
]);

export const manifestSchema = z.strictObject({
  /** What the shipment carried; `quantity` where the sources give a number. */
  items: z.array(z.strictObject({ id, quantity: z.optional(z.int().check(z.gte(1))), sources: ids(1) })).check(z.minLength(1)),
  /** Plausible goods that were not in this shipment. */
  distractors: ids(1),
});

export const levelSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  /** Position in the level list and campaign. */
  order: z.int().check(z.gte(1)),
  /** The date the shipment is known by, YYYY-MM-DD. */
  date: z.iso.date(),
  /** Map region id: a file in assets/maps/. */
  region: id,
  /** Icon id of the moving cargo (see src/ui/icons). */
  cargo: id,
  /** Which way the goods moved: the overview of all cases colours routes by it. */
  flow: z.enum(FLOW_DIRECTIONS),
  start: id,
  places: z.array(placeSchema).check(z.minLength(2)),
  steps: z.array(stepSchema).check(z.minLength(1)),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  /** The player assembles it from the evidence after the trace. */
  manifest: z.optional(manifestSchema),
  questions: z.array(questionSchema).check(z.minLength(1)),
  /** How many questions one attempt asks, drawn anew (seeded) on each retry; all when absent. */
  ask: z.optional(z.int().check(z.gte(1))),
  /** What the sources leave open, listed in the debrief. */
  unknowns: z._default(z.array(id), []),
  /** The sanctions check shown in the debrief, with the codex entries it rests on. */
  sanctions: z.strictObject({ verdict: z.enum(SANCTION_VERDICTS), codex: z._default(z.array(id), []) }),
});

export const codexEntrySchema = z.strictObject({
  id,
  /** Security Council resolution number. */
  resolution: z.int().check(z.gte(1)),
  adopted: z.iso.date(),
  sources: ids(1),
  /**
   * What it bans, point by point. `paragraph` is the operative paragraph (or
   * annex), given only when checked against the resolution; null when it was not.
   */
  provisions: z
    .array(z.strictObject({ id, paragraph: z.nullable(z.string().check(z.regex(/^(OP\d+(\([a-z]+\))*|Annex [IVX]+)$/, 'must look like "OP8(a)(iii)" or "Annex IV"'))) }))
    .check(z.minLength(1)),
});

export const codexFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  entries: z.array(codexEntrySchema).check(z.minLength(1)),
});

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(['article', 'wire', 'state-media', 'official', 'analysis', 'reference']),
  /** Outlet or publisher; absent when our copy of an article does not name it. */
  outlet: z.optional(z.string().check(z.minLength(1))),
  author: z.optional(z.string().check(z.minLength(1))),
  /** Publication date, YYYY-MM-DD or YYYY-MM when only the month is known; absent for reference works. */
  date: z.optional(dayOrMonth),
  url: z.optional(z.url()),
  /** The file in the project's article set this source is, if any (e.g. "002"). */
  articleFile: z.optional(z.string().check(z.regex(/^\d{3}$/))),
});

export const sourcesFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});

export type Place = z.infer<typeof placeSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Level = z.infer<typeof levelSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type CodexEntry = z.infer<typeof codexEntrySchema>;
export type SanctionVerdict = (typeof SANCTION_VERDICTS)[number];
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export type LegCertainty = (typeof LEG_CERTAINTIES)[number];
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];
