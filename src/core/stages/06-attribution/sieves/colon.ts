/**
 * colon — the clause before a colon introduces the quote: Le ministre a déclaré : « … » (the
 * verb's subject); Claire Lavergne : « … » and Le communiqué du parquet : « … » (no verb).
 */
import { tokenEnd } from "../../../document.js";
import { channelAfter } from "../channels.js";
import { verbAt } from "../cues.js";
import type { Sieve } from "../sieve.js";
import { clauseSubject, cueSubject, nounSubject, selonObject, subjectBefore } from "../subjects.js";

export const colon: Sieve = {
  name: "colon",
  rule: "colon",
  confidence: 0.9,
  run(ctx, qi) {
    const { doc, tokens } = ctx;
    const q = ctx.quote(qi);
    // « > « … » »: a scraped blockquote's marker stands between the colon and the quote.
    let open = tokens[q.openTok - 1]?.text === ">" && q.openTok >= 2 ? q.openTok - 1 : q.openTok;
    // (And a markdown line break, « raconte :\ », ends the line before it: hook for blockquotes.)
    if (tokens[open - 1]?.text === "\\" && open >= 2 && doc.tokPara[open - 1]! < doc.tokPara[q.openTok]!) open--;
    const before = open - 1;
    if (before < 0 || tokens[before]!.text !== ":" || doc.tokPara[before]! !== doc.tokPara[q.openTok]!) {
      // A colon ending the previous paragraph introduces this one: « Il a expliqué : » ¶ « … ».
      const prev = tokens[open - 1];
      if (!prev || prev.text !== ":" || open < 1) return null;
    }
    // « « … » : « … » »: a quote introducing a quote — the running speaker's, not a colon cue.
    if (before > 0 && ctx.isMark(before - 1) && doc.tokQuote[before - 1]! < 0 && tokens[before - 1]!.text !== "«") return null;
    const start = ctx.clauseStart(before);
    // The last speech verb of the clause before the colon.
    for (let i = before - 1; i >= start; i--) {
      if (doc.tokQuote[i]! >= 0) continue;
      const cue = verbAt(ctx, i, before, true);
      if (!cue) continue;
      const subject = cueSubject(ctx, cue, start, before);
      if (subject) return ctx.make(cue, subject, channelAfter(ctx, cue.end, before), "colon", this.confidence);
    }
    // « …, selon cette même source : « … » »: the source the clause names.
    for (let i = before - 1; i >= start && i >= before - 8; i--) {
      const w = tokens[i]!.lower;
      if (w !== "selon" && w !== "d'après") continue;
      const subject = selonObject(ctx, i + 1, before);
      if (subject) return ctx.makeWord(i, i + 1, w, subject, "colon", 0.75);
    }
    // No verb: « Claire Lavergne : « … » » or a speech noun « Le communiqué du parquet : »; in a
    // longer clause, its subject (« En fin de journée, son directeur a présenté … : »).
    // (« Maëlle, vendeuse, reste prudente : »: the mention stage made the first name alone a person.)
    const subject = before - start <= 6 ? (subjectBefore(ctx, before, start) ?? nounSubject(ctx, start, before)) : clauseSubject(ctx, start, before);
    if (subject) return { subject, cueStart: doc.tokStart[before]!, cueEnd: tokenEnd(doc, before), cueLemma: ":", channel: null, rule: "colon", confidence: 0.7 };
    return null;
  },
};
