/**
 * parole's English pipeline: `extractEnglish(text)` returns the language-dependent part of a
 * `Result` for an English article. The stages, in order:
 *   tokenize (compromise) → findQuotes → findEntities → attribute → assemble.
 * Loaded only when an English article is met (compromise is slow to load and to run), so
 * French code paths must never import this folder.
 */
import { codePointIndex, minOf } from "../core/offsets.js";
import { firstNameGender } from "../lexicon/index.js";
import type { Message, Organization, Person, Quote, QuoteKind, Result, Speaker, SpeakerRef } from "../core/types.js";
import { attribute, type Attribution } from "./attribute/index.js";
import { findEntities, type EnEntities, type OrgLookup } from "./entities.js";
import { SPEECH_FORMS } from "./lexicon.js";
import { findQuotes, type EnQuote } from "./quotes.js";
import { tokenize, type EnDoc } from "./tokens.js";

/** What the English pipeline fills in a `Result`. */
export type EnglishExtraction = Pick<Result, "title" | "quotes" | "speakers" | "people" | "organizations" | "messages">;

/** Options of the English pipeline. */
export interface EnglishOptions {
  /** Known-organization lookup from the project lexicon (name → canonical name and type). */
  knownOrg?: OrgLookup;
}

const NAMING_BEFORE = /\b(?:call|calls|calling|called|dubbed|named|titled|entitled|known as|so-called|the word|the term|the phrase|nicknamed|labeled|labelled|branded)\s*$/i;

/** Extract quotes, speakers, people and organizations from one English article. */
export function extractEnglish(text: string, options: EnglishOptions = {}): EnglishExtraction {
  const messages: Message[] = [];
  const doc = tokenize(text);
  const found = findQuotes(doc, messages);
  const ents = findEntities(doc, found, options.knownOrg ?? null);
  const attrs = attribute(doc, ents, found);
  // Weakest evidence last: a given name that is almost always one sex (INSEE counts).
  for (const p of ents.people) {
    if (p.gender === null && p.words.length > 1) {
      p.gender = firstNameGender(p.words[0]!);
      if (p.gender !== null) p.genderEvidence = "first-name";
    }
  }
  const title = findTitle(doc);
  return assemble(doc, found, ents, attrs, title, messages);
}

/** The first line when it reads as a headline: short, no closing full stop, more text below. */
function findTitle(doc: EnDoc): { start: number; end: number } | null {
  const first = doc.paras[0];
  if (first === undefined || doc.paras.length < 2) return null;
  const line = doc.text.slice(first.start, first.end).trim();
  if (line.length === 0 || line.length > 160 || /[.:;,]$/.test(line)) return null;
  return { start: first.start, end: first.end };
}

/** Scare quotes and names: a few words, no cue in the sentence, or a naming word before. */
function isScare(doc: EnDoc, q: EnQuote, a: Attribution): boolean {
  const inner = doc.text.slice(q.start, q.end);
  const words = inner.split(/\s+/).filter((w) => w !== "").length;
  if (words > 4 || /[.!?]$/.test(inner)) return false;
  const para = doc.paras[q.para];
  const lead = doc.text.slice(para?.start ?? 0, q.open);
  if (NAMING_BEFORE.test(lead)) return true;
  if (a.cue !== null || a.rule === "same-sentence") return false;
  // No speech verb anywhere in the sentence: a term held at arm's length.
  const sentStart = Math.max(para?.start ?? 0, ...doc.sentenceStarts.filter((s) => s <= q.open));
  const rest = doc.text.slice(sentStart, para?.end ?? q.after);
  const sentence = rest.slice(0, (/[.!?](?=\s|$)/.exec(rest.slice(q.after - sentStart))?.index ?? rest.length) + q.after - sentStart + 1);
  return !sentence
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => SPEECH_FORMS.has(w) && w !== "put" && w !== "state" && w !== "post" && w !== "report");
}

function kindOf(doc: EnDoc, q: EnQuote, title: { start: number; end: number } | null): QuoteKind {
  if (title !== null && q.open >= title.start && q.open < title.end) return "headline";
  const para = doc.paras[q.para];
  const before = doc.text.slice(para?.start ?? 0, q.open).replace(/\s+$/, "");
  if (before === "" || /[,:\u2014\u2013-]$/.test(before)) return "full";
  const inner = doc.text.slice(q.start, q.end);
  if (/^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner) && /\b(?:said|says|added|wrote|asked|told)\s*$/.test(before)) return "full";
  return /[\p{L}\p{N})]$/u.test(before) ? "partial" : "full";
}

