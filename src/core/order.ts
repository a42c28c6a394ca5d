/**
 * Sorting lists that are nearly always in order already (mentions in text order, postings by
 * position): checking costs a pass, where `sort` with a comparator costs a call per comparison
 * and a work array, for every entity of every article.
 */

/**
 * Sorts `list` in place by a numeric key, stable like `Array.prototype.sort` (so the result is
 * the same whether or not the list was in order), and returns it.
 */
export function byKey<T>(list: T[], key: (item: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (key(list[i - 1]!) > key(list[i]!)) return list.sort((a, b) => key(a) - key(b));
  }
  return list;
}

/**
 * Index of the first item of `list` whose key is at or after `at` (binary search; `list` sorted
 * by that key): `list.length` when there is none.
 */
export function firstAtOrAfter<T>(list: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
