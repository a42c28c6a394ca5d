/**
 * nearest — last resort for a full quote that opens its sentence with no cue anywhere near: the
 * person the paragraph is about, i.e. the last person named before it in the paragraph.
 */
import { REACH, firstTokenOf } from "../context.js";
import type { Sieve } from "../sieve.js";

export const nearest: Sieve = {
  name: "nearest",
  rule: "nearest",
  confidence: 0.4,
  run(ctx, qi) {
    const { doc } = ctx;
    const q = ctx.quote(qi);
    const first = firstTokenOf(q);
    if (q.kind !== "full" || ctx.sentenceOf(first).start !== first) return null;
    const para = doc.tokPara[first]!;
    for (let i = first - 1; i >= 0 && i >= first - REACH * 4 && doc.tokPara[i]! === para; i--) {
      const m = ctx.topicPersonAt(i);
      if (m >= 0) return ctx.toPerson(m, "nearest", this.confidence);
    }
    return null;
  },
};
