/**
 * Sieve "incise", "inverted", "as-put-it", "according-to" (after the quote): the words right
 * after the quote, up to its sentence's end — «"…," Dimon said», «"…," said Smith», «as X put
 * it», «according to X». The most precise cue: English puts "said" after the quote.
 */
import { word } from "../entities.js";
import type { EnQuote } from "../quotes.js";
import type { Tok } from "../tokens.js";
import { build, clauseSubject, isSpeechVerb, mentionAt, SENTENCE_END, tokensIn, type Attribution, type Ctx } from "./context.js";
import { quotedAs } from "./cue-before.js";
import { resolveNp } from "./noun-phrase.js";

export const rules = ["incise", "inverted", "as-put-it", "according-to", "quoted-as"] as const;

export function cueAfter(ctx: Ctx, q: EnQuote, range: [number, number]): Attribution | null {
  const { toks } = ctx.doc;
  const idx = tokensIn(ctx, range[0], range[1]);
  const first = toks[idx[0] ?? -1];
  if (first === undefined) return null;
  // according to X
  if (first.lower === "according" && toks[(idx[1] ?? -1)]?.lower === "to") {
    const np = resolveNp(ctx, idx.slice(2), true, q.open, range[1]);
    const to = toks[idx[1] ?? -1];
    if (np !== null && to !== undefined) {
      return { ...np, cue: { text: `${first.text} ${to.text}`, lemma: "according to", start: first.start, end: to.end }, channel: null, confidence: 0.85, rule: "according-to" };
    }
  }
  // A quote closing on a full stop ends its sentence: what follows is a new one.
  if (/\.\s*["\u201d]$/.test(ctx.doc.text.slice(Math.max(q.lastOpen, q.after - 3), q.after)) && first.cap && first.lower !== "he" && first.lower !== "she") return null;
  // The verb comes within a few words, or after a name and its apposition («"…," Ivo Brandt,
  // a lawyer for the family since 2019, told the court»).
  // «"…," the Ledger quoted her as saying»: the one quoted speaks, not the outlet.
  const saying = idx.findIndex((i, k) => k > 1 && k < 14 && ["saying", "telling", "writing"].includes(toks[i]?.lower ?? ""));
  const quoted = saying > 0 ? quotedAs(ctx, idx, saying, q.open) : null;
  if (quoted !== null) return build(ctx, quoted.np, idx[quoted.verb] ?? -1, "quoted-as", 0.85, range[1]);
  const named = mentionAt(ctx, first);
  const reach = named !== undefined && /^,/.test(toks[named.tokEnd - 1]?.post ?? "") ? 30 : 14;
  const v = idx.findIndex((i, k) => k < reach && isSpeechVerb(toks, i));
  if (v < 0) return null;
  const verbIdx = idx[v] ?? -1;
  if (v === 0) {
    const np = resolveNp(ctx, idx.slice(1), true, q.open, range[1]);
    return np === null ? null : build(ctx, np, verbIdx, "inverted", 0.9, range[1]);
  }
  let subj = idx.slice(0, v);
  let rule: "incise" | "as-put-it" = "incise";
  if (toks[subj[0] ?? -1]?.lower === "as") {
    subj = subj.slice(1);
    rule = "as-put-it";
  } else if (subj.some((i) => SENTENCE_END.test(toks[i]?.post ?? "") && word(toks[i] as Tok) === toks[i]?.text)) return null;
  // Keep the subject only: the words right before the verb, up to a clause break.
  const np = resolveNp(ctx, clauseSubject(ctx, subj), false, q.open, 0);
  return np === null ? null : build(ctx, np, verbIdx, rule, 0.9, range[1]);
}

