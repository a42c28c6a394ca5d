/** after-inversion — a speech verb right after the quote, its subject after it: « … », a déclaré à Reuters l'Italien Marco Ferrante. */
import { channelAfter } from "../channels.js";
import { onAt, passiveAt, verbAt } from "../cues.js";
import type { Sieve } from "../sieve.js";
import { passiveAgent, subjectAfter } from "../subjects.js";
import { afterClitics } from "./after-selon.js";

export const afterInversion: Sieve = {
  name: "after-inversion",
  rule: "after-inversion",
  confidence: 0.9,
  run(ctx, qi) {
    const after = afterClitics(ctx, qi);
    if (!after) return null;
    const { at: i, limit } = after;
    // « … » relevées par X: a participle right after the quote, its agent after « par ».
    const cue = verbAt(ctx, i, limit) ?? (i === ctx.quote(qi).closeTok + 1 ? passiveAt(ctx, i, i, limit) : null);
    if (!cue || cue.form === "gerund") return null;
    if (cue.passive) {
      const agent = passiveAgent(ctx, cue, limit);
      return agent ? ctx.make(cue, agent, null, "after-inversion", this.confidence) : null;
    }
    if (cue.pronoun) return ctx.make(cue, onAt(ctx, cue, limit) ?? cue.pronoun, channelAfter(ctx, cue.end, limit), "after-inversion", this.confidence);
    const found = subjectAfter(ctx, cue.end, limit, true);
    if (found?.subject) return ctx.make(cue, found.subject, found.channel, "after-inversion", this.confidence);
    return null;
  },
};
