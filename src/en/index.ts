/**
 * parole's English pipeline: `extractEnglish(text)` returns the language-dependent part of a
 * `Result` for an English article. The stages, in order:
 *   tokenize (compromise) → findQuotes → findEntities → attribute → assemble.
 * Loaded only when an English article is met (compromise is slow to load and to run), so
 * French code paths must never import this folder.
 */
import { buildOutput, type FoundEntity, type FoundQuote } from "../core/output.js";
import { firstNameGender } from "../lexicon/index.js";
import type { Message, QuoteKind, Result } from "../core/types.js";
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
    .some((w) => SPEECH_FORMS.has(w) && w !== "put" && w !== "state" && w !== "post" && w !== "report" && w !== "read" && w !== "reads" && w !== "reading");
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

/** The English records mapped to the shared output builder (core/output.ts). */
function assemble(
  doc: EnDoc,
  found: readonly EnQuote[],
  ents: EnEntities,
  attrs: readonly Attribution[],
  titleSpan: { start: number; end: number } | null,
  messages: Message[],
): EnglishExtraction {
  const { text } = doc;
  // People first, then organizations not merged away (an org merged away has no mentions here).
  const entities: FoundEntity[] = [
    ...ents.people.map((p): FoundEntity => ({
      kind: "person",
      name: p.name,
      roles: p.roles,
      affiliations: p.affiliations,
      gender: p.gender,
      genderEvidence: p.genderEvidence,
      mentions: p.mentions,
    })),
    ...ents.orgs.map((o): FoundEntity => ({
      kind: "organization",
      name: o.name,
      orgType: o.type,
      aliases: o.aliases,
      roles: [],
      affiliations: [],
      gender: null,
      genderEvidence: null,
      mentions: o.mergedInto < 0 ? o.mentions : [],
    })),
  ];
  const entityOf = (s: Attribution["speaker"]): number | null => {
    if (s === null) return null;
    return s.kind === "person" ? s.entity : ents.people.length + s.entity;
  };
  const quotes: FoundQuote[] = [];
  found.forEach((q, k) => {
    const a = attrs[k];
    const kind = kindOf(doc, q, titleSpan);
    // Only a fragment woven into the sentence can be a scare quote or a name.
    if (a === undefined || (kind === "partial" && isScare(doc, q, a))) return;
    quotes.push({
      start: q.start,
      end: q.end,
      kind,
      multiParagraph: q.multi,
      speaker: entityOf(a.speaker),
      description: a.description,
      cue: a.cue === null ? null : { start: a.cue.start, end: a.cue.end, lemma: a.cue.lemma },
      channel: a.channel,
      confidence: a.confidence,
      rule: a.rule,
    });
  });
  const title = titleSpan === null ? null : text.slice(titleSpan.start, titleSpan.end).trim();
  return buildOutput(text, entities, quotes, title, messages);
}
