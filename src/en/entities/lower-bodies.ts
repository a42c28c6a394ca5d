/**
 * Public bodies written in lower case: "the federal government", "the county health
 * department", "the foreign ministry", "the ministry of defence", and, in newspapers that write
 * bodies in lower case after a proper adjective or acronym, "the European commission", "the UN
 * security council", "the Labour party". A head noun counts only after modifiers from
 * lexicons/en-lower-bodies.txt (or capitalised words) that say which body it is, or before "of"/
 * "for" and words that do, after "the" or a possessive; "the government" alone stays an
 * anaphor for the attribution stage to resolve.
 */
import { LOWER_BODIES } from "../lexicon.js";
import type { EnDoc, Tok } from "../tokens.js";
import type { Classified } from "./classify.js";
import { joined } from "./names.js";

/** Heads that may take "of"/"for" and a field with no modifier before them. */
const TAIL_HEADS = new Set(["ministry", "department", "court", "tribunal", "office", "commission", "committee", "mechanism", "council"]);

const isModifier = (t: Tok): boolean => {
  const w = LOWER_BODIES.get(t.text);
  if (w !== undefined) return w.role === "level" || w.role === "domain";
  // A proper adjective or an acronym ("European", "UN", "U.S."), never a sentence's first word.
  return t.cap && !t.tags.has("Determiner") && /^\p{Lu}[\p{L}.]*$/u.test(t.text) && !/['\u2019]s$/.test(t.text);
};

export function lowerBodies(doc: EnDoc): Classified[] {
  const { toks, text } = doc;
  const out: Classified[] = [];
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i];
    const entry = head === undefined ? undefined : LOWER_BODIES.get(head.text);
    if (head === undefined || entry?.role !== "head") continue;
    let a = i;
    let cap = false;
    while (a > 0 && i - a < 3) {
      const t = toks[a - 1];
      const n = toks[a];
      if (t === undefined || n === undefined || !isModifier(t) || !joined(t, n) || /[,;:.!?]/.test(t.post)) break;
      if (t.cap) cap = true;
      a--;
    }
    // "of defence", "for the former Yugoslavia": a field after the head.
    let b = i + 1;
    let end = head.end;
    const prep = toks[i + 1];
    if ((a < i || TAIL_HEADS.has(head.text)) && prep !== undefined && (prep.lower === "of" || prep.lower === "for") && joined(head, prep) && !/[,;:.!?]/.test(head.post)) {
      let k = i + 2;
      let lastContent = -1;
      while (k < toks.length && k < i + 8) {
        const t = toks[k];
        const p = toks[k - 1];
        if (t === undefined || p === undefined || !joined(p, t)) break;
        const w = LOWER_BODIES.get(t.text);
        const ok = t.cap ? /^\p{Lu}/u.test(t.text) && !/['\u2019]s$/.test(t.text) : w !== undefined && w.role !== "head";
        if (!ok) break;
        if (!["the", "and", "former"].includes(t.lower)) lastContent = k;
        if (/[,;:.!?)]/.test(t.post)) break;
        k++;
      }
      if (lastContent > 0) {
        b = lastContent + 1;
        end = toks[lastContent]?.end ?? end;
      }
    }
    if (a === i && b === i + 1) continue;
    if (entry.type === "party" && !cap) continue;
    const first = toks[a];
    // Definite only: "the federal court", "Arland's foreign ministry"; "a federal court" is any.
    const det = toks[a - 1];
    if (first === undefined || det === undefined || !(det.lower === "the" || /['\u2019]s$/.test(det.text))) continue;
    const name = text.slice(first.start, end).replace(/\s+/g, " ");
    out.push({ kind: "organization", a, b, start: first.start, end, name, orgType: entry.type, titles: [], gender: null, known: false });
  }
  return out;
}
