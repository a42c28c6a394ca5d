/**
 * topic — last resort for any quote still without a cue: the person the passage is about, i.e.
 * the last person named before it (outside quotes, not as a complement: « la fille de X ») in
 * its paragraph or the one before. An article quotes the people it talks about; leaving the
 * quote without speaker is as wrong as a wrong guess, and this guess is right more often.
 */
import { REACH, firstTokenOf } from "../context.js";
import type { Sieve } from "../sieve.js";

export const topic: Sieve = {
  name: "topic",
  rule: "topic",
  confidence: 0.5,
  run(ctx, qi) {
    const { doc, tokens } = ctx;
    const q = ctx.quote(qi);
    const first = firstTokenOf(q);
    const para = doc.tokPara[first]!;
    for (let i = first - 1; i >= 0 && i >= first - REACH * 4 && doc.tokPara[i]! >= para - 1; i--) {
      const m = ctx.topicPersonAt(i);
      if (m >= 0) return ctx.toPerson(m, "topic", this.confidence);
    }
    // Named only after it, in the same paragraph: « « … » Léa Morel, la maire, l'a répété mardi. »
    const after = q.closeTok >= 0 ? q.closeTok + 1 : q.tokEnd;
    for (let i = after; i < tokens.length && i < after + REACH && doc.tokPara[i]! === para; i++) {
      if (doc.tokQuote[i]! >= 0) return null;
      const m = ctx.topicPersonAt(i);
      if (m >= 0) return ctx.toPerson(m, "topic", this.confidence);
    }
    return null;
  },
};
