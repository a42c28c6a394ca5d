/**
 * Property tests (issue 6) with fast-check: on generated text — random Unicode with astral
 * characters and emoji, French words, every kind of quotation mark and apostrophe, CR/LF/CRLF
 * line breaks, long and short — `extract` never throws, every range is inside the text and
 * gives back exactly the reported text in code points, the output validates against the
 * schema, and the time on ~1 MB of generated text stays proportional to its size.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extract } from "../src/extract.js";
import type { Result } from "../src/core/types.js";
import { checkResult } from "./helpers/validate.js";

// Everyday French words and names written for this test (no corpus text).
const WORDS = (
  "le la les un une des de du et à au aux en dans pour par sur avec sans sous vers chez " +
  "a dit déclaré affirmé estimé expliqué ajouté souligné confié selon lui elle ils elles " +
  "maire ministre président présidente directrice syndicat mairie gouvernement association " +
  "Jean Marie Sophie Pierre Dupont Lefèvre Bénédicte Élise Hervé Martin Paris Lyon Europe " +
  "CGT SNCF M. Mme Dr l' d' qu' aujourd'hui jusqu'à c'est n'est l’État d’abord " +
  "très cher beaucoup rien tout bien mal demain hier « » “ ” \" ‹ › ' ’ : ; , . ! ? … - — ( )"
).split(" ");

const MARKS = ["«", "»", "« ", " »", "“", "”", '"', "‹", "›", "'", "’", "\u00a0»", "«\u00a0", "\u202f»"];
const BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\n\n"];
const ODD = ["😀", "👩‍👩‍👧", "𝔘", "🇫🇷", "\u0301", "\u200b", "\ufeff", "\ufffd", "\t", "\u2028", "\u00ad", "\ud800", "\udc00", "Ⅻ", "ß", "İ"];

/** One piece of generated text: mostly French words, with marks, breaks and oddities. */
const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS).map((w) => w + " ") },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
);

const shortText = fc.array(piece, { maxLength: 40 }).map((a) => a.join(""));
const longText = fc.array(piece, { minLength: 200, maxLength: 1500 }).map((a) => a.join(""));
/** Article-shaped text: paragraphs with a speech verb and a quote, marks sometimes broken. */
const article = fc
  .array(
    fc.record({
      who: fc.constantFrom("Le maire", "La ministre Élise Martin", "Jean Dupont", "Le syndicat CGT", "Elle", "Mme Lefèvre"),
      verb: fc.constantFrom("a déclaré :", "a dit", "estime :", "a affirmé à la presse :", ""),
      open: fc.constantFrom("« ", "«", "“", '"', "", "» "),
      body: fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((a) => a.join(" ")),
      close: fc.constantFrom(" »", "»", "”", '"', "", " «"),
      br: fc.constantFrom(...BREAKS),
    }),
    { maxLength: 25 },
  )
  .map((ps) => ps.map((x) => `${x.who} ${x.verb} ${x.open}${x.body}${x.close}.${x.br}`).join(""));

const anyText = fc.oneof(shortText, longText, article, fc.string({ unit: "binary", maxLength: 300 }));
const langs = fc.constantFrom<"fr" | "en" | "auto">("fr", "fr", "auto", "en");


/** Properties every result must have; returns a list of problems (empty when sound). */
function problems(text: string, r: Result): string[] {
  const errors = checkResult(text, r);
  const n = [...text].length;
  // checkResult skips ranges without a `text`: cues and messages get their bounds checked there,
  // and quotes/mentions must hold their own text.
  for (const m of r.messages) if (m.start > n || m.end > n || m.start > m.end) errors.push(`message ${m.rule} out of text`);
  return errors;
}

