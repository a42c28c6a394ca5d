/**
 * Sieve "verb-before", "verb-before-inverted", "according-to" (before the quote): the
 * sentence before the quote — «X said: "…"», «X said that "…"», «According to X, "…"», and with
 * no speech verb «For X, … "…"».
 */
import type { EnQuote } from "../quotes.js";
import { DOCUMENT_NOUNS, FINDING_FORMS, ORG_PROXIES, SPEECH_FORMS, STANCE_FORMS } from "../lexicon.js";
import { build, clauseSubject, isSpeechVerb, mentionAt, tokensIn, type Attribution, type Ctx } from "./context.js";
import { resolveNp, resolvePronoun, type Np } from "./noun-phrase.js";

export const rules = ["verb-before", "verb-before-inverted", "according-to", "quoted-as"] as const;

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
  if (v < 0) return finding(ctx, q, idx) ?? forView(ctx, q, idx);
  const verbIdx = idx[v] ?? -1;
  const quoted = quotedAs(ctx, idx, v, q.open);
  if (quoted !== null) return build(ctx, quoted.np, idx[quoted.verb] ?? -1, "quoted-as", 0.8, q.open);
  const subj = idx.slice(0, v);
  let np = resolveNp(ctx, clauseSubject(ctx, subj), false, q.open, 0);
  let rule: "verb-before" | "verb-before-inverted" = "verb-before";
  // "told Ivo Brandt": after tell and ask comes the listener, never the speaker.
  const listener = ["tell", "ask"].includes(SPEECH_FORMS.get(toks[verbIdx]?.lower ?? "") ?? "");
  if (!listener && (np === null || (np.speaker === null && subj.length === 0))) {
    np = resolveNp(ctx, idx.slice(v + 1), true, q.open, 0);
    rule = "verb-before-inverted";
  }
  return np === null ? null : build(ctx, np, verbIdx, rule, 0.8, q.open);
}

/**
 * «A study by the Halden Trust found that "…"», «the report found "…"»: a document as the
 * subject of a finding verb (found, showed, concluded…) gives the body or person that wrote it
 * ("by X", "X's report", else the body named last), when the quote follows the verb in that
 * clause ("that" at most between them).
 */
function finding(ctx: Ctx, q: EnQuote, idx: readonly number[]): Attribution | null {
  const { toks } = ctx.doc;
  let v = -1;
  for (let k = idx.length - 1; k >= Math.max(1, idx.length - 2); k--) if (FINDING_FORMS.has(toks[idx[k] ?? -1]?.lower ?? "")) v = k;
  if (v < 1 || (v < idx.length - 1 && toks[idx[v + 1] ?? -1]?.lower !== "that")) return null;
  const subj = clauseSubject(ctx, idx.slice(0, v));
  const doc = subj.some((i) => {
    const w = (toks[i]?.lower ?? "").replace(/['\u2019]s$/, "");
    return !toks[i]?.cap && (ORG_PROXIES.get(w)?.kind === "document" || DOCUMENT_NOUNS.has(w));
  });
  if (!doc) return null;
  const np = resolveNp(ctx, subj, false, q.open, 0);
  if (np === null || np.speaker === null) return null;
  const a = build(ctx, np, idx[v] ?? -1, "verb-before", 0.75, q.open);
  const verb = toks[idx[v] ?? -1];
  return a.cue === null || verb === undefined ? a : { ...a, cue: { ...a.cue, lemma: FINDING_FORMS.get(verb.lower) ?? a.cue.lemma } };
}

/**
 * «For Ana Ruiz, a union organiser, the move was "a betrayal"»: a sentence with no speech verb
 * that opens on "For" and a name, then a comma, gives that view to the one named (as "according
 * to" does). Only a named person or body: "For years, …", "For now, …" name nobody.
 */
function forView(ctx: Ctx, q: EnQuote, idx: readonly number[]): Attribution | null {
  const { toks } = ctx.doc;
  const t = toks[idx[0] ?? -1];
  if (t?.lower !== "for") return null;
  const end = idx.findIndex((i, j) => j > 0 && /,/.test(toks[i]?.post ?? ""));
  if (end < 1) return null;
  const np = resolveNp(ctx, idx.slice(1, end + 1), true, q.open, 0);
  if (np === null || np.speaker === null || np.pronoun) return null;
  return { ...np, cue: { text: t.text, lemma: "for", start: t.start, end: t.end }, channel: null, confidence: 0.7, rule: "according-to" };
}

/**
 * «The Daily Ledger quoted her as saying "…"»: the one quoted speaks, not the outlet. `v`:
 * the position in `idx` of "saying"; the object between "quoted" and "as" is the speaker.
 */
export function quotedAs(ctx: Ctx, idx: readonly number[], v: number, at: number): { np: Np; verb: number } | null {
  const { toks } = ctx.doc;
  if (!["saying", "telling", "writing"].includes(toks[idx[v] ?? -1]?.lower ?? "") || toks[idx[v - 1] ?? -1]?.lower !== "as") return null;
  let k = v - 2;
  while (k >= 0 && k > v - 10 && !["quoted", "quotes", "quote", "cited", "cites"].includes(toks[idx[k] ?? -1]?.lower ?? "")) k--;
  if (k < 0 || k <= v - 10) return null;
  const obj = idx.slice(k + 1, v - 1);
  const o = toks[obj[0] ?? -1];
  if (obj.length === 1 && (o?.lower === "her" || o?.lower === "him")) {
    const id = resolvePronoun(ctx, o.lower === "him" ? "m" : "f", at);
    return id === null ? null : { np: { speaker: { kind: "person", entity: id }, description: null, pronoun: true }, verb: k };
  }
  const np = resolveNp(ctx, obj, true, at, 0);
  return np === null || np.speaker === null ? null : { np, verb: k };
}

export const stanceRules = ["subject-verb"] as const;

/**
 * Sieve "subject-verb": a quote inside its sentence, after a stance verb that is no speech verb
 * («Ana Ruiz branded the plan "reckless"», «accused the council of "wasting money"»): the
 * sentence's subject, when it names someone (a person, a body, or he/she) right before the verb.
 */
export function stanceSubject(ctx: Ctx, q: EnQuote, range: [number, number]): Attribution | null {
  const { toks } = ctx.doc;
  const idx = tokensIn(ctx, range[0], range[1]);
  // The first verb of the sentence, a stance verb within five words of its start or of a name.
  const v = idx.findIndex((i) => {
    const t = toks[i];
    return t !== undefined && !t.cap && (t.tags.has("Verb") || STANCE_FORMS.has(t.lower)) && !["is", "was", "has", "had", "have", "will", "would", "also", "later", "then"].includes(t.lower);
  });
  if (v < 1 || !STANCE_FORMS.has(toks[idx[v] ?? -1]?.lower ?? "")) return null;
  const subj = clauseSubject(ctx, idx.slice(0, v));
  // The subject ends on a name, a pronoun or a body noun right before the verb.
  const last = toks[subj[subj.length - 1] ?? -1];
  if (last === undefined) return null;
  if (!(last.lower === "he" || last.lower === "she" || mentionAt(ctx, last) !== undefined || subj.length <= 4)) return null;
  const np = resolveNp(ctx, subj, false, q.open, 0);
  if (np === null || np.speaker === null) return null;
  return build(ctx, np, idx[v] ?? -1, "subject-verb", 0.7, q.open);
}
