/**
 * What every English sieve shares: the attribution record, the context a quote is read in
 * (the words after it up to a sentence end, and before it back to the sentence start), speech
 * verbs, and how a cue's verb, channel and confidence are written.
 */
import { firstAtOrAfter } from "../../core/order.js";
import type { EnglishPronounBase, EnglishRule } from "../../core/rules.js";
import type { EnEntities, EnMention } from "../entities.js";
import { word } from "../entities.js";
import { INVERTED_OPENERS, SPEECH_FORMS } from "../lexicon.js";
import type { EnQuote } from "../quotes.js";
import { tokAt, type EnDoc, type Tok } from "../tokens.js";
import type { Np } from "./noun-phrase.js";

/** Who said a quote, and why we think so. */
export interface Attribution {
  speaker: { kind: "person" | "organization"; entity: number } | null;
  description: string | null;
  cue: { text: string; lemma: string; start: number; end: number } | null;
  channel: string | null;
  confidence: number;
  rule: EnglishRule | "none";
}


const SURE_FORMS = new Set(["said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked", "saying"]);
export const SENTENCE_END = /[.!?]/;
export const NONE: Attribution = { speaker: null, description: null, cue: null, channel: null, confidence: 0, rule: "none" };

/** What the sieves read: the article, its entities and quotes, and the speech events so far. */
export interface Ctx {
  doc: EnDoc;
  ents: EnEntities;
  quotes: readonly EnQuote[];
  /** Offset of speech events per person: mention before a speech verb, or attributed quote. */
  events: { person: number; at: number }[];
}

/**
 * «Said Ana Ruiz: "…"», «Added Ruiz, …»: sports and feature copy opens a sentence on the verb,
 * the speaker right after it. Only a sure form, first in its sentence, before a capitalised word.
 */
function invertedOpening(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  return t !== undefined && t.sentStart === i && INVERTED_OPENERS.has(t.lower) && toks[i + 1]?.cap === true;
}

export function isSpeechVerb(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (t === undefined || (t.cap && !invertedOpening(toks, i))) return false;
  const lemma = SPEECH_FORMS.get(t.lower);
  if (lemma === undefined) return false;
  if (lemma === "put") return toks[i + 1]?.lower === "it";
  return SURE_FORMS.has(t.lower) || t.tags.has("Verb");
}

export function insideQuote(ctx: Ctx, off: number): boolean {
  return ctx.quotes.some((q) => off > q.open && off < q.after);
}

/** Token indexes in [from, to) that are outside every quote. */
export function tokensIn(ctx: Ctx, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = tokAt(ctx.doc.toks, from); i < ctx.doc.toks.length; i++) {
    const t = ctx.doc.toks[i];
    if (t === undefined || t.start >= to) break;
    if (!insideQuote(ctx, t.start)) out.push(i);
  }
  return out;
}

/** The mentions starting in [from, to), by binary search over the mentions (sorted by start). */
export function mentionsIn(ctx: Ctx, from: number, to: number): EnMention[] {
  const ms = ctx.ents.mentions;
  const lo = firstAtOrAfter(ms, from, (m) => m.start);
  const out: EnMention[] = [];
  for (let k = lo; k < ms.length; k++) {
    const m = ms[k];
    if (m === undefined || m.start >= to) break;
    out.push(m);
  }
  return out;
}

export function mentionAt(ctx: Ctx, t: Tok): EnMention | undefined {
  return ctx.ents.mentions.find((m) => m.start <= t.start && m.end >= t.end - 2 && t.start < m.end);
}

const CHANNEL_IN =
  /^[\s,]*(?:(?:on|late|early)\s+\w+\s+)?(in (?:an?|the|his|her|their|its) [\w\s-]{0,30}?\b(?:statement|interview|email|e-mail|letter|post|tweet|message|video|op-ed|filing|release|conference|briefing|podcast|speech|broadcast|blog post))\b/i;
