/**
 * headline — a quote in a title or subheading. « Anne-Sophie Rivière : « … » » names its speaker
 * (the colon rule's answer, kept when it names someone); else resolve copies the speaker of the
 * body quote that repeats it. No later sieve sees a headline quote.
 */
import type { Sieve } from "../sieve.js";
import { colon } from "./colon.js";

export const headline: Sieve = {
  name: "headline",
  rule: "headline",
  confidence: 0.5,
  run(ctx, qi) {
    if (ctx.quote(qi).kind !== "headline") return null;
    const named = colon.run(ctx, qi);
    if (named && named.subject?.kind === "mention") return named;
    return ctx.bare(null, 0, "headline", this.confidence);
  },
};
