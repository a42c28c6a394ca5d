/** after-selon — « selon » or « d'après » right after the quote: « … », selon le parquet. */
import type { Context } from "../context.js";
import type { Sieve } from "../sieve.js";
import { selonObject } from "../subjects.js";

/** Where the words after a quote start, past clitics that may stand before a verb (« leur explique X »). */
export function afterClitics(ctx: Context, qi: number): { at: number; limit: number } | null {
  const after = ctx.afterQuote(qi);
  if (!after) return null;
  const { limit } = after;
  let i = after.at;
  // « … » leur explique X: clitics may stand before the verb.
  while (i < limit - 1 && (ctx.tokens[i]!.lower === "leur" || ctx.tokens[i]!.lower === "lui" || ctx.tokens[i]!.lower === "nous" || ctx.tokens[i]!.lower === "vous")) i++;
  // afterQuote's answer is a new object each call: moved on, not copied.
  after.at = i;
  return after;
}

export const afterSelon: Sieve = {
  name: "after-selon",
  rule: "after-selon",
  confidence: 0.9,
  run(ctx, qi) {
    const after = afterClitics(ctx, qi);
    if (!after) return null;
    const { at: i, limit } = after;
    const t = ctx.tokens[i]!;
    if (t.lower === "selon" || t.lower === "d'après" || (t.lower === "d'" && ctx.tokens[i + 1]?.lower === "après")) {
      const start = t.lower === "d'" ? i + 2 : i + 1;
      const subject = selonObject(ctx, start, limit);
      if (subject) return ctx.makeWord(i, start, t.lower === "selon" ? "selon" : "d'après", subject, "after-selon", this.confidence);
    }
    return null;
  },
};
