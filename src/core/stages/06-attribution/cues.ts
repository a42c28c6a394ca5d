/**
 * Reading speech verbs: the cue at a token (« a-t-il déclaré », « ajoute-t-elle », « a
 * notamment expliqué », « s'est félicité », « regrettant », « fait valoir », « appelle à »),
 * remembered per token in the Context.
 */
import { attributionCues, isSpeechNoun, mayStartLongerSpeechVerb, mayStartSpeechVerb, speechEmbedder, speechVerb, speechVerbMaxWords, type EmbedderEntry, type VerbEntry } from "../../../lexicon/index.js";
import type { SubjectRef } from "../../document.js";
import { AUX, NEGATIONS, inAdverbs, inAux, inClitics, inSubjectPronouns, inTimeWords, SUBJECT_PRONOUNS } from "../../french.js";
import { orgHeadOfLower } from "../../word-lexicon.js";
import { perWord, perWordFlag } from "../../words.js";
import type { Context } from "./context.js";
import { inOrgProxies, isStaff, nounPhrase } from "./noun-phrase.js";
import { subjectBefore } from "./subjects.js";

/** A speech-verb cue found at some token. */
export interface Cue {
  lemma: string;
  /** Token range of the cue [start, end). */
  start: number;
  end: number;
  form: "finite" | "participle" | "gerund";
  /** The subject pronoun glued to the verb (a-t-il, dit-elle), when inverted. */
  pronoun: SubjectRef | null;
  /** A passive (« ont été relevées par X »): the speaker is the agent after « par », at `end`. */
  passive?: boolean;
}

/** A form read from the lexicon or an idiom. */
interface Form {
  lemma: string;
  form: string;
  words: number;
  homograph: boolean;
}

// Asked of most words of an article: remembered on the word (src/core/words.ts).
const startsSpeechVerb = perWordFlag(mayStartSpeechVerb, "lower");
/** The speech-verb readings of one word, remembered on it. */
export const speechVerbOf = perWord(speechVerb, "lower");
/** The speech-embedder readings of one word (« cesse », « tenu »), remembered on it. */
const embedderOf = perWord(speechEmbedder, "lower");
/** Some speech-verb form of two or more tokens may start with this word. */
const startsLongerSpeechVerb = perWordFlag(mayStartLongerSpeechVerb, "lower");
/** The word is a speech noun (« communiqué », « rapport »), remembered on it. */
export const speechNounOf = perWordFlag(isSpeechNoun, "lower");

/**
 * The speech-verb cue starting at token i, ending at or before `limit`.
 * `strict`: the form must also look like a verb in context when it is a homograph (juge, critique).
 */
export function verbAt(ctx: Context, i: number, limit: number, strict = false): Cue | null {
  const t = ctx.tokens[i];
  if (!t || i >= limit || t.kind !== "word") return null;
  const key = i * 2 + (strict ? 1 : 0);
  let cue: Cue | null;
  const read = ctx.verbRead[key];
  if (read === 0) {
    cue = readVerb(ctx, i, ctx.paraLimit[ctx.doc.tokPara[i]!]!, strict);
    ctx.verbRead[key] = cue ? 2 : 1;
    if (cue) ctx.cues.set(key, cue);
  } else cue = read === 2 ? ctx.cues.get(key)! : null;
  return cue && cue.end <= limit ? cue : null;
}

