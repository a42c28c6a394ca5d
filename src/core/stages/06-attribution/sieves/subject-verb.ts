/**
 * subject-verb — the quote's own sentence has a speech verb outside quotes, and that verb's
 * subject speaks: La fondation a estimé que l'accord soulevait des « questions ». Verbs before
 * the quote are tried nearest first, then verbs after it. A gerund (« estimant que ») takes the
 * passive's agent, its own subject, the sentence's main speech verb's, or the opening subject.
 */
import { channelAfter } from "../channels.js";
import { REACH } from "../context.js";
import { verbAt } from "../cues.js";
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
    const { start, end } = ctx.sentenceOf(q.openTok >= 0 ? q.openTok : q.tokStart);
    const from = q.openTok >= 0 ? q.openTok : q.tokStart;
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
        // « soutenu par certains internautes, jugeant que … »: the passive's agent judges.
        const agent = agentBefore(ctx, cue.start, start);
        const channel = channelAfter(ctx, cue.end, from);
        if (agent) return ctx.make(cue, agent, channel, "subject-verb", 0.7);
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
      const subject = cue.passive ? passiveAgent(ctx, cue, end) : (cue.pronoun ?? subjectAfter(ctx, cue.end, end)?.subject ?? subjectBefore(ctx, cue.start, start) ?? null);
      if (subject) return ctx.make(cue, subject, channelAfter(ctx, cue.end, end), "subject-verb", 0.7);
    }
    return null;
  },
};
