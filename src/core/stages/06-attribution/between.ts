/**
 * What may stand between an inverted speech verb and its subject, besides channels and single
 * time words: a time phrase (« il y a quelques jours », « lundi 3 mars ») or an adverbial
 * phrase (« lors d'une conférence de presse », « devant les députés », « en aparté »).
 */
import { ADVERBIAL_HEADS, ADVERBIAL_PREPS, inDefinite, inIndefinite, inRelatives, inSubjectPronouns, inTimeWords, MONTHS, TIME_UNITS } from "../../french.js";
import type { Context } from "./context.js";
import { verbAt } from "./cues.js";


/**
 * End of a time phrase at i that may stand between a verb and its inverted subject, or i:
 * « il y a quelques jours », « dès dimanche », « le 12 mars », « en début de semaine », « ce matin ».
 */
export function timePhraseEnd(ctx: Context, i: number, limit: number): number {
  const w = (k: number): string => (k < limit ? (ctx.tokens[k]?.lower ?? "") : "");
  const a = w(i);
  if (a === "il" && w(i + 1) === "y" && w(i + 2) === "a") {
    for (let k = i + 3; k < i + 6 && k < limit; k++) if (TIME_UNITS.has(w(k))) return k + 1;
    return i;
  }
  if ((a === "dès" || a === "depuis") && (inTimeWords(ctx.tokens[i + 1]) || MONTHS.has(w(i + 1)))) return i + 2;
  if ((a === "ce" || a === "cette") && (inTimeWords(ctx.tokens[i + 1]) || TIME_UNITS.has(w(i + 1)))) return i + 2;
  if (a === "le" && ctx.tokens[i + 1]?.kind === "number" && MONTHS.has(w(i + 2))) return ctx.tokens[i + 3]?.kind === "number" ? i + 4 : i + 3;
  // « lundi 3 mars », « le lundi 3 mars 2025 » (the weekday is a time word, read before).
  if (ctx.tokens[i]?.kind === "number" && MONTHS.has(w(i + 1))) return ctx.tokens[i + 2]?.kind === "number" ? i + 3 : i + 2;
  if (a === "en" && (w(i + 1) === "début" || w(i + 1) === "fin" || w(i + 1) === "milieu") && (w(i + 2) === "de" || w(i + 2) === "d'")) return i + 4;
  if (a === "en" && MONTHS.has(w(i + 1))) return i + 2;
  return i;
}


/**
 * End of an adverbial phrase at i between an inverted verb and its subject, or i: « lors d'une
 * conférence de presse », « devant les députés », « par écrit », « au cours du débat », « en
 * marge du sommet ». It ends where a determiner or a name opens a new phrase after a noun
 * (not after « de », « à »), or at a comma; anything else (a verb, a quote) and it is no such phrase.
 */
export function adverbialEnd(ctx: Context, i: number, limit: number): number {
  const { doc, tokens } = ctx;
  const t = tokens[i];
  if (!t || t.kind !== "word" || !ADVERBIAL_PREPS.has(t.lower)) return i;
  let k = i + 1;
  // « au cours de », « à l'issue de », « en marge de »: a fixed head first.
  if (t.lower === "au" || t.lower === "à" || t.lower === "en") {
    if (t.lower === "à" && tokens[k]?.lower === "l'") k++;
    if (!ADVERBIAL_HEADS.has(tokens[k]?.lower ?? "")) return i;
    k++;
    // (« en aparté Marc Lenoir »: the head alone may be the whole phrase.)
    const next = tokens[k];
    if (next && k < limit && doc.tokQuote[k]! < 0 && (next.cap || next.text === "," || inDefinite(next) || inIndefinite(next)) && !(next.lower === "de" || next.lower === "du" || next.lower === "des" || next.lower === "d'")) return k;
  } else if (t.lower === "face" && tokens[k]?.lower !== "à" && tokens[k]?.lower !== "au" && tokens[k]?.lower !== "aux") return i;
  let words = 0;
  for (; k < limit && words < 8; k++, words++) {
    const x = tokens[k]!;
    if (doc.tokQuote[k]! >= 0) return i;
    if (x.text === ",") return words > 0 || k > i + 1 ? k : i;
    if (x.kind === "number" && words > 0) continue;
    if (x.kind !== "word") return i;
    const prev = tokens[k - 1]!.lower;
    const afterLink = prev === "de" || prev === "d'" || prev === "du" || prev === "des" || prev === "à" || prev === "au" || prev === "aux" || k === i + 1 || ADVERBIAL_PREPS.has(prev) || ADVERBIAL_HEADS.has(prev);
    const m = doc.mentionAt[k] ?? -1;
    if (m >= 0) {
      if (afterLink) {
        k = doc.mentions[m]!.tokEnd - 1;
        continue;
      }
      return words > 0 ? k : i;
    }
    if (inDefinite(x) || inIndefinite(x)) {
      if (afterLink || prev === "l'") continue;
      return words > 0 ? k : i;
    }
    // (a verb or pronoun: the phrase was no adverbial)
    // (« par écrit »: the word right after the preposition is no verb.)
    if (inSubjectPronouns(x) || inRelatives(x) || (k > i + 1 && verbAt(ctx, k, limit))) return i;
    // « par écrit Marc Lenoir »: a capitalised word after the phrase's words is the subject.
    if (x.cap) return words > 0 ? k : i;
  }
  return i;
}
