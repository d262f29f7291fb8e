/** Screens addressed by the URL fragment, so links and the back button work without a server. */
export type Route =
  | { readonly screen: 'title' }
  /** `unknownPath` is set when the link pointed nowhere, so the player can be told. */
  | { readonly screen: 'levels'; readonly unknownPath?: string }
  | { readonly screen: 'play'; readonly levelId: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === '') return { screen: 'title' };
  if (path === 'levels') return { screen: 'levels' };
  const play = /^play\/([^/?#]+)$/.exec(path);
  if (play?.[1]) {
    let levelId = play[1];
    try {
      levelId = decodeURIComponent(levelId);
    } catch {
      // A malformed escape is still reported as an unknown level, with the text as typed.
    }
    return { screen: 'play', levelId };
  }
  return { screen: 'levels', unknownPath: path };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'title':
      return '#/';
    case 'levels':
      return '#/levels';
    case 'play':
      return `#/play/${encodeURIComponent(route.levelId)}`;
  }
}
