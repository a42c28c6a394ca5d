/**
 * Sieve "verb-before", "verb-before-inverted", "according-to" (before the quote): the
 * sentence before the quote — «X said: "…"», «X said that "…"», «According to X, "…"».
 */
import type { EnQuote } from "../quotes.js";
import { SPEECH_FORMS } from "../lexicon.js";
import { build, clauseSubject, isSpeechVerb, tokensIn, type Attribution, type Ctx } from "./context.js";
import { resolveNp } from "./noun-phrase.js";

export const rules = ["verb-before", "verb-before-inverted", "according-to"] as const;

export function cueBefore(ctx: Ctx, q: EnQuote, range: [number, number]): Attribution | null {
  const { toks } = ctx.doc;
  const idx = tokensIn(ctx, range[0], range[1]);
  for (let k = 0; k + 1 < idx.length; k++) {
    const t = toks[idx[k] ?? -1];
    const to = toks[idx[k + 1] ?? -1];
    if (t?.lower === "according" && to?.lower === "to") {
      const end = idx.findIndex((i, j) => j > k + 1 && /,/.test(toks[i]?.post ?? ""));
      const np = resolveNp(ctx, idx.slice(k + 2, end < 0 ? idx.length : end + 1), true, q.open, 0);
      if (np !== null) {
        return { ...np, cue: { text: `${t.text} ${to.text}`, lemma: "according to", start: t.start, end: to.end }, channel: null, confidence: 0.85, rule: "according-to" };
      }
    }
  }
  let v = -1;
  for (let k = idx.length - 1; k >= 0; k--) {
    if (isSpeechVerb(toks, idx[k] ?? -1)) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  const verbIdx = idx[v] ?? -1;
  const subj = idx.slice(0, v);
  let np = resolveNp(ctx, clauseSubject(ctx, subj), false, q.open, 0);
  let rule = "verb-before";
  // "told Ivo Brandt": after tell and ask comes the listener, never the speaker.
  const listener = ["tell", "ask"].includes(SPEECH_FORMS.get(toks[verbIdx]?.lower ?? "") ?? "");
  if (!listener && (np === null || (np.speaker === null && subj.length === 0))) {
    np = resolveNp(ctx, idx.slice(v + 1), true, q.open, 0);
    rule = "verb-before-inverted";
  }
  return np === null ? null : build(ctx, np, verbIdx, rule, 0.8, q.open);
}

