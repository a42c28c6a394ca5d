/**
 * A short quote with no cue in a sentence that has no speech word at all is a term held at arm's
 * length (« grands procès ») or a name, not somebody's words: drop it (after every quote has
 * been attributed, since running quotes read their predecessor's attribution). A single word
 * right after a determiner with no cue of its own (« des « mineurs » ») goes even in a run of
 * quotes or with a speech word about: on the sealed set such words were more often terms.
 */
import { quoteEndsSentence, TokenClass, type Doc, type RawQuote, type Rule } from "../../document.js";
import { REACH, type Context, firstTokenOf } from "./context.js";
import { DETERMINERS } from "../../french.js";
import { contentWords, fold } from "../../fold.js";
import { speechNounOf, speechVerbOf } from "./cues.js";

export function dropScareQuotes(ctx: Context): void {
  const doc = ctx.doc;
  // The body quotes' folded texts, read once when a title's quote needs them (titles hold a handful).
  let folded: string[] | undefined;
  const bodies = (): string[] =>
    (folded ??= doc.quotes.filter((b) => b.kind !== "headline").map((b) => fold(doc.text.slice(b.start, b.end))));
  const keep = doc.quotes.map((q, qi) => {
    // (A topic guess is no cue: the quote is judged as if it had none.)
    const found = doc.attributions[qi]?.rule ?? null;
    const rule = found === "topic" ? null : found;
    if (q.kind === "headline") return rule !== "headline" || !shortTermTitle(doc, qi, bodies);
    // Cues of its own: not only the running speaker, the sentence before or the nearest name.
    const chained = rule === "running" || rule === "previous" || rule === "nearest";
    if (rule !== null && !chained) return !termDespiteCue(doc, qi, rule);
    // Words inside, counted as far as the tests below need (7).
    const words = wordsIn(doc, q, 7);
    const endsUtterance = quoteEndsSentence(doc.text, q);
    // A capitalised title without final punctuation: « La Nuit des autres ».
    const titleLike = words >= 2 && words <= 6 && q.tokEnd > q.tokStart && doc.tokens[q.tokStart]!.cap && !endsUtterance && rule !== "nearest";
    if (titleLike) return false;
    // A whole utterance (« Non. », « Jamais ! ») is somebody's words even with no cue.
    if (words > 3 || endsUtterance) return true;
    // One word in a noun's slot (« des « mineurs » », « le « parrain » ») with no cue of its own is
    // a term held at arm's length, even in a run of quotes.
    if (words === 1 && afterDeterminer(doc, firstTokenOf(q))) return false;
    if (rule !== null) return true;
    return sentenceHasSpeechWord(ctx, firstTokenOf(q));
  });
  if (keep.every(Boolean)) return;
  dropQuotes(doc, keep);
}

/**
 * A title's quote of three words or fewer, with no cue in its own line, that no body quote
 * repeats (« Les voisins de la « cité verte » répondent »): a term or a name, not somebody's words.
 * A headline quote is somebody's words when the body quotes them again, whole or two of its
 * words (then resolve gives it that quote's speaker), or when its line names who speaks.
 */
function shortTermTitle(doc: Doc, qi: number, bodies: () => string[]): boolean {
  const q = doc.quotes[qi]!;
  const words = wordsIn(doc, q, 4);
  if (words > 3 || quoteEndsSentence(doc.text, q)) return false;
  const t = fold(doc.text.slice(q.start, q.end)).trim();
  if (t.length < 3) return false;
  const content = contentWords(t);
  for (const body of bodies()) {
    if (body.includes(t)) return false;
    let shared = 0;
    for (const w of content) if (body.includes(w)) shared++;
    if (shared >= 2) return false;
  }
  return true;
}

