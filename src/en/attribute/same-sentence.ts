/**
 * Sieve "same-sentence", run after all the others, last quote first: a partial quote left
 * without speaker takes the next quote's speaker when both are in one sentence
 * («called it "reckless" and "a farce," Ward said»).
 */
import type { Attribution, Ctx } from "./context.js";

export const rules = ["same-sentence"] as const;

export function sameSentence(ctx: Ctx, out: Attribution[]): void {
  const { doc, quotes } = ctx;
  for (let qi = out.length - 2; qi >= 0; qi--) {
    const q = quotes[qi];
    const n = quotes[qi + 1];
    const nA = out[qi + 1];
    if (q === undefined || n === undefined || nA === undefined || out[qi]?.rule !== "none" || nA.rule === "none") continue;
    const between = doc.text.slice(q.after, n.open);
    if (q.para === n.para && !/[.!?]\s/.test(between) && !/^[\s,]*$/.test(between)) {
      out[qi] = { ...nA, confidence: 0.7, rule: "same-sentence" };
    }
  }
}
