/**
 * Sieve "running-speaker", the last before abstaining: a quote that opens its paragraph with
 * no cue, and no lead-in sentence naming anyone, continues the speaker of the last attributed
 * quote when it lies at most three paragraphs back and no other person has been named
 * between (outside quotes): English features return to their speaker without a new cue.
 */
import type { Attribution, Ctx, Ranges } from "./context.js";
import { isSubject } from "./noun-phrase.js";

export const rules = ["running-speaker"] as const;

export function runningSpeaker(ctx: Ctx, qi: number, _ranges: Ranges, done: readonly Attribution[]): Attribution | null {
  const { doc, quotes } = ctx;
  const q = quotes[qi];
  if (q === undefined || doc.text.slice(doc.paras[q.para]?.start ?? 0, q.open).trim() !== "") return null;
  for (let k = qi - 1; k >= 0; k--) {
    const p = quotes[k];
    const a = done[k];
    if (p === undefined || a === undefined || p.lastPara < q.para - 3) return null;
    if (a.speaker === null) continue;
    // Another person as the subject of a sentence between takes the story over; one named as an
    // object ("bought from Ana Ruiz") does not.
    const between = ctx.ents.mentions.some(
      (m) =>
        m.kind === "person" && !m.inQuote && m.start > p.after && m.start < q.open && !(a.speaker?.kind === "person" && m.entity === a.speaker.entity) && isSubject(ctx, m),
    );
    if (between) return null;
    return { ...a, cue: null, channel: null, confidence: 0.5, rule: "running-speaker" };
  }
  return null;
}
