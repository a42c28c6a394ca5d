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
const FRENCH_WORDS = ["le", "la", "les", "des", "du", "une", "et", "est", "que", "qui", "dans", "pour", "sur", "au", "aux", "pas", "ne", "avec", "ont", "sont", "cette", "il", "elle", "été", "mais", "par", "plus"];
/**
 * French words that no neighbouring language uses as a common word (Spanish, Italian, Catalan,
 * Portuguese, Romanian, German, English, Dutch: « la », « les », « des », « que », « il »,
 * « ne », « mais », « du », « et » are theirs too): `surelyFrench` wants three different ones.
 * Those not in FRENCH_WORDS are only marks: they leave its count alone.
 * (At most five letters, a–z and é: see `wordCode`.)
 */
const FRENCH_ONLY = [
  "une", "est", "dans", "pour", "aux", "pas", "avec", "ont", "sont", "cette", "elle", "été",
  "ces", "nous", "vous", "ils", "leur", "comme", "tout", "chez", "dont", "aussi", "sans", "était", "avait", "selon", "qu", "cela", "alors",
];
const ENGLISH_WORDS = ["the", "and", "of", "to", "is", "was", "that", "for", "with", "on", "are", "have", "has", "said", "it", "he", "she", "by", "from", "this"];
const FRENCH = 1;
const ENGLISH = 2;
/** A FRENCH_ONLY word that is not in FRENCH_WORDS. */
const FRENCH_MARK = 3;

/**
 * Both lists in one small open-addressing table by word code (a Set lookup cost more than the
 * rest of the scan): per slot the code (0 = empty: no word has code 0) and its language.
 */
const CODE_SLOTS = 512;
const slotCodes = new Int32Array(CODE_SLOTS);
const slotLanguages = new Uint8Array(CODE_SLOTS);
/** Per slot of a FRENCH_ONLY word, its own bit (see `surelyFrench`); 0 for the others. */
const slotFrenchOnly = new Int32Array(CODE_SLOTS);
const firstSlot = (code: number): number => Math.imul(code, 0x9e3779b1) >>> 23;
const FRENCH_MARKS = FRENCH_ONLY.filter((w) => !FRENCH_WORDS.includes(w));
for (const [list, language] of [[FRENCH_WORDS, FRENCH], [ENGLISH_WORDS, ENGLISH], [FRENCH_MARKS, FRENCH_MARK]] as const) {
  for (const w of list) {
    const code = wordCode(w, 0, w.length);
    let slot = firstSlot(code);
    while (slotCodes[slot] !== 0) slot = (slot + 1) & (CODE_SLOTS - 1);
    slotCodes[slot] = code;
    slotLanguages[slot] = language;
    if (FRENCH_ONLY.includes(w)) slotFrenchOnly[slot] = 1 << FRENCH_ONLY.indexOf(w);
  }
}

