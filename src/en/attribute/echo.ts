/**
 * Sieve "echo", run after all the others: a quote left without speaker (a headline's, a
 * standfirst's, a subheading's) whose words come back in an attributed quote of the article,
 * or hold one, takes that quote's speaker.
 */
import type { Attribution, Ctx } from "./context.js";

export const rules = ["echo"] as const;

function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function echo(ctx: Ctx, out: Attribution[]): void {
  const { doc, quotes } = ctx;
  const texts = quotes.map((q) => words(doc.text.slice(q.start, q.end)));
  out.forEach((a, qi) => {
    const mine = texts[qi] ?? "";
    // A headline or standfirst (first two paragraphs) takes the body's speaker over a description.
    const top = (quotes[qi]?.para ?? 9) < 2;
    // A headline's quoted word or two ("calls the offer an 'insult'") echoes a body quote
    // holding it whole; in the body, three words at least.
    if (a.speaker !== null || (a.description !== null && !top) || mine === "" || mine.split(" ").length < (top ? 1 : 3)) return;
    for (let k = 0; k < out.length; k++) {
      const other = out[k];
      const theirs = texts[k] ?? "";
      if (k === qi || other === undefined || other.speaker === null || other.rule === "echo") continue;
      if (` ${theirs} `.includes(` ${mine} `) || (theirs.split(" ").length >= 3 && mine.includes(theirs))) {
        out[qi] = { ...other, cue: null, channel: null, confidence: 0.6, rule: "echo" };
        return;
      }
    }
  });
}
