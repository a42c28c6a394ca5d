/**
 * src/core/chars.ts: the character classes every character-by-character scan shares. A table of
 * the characters French news text holds (the spaces around guillemets, accented letters,
 * apostrophes), then each class checked against the regex it stands for over every code unit.
 */
import { describe, expect, test } from "vitest";
import {
  endsLineSentenceCode,
  endsSentenceCode,
  INITIALS,
  isDigit,
  isLatinLetter,
  isLetter,
  isLetterOrNumber,
  isLineEdgeSpace,
  isTypographicSpace,
  isWhiteSpace,
} from "../src/core/chars.js";

// [name, code point, isWhiteSpace, isTypographicSpace, isLineEdgeSpace, isLatinLetter, isLetter, isLetterOrNumber, isDigit]
const T = true;
const F = false;
const TABLE: [string, number, boolean, boolean, boolean, boolean, boolean, boolean, boolean][] = [
  ["space", 0x20, T, T, T, F, F, F, F],
  ["tab", 0x09, T, T, T, F, F, F, F],
  ["line feed", 0x0a, T, T, T, F, F, F, F],
  ["carriage return", 0x0d, T, T, T, F, F, F, F],
  ["vertical tab", 0x0b, T, F, F, F, F, F, F],
  ["form feed", 0x0c, T, F, F, F, F, F, F],
  ["no-break space U+00A0", 0xa0, T, T, T, F, F, F, F],
  ["narrow no-break space U+202F", 0x202f, T, T, T, F, F, F, F],
  ["thin space U+2009", 0x2009, T, T, T, F, F, F, F],
  ["em space U+2003", 0x2003, T, F, F, F, F, F, F],
  ["hair space U+200A", 0x200a, T, F, F, F, F, F, F],
  ["ideographic space U+3000", 0x3000, T, F, F, F, F, F, F],
  ["BOM U+FEFF", 0xfeff, T, F, T, F, F, F, F],
  ["zero-width space U+200B (no \\s)", 0x200b, F, F, F, F, F, F, F],
  ["a", 0x61, F, F, F, T, T, T, F],
  ["Z", 0x5a, F, F, F, T, T, T, F],
  ["é", 0xe9, F, F, F, T, T, T, F],
  ["É", 0xc9, F, F, F, T, T, T, F],
  ["ç", 0xe7, F, F, F, T, T, T, F],
  ["œ U+0153", 0x153, F, F, F, T, T, T, F],
  ["ÿ", 0xff, F, F, F, T, T, T, F],
  ["× (no letter)", 0xd7, F, F, F, F, F, F, F],
  ["÷ (no letter)", 0xf7, F, F, F, F, F, F, F],
  ["ª (a letter, not Latin's range)", 0xaa, F, F, F, F, T, T, F],
  ["Greek alpha", 0x3b1, F, F, F, F, T, T, F],
  ["Cyrillic de", 0x434, F, F, F, F, T, T, F],
  ["7", 0x37, F, F, F, F, F, T, T],
  ["superscript two (a number, no digit)", 0xb2, F, F, F, F, F, T, F],
  ["straight apostrophe", 0x27, F, F, F, F, F, F, F],
  ["typographic apostrophe U+2019", 0x2019, F, F, F, F, F, F, F],
  ["modifier apostrophe U+02BC (a letter)", 0x2bc, F, F, F, F, T, T, F],
  ["«", 0xab, F, F, F, F, F, F, F],
  ["hyphen", 0x2d, F, F, F, F, F, F, F],
];

describe("character classes (src/core/chars.ts)", () => {
  test.each(TABLE)("%s", (_name, c, white, typo, edge, latin, letter, letterOrNumber, digit) => {
    expect(isWhiteSpace(c)).toBe(white);
    expect(isTypographicSpace(c)).toBe(typo);
    expect(isLineEdgeSpace(c)).toBe(edge);
    expect(isLatinLetter(c)).toBe(latin);
    expect(isLetter(c)).toBe(letter);
    expect(isLetterOrNumber(c)).toBe(letterOrNumber);
    expect(isDigit(c)).toBe(digit);
  });

  test.each([
    ["isWhiteSpace", isWhiteSpace, /^\s$/],
    ["isLetter", isLetter, /^\p{L}$/u],
    ["isLetterOrNumber", isLetterOrNumber, /^[\p{L}\p{N}]$/u],
  ] as const)("%s agrees with its regex on every code unit of the BMP", (_name, is, re) => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (is(c) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  test("isLetter reads astral code points too (𝐀, a mathematical capital)", () => {
    expect(isLetter(0x1d400)).toBe(true);
    expect(isLetterOrNumber(0x1d7ce)).toBe(true); // a mathematical digit
    expect(isLetter(0x1f600)).toBe(false); // an emoji
  });

  test("the spaces: typographic ⊂ line-edge ⊂ white space, and NaN (charCodeAt past the end) is nothing", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isTypographicSpace(c)) expect(isLineEdgeSpace(c)).toBe(true);
      if (isLineEdgeSpace(c)) expect(isWhiteSpace(c)).toBe(true);
    }
    for (const is of [isWhiteSpace, isTypographicSpace, isLineEdgeSpace, isLatinLetter, isDigit, endsSentenceCode]) expect(is(Number.NaN)).toBe(false);
  });

  test.each([
    [".", T, T],
    ["!", T, T],
    ["?", T, T],
    ["…", T, T],
    [":", F, T],
    ["»", F, T],
    ['"', F, T],
    ["”", F, T],
    [")", F, T],
    [",", F, F],
    [";", F, F],
    ["«", F, F],
  ])("« %s » ends a sentence: %s; ends one at a line's end: %s", (mark, sentence, line) => {
    expect(endsSentenceCode(mark.charCodeAt(0))).toBe(sentence);
    expect(endsLineSentenceCode(mark.charCodeAt(0))).toBe(line);
  });

  test.each([
    ["J.", T],
    ["J.-P.", T],
    ["M.L.", T],
    ["É.", T],
    ["J", F],
    ["Jo.", F],
    ["j.", F],
    ["J.P", F],
  ])("INITIALS: « %s » → %s", (word, expected) => {
    expect(INITIALS.test(word)).toBe(expected);
  });
});
