/**
 * Furniture lines (paywall, sharing, comments, credits: « Lire aussi : … ») from
 * lexicons/boilerplate.txt, tested on folded code units without building strings for most lines.
 */
import { fold, foldInto } from "../core/fold.js";
import {
  BOILERPLATE_EXACT,
  BOILERPLATE_PREFIX,
  BOILERPLATE_SUBSTRING,
  BOILERPLATE_SUFFIX,
} from "./generated/lexicons.js";
import { lazy } from "./table.js";

const boilerplate = lazy(() => {
  const list = (s: string): string[] => (s === "" ? [] : s.split("\n"));
  return {
    exact: new Set(list(BOILERPLATE_EXACT)),
    prefix: list(BOILERPLATE_PREFIX),
    suffix: list(BOILERPLATE_SUFFIX),
    /** The prefixes grouped by their first two characters (one-character prefixes by one). */
    prefixBy: groupBy(list(BOILERPLATE_PREFIX), (p) => p.slice(0, 2)),
    substring: list(BOILERPLATE_SUBSTRING),
  };
});

function groupBy(items: string[], key: (s: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const s of items) {
    const k = key(s);
    const list = map.get(k);
    if (list) list.push(s);
    else map.set(k, [s]);
  }
  return map;
}

/** True when folded `k` starts with one of the prefixes, looked up by its first characters. */
function startsLike(prefixBy: Map<string, string[]>, k: string): boolean {
  return startsWithOne(prefixBy.get(k.slice(0, 2)), k) || startsWithOne(prefixBy.get(k.charAt(0)), k);
}

function startsWithOne(prefixes: string[] | undefined, k: string): boolean {
  if (prefixes) for (const p of prefixes) if (k.startsWith(p)) return true;
  return false;
}

/** Lines longer than this are checked on their first and last END_SPAN characters only. */
const LONG_LINE = 200;
const END_SPAN = 100;

/** What a long line's opening is folded first (see `isBoilerplateLine`). */
const QUICK_SPAN = 48;
const longestPrefix = lazy(() => Math.max(0, ...boilerplate().prefix.map((p) => p.length)));

/** Unanchored boilerplate patterns are only tried on lines this short (see lexicons/boilerplate.txt). */
const SUBSTRING_MAX_LINE = 160;

/** True for a line of paywall, sharing, comment or credit furniture (« Lire aussi : … »). */
export function isBoilerplateLine(line: string): boolean {
  const b = boilerplate();
  // A long line is body text unless it opens or ends like furniture: only its two ends are folded.
  if (line.length > LONG_LINE) {
    // Folded a little at a time: a prefix is decided by as many folded units as the longest one.
    let n = foldInto(line, FOLDED_LINE, 0, QUICK_SPAN);
    if (n >= 0 && n < longestPrefix()) n = foldInto(line, FOLDED_LINE, 0, END_SPAN);
    if (n >= 0 ? foldedStartsLike(FOLDED_LINE, n) : startsLike(b.prefixBy, fold(line.slice(0, END_SPAN)))) return true;
    if (b.suffix.length === 0) return false;
    const m = foldInto(line, FOLDED_LINE, line.length - END_SPAN);
    if (m >= 0) return foldedEndsLike(FOLDED_LINE, m);
    const tail = fold(line.slice(-END_SPAN));
    return b.suffix.some((p) => tail.endsWith(p));
  }
  // Most lines fold without the full definition: test them on code units, with no string built.
  const n = foldInto(line, FOLDED_LINE);
  if (n >= 0) return foldedIsBoilerplate(FOLDED_LINE, n);
  const k = fold(line);
  if (k === "") return false;
  if (b.exact.has(k)) return true;
  if (startsLike(b.prefixBy, k)) return true;
  for (const p of b.suffix) if (k.endsWith(p)) return true;
  if (k.length <= SUBSTRING_MAX_LINE) for (const p of b.substring) if (k.includes(p)) return true;
  return false;
}

/** Room for a short line folded (folding can lengthen a line: `foldInto` says when it is full). */
const FOLDED_LINE = new Uint16Array(4 * LONG_LINE);

