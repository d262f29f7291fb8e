export type Stars = 0 | 1 | 2 | 3;

/** Minimum percentage for one, two and three stars. Scoring is by accuracy only, never speed. */
export const STAR_THRESHOLDS: readonly [number, number, number] = [50, 75, 90];

export function percentOf(points: number, max: number): number {
  return max <= 0 ? 0 : Math.round((100 * points) / max);
}

export function starsFor(percent: number): Stars {
  const [one, two, three] = STAR_THRESHOLDS;
  if (percent >= three) return 3;
  if (percent >= two) return 2;
  return percent >= one ? 1 : 0;
}