/** The table slot of the function word of this code, or -1 when no list holds it. */
function functionWordSlot(code: number): number {
  for (let slot = firstSlot(code); slotCodes[slot] !== 0; slot = (slot + 1) & (CODE_SLOTS - 1)) {
    if (slotCodes[slot] === code) return slot;
  }
  return -1;
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
  const given = options.source;
  const utf8 = given?.bytes !== undefined && given.sha256 !== undefined ? null : encodeUtf8(text);
  const source: Source = {
    path: given?.path ?? null,
    ...given,
    bytes: given?.bytes ?? utf8!.length,
    sha256: given?.sha256 ?? hash("sha256", utf8!, "hex"),
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

const encoder = new TextEncoder();
/** Room for the UTF-8 of an article up to 1 MB, kept from one call to the next. */
const KEPT_UTF8 = 3 << 20;
let utf8Room = new Uint8Array(64 << 10);

/**
 * The text's UTF-8 bytes (what its size and hash are of, lone surrogates as U+FFFD), in memory
 * reused by the next call: encoded once for both, where `Buffer.byteLength` and hashing the
 * string each encoded it.
 */
function encodeUtf8(text: string): Uint8Array {
  const most = text.length * 3;
  if (most > utf8Room.length) {
    if (most > KEPT_UTF8) return Buffer.from(text, "utf8");
    utf8Room = new Uint8Array(Math.max(most, 2 * utf8Room.length));
  }
  return utf8Room.subarray(0, encoder.encodeInto(text, utf8Room).written);
}

/** franc on a sample of the text; French when unsure (short or empty texts). */
export function chooseLanguage(text: string, forced: "fr" | "en" | "auto"): Language {
  const sampleEnd = Math.min(text.length, LANGUAGE_SAMPLE);
  // The French test reads the text in place (a scan of a sliced string runs several times slower).
  const detected = surelyFrench(text, sampleEnd) ? "fra" : franc(text.slice(0, sampleEnd), { minLength: 20, only: CANDIDATES });
  if (forced === "fr" || forced === "en") return { detected, pipeline: forced };
  // franc often labels plain English news as Scots ("sco").
  if (detected === "eng" || detected === "sco") return { detected, pipeline: "en" };
  if (detected === "fra" || detected === "und") return { detected, pipeline: "fr" };
  return { detected, pipeline: "none" };
}

/**
 * Per code unit below LATIN_END: 0 for no letter; for a letter (a–z, A–Z, U+00C0–U+024F but ×
 * and ÷) its five-bit value in `wordCode`, or -1 when no function word holds it.
 */
const LATIN_END = 0x250;
const LETTER_VALUE = new Int8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
  LETTER_VALUE[c] = letter ? wordCode(String.fromCharCode(c), 0, 1) : 0;
}

/**
 * True when the function words of the text's first `sampleEnd` characters leave no doubt that
 * it is French: three different FRENCH_ONLY words among them — Spanish, Italian and Catalan
 * have « la », « le », « les », « que », « il » enough to pass a count alone — and French ones
 * five times more than English ones and either at least 12 among the first 200 words, or, for
 * a short text read to its end (a dispatch, a caption), one word in eight. Skips franc (about
 * 0.1 ms on a short text, 1 ms on a long one: more than the whole French pipeline on a short
 * article) for the common case; any text this test is not sure of goes to franc.
 */
const SAMPLE_CODES = new Uint16Array(LANGUAGE_SAMPLE);
const sampleBytes = Buffer.from(SAMPLE_CODES.buffer);
/** Below this length franc answers « und » (too short to tell): so does this test. */
const SHORTEST = 20;

function surelyFrench(text: string, sampleEnd: number): boolean {
  // The sample's code units, copied natively: reading an array beats charCodeAt in this loop.
  // (Units past `copied`, a surrogate half the copy may leave out, are no letters either.)
  const copied = sampleBytes.write(text.length > sampleEnd ? text.slice(0, sampleEnd) : text, "utf16le") >> 1;
  const units = SAMPLE_CODES;
  let french = 0;
  let english = 0;
  let words = 0;
  /** One bit per FRENCH_ONLY word met, and how many different ones. */
  let frenchOnly = 0;
  let distinct = 0;
  // The word being read: its letters so far, and its code (`wordCode`, -1 when it has a letter
  // no function word has), kept only while it is short enough to be one.
  let letters = 0;
  let code = 0;
  for (let i = 0; i <= sampleEnd && words < 200; i++) {
    const c = i < copied ? units[i]! : 32;
    const value = c < LATIN_END ? LETTER_VALUE[c]! : 0;
    if (value !== 0) {
      if (letters++ < 5) code = value < 0 || code < 0 ? -1 : code * 32 + value;
      continue;
    }
    if (letters === 0) continue;
    words++;
    // Function words are short: only words of 2–5 letters are looked up.
    if (letters >= 2 && letters <= 5 && code >= 0) {
      const slot = functionWordSlot(code);
      const language = slot < 0 ? 0 : slotLanguages[slot]!;
      const only = slot < 0 ? 0 : slotFrenchOnly[slot]!;
      if ((frenchOnly & only) !== only) {
        frenchOnly |= only;
        distinct++;
      }
      if (language === FRENCH) {
        // Two dozen French function words and not one English word: no need to read on.
        if (++french >= 24 && english === 0 && distinct >= 3) return true;
      } else if (language === ENGLISH) english++;
    }
    letters = 0;
    code = 0;
  }
  if (distinct < 3 || french < 5 * english) return false;
  if (french >= 12) return true;
  const short = words < 200 && sampleEnd === text.length && text.length >= SHORTEST;
  return short && french * 8 >= words;
}