describe("extract on generated text", () => {
  test("never throws; offsets inside the text; ranges give back the text; schema-valid", () => {
    fc.assert(
      fc.property(anyText, langs, (text, lang) => {
        const r = extract(text, { lang });
        expect(problems(text, r)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  test("quotes cover only text between marks, and never overlap", () => {
    fc.assert(
      fc.property(article, (text) => {
        const r = extract(text, { lang: "fr" });
        let last = -1;
        for (const q of r.quotes) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          last = q.end;
        }
      }),
      { numRuns: 200 },
    );
  });

  test("line breaks: CR, LF and CRLF give the same quotes", () => {
    fc.assert(
      fc.property(article, (text) => {
        const lf = text.replace(/\r\n?/g, "\n");
        const quotesOf = (t: string): string[] => extract(t, { lang: "fr" }).quotes.map((q) => q.text.replace(/\r\n?/g, "\n"));
        expect(quotesOf(lf.replace(/\n/g, "\r\n"))).toEqual(quotesOf(lf));
        expect(quotesOf(lf.replace(/\n/g, "\r"))).toEqual(quotesOf(lf));
      }),
      { numRuns: 100 },
    );
  });

  test("deterministic: the same text gives the same result", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
      }),
      { numRuns: 100 },
    );
  });
});

describe("time stays proportional to size", () => {
  /** ~`bytes` of generated text from a fixed seed. */
  function generated(arb: fc.Arbitrary<string>, bytes: number, seed: number): string {
    const parts: string[] = [];
    let size = 0;
    let s = seed;
    while (size < bytes) {
      const [t] = fc.sample(arb, { numRuns: 1, seed: s++ });
      parts.push(t!, "\n\n");
      size += t!.length + 2;
    }
    return parts.join("");
  }
  const time = (text: string): number => {
    const t0 = performance.now();
    extract(text, { lang: "fr" });
    return performance.now() - t0;
  };

  test.each([
    ["articles", article],
    ["random pieces", longText],
  ])("%s: ~1 MB within a bound proportional to its size", (_name, arb) => {
    const small = generated(arb, 125_000, 1);
    const big = generated(arb, 1_000_000, 2);
    time(small); // JIT warm-up
    const ts = Math.min(time(small), time(small));
    const tb = time(big);
    // Linear would be ~8×; a quadratic step shows as ~64×. Also an absolute bound: 1 MB in
    // well under 10 s even on a slow, busy test machine.
    expect(tb / Math.max(ts, 1)).toBeLessThan(8 * 3);
    expect(tb).toBeLessThan(10_000);
  }, 60_000);

  test.each([
    ["10⁵ «", "«".repeat(100_000)],
    ["10⁵ « with spaces", "« ".repeat(100_000)],
    ["10⁵ »", "» ".repeat(100_000)],
    ["10⁵ \"", '" '.repeat(100_000)],
    ["10⁵ “", "“".repeat(100_000)],
    ["2·10⁴ quotes in sentences", "« Oui » a dit Jean. ".repeat(20_000)],
    ["10⁵ apostrophes", "l'".repeat(100_000)],
    ["one 600 KB word", "a".repeat(600_000)],
    ["10⁵ capitalised words", "Jean ".repeat(100_000)],
    ["10⁵ initials", "J.-P. ".repeat(100_000)],
    ["10⁵ line breaks", "\r\n".repeat(100_000) + "fin"],
    ["10⁵ hyphens", "a-".repeat(100_000)],
    ["10⁵ dates", "le 12 mars 2024, ".repeat(30_000)],
    ["a long byline-like line", "Par " + "Jean ".repeat(50_000)],
    ["a long caption-like line", "photo : " + "a ".repeat(100_000) + "/ AFP"],
    ["10⁴ distinct names", Array.from({ length: 10_000 }, (_, i) => `Jean Nom${String.fromCharCode(65 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + (Math.floor(i / 676) % 26))}`).join(" et ")],
    ["10⁵ M.", "M. ".repeat(100_000)],
  ])("degenerate input: %s", (_name, text) => {
    const t0 = performance.now();
    const r = extract(text, { lang: "fr" });
    const ms = performance.now() - t0;
    expect(checkResult(text, r)).toEqual([]);
    expect(ms).toBeLessThan(5_000);
  }, 30_000);
});

/**
 * Cases that once crashed or ran in quadratic time (found by these property tests), kept as
 * regression tests. Ratios compare n and 4n: linear ≈ 4×, quadratic ≈ 16×.
 */
describe("once-quadratic or crashing cases stay fixed", () => {
  const ratio = (make: (n: number) => string, n: number): number => {
    const t = (k: number): number => {
      const text = make(k);
      const t0 = performance.now();
      extract(text, { lang: "fr" });
      return performance.now() - t0;
    };
    t(n); // warm-up
    // Best of three at each size: a shared machine's pauses only ever add time.
    const best = (k: number): number => Math.min(t(k), t(k), t(k));
    return best(4 * n) / Math.max(best(n), 1);
  };

  test("src/en: offsets stay exact after a lone high surrogate", () => {
    const text = "a \ud800b la SNCF a dit.";
    expect(checkResult(text, extract(text, { lang: "en" }))).toEqual([]);
  });

  test("09-assemble: a person mentioned 1.5·10⁵ times does not overflow the stack", () => {
    const text = "Jean Dupont est là. ".repeat(150_000);
    expect(() => extract(text, { lang: "fr" })).not.toThrow();
  }, 30_000);

  test("06-attribution: many quotes in one sentence stay linear", () => {
    expect(ratio((n) => "« a » ".repeat(n), 8000)).toBeLessThan(8);
  }, 30_000);

  test("08-resolve: role re-mentions (« la ministre a déclaré ») stay linear in the people named", () => {
    const S = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"];
    const F = ["Élise", "Jean", "Marie", "Pierre", "Sophie", "Paul", "Claire", "Louis", "Anne", "Marc"];
    const make = (n: number): string =>
      Array.from({ length: n }, (_, i) => `La ministre ${F[i % 10]} ${S[Math.floor(i / 10) % 10]}-${S[Math.floor(i / 100) % 10]}${S[Math.floor(i / 1000) % 10]} est arrivée mardi. La ministre a déclaré : « Nous verrons bien demain. »\n\n`).join("");
    expect(ratio(make, 500)).toBeLessThan(8);
  }, 60_000);

  test("01-paragraphs: a long line of dates stays linear (CAPTION_DATE)", () => {
    expect(ratio((n) => "Titre\n\nTexte" + ", le 12 mars 2024 (".repeat(n) + "\n", 1500)).toBeLessThan(8);
  }, 30_000);

  test("01-paragraphs: a long line with many « photo » stays linear (CREDIT)", () => {
    expect(ratio((n) => "Titre\n\nTexte " + "photo ".repeat(n) + "\n", 2500)).toBeLessThan(8);
  }, 30_000);
});
