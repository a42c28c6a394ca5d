/**
 * UTF-16 ↔ code points: the core works on JavaScript string indices, the output counts code
 * points so that Python's `text[start:end]` gives back the same characters.
 */

/** A high surrogate: the text has characters beyond the BMP (a lone one counts too). */
const HIGH_SURROGATE = /[\ud800-\udbff]/;

/**
 * A function from a UTF-16 index to a code-point index. Identity when the text has no
 * surrogate pair (the usual case); else a prefix table built once, O(length). A lone
 * surrogate counts as one code point, as `[...text]` counts it.
 */
export function codePointIndex(text: string): (utf16: number) => number {
  if (!HIGH_SURROGATE.test(text)) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      table[i + 1] = cp;
      i++;
    }
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i] ?? cp;
}

/** The smallest of `values` (Infinity when empty), without spreading them onto the stack. */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}
