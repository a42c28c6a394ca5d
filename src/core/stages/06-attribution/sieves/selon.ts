/** selon — « Selon X », « D'après X », « Pour X, » before the quote in its sentence: Selon lui, « … ». */
import { CLAUSE_END } from "../../../french.js";
import type { SubjectRef } from "../../../document.js";
import { REACH, type Context, firstTokenOf } from "../context.js";
import type { Sieve } from "../sieve.js";
import { selonObject } from "../subjects.js";

export const selon: Sieve = {
  name: "selon",
  rule: "selon",
  confidence: 0.9,
  run(ctx, qi) {
    const { doc, tokens } = ctx;
    const q = ctx.quote(qi);
    const { start } = ctx.sentenceOf(q.openTok);
    // Only before the quote: a « selon » after it belongs to the after rules or to another quote.
    const end = firstTokenOf(q);
    for (let i = Math.max(start, end - REACH); i < end; i++) {
      const t = tokens[i]!;
      if (doc.tokQuote[i]! >= 0) continue;
      let lemma: string | null = null;
      let object = i + 1;
      if (t.lower === "selon") lemma = "selon";
      else if (t.lower === "d'" && tokens[i + 1]?.lower === "après") {
        lemma = "d'après";
        object = i + 2;
      } else if (t.lower === "d'après") lemma = "d'après";
      else if (t.lower === "pour" && (i === start || tokens[i - 1]!.text === "," || tokens[i - 1]!.text === "»")) lemma = "pour";
      if (!lemma) continue;
      const subject = selonObject(ctx, object, end);
      if (!subject) continue;
      // « Pour X, … » needs the comma after X: « pour la première fois » is not a cue.
      if (lemma === "pour" && !followedByComma(ctx, subject, object, end)) continue;
      return ctx.makeWord(i, object, lemma, subject, "selon", lemma === "pour" ? 0.75 : this.confidence);
    }
    return null;
  },
};

/** A comma (or a quote mark) closes the object of « pour » within a few words. */
function followedByComma(ctx: Context, subject: SubjectRef, object: number, end: number): boolean {
  let k = subject.kind === "mention" ? ctx.doc.mentions[subject.mention]!.tokEnd : object + 1;
  for (let steps = 0; k < end && steps < 8; k++, steps++) {
    const t = ctx.tokens[k]!;
    if (t.text === ",") return true;
    if (t.text === "«") return true;
    if (CLAUSE_END.has(t.text)) return false;
  }
  return false;
}
