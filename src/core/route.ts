/** Screens addressed by the URL fragment, so links and the back button work without a server. */
export type Route =
  | { readonly screen: 'title' }
  /** `unknownPath` is set when the link pointed nowhere, so the player can be told. */
  | { readonly screen: 'levels'; readonly unknownPath?: string }
  | { readonly screen: 'campaign' }
  | { readonly screen: 'credits' }
  /** The sanctions codex, opened at one entry when `entry` is given. */
  | { readonly screen: 'codex'; readonly entry?: string }
  /** `seed` replays a given attempt (the same questions in the same order), e.g. in tests or a class discussion. */
  | { readonly screen: 'play'; readonly levelId: string; readonly seed?: number }
  /** A teacher's assignment: its settings are the fragment's parameters (see assignment/link.ts). */
  | { readonly screen: 'assignment'; readonly params: ReadonlyMap<string, string> }
  /** The teachers' page: make an assignment, or review the result codes students hand in. */
  | { readonly screen: 'teacher'; readonly tab: TeacherTab };

export const TEACHER_TABS = ['create', 'review'] as const;
export type TeacherTab = (typeof TEACHER_TABS)[number];

const decode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    // A malformed escape is kept as typed, so it can be reported as it was written.
    return text;
  }
};

/** "a=1&b=x%20y" as a map; the first of a repeated name wins. */
export function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    if (pair && !params.has(name)) params.set(name, eq < 0 ? '' : decode(pair.slice(eq + 1)));
  }
  return params;
}

/** The fragment's path ("play/x") and its query parameters ("seed", "lang"). */
function splitFragment(hash: string): { path: string; params: Map<string, string> } {
  const fragment = hash.replace(/^#\/?/, '');
  const q = fragment.indexOf('?');
  return { path: q < 0 ? fragment : fragment.slice(0, q), params: parseQuery(q < 0 ? '' : fragment.slice(q + 1)) };
}

/** The language a link asks for (`?lang=ko` on any screen), e.g. from a teacher's assignment. */
export const linkedLanguage = (hash: string): string | undefined => splitFragment(hash).params.get('lang') || undefined;

export function parseRoute(hash: string): Route {
  const { path, params } = splitFragment(hash);
  if (path === '') return { screen: 'title' };
  if (path === 'levels') return { screen: 'levels' };
  if (path === 'campaign') return { screen: 'campaign' };
  if (path === 'credits') return { screen: 'credits' };
  if (path === 'assignment') return { screen: 'assignment', params };
  const teacher = /^teacher(?:\/([a-z]+))?$/.exec(path);
  const tab = TEACHER_TABS.find((t) => t === (teacher?.[1] ?? 'create'));
  if (teacher && tab) return { screen: 'teacher', tab };
  const codex = /^codex(?:\/([a-z0-9-]+))?$/.exec(path);
  if (codex) return codex[1] === undefined ? { screen: 'codex' } : { screen: 'codex', entry: codex[1] };
  const play = /^play\/([^/]+)$/.exec(path);
  if (play?.[1]) {
    const levelId = decode(play[1]);
    const seed = params.get('seed');
    return seed !== undefined && /^\d{1,9}$/.test(seed) ? { screen: 'play', levelId, seed: Number(seed) } : { screen: 'play', levelId };
  }
  return { screen: 'levels', unknownPath: path };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'title':
      return '#/';
    case 'levels':
      return '#/levels';
    case 'campaign':
      return '#/campaign';
    case 'credits':
      return '#/credits';
    case 'codex':
      return route.entry === undefined ? '#/codex' : `#/codex/${route.entry}`;
    case 'assignment':
      return `#/assignment?${[...route.params].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
    case 'teacher':
      return route.tab === 'create' ? '#/teacher' : `#/teacher/${route.tab}`;
    case 'play':
      return `#/play/${encodeURIComponent(route.levelId)}${route.seed === undefined ? '' : `?seed=${route.seed}`}`;
  }
}
