/**
 * Lexicon answers remembered on a token's shared Word: « is this a first name? », « can an
 * organization start here? » are asked of the same few thousand words again and again, so each
 * is computed once per word and then costs one array read, with no hashing of the string.
 */
import type { Word } from "./document.js";
import { memo } from "./memo.js";

/** Stands for an `undefined` answer, so that `undefined` in a slot means « not asked yet ». */
const ABSENT = { absent: true };
/** Slots handed out so far: one per remembered lookup, numbered when its module loads. */
let slotCount = 0;

function factsOf(w: Word): unknown[] {
  let facts = w.facts;
  if (facts === null) facts = w.facts = new Array<unknown>(slotCount).fill(undefined);
  // A lookup declared after this word was first asked about (a module loaded late).
  while (facts.length < slotCount) facts.push(undefined);
  return facts;
}

/** `f` asked of a token's word in the given form, remembered on the word. */
export function perWord<T>(f: (form: string) => T, form: "text" | "lower" | "key" = "text"): (w: Word) => T {
  const slot = slotCount++;
  return (w: Word): T => {
    const facts = w.facts !== null && slot < w.facts.length ? w.facts : factsOf(w);
    const v = facts[slot];
    if (v !== undefined) return (v === ABSENT ? undefined : v) as T;
    const answer = f(form === "text" ? w.text : form === "lower" ? w.lower : w.key);
    facts[slot] = answer === undefined ? ABSENT : answer;
    return answer;
  };
}

/** Yes/no questions handed out so far: each takes two bits of `Word.flags`. */
let flagCount = 0;
/** Two bits each in a small integer (31 bits): fifteen questions. */
const MAX_FLAGS = 15;

/**
 * `perWord` for a yes/no question: the answer is kept in two bits of the word itself, read
 * with the word's other fields, instead of in its `facts` array — most words are only ever
 * asked yes/no questions and then need no array at all.
 */
export function perWordFlag(f: (form: string) => boolean, form: "text" | "lower" | "key" = "text"): (w: Word) => boolean {
  if (flagCount === MAX_FLAGS) return perWord(f, form); // (a sixteenth question: facts, as before)
  const asked = 1 << (2 * flagCount);
  const yes = asked << 1;
  flagCount++;
  return (w: Word): boolean => {
    const flags = w.flags;
    if ((flags & asked) !== 0) return (flags & yes) !== 0;
    const answer = f(form === "text" ? w.text : form === "lower" ? w.lower : w.key);
    w.flags = flags | asked | (answer ? yes : 0);
    return answer;
  };
}

/**
 * A lookup by a token (remembered on its word) or by any other string (remembered in a bounded
 * cache): names that span several tokens go through the second path.
 */
export function lookup<T>(f: (text: string) => T): (x: Word | string) => T {
  const byWord = perWord(f);
  const byText = memo(f);
  return (x: Word | string): T => (typeof x === "string" ? byText(x) : byWord(x));
}

/** `lookup` for a yes/no question (see `perWordFlag`). */
export function lookupFlag(f: (text: string) => boolean): (x: Word | string) => boolean {
  const byWord = perWordFlag(f);
  const byText = memo(f);
  return (x: Word | string): boolean => (typeof x === "string" ? byText(x) : byWord(x));
}

/**
 * A yes/no question about a pair of words (« may a role go on after these two? »), remembered
 * on the first word for each second one: longest-match probes ask the same pairs again and
 * again, and most stop at the second word.
 */
export function perWordPair(f: (first: Word, second: Word) => boolean): (first: Word, second: Word) => boolean {
  const followers = perWord(() => new Map<Word, boolean>());
  return (first: Word, second: Word): boolean => {
    const asked = followers(first);
    let answer = asked.get(second);
    if (answer === undefined) {
      answer = f(first, second);
      asked.set(second, answer);
    }
    return answer;
  };
}

/**
 * Every closed word list declared with `wordList`: per lower-case form, one bit per list that
 * holds it. A word finds its bits once, with one lookup of its form, and keeps them.
 */
const LIST_BITS = new Map<string, number>();
let listCount = 0;
/** Bits of an int32, less the sign. */
const MAX_LISTS = 31;
/** Set when the first word takes its bits: a list declared later would be missing from them. */
let listsRead = false;

function listsOf(w: Word): number {
  listsRead = true;
  return (w.lists = LIST_BITS.get(w.lower) ?? 0);
}

/**
 * The word lists that hold `w` (one bit each, see `WordListTest.bit`), found now if not yet:
 * the tokenizer copies them into doc.tokLists, so a scan over every token tests a list with a
 * number read in order instead of reading each token's word.
 */
export function wordLists(w: Word): number {
  return w.lists < 0 ? listsOf(w) : w.lists;
}

/** A `wordList` membership test; `bit` is its bit in `Word.lists` and `doc.tokLists`. */
export interface WordListTest {
  (w: Word | undefined): boolean;
  readonly bit: number;
}

/**
 * Membership of a token's word (by its lower-case form) in a small closed list: articles,
 * particles, auxiliaries. Stages test such lists tens of thousands of times per MB of text; a
 * Set of strings costs a hash lookup each time, this one bit test on the word. Declare lists at
 * module load (before any word is read).
 */
export function wordList(forms: Iterable<string>): WordListTest {
  if (listsRead) throw new Error("wordList: declared after words were read; declare lists at module load");
  if (listCount === MAX_LISTS) throw new Error(`wordList: at most ${MAX_LISTS} lists`);
  const bit = 1 << listCount++;
  for (const form of forms) LIST_BITS.set(form, (LIST_BITS.get(form) ?? 0) | bit);
  const test = (w: Word | undefined): boolean => {
    if (w === undefined) return false;
    const lists = w.lists;
    return ((lists < 0 ? listsOf(w) : lists) & bit) !== 0;
  };
  return Object.assign(test, { bit });
}