/** Ids, code-point offsets and the output shapes. */
function assemble(
  doc: EnDoc,
  found: readonly EnQuote[],
  ents: EnEntities,
  attrs: readonly Attribution[],
  titleSpan: { start: number; end: number } | null,
  messages: Message[],
): EnglishExtraction {
  const { text } = doc;
  const cp = codePointIndex(text);
  // Entities kept: people with a mention, organizations not merged away; ids by first mention.
  const personIds = new Map<number, string>();
  const orgIds = new Map<number, string>();
  const peopleOrder = ents.people
    .map((p, i) => ({ p, i, at: minOf(p.mentions.map((m) => m.start)) }))
    .filter((x) => x.p.mentions.length > 0)
    .sort((a, b) => a.at - b.at);
  const orgOrder = ents.orgs
    .map((o, i) => ({ o, i, at: minOf(o.mentions.map((m) => m.start)) }))
    .filter((x) => x.o.mergedInto < 0 && x.o.mentions.length > 0)
    .sort((a, b) => a.at - b.at);
  peopleOrder.forEach((x, k) => personIds.set(x.i, `p${k + 1}`));
  orgOrder.forEach((x, k) => orgIds.set(x.i, `o${k + 1}`));
  const mention = (m: { start: number; end: number }): { text: string; start: number; end: number } => ({
    text: text.slice(m.start, m.end),
    start: cp(m.start),
    end: cp(m.end),
  });
  const people: Person[] = peopleOrder.map(({ p, i }) => ({
    id: personIds.get(i) ?? "",
    name: p.name,
    roles: p.roles,
    affiliations: p.affiliations,
    gender: p.gender,
    gender_evidence: p.genderEvidence,
    mentions: [...p.mentions].sort((a, b) => a.start - b.start).map(mention),
  }));
  const organizations: Organization[] = orgOrder.map(({ o, i }) => ({
    id: orgIds.get(i) ?? "",
    name: o.name,
    type: o.type,
    aliases: o.aliases,
    mentions: [...o.mentions].sort((a, b) => a.start - b.start).map(mention),
  }));
  const refOf = (s: Attribution["speaker"]): SpeakerRef | null => {
    if (s === null) return null;
    if (s.kind === "person") {
      const p = ents.people[s.entity];
      const id = personIds.get(s.entity);
      return p === undefined || id === undefined ? null : { id, name: p.name, type: "person", roles: p.roles, affiliations: p.affiliations };
    }
    const o = ents.orgs[s.entity];
    const id = orgIds.get(s.entity);
    return o === undefined || id === undefined ? null : { id, name: o.name, type: "organization", roles: [], affiliations: [] };
  };
  const quotes: Quote[] = [];
  const speakers = new Map<string, Speaker>();
  found.forEach((q, k) => {
    const a = attrs[k];
    const kind = kindOf(doc, q, titleSpan);
    // Only a fragment woven into the sentence can be a scare quote or a name.
    if (a === undefined || (kind === "partial" && isScare(doc, q, a))) return;
    const id = `q${quotes.length + 1}`;
    const speaker = refOf(a.speaker);
    quotes.push({
      id,
      text: text.slice(q.start, q.end),
      start: cp(q.start),
      end: cp(q.end),
      kind,
      multi_paragraph: q.multi,
      speaker,
      speaker_description: speaker === null ? a.description : null,
      cue: a.cue === null ? null : { ...a.cue, start: cp(a.cue.start), end: cp(a.cue.end) },
      channel: a.channel,
      confidence: Math.round(a.confidence * 100) / 100,
      rule: a.rule,
    });
    if (speaker !== null) {
      const s = speakers.get(speaker.id);
      if (s !== undefined) s.quote_ids.push(id);
      else {
        const gender = a.speaker?.kind === "person" ? (ents.people[a.speaker.entity]?.gender ?? null) : null;
        speakers.set(speaker.id, { ...speaker, gender, quote_ids: [id] });
      }
    }
  });
  return {
    title: titleSpan === null ? null : text.slice(titleSpan.start, titleSpan.end).trim(),
    quotes,
    speakers: [...speakers.values()],
    people,
    organizations,
    messages: messages.map((m) => ({ ...m, start: cp(m.start), end: cp(m.end) })),
  };
}

