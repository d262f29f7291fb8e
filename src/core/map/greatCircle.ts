import { geoInterpolate } from 'd3-geo';

/**
 * Points along the great circle from `from` to `to` ([lon, lat] degrees): the
 * shortest path a plane flies, drawn as an arc on a flat map.
 */
export function greatCircle(from: readonly [number, number], to: readonly [number, number], segments = 32): [number, number][] {
  const at = geoInterpolate([from[0], from[1]], [to[0], to[1]]);
  return Array.from({ length: segments + 1 }, (_, i) => at(i / segments));
}
