/**
 * Sieve "follow-up" and "previous-paragraph": a quote with no cue of its own continues the
 * quote before it — in the same paragraph (after an incise), or in the paragraph before when
 * this one opens on the quote.
 */
import { mentionsIn, type Attribution, type Ctx, type Ranges } from "./context.js";
import { isSubject } from "./noun-phrase.js";

export const rules = ["follow-up", "previous-paragraph"] as const;

/** `across`: the paragraph before (tried after the lead-in sentence), else the same paragraph. */
export function followUp(ctx: Ctx, qi: number, _ranges: Ranges, done: readonly Attribution[], across: boolean): Attribution | null {
  const { doc, quotes } = ctx;
  const q = quotes[qi];
  const prev = quotes[qi - 1];
  const prevA = done[qi - 1];
  if (q === undefined || prev === undefined || prevA === undefined || prevA.rule === "none") return null;
  // Another person as a sentence's subject between the two quotes has taken the floor
  // («"…," he said. Ana Ruiz branded him "arrogant"»).
  const sp = prevA.speaker;
  const other = mentionsIn(ctx, prev.after + 1, q.open).some(
    (m) => m.kind === "person" && !m.inQuote && !(sp?.kind === "person" && m.entity === sp.entity) && isSubject(ctx, m),
  );
  if (other) return null;
  if (prev.lastPara === q.para) return across ? null : { ...prevA, cue: null, channel: null, confidence: 0.75, rule: "follow-up" };
  if (across && prev.lastPara === q.para - 1 && doc.text.slice(doc.paras[q.para]?.start ?? 0, q.open).trim() === "") {
    return { ...prevA, cue: null, channel: null, confidence: 0.6, rule: "previous-paragraph" };
  }
  return null;
}
