/**
 * running — a quote without a cue in a run of quotes keeps the running speaker: the previous
 * quote is in the same paragraph, or ends one of the two before, with no other person named in
 * between. Resolve copies the previous quote's speaker. Also the gerund that shares its
 * sentence's speaker (see `gerundRunning`).
 */
import type { Attribution } from "../../../document.js";
import { NOUN_SLOT } from "../../../french.js";
import { firstTokenOf, type Context } from "../context.js";
import { verbAt, type Cue } from "../cues.js";
import type { Sieve } from "../sieve.js";

/** The confidence of a run carried over a paragraph break. */
const ACROSS_PARAGRAPH = 0.5;
/** The confidence of a whole quote (not a fragment) carried inside one paragraph. */
const FULL_SAME_PARAGRAPH = 0.8;

export const running: Sieve = {
  name: "running",
  rule: "running",
  confidence: 0.6,
  run(ctx, qi) {
    if (qi === 0) return null;
    const { doc, tokens } = ctx;
    const q = ctx.quote(qi);
    const prev = ctx.quote(qi - 1);
    // A quote nobody was found for carries no one: the next one looks for its own speaker.
    if (prev.kind === "headline" || !ctx.doc.attributions[qi - 1]) return null;
    const from = prev.closeTok >= 0 ? prev.closeTok + 1 : prev.tokEnd;
    const to = firstTokenOf(q);
    const paraGap = q.para - prev.para;
    if (paraGap > 2) return null;
    // Between them: at most a short stretch of narration that names no one.
    if (to - from > 60) return null;
    // The previous quote's own speaker, named in its attribution, does not break the run.
    const prevSubject = doc.attributions[qi - 1]?.subject;
    const speakerText = prevSubject?.kind === "mention" ? lastWord(doc.mentions[prevSubject.mention]!.text) : null;
    for (let i = from; i < to; i++) {
      // « - Haine contre la France - »: agency copy's inline subheading starts a new topic.
      if (tokens[i]!.text === "-") return null;
      const m = doc.mentionAt[i] ?? -1;
      if (m >= 0 && doc.mentions[m]!.kind === "person" && lastWord(doc.mentions[m]!.text) !== speakerText) return null;
      // « La préfecture a une autre lecture. » — a sentence about an organization changes the subject.
      if (m >= 0 && doc.mentions[m]!.kind === "organization" && doc.mentions[m]!.tokStart === i && opensSentence(ctx, i) && lastWord(doc.mentions[m]!.text) !== speakerText) return null;
    }
    // « Des riverains témoignaient : « … » », « … puis a seulement déclaré « … » »: a speech verb
    // in the quote's own sentence, after the previous quote, names a new speaker that no cue rule
    // could read; the last speaker does not carry over to it.
    const sentStart = Math.max(from, ctx.sentenceOf(to).start);
    if (sentStart > from || doc.tokSent[from] !== doc.tokSent[to]) {
      for (let i = sentStart; i < to; i++) if (!NOUN_SLOT.has(tokens[i - 1]?.lower ?? "") && verbAt(ctx, i, to, true)) return null;
    }
    // Measured on dev (speaker right): a full quote in the same paragraph 0.91, a fragment woven
    // into narration there 0.70, anything carried over a paragraph break 0.64. A run is never surer
    // than the quote it continues: one started by a guess (topic, nearest) stays a guess.
    const own = paraGap > 0 ? ACROSS_PARAGRAPH : q.kind === "full" ? FULL_SAME_PARAGRAPH : this.confidence;
    return ctx.bare(null, 0, "running", Math.min(own, doc.attributions[qi - 1]!.confidence));
  },
};

/**
 * « …, a justifié la direction, en promettant un « … » »: a gerund cue in the sentence of the
 * previous, attributed quote shares its speaker. null when that is not the case.
 */
export function gerundRunning(ctx: Context, qi: number, cue: Cue, from: number): Attribution | null {
  const { doc } = ctx;
  if (cue.form !== "gerund" || qi === 0 || doc.tokSent[ctx.quote(qi - 1).tokStart] !== doc.tokSent[from] || !doc.attributions[qi - 1]) return null;
  return { ...ctx.make(cue, { kind: "description", text: "", tok: cue.start }, null, "running", 0.7), subject: null };
}

/** Token i opens its sentence, after at most an article (« La préfecture », « Le groupe X »). */
function opensSentence(ctx: Context, i: number): boolean {
  const start = ctx.sentenceOf(i).start;
  if (i === start) return true;
  const w = ctx.tokens[i - 1]!.lower;
  return i - 1 === start && (w === "le" || w === "la" || w === "l'" || w === "les");
}

function lastWord(name: string): string {
  const parts = name.split(/\s+/);
  return (parts[parts.length - 1] ?? "").toLowerCase();
}