/** Patterns as code units, by their first (last, for suffixes) code unit. */
const boilerplateUnits = lazy(() => {
  const b = boilerplate();
  const units = (p: string): Uint16Array => Uint16Array.from({ length: p.length }, (_, i) => p.charCodeAt(i));
  const by = (patterns: Iterable<string>, key: (p: string) => number): Map<number, Uint16Array[]> => {
    const map = new Map<number, Uint16Array[]>();
    for (const p of patterns) {
      if (p === "") continue;
      const k = key(p);
      map.set(k, [...(map.get(k) ?? []), units(p)]);
    }
    return map;
  };
  const first = (p: string): number => p.charCodeAt(0);
  return {
    exact: by(b.exact, first),
    prefix: by(b.prefix, first),
    suffix: by(b.suffix, (p) => p.charCodeAt(p.length - 1)),
    substring: by(b.substring, first),
    /** 1 for a code unit that starts a substring pattern: the scan below reads this per unit. */
    startsSubstring: unitSet(b.substring.map(first)),
    /** 1 for a code unit that is a whole substring pattern (« © »). */
    wholeSubstring: unitSet(b.substring.filter((p) => p.length === 1).map(first)),
    /**
     * 1 at the slot of each pair of code units that opens a longer substring pattern: the scan
     * looks a pattern up only where the next unit fits too (« a », « d », « l », « t » open
     * patterns and open most words).
     */
    substringPairs: pairSet(b.substring.filter((p) => p.length >= 2).map((p) => [p.charCodeAt(0), p.charCodeAt(1)])),
  };
});

/** The slot of a pair of code units in a pair table (see `pairSet`): may be shared by other pairs. */
const pairSlot = (first: number, second: number): number => (Math.imul(first, 0x9e3779b1) ^ second) & 0xffff;

/** A byte per slot of `pairSlot`: 1 for the slots of the given pairs. */
function pairSet(pairs: [number, number][]): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const [first, second] of pairs) set[pairSlot(first, second)] = 1;
  return set;
}

/** A byte per UTF-16 code unit: 1 for the given ones. */
function unitSet(units: number[]): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const u of units) set[u] = 1;
  return set;
}

/** `isBoilerplateLine` on a line folded into k[0, n): the same four tests as on the folded string. */
function foldedIsBoilerplate(k: Uint16Array, n: number): boolean {
  if (n === 0) return false;
  const b = boilerplateUnits();
  for (const p of b.exact.get(k[0]!) ?? []) if (p.length === n && unitsAt(k, 0, p)) return true;
  if (foldedStartsLike(k, n)) return true;
  if (foldedEndsLike(k, n)) return true;
  if (n <= SUBSTRING_MAX_LINE) {
    const { startsSubstring: starts, wholeSubstring: whole, substringPairs: pairs } = b;
    for (let i = 0; i < n; i++) {
      const u = k[i]!;
      if (starts[u] === 0) continue;
      if (whole[u] === 0 && (i + 1 >= n || pairs[pairSlot(u, k[i + 1]!)] === 0)) continue;
      for (const p of b.substring.get(u)!) if (i + p.length <= n && unitsAt(k, i, p)) return true;
    }
  }
  return false;
}

/** True when the folded k[0, n) ends with one of the suffixes. */
function foldedEndsLike(k: Uint16Array, n: number): boolean {
  if (n === 0) return false;
  for (const p of boilerplateUnits().suffix.get(k[n - 1]!) ?? []) if (p.length <= n && unitsAt(k, n - p.length, p)) return true;
  return false;
}

/** True when the folded k[0, n) starts with one of the prefixes. */
function foldedStartsLike(k: Uint16Array, n: number): boolean {
  if (n === 0) return false;
  for (const p of boilerplateUnits().prefix.get(k[0]!) ?? []) if (p.length <= n && unitsAt(k, 0, p)) return true;
  return false;
}

/** True when k holds the units of `p` from `at` (which leaves room for them). */
function unitsAt(k: Uint16Array, at: number, p: Uint16Array): boolean {
  for (let i = 0; i < p.length; i++) if (k[at + i] !== p[i]) return false;
  return true;
}
