/**
 * The shared Word of every distinct token text met so far. The tokenizer asks for a word by its
 * place in the article (its code units, start, end): a word seen before is found by hashing and
 * comparing those code units in place, without cutting a string, so a token of a known word
 * allocates nothing but itself. Within one article a text always maps to one Word (stages may
 * compare words by identity). Bounded across articles: `newArticle` starts over past
 * VOCABULARY_LIMIT words, so an archive's memory stays flat (tokens keep the words they point to).
 */
import { Word, type TokenKind } from "./document.js";

/**
 * Small on purpose: the table is probed once per token at random places, and a table that stays
 * in the processor's cache beside the rest of the pipeline's data is worth more than never
 * starting over (a new start costs only re-creating the words met next, a fraction of a ms).
 * Checked when an article starts, well under CAPACITY so that the article then read rarely
 * fills the table (past CAPACITY, its further new words go to the slower `overflow`).
 */
export const VOCABULARY_LIMIT = 24_000;
/** Words the table holds at most (under half its slots; the index must fit in 16 bits). */
const CAPACITY = 32_000;
/** Open addressing, linear probing; kept under half full. A power of two. */
const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Per slot, one number: in its low 16 bits the index + 1 into `words` (0 = empty; the limit
 * keeps it below 2^16), in its high 16 bits the top half of the word's hash (the slot is
 * chosen by the bottom half), which turns away nearly every other word without reading it.
 * One number a slot keeps the table at 256 KB, in the cache beside the later stages' data.
 */
const table = new Int32Array(SLOTS);
const INDEX_BITS = 0xffff;
const words: Word[] = [];
/**
 * The code units of the words, end to end: a probe compares two arrays of numbers (comparing
 * through charCodeAt cost a quarter of the tokenizer's time).
 */
const CHARS_SIZE = 1 << 18;
const chars = new Uint16Array(CHARS_SIZE);
let charsUsed = 0;
/**
 * Per word, side by side: where its code units start in `chars`, and its length and kind as
 * `length << 2 | kindCode(kind)`. A probe reads these two numbers, not the Word and its text
 * (two more reads from wherever the heap put them).
 */
const spans = new Int32Array(2 * CAPACITY);
/** A kind as a number (compared as strings, constants all: a keyed lookup by a variable costs more). */
function kindCode(kind: TokenKind): number {
  return kind === "word" ? 0 : kind === "number" ? 1 : 2;
}

/**
 * The word spelt by code units [start, end) of `text` (`codes` holds them, see Scratch.codes),
 * of the given kind; `make` builds it from its own copy of the characters when it is new.
 */
export function wordAt(codes: Uint16Array, text: string, start: number, end: number, kind: TokenKind, make: (text: string, kind: TokenKind) => Word): Word {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, codes[i]!);
  return wordHashed(codes, text, start, end, h, kind, make);
}

/** Hash of no character: fold each code unit in with `hashStep` (FNV-1a over UTF-16 units). */
export const HASH_SEED = FNV_OFFSET;

export function hashStep(h: number, codeUnit: number): number {
  return Math.imul(h ^ codeUnit, FNV_PRIME);
}

/** `wordAt` for a caller that hashed code units [start, end) as it scanned them (see `hashStep`). */
export function wordHashed(codes: Uint16Array, text: string, start: number, end: number, h: number, kind: TokenKind, make: (text: string, kind: TokenKind) => Word): Word {
  const length = end - start;
  const lengthKind = ((length << 2) | kindCode(kind)) | 0;
  let slot = h & MASK;
  const tag = h >>> 16;
  for (let entry = table[slot]!; entry !== 0; entry = table[slot]!) {
    if (entry >>> 16 === tag) {
      const k = (entry & INDEX_BITS) - 1;
      if (spans[2 * k + 1] === lengthKind && sameCodes(codes, start, spans[2 * k]!, length)) return words[k]!;
    }
    slot = (slot + 1) & MASK;
  }
  // The table or the store is full (an article with more distinct words, or longer ones, than
  // they hold): it may not start over within the article, so the word is kept aside.
  if (words.length >= CAPACITY || charsUsed + length > CHARS_SIZE) return overflowWord(text, start, end, kind, make);
  const word = make(ownCopy(text.slice(start, end)), kind);
  for (let i = 0; i < length; i++) chars[charsUsed + i] = codes[start + i]!;
  const k = words.length;
  spans[2 * k] = charsUsed;
  spans[2 * k + 1] = lengthKind;
  charsUsed += length;
  words.push(word);
  table[slot] = (k + 1) | (tag << 16);
  return word;
}

/**
 * The words of an article that found the table full, by kind and text: a slower path (a string
 * cut and a Map lookup per token) that only an article with more than CAPACITY distinct words,
 * or CHARS_SIZE code units of them, ever takes. Emptied when the next article starts.
 */
const overflow = new Map<string, Word>();

function overflowWord(text: string, start: number, end: number, kind: TokenKind, make: (text: string, kind: TokenKind) => Word): Word {
  const slice = text.slice(start, end);
  const key = `${kindCode(kind)}${slice}`;
  let word = overflow.get(key);
  if (word === undefined) overflow.set(key, (word = make(ownCopy(slice), kind)));
  return word;
}

/**
 * An article starts: past VOCABULARY_LIMIT words (or when the last article overflowed), the
 * vocabulary starts over. Only here, never within an article, so that all of an article's
 * tokens of one text share one Word.
 */
export function newArticle(): void {
  if (words.length < VOCABULARY_LIMIT && overflow.size === 0) return;
  table.fill(0);
  words.length = 0;
  charsUsed = 0;
  overflow.clear();
}

/** The number of words the vocabulary holds, table and overflow (for tests). */
export function vocabularySize(): number {
  return words.length + overflow.size;
}

/** True when codes from `start` equal the stored ones from `at` over `length` units. */
function sameCodes(codes: Uint16Array, start: number, at: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (codes[start + i] !== chars[at + i]) return false;
  return true;
}

/**
 * A copy of a slice that does not point into the article: V8 cuts slices of 13 characters or
 * more as views of the whole text, and a remembered word must not keep a 10 MB article alive.
 */
function ownCopy(slice: string): string {
  return slice.length < 13 ? slice : (JSON.parse(JSON.stringify(slice)) as string);
}
