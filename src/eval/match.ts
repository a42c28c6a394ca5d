/**
 * The matching rules of the scoring (shared/corpus/README.md, "Scoring"): where a gold quote
 * sits in the article, when two quote ranges match, when two speakers are the same entity,
 * and one-to-one matching of named entities.
 *
 * Quote ranges are compared in a normalised copy of the article: every run of white space
 * counts as one character and ’ ‘ ʼ count as '. Ranges (not texts) are compared, so two
 * identical sentences at different places never match each other.
 */
import { fold } from "../core/fold.js";

const WHITE = /^[\s\u00a0\u202f]$/u;
const APOSTROPHE = /^[\u2019\u2018\u02bc]$/u;

/** The article in normalised form, with the map from original code points to normalised ones. */
export interface NormalisedText {
  /** Code points of the original text. */
  chars: string[];
  /** The normalised text (white space runs as one space, one apostrophe). */
  norm: string;
  /** Normalised code-point index of each original code point; `toNorm[chars.length]` is the end. */
  toNorm: number[];
}

/** A half-open range in normalised code points. */
export interface NormRange {
  start: number;
  end: number;
}

/** Normalise one string the way quote texts are compared (white space folded, apostrophes unified). */
export function normaliseQuoteText(s: string): string {
  let out = "";
  let prevWhite = false;
  for (const c of s) {
    const white = WHITE.test(c);
    if (white && prevWhite) continue;
    out += white ? " " : APOSTROPHE.test(c) ? "'" : c;
    prevWhite = white;
  }
  return out.trim();
}

/** Build the normalised view of an article used to place and compare quote ranges. */
export function normaliseText(text: string): NormalisedText {
  const chars = [...text];
  const toNorm: number[] = [];
  const out: string[] = [];
  let prevWhite = false;
  for (const c of chars) {
    const white = WHITE.test(c);
    toNorm.push(out.length);
    if (white && prevWhite) continue;
    out.push(white ? " " : APOSTROPHE.test(c) ? "'" : c);
    prevWhite = white;
  }
  toNorm.push(out.length);
  return { chars, norm: out.join(""), toNorm };
}

/** Map an original code-point range to normalised code points (clamped to the text). */
export function toNormRange(t: NormalisedText, start: number, end: number): NormRange {
  const n = t.chars.length;
  const s = Math.min(Math.max(0, start), n);
  const e = Math.min(Math.max(s, end), n);
  return { start: t.toNorm[s] ?? 0, end: t.toNorm[e] ?? 0 };
}

/**
 * The range a predicted quote is compared by: its own range, cut at the first line break
 * when it is multi-paragraph (gold stores only the first paragraph's part).
 */
export function predictedRange(t: NormalisedText, start: number, end: number, multiParagraph: boolean): NormRange {
  let e = end;
  if (multiParagraph) {
    const n = Math.min(end, t.chars.length);
    for (let i = Math.max(0, start); i < n; i++) {
      if (t.chars[i] === "\n") {
        e = i;
        break;
      }
    }
    while (e > start && WHITE.test(t.chars[e - 1] ?? "")) e--;
  }
  return toNormRange(t, start, e);
}

function cpIndex(s: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Place gold quote texts in the article, in order of appearance: each is searched from just
 * after the previous one's start (so a repeated text takes the next occurrence), then
 * anywhere. Returns null for a text that is not in the article at all.
 */
export function locateGoldQuotes(t: NormalisedText, texts: string[]): (NormRange | null)[] {
  let from = 0;
  return texts.map((text) => {
    const needle = normaliseQuoteText(text);
    if (needle === "") return null;
    let at = t.norm.indexOf(needle, from);
    if (at < 0) at = t.norm.indexOf(needle);
    if (at < 0) return null;
    from = at + 1;
    const start = cpIndex(t.norm, at);
    return { start, end: start + [...needle].length };
  });
}

/** Length of the intersection of two ranges. */
export function overlap(a: NormRange, b: NormRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the ranges overlap by at least half of the longer one. */
export function rangesMatch(a: NormRange, b: NormRange): boolean {
  const o = overlap(a, b);
  return o > 0 && o >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
}

/**
 * One-to-one matching of gold and predicted ranges: every pair that matches, taken greedily
 * by decreasing overlap (ties: earlier gold, then earlier prediction).
 */
export function matchRanges(gold: (NormRange | null)[], predicted: NormRange[]): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    if (!g) return;
    predicted.forEach((p, pi) => {
      if (rangesMatch(g, p)) pairs.push([gi, pi, overlap(g, p)]);
    });
  });
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number, number][] = [];
  for (const pair of pairs) {
    if (usedG.has(pair[0]) || usedP.has(pair[1])) continue;
    usedG.add(pair[0]);
    usedP.add(pair[1]);
    out.push(pair);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** True when one name's words are the trailing words of the other's ("Lavergne" ~ "Claire Lavergne"). */
export function isTrailingPart(a: string, b: string): boolean {
  const ta = fold(a).split(" ").filter(Boolean);
  const tb = fold(b).split(" ").filter(Boolean);
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => w === long[offset + i]);
}

