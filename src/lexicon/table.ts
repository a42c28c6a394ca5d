/**
 * The machinery every word list's lookup shares: lazy building, the packed lists' splitting, the
 * sorted tables that binary-search until a long run pays for a Map, and the key forms (folded
 * word, lower-case NFC) lookups are made in.
 */
import type { Gender, OrgType } from "../core/types.js";
import { fold, lower } from "../core/fold.js";
import { memo } from "../core/memo.js";

/** Returns a function that computes `make()` once, on first call. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Splits "a|b|c" into a Set (empty string → empty set). */
export function setOf(packed: string, sep = "|"): Set<string> {
  return new Set(packed === "" ? [] : packed.split(sep));
}

/** Lines of a "\n"-joined list (empty string → no line). */
export const linesOf = (packed: string): string[] => (packed === "" ? [] : packed.split("\n"));

/**
 * After this many lookups a table builds its Map (or prefix Set): about what filling one costs
 * in binary searches. One article stays below it on every table.
 */
export const HASH_AFTER = 2_000;

/**
 * A table over sorted "\n"-joined keys and the values at the same positions. An article asks a
 * few dozen of the thousands of keys a table holds (32 of the 12,000 speech-verb forms), so
 * filling Maps up front cost a one-article CLI run more than its extraction: the first lookups
 * binary-search the split keys instead, and a long run switches to a Map after HASH_AFTER.
 */
export class SortedTable {
  private keys: string[] | undefined;
  private values: string[] | undefined;
  private map: Map<string, string> | undefined;
  private prefixes: Set<string> | undefined;
  private lookups = 0;
  private prefixLookups = 0;

  constructor(
    private readonly packedKeys: string,
    private readonly packedValues: string,
  ) {}

  get(key: string): string | undefined {
    if (this.map) return this.map.get(key);
    if (++this.lookups > HASH_AFTER) {
      this.map = this.hashed();
      return this.map.get(key);
    }
    const keys = (this.keys ??= linesOf(this.packedKeys));
    const i = lowerBound(keys, key);
    return keys[i] === key ? (this.values ??= linesOf(this.packedValues))[i] : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * The Map of the table, from the keys and values already split when there are some; what
   * no search needs afterwards is let go (a worker thread keeps every table for its life).
   */
  private hashed(): Map<string, string> {
    const keys = this.keys ?? linesOf(this.packedKeys);
    const values = this.values ?? linesOf(this.packedValues);
    const map = new Map<string, string>();
    for (let i = 0; i < keys.length; i++) map.set(keys[i] ?? "", values[i] ?? "");
    this.values = undefined;
    if (this.prefixes) this.keys = undefined;
    return map;
  }

  /**
   * True when `phrase` is a key or a key's start cut at a word end (before a space, or after
   * an apostrophe: « banque », « banque de », « l' »), as a longest match walks them.
   */
  startsKey(phrase: string): boolean {
    if (this.prefixes) return this.prefixes.has(phrase);
    if (++this.prefixLookups > HASH_AFTER) {
      this.prefixes = prefixesOf(this.packedKeys);
      if (this.map) this.keys = undefined; // neither search needs the split keys any more
      return this.prefixes.has(phrase);
    }
    // Keys that start with `phrase` follow it in sorted order, those with a space after it
    // first (no key holds a character below the space).
    const keys = (this.keys ??= linesOf(this.packedKeys));
    const next = keys[lowerBound(keys, phrase)];
    return next !== undefined && (next === phrase || next.startsWith(phrase.endsWith("'") ? phrase : phrase + " "));
  }
}

/**
 * Every word prefix of "\n"-joined folded keys (« banque », « banque de », « banque de
 * france »), words split at spaces and after an apostrophe, as a longest match walks them.
 */
function prefixesOf(keys: string): Set<string> {
  const set = new Set<string>();
  if (keys === "") return set;
  const WORD_END = /[ ']/g;
  for (const k of keys.split("\n")) {
    WORD_END.lastIndex = 0;
    for (let m = WORD_END.exec(k); m; m = WORD_END.exec(k)) set.add(k.slice(0, m[0] === "'" ? m.index + 1 : m.index));
    set.add(k);
  }
  return set;
}

/** Index of the first of the sorted `keys` not below `key` (keys.length when none). */
export function lowerBound(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The fields of a row value from `rowsOf`. */
export const fields = (v: string): string[] => v.split("\t");

const NON_ASCII = /[^\x00-\x7f]/;
/** `lower` plus NFC, so text typed in decomposed form still finds accented keys. */
export function lowerNfc(s: string): string {
  return lower(NON_ASCII.test(s) ? s.normalize("NFC") : s);
}

export const LEADING_ARTICLE = /^(?:le |la |les |l')/;

/** `fold` for single words, remembered: probes fold the same words again and again. */
export const foldWord = memo(fold, 100_000);

const ORG_TYPES: readonly OrgType[] = ["company", "institution", "party", "media", "ngo", "other"];
export const orgType = (code: string | undefined): OrgType => ORG_TYPES[Number(code)] ?? "other";
export const genderOf = (g: string | undefined): Gender | null => (g === "m" || g === "f" ? g : null);