/** verbAt without the cache, reading up to the paragraph's end. */
function readVerb(ctx: Context, i: number, limit: number, strict: boolean): Cue | null {
  const tokens = ctx.tokens;
  const t = tokens[i];
  if (!t || i >= limit || t.kind !== "word") return null;
  let j = i;
  // « ne cesse de répéter », « n'a cessé de dire »: a negation may open an embedded cue.
  const negated = t.lower === "ne" || t.lower === "n'";
  if (negated) j++;
  // Pronominal: s'est félicité, se sont réjouis, s'indigne.
  const reflexive = tokens[j]?.lower === "s'" || tokens[j]?.lower === "se";
  if (reflexive) j++;
  const head = tokens[j];
  if (!head || j >= limit) return null;
  const inverted = invertedSubject(head);
  const base = inverted ? inverted[1]! : head.lower;
  const pronoun: SubjectRef | null = inverted ? pronounRef(inverted[2]!, j) : null;
  if (inverted ? AUX.has(base) : inAux(head)) {
    let k = j + 1;
    let skipped = 0;
    // « ont été relevées par X »: a passive names its speaker after « par » (else it names none).
    if (tokens[k]?.lower === "été" && !reflexive) {
      const p = participleAt(ctx, k + 1, false);
      const par = p && k + 1 < limit ? agentPar(ctx, k + 1 + p.words, limit) : -1;
      if (p && par >= 0) return { lemma: p.lemma, start: i, end: par, form: "finite", pronoun: null, passive: true };
      return null;
    }
    while (k < limit && skipped < 4) {
      const inserted = tokens[k]!.text === "," ? insertAt(ctx, k + 1) : insertAt(ctx, k);
      if (inserted === k + 1) break;
      if (inserted > k) {
        k = inserted;
        skipped++;
        continue;
      }
      if (!inAdverbs(tokens[k]) || participleAt(ctx, k, reflexive)) break;
      k++;
      skipped++;
    }
    const p = negated ? null : participleAt(ctx, k, reflexive);
    if (p && k < limit) return { lemma: p.lemma, start: i, end: k + p.words, form: "finite", pronoun };
    // « a tenu à rappeler », « s'est empressé de démentir »: an embedder's participle.
    const em = embeddedAt(ctx, k, limit, "participle", reflexive || isReflexive(tokens[i - 1]));
    if (em) return { lemma: em.lemma, start: i, end: em.end, form: "finite", pronoun };
    return null;
  }
  const found = negated ? null : (formAt(ctx, j, limit, reflexive, inverted ? base : null) ?? idiomAt(ctx, j, limit));
  if (!found) {
    // « ne cesse de répéter », « s'évertue à expliquer », « continuant de dénoncer ».
    // (« se contente-t-on de dire »: inverted too.)
    const em = embeddedAt(ctx, j, limit, "finite", reflexive || isReflexive(tokens[i - 1]), inverted ? base : null);
    return em ? { lemma: em.lemma, start: i, end: em.end, form: em.form === "gerund" ? "gerund" : "finite", pronoun } : null;
  }
  // « a écrit »: read from the auxiliary, which a backward scan meets next.
  if (!inverted && !reflexive && inAux(tokens[j - 1]) && participleAt(ctx, j, false)) return null;
  if (found.form === "participle") return null;
  // « Et Julie Vasseur de conclure : »: an infinitive after « de » and a name narrates.
  if (found.form === "infinitive") {
    const de = tokens[j - 1]?.lower;
    const named = (ctx.doc.mentionAt[j - 2] ?? -1) >= 0 && ctx.doc.mentions[ctx.doc.mentionAt[j - 2]!]!.tokEnd === j - 1;
    if (!reflexive && (de === "de" || de === "d'") && named) return { lemma: found.lemma, start: i, end: j + found.words, form: "finite", pronoun: null };
    return null;
  }
  if (strict && found.homograph && !pronoun && !verbContext(ctx, i, j + found.words)) return null;
  return { lemma: found.lemma, start: i, end: j + found.words, form: found.form === "gerund" ? "gerund" : "finite", pronoun };
}

/** The word is « s' » or « se ». */
function isReflexive(t: { lower: string } | undefined): boolean {
  return t !== undefined && (t.lower === "s'" || t.lower === "se");
}

/** Negations and adverbs between an embedder and its preposition: « n'hésite pas à », « ne cesse jamais de ». */

/**
 * The speech verb an embedder at k carries (lexicons/speech-embedders.txt): « cesse de
 * répéter », « évertue à expliquer », « tenu à rappeler », « ose dire ». `want`: the
 * embedder's participle (after an auxiliary) or its other forms. `reflexive`: « s' » / « se »
 * stands before it, which a pronominal embedder needs. `override`: the verb of an inverted
 * form (« contente » of « contente-t-on »).
 */
