/**
 * Guillemets that hold a name, a title or a term, not somebody's words — read from the text
 * around the marks alone, before attribution (quotes.ts drops what this says no to):
 * - a naming word just before: la loi « Travail », le film « … », baptisé « … », le concept
 *   de « … », ce que l'on nomme la « … »;
 * - a capitalised phrase in a noun's slot: le « Rassemblement », l'équipe du « Monde », des
 *   « French Doctors », («AB») — a proper name, a title or an abbreviation;
 * - a gloss after it: des « allophones », dans le jargon / comme on dit;
 * - an abbreviation spelled out: le forum /pol/ (pour « politiquement incorrect »);
 * - what is written on banners and walls: Sur les banderoles : « … ».
 * A quote that ends a sentence inside its marks (« Jamais ! ») is an utterance: only the banner
 * rule applies to it.
 */
import { firstName, isPlace, nameCues, speechVerb } from "../../lexicon/index.js";
import { endsSentenceCode as endsSentence, isLetter, isLetterOrNumber, isWhiteSpace } from "../chars.js";
import { DEFINITE_ARTICLES as DEFINITE, NOT_LABEL_START, NOUN_SLOT, PERSONAL, SUBJECTS_OF_DIT as DIT_SUBJECT } from "../french.js";

// Content lists are lexicon files (lexicons/title-cues.txt, label-nouns.txt, work-nouns.txt,
// naming-verbs.txt, naming-nouns.txt, written-on.txt), grammar words are core/french.ts's.
const { titleCues: TITLE_BEFORE, labelNouns: LABEL_NOUNS, workNouns: WORK_NOUNS, namingVerbs: NAMING_VERBS, namingNouns: NAMING_OF, writtenOn: WRITTEN_ON } = nameCues;

