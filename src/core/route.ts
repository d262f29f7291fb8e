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
  | { readonly screen: 'play'; readonly levelId: string; readonly seed?: number };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === '') return { screen: 'title' };
  if (path === 'levels') return { screen: 'levels' };
  if (path === 'campaign') return { screen: 'campaign' };
  if (path === 'credits') return { screen: 'credits' };
  const codex = /^codex(?:\/([a-z0-9-]+))?$/.exec(path);
  if (codex) return codex[1] === undefined ? { screen: 'codex' } : { screen: 'codex', entry: codex[1] };
  const play = /^play\/([^/?#]+)(?:\?seed=(\d{1,9}))?$/.exec(path);
  if (play?.[1]) {
    let levelId = play[1];
    try {
      levelId = decodeURIComponent(levelId);
    } catch {
      // A malformed escape is still reported as an unknown level, with the text as typed.
    }
    return play[2] === undefined ? { screen: 'play', levelId } : { screen: 'play', levelId, seed: Number(play[2]) };
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
    case 'play':
      return `#/play/${encodeURIComponent(route.levelId)}${route.seed === undefined ? '' : `?seed=${route.seed}`}`;
  }
}
