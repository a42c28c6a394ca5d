/**
 * Resolve, echoes: a headline or a pull quote takes the speaker of the body quote that repeats it
 * (part of the resolve stage, 08-resolve.ts).
 */
import { contentWords, fold } from "../fold.js";
import type { Doc, Resolved } from "../document.js";

const MAX_HEADLINE_QUOTES = 50;

/** Without final punctuation and spaces (a loop: a `[…]+$` regex backtracks on long runs). */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && ".!?…,;: ".includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** A headline quote takes the speaker of the body quote that repeats it (or contains it). */
export function resolveHeadlines(doc: Doc, out: Resolved[]): void {
  const headlines = doc.quotes.filter((q) => q.kind === "headline").length;
  // Titles and subheadings hold a handful of quotes; a text made only of them is not an article.
  if (headlines === 0 || headlines > MAX_HEADLINE_QUOTES) return;
  // Folded on first use: often every headline already has its speaker and none is needed.
  const folded: (string | undefined)[] = [];
  const textOf = (i: number): string => (folded[i] ??= trimEnd(fold(doc.text.slice(doc.quotes[i]!.start, doc.quotes[i]!.end))));
  // A body quote's words, split once for all the headlines compared with it.
  const wordSets: (Set<string> | undefined)[] = [];
  const wordsOf = (j: number): Set<string> => (wordSets[j] ??= new Set(contentWords(textOf(j))));
  doc.quotes.forEach((q, qi) => {
    // A title that names its speaker (« X : « … » ») keeps it.
    if (q.kind !== "headline" || out[qi]!.entity !== null) return;
    const t = textOf(qi);
    if (t.length < 3) return;
    for (let j = 0; j < doc.quotes.length; j++) {
      if (j === qi || doc.quotes[j]!.kind === "headline") continue;
      const body = textOf(j);
      if (body.includes(t) || (t.includes(body) && body.length > 20)) {
        out[qi] = { ...out[j]! };
        const a = doc.attributions[qi];
        if (a) a.confidence = 0.8;
        return;
      }
    }
    // A subheading that sums a body quote up (« Il faut agir plus vite » for « … réparer
    // et agir plus vite »): the body quote sharing most of its words, two at least.
    const words = contentWords(t);
    if (words.length < 2) return;
    let best = -1;
    let bestShared = 0;
    for (let j = 0; j < doc.quotes.length; j++) {
      if (j === qi || doc.quotes[j]!.kind === "headline" || out[j]!.entity === null) continue;
      const body = wordsOf(j);
      const shared = words.filter((w) => body.has(w)).length;
      if (shared > bestShared) {
        best = j;
        bestShared = shared;
      }
    }
    if (best >= 0 && bestShared >= 2 && bestShared * 3 >= words.length * 2) {
      out[qi] = { ...out[best]! };
      const a = doc.attributions[qi];
      if (a) a.confidence = 0.6;
    }
  });
}

/** Rules that only guess from around a quote: a pull quote they answer may take its echo's speaker. */
const GUESSED: ReadonlySet<string> = new Set(["running", "topic", "nearest", "previous"]);

/** The quote fills its own line: nothing but marks, spaces, « > » and punctuation around it. */
function fillsLine(doc: Doc, qi: number): boolean {
  const q = doc.quotes[qi]!;
  const text = doc.text;
  for (let i = q.start - 1; i >= 0 && text[i] !== "\n"; i--) if (!/[\s«»"“”>*\\]/.test(text[i]!)) return false;
  for (let i = q.end; i < text.length && text[i] !== "\n"; i++) if (!/[\s«»"“”.,;:!?…*\\]/.test(text[i]!)) return false;
  return true;
}

/**
 * A pull quote — a body line holding only a quote, with no cue of its own (« Plus on attend,
 * plus c'est cher » set between paragraphs) — takes the speaker of the quote that repeats it
 * with a cue: the same words, or most of its words (two at least), as for a subheading.
 */
export function resolvePullQuotes(doc: Doc, out: Resolved[]): void {
  const candidates: number[] = [];
  doc.quotes.forEach((q, qi) => {
    const a = doc.attributions[qi];
    if (q.kind !== "headline" && (!a || GUESSED.has(a.rule)) && candidates.length < MAX_HEADLINE_QUOTES && fillsLine(doc, qi)) candidates.push(qi);
  });
  if (candidates.length === 0) return;
  // Body quotes with a cue of their own and a named speaker: the echoes a pull quote may have.
  const echoes: number[] = [];
  doc.quotes.forEach((q, qi) => {
    const a = doc.attributions[qi];
    if (q.kind !== "headline" && a && !GUESSED.has(a.rule) && a.rule !== "headline" && out[qi]!.entity !== null) echoes.push(qi);
  });
  if (echoes.length === 0 || echoes.length > 400) return;
  const words = new Map<number, Set<string>>();
  const wordsOf = (j: number): Set<string> => {
    let w = words.get(j);
    if (!w) words.set(j, (w = new Set(contentWords(trimEnd(fold(doc.text.slice(doc.quotes[j]!.start, doc.quotes[j]!.end)))))));
    return w;
  };
  for (const qi of candidates) {
    const own = [...wordsOf(qi)];
    if (own.length < 2) continue;
    let best = -1;
    let bestShared = 0;
    for (const j of echoes) {
      if (j === qi) continue;
      const body = wordsOf(j);
      let shared = 0;
      for (const w of own) if (body.has(w)) shared++;
      if (shared > bestShared) {
        best = j;
        bestShared = shared;
      }
    }
    if (best < 0 || bestShared < 2 || bestShared * 3 < own.length * 2 || out[best]!.entity === out[qi]!.entity) continue;
    out[qi] = { ...out[best]! };
    const q = doc.quotes[qi]!;
    doc.attributions[qi] = { subject: null, cueStart: q.start, cueEnd: q.start, cueLemma: "", channel: null, rule: "headline", confidence: 0.6 };
  }
}