/** After the closing mark: the quote was a term (« dans le jargon », « comme on dit »). */
const GLOSS_AFTER = /^[\s\u00a0\u202f]*[,(]?[\s\u00a0\u202f]*(?:(?:dans|en) (?:le |leur |son )?jargon|comme on (?:dit|l['’]appelle|les appelle|le dit)|selon (?:l['’]expression|la formule) (?:consacrée|d['’]usage))/iu;

/** After the closing mark: its abbreviation in brackets, « protection civile » (« PC ») / (PC). */
const ABBREVIATION_AFTER = /^[\s\u00a0\u202f]*\([\s\u00a0\u202f]*[«"“]?[\s\u00a0\u202f]*\p{Lu}[\p{Lu}\d&.-]{1,7}[\s\u00a0\u202f]*[»"”]?[\s\u00a0\u202f]*\)/u;


/** What the text says about the quote [start, end) inside marks at open/close: a reason it is no quote, or null. */
export function nameNotWords(text: string, open: number, close: number, start: number, end: number, paraStart: number, paraEnd: number): string | null {
  const lead = leadIn(text, Math.max(paraStart, open - 160), open);
  // The banner rule needs a colon before the quote in its sentence (most quotes have none) and
  // then every word back to the sentence's start; the other rules read the last three words.
  if (lead.colon && writtenOn(wordsBefore(text, lead.from, open))) return "written-on";
  if (endsSentence(text.charCodeAt(end - 1))) return null;
  const after = close >= 0 ? text.slice(close + 1, Math.min(paraEnd, close + 80)) : "";
  const inside = text.slice(start, end);
  const { w1, w2, w3 } = lead;
  if (inside.length <= 80 && TITLE_BEFORE.has(w1) && !(w1.startsWith("dit") && DIT_SUBJECT.has(w2))) return "title-before";
  if (LABEL_NOUNS.has(w1) && DEFINITE.has(w2) && labelLike(inside)) return "label";
  if (WORK_NOUNS.has(w1) && capitalisedName(inside)) return "title-before";
  if (namesItself(inside)) return "named-thing";
  if (ABBREVIATION_AFTER.test(after)) return "abbreviated";
  const verb = NOUN_SLOT.has(w1) ? w2 : w1;
  if (NAMING_VERBS.has(verb) && !PERSONAL.has(NOUN_SLOT.has(w1) ? w3 : w2)) return "naming-verb";
  // (« au nom de « … » » is « for the sake of », not a naming.)
  if ((w1 === "de" || w1 === "d'" || w1 === "du" || w1 === "des") && NAMING_OF.has(w2) && !(w2 === "nom" && w3 === "au")) return "naming-noun";
  if (w1 === "pour" && w2 === "(") return "spelled-out";
  if (GLOSS_AFTER.test(after)) return "gloss";
  if (NOUN_SLOT.has(w1) && capitalisedName(inside)) return "capitalised-name";
  return null;
}

/** At most three words, the first no clitic, negation or article (« Le site « ne rouvrira pas » » is a predicate). */
function labelLike(inside: string): boolean {
  const words = inside.toLowerCase().match(/[\p{L}\p{N}]+(?:['’])?/gu) ?? [];
  return words.length > 0 && words.length <= 3 && !NOT_LABEL_START.has(words[0]!.replace("’", "'"));
}

/**
 * A « … » that opens with a naming noun and a capitalised word: « l'affaire Dupin », « la loi
 * Vernet », « l'opération Tempête » (the name of an affair, a law, an operation).
 */
function namesItself(inside: string): boolean {
  const m = /^(?:(?:le|la|les|l['’])[\s\u00a0\u202f]*)?([\p{L}-]+)[\s\u00a0\u202f]+(\p{Lu})/u.exec(inside);
  return m !== null && TITLE_BEFORE.has(m[1]!.toLowerCase()) && !m[1]!.toLowerCase().startsWith("dit");
}

/** A capitalised phrase of at most ten words whose first word is no place or first name (« Europe », « Marie »). */
function capitalisedName(inside: string): boolean {
  const first = /^[\p{L}\p{N}]+/u.exec(inside)?.[0];
  if (first === undefined || first[0] === first[0]!.toLowerCase()) return false;
  if ((inside.match(/[\s\u00a0\u202f]+/gu)?.length ?? 0) > 9) return false;
  return !isPlace(first) && firstName(first) === undefined;
}

/**
 * A written-on noun earlier in the sentence, then a colon, with no speech verb in between
 * (« brandissaient des pancartes et scandaient : « … » » is said). (« inscriptions » is left
 * out: « une hausse des inscriptions » counts enrolments.)
 */
function writtenOn(before: string[]): boolean {
  let k = before.length - 1;
  while (k >= 0 && !WRITTEN_ON.has(before[k]!)) k--;
  if (k < 0) return false;
  let colon = false;
  for (let i = k + 1; i < before.length; i++) {
    const w = before[i]!;
    if (w === ":") colon = true;
    else if (speechVerb(w) !== undefined) return false;
  }
  return colon;
}

/** Lower-case words (elided ones with their apostrophe as ') and ( : ; of text[from, open). */
function wordsBefore(text: string, from: number, open: number): string[] {
  const out: string[] = [];
  eachWord(text, from, open, (s, e) => out.push(wordText(text, s, e)));
  return out;
}

interface LeadIn {
  /** Where the quote's sentence starts (see sentenceAfter), or the window's start. */
  from: number;
  /** A colon stands in text[from, open). */
  colon: boolean;
  /** The last three of `wordsBefore(text, from, open)`, nearest first ("" when fewer). */
  w1: string;
  w2: string;
  w3: string;
}

/**
 * The sentence before a quote's mark at `open`, within text[lo, open), read backwards from the
 * mark in one pass: where it starts, whether it holds a colon, and its last three words as
 * `wordsBefore` lists them. Going backwards, the letters of a word are a run that ends where a
 * forward scan's would, and the sentence's start is the nearest qualifying end mark; only
 * three strings are built, where the forward scan built one per word of the sentence and a
 * second pass looked for its start.
 */
function leadIn(text: string, lo: number, open: number): LeadIn {
  const spans: number[] = []; // start, end of the words found, nearest first
  let colon = false;
  let from = lo;
  let i = open - 1;
  while (i >= lo) {
    const c = text.charCodeAt(i);
    if (endsSentence(c)) {
      const after = sentenceAfter(text, i, open);
      if (after >= 0) {
        from = after;
        break;
      }
    } else if (c === 0x28 || c === 0x3a || c === 0x3b) {
      if (c === 0x3a) colon = true;
      if (spans.length < 6) spans.push(i, i + 1);
    } else if (spans.length < 6) {
      // A run of letters and numbers ending at i (a surrogate pair read as one code point).
      let k = i;
      while (k >= lo) {
        const d = text.charCodeAt(k);
        const pair = d >= 0xdc00 && d <= 0xdfff && k > lo && text.charCodeAt(k - 1) >= 0xd800 && text.charCodeAt(k - 1) <= 0xdbff;
        if (!isLetterOrNumber(pair ? text.codePointAt(k - 1)! : d)) break;
        k -= pair ? 2 : 1;
      }
      if (k < i) {
        let end = i + 1;
        const q = end < open ? text.charCodeAt(end) : -1;
        if (q === 0x27 || q === 0x2019) {
          const next = end + 1 < open ? text.codePointAt(end + 1)! : -1;
          if (next === -1 || isLetter(next) || isWhiteSpace(next) || next === 0xab || next === 0x22 || next === 0x201c) end++;
        }
        spans.push(k + 1, end);
        i = k;
        continue;
      }
    }
    i--;
  }
  return { from, colon, w1: wordText(text, spans[0] ?? -1, spans[1] ?? -1), w2: wordText(text, spans[2] ?? -1, spans[3] ?? -1), w3: wordText(text, spans[4] ?? -1, spans[5] ?? -1) };
}

/** text[s, e) as wordsBefore lists it: lower case, ’ as ' ("" for no word). */
const wordText = (text: string, s: number, e: number): string => (s < 0 ? "" : text.slice(s, e).toLowerCase().replace("’", "'"));

/**
 * Calls `word(start, end)` for each match of /[\p{L}\p{N}]+(?:['’](?=\p{L}|[\s«"“]|$))?|[(:;]/gu
 * in text[from, open), in order, read by char codes: a regex over each quote's lead-in was the
 * costliest part of the quotes stage.
 */
function eachWord(text: string, from: number, open: number, word: (start: number, end: number) => void): void {
  let i = from;
  while (i < open) {
    const c = text.codePointAt(i)!;
    if (c === 0x28 || c === 0x3a || c === 0x3b) {
      word(i, i + 1);
      i++;
      continue;
    }
    if (!isLetterOrNumber(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    let j = i;
    while (j < open) {
      const d = text.codePointAt(j)!;
      if (!isLetterOrNumber(d)) break;
      j += d > 0xffff ? 2 : 1;
    }
    const q = j < open ? text.charCodeAt(j) : -1;
    if (q === 0x27 || q === 0x2019) {
      const next = j + 1 < open ? text.codePointAt(j + 1)! : -1;
      if (next === -1 || isLetter(next) || isWhiteSpace(next) || next === 0xab || next === 0x22 || next === 0x201c) j++;
    }
    word(i, j);
    i = j;
  }
}

/**
 * Where a sentence starts after the « . ! ? … » at i, or -1: after its run of closers and white
 * space when that run reaches `open` or holds a space (« 3.5 » and « .»X » end nothing).
 */
function sentenceAfter(text: string, i: number, open: number): number {
  let j = i + 1;
  let spaced = false;
  for (; j < open; j++) {
    const c = text.charCodeAt(j);
    if (isWhiteSpace(c)) spaced = true;
    else if (c !== 0xbb && c !== 0x22 && c !== 0x201d) break;
  }
  return j === open || spaced ? j : -1;
}
