/**
 * The quotes stage's hand-written scans agree with the regular expressions they replace
 * (the word before a mark that makes « … » a title).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { lastWord } from "../src/core/stages/03-quotes.js";

describe("lastWord (the word before a quotation mark, for titles: « la loi « … » »)", () => {
  // The definition it replaces: a regex tried from every position of the window.
  const reference = (s: string): string => /([\p{L}-]+)['’,\s\u00a0\u202f]*$/u.exec(s)?.[1] ?? "";
  const pieces = fc.constantFrom("loi", " ", "\u00a0", "\u202f", "’", "'", ",", "-", "é", "İ", "i\u0307", "ſ", "𝐀", "\ud835", "\udc00", "«", "2", "x", "\u2028", "\u3000", "\t", "Ω", "飞");
  test("captures what the regex captures", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        expect(lastWord(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
