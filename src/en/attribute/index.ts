/**
 * Stage 4: who said each quote. An ordered list of sieves, most precise first; the first that
 * answers wins, and each is named after the `rule` it writes into the output:
 *   1. cue after the quote   incise, inverted, as-put-it, according-to
 *   2. cue before the quote  verb-before, verb-before-inverted, according-to
 *   3. stance verb           subject-verb («X branded the plan "reckless"»)
 *   4. running speaker       follow-up (same paragraph)
 *   5. lead-in sentence      lead-in, lead-in-subject
 *   6. running speaker       previous-paragraph, then running-speaker (up to three back)
 *   then, over all quotes:   same-sentence, echo (a headline's words quoted again in the body)
 * A rule whose speaker came through he/she ends in "-pronoun".
 */
import type { Gender } from "../../core/types.js";
import type { EnEntities } from "../entities.js";
import type { EnQuote } from "../quotes.js";
import type { EnDoc } from "../tokens.js";
import { contexts, isSpeechVerb, NONE, type Attribution, type Ctx, type Sieve } from "./context.js";
import * as after from "./cue-after.js";
import * as before from "./cue-before.js";
import * as follow from "./follow-up.js";
import * as lead from "./lead-in.js";
import * as running from "./running-speaker.js";
import { echo } from "./echo.js";
import { sameSentence } from "./same-sentence.js";

export type { Attribution } from "./context.js";

/** The sieves, in the order they are tried. */
export const SIEVES: readonly Sieve[] = [
  { rules: after.rules, run: (ctx, qi, r) => after.cueAfter(ctx, ctx.quotes[qi] as EnQuote, r.after) },
  { rules: before.rules, run: (ctx, qi, r) => before.cueBefore(ctx, ctx.quotes[qi] as EnQuote, r.before) },
  { rules: before.stanceRules, run: (ctx, qi, r) => before.stanceSubject(ctx, ctx.quotes[qi] as EnQuote, r.before) },
  { rules: follow.rules, run: (ctx, qi, r, done) => follow.followUp(ctx, qi, r, done, false) },
  { rules: lead.rules, run: lead.leadIn },
  { rules: follow.rules, run: (ctx, qi, r, done) => follow.followUp(ctx, qi, r, done, true) },
  { rules: running.rules, run: running.runningSpeaker },
];

/** Attribute every quote, in order. */
export function attribute(doc: EnDoc, ents: EnEntities, quotes: readonly EnQuote[]): Attribution[] {
  const ctx: Ctx = { doc, ents, quotes, events: [] };
  const { toks } = doc;
  for (const m of ents.mentions) {
    if (m.kind !== "person" || m.inQuote) continue;
    for (let k = m.tokEnd; k < Math.min(m.tokEnd + 3, toks.length); k++) {
      if (isSpeechVerb(toks, k)) {
        ctx.events.push({ person: m.entity, at: m.start });
        break;
      }
    }
  }
  const out: Attribution[] = [];
  quotes.forEach((q, qi) => {
    const ranges = contexts(ctx, qi);
    let a: Attribution | null = null;
    for (const sieve of SIEVES) {
      a = sieve.run(ctx, qi, ranges, out);
      if (a !== null) break;
    }
    a ??= NONE;
    if (a.speaker?.kind === "person") ctx.events.push({ person: a.speaker.entity, at: q.open });
    if (a.rule.endsWith("-pronoun") && a.speaker?.kind === "person") {
      const p = ents.people[a.speaker.entity];
      if (p !== undefined && p.gender === null) {
        const g = pronounNear(doc, ranges.after, ranges.before);
        if (g !== null) {
          p.gender = g;
          p.genderEvidence = "pronoun";
        }
      }
    }
    out.push(a);
  });
  sameSentence(ctx, out);
  echo(ctx, out);
  return out;
}

function pronounNear(doc: EnDoc, after: [number, number], before: [number, number]): Gender | null {
  const s = `${doc.text.slice(before[0], before[1])} ${doc.text.slice(after[0], after[1])}`;
  const m = /\b(he|she)\b/i.exec(s);
  return m?.[1] === undefined ? null : m[1].toLowerCase() === "he" ? "m" : "f";
}
