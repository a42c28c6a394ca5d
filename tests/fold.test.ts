/** `fold` (a one-pass table for Latin text) agrees with its reference definition on any text. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { fold, foldInto, foldName } from "../src/core/fold.js";

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

test("foldInto writes fold's code units, or says -1 when only the full definition folds the text", () => {
  const out = new Uint16Array(64);
  const check = (s: string, start = 0, end = s.length): void => {
    const n = foldInto(s, out, start, end);
    const folded = fold(s.slice(start, end));
    if (n >= 0) expect(String.fromCharCode(...out.subarray(0, n))).toBe(folded);
    // -1 only for a text with a character the one-pass table does not fold, or too long a result.
    else expect(/[^\u0000-\u024f\u0300-\u036f\u2000-\u20cf\u3000\ufeff\u1680\u02bc]/.test(s.slice(start, end)) || folded.length > out.length).toBe(true);
  };
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => check(s)), { numRuns: 3000 });
  fc.assert(fc.property(fc.array(tricky, { maxLength: 20 }), fc.nat(), fc.nat(), (a, x, y) => {
      const s = a.join("");
      check(s);
      const [start, end] = [x % (s.length + 1), y % (s.length + 1)].sort((p, q) => p - q);
      check(s, start, end);
    }), { numRuns: 3000 });
  expect(foldInto("x".repeat(65), out)).toBe(-1); // does not fit
  // Longer than the array foldInto copies a line into, and a lone surrogate half at the end.
  const big = new Uint16Array(4000);
  for (const long of [`${"Été  l’ŒUVRE ".repeat(150)}x`, `${"a".repeat(1100)}\ud835`]) {
    for (const [start, end] of [[0, long.length], [1000, 1200], [1050, 1099]] as const) {
      const n = foldInto(long, big, start, end);
      const part = long.slice(start, end);
      if (part.includes("\ud835")) expect(n).toBe(-1);
      else expect(String.fromCharCode(...big.subarray(0, n))).toBe(fold(part));
    }
  }
  expect(foldInto("Ω", out)).toBe(-1);
  expect(foldInto("  Été — l’« ŒUVRE »  ", out)).toBe(fold("  Été — l’« ŒUVRE »  ").length);
});

test("foldName (fold remembered) answers as fold, asked once or again, past its bound", () => {
  const names = ["Banque de France", "BANQUE  DE FRANCE", "l’Élysée", "ministre", "Ministre", "Société Générale", ""];
  for (let round = 0; round < 3; round++) for (const n of names) expect(foldName(n)).toBe(fold(n));
  // More distinct strings than it keeps: it starts over and still answers right.
  for (let i = 0; i < 25_000; i++) foldName(`Nom ${i}`);
  for (const n of names) expect(foldName(n)).toBe(fold(n));
  expect(foldName("Nom 24999")).toBe("nom 24999");
});
