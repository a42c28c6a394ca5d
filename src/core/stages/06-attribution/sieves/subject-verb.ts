/**
 * subject-verb — the quote's own sentence has a speech verb outside quotes, and that verb's
 * subject speaks: La fondation a estimé que l'accord soulevait des « questions ». Verbs before
 * the quote are tried nearest first, then verbs after it. A gerund (« estimant que ») takes the
 * passive's agent, its own subject, the sentence's main speech verb's, or the opening subject.
 */
import { channelAfter } from "../channels.js";
import { REACH, firstTokenOf } from "../context.js";
import { passiveAt, pronounRef, speechVerbOf, verbAt, type Cue } from "../cues.js";
import { CLAUSE_OPENERS, inAux, inDefinite, inPrepositions, inSubjectPronouns } from "../../../french.js";
import type { Context } from "../context.js";
import { nounPhrase } from "../noun-phrase.js";
import type { SubjectRef } from "../../../document.js";
import type { Sieve } from "../sieve.js";
import { agentBefore, clauseSubject, cueSubject, mainCueBefore, passiveAgent, subjectAfter, subjectBefore } from "../subjects.js";
import { gerundRunning } from "./running.js";

export const subjectVerb: Sieve = {
  name: "subject-verb",
  rule: "subject-verb",
  confidence: 0.8,
  run(ctx, qi) {
    const { doc, tokens } = ctx;
    const q = ctx.quote(qi);
    const from = firstTokenOf(q);
    const { start, end } = ctx.sentenceOf(from);
    // « une réponse jugée « ridicule » par la firme »: a participle right before the quote, its
    // agent after « par » right after the quote.
    if (q.openTok >= 1 && q.closeTok >= 0) {
      const cue = passiveAt(ctx, q.openTok - 1, q.closeTok + 1, end);
      const agent = cue ? passiveAgent(ctx, cue, end) : null;
      if (cue && agent) return ctx.make(cue, agent, null, "subject-verb", 0.8);
    }
    // « X s'est « inquiété » d'une « … » »: the speech verb is itself quoted, in this quote or
    // an earlier one of the sentence.
    for (let qj = qi; qj >= 0 && qj > qi - 4; qj--) {
      const other = ctx.quote(qj);
      if (other.openTok < start) break;
      const quoted = quotedVerb(ctx, qj, start);
      if (quoted) return ctx.make(quoted.cue, quoted.subject, null, "subject-verb", 0.75);
    }
    // Verbs before the quote, nearest first; then verbs after it.
    for (let i = from - 1; i >= start && i >= from - REACH; i--) {
      if (doc.tokQuote[i]! >= 0 || ctx.isMark(i)) continue;
      const cue = verbAt(ctx, i, from, true);
      if (!cue || cue.end > from) continue;
      const shared = gerundRunning(ctx, qi, cue, from);
      if (shared) return shared;
      // « …, son président, X, jugeant … » has its own subject; « a indiqué un porte-parole du
      // régulateur, précisant que … « … » » shares the main verb's.
      if (cue.form === "gerund") {
        const channel = channelAfter(ctx, cue.end, from);
        // « Tout en rappelant que … « … », le ministre a … »: a gerund opening the sentence
        // shares the subject of the main clause after it.
        const en = tokens[cue.start - 1]?.lower === "en" ? (tokens[cue.start - 2]?.lower === "tout" ? 2 : 1) : 0;
        // (« Tout en rappelant « … », et disant « … », le ministre a … »: a second gerund too.)
        const opens = (k: number): boolean => tokens[k]?.kind === "word" && /ant$/.test(tokens[k]!.lower);
        const lead = tokens[start]?.lower === "tout" && tokens[start + 1]?.lower === "en" ? start + 2 : tokens[start]?.lower === "en" ? start + 1 : start;
        if (cue.start - en === start || (tokens[cue.start - en - 1]?.lower === "et" && opens(lead))) {
          const main = frontedSubject(ctx, q.closeTok >= 0 ? q.closeTok + 1 : q.tokEnd, end);
          if (main) return ctx.make(cue, main, channel, "subject-verb", 0.75);
        }
        // « soutenu par certains internautes, jugeant que … »: the passive's agent judges.
        const agent = en ? null : agentBefore(ctx, cue.start, start);
        if (agent) return ctx.make(cue, agent, channel, "subject-verb", 0.7);
        // « il avait surpris le parti en proposant une « … » »: « en » + gerund shares the
        // clause's subject, not the object standing before it.
        if (en) {
          const opener = mainCueBefore(ctx, cue.start - en, start) ?? pronounOpening(ctx, start, cue.start - en) ?? clauseSubject(ctx, start, cue.start - en);
          if (opener) return ctx.make(cue, opener, channel, "subject-verb", 0.75);
        }
        const own = subjectBefore(ctx, cue.start, start);
        if (own && (own.kind === "mention" || own.kind === "pronoun")) return ctx.make(cue, own, channel, "subject-verb", 0.8);
        const main = mainCueBefore(ctx, cue.start, start);
        if (main) return ctx.make(cue, main, channel, "subject-verb", 0.75);
        // « La CGT, alliée du syndicat, a fait de même dans un communiqué, estimant que « … » »:
        // after a comma, the participle's subject is the one the sentence opens with.
        if (tokens[cue.start - 1]?.text === ",") {
          const opener = clauseSubject(ctx, start, cue.start);
          if (opener && opener.kind === "mention" && doc.tokQuote[doc.mentions[opener.mention]!.tokStart]! < 0) {
            return ctx.make(cue, opener, channel ?? channelAfter(ctx, start, cue.start), "subject-verb", 0.7);
          }
        }
      }
      const subject = cueSubject(ctx, cue, start, from);
      if (subject) return ctx.make(cue, subject, channelAfter(ctx, cue.end, from), "subject-verb", this.confidence);
    }
    const after = q.closeTok >= 0 ? q.closeTok + 1 : q.tokEnd;
    for (let i = after; i < end && i < after + REACH; i++) {
      if (doc.tokQuote[i]! >= 0 || ctx.isMark(i)) continue;
      const cue = verbAt(ctx, i, end, true);
      if (!cue) continue;
      // « faute de quoi « … », la directrice a publié un message »: a subject standing between the
      // quote and its verb is the verb's; the phrase after the verb is its object.
      // (Not a verb of a new clause, « lorsqu'il a souhaité … ».)
      const own = cue.passive || cue.pronoun || ctx.tokens[cue.start - 1]?.kind !== "word" || opensClause(ctx, after, cue.start) ? null : ownSubject(ctx, cue.start, after);
      const subject = cue.passive ? passiveAgent(ctx, cue, end) : (cue.pronoun ?? own ?? subjectAfter(ctx, cue.end, end)?.subject ?? subjectBefore(ctx, cue.start, start) ?? null);
      if (subject) return ctx.make(cue, subject, channelAfter(ctx, cue.end, end), "subject-verb", 0.7);
    }
    return null;
  },
};

