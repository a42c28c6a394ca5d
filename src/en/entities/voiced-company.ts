/**
 * «Brightvale cut 200 jobs on Monday. … "We had no choice," the company said.»: a business
 * never given a head word ("Inc.", "Motors") that later speaks as "the company / firm / group /
 * bank / carmaker said". When the article names no company before that voice, the capitalised
 * word that opens an earlier sentence as its subject (a verb right after it; not a given name,
 * a person's tag, a place or a date; not inside a quote) is that company: the first such word,
 * which favours the lead paragraph. Strict on purpose: a lone surname or a place must not
 * become a company.
 */
import { firstNameGender } from "../../lexicon/index.js";
import { ORG_PROXIES, PERSON_VOICE_FORMS, PERSONAL_PRONOUNS, SPEECH_FORMS } from "../lexicon.js";
import type { EnDoc } from "../tokens.js";
import type { Classified } from "./classify.js";
import { hasAny, isPossessive, PERSON_TAGS } from "./names.js";

/** "the group said": a business noun the company voice may use ("group" has no type of its own). */
function businessNoun(w: string): boolean {
  const p = ORG_PROXIES.get(w);
  return p !== undefined && p.kind === "anaphor" && (p.type === "company" || w === "group");
}

const NOT_A_NAME = [...PERSON_TAGS, "Place", "Date", "Pronoun", "Honorific", "Plural", "Adjective", "Adverb", "Determiner", "Preposition", "Conjunction", "Value", "Verb"];

/** A personal pronoun in the rest of the sentence from token `b`. */
function personAfter(doc: EnDoc, b: number): boolean {
  const s = doc.toks[b - 1]?.sentStart;
  for (let i = b; i < doc.toks.length; i++) {
    const t = doc.toks[i];
    if (t === undefined || t.sentStart !== s) return false;
    if (PERSONAL_PRONOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Offset of the first "the <business noun> <speech verb>" outside quotes, or -1. */
export function companyVoiceAt(doc: EnDoc, inQuote: (off: number) => boolean): number {
  const { toks } = doc;
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t === undefined || t.cap || !businessNoun(t.lower)) continue;
    const det = toks[i - 1];
    const verb = toks[i + 1];
    if (det?.lower !== "the" || verb === undefined || verb.cap || !SPEECH_FORMS.has(verb.lower)) continue;
    if (/[,;:.!?]/.test(det.post) || /[,;:.!?]/.test(t.post) || inQuote(t.start)) continue;
    return t.start;
  }
  return -1;
}

/** The one-word name, among those no other rule placed, that the company voice stands for. */
export function voicedCompany(doc: EnDoc, unplaced: readonly Classified[], voiceAt: number, inQuote: (off: number) => boolean): Classified | null {
  const { toks } = doc;
  for (const f of unplaced) {
    if (f.start >= voiceAt) break;
    const t = toks[f.a];
    const next = toks[f.b];
    if (t === undefined || next === undefined || f.b - f.a !== 1 || f.titles.length > 0 || inQuote(f.start)) continue;
    if (t.sentStart !== f.a || isPossessive(t) || /[,;:.!?]/.test(t.post)) continue;
    if (hasAny(t, NOT_A_NAME) || firstNameGender(f.name) !== null) continue;
    // The subject of an action (the tagger may call "cut" a noun): a lower-case word that is no
    // function word right after, and no speech verb («Marsh said» is a person).
    if (next.cap || hasAny(next, ["Preposition", "Conjunction", "Determiner", "Pronoun"]) || PERSON_VOICE_FORMS.has(next.lower)) continue;
    // «Holloway resigned after his …»: a person, whoever the tagger thinks.
    if (personAfter(doc, f.b)) continue;
    return f;
  }
  return null;
}
