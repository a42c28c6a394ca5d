/**
 * incise — a cue between commas inside the quote: « Nous irons, a-t-il assuré, jusqu'au bout. »
 * Also when markdown italics set the quoted words apart from the incise, as converted pages of
 * reviews and magazines do: *« Nous irons,* a assuré X, *jusqu'au bout. »*; and past object
 * pronouns before the verb: « Nous irons, nous explique X, jusqu'au bout. »
 */
import { OBJECT_CLITICS } from "../../../french.js";
import { onAt, verbAt } from "../cues.js";
import type { Sieve } from "../sieve.js";
import { subjectAfter } from "../subjects.js";

export const incise: Sieve = {
  name: "incise",
  rule: "incise",
  confidence: 0.9,
  run(ctx, qi) {
    const q = ctx.quote(qi);
    for (let i = q.tokStart; i < q.tokEnd - 1; i++) {
      if (ctx.tokens[i]!.text !== ",") continue;
      let from = ctx.tokens[i + 1]!.text === "*" ? i + 2 : i + 1;
      // « Nous irons, nous explique X, … », « Tout est prêt, me l'a confié X, … »: object clitics before the verb.
      let skipped = from;
      for (let k = 0; k < 2 && skipped < q.tokEnd - 1 && OBJECT_CLITICS.has(ctx.tokens[skipped]!.lower); k++) skipped++;
      // « …, nous dénonçons … », « …, vous savez, … »: « nous » and « vous » before a verb of their own person are its subject.
      if (!/(?:ons|ez)$/.test(ctx.tokens[skipped]!.lower)) from = skipped;
      const cue = verbAt(ctx, from, q.tokEnd);
      if (!cue || cue.form === "gerund") continue;
      const after = ctx.tokens[cue.end];
      if (cue.pronoun) {
        const on = onAt(ctx, cue, q.tokEnd);
        if (on) return ctx.make(cue, on, null, "incise", 0.9);
        if (after && (after.text === "," || after.text === "." || after.text === "…")) return ctx.make(cue, cue.pronoun, null, "incise", 0.9);
        continue;
      }
      const found = subjectAfter(ctx, cue.end, q.tokEnd);
      if (found && found.subject) return ctx.make(cue, found.subject, found.channel, "incise", 0.85);
    }
    return null;
  },
};
