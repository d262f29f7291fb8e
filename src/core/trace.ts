import { UNKNOWN_STOP, type Level, type Step } from './content/schema.ts';
import { greatCircle } from './map/greatCircle.ts';

/** Where the shipment is on the map and what the player has found so far. */
export interface TraceState {
  readonly stepIndex: number;
  /** The place the shipment stands at. */
  readonly position: string;
  /** Steps completed, in order. */
  readonly completed: readonly string[];
  /** Evidence ids unlocked, in the order found. */
  readonly evidence: readonly string[];
  /** Wrong picks per step id, in the order tried. */
  readonly wrongPicks: Readonly<Record<string, readonly string[]>>;
}

export type PickOutcome =
  | { readonly kind: 'correct'; readonly step: Step; readonly from: string; readonly newEvidence: readonly string[] }
  | { readonly kind: 'wrong'; readonly step: Step; readonly pick: string }
  /** Not a choice at this step (or the trace is over): nothing changes. */
  | { readonly kind: 'ignored' };

export function startTrace(level: Level): TraceState {
  return { stepIndex: 0, position: level.start, completed: [], evidence: [], wrongPicks: {} };
}

export function currentStep(level: Level, state: TraceState): Step | undefined {
  return level.steps[state.stepIndex];
}

export function isTraceDone(level: Level, state: TraceState): boolean {
  return state.stepIndex >= level.steps.length;
}

/** The picks offered at a step: its candidate places, then "not reported". */
export function choicesFor(step: Step): string[] {
  return [...step.candidates, UNKNOWN_STOP];
}

export function pickStop(level: Level, state: TraceState, pick: string): { state: TraceState; outcome: PickOutcome } {
  const step = currentStep(level, state);
  if (!step || !choicesFor(step).includes(pick)) return { state, outcome: { kind: 'ignored' } };
  if (pick !== step.answer) {
    const tried = state.wrongPicks[step.id] ?? [];
    const wrongPicks = tried.includes(pick) ? state.wrongPicks : { ...state.wrongPicks, [step.id]: [...tried, pick] };
    return { state: { ...state, wrongPicks }, outcome: { kind: 'wrong', step, pick } };
  }
  const newEvidence = step.evidence.filter((e) => !state.evidence.includes(e));
  const next: TraceState = {
    ...state,
    stepIndex: state.stepIndex + 1,
    // An unknown last leg leaves the shipment where it was last seen.
    position: pick === UNKNOWN_STOP ? state.position : pick,
    completed: [...state.completed, step.id],
    evidence: [...state.evidence, ...newEvidence],
  };
  return { state: next, outcome: { kind: 'correct', step, from: state.position, newEvidence } };
}

/** One leg of the journey as the map draws it. `to` is null when no source reports the destination. */
export interface Leg {
  readonly stepId: string;
  readonly from: string;
  readonly to: string | null;
  readonly mode: Step['mode'];
  readonly certainty: Step['certainty'];
  readonly via: Step['via'];
  readonly toward: Step['toward'];
}

export function legOf(step: Step, from: string): Leg {
  return {
    stepId: step.id,
    from,
    to: step.answer === UNKNOWN_STOP ? null : step.answer,
    mode: step.mode,
    certainty: step.certainty,
    via: step.via,
    toward: step.toward,
  };
}

/** The legs traced so far, in order. */
export function completedLegs(level: Level, state: TraceState): Leg[] {
  const legs: Leg[] = [];
  let from = level.start;
  for (const step of level.steps.slice(0, state.completed.length)) {
    const leg = legOf(step, from);
    legs.push(leg);
    from = leg.to ?? from;
  }
  return legs;
}

/** The whole known route of a level, as it is once traced. */
export function fullRoute(level: Level): Leg[] {
  let state = startTrace(level);
  for (const step of level.steps) state = pickStop(level, state, step.answer).state;
  return completedLegs(level, state);
}

/**
 * The path a leg takes on the map, as [lon, lat] points: through its waypoints,
 * along the great circle for a flight without any, and only as far as its
 * `toward` point when the destination is unknown. Empty if a place is missing.
 */
export function legPath(leg: Leg, places: readonly Pick<Level['places'][number], 'id' | 'lon' | 'lat'>[]): [number, number][] {
  const lonLat = (id: string): [number, number] | undefined => {
    const place = places.find((p) => p.id === id);
    return place ? [place.lon, place.lat] : undefined;
  };
  const start = lonLat(leg.from);
  if (!start) return [];
  if (leg.to === null) return leg.toward ? [start, [leg.toward[0], leg.toward[1]]] : [];
  const end = lonLat(leg.to);
  if (!end) return [];
  if (leg.mode === 'air' && leg.via.length === 0) return greatCircle(start, end);
  return [start, ...leg.via.map(([lon, lat]): [number, number] => [lon, lat]), end];
}
