import { UNKNOWN_STOP, type Level, type Question } from './schema.ts';

export interface ReferenceContext {
  readonly sourceIds: ReadonlySet<string>;
  readonly codexIds: ReadonlySet<string>;
  readonly regionIds: ReadonlySet<string>;
  readonly iconIds: ReadonlySet<string>;
}

export interface ReferenceProblem {
  readonly path: string;
  readonly message: string;
}

const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');

function duplicates(values: readonly string[], basePath: string, what: string, field = 'id'): ReferenceProblem[] {
  const seen = new Set<string>();
  const problems: ReferenceProblem[] = [];
  values.forEach((value, i) => {
    if (seen.has(value)) problems.push({ path: `${basePath}[${i}]${field ? `.${field}` : ''}`, message: `duplicate ${what} "${value}"` });
    seen.add(value);
  });
  return problems;
}

const mustBeOneOf = (path: string, value: string, allowed: readonly string[], what: string): ReferenceProblem[] =>
  allowed.includes(value) ? [] : [{ path, message: `must be one of the ${what} (${list(allowed)}), got "${value}"` }];

function questionProblems(q: Question, path: string, placeIds: ReadonlySet<string>): ReferenceProblem[] {
  switch (q.type) {
    case 'single':
      return [
        ...duplicates(q.options, `${path}.options`, 'option', ''),
        ...(q.options.includes(q.answer) ? [] : [{ path: `${path}.answer`, message: `must be one of the options (${list(q.options)}), got "${q.answer}"` }]),
      ];
    case 'multiple':
      return [
        ...duplicates(q.options, `${path}.options`, 'option', ''),
        ...duplicates(q.answers, `${path}.answers`, 'answer', ''),
        ...q.answers.flatMap((a, i) =>
          q.options.includes(a) ? [] : [{ path: `${path}.answers[${i}]`, message: `must be one of the options (${list(q.options)}), got "${a}"` }],
        ),
      ];
    case 'ordering':
      return duplicates(q.items, `${path}.items`, 'item', '');
    case 'numeric': {
      const problems: ReferenceProblem[] = [];
      if (q.min >= q.max) problems.push({ path: `${path}.max`, message: `must be greater than min (${q.min})` });
      if (q.answer < q.min || q.answer > q.max) problems.push({ path: `${path}.answer`, message: `must lie between min (${q.min}) and max (${q.max})` });
      return problems;
    }
    case 'map-pick':
      return [
        ...duplicates(q.options, `${path}.options`, 'option', ''),
        ...q.options.flatMap((o, i) => (placeIds.has(o) ? [] : [{ path: `${path}.options[${i}]`, message: `unknown place "${o}"` }])),
        ...mustBeOneOf(`${path}.answer`, q.answer, q.options, 'options'),
      ];
    case 'matching': {
      const matches = q.pairs.map((p) => p.match);
      return [
        ...duplicates(q.pairs.map((p) => p.item), `${path}.pairs`, 'item', 'item'),
        // Two items may share a match (two shipments under one resolution); distractors must be new.
        ...duplicates(q.distractors, `${path}.distractors`, 'distractor', ''),
        ...q.distractors.flatMap((d, i) => (matches.includes(d) ? [{ path: `${path}.distractors[${i}]`, message: `"${d}" is already the match of an item` }] : [])),
      ];
    }
    case 'detective':
      return [...duplicates(q.reasons, `${path}.reasons`, 'reason', ''), ...mustBeOneOf(`${path}.reason`, q.reason, q.reasons, 'reasons')];
  }
}

function codexProblems(ids: readonly string[], path: string, codexIds: ReadonlySet<string>): ReferenceProblem[] {
  return ids.flatMap((c, i) => (codexIds.has(c) ? [] : [{ path: `${path}[${i}]`, message: `unknown codex entry "${c}" (not in content/codex.json)` }]));
}

function manifestProblems(level: Level, sourceIds: ReadonlySet<string>): ReferenceProblem[] {
  const manifest = level.manifest;
  if (!manifest) return [];
  const itemIds = manifest.items.map((i) => i.id);
  return [
    ...duplicates(itemIds, '$.manifest.items', 'manifest item'),
    ...duplicates(manifest.distractors, '$.manifest.distractors', 'distractor', ''),
    ...manifest.distractors.flatMap((d, i) => (itemIds.includes(d) ? [{ path: `$.manifest.distractors[${i}]`, message: `"${d}" is also a real item` }] : [])),
    ...manifest.items.flatMap((item, i) =>
      item.sources.flatMap((s, j) => (sourceIds.has(s) ? [] : [{ path: `$.manifest.items[${i}].sources[${j}]`, message: `unknown source "${s}" (not in content/sources.json)` }])),
    ),
  ];
}

