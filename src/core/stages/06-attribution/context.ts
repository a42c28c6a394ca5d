/**
 * What the attribution sieves share while one article is read: the Doc, each paragraph's end,
 * the speech-verb cues already read (by token), and small helpers over sentences and spans.
 * One Context per article; nothing outlives the stage's call.
 */
import { tokenEnd, type Attribution, type Doc, type RawQuote, type Rule, type SubjectRef, type Word } from "../../document.js";
import { inDefinite, inPrepositions } from "../../french.js";
import type { Cue } from "./cues.js";

/**
 * How far (in tokens) a rule looks from a quote for its cue: farther than any real sentence
 * carries it, and a bound that keeps run-on hostile text linear.
 */
export const REACH = 80;

/** Where a quote starts in tokens: its opening mark, or its first token when it has none. */
export const firstTokenOf = (q: RawQuote): number => (q.openTok >= 0 ? q.openTok : q.tokStart);

export class Context {
  readonly tokens: Word[];
  /** Token index just past the end of each paragraph. */
  readonly paraLimit: Int32Array;
  /**
   * verbAt results by token (×2, +1 when strict): rules scan the same tokens again and again.
   * A byte per key says « not read yet » (0), « no verb » (1) or « a cue » (2, kept in `cues`):
   * most tokens are no verb, so the Map stays small even on million-token articles.
   */
  readonly verbRead: Uint8Array;
  readonly cues = new Map<number, Cue>();

  constructor(readonly doc: Doc) {
    this.tokens = doc.tokens;
    this.verbRead = doc.scratch.uint8(doc.tokens.length * 2);
    this.paraLimit = new Int32Array(doc.paragraphs.length);
    for (let i = doc.tokens.length - 1; i >= 0; i--) {
      const p = doc.tokPara[i]!;
      if (this.paraLimit[p] === 0) this.paraLimit[p] = i + 1;
    }
  }

  quote(qi: number): RawQuote {
    return this.doc.quotes[qi]!;
  }

  /** The attribution built from a verb cue. */
  make(cue: Cue, subject: SubjectRef, channel: string | null, rule: Rule, confidence: number): Attribution {
    return {
      subject,
      cueStart: this.doc.tokStart[cue.start]!,
      cueEnd: tokenEnd(this.doc, cue.end - 1),
      cueLemma: cue.lemma,
      channel,
      rule,
      confidence,
    };
  }

  /** The attribution built from a cue word at `at` (« selon », « d'après ») up to `endTok`. */
  makeWord(at: number, endTok: number, lemma: string, subject: SubjectRef, rule: Rule, confidence: number): Attribution {
    return { subject, cueStart: this.doc.tokStart[at]!, cueEnd: tokenEnd(this.doc, endTok - 1), cueLemma: lemma, channel: null, rule, confidence };
  }

  /** The attribution with no cue in the text (a signature line, a running speaker). */
  bare(subject: SubjectRef | null, at: number, rule: Rule, confidence: number): Attribution {
    return { subject, cueStart: at, cueEnd: at, cueLemma: "", channel: null, rule, confidence };
  }

  /**
   * The person a passage may be about, named at token i: its mention's index, or -1 when token i
   * is inside a quote, names no person, or names one as a complement (« la fille de X »).
   */
  topicPersonAt(i: number): number {
    const doc = this.doc;
    if (doc.tokQuote[i]! >= 0) return -1;
    const m = doc.mentionAt[i] ?? -1;
    if (m < 0) return -1;
    const mention = doc.mentions[m]!;
    // A photographer's credit or a byline names who took the picture or wrote, not whom it is about.
    if (mention.reason === "photo-credit" || mention.reason === "photo-agency") return -1;
    const kind = doc.paragraphs[doc.tokPara[i]!]!.kind;
    if (kind === "byline" || kind === "boilerplate") return -1;
    const before = this.tokens[mention.tokStart - 1]?.lower;
    return mention.kind !== "person" || before === "de" || before === "d'" || before === "à" ? -1 : m;
  }