const CHANNEL_ON = /^[\s,]*(on (?:X|Twitter|Facebook|Instagram|LinkedIn|Threads|Bluesky|TikTok|YouTube|Telegram|Truth Social|Weibo|social media|[A-Z][\w.]*))\b/;
const TOLD = /^\s*((?:the\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*|reporters|journalists)/;

export function channelAfter(ctx: Ctx, verb: Tok, lemma: string, limit: number): string | null {
  const rest = ctx.doc.text.slice(verb.end, limit);
  if (lemma === "tell") {
    const m = TOLD.exec(rest);
    if (m?.[1] !== undefined) return m[1].replace(/\.$/, "");
  }
  const a = CHANNEL_IN.exec(rest) ?? CHANNEL_ON.exec(rest);
  return a?.[1] ?? null;
}

export function cueOf(toks: readonly Tok[], i: number): Attribution["cue"] {
  const t = toks[i];
  if (t === undefined) return null;
  const lemma = SPEECH_FORMS.get(t.lower) ?? t.lower;
  const next = toks[i + 1];
  if (lemma === "put" && next !== undefined) return { text: `${t.text} ${next.text}`, lemma: "put it", start: t.start, end: next.end };
  return { text: t.text, lemma, start: t.start, end: t.end };
}

export function build(ctx: Ctx, np: Np, verbIdx: number, rule: EnglishPronounBase, conf: number, limit: number): Attribution {
  const { toks } = ctx.doc;
  const cue = cueOf(toks, verbIdx);
  const verb = toks[verbIdx];
  const channel = verb !== undefined && cue !== null ? channelAfter(ctx, verb, cue.lemma, limit) : null;
  return {
    speaker: np.speaker,
    description: np.description,
    cue,
    channel,
    confidence: np.pronoun ? conf - 0.1 : np.speaker === null ? conf - 0.2 : conf,
    rule: np.pronoun ? (`${rule}-pronoun` as const) : rule,
  };
}

/** compromise sometimes starts a sentence after "Inc." or "Mr.": not a real boundary. */
export function afterAbbreviation(doc: EnDoc, at: number): boolean {
  const prev = doc.toks[tokAt(doc.toks, at) - 1];
  return prev !== undefined && word(prev) !== prev.text;
}

/** The text range after a quote that can attribute it, and the one before it. */
export function contexts(ctx: Ctx, qi: number): { after: [number, number]; before: [number, number] } {
  const { doc, quotes } = ctx;
  const q = quotes[qi];
  if (q === undefined) return { after: [0, 0], before: [0, 0] };
  const lastPara = doc.paras[q.lastPara];
  const firstPara = doc.paras[q.para];
  let aEnd = lastPara?.end ?? q.after;
  const next = quotes[qi + 1];
  if (next !== undefined && next.open < aEnd) aEnd = next.open;
  for (const s of doc.sentenceStarts) {
    if (s > q.after && s < aEnd && doc.text.slice(q.after, s).trim() !== "" && !insideQuote(ctx, s) && !afterAbbreviation(doc, s)) {
      aEnd = s;
      break;
    }
  }
  let bStart = firstPara?.start ?? 0;
  const prev = quotes[qi - 1];
  if (prev !== undefined && prev.after > bStart && prev.after <= q.open) bStart = prev.after;
  for (const s of doc.sentenceStarts) if (s > bStart && s <= q.open && !insideQuote(ctx, s) && !afterAbbreviation(doc, s)) bStart = s;
  // Cut the after-context at the first sentence end of its own words ("Mr." is no end).
  let aCut = aEnd;
  for (const i of tokensIn(ctx, q.after, aEnd)) {
    const t = doc.toks[i];
    if (t !== undefined && /^[.!?]/.test(t.post) && word(t) === t.text) {
      aCut = t.end + 1;
      break;
    }
  }
  return { after: [q.after, Math.min(aEnd, aCut)], before: [bStart, q.open] };
}


/** A quote's two reading ranges (see `contexts`). */
export interface Ranges {
  after: [number, number];
  before: [number, number];
}

/**
 * One sieve: the rules it may write, and a function giving the attribution of quote `qi` or
 * null to let the next sieve try. `done` holds the attributions of the quotes before `qi`.
 */
export interface Sieve {
  rules: readonly EnglishRule[];
  run(ctx: Ctx, qi: number, ranges: Ranges, done: readonly Attribution[]): Attribution | null;
}

/**
 * The subject in the words before a verb: after a fronted phrase and its comma ("in the
 * afternoon, the agency said"), the last comma-separated part; the whole when its first part
 * names someone ("Ivo Brandt, a lawyer for the family, said": the apposition goes with it).
 */
export function clauseSubject(ctx: Ctx, idx: readonly number[]): number[] {
  const { toks } = ctx.doc;
  const parts: number[][] = [[]];
  for (const i of idx) {
    parts[parts.length - 1]?.push(i);
    if (/,/.test(toks[i]?.post ?? "")) parts.push([]);
  }
  const filled = parts.filter((p) => p.length > 0);
  if (filled.length < 2) return [...idx];
  const names = (part: readonly number[]): boolean =>
    part.some((i) => {
      const t = toks[i];
      return t !== undefined && (t.lower === "he" || t.lower === "she" || t.lower === "they" || mentionAt(ctx, t) !== undefined);
    });
  if (names(filled[0] ?? [])) return [...idx];
  // «In a statement, Ivo Brandt, the club's chairman, said»: after the fronted phrase, the part
  // opening on a name keeps the apposition that follows it.
  const j = filled.findIndex((part, k) => k > 0 && k < filled.length - 1 && names(part) && mentionAt(ctx, toks[part[0] ?? -1] as Tok) !== undefined);
  if (j > 0) return filled.slice(j).flat();
  const last = filled[filled.length - 1] ?? [];
  // «The report said costs had risen, and warned that …»: a second verb of the same subject,
  // which opens the sentence before its first verb.
  if (["and", "but", "yet", "then"].includes(toks[last[0] ?? -1]?.lower ?? "") && !names(last)) {
    const head = filled[0] ?? [];
    const v = head.findIndex((i) => toks[i]?.tags.has("Verb") === true);
    if (v > 0) return head.slice(0, v);
  }
  return last;
}
