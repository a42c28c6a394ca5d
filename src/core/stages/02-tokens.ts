/**
 * Cut every non-boilerplate paragraph into tokens with exact offsets: words (hyphenated words
 * and initials kept whole, elided articles split off: l’|Italien), numbers, and single
 * punctuation marks. One linear pass over character codes, with a per-code class table filled
 * on first sight: the tokenizer is the only stage that touches every character, so it avoids
 * Unicode-property regexes on the hot path. It cuts exactly as the regex
 *   (\p{Lu}\.(?:-?\p{Lu}\.)*) | ([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*) | (\S)
 * would (tests/tokens.test.ts checks that on generated text). Each token is its shared Word
 * (src/core/vocabulary.ts, found by the hash the scan computes) plus its offset, paragraph and
 * class in the document's per-token arrays.
 */
import { Word, type Doc, type TokenKind } from "../document.js";
import { isLetter, isWhiteSpace } from "../chars.js";
import { fold } from "../fold.js";
import { ELIDED_WORDS, KEEP_WHOLE } from "../french.js";
import type { Scratch } from "../scratch.js";
import { HASH_SEED, hashStep, newArticle, wordAt, wordHashed } from "../vocabulary.js";
import { wordLists } from "../words.js";

/** The full rule: an elided word, its apostrophe, then a letter (any case, any script). */
const ELISION = new RegExp(`^(?:${ELIDED_WORDS.join("|")})['’](?=\\p{L})`, "iu");
const UPPER_START = /^\p{Lu}/u;

const UNKNOWN = 255;
const OTHER = 0;
const SPACE = 1;
const WORD = 2;
/** An upper-case letter (also a word character). */
const UPPER = 3;
/** Class of each UTF-16 code unit, computed once per code on first sight. */
const CLASSES = new Uint8Array(0x10000).fill(UNKNOWN);
const IS_UPPER = /^\p{Lu}$/u;
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;

function classOf(c: number): number {
  let k = CLASSES[c]!;
  if (k === UNKNOWN) {
    const ch = String.fromCharCode(c);
    k = isWhiteSpace(c) ? SPACE : IS_UPPER.test(ch) ? UPPER : IS_WORD.test(ch) ? WORD : OTHER;
    CLASSES[c] = k;
  }
  return k;
}

/** Width (1 or 2 code units) of the word character at i of `codes` (those of `text`), or 0. */
function wordWidth(codes: Uint16Array, text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = codes[i]!;
  const k = classOf(c);
  if (k === WORD || k === UPPER) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) return IS_WORD.test(text.slice(i, i + 2)) ? 2 : 0;
  return 0;
}

/**
 * Width (1 or 2 code units) of the upper-case letter at i, or 0. (These two are no closures over
 * the article: a variable a closure captures is read from memory at every use in the scan.)
 */
function upperWidth(codes: Uint16Array, text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = codes[i]!;
  if (classOf(c) === UPPER) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) return IS_UPPER.test(text.slice(i, i + 2)) ? 2 : 0;
  return 0;
}

/**
 * The word of each one-unit mark below U+2100, by code: marks are a tenth of all tokens and
 * need no vocabulary probe (kept apart from the vocabulary, they never start over).
 */
const MARKS: (Word | undefined)[] = new Array<Word | undefined>(0x2100).fill(undefined);

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const DOT = 0x2e;