  /** The attribution to the person named by mention m, dated at its first token. */
  toPerson(m: number, rule: Rule, confidence: number): Attribution {
    return this.bare({ kind: "mention", mention: m }, this.doc.tokStart[this.doc.mentions[m]!.tokStart]!, rule, confidence);
  }

  sentenceOf(tok: number): { start: number; end: number } {
    const s = this.doc.sentences[this.doc.tokSent[tok] ?? -1];
    return s ? { start: s.tokStart, end: s.tokEnd } : { start: tok, end: tok + 1 };
  }

  /** Start of the clause holding token i: the sentence start, or just after a semicolon inside it. */
  clauseStart(i: number): number {
    const start = Math.max(this.sentenceOf(Math.max(0, i)).start, i - REACH);
    let k = i - 1;
    while (k >= start) {
      const t = this.tokens[k]!;
      if (t.text === ";") return k + 1;
      k--;
    }
    return start;
  }

  /** Where a cue after a quote ending at `tok` may reach: the end of its paragraph's next sentence. */
  paraEnd(tok: number): number {
    const para = this.doc.tokPara[tok]!;
    const { end } = this.sentenceOf(tok);
    let k = end;
    // A cue after the quote may sit in the next "sentence" when the quote ended with a full stop.
    while (k < this.tokens.length && this.doc.tokPara[k]! === para && !isSentenceEnd(this.doc, k)) k++;
    return Math.min(k + 1, this.tokens.length);
  }

  /** Token i is scraped layout: a blockquote's « > » or a markdown line break « \\ ». */
  isLayout(i: number): boolean {
    const c = this.tokens[i]?.text;
    return c === ">" || c === "\\";
  }

  /** The first token from i that is not scraped layout (« > », « \\ »), looking a few tokens on. */
  skipLayout(i: number): number {
    let k = i;
    while (k < i + 8 && this.isLayout(k)) k++;
    return k;
  }

  isMark(i: number): boolean {
    const c = this.tokens[i]?.text;
    return c === "«" || c === "»" || c === "“" || c === "”" || c === '"';
  }

  span(from: number, to: number): string {
    return this.doc.text.slice(this.doc.tokStart[from]!, tokenEnd(this.doc, Math.max(from, to - 1)));
  }

  /** Drop trailing prepositions and articles from a description: « une source proche du » → « une source proche ». */
  trimPhraseEnd(from: number, to: number): number {
    let k = to;
    while (k > from + 1 && (inPrepositions(this.tokens[k - 1]) || inDefinite(this.tokens[k - 1]))) k--;
    return k;
  }

  /**
   * Where the words after a quote's closing mark start, for the cues that follow a quote
   * (« … », a déclaré X / « … », selon X / « … » — X): past a comma, in the same paragraph.
   * null when nothing can follow; `limit` is where such a cue may reach.
   */
  afterQuote(qi: number, depth = 0): { at: number; limit: number } | null {
    const q = this.quote(qi);
    if (q.closeTok < 0) return null;
    let i = q.closeTok + 1;
    const para = this.doc.tokPara[q.closeTok]!;
    const limit = this.paraEnd(q.closeTok);
    if (i < limit && this.tokens[i]!.text === ",") i++;
    else if (i < limit && this.tokens[i]!.text === "»") return null;
    if (i >= limit || this.doc.tokPara[i]! !== para) return null;
    // « « A » et « B », selon X »: quotes listed in one sentence share the cue after the last.
    const t = this.tokens[i]!;
    if ((t.lower === "et" || t.lower === "ou" || t.text === ",") && this.doc.quotes[qi + 1]?.openTok === i + 1 && depth < 4) {
      return this.afterQuote(qi + 1, depth + 1);
    }
    return { at: i, limit };
  }
}

function isSentenceEnd(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return doc.tokQuote[i]! < 0 && (t.text === "." || t.text === "!" || t.text === "?" || t.text === "…");
}
