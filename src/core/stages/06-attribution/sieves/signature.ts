/**
 * signature — a quote signed by a name without a verb:
 *   « … » ¶ Jeanne Martin, directrice de l'école.   (the quote alone on its line, the name on the next)
 *   « … » — Jeanne Martin, 26 ans.                  (a dash and a name after the quote)
 *   Jeanne Martin, directrice ¶ « … »               (news sites' pull-quote layout: the name line first)
 */
import { tokenEnd } from "../../../document.js";
import type { Context } from "../context.js";
import { verbAt } from "../cues.js";
import type { Sieve } from "../sieve.js";

export const signature: Sieve = {
  name: "signature",
  rule: "signature",
  confidence: 0.8,
  run(ctx, qi) {
    const { doc, tokens } = ctx;
    const q = ctx.quote(qi);
    const para = doc.paragraphs[q.para];
    const quoted = blockquoted(ctx, q.openTok);
    if (!para || q.openTok < 0 || (doc.tokStart[q.openTok]! !== para.start && !quoted)) return null;
    // (Past a scraped blockquote's « > » and « \\ » lines: « > « … » ¶ > ¶ > Jeanne Martin, 1972 »;
    // a blockquote is signed inside it, not by the next plain line.)
    const after = ctx.skipLayout(q.closeTok >= 0 ? q.closeTok + 1 : q.tokEnd);
    if (quoted && !ctx.isLayout(after - 1)) return null;
    const next = tokens[after];
    if (next && doc.tokPara[after] === q.para && !(next.kind === "punct" && doc.tokPara[after + 1] !== q.para)) return null;
    if (!next) return null;
    // The signature line: short, opening with a name, no speech verb.
    let end = after;
    while (end < tokens.length && doc.tokPara[end] === doc.tokPara[after]) end++;
    if (end - after > 16) return null;
    const m = doc.mentionAt[after] ?? -1;
    if (m < 0) return null;
    for (let i = after; i < end; i++) if (doc.tokQuote[i]! >= 0 || verbAt(ctx, i, end, true)) return null;
    return ctx.bare({ kind: "mention", mention: m }, doc.tokStart[after]!, "signature", this.confidence);
  },
};

/** « … » — Jeanne Martin, 26 ans: a dash and a name sign the quote. */
export const signatureDash: Sieve = {
  name: "signature-dash",
  rule: "signature",
  confidence: 0.8,
  run(ctx: Context, qi: number) {
    const after = ctx.afterQuote(qi);
    if (!after) return null;
    const i = after.at;
    const dash = ctx.tokens[i]!;
    const m = ctx.doc.mentionAt[i + 1] ?? -1;
    if ((dash.text !== "—" && dash.text !== "–") || m < 0) return null;
    return { subject: { kind: "mention", mention: m }, cueStart: ctx.doc.tokStart[i]!, cueEnd: tokenEnd(ctx.doc, i), cueLemma: "—", channel: null, rule: "signature", confidence: this.confidence };
  },
};

/** Jeanne Martin,directrice de l'école ¶ « … »: a short line naming a person, then the quote paragraph. */
export const signatureBefore: Sieve = {
  name: "signature-before",
  rule: "signature",
  confidence: 0.7,
  run(ctx: Context, qi: number) {
    const { doc, tokens } = ctx;
    const q = ctx.quote(qi);
    const para = doc.paragraphs[q.para];
    if (!para || q.openTok < 1 || doc.tokStart[q.openTok]! !== para.start) return null;
    // The line before: short, opening with a person's name, then nothing or a comma, no verb, no quote.
    const end = q.openTok;
    let start = end - 1;
    while (start > 0 && doc.tokPara[start - 1] === doc.tokPara[end - 1]) start--;
    if (end - start > 16 || doc.tokPara[end - 1]! !== q.para - 1) return null;
    const m = doc.mentionAt[start] ?? -1;
    if (m < 0 || doc.mentions[m]!.kind !== "person") return null;
    const after = doc.mentions[m]!.tokEnd;
    if (after < end && tokens[after]!.text !== ",") return null;
    for (let i = start; i < end; i++) if (doc.tokQuote[i]! >= 0 || verbAt(ctx, i, end, true)) return null;
    return ctx.bare({ kind: "mention", mention: m }, doc.tokStart[start]!, "signature", this.confidence);
  },
};

/** The quote opening at token `open` is the first thing of its line after a blockquote's « > ». */
function blockquoted(ctx: Context, open: number): boolean {
  if (open < 0) return false;
  const para = ctx.doc.tokPara[open]!;
  let k = open;
  while (k > 0 && ctx.doc.tokPara[k - 1] === para && ctx.isLayout(k - 1)) k--;
  return k < open && (k === 0 || ctx.doc.tokPara[k - 1] !== para);
}
