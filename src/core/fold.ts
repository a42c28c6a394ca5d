/**
 * Folding for lookups and comparisons: lower case, no accents, one apostrophe, one hyphen,
 * single spaces. Lexicon keys are stored folded; every lookup folds its query the same way.
 */

import { isWhiteSpace } from "./chars.js";
import { memo } from "./memo.js";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** The reference definition: NFD, no combining marks, lower case, one apostrophe, dash and space. */
function slowFold(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}

/**
 * What each code unit below U+0250 (ASCII, Latin-1, Latin Extended-A/B) folds to, computed once
 * from `slowFold`; -1 for white space. Text made only of these (and of the apostrophes, dashes
 * and spaces handled below) folds in one pass without `normalize`, which dominated the cost.
 */
const TABLE_END = 0x250;
const TABLE: string[] = [];
for (let c = 0; c < TABLE_END; c++) {
  const ch = String.fromCharCode(c);
  TABLE.push(isWhiteSpace(c) ? " " : slowFold(ch));
}

/** 1 for a code unit that folds to itself and is no white space (most of a French text). */
const IDENTITY = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) IDENTITY[c] = TABLE[c] === String.fromCharCode(c) && TABLE[c] !== " " ? 1 : 0;

/**
 * 1 for a code unit of U+2000–U+20CF (general punctuation and currency signs: « … », « “ »,
 * « € ») that folds to itself: without them one such mark would send a whole line to the
 * slow definition. Computed from `slowFold` like the table above.
 */
const MARKS_START = 0x2000;
const MARKS_END = 0x20d0;
const MARK_IDENTITY = new Uint8Array(MARKS_END - MARKS_START);
for (let c = MARKS_START; c < MARKS_END; c++) {
  const ch = String.fromCharCode(c);
  MARK_IDENTITY[c - MARKS_START] = slowFold(`a${ch}a`) === `a${ch}a` ? 1 : 0;
}

/** True for a code unit that folds to itself and is no white space. */
function unchanged(c: number): boolean {
  return c < TABLE_END ? IDENTITY[c] === 1 : c >= MARKS_START && c < MARKS_END && MARK_IDENTITY[c - MARKS_START] === 1;
}

/**
 * Lower case, strip accents, normalise apostrophes, dashes and white space. Stretches of
 * characters that fold to themselves (single spaces between them included) are copied as
 * one slice: only capitals, accents and odd marks cost a step of their own.
 */
export function fold(s: string): string {
  let out = "";
  let pendingSpace = false;
  let stretch = -1; // start of a stretch of unchanged characters not yet copied to `out`
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (unchanged(c)) {
      if (stretch < 0) {
        if (pendingSpace) {
          out += " ";
          pendingSpace = false;
        }
        stretch = i;
      }
      continue;
    }
    // One plain space between two unchanged characters stays inside the stretch.
    if (c === 32 && stretch >= 0 && i + 1 < n) {
      if (unchanged(s.charCodeAt(i + 1))) continue;
    }
    if (stretch >= 0) {
      out += s.slice(stretch, i);
      stretch = -1;
    }
    let f: string;
    if (c < TABLE_END) f = TABLE[c]!;
    else if (c === 0x2019 || c === 0x2018 || c === 0x2bc) f = "'";
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) f = "-";
    else if (isWhiteSpace(c)) f = " "; // (c >= TABLE_END here: the Unicode spaces of \s)
    else if (c >= 0x300 && c <= 0x36f) continue;
    else return slowFold(s); // Greek, Cyrillic, … : the full definition (context-dependent case rules).
    if (f === " ") {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += f;
  }
  if (stretch >= 0) out += stretch === 0 ? s : s.slice(stretch);
  return out;
}

/** Code units of TABLE's entries, end to end, and where each code's entry starts (TABLE_END + 1 bounds). */
const TABLE_CODES: number[] = [];
const TABLE_AT = new Int32Array(TABLE_END + 1);
for (let c = 0; c < TABLE_END; c++) {
  TABLE_AT[c] = TABLE_CODES.length;
  for (const u of TABLE[c]!) TABLE_CODES.push(u.charCodeAt(0));
}
TABLE_AT[TABLE_END] = TABLE_CODES.length;
const TABLE_UNITS = Uint16Array.from(TABLE_CODES);
/** Per code unit below TABLE_END: its fold when that is one unit (a space for white space), else -1. */
const TABLE_SINGLE = Int32Array.from(TABLE, (f) => (f.length === 1 ? f.charCodeAt(0) : -1));
const SPACE = 32;

/** What `foldInto` reads: a line's code units (a longer text gets an array of its own). */
const UNITS = new Uint16Array(1024);
const UNIT_BYTES = Buffer.from(UNITS.buffer);

/**
 * `fold(s.slice(start, end))` written as code units into `out` (no string is built): the folded
 * length, or -1 when that text holds a character only the full definition folds (Greek,
 * Cyrillic…) or the result does not fit. For tests on every line of an article, most of which
 * match nothing.
 */
export function foldInto(s: string, out: Uint16Array, start = 0, end = s.length): number {
  // The text's code units, copied natively first: reading them from an array runs several times
  // faster than charCodeAt on the slices of an article that lines are.
  const text = start === 0 && end >= s.length ? s : s.slice(start, end);
  const length = text.length;
  const small = length <= UNITS.length;
  const codes = small ? UNITS : new Uint16Array(length);
  const copied = (small ? UNIT_BYTES : Buffer.from(codes.buffer)).write(text, 0, length * 2, "utf16le") >> 1;
  for (let i = copied; i < length; i++) codes[i] = text.charCodeAt(i);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < length; i++) {
    const c = codes[i]!;
    let single: number;
    if (c < TABLE_END) {
      single = TABLE_SINGLE[c]!;
      if (single < 0) {
        // A unit that folds to several (none of them a space).
        if (pendingSpace) {
          if (n >= out.length) return -1;
          out[n++] = SPACE;
          pendingSpace = false;
        }
        for (let k = TABLE_AT[c]!; k < TABLE_AT[c + 1]!; k++) {
          if (n >= out.length) return -1;
          out[n++] = TABLE_UNITS[k]!;
        }
        continue;
      }
    } else if (c === 0x2019 || c === 0x2018 || c === 0x2bc) single = 0x27;
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) single = 0x2d;
    else if (isWhiteSpace(c)) single = SPACE;
    else if (c >= 0x300 && c <= 0x36f) continue;
    else if (c >= MARKS_START && c < MARKS_END && MARK_IDENTITY[c - MARKS_START] === 1) single = c;
    else return -1;
    if (single === SPACE) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      if (n >= out.length) return -1;
      out[n++] = SPACE;
      pendingSpace = false;
    }
    if (n >= out.length) return -1;
    out[n++] = single;
  }
  return n;
}

/** Like `fold` but keeps accents: for French words where accents matter (verb forms). */
export function lower(s: string): string {
  return s.toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, "-").replace(SPACES, " ").trim();
}

/**
 * `fold` for names, roles and other short strings that come back with every mention and every
 * article (« Banque de France », « ministre »): remembered, up to a bound, so each is folded once.
 * Not for quotes or lines, which seldom repeat.
 */
export const foldName: (s: string) => string = memo(fold, 20_000);

/**
 * The words of four letters or more of a folded text: what a headline or a subheading keeps of
 * a quote it echoes. (Matched, not split then filtered: the short words are never cut out.)
 */
export function contentWords(folded: string): string[] {
  return folded.match(/[a-z0-9]{4,}/g) ?? [];
}