function embeddedAt(ctx: Context, k: number, limit: number, want: "participle" | "finite", reflexive: boolean, override: string | null = null): { lemma: string; end: number; form: EmbedderEntry["form"] } | null {
  const tokens = ctx.tokens;
  const t = tokens[k];
  if (!t || k >= limit || t.kind !== "word") return null;
  const entries = override === null ? embedderOf(t) : speechEmbedder(override);
  if (!entries) return null;
  for (const e of entries) {
    if ((e.form === "participle") !== (want === "participle") || e.pronominal !== reflexive) continue;
    let n = k + 1;
    while (n < limit && n < k + 3 && (NEGATIONS.has(tokens[n]!.lower) || inAdverbs(tokens[n]))) n++;
    if (e.prep) {
      const p = tokens[n]?.lower;
      if (!(p === e.prep || (e.prep === "de" && p === "d'"))) continue;
      n++;
    }
    const f = n < limit ? formAt(ctx, n, limit, false, null) : null;
    if (f && f.form === "infinitive") return { lemma: f.lemma, end: n + f.words, form: e.form };
  }
  return null;
}

/**
 * « par » introducing a passive's agent at k or after a short complement (« relevées dans ces
 * contrats par X »): its index, or -1.
 */
function agentPar(ctx: Context, k: number, limit: number): number {
  for (let n = k; n < limit && n < k + 6; n++) {
    const t = ctx.tokens[n]!;
    if (t.lower === "par") return n;
    if (t.kind !== "word" || ctx.doc.tokQuote[n]! >= 0 || (ctx.doc.mentionAt[n] ?? -1) >= 0) return -1;
  }
  return -1;
}

/** Participles whose agent asked, not spoke: « interrogé par X » is the subject's answer (lexicons/asked-verbs.txt). */
const ASKED = attributionCues.askedVerbs;

/**
 * A participle read as a passive with its agent, without auxiliary: « des « clauses abusives »
 * relevées par X », « une réponse jugée « ridicule » par X » (the quote may stand between the
 * participle and « par »: `from` is where to look for « par »). The cue ends at « par ».
 */
export function passiveAt(ctx: Context, k: number, from: number, limit: number): Cue | null {
  const p = participleAt(ctx, k, false);
  if (!p || ASKED.has(p.lemma)) return null;
  const par = agentPar(ctx, Math.max(from, k + p.words), limit);
  return par >= 0 ? { lemma: p.lemma, start: k, end: par, form: "finite", pronoun: null, passive: true } : null;
}

/** End of an inserted phrase at k (« pour sa part », « de son côté », « quant à lui »), or k. */
function insertAt(ctx: Context, k: number): number {
  const a = ctx.tokens[k]?.lower;
  const b = ctx.tokens[k + 1]?.lower;
  const c = ctx.tokens[k + 2]?.lower;
  let end = k;
  if (a === "pour" && (b === "sa" || b === "son" || b === "leur") && c === "part") end = k + 3;
  else if (a === "de" && (b === "son" || b === "leur") && c === "côté") end = k + 3;
  else if (a === "quant" && b === "à" && (c === "lui" || c === "elle" || c === "eux")) end = k + 3;
  else if ((a === "une" || a === "encore") && (b === "nouvelle" || b === "une") && (c === "fois")) end = k + 3;
  else if ((a === "à" && (b === "son" || b === "leur") && c === "tour")) end = k + 3;
  else if ((a === "lui" || a === "elle" || a === "eux") && b === "aussi") end = k + 2;
  // « a, elle, estimé »: a stressed pronoun between commas.
  else if ((a === "lui" || a === "elle" || a === "eux" || a === "elles") && b === ",") end = k + 1;
  else if ((a === "au" && b === "contraire") || ((a === "de" || a === "à") && b === "nouveau") || (a === "par" && b === "ailleurs") || (a === "en" && b === "outre") || (a === "d'" && b === "ailleurs") || (a === "sans" && (b === "détour" || b === "ambages"))) end = k + 2;
  else return k;
  // The insert may sit between commas: « a, pour sa part, déclaré ».
  return ctx.tokens[end]?.text === "," ? end + 1 : end;
}

