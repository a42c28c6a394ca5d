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

/** Yes/no questions handed out so far: each takes two bits of `Word.flags` or `Word.flags2`. */
let flagCount = 0;
/**
 * Two bits each in a small integer (30 bits: V8 keeps such a field an unboxed small integer):
 * fifteen questions per field. The first fifteen are read from `flags`, the next fifteen from
 * `flags2`, any further ones from `moreFlags` (an array a word allocates on its first such
 * question): there is no limit, only the first thirty are kept in the word's own fields.
 */
const FLAGS_PER_FIELD = 15;

/**
 * `perWord` for a yes/no question: the answer is kept in two bits of the word itself, read
 * with the word's other fields, instead of in its `facts` array — most words are only ever
 * asked yes/no questions and then need no array at all.
 */
export function perWordFlag(f: (form: string) => boolean, form: "text" | "lower" | "key" = "text"): (w: Word) => boolean {
  const n = flagCount++;
  const asked = 1 << (2 * (n % FLAGS_PER_FIELD));
  const yes = asked << 1;
  const ask = (w: Word): boolean => f(form === "text" ? w.text : form === "lower" ? w.lower : w.key);
  if (n < FLAGS_PER_FIELD) {
    return (w: Word): boolean => {
      const flags = w.flags;
      if ((flags & asked) !== 0) return (flags & yes) !== 0;
      const answer = ask(w);
      w.flags = flags | asked | (answer ? yes : 0);
      return answer;
    };
  }
  if (n < 2 * FLAGS_PER_FIELD) {
    return (w: Word): boolean => {
      const flags = w.flags2;
      if ((flags & asked) !== 0) return (flags & yes) !== 0;
      const answer = ask(w);
      w.flags2 = flags | asked | (answer ? yes : 0);
      return answer;
    };
  }
  const field = Math.floor(n / FLAGS_PER_FIELD) - 2;
  return (w: Word): boolean => {
    let more = w.moreFlags;
    if (more === null || more.length <= field) more = w.moreFlags = grown(more, field + 1, 0);
    const flags = more[field]!;
    if ((flags & asked) !== 0) return (flags & yes) !== 0;
    const answer = ask(w);
    more[field] = flags | asked | (answer ? yes : 0);
    return answer;
  };
}

/** `array` (or a new one) with at least `length` numbers, the new ones `fill`. */
function grown(array: number[] | null, length: number, fill: number): number[] {
  const out = array ?? [];
  while (out.length < length) out.push(fill);
  return out;
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
 * Every closed word list declared with `wordList`, in groups of 31 (the bits of an int32, less
 * the sign): per lower-case form, one bit per list of the group that holds it. A word finds a
 * group's bits once, with one lookup of its form, and keeps them: the first group's in
 * `Word.lists`, the others' in `Word.moreLists`.
 */
interface ListGroup {
  readonly bits: Map<string, number>;
  count: number;
  /** Some word has taken this group's bits: a list added to it now would be missing from them. */
  read: boolean;
}
const LISTS_PER_GROUP = 31;
const groups: ListGroup[] = [{ bits: new Map(), count: 0, read: false }];

function bitsOf(group: ListGroup, w: Word): number {
  group.read = true;
  return group.bits.get(w.lower) ?? 0;
}

/**
 * The word lists that hold `w` (one bit each, see `WordListTest.bit`), found now if not yet:
 * the tokenizer copies them into doc.tokLists, so a scan over every token tests a list with a
 * number read in order instead of reading each token's word.
 */
export function wordLists(w: Word): number {
  return w.lists < 0 ? (w.lists = bitsOf(groups[0]!, w)) : w.lists;
}

/**
 * A `wordList` membership test; `bit` is its bit in `Word.lists` and `doc.tokLists`, for the
 * first 31 lists declared at module load (reading `bit` of a later one throws, saying what to do).
 */
export interface WordListTest {
  (w: Word | undefined): boolean;
  readonly bit: number;
}

/**
 * Membership of a token's word (by its lower-case form) in a small closed list: articles,
 * particles, auxiliaries. Stages test such lists tens of thousands of times per MB of text; a
 * Set of strings costs a hash lookup each time, this one bit test on the word. There is no
 * limit on their number, and a list may be declared at any time: a list that no longer fits
 * its group, or whose group words have already read, opens a new group. The first 31 lists
 * (those declared at module load) are read from the word's own field, the fastest.
 */
export function wordList(forms: Iterable<string>): WordListTest {
  let g = groups.length - 1;
  let group = groups[g]!;
  if (group.read || group.count === LISTS_PER_GROUP) {
    group = { bits: new Map(), count: 0, read: false };
    g = groups.push(group) - 1;
  }
  const bit = 1 << group.count++;
  for (const form of forms) group.bits.set(form, (group.bits.get(form) ?? 0) | bit);
  if (g === 0) {
    const test = (w: Word | undefined): boolean => {
      if (w === undefined) return false;
      let lists = w.lists;
      if (lists < 0) lists = w.lists = bitsOf(group, w);
      return (lists & bit) !== 0;
    };
    return Object.assign(test, { bit });
  }
  const field = g - 1;
  const test = (w: Word | undefined): boolean => {
    if (w === undefined) return false;
    let more = w.moreLists;
    if (more === null || more.length <= field) more = w.moreLists = grown(more, field + 1, -1);
    let lists = more[field]!;
    if (lists < 0) lists = more[field] = bitsOf(group, w);
    return (lists & bit) !== 0;
  };
  return Object.defineProperty(test, "bit", {
    get(): never {
      throw new Error("wordList: this list was declared past the first 31 or after words were read, so doc.tokLists does not hold its bit: test tokens with the list itself, or declare it at module load");
    },
  }) as WordListTest;
}
