/** `fold` (a one-pass table for Latin text) agrees with its reference definition on any text. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { fold } from "../src/core/fold.js";

const reference = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc\u00b4`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();

const tricky = fc.constantFrom("É", "é", "’", "‘", "´", "`", "ʼ", " ", "\u00a0", "\u202f", "\t", "\n", "œ", "ß", "İ", "ﬁ", "—", "e\u0301", "ǅ", "ŉ", "Σ", "x", "\u0301", "\u3000", "\ufeff", "Ω", "…", "“", "”", "€", "\u200b", "\u2028", "\u2009", "\u2011", "\u2032", "\u20d0");

test("fold equals NFD + strip marks + lower case + one apostrophe, dash and space", () => {
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
      expect(fold(s)).toBe(reference(s));
    }), { numRuns: 3000 });
  fc.assert(fc.property(fc.array(tricky, { maxLength: 12 }), (a) => {
      expect(fold(a.join(""))).toBe(reference(a.join("")));
    }), { numRuns: 3000 });
});

test("fold equals its reference on French-like text (long unchanged stretches, single spaces)", () => {
  const pieces = fc.constantFrom("le président", " ", "  ", "a dit", "É", "’", "\u00a0", "x", "-", "\u0301", "«", "2024", "œuvre", "\n", "L");
  fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), (a) => {
      expect(fold(a.join(""))).toBe(reference(a.join("")));
    }), { numRuns: 3000 });
});

test.each([
  ["  L’Élysée ", "l'elysee"],
  ["Jean‐Luc  Mélenchon", "jean-luc melenchon"],
  ["ΣΟΦΟΣ", "σοφος"],
])("%s → %s", (input, folded) => {
  expect(fold(input)).toBe(folded);
});