/**
 * Verbs that report speech only with a given complement, so the lexicon leaves them out:
 * « appeler à » (a appelé à « … »), « y voir » (X y voit « un scandale »).
 */
function idiomAt(ctx: Context, k: number, limit: number): Form | null {
  const t = ctx.tokens[k];
  if (!t || k >= limit) return null;
  // (Most words are neither: the words after them are not read.)
  const m = appelerForm(t);
  if (!m && t.lower !== "y") return null;
  let n = k + 1;
  while (n < limit && n < k + 3 && inTimeWords(ctx.tokens[n])) n++;
  const next = ctx.tokens[n]?.lower;
  if (m && (next === "à" || next === "au" || next === "aux" || callsOnTo(ctx, n, limit))) return { lemma: "appeler", form: m[1] === "é" || m[1] === "ée" || m[1] === "és" || m[1] === "ées" ? "participle" : m[1] === "ant" ? "gerund" : "finite", words: 1, homograph: false };
  if (t.lower === "y" && next !== undefined && VOIR.has(next)) return { lemma: "voir", form: "finite", words: 2, homograph: false };
  return null;
}

/** A past participle at k (single or multi-word: « fait valoir »). */
function participleAt(ctx: Context, k: number, reflexive: boolean): { lemma: string; words: number } | null {
  const f = formAt(ctx, k, ctx.tokens.length, reflexive, null, true) ?? idiomAt(ctx, k, ctx.tokens.length);
  return f && f.form === "participle" ? { lemma: f.lemma, words: f.words } : null;
}

/** Longest speech-verb form starting at token k. `override` replaces the first word (inverted forms). */
function formAt(ctx: Context, k: number, limit: number, reflexive: boolean, override: string | null, participle = false): Form | null {
  const tokens = ctx.tokens;
  const first = tokens[k];
  if (!first || first.kind !== "word") return null;
  let phrase = override ?? first.lower;
  if (override === null ? !startsSpeechVerb(first) : !mayStartSpeechVerb(phrase)) return null;
  let best: Form | null = null;
  // (A word alone that starts no longer form: its own readings are all there is.)
  const most = override === null && !startsLongerSpeechVerb(first) ? 1 : speechVerbMaxWords;
  for (let n = 1; n <= most && k + n - 1 < limit; n++) {
    if (n > 1) {
      const t = tokens[k + n - 1]!;
      if (ctx.doc.tokPara[k + n - 1] !== ctx.doc.tokPara[k] || t.kind !== "word") break;
      phrase += (tokens[k + n - 2]!.lower.endsWith("'") ? "" : " ") + t.lower;
    }
    const entries = n === 1 && override === null ? speechVerbOf(first) : speechVerb(phrase);
    if (!entries) continue;
    // « écrit » is both « il écrit » and « a écrit »: take the reading the context asks for.
    // The first entry of the right voice in the form asked for, else the first of that voice.
    let fit: VerbEntry | undefined;
    let firstFit: VerbEntry | undefined;
    for (const e of entries) {
      if (e.pronominal !== reflexive) continue;
      firstFit ??= e;
      if ((e.form === "participle") === participle) {
        fit = e;
        break;
      }
    }
    fit ??= firstFit;
    if (fit) best = { lemma: fit.lemma, form: fit.form, words: n, homograph: fit.homograph };
  }
  return best;
}

/** A homograph (« juge », « critique ») is a verb when a subject or clitic stands before it, or « que » follows. */
function verbContext(ctx: Context, start: number, end: number): boolean {
  const before = ctx.tokens[start - 1];
  const after = ctx.tokens[end];
  if (after && (after.lower === "que" || after.lower === "qu'" || after.text === ":" || after.text === "«")) return true;
  if (!before) return false;
  if (inSubjectPronouns(before) || inClitics(before)) return true;
  const m = ctx.doc.mentionAt[start - 1] ?? -1;
  if (m >= 0) return true;
  // « Le Copa-Cogeca, principal lobby agricole, juge … »: a named subject before an apposition.
  if (before.text === "," || before.text === ")") return subjectBefore(ctx, start, ctx.sentenceOf(start).start)?.kind === "mention";
  return false;
}

