/**
 * Public bodies written in lower case: "the federal government", "the county health
 * department", "the foreign ministry". A head noun counts only after modifiers from
 * lexicons/en-lower-bodies.txt that say which body it is, after "the" or a possessive; "the
 * government" alone stays an anaphor for the attribution stage to resolve.
 */
import { LOWER_BODIES } from "../lexicon.js";
import type { EnDoc } from "../tokens.js";
import type { Classified } from "./classify.js";
import { joined } from "./names.js";

export function lowerBodies(doc: EnDoc): Classified[] {
  const { toks, text } = doc;
  const out: Classified[] = [];
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i];
    const entry = head === undefined ? undefined : LOWER_BODIES.get(head.text);
    if (head === undefined || entry?.role !== "head") continue;
    let a = i;
    while (a > 0 && i - a < 3) {
      const t = toks[a - 1];
      const n = toks[a];
      const w = t === undefined ? undefined : LOWER_BODIES.get(t.text);
      if (t === undefined || n === undefined || w === undefined || w.role === "head" || !joined(t, n)) break;
      a--;
    }
    if (a === i) continue;
    const first = toks[a];
    // Definite only: "the federal court", "Arland's foreign ministry"; "a federal court" is any.
    const det = toks[a - 1];
    if (first === undefined || det === undefined || !(det.lower === "the" || /['\u2019]s$/.test(det.text))) continue;
    const name = text.slice(first.start, head.end).replace(/\s+/g, " ");
    out.push({ kind: "organization", a, b: i + 1, start: first.start, end: head.end, name, orgType: entry.type, titles: [], gender: null, known: false });
  }
  return out;
}
