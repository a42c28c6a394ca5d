/**
 * Stage 1: tokens, sentences and paragraphs of an English article, from one compromise pass.
 * Offsets are UTF-16 indices into the text (compromise's own); the assemble stage converts.
 */
import { createRequire } from "node:module";
import { firstAtOrAfter } from "../core/order.js";

type Nlp = (text: string) => { json(options: object): unknown };
let nlpInstance: Nlp | null = null;
/** compromise takes ~150 ms to load: load its CommonJS build on the first English article only. */
function nlp(text: string): ReturnType<Nlp> {
  nlpInstance ??= createRequire(import.meta.url)("compromise") as Nlp;
  return nlpInstance(text);
}

/** One word as compromise sees it, with its tags and the punctuation around it. */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** First character is an upper-case letter or a digit inside a name. */
  cap: boolean;
  /** Index of the first token of this token's sentence. */
  sentStart: number;
}

/** A line of text holding something (blank lines separate nothing more than one line break). */
export interface Para {
  start: number;
  end: number;
}

/** The tokenised article. */
export interface EnDoc {
  text: string;
  toks: Tok[];
  paras: Para[];
  /** Offsets where a sentence begins (its opening quote mark included). */
  sentenceStarts: number[];
}

interface CTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface CSentence {
  terms: CTerm[];
}

const CAP = /^\p{Lu}/u;
const SLASHED = /^(\p{Lu}[\p{L}.'\u2019-]*)\/(\p{Lu}[\p{L}.'\u2019-]*)$/u;

/** Tokenise with compromise and split into paragraphs (lines). */
export function tokenize(text: string): EnDoc {
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as CSentence[];
  const toks: Tok[] = [];
  const sentenceStarts: number[] = [];
  for (const s of json) {
    const first = s.terms[0];
    if (first === undefined) continue;
    const sentStart = toks.length;
    // The opening quote mark belongs to the sentence it opens.
    const lead = first.pre.replace(/^\s+/, "");
    sentenceStarts.push(first.offset.start - lead.length);
    for (const t of s.terms) {
      if (t.text === "") continue;
      // compromise splits "Okonkwo-Bell" and "Jean-Luc" in two: a capitalised compound is one word.
      const prev = toks[toks.length - 1];
      if (prev !== undefined && prev.sentStart === sentStart && prev.post === "-" && t.pre === "" && prev.cap && CAP.test(t.text)) {
        Object.assign(prev, {
          text: text.slice(prev.start, t.offset.start + t.offset.length),
          end: t.offset.start + t.offset.length,
          post: t.post,
          tags: new Set([...prev.tags, ...t.tags]),
        });
        prev.lower = prev.text.toLowerCase().replace(/\u2019/g, "'");
        continue;
      }
      // "REUTERS/Dana Whitcombe", "Oren Falk/Getty Images": a photo credit's slash parts two names.
      const slash = SLASHED.exec(t.text);
      if (slash?.[1] !== undefined && slash[2] !== undefined) {
        const at = t.offset.start;
        const own = t.tags.filter((g) => g !== "SlashedTerm");
        const tagsOf = (w: string): Set<string> => new Set(/^\p{Lu}+$/u.test(w) ? ["Acronym", "ProperNoun", "Noun"] : own);
        const a = slash[1];
        const b = slash[2];
        toks.push({ text: a, lower: a.toLowerCase(), start: at, end: at + a.length, pre: t.pre, post: "/", tags: tagsOf(a), cap: true, sentStart });
        const bs = at + a.length + 1;
        toks.push({ text: b, lower: b.toLowerCase(), start: bs, end: bs + b.length, pre: "", post: t.post, tags: tagsOf(b), cap: true, sentStart });
        continue;
      }
      toks.push({
        text: t.text,
        lower: t.text.toLowerCase().replace(/\u2019/g, "'"),
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        pre: t.pre,
        post: t.post,
        tags: new Set(t.tags),
        cap: CAP.test(t.text),
        sentStart,
      });
    }
  }
  const paras: Para[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].trim() !== "") paras.push({ start: m.index, end: m.index + m[0].length });
  }
  return { text, toks, paras, sentenceStarts };
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokAt(toks: readonly Tok[], offset: number): number {
  return firstAtOrAfter(toks, offset, (t) => t.start);
}
