/**
 * Sieve "lead-in" and "lead-in-subject": a quote that opens its sentence with no cue of its
 * own is introduced by the sentence before it — in its paragraph, or the last sentence of the
 * paragraph before when the quote opens its paragraph. That sentence's speech verb gives the
 * speaker as the cue sieves read it («Marta Brandt said the port would close. "We had no
 * choice."»; «X said in a statement:» then the statement); with no speech verb, its subject
 * speaks when it ends on a colon or names a person («He did not stop there: "…"»; «His
 * accountant, Ivo Brandt, called the audit a farce. "…"»).
 */
import type { EnMention } from "../entities.js";
import { afterAbbreviation, clauseSubject, insideQuote, tokensIn, type Attribution, type Ctx, type Ranges } from "./context.js";
import { cueBefore } from "./cue-before.js";
import { isSubject, resolvePronoun } from "./noun-phrase.js";

export const rules = ["lead-in", "lead-in-subject"] as const;

/** The sentence before the one a quote opens, outside quotes: [start, end), or null. */
export function sentenceBefore(ctx: Ctx, qi: number, ranges: Ranges): [number, number] | null {
  const { doc, quotes } = ctx;
  const q = quotes[qi];
  if (q === undefined) return null;
  // The quote must open its sentence: nothing but white space between sentence start and mark.
  if (doc.text.slice(ranges.before[0], q.open).trim() !== "") return null;
  const para = doc.paras[q.para];
  if (para === undefined) return null;
  let end = ranges.before[0];
  let from = para.start;
  if (doc.text.slice(para.start, end).trim() === "") {
    const prev = doc.paras[q.para - 1];
    if (prev === undefined) return null;
    from = prev.start;
    end = prev.end;
  }
  let start = from;
  for (const s of doc.sentenceStarts) {
    if (s >= end) break;
    if (s > start && doc.text.slice(s, end).trim() !== "" && !insideQuote(ctx, s) && !afterAbbreviation(doc, s)) start = s;
  }
  return doc.text.slice(start, end).trim() === "" ? null : [start, end];
}

export function leadIn(ctx: Ctx, qi: number, ranges: Ranges): Attribution | null {
  const q = ctx.quotes[qi];
  // «She did not stop there: "…"»: the words before the colon, in the quote's own sentence.
  const own = /:\s*$/.test(ctx.doc.text.slice(ranges.before[0], q?.open ?? 0));
  const range = own ? ranges.before : sentenceBefore(ctx, qi, ranges);
  if (q === undefined || range === null) return null;
  const cued = cueBefore(ctx, q, range);
  if (cued !== null && cued.speaker !== null) {
    const pronoun = cued.rule.endsWith("-pronoun");
    return { ...cued, confidence: pronoun ? 0.6 : 0.7, rule: pronoun ? "lead-in-pronoun" : "lead-in" };
  }
  if (cued !== null) return null;
  // No speech verb: the sentence's subject, when it is a name or ends on a colon.
  const { doc } = ctx;
  const all = tokensIn(ctx, range[0], range[1]);
  const colonAt = /:\s*$/.test(doc.text.slice(range[0], q.open));
  // «Asked about the delay, she was blunt: "…"»: the clause that ends on the colon.
  const idx = colonAt ? clauseSubject(ctx, all) : all;
  const first = doc.toks[idx[0] ?? -1];
  if (first === undefined) return null;
  const colon = colonAt;
  const base = { description: null, cue: null, channel: null } as const;
  // «She fears the worst. "…"»: a pronoun opening the sentence before, colon or not.
  if (first.lower === "he" || first.lower === "she") {
    const id = resolvePronoun(ctx, first.lower === "he" ? "m" : "f", first.start);
    return id === null ? null : { ...base, speaker: { kind: "person", entity: id }, confidence: 0.55, rule: "lead-in-subject-pronoun" };
  }
  let subject: EnMention | null = null;
  for (const m of ctx.ents.mentions) {
    if (m.start < (doc.toks[idx[0] ?? -1]?.start ?? range[0]) || m.start >= range[1] || m.inQuote) continue;
    if (isSubject(ctx, m) && (m.kind === "person" || colon)) subject = m;
    break;
  }
  if (subject === null) return null;
  return { ...base, speaker: { kind: subject.kind, entity: subject.entity }, confidence: 0.6, rule: "lead-in-subject" };
}
