/**
 * previous — a sentence before the quote names a speaker with a speech verb or a colon: « X a
 * réagi. » ¶ « … ». The sentence right before (or the previous paragraph's last one) for a
 * quote that opens its sentence; for any quote left without a cue, up to two sentences further
 * back in its own paragraph (« Le rapport révèle que … En province, … « … ». »), as long as no
 * other person is named in between: a paragraph that reports one source keeps it.
 */
import type { Attribution } from "../../../document.js";
import { REACH, firstTokenOf, type Context } from "../context.js";
import { verbAt } from "../cues.js";
import type { Sieve } from "../sieve.js";
import { cueSubject } from "../subjects.js";

/** How many sentences back, in the quote's paragraph, the cue may be. */
const SENTENCES_BACK = 3;

/** The confidence of a cue found further back than the sentence right before. */
const FURTHER = 0.45;

export const previous: Sieve = {
  name: "previous",
  rule: "previous",
  confidence: 0.55,
  run(ctx, qi) {
    const { doc } = ctx;
    const q = ctx.quote(qi);
    const first = firstTokenOf(q);
    const sent = doc.tokSent[first]!;
    const opens = ctx.sentenceOf(first).start === first;
    const para = doc.tokPara[first]!;
    for (let back = 1; back <= SENTENCES_BACK; back++) {
      const prevSent = doc.sentences[sent - back];
      if (!prevSent) return null;
      // The sentence right before may end the previous paragraph; further back stays in the quote's own.
      if (para - prevSent.para > (back === 1 && opens ? 1 : 0)) return null;
      // Only a quote that opens its sentence takes the cue of the sentence right before: a woven
      // quote without a cue is not said by the last speaker unless the paragraph reports one source.
      if (back === 1 && !opens) continue;
      const found = cueIn(ctx, prevSent.tokStart, prevSent.tokEnd, back === 1 ? this.confidence : FURTHER);
      if (found) {
        if (back > 1 && (namesOther(ctx, prevSent.tokEnd, first, found) || found.subject?.kind === "description")) return null;
        return found;
      }
      // A sentence naming a person or an organization in between changes the subject.
      if (back > 1 || !opens) if (namesOther(ctx, prevSent.tokStart, prevSent.tokEnd, null)) return null;
    }
    return null;
  },
};

/** The last speech-verb cue of the sentence [start, end) with a subject, as a `previous` attribution. */
function cueIn(ctx: Context, start: number, end: number, confidence: number): Attribution | null {
  const { doc } = ctx;
  for (let i = end - 1; i >= start && i >= end - REACH; i--) {
    if (doc.tokQuote[i]! >= 0 || ctx.isMark(i)) continue;
    const cue = verbAt(ctx, i, end, true);
    if (!cue) continue;
    const subject = cueSubject(ctx, cue, start, end);
    if (subject) return ctx.make(cue, subject, null, "previous", confidence);
  }
  return null;
}

/** A person or organization is named outside quotes in [from, to), other than the found cue's subject. */
function namesOther(ctx: Context, from: number, to: number, found: Attribution | null): boolean {
  const { doc } = ctx;
  const own = found?.subject?.kind === "mention" ? found.subject.mention : -1;
  for (let i = Math.max(from, to - REACH * 2); i < to; i++) {
    if (doc.tokQuote[i]! >= 0) continue;
    const m = doc.mentionAt[i] ?? -1;
    if (m >= 0 && m !== own && doc.mentions[m]!.tokStart === i) return true;
  }
  return false;
}