export const tokens = (doc: Doc): void => {
  const { text } = doc;
  newArticle();
  // The scan reads code units from an array: a typed-array read is a fraction of charCodeAt.
  const codes = doc.scratch.codes(text);
  const out = new Cut(text.length, doc.scratch);
  for (const p of doc.paragraphs) {
    if (p.kind === "boilerplate") continue;
    const end = p.end;
    let i = p.start;
    while (i < end) {
      const c = codes[i]!;
      let k = CLASSES[c]!;
      if (k === UNKNOWN) k = classOf(c);
      if (k === SPACE) {
        i++;
        continue;
      }
      // Initials: « J.-P. », « M. », « U.S. ».
      const u = k === UPPER ? 1 : c >= 0xd800 && c <= 0xdbff ? upperWidth(codes, text, i, end) : 0;
      if (u > 0 && i + u < end && codes[i + u]! === DOT) {
        let j = i + u + 1;
        for (;;) {
          const h = j < end && codes[j]! === HYPHEN ? 1 : 0;
          const w = upperWidth(codes, text, j + h, end);
          if (w > 0 && j + h + w < end && codes[j + h + w]! === DOT) j += h + w + 1;
          else break;
        }
        out.push(wordAt(codes, text, i, j, "word", newWord), i, p.index);
        i = j;
        continue;
      }
      const w = k === WORD || k === UPPER ? 1 : c >= 0xd800 && c <= 0xdbff ? wordWidth(codes, text, i, end) : 0;
      if (w > 0) {
        // One pass over the word: where it ends, its hash for the vocabulary, and where its
        // first apostrophe is (a possible elision).
        let h = hashStep(HASH_SEED, c);
        if (w === 2) h = hashStep(h, codes[i + 1]!);
        let apostrophe = -1;
        let j = i + w;
        while (j < end) {
          const d = codes[j]!;
          let kd = CLASSES[d]!;
          if (kd === UNKNOWN) kd = classOf(d);
          if (kd === WORD || kd === UPPER) {
            h = hashStep(h, d);
            j++;
            continue;
          }
          if (d >= 0xd800 && d <= 0xdbff) {
            const ww = wordWidth(codes, text, j, end);
            if (ww > 0) {
              h = hashStep(hashStep(h, d), codes[j + 1]!);
              j += ww;
              continue;
            }
            break;
          }
          if ((d === HYPHEN || d === APOSTROPHE || d === RIGHT_QUOTE) && wordWidth(codes, text, j + 1, end) > 0) {
            if (d !== HYPHEN && apostrophe < 0) apostrophe = j;
            h = hashStep(h, d);
            j++;
            continue;
          }
          break;
        }
        const elided = apostrophe < 0 ? 0 : elisionLength(codes, i, apostrophe);
        if (elided < 0) pushWord(out, codes, text, i, j, p.index);
        else if (elided > 0) {
          out.push(wordAt(codes, text, i, i + elided, "word", newWord), i, p.index);
          out.push(wordAt(codes, text, i + elided, j, wordKind(codes[i + elided]!), newWord), i + elided, p.index);
        } else out.push(wordHashed(codes, text, i, j, h, wordKind(c), newWord), i, p.index);
        i = j;
        continue;
      }
      // Any other non-space: one mark (a surrogate pair counts as one).
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (codes[i + 1]! & 0xfc00) === 0xdc00 ? 2 : 1;
      const mark = width === 1 && c < MARKS.length ? (MARKS[c] ??= wordAt(codes, text, i, i + 1, "punct", newWord)) : wordAt(codes, text, i, i + width, "punct", newWord);
      out.push(mark, i, p.index);
      i += width;
    }
  }
  const n = out.count;
  // An exact copy of the kept array's first n words: one allocation, where growing an array
  // token by token reallocated it a dozen times (a sixth of all the bytes an article allocated).
  doc.tokens = out.words.slice(0, n);
  if (out.words.length > WORDS_KEPT) out.words.length = 0;
  doc.tokStart = out.starts.subarray(0, n);
  doc.tokPara = out.paras.subarray(0, n);
  doc.tokSent = out.sents.subarray(0, n).fill(-1);
  doc.tokQuote = out.quotes.subarray(0, n).fill(-1);
  doc.tokClass = out.classes.subarray(0, n);
  doc.tokLists = out.lists.subarray(0, n);
};

/**
 * The words of the article being cut, kept from one article to the next (`tokens` copies the
 * article's out): only the tokenizer writes it, and never for two articles at once.
 */
const WORDS: Word[] = [];
/** Past this many words the kept array is dropped, so one huge article does not pin it. */
const WORDS_KEPT = 1 << 16;

/**
 * The tokens cut so far: their words, and their offsets, paragraphs and classes in typed arrays
 * that grow as needed (with room for the sentence and quote indexes later stages set), taken
 * from the document's scratch memory.
 */
class Cut {
  /** The kept array (see WORDS): only its first `count` words are this article's. */
  readonly words: Word[] = WORDS;
  count = 0;
  starts!: Int32Array;
  paras!: Int32Array;
  sents!: Int32Array;
  quotes!: Int32Array;
  classes!: Uint8Array;
  lists!: Int32Array;
  constructor(
    textLength: number,
    private readonly scratch: Scratch,
  ) {
    // French text averages more than five characters a token: a guess that rarely needs growing.
    this.allocate((textLength >> 2) + 16);
  }

