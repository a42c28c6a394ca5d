/**
 * nearest — last resort for a full quote that opens its sentence with no cue anywhere near: the
 * person the paragraph is about, i.e. the last person named before it in the paragraph.
 */
import { REACH } from "../context.js";
import type { Sieve } from "../sieve.js";

export const nearest: Sieve = {
  name: "nearest",
  rule: "nearest",
  confidence: 0.4,
  run(ctx, qi) {
    const { doc, tokens } = ctx;
    const q = ctx.quote(qi);
    const first = q.openTok >= 0 ? q.openTok : q.tokStart;
    if (q.kind !== "full" || ctx.sentenceOf(first).start !== first) return null;
    const para = doc.tokPara[first]!;
    for (let i = first - 1; i >= 0 && i >= first - REACH * 4 && doc.tokPara[i]! === para; i--) {
      if (doc.tokQuote[i]! >= 0) continue;
      const m = doc.mentionAt[i] ?? -1;
      if (m < 0) continue;
      const mention = doc.mentions[m]!;
      const before = tokens[mention.tokStart - 1]?.lower;
      if (mention.kind !== "person" || before === "de" || before === "d'" || before === "à") continue;
      return ctx.bare({ kind: "mention", mention: m }, doc.tokStart[mention.tokStart]!, "nearest", this.confidence);
    }
    return null;
  },
};
