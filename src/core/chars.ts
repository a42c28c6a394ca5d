/**
 * Character classes, by UTF-16 code unit or code point, for the scans that read text one
 * character at a time (paragraphs, quotes, names, folding): one definition each. Three kinds of
 * white space are kept apart on purpose, each named for the stage that needs it, because
 * changing one would move the offsets of its stage on some texts:
 * - `isWhiteSpace`: JavaScript's `\s` (Unicode white space and the BOM), for tests that must
 *   agree with a `\s` regex (folding, the names stage's sentence starts);
 * - `isTypographicSpace`: the spaces French text puts around words and guillemets (space, tab,
 *   line ends, no-break space U+00A0, narrow no-break space U+202F, thin space U+2009) — the
 *   quotes stage trims quotes with it, so an em space (U+2003) stays inside a quote;
 * - `isLineEdgeSpace`: those plus a BOM (U+FEFF) that editors leave at a line's start — the
 *   paragraph stage trims lines with it.
 */

/** JavaScript's `\s`, by char code: ASCII white space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
export function isWhiteSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Space, tab, \n, \r, no-break space, narrow no-break space, thin space (not \v, \f nor the other Unicode spaces). */
export function isTypographicSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** `isTypographicSpace` or a BOM (U+FEFF), which is no space inside a quote but may start a line. */
export function isLineEdgeSpace(c: number): boolean {
  return isTypographicSpace(c) || c === 0xfeff;
}

/** A code unit of . ! ? … : the marks that end a sentence. */
export function endsSentenceCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Marks that end a sentence (or a quoted one) when they end a line: . ! ? … and : » " ” ) */
export function endsLineSentenceCode(c: number): boolean {
  return endsSentenceCode(c) || c === 0x3a || c === 0xbb || c === 0x22 || c === 0x201d || c === 0x29;
}

/** An ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A Latin letter: ASCII, Latin-1 and Latin Extended-A/B (U+00C0–U+024F but × and ÷), the
 * letters of French and its neighbours. Not ª, µ, º, nor Greek or Cyrillic (see `isLetter`):
 * the quotes stage's test for a quotation mark inside a word or glued after one.
 */
export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * The regex's answer for a code point, kept per BMP code point in `seen` (0 not asked yet, 1
 * yes, 2 no): « » ’ and the no-break spaces around French quotes would each build a string and
 * run the regex again.
 */
function classOf(re: RegExp, seen: Uint8Array, c: number): boolean {
  if (c > 0xffff) return re.test(String.fromCodePoint(c));
  if (seen[c] === 0) seen[c] = re.test(String.fromCharCode(c)) ? 1 : 2;
  return seen[c] === 1;
}
const letterSeen = new Uint8Array(0x10000);
const letterOrNumberSeen = new Uint8Array(0x10000);

/** `\p{L}`, by code point: Latin letters by range, any other through the regex (answer kept). */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return classOf(LETTER, letterSeen, c);
}

/** `[\p{L}\p{N}]`, by code point. */
export function isLetterOrNumber(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return classOf(LETTER_OR_NUMBER, letterOrNumberSeen, c);
}

/** A word made of capital initials: « J. », « J.-P. », « M.L. » (not a name of its own). */
export const INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