/** Everything the schema cannot see: ids that must exist, be unique, or agree with each other. */
export function checkLevelReferences(level: Level, context: ReferenceContext): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const placeIds = new Set(level.places.map((p) => p.id));
  const evidenceIds = new Set(level.evidence.map((e) => e.id));

  if (!context.regionIds.has(level.region)) problems.push({ path: '$.region', message: `unknown map region "${level.region}" (known: ${list(context.regionIds)})` });
  if (!context.iconIds.has(level.cargo)) problems.push({ path: '$.cargo', message: `unknown icon "${level.cargo}" (known: ${list(context.iconIds)})` });
  problems.push(...duplicates(level.places.map((p) => p.id), '$.places', 'place id'));
  problems.push(...duplicates(level.steps.map((s) => s.id), '$.steps', 'step id'));
  problems.push(...duplicates(level.evidence.map((e) => e.id), '$.evidence', 'evidence id'));
  problems.push(...duplicates(level.questions.map((q) => q.id), '$.questions', 'question id'));
  if (placeIds.has(UNKNOWN_STOP)) problems.push({ path: '$.places', message: `"${UNKNOWN_STOP}" is reserved for the "not reported" pick and cannot be a place id` });
  if (!placeIds.has(level.start)) problems.push({ path: '$.start', message: `unknown place "${level.start}"` });

  let position = level.start;
  const unlocked = new Set<string>();
  level.steps.forEach((step, i) => {
    const path = `$.steps[${i}]`;
    step.candidates.forEach((c, j) => {
      if (!placeIds.has(c)) problems.push({ path: `${path}.candidates[${j}]`, message: `unknown place "${c}"` });
      if (c === position) problems.push({ path: `${path}.candidates[${j}]`, message: `"${c}" is where the shipment already is at this step` });
    });
    problems.push(...duplicates(step.candidates, `${path}.candidates`, 'candidate', ''));
    const isUnknown = step.answer === UNKNOWN_STOP;
    if (!isUnknown && !step.candidates.includes(step.answer)) {
      problems.push({ path: `${path}.answer`, message: `must be one of the candidates (${list(step.candidates)}) or "${UNKNOWN_STOP}", got "${step.answer}"` });
    }
    // A known destination may have an unknown route (drawn dashed); an unknown destination always has one.
    if (isUnknown && step.certainty !== 'unknown') {
      problems.push({ path: `${path}.certainty`, message: `must be "unknown" when the answer is "${UNKNOWN_STOP}"` });
    }
    if (isUnknown && i !== level.steps.length - 1) {
      problems.push({ path: `${path}.answer`, message: 'only the last step can end the trail at an unknown place' });
    }
    step.evidence.forEach((e, j) => {
      if (!evidenceIds.has(e)) problems.push({ path: `${path}.evidence[${j}]`, message: `unknown evidence "${e}"` });
      unlocked.add(e);
    });
    if (!isUnknown) position = step.answer;
  });

  level.evidence.forEach((e, i) => {
    if (!unlocked.has(e.id)) problems.push({ path: `$.evidence[${i}]`, message: `evidence "${e.id}" is never unlocked by a step` });
    e.sources.forEach((s, j) => {
      if (!context.sourceIds.has(s)) problems.push({ path: `$.evidence[${i}].sources[${j}]`, message: `unknown source "${s}" (not in content/sources.json)` });
    });
  });

  level.questions.forEach((q, i) => {
    const path = `$.questions[${i}]`;
    q.sources.forEach((s, j) => {
      if (!context.sourceIds.has(s)) problems.push({ path: `${path}.sources[${j}]`, message: `unknown source "${s}" (not in content/sources.json)` });
    });
    q.evidence.forEach((e, j) => {
      if (!evidenceIds.has(e)) problems.push({ path: `${path}.evidence[${j}]`, message: `unknown evidence "${e}"` });
    });
    problems.push(...codexProblems(q.codex, `${path}.codex`, context.codexIds));
    problems.push(...questionProblems(q, path, placeIds));
  });
  if (level.ask !== undefined && level.ask > level.questions.length) {
    problems.push({ path: '$.ask', message: `cannot ask ${level.ask} questions: the level has ${level.questions.length}` });
  }
  problems.push(...manifestProblems(level, context.sourceIds));
  problems.push(...duplicates(level.unknowns, '$.unknowns', 'unknown', ''));
  problems.push(...codexProblems(level.sanctions.codex, '$.sanctions.codex', context.codexIds));
  return problems;
}
