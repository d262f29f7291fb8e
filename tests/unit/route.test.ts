import { expect, test } from 'vitest';
import { linkedLanguage, parseRoute, routeHash } from '../../src/core/route.ts';

test('the URL fragment addresses each screen, and round-trips', () => {
  expect(parseRoute('')).toEqual({ screen: 'title' });
  expect(parseRoute('#/')).toEqual({ screen: 'title' });
  expect(parseRoute('#/levels')).toEqual({ screen: 'levels' });
  expect(parseRoute('#/campaign')).toEqual({ screen: 'campaign' });
  expect(parseRoute('#/credits')).toEqual({ screen: 'credits' });
  expect(parseRoute('#/codex')).toEqual({ screen: 'codex' });
  expect(parseRoute('#/codex/res-2397')).toEqual({ screen: 'codex', entry: 'res-2397' });
  expect(parseRoute('#/play/horse-train-2022')).toEqual({ screen: 'play', levelId: 'horse-train-2022' });
  expect(parseRoute('#/play/horse-train-2022?seed=42')).toEqual({ screen: 'play', levelId: 'horse-train-2022', seed: 42 });
  for (const route of [{ screen: 'title' }, { screen: 'levels' }, { screen: 'campaign' }, { screen: 'credits' }, { screen: 'play', levelId: 'a b/c' }, { screen: 'play', levelId: 'x', seed: 7 }, { screen: 'codex' }, { screen: 'codex', entry: 'res-1718' }] as const) expect(parseRoute(routeHash(route))).toEqual(route);
});

test('a link to nowhere lands on the case files with the path reported', () => {
  expect(parseRoute('#/teacher/xyz')).toEqual({ screen: 'levels', unknownPath: 'teacher/xyz' });
  // A broken escape is kept as typed so it can be shown to the player.
  expect(parseRoute('#/play/%E0%A4%A')).toEqual({ screen: 'play', levelId: '%E0%A4%A' });
});

test('query parameters: a seed on a case, a language on any screen; unknown ones are ignored', () => {
  expect(parseRoute('#/play/horse-train-2022?lang=ko&seed=7')).toEqual({ screen: 'play', levelId: 'horse-train-2022', seed: 7 });
  expect(parseRoute('#/play/horse-train-2022?seed=x')).toEqual({ screen: 'play', levelId: 'horse-train-2022' });
  expect(parseRoute('#/levels?lang=ar')).toEqual({ screen: 'levels' });
  expect(linkedLanguage('#/play/x?seed=1&lang=uk')).toBe('uk');
  expect(linkedLanguage('#/?lang=')).toBeUndefined();
  expect(linkedLanguage('#/levels')).toBeUndefined();
});
