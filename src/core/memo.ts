/**
 * Bounded memoisation for one-string lookups: names, cue words and word forms repeat through an
 * article and across an archive, so each answer is computed once while memory stays flat.
 */

/**
 * `f` with its answers remembered for up to `limit` distinct strings (then it starts over).
 * undefined answers are remembered too, behind a sentinel, so a hit costs one Map lookup.
 */
export function memo<T>(f: (s: string) => T, limit = 50_000): (s: string) => T {
  const NONE = Symbol("none");
  const cache = new Map<string, T | typeof NONE>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const v = f(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, v === undefined ? NONE : v);
    return v;
  };
}
