/** previous — the sentence before the quote names a speaker with a speech verb or a colon: « X a réagi. » ¶ « … ». */
import { REACH, firstTokenOf } from "../context.js";
import { verbAt } from "../cues.js";
import type { Sieve } from "../sieve.js";
import { cueSubject } from "../subjects.js";

export const previous: Sieve = {
  name: "previous",
  rule: "previous",
  confidence: 0.55,
  run(ctx, qi) {
    const { doc } = ctx;
    const q = ctx.quote(qi);
    const first = firstTokenOf(q);
    const sent = doc.tokSent[first]!;
    // Only a quote that opens its sentence: a woven quote without a cue is not said by the last speaker.
    if (ctx.sentenceOf(first).start !== first) return null;
    const prevSent = doc.sentences[sent - 1];
    if (!prevSent || doc.tokPara[first]! - prevSent.para > 1) return null;
    for (let i = prevSent.tokEnd - 1; i >= prevSent.tokStart && i >= prevSent.tokEnd - REACH; i--) {
      if (doc.tokQuote[i]! >= 0 || ctx.isMark(i)) continue;
      const cue = verbAt(ctx, i, prevSent.tokEnd, true);
      if (!cue) continue;
      const subject = cueSubject(ctx, cue, prevSent.tokStart, prevSent.tokEnd);
      if (subject) return ctx.make(cue, subject, null, "previous", this.confidence);
    }
    return null;
  },
};