/** « appeler les alliés de Kiev à livrer »: a short object, then « à » and an infinitive. */
function callsOnTo(ctx: Context, n: number, limit: number): boolean {
  for (let j = n; j < limit && j < n + 7; j++) {
    const t = ctx.tokens[j]!;
    if (t.kind !== "word" || ctx.doc.tokQuote[j]! >= 0) return false;
    if (t.lower === "à") {
      // (« à « sortir du silence » »: the infinitive may open a quote.)
      const v = ctx.tokens[j + 1]?.text === "«" ? ctx.tokens[j + 2] : ctx.tokens[j + 1];
      return !!v && v.kind === "word" && !v.cap && /(?:er|ir|re)$/.test(v.lower);
    }
  }
  return false;
}

/** « estime-t-on au ministère », « explique-t-on chez Renault »: the organization where « on » speaks. */
export function onAt(ctx: Context, cue: Cue, limit: number): SubjectRef | null {
  if (!cue.pronoun || cue.pronoun.kind !== "description" || cue.pronoun.text !== "on") return null;
  let k = cue.end;
  let prep = ctx.tokens[k]?.lower;
  // « dans l'entourage de X », « du côté de la mairie », « auprès du cabinet de X ».
  if (prep === "du" && ctx.tokens[k + 1]?.lower === "côté" && /^d/.test(ctx.tokens[k + 2]?.lower ?? "")) {
    k += 2;
    prep = ctx.tokens[k]!.lower === "de" || ctx.tokens[k]!.lower === "d'" ? "dans" : "au";
  } else if (prep === "auprès" && /^d/.test(ctx.tokens[k + 1]?.lower ?? "")) {
    k++;
    prep = ctx.tokens[k]!.lower === "de" || ctx.tokens[k]!.lower === "d'" ? "dans" : "au";
  }
  if (prep !== "à" && prep !== "au" && prep !== "chez" && prep !== "aux" && prep !== "dans") return null;
  k++;
  // « au ministère »: the contracted article holds the determiner the phrase reader wants.
  const w = ctx.tokens[k];
  // (« au cabinet de X »: the staff of a person named after it speaks for that person.)
  const ofSomeone = ctx.tokens[k + 1]?.lower === "de" || ctx.tokens[k + 1]?.lower === "d'" || ctx.tokens[k + 1]?.lower === "du";
  if ((prep === "au" || prep === "aux") && w && !w.cap && inOrgProxies(w) && (ctx.doc.mentionAt[k] ?? -1) < 0 && !(ofSomeone && isStaff(w.lower))) {
    const head = orgHeadOfLower(w);
    if (head) return { kind: "org-role", orgType: head.type, head: w.lower, tok: k, text: w.text };
  }
  return nounPhrase(ctx, k, limit)?.subject ?? null;
}

/** The subject a pronoun at `tok` stands for: « on » is an unnamed description. */
export function pronounRef(word: string, tok: number): SubjectRef | null {
  const p = SUBJECT_PRONOUNS.get(word);
  if (!p) return null;
  if (word === "on") return { kind: "description", text: "on", tok };
  return { kind: "pronoun", gender: p.gender, plural: p.plural, tok };
}

const APPELER = /^appel(le|les|lent|ait|aient|a|èrent|é|ée|és|ées|ant|lera|leront)$/;
const VOIR = new Set(["voit", "voient", "voyait", "voyaient", "verra", "verront"]);
/** A form of « appeler » (its ending captured), remembered on the word. */
const appelerForm = perWord((lower) => APPELER.exec(lower), "lower");
/** « a-t-il », « estime-t-elle »: the verb and its inverted subject pronoun, remembered on the word. */
const invertedSubject = perWord((lower) => /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/.exec(lower), "lower");