/**
 * True when a predicted speaker is the gold speaker: both null; names equal after folding;
 * one is the other's trailing part (surname); or any form of one (name or alias) equals any
 * form of the other. `goldForms`/`predictedForms` hold each side's name and aliases.
 */
export function sameSpeaker(
  goldName: string | null,
  predictedName: string | null,
  goldForms: readonly string[] = [],
  predictedForms: readonly string[] = [],
): boolean {
  if (goldName === null || predictedName === null) return goldName === predictedName;
  if (isTrailingPart(goldName, predictedName)) return true;
  const g = new Set([goldName, ...goldForms].map(fold));
  return [predictedName, ...predictedForms].some((f) => g.has(fold(f)));
}

const HONORIFIC = /^(m|mme|mr|dr|me)\.? /u;

function nameWords(s: string): string[] {
  return fold(s)
    .replace(HONORIFIC, "")
    .split(/[\s'\u2019\-]+/u)
    .filter((w) => w.length > 1);
}

/**
 * True when two names are surely one entity's, as the sealed scorer compares affiliations:
 * equal after folding (a leading M./Mme/Me/Dr dropped), or the shorter one's words all in the
 * longer one with the same last word (« Fortal » ~ « groupe Fortal », not « Fortal Energie »).
 */
export function sameName(a: string, b: string): boolean {
  const fa = fold(a).replace(HONORIFIC, "").trim();
  const fb = fold(b).replace(HONORIFIC, "").trim();
  if (fa === "" || fb === "") return false;
  if (fa === fb) return true;
  const ta = nameWords(a);
  const tb = nameWords(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.every((w) => long.includes(w)) && short[short.length - 1] === long[long.length - 1];
}

/** A named entity as the entity matcher sees it. */
export interface Named {
  name: string;
  aliases?: readonly string[];
}

/** Result of one-to-one entity matching: index pairs (gold, predicted) and the leftovers. */
export interface EntityMatching {
  pairs: [number, number][];
  missed: number[];
  invented: number[];
}

/**
 * One-to-one matching of named entities: first equal folded names, then a predicted name
 * equal to a gold alias, then a gold name equal to a predicted alias.
 */
export function matchEntities(gold: readonly Named[], predicted: readonly Named[]): EntityMatching {
  const gName = gold.map((g) => fold(g.name));
  const gAlias = gold.map((g) => new Set((g.aliases ?? []).map(fold)));
  const pName = predicted.map((p) => fold(p.name));
  const pAlias = predicted.map((p) => new Set((p.aliases ?? []).map(fold)));
  const tests: ((gi: number, pi: number) => boolean)[] = [
    (gi, pi) => gName[gi] === pName[pi],
    (gi, pi) => gAlias[gi]!.has(pName[pi]!),
    (gi, pi) => pAlias[pi]!.has(gName[gi]!),
  ];
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const test of tests) {
    for (let gi = 0; gi < gold.length; gi++) {
      if (usedG.has(gi)) continue;
      for (let pi = 0; pi < predicted.length; pi++) {
        if (usedP.has(pi) || !test(gi, pi)) continue;
        usedG.add(gi);
        usedP.add(pi);
        pairs.push([gi, pi]);
        break;
      }
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    missed: gold.map((_, i) => i).filter((i) => !usedG.has(i)),
    invented: predicted.map((_, i) => i).filter((i) => !usedP.has(i)),
  };
}