  push(word: Word, start: number, para: number): void {
    const n = this.count;
    if (n === this.starts.length) {
      const { starts, paras, classes, lists } = this;
      this.allocate(n * 2);
      this.starts.set(starts);
      this.paras.set(paras);
      this.classes.set(classes);
      this.lists.set(lists);
    }
    this.starts[n] = start;
    this.paras[n] = para;
    this.classes[n] = word.cls;
    this.lists[n] = word.lists;
    if (n < this.words.length) this.words[n] = word;
    else this.words.push(word);
    this.count = n + 1;
  }

  private allocate(capacity: number): void {
    const { scratch } = this;
    this.starts = scratch.int32(capacity);
    this.paras = scratch.int32(capacity);
    this.sents = scratch.int32(capacity);
    this.quotes = scratch.int32(capacity);
    this.classes = scratch.uint8(capacity);
    this.lists = scratch.int32(capacity);
  }
}

/** Letters a–z as 1–26, five bits each, first letter highest: a short ASCII word as one number. */
function letterCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 32 + (word.charCodeAt(i) - 96);
  return code;
}
/** ELIDED_WORDS by letterCode, for the fast path below (the same list as the full rule's). */
const ELIDED_CODES = new Set(ELIDED_WORDS.map(letterCode));
const PRESQU = letterCode("presqu");

/**
 * How many code units of the word at `start`, whose first apostrophe is at `apostrophe`, are an
 * elided word to split off (« l’ » of « l’Italien »): the prefix is one of ELIDED_WORDS and a
 * letter follows. 0 when nothing is split off; -1 when only the full rule (`pushWord`) can tell —
 * prefixes with other than ASCII letters, letters outside Latin-1 after the apostrophe, and
 * « presqu’ », which KEEP_WHOLE may keep. The prefix is read as a number (`letterCode`), not cut
 * out as a string: a tenth of all words have an apostrophe.
 */
function elisionLength(codes: Uint16Array, start: number, apostrophe: number): number {
  if (apostrophe - start > 6) return 0;
  let code = 0;
  for (let i = start; i < apostrophe; i++) {
    const c = codes[i]!;
    if (c >= 65 && c <= 90) code = code * 32 + (c - 64);
    else if (c >= 97 && c <= 122) code = code * 32 + (c - 96);
    else return c < 128 ? 0 : -1;
  }
  if (!ELIDED_CODES.has(code)) return 0;
  if (code === PRESQU) return -1;
  const next = codes[apostrophe + 1]!;
  if (next >= 256) return -1;
  return isLetter(next) ? apostrophe + 1 - start : 0;
}

/** The word text[start, end), with an elided article split off (« l’Italien » → « l’ » + « Italien »). */
function pushWord(out: Cut, codes: Uint16Array, text: string, start: number, end: number, para: number): void {
  const word = text.slice(start, end);
  // Only words with an apostrophe can hold an elision: skip the regex for the rest.
  const elided = word.includes("'") || word.includes("’") ? ELISION.exec(word) : null;
  if (elided && !KEEP_WHOLE.has(word.toLowerCase())) {
    const split = start + elided[0].length;
    out.push(wordAt(codes, text, start, split, "word", newWord), start, para);
    start = split;
  }
  out.push(wordAt(codes, text, start, end, wordKind(codes[start]!), newWord), start, para);
}

/** A word starting with a digit is a number. */
function wordKind(firstCode: number): TokenKind {
  return firstCode >= 48 && firstCode <= 57 ? "number" : "word";
}

/** A new word's forms: plain words are their own lower-case and folded forms. */
function newWord(text: string, kind: TokenKind): Word {
  // Its word lists found once, here, for doc.tokLists (see Cut.push).
  const word = isPlain(text) ? new Word(text, kind, text, text, false) : kind === "punct" ? markWord(text) : new Word(text, kind, lowerToken(text), fold(text), kind === "word" && isUpperStart(text));
  wordLists(word);
  return word;
}

function markWord(text: string): Word {
  const mark = text.replace("’", "'");
  return new Word(text, "punct", mark, mark, false);
}

function lowerToken(text: string): string {
  const l = text.toLowerCase();
  return l.includes("’") ? l.replace(/’/g, "'") : l;
}

/**
 * True when the text is its own lower-case and folded form: ASCII lower-case letters, digits,
 * hyphens and straight apostrophes — most French words. Such words share one string for
 * text, lower and key, and skip case mapping and folding altogether.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 39)) return false;
  }
  return true;
}

/** First character upper case: an ASCII fast path, the Unicode property for the rest. */
function isUpperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}
