/**
 * headline — a quote in a title or subheading. « Anne-Sophie Rivière : « … » » names its speaker
 * (the colon rule's answer, kept when it names someone); else resolve copies the speaker of the
 * body quote that repeats it. No later sieve sees a headline quote.
 */
import type { Sieve } from "../sieve.js";
import { afterInversion } from "./after-inversion.js";
import { afterSelon } from "./after-selon.js";
import { colon } from "./colon.js";
import { selon } from "./selon.js";
import { subjectVerb } from "./subject-verb.js";

/** The cue sieves a title's quote may carry in its own line. */
const TITLE_CUES: readonly Sieve[] = [afterSelon, afterInversion, selon, subjectVerb];

export const headline: Sieve = {
  name: "headline",
  rule: "headline",
  confidence: 0.5,
  run(ctx, qi) {
    const q = ctx.quote(qi);
    if (q.kind !== "headline") return null;
    const named = colon.run(ctx, qi);
    if (named && named.subject?.kind === "mention") return named;
    // « Léa Morel dénonce un « virage » », « « Un virage », selon Léa Morel »: the title's own cue, when it names someone.
    for (const sieve of TITLE_CUES) {
      const found = sieve.run(ctx, qi);
      if (found && found.subject?.kind === "mention") return found;
    }
    // « Au tribunal, elle raconte : » ¶ « … »: a short quote line a colon introduces is body text.
    const introduced = q.openTok > 0 && ctx.tokens[q.openTok - 1]!.text === ":" && ctx.doc.tokPara[q.openTok - 1]! < q.para;
    if (named && introduced) return named;
    return ctx.bare(null, 0, "headline", this.confidence);
  },
};