/**
 * The subject of the main clause after a fronted gerund or participle: the first noun phrase
 * after a comma (outside quotes) that names someone and is followed by a word, « …, le ministre
 * a appelé … ».
 */
function frontedSubject(ctx: Context, from: number, end: number): SubjectRef | null {
  const { doc, tokens } = ctx;
  for (let k = from; k < end && k < from + REACH; k++) {
    if (doc.tokQuote[k]! >= 0 || tokens[k]!.text !== ",") continue;
    const np = nounPhrase(ctx, k + 1, end);
    const s = np?.subject;
    if (!s || s.kind === "description") continue;
    const next = tokens[np.end];
    if (next && next.kind === "word" && doc.tokQuote[np.end]! < 0) return s;
  }
  return null;
}

/** The subject right before a verb, from `from` on; not a name in a complement (« contre X a déclaré »). */
function ownSubject(ctx: Context, verb: number, from: number): SubjectRef | null {
  const s = subjectBefore(ctx, verb, from);
  if (s?.kind !== "mention") return s;
  const at = ctx.doc.mentions[s.mention]!.tokStart;
  const before = ctx.tokens[at - 1];
  return inPrepositions(before) || (inDefinite(before) && inPrepositions(ctx.tokens[at - 2])) ? null : s;
}


/** A word between `from` and `to` (outside quotes) opens a new clause. */
function opensClause(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.doc.tokQuote[k]! < 0 && CLAUSE_OPENERS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

/** A subject pronoun opening the clause, maybe after an introductory phrase: « Juste après, il a … ». */
function pronounOpening(ctx: Context, start: number, end: number): SubjectRef | null {
  for (let k = start; k < end && k < start + 12; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.doc.tokQuote[k]! >= 0) return null;
    if (inSubjectPronouns(t) && t.lower !== "on" && (k === start || ctx.tokens[k - 1]!.text === ",")) return pronounRef(t.lower, k);
  }
  return null;
}

/**
 * A quote that is a speech verb's one word after its auxiliary or pronoun, « s'est « inquiété » »,
 * « a « déploré » »: the cue and the subject before it.
 */
function quotedVerb(ctx: Context, qj: number, start: number): { cue: Cue; subject: SubjectRef } | null {
  const { tokens } = ctx;
  const q = ctx.quote(qj);
  if (q.openTok < 1 || q.closeTok !== q.openTok + 2) return null;
  const word = tokens[q.openTok + 1]!;
  const entries = word.kind === "word" ? speechVerbOf(word) : undefined;
  if (!entries) return null;
  let k = q.openTok - 1;
  if (!inAux(tokens[k])) return null;
  const reflexive = tokens[k - 1]?.lower === "s'" || tokens[k - 1]?.lower === "se";
  const entry = entries.find((e) => e.form === "participle" && e.pronominal === reflexive);
  if (!entry) return null;
  if (reflexive) k--;
  const subject = subjectBefore(ctx, k, start);
  return subject ? { cue: { lemma: entry.lemma, start: k, end: q.closeTok + 1, form: "finite", pronoun: null }, subject } : null;
}
