/**
 * The library's entry point: detect the language, run the matching pipeline, fill `source`.
 * No I/O here: the CLI and runner read files and hand over text.
 */
import { hash } from "node:crypto";
import { createRequire } from "node:module";
import { extractFrench, extractQuotesOnly } from "./core/pipeline.js";
import type { ExtractOptions, Language, Message, Result, Source } from "./core/types.js";
import { SCHEMA_VERSION } from "./core/types.js";
import { knownOrg } from "./lexicon/index.js";
import { extractEnglish } from "./en/index.js";

/**
 * franc (~25 ms to import, a third of the CLI's start-up) loads on first need, synchronously
 * (`require` of an ES module, Node ≥ 20.19): most French articles never need it (see
 * `surelyFrench`). The English pipeline's own modules are light; compromise, its heavy part,
 * is loaded lazily in src/en/tokens.ts.
 */
const load = createRequire(import.meta.url);
let francFn: ((text: string, options: { minLength: number; only: string[] }) => string) | null | undefined;

function franc(text: string, options: { minLength: number; only: string[] }): string {
  if (francFn === undefined) {
    try {
      francFn = (load("franc") as { franc: NonNullable<typeof francFn> }).franc;
    } catch {
      francFn = null; // A Node without require(esm): no detection, the French pipeline runs.
    }
  }
  return francFn ? francFn(text, options) : "und";
}

/** franc reads this many characters: enough for a sure answer, cheap on 10 MB articles. */
const LANGUAGE_SAMPLE = 1500;
/**
 * Languages franc weighs (ISO 639-3): those of the press archives parole meets. Comparing
 * trigrams against franc's full list of ~190 languages costs ~9 ms an article; this list ~1 ms.
 * Other scripts (Cyrillic, Arabic, CJK…) are still told apart by franc's script check.
 */
const CANDIDATES = [
  "fra", "eng", "sco", "spa", "deu", "ita", "por", "nld", "cat", "ron", "pol", "swe", "dan", "nob", "fin", "ces", "slk",
  "hun", "tur", "hrv", "slv", "lit", "lav", "est", "glg", "eus", "bre", "oci", "cos", "ltz", "afr", "ind", "vie",
  "tgl", "swh", "epo", "lat", "hat",
];
/**
 * The French function words that make a text unmistakably French (see `surelyFrench`), and
 * English ones, as word codes (see `wordCode`): the scan compares numbers, not cut strings.
 */
const FRENCH_WORDS = codeSet(["le", "la", "les", "des", "du", "une", "et", "est", "que", "qui", "dans", "pour", "sur", "au", "aux", "pas", "ne", "avec", "ont", "sont", "cette", "il", "elle", "été", "mais", "par", "plus"]);
const ENGLISH_WORDS = codeSet(["the", "and", "of", "to", "is", "was", "that", "for", "with", "on", "are", "have", "has", "said", "it", "he", "she", "by", "from", "this"]);

function codeSet(words: string[]): Set<number> {
  return new Set(words.map((w) => wordCode(w, 0, w.length)));
}

/**
 * A number that tells apart every word of 2–5 letters made of a–z and é in either case (five
 * bits a letter, case folded), or -1 for a word with any other letter: none of those is a
 * function word above.
 */
function wordCode(s: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) | 0x20; // A–Z → a–z, É → é
    const letter = c >= 97 && c <= 122 ? c - 96 : c === 0xe9 ? 27 : -1;
    if (letter < 0) return -1;
    code = code * 32 + letter;
  }
  return code;
}

/** Extract quotes, speakers, people and organizations from one article's text. */
export function extract(text: string, options: ExtractOptions = {}): Result {
  const source: Source = {
    path: options.source?.path ?? null,
    ...options.source,
    bytes: options.source?.bytes ?? Buffer.byteLength(text, "utf8"),
    sha256: options.source?.sha256 ?? hash("sha256", text, "hex"),
  };
  const language = chooseLanguage(text, options.lang ?? "auto");
  const base = { schema_version: SCHEMA_VERSION, source, language };
  if (language.pipeline === "fr") {
    // Written out rather than spread: the same keys in the same order, without copying twice.
    const { title, quotes, speakers, people, organizations, messages } = extractFrench(text);
    return { schema_version: SCHEMA_VERSION, source, language, title, quotes, speakers, people, organizations, messages };
  }
  if (language.pipeline === "en") {
    const lookup = (name: string) => {
      const hit = knownOrg(name);
      return hit ? { name: hit.name, type: hit.type, ambiguous: hit.ambiguous } : null;
    };
    return { ...base, ...extractEnglish(text, { knownOrg: lookup }) };
  }
  const found = extractQuotesOnly(text);
  const warning: Message = {
    rule: "language-unsupported",
    reason: `language "${language.detected}" has no attribution pipeline: quotes are listed without speakers`,
    start: 0,
    end: 0,
    severity: "warning",
  };
  return { ...base, ...found, messages: [warning, ...found.messages] };
}

/** franc on a sample of the text; French when unsure (short or empty texts). */
export function chooseLanguage(text: string, forced: "fr" | "en" | "auto"): Language {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  const detected = surelyFrench(sample) ? "fra" : franc(sample, { minLength: 20, only: CANDIDATES });
  if (forced === "fr" || forced === "en") return { detected, pipeline: forced };
  // franc often labels plain English news as Scots ("sco").
  if (detected === "eng" || detected === "sco") return { detected, pipeline: "en" };
  if (detected === "fra" || detected === "und") return { detected, pipeline: "fr" };
  return { detected, pipeline: "none" };
}

/** Letters of the scan below: a–z, A–Z and U+00C0–U+024F but × and ÷, by code unit. */
const LATIN_END = 0x250;
const LATIN_LETTER = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) {
  LATIN_LETTER[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
}

/**
 * True when the sample's function words leave no doubt that it is French: at least 12 of them
 * among its first 200 words and five times more than English ones. Skips franc (about 1 ms an
 * article, more than the whole French pipeline on a short article) for the common case; any
 * text this test is not sure of goes to franc.
 */
function surelyFrench(sample: string): boolean {
  let french = 0;
  let english = 0;
  let words = 0;
  let start = -1;
  // A hand-rolled word scan: function words are short, so only words of 2–5 letters are looked up.
  for (let i = 0; i <= sample.length && words < 200; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 32;
    if (c < LATIN_END && LATIN_LETTER[c] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    words++;
    const n = i - start;
    if (n >= 2 && n <= 5) {
      const w = wordCode(sample, start, i);
      if (FRENCH_WORDS.has(w)) {
        // Two dozen French function words and not one English word: no need to read on.
        if (++french >= 24 && english === 0) return true;
      } else if (ENGLISH_WORDS.has(w)) english++;
    }
    start = -1;
  }
  return french >= 12 && french >= 5 * english;
}
