/**
 * Stage 4: who said each quote. Reads the words around the marks (outside any quote):
 * first after the quote ("…," Dimon said / said Smith / as X put it), then before it in the
 * same sentence (X said that "…"; according to X), then the quote before it in the same
 * paragraph (follow-up after an incise). Noun phrases resolve to a person, a pronoun's
 * antecedent, an organization (itself, its spokesman, "the company"), or a description.
 */
import type { Gender, OrgType } from "../core/types.js";
import { GENDERED, ORG_HEADS, ORG_PROXIES, SPEECH_FORMS } from "./lexicon.js";
import { word, type EnEntities, type EnMention } from "./entities.js";
import type { EnQuote } from "./quotes.js";
import { tokAt, type EnDoc, type Tok } from "./tokens.js";

/** Who said a quote, and why we think so. */
export interface Attribution {
  speaker: { kind: "person" | "organization"; entity: number } | null;
  description: string | null;
  cue: { text: string; lemma: string; start: number; end: number } | null;
  channel: string | null;
  confidence: number;
  rule: string;
}

const SURE_FORMS = new Set(["said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "asked", "saying"]);
const SENTENCE_END = /[.!?]/;
const NONE: Attribution = { speaker: null, description: null, cue: null, channel: null, confidence: 0, rule: "none" };

interface Ctx {
  doc: EnDoc;
  ents: EnEntities;
  quotes: readonly EnQuote[];
  /** Offset of speech events per person: mention before a speech verb, or attributed quote. */
  events: { person: number; at: number }[];
}

function isSpeechVerb(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (t === undefined || t.cap) return false;
  const lemma = SPEECH_FORMS.get(t.lower);
  if (lemma === undefined) return false;
  if (lemma === "put") return toks[i + 1]?.lower === "it";
  return SURE_FORMS.has(t.lower) || t.tags.has("Verb");
}

function insideQuote(ctx: Ctx, off: number): boolean {
  return ctx.quotes.some((q) => off > q.open && off < q.after);
}

/** Token indexes in [from, to) that are outside every quote. */
function tokensIn(ctx: Ctx, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = tokAt(ctx.doc.toks, from); i < ctx.doc.toks.length; i++) {
    const t = ctx.doc.toks[i];
    if (t === undefined || t.start >= to) break;
    if (!insideQuote(ctx, t.start)) out.push(i);
  }
  return out;
}

function mentionAt(ctx: Ctx, t: Tok): EnMention | undefined {
  return ctx.ents.mentions.find((m) => m.start <= t.start && m.end >= t.end - 2 && t.start < m.end);
}

function personGender(ctx: Ctx, id: number): Gender | null {
  return ctx.ents.people[id]?.gender ?? null;
}

/** The antecedent of he/she: the last compatible speaker, else the last compatible person. */
function resolvePronoun(ctx: Ctx, g: Gender, at: number): number | null {
  const ok = (id: number): boolean => {
    const pg = personGender(ctx, id);
    return pg === null || pg === g;
  };
  // A person the current paragraph is about (its subject, before the quote) comes first:
  // "Her coach, Mats Lindqvist, was blunt. “…,” he said."
  const para = ctx.doc.paras.find((p) => p.start <= at && at <= p.end);
  if (para !== undefined) {
    let subject: EnMention | null = null;
    for (const x of ctx.ents.mentions) {
      if (x.kind === "person" && !x.inQuote && x.start >= para.start && x.start < at && ok(x.entity) && isSubject(ctx, x)) subject = x;
    }
    const last = ctx.events.filter((e) => e.at < at && e.at >= para.start).pop();
    if (subject !== null && (last === undefined || last.at <= subject.start)) return subject.entity;
  }
  let best: { person: number; at: number } | null = null;
  for (const e of ctx.events) if (e.at < at && ok(e.person) && (best === null || e.at > best.at)) best = e;
  if (best !== null) return best.person;
  let m: EnMention | null = null;
  for (const x of ctx.ents.mentions) if (x.kind === "person" && !x.inQuote && x.start < at && ok(x.entity)) m = x;
  return m?.entity ?? null;
}

/** A mention that opens its sentence as its subject: only nouns, adjectives and commas before it. */
function isSubject(ctx: Ctx, m: EnMention): boolean {
  const { toks } = ctx.doc;
  const first = toks[m.tokStart];
  if (first === undefined) return false;
  for (let i = first.sentStart; i < m.tokStart; i++) {
    const t = toks[i];
    if (t === undefined || insideQuote(ctx, t.start)) return false;
    if (hasTag(t, ["Verb", "Preposition", "Conjunction"]) || SENTENCE_END.test(t.post)) return false;
  }
  const next = toks[m.tokEnd];
  // "Okonkwo-Bell's father": the possessive makes another the subject.
  return !/['\u2019]s$/.test(toks[m.tokEnd - 1]?.text ?? "") && next !== undefined;
}

function hasTag(t: Tok, tags: readonly string[]): boolean {
  return tags.some((g) => t.tags.has(g));
}

/**
 * The organization a common noun stands for: the last one named before `at` whose name holds
 * the noun ("the federation" → "… Workers' Federation"), else the last of the noun's type,
 * else the last named at all.
 */
function anaphorOrg(ctx: Ctx, noun: string, type: OrgType | null, at: number): EnMention | null {
  const cap = noun.charAt(0).toUpperCase() + noun.slice(1);
  let named: EnMention | null = null;
  let typed: EnMention | null = null;
  let any: EnMention | null = null;
  for (const m of ctx.ents.mentions) {
    if (m.kind !== "organization" || m.inQuote || m.start >= at) continue;
    const o = ctx.ents.orgs[m.entity];
    any = m;
    if (type === null || o?.type === type) typed = m;
    if (o !== undefined && o.name.split(" ").includes(cap)) named = m;
  }
  return named ?? typed ?? any;
}

interface Np {
  speaker: Attribution["speaker"];
  description: string | null;
  pronoun: boolean;
}

/** Resolve a noun phrase (token indexes) to a speaker. `first`: take the first name (inverted). */
function resolveNp(ctx: Ctx, idx: readonly number[], first: boolean, at: number, descEnd: number): Np | null {
  const { toks, text } = ctx.doc;
  if (idx.length === 0) return null;
  // Parentheses hold asides ("(R-Warren)"), never the subject.
  const clean = idx.filter((i) => {
    const t = toks[i];
    return t !== undefined && !(t.pre.includes("(") || (t.post.includes(")") && !t.pre.includes("(") && idx.some((j) => j < i && toks[j]?.pre.includes("("))));
  });
  let person: EnMention | null = null;
  let pronoun: { i: number; g: Gender } | null = null;
  let prepSeen = false;
  for (const i of clean) {
    const t = toks[i];
    if (t === undefined) continue;
    if (t.lower === "he" || t.lower === "she") {
      if (!first || person === null) pronoun = { i, g: t.lower === "he" ? "m" : "f" };
      if (first) break;
    }
    if (t.tags.has("Preposition") && !t.cap) prepSeen = true;
    const m = mentionAt(ctx, t);
    if (m !== undefined && m.kind === "person" && !(first && prepSeen)) {
      if (!first || person === null) person = m;
      if (pronoun !== null && !first && (toks[pronoun.i]?.start ?? 0) < m.start) pronoun = null;
    }
  }
  if (pronoun !== null && (person === null || (toks[pronoun.i]?.start ?? 0) > person.start)) {
    const id = resolvePronoun(ctx, pronoun.g, at);
    return id === null ? null : { speaker: { kind: "person", entity: id }, description: null, pronoun: true };
  }
  if (person !== null) return { speaker: { kind: "person", entity: person.entity }, description: null, pronoun: false };
  // "they wrote": the organization the paragraph has named ("analysts at Morrow & Pike said…").
  if (clean.length === 1 && toks[clean[0] ?? -1]?.lower === "they") {
    const para = ctx.doc.paras.find((p) => p.start <= at && at <= p.end);
    const m = ctx.ents.mentions.filter((x) => x.kind === "organization" && !x.inQuote && para !== undefined && x.start >= para.start && x.start < at).pop();
    if (m !== undefined) return { speaker: { kind: "organization", entity: m.entity }, description: null, pronoun: true };
  }
  // Spokesman for X, X's statement, the company.
  const orgIn = (from: number, to: number): EnMention | undefined =>
    ctx.ents.mentions.find((m) => m.kind === "organization" && m.start >= from && m.start < to);
  const startOff = toks[clean[0] ?? -1]?.start ?? 0;
  const endOff = toks[clean[clean.length - 1] ?? -1]?.end ?? 0;
  let firstPrep = -1;
  let agent = false;
  for (const [k, i] of clean.entries()) {
    const t = toks[i];
    if (t === undefined) continue;
    const proxy = ORG_PROXIES.get(t.lower);
    if (firstPrep < 0 && t.tags.has("Preposition") && !t.cap) firstPrep = t.start;
    if (t.cap) continue;
    const headWord = ORG_HEADS.has(t.lower.charAt(0).toUpperCase() + t.lower.slice(1));
    if (proxy?.kind === "anaphor" || (headWord && proxy === undefined)) {
      // "the company said"; "a spokesman for the federation said"; not "an ally of the company".
      const det = toks[clean[k - 1] ?? -1];
      const opens = firstPrep < 0 && toks[clean[0] ?? -1]?.lower === "the";
      if (!opens && !(agent && (det?.lower === "the" || det?.lower === "its"))) continue;
      const m = anaphorOrg(ctx, t.lower, proxy?.type ?? null, at);
      if (m !== null) return { speaker: { kind: "organization", entity: m.entity }, description: null, pronoun: false };
      continue;
    }
    if (proxy === undefined) continue;
    agent = true;
    const org = orgIn(startOff, endOff);
    if (org !== undefined) return { speaker: { kind: "organization", entity: org.entity }, description: null, pronoun: false };
  }
  const org = orgIn(startOff, endOff);
  if (org !== undefined && (firstPrep < 0 || firstPrep > org.start)) {
    return { speaker: { kind: "organization", entity: org.entity }, description: null, pronoun: false };
  }
  let desc = text.slice(startOff, Math.max(endOff, descEnd)).trim().replace(/[\s,.;:!?]+$/, "");
  desc = desc.replace(/^(and|but|so|then)\s+/i, "");
  if (desc === "" || desc.split(/\s+/).length > 14) return null;
  const head = toks[clean[0] ?? -1];
  if (head !== undefined && (head.tags.has("Determiner") || !head.cap || GENDERED.has(head.lower))) {
    return { speaker: null, description: desc, pronoun: false };
  }
  return null;
}

const CHANNEL_IN =
  /^[\s,]*(?:(?:on|late|early)\s+\w+\s+)?(in (?:an?|the|his|her|their|its) [\w\s-]{0,30}?\b(?:statement|interview|email|e-mail|letter|post|tweet|message|video|op-ed|filing|release|conference|briefing|podcast|speech|broadcast|blog post))\b/i;
const CHANNEL_ON = /^[\s,]*(on (?:X|Twitter|Facebook|Instagram|LinkedIn|Threads|Bluesky|TikTok|YouTube|Telegram|Truth Social|Weibo|social media|[A-Z][\w.]*))\b/;
const TOLD = /^\s*((?:the\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*|reporters|journalists)/;

function channelAfter(ctx: Ctx, verb: Tok, lemma: string, limit: number): string | null {
  const rest = ctx.doc.text.slice(verb.end, limit);
  if (lemma === "tell") {
    const m = TOLD.exec(rest);
    if (m?.[1] !== undefined) return m[1].replace(/\.$/, "");
  }
  const a = CHANNEL_IN.exec(rest) ?? CHANNEL_ON.exec(rest);
  return a?.[1] ?? null;
}

function cueOf(toks: readonly Tok[], i: number): Attribution["cue"] {
  const t = toks[i];
  if (t === undefined) return null;
  const lemma = SPEECH_FORMS.get(t.lower) ?? t.lower;
  const next = toks[i + 1];
  if (lemma === "put" && next !== undefined) return { text: `${t.text} ${next.text}`, lemma: "put it", start: t.start, end: next.end };
  return { text: t.text, lemma, start: t.start, end: t.end };
}

function build(ctx: Ctx, np: Np, verbIdx: number, rule: string, conf: number, limit: number): Attribution {
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
    rule: np.pronoun ? `${rule}-pronoun` : rule,
  };
}

/** compromise sometimes starts a sentence after "Inc." or "Mr.": not a real boundary. */
function afterAbbreviation(doc: EnDoc, at: number): boolean {
  const prev = doc.toks[tokAt(doc.toks, at) - 1];
  return prev !== undefined && word(prev) !== prev.text;
}

/** The text range after a quote that can attribute it, and the one before it. */
function contexts(ctx: Ctx, qi: number): { after: [number, number]; before: [number, number] } {
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

function fromAfter(ctx: Ctx, q: EnQuote, range: [number, number]): Attribution | null {
  const { toks } = ctx.doc;
  const idx = tokensIn(ctx, range[0], range[1]);
  const first = toks[idx[0] ?? -1];
  if (first === undefined) return null;
  // according to X
  if (first.lower === "according" && toks[(idx[1] ?? -1)]?.lower === "to") {
    const np = resolveNp(ctx, idx.slice(2), true, q.open, range[1]);
    const to = toks[idx[1] ?? -1];
    if (np !== null && to !== undefined) {
      return { ...np, cue: { text: `${first.text} ${to.text}`, lemma: "according to", start: first.start, end: to.end }, channel: null, confidence: 0.85, rule: "according-to" };
    }
  }
  const v = idx.findIndex((i, k) => k < 14 && isSpeechVerb(toks, i));
  if (v < 0) return null;
  const verbIdx = idx[v] ?? -1;
  if (v === 0) {
    const np = resolveNp(ctx, idx.slice(1), true, q.open, range[1]);
    return np === null ? null : build(ctx, np, verbIdx, "inverted", 0.9, range[1]);
  }
  let subj = idx.slice(0, v);
  let rule = "incise";
  if (toks[subj[0] ?? -1]?.lower === "as") {
    subj = subj.slice(1);
    rule = "as-put-it";
  } else if (subj.some((i) => SENTENCE_END.test(toks[i]?.post ?? "") && word(toks[i] as Tok) === toks[i]?.text)) return null;
  // Keep the subject only: the words right before the verb, up to a clause break.
  const np = resolveNp(ctx, subj, false, q.open, 0);
  return np === null ? null : build(ctx, np, verbIdx, rule, 0.9, range[1]);
}

function fromBefore(ctx: Ctx, q: EnQuote, range: [number, number]): Attribution | null {
  const { toks } = ctx.doc;
  const idx = tokensIn(ctx, range[0], range[1]);
  for (let k = 0; k + 1 < idx.length; k++) {
    const t = toks[idx[k] ?? -1];
    const to = toks[idx[k + 1] ?? -1];
    if (t?.lower === "according" && to?.lower === "to") {
      const end = idx.findIndex((i, j) => j > k + 1 && /,/.test(toks[i]?.post ?? ""));
      const np = resolveNp(ctx, idx.slice(k + 2, end < 0 ? idx.length : end + 1), true, q.open, 0);
      if (np !== null) {
        return { ...np, cue: { text: `${t.text} ${to.text}`, lemma: "according to", start: t.start, end: to.end }, channel: null, confidence: 0.85, rule: "according-to" };
      }
    }
  }
  let v = -1;
  for (let k = idx.length - 1; k >= 0; k--) {
    if (isSpeechVerb(toks, idx[k] ?? -1)) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  const verbIdx = idx[v] ?? -1;
  const subj = idx.slice(0, v);
  let np = resolveNp(ctx, subj, false, q.open, 0);
  let rule = "verb-before";
  if (np === null || (np.speaker === null && subj.length === 0)) {
    np = resolveNp(ctx, idx.slice(v + 1), true, q.open, 0);
    rule = "verb-before-inverted";
  }
  return np === null ? null : build(ctx, np, verbIdx, rule, 0.8, q.open);
}

/** Attribute every quote, in order. */
export function attribute(doc: EnDoc, ents: EnEntities, quotes: readonly EnQuote[]): Attribution[] {
  const ctx: Ctx = { doc, ents, quotes, events: [] };
  const { toks } = doc;
  for (const m of ents.mentions) {
    if (m.kind !== "person" || m.inQuote) continue;
    for (let k = m.tokEnd; k < Math.min(m.tokEnd + 3, toks.length); k++) {
      if (isSpeechVerb(toks, k)) {
        ctx.events.push({ person: m.entity, at: m.start });
        break;
      }
    }
  }
  const out: Attribution[] = [];
  quotes.forEach((q, qi) => {
    const { after, before } = contexts(ctx, qi);
    let a = fromAfter(ctx, q, after) ?? fromBefore(ctx, q, before);
    if (a === null) {
      const prev = quotes[qi - 1];
      const prevA = out[qi - 1];
      if (prev !== undefined && prevA !== undefined && prevA.rule !== "none") {
        if (prev.lastPara === q.para) a = { ...prevA, cue: null, channel: null, confidence: 0.75, rule: "follow-up" };
        else if (prev.lastPara === q.para - 1 && doc.text.slice(doc.paras[q.para]?.start ?? 0, q.open).trim() === "") {
          a = { ...prevA, cue: null, channel: null, confidence: 0.6, rule: "previous-paragraph" };
        }
      }
    }
    a ??= NONE;
    if (a.speaker?.kind === "person") ctx.events.push({ person: a.speaker.entity, at: q.open });
    if (a.rule.endsWith("-pronoun") && a.speaker?.kind === "person") {
      const p = ents.people[a.speaker.entity];
      const pr = a.cue === null ? null : null;
      void pr;
      if (p !== undefined && p.gender === null) {
        const g = pronounNear(doc, q, after, before);
        if (g !== null) {
          p.gender = g;
          p.genderEvidence = "pronoun";
        }
      }
    }
    out.push(a);
  });
  // A partial quote with no cue of its own takes the next quote's speaker in the same sentence.
  for (let qi = out.length - 2; qi >= 0; qi--) {
    const q = quotes[qi];
    const n = quotes[qi + 1];
    const nA = out[qi + 1];
    if (q === undefined || n === undefined || nA === undefined || out[qi]?.rule !== "none" || nA.rule === "none") continue;
    const between = doc.text.slice(q.after, n.open);
    if (q.para === n.para && !/[.!?]\s/.test(between) && !/^[\s,]*$/.test(between)) {
      out[qi] = { ...nA, confidence: 0.7, rule: "same-sentence" };
    }
  }
  return out;
}

function pronounNear(doc: EnDoc, q: EnQuote, after: [number, number], before: [number, number]): Gender | null {
  const s = `${doc.text.slice(before[0], before[1])} ${doc.text.slice(after[0], after[1])}`;
  const m = /\b(he|she)\b/i.exec(s);
  void q;
  return m?.[1] === undefined ? null : m[1].toLowerCase() === "he" ? "m" : "f";
}