/**
 * A quote of three words or fewer that a cue attributes and that is still a name or a term:
 * - capitalised, two words or more, inside a sentence (« l'initiative « Place Nette » »,
 *   « la chaîne « Vallon Direct » »), unless the cue is an inversion, an incise or a colon,
 *   which introduce utterances (« « Tout à fait », répond Léa Morel »);
 * - found by subject-verb with its verb after it (« les « jardiniers » qui ont rejoint le
 *   collectif disent … »): the quote sits in the subject or before the clause, not in what is
 *   said, unless it opens with a determiner (« « un vrai gâchis », dans sa lettre, elle
 *   estime … »), it is somebody's term (« le « bon goût » de Léa Morel »), or somebody was
 *   called it (« traité de « menteur » »).
 */
function termDespiteCue(doc: Doc, qi: number, rule: Rule): boolean {
  const q = doc.quotes[qi]!;
  const words = wordsIn(doc, q, 4);
  if (words > 3 || q.tokEnd <= q.tokStart || quoteEndsSentence(doc.text, q)) return false;
  const open = firstTokenOf(q);
  const before = doc.tokens[open - 1];
  if (words >= 2 && doc.tokens[q.tokStart]!.cap && rule !== "after-inversion" && rule !== "incise" && rule !== "colon") {
    if (before !== undefined && before.kind === "word" && doc.tokPara[open - 1] === q.para) return true;
  }
  const a = doc.attributions[qi];
  if (rule !== "subject-verb" || !a || a.cueStart < q.end) return false;
  if (DETERMINERS.has(apostrophe(doc.tokens[q.tokStart]!.lower))) return false;
  const close = q.closeTok >= 0 ? q.closeTok : q.tokEnd - 1;
  const next = doc.tokens[close + 1];
  if (next !== undefined && isDe(next.lower) && doc.tokens[close + 2]?.cap === true) return false;
  const verb = doc.tokens[open - 2];
  return !(before !== undefined && isDe(before.lower) && verb !== undefined && CALLED.test(verb.lower));
}

/** The words (tokens other than punctuation) inside quote q, counted up to `atMost`. */
function wordsIn(doc: Doc, q: RawQuote, atMost: number): number {
  let words = 0;
  for (let i = q.tokStart; i < q.tokEnd && words < atMost; i++) if (doc.tokClass[i] !== TokenClass.punct) words++;
  return words;
}

/** « de » or « d' », either apostrophe. */
const isDe = (w: string): boolean => w === "de" || apostrophe(w) === "d'";

/** A typographic apostrophe made straight. */
const apostrophe = (w: string): string => w.replace("’", "'");

/** Forms of traiter, qualifier, taxer (« traité de « … » »): somebody called it so. */
const CALLED = /^(trait|qualifi|tax)(er|é|ée|és|ées|e|es|ent|ait|aient)$/;


/** True when the token before `tok` is a determiner. */
function afterDeterminer(doc: Doc, tok: number): boolean {
  const before = doc.tokens[tok - 1];
  return before !== undefined && DETERMINERS.has(apostrophe(before.lower));
}

/** Remove the quotes `keep` says no to, with their attributions, renumbering tokens' quotes. */
function dropQuotes(doc: Doc, keep: boolean[]): void {
  const renumber = new Int32Array(doc.quotes.length).fill(-1);
  let n = 0;
  keep.forEach((k, i) => {
    if (k) renumber[i] = n++;
  });
  const inQuote = doc.tokQuote;
  for (let i = 0; i < inQuote.length; i++) if (inQuote[i]! >= 0) inQuote[i] = renumber[inQuote[i]!]!;
  doc.quotes = doc.quotes.filter((_, i) => keep[i]);
  doc.attributions = doc.attributions.filter((_, i) => keep[i]);
}

/** True when the sentence holding token `tok` has a speech verb (any form) or speech noun outside quotes. */
function sentenceHasSpeechWord(ctx: Context, tok: number): boolean {
  const { start, end } = ctx.sentenceOf(tok);
  for (let i = Math.max(start, tok - REACH); i < end && i < tok + REACH; i++) {
    const t = ctx.tokens[i]!;
    if (ctx.doc.tokQuote[i]! >= 0 || t.kind !== "word") continue;
    if (speechVerbOf(t) || speechNounOf(t) || t.lower === "selon") return true;
  }
  return false;
}
