/**
 * The tokenizer cuts exactly as the reference regex in its header would (it is a hand-written
 * scanner for speed), on generated text full of marks, apostrophes, initials and astral
 * characters; plus a table of French cases.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { newDoc } from "../src/core/pipeline.js";
import { paragraphs } from "../src/core/stages/01-paragraphs.js";
import { tokens } from "../src/core/stages/02-tokens.js";
import { fold } from "../src/core/fold.js";
import { inSingularDefinite } from "../src/core/stages/05-mentions/lists.js";

const REFERENCE = /(\p{Lu}\.(?:-?\p{Lu}\.)*)|([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;
const KEEP_WHOLE = new Set(["aujourd'hui", "aujourd’hui", "presqu'île", "presqu’île", "prud'hommes", "prud’hommes"]);

/** The regex tokenizer the scanner replaced: [text, start] pairs. */
function reference(text: string, start: number, end: number): [string, number][] {
  const out: [string, number][] = [];
  const slice = text.slice(start, end);
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(slice); m; m = REFERENCE.exec(slice)) {
    const at = start + m.index;
    const word = m[0];
    const e = m[2] !== undefined ? ELISION.exec(word) : null;
    if (e && !KEEP_WHOLE.has(word.toLowerCase())) {
      out.push([e[0], at], [word.slice(e[0].length), at + e[0].length]);
    } else out.push([word, at]);
  }
  return out;
}

function scan(text: string): { got: [string, number][]; want: [string, number][] } {
  const doc = newDoc(text);
  paragraphs(doc);
  tokens(doc);
  const want = doc.paragraphs.filter((p) => p.kind !== "boilerplate").flatMap((p) => reference(text, p.start, p.end));
  return { got: doc.tokens.map((t, i) => [t.text, doc.tokStart[i]!]), want };
}

const pieces = fc.constantFrom(
  "l’Italien", "d'après", "aujourd’hui", "J.-P.", "M.", "U.S.A.", "Jean-Luc", "«", "»", " ", "\u00a0", "\u202f", "\n", "\r\n",
  "—", "-", "'", "’", "…", ".", ",", "2024", "3,5", "😀", "𝐀", "\ud800", "é", "e\u0301", "Œuvre", "qu’il", "A.", "x", "(", ")",
  "presqu’île", "JUSQU'À", "l'été", "ſ'a", "d’𝐀", "l'2",
);

describe("tokens", () => {
  test("cut exactly as the reference regex on generated text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 60 }), (parts) => {
        const { got, want } = scan(parts.join(""));
        expect(got).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });

  test("each document keeps its own tokens when the next one is cut", () => {
    // The tokenizer reuses one array between articles: what it hands a document must be a copy.
    const cut = (text: string) => {
      const doc = newDoc(text);
      paragraphs(doc);
      tokens(doc);
      return doc;
    };
    const long = cut("Le maire de Lyon a annoncé mardi un plan de rénovation des écoles, « attendu depuis longtemps ».");
    const before = long.tokens.map((t) => t.text);
    const short = cut("Il a dit non.");
    expect(short.tokens.map((t) => t.text)).toEqual(["Il", "a", "dit", "non", "."]);
    expect(long.tokens.map((t) => t.text)).toEqual(before);
    expect(before).toHaveLength(20);
    expect(cut("").tokens).toEqual([]);
  });

  test("lower, key and cap are the plain definitions, whatever fast path made them", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 60 }), (parts) => {
        const doc = newDoc(parts.join(""));
        paragraphs(doc);
        tokens(doc);
        for (const t of doc.tokens) {
          const word = t.kind !== "punct";
          expect([t.text, t.lower, t.key, t.cap]).toEqual([
            t.text,
            word ? t.text.toLowerCase().replace(/’/g, "'") : t.text.replace("’", "'"),
            word ? fold(t.text) : t.text.replace("’", "'"),
            t.kind === "word" && /^\p{Lu}/u.test(t.text),
          ]);
        }
      }),
      { numRuns: 400 },
    );
  });

  test.each([
    ["L’Italien J.-P. Dupont a dit aujourd’hui", ["L’", "Italien", "J.-P.", "Dupont", "a", "dit", "aujourd’hui"]],
    ["« Non », a-t-il dit.", ["«", "Non", "»", ",", "a-t-il", "dit", "."]],
    ["qu'elle 3,5 % 😀", ["qu'", "elle", "3", ",", "5", "%", "😀"]],
  ])("%s", (text, expected) => {
    const doc = newDoc(`Titre\n\n${text}`);
    paragraphs(doc);
    tokens(doc);
    expect(doc.tokens.filter((_, i) => doc.tokPara[i] === 1).map((t) => t.text)).toEqual(expected);
  });
});

describe("doc.tokLists: each token's word lists, for scans that start only after a listed word", () => {
  const SINGULAR_DEFINITE = inSingularDefinite.bit;
  test.each([
    ["Le conseil de Fortal a voté.", ["Le"]],
    ["Selon l'avocate de la société Fortal, rien n'a changé.", ["l'", "la"]],
    ["Les élus du canton et ceux des villes au nord.", ["du", "au"]],
    ["Aucune mention ici.", []],
  ])("%s", (text, listed) => {
    const doc = newDoc(text);
    paragraphs(doc);
    tokens(doc);
    expect(doc.tokLists).toHaveLength(doc.tokens.length);
    expect(doc.tokens.filter((_, i) => (doc.tokLists[i]! & SINGULAR_DEFINITE) !== 0).map((w) => w.text)).toEqual(listed);
  });
});
