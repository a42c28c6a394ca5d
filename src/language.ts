/**
 * Language detection: which pipeline reads an article (French, English, or none = quotes
 * only), and how that was decided (`language.method` in the output). A count of function words
 * settles most French articles without franc; franc decides the others; below the length where
 * franc is reliable, the text's own French signs decide, and French is the default.
 */
import { createRequire } from "node:module";
import type { Language } from "./core/types.js";
import { speechVerb } from "./lexicon/index.js";

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

/**
 * Below this many characters franc is not reliable (« « Oui », a dit Léa Morel. » comes out
 * Romanian or Catalan): the text's own French signs decide (see `shortTextSigns`).
 */
export const SHORT_TEXT = 100;

/**
 * The language of a text and the pipeline to run, with how it was decided (`method`):
 * `forced` (the caller's `lang`), `function-words` (French function words leave no doubt),
 * `franc`, `short-text` (a text under SHORT_TEXT characters that shows French signs), or
 * `default` (too short for franc, or no sign either way: French).
 */
export function chooseLanguage(text: string, forced: "fr" | "en" | "auto"): Language {
  const sampleEnd = Math.min(text.length, LANGUAGE_SAMPLE);
  // The French test reads the text in place (a scan of a sliced string runs several times slower).
  const sure = surelyFrench(text, sampleEnd);
  const detected = sure ? "fra" : franc(text.slice(0, sampleEnd), { minLength: 20, only: CANDIDATES });
  if (forced === "fr" || forced === "en") return { detected, pipeline: forced, method: "forced" };
  if (sure) return { detected, pipeline: "fr", method: "function-words" };
  if (text.length < SHORT_TEXT && detected !== "fra") {
    const signs = shortTextSigns(text);
    if (signs.french > 0) return { detected: "fra", pipeline: "fr", method: "short-text" };
    // franc's guess on so few letters is often wrong (« "Yes," said Tom Ellis. » comes out Hungarian).
    if (signs.english > 0) return { detected: "eng", pipeline: "en", method: "short-text" };
    return { detected, pipeline: "fr", method: "default" };
  }
  if (detected === "eng" || detected === "sco") return { detected, pipeline: "en", method: "franc" };
  if (detected === "fra") return { detected, pipeline: "fr", method: "franc" };
  if (detected === "und") return { detected, pipeline: "fr", method: "default" };
  return { detected, pipeline: "none", method: "franc" };
}

/** « or » with the space French typography puts inside them (plain, no-break or narrow no-break). */
const FRENCH_GUILLEMETS = /«[ \u00a0\u202f]|[ \u00a0\u202f]»/;
/** Words of a short text, hyphenated pieces apart (« a-t-il » → a, t, il). */
const SHORT_WORDS = /[\p{L}]+(?:['’](?=\p{L}))?/gu;
/** The auxiliaries before a speech verb's participle (« a dit », « ont déclaré »). */
const AUXILIARIES = new Set(["a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était"]);
/** Subject pronouns after an inverted speech verb (« dit-elle », « a-t-il ajouté »). */
const INVERTED = new Set(["il", "elle", "ils", "elles", "on"]);

/**
 * What a short text shows of French and English: French counts the kinds of French sign met —
 * guillemets with French spacing, a speech verb after an auxiliary or before an inverted
 * pronoun (« a dit », « explique-t-elle »), a word only French uses as a function word (« est »,
 * « dans », « une »), two French function words; English counts English function words.
 */
function shortTextSigns(text: string): { french: number; english: number } {
  let french = FRENCH_GUILLEMETS.test(text) ? 1 : 0;
  let english = 0;
  let functionWords = 0;
  let only = false;
  let speech = false;
  const words = text.toLowerCase().match(SHORT_WORDS) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const slot = w.length >= 2 && w.length <= 5 ? functionWordSlot(wordCode(w, 0, w.length)) : -1;
    if (slot >= 0) {
      // « on » is a French pronoun too.
      if (slotLanguages[slot] === ENGLISH) english += w === "on" ? 0 : 1;
      else functionWords++;
      if (slotFrenchOnly[slot] !== 0) only = true;
    }
    if (!speech && speechVerb(w) !== undefined) {
      const before = words[i - 1];
      const after = words[i + 1] === "t" ? words[i + 2] : words[i + 1];
      speech = (before !== undefined && AUXILIARIES.has(before)) || (after !== undefined && INVERTED.has(after) && /-/.test(text));
    }
  }
  if (speech) french++;
  if (only) french++;
  if (functionWords >= 2) french++;
  return { french, english };
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
