/**
 * The SCORM runtime of the LMS that launched the game, if any.
 *
 * - `findScormApi()`: the runtime, found the ADL way: this window, then its parents, then the window
 *   that opened it and that one's parents; SCORM 2004's `API_1484_11` first, then SCORM 1.2's `API`.
 *   Null outside an LMS (or when the LMS is on another origin, where the browser hides it).
 * - `connectScorm()`: the session as an LmsConnection (see core/lms/scorm.ts), started once per page:
 *   a second Initialize is an error in both versions. What the LMS refuses is logged with console.warn.
 *
 * The assignment screen ends the session on `pagehide` with `suspend()` while the assignment is not
 * finished; after `assignmentFinished` the session is over and `suspend()` does nothing.
 */
import type { LmsConnection } from '../../core/lms/connection.ts';
import { connectScormApi, type ScormApi, type ScormProblem } from '../../core/lms/scorm.ts';

/** ADL's limit on frames searched upwards. */
const MAX_PARENTS = 500;

const SEARCHES = [
  { version: '2004', name: 'API_1484_11', initialize: 'Initialize' },
  { version: '1.2', name: 'API', initialize: 'LMSInitialize' },
] as const;

function apiIn(win: Window, search: (typeof SEARCHES)[number]): ScormApi | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[search.name];
    return typeof api === 'object' && api !== null && typeof (api as Record<string, unknown>)[search.initialize] === 'function' ? ({ version: search.version, api } as ScormApi) : null;
  } catch {
    // A window of another origin: its properties are out of reach.
    return null;
  }
}

function searchUp(start: Window, search: (typeof SEARCHES)[number]): ScormApi | null {
  let win = start;
  for (let depth = 0; depth <= MAX_PARENTS; depth++) {
    const found = apiIn(win, search);
    if (found || win.parent === win) return found;
    win = win.parent;
  }
  return null;
}

export function findScormApi(from: Window = window): ScormApi | null {
  for (const search of SEARCHES) {
    const found = searchUp(from, search) ?? (from.opener ? searchUp(from.opener as Window, search) : null);
    if (found) return found;
  }
  return null;
}

const warn = (p: ScormProblem) => console.warn(`SCORM ${p.call}${p.element ? ` ${p.element}` : ''} failed: ${p.code} ${p.message}`.trim());

let session: LmsConnection | null | undefined;

export function connectScorm(): LmsConnection | null {
  if (session === undefined) {
    const runtime = findScormApi();
    session = runtime && connectScormApi(runtime, { onProblem: warn });
  }
  return session;
}
