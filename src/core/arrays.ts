/**
 * Loops over data of any length. A spread (`Math.max(...xs)`, `push(...xs)`) passes each element as
 * an argument, and past ~100,000 of them (a browser worker: ~60,000) the call overflows the stack:
 * a 5,000-indicator appendix has more cells than that. The lint forbids those spreads in src.
 */

/** `Math.max` of all `values` and `start` (-Infinity when there are none), without a spread. */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let m = start;
  for (const v of values) m = Math.max(m, v);
  return m;
}

/** `Math.min` of all `values` and `start` (Infinity when there are none), without a spread. */
export function minOf(values: Iterable<number>, start = Infinity): number {
  let m = start;
  for (const v of values) m = Math.min(m, v);
  return m;
}

/** Appends `items` to `target` (like `target.push(...items)`, for any length); returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}
