/**
 * Aggregation of article scores: micro-averaged precision/recall/F1, attribution and
 * end-to-end accuracy, and the same per fixture tag. Pure.
 */
import type { ArticleScore, Counts } from "./score.js";

/** Precision, recall, F1; null when undefined (nothing predicted, nothing to find). */
export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A ratio with its parts; `value` is null when `of` is 0. */
export interface Ratio {
  n: number;
  of: number;
  value: number | null;
}

/** Figures for the quotes of the articles that carry one tag. */
export interface TagSummary {
  tag: string;
  articles: number;
  goldQuotes: number;
  quoteRecall: Ratio;
  speakerRight: Ratio;
}

/** Figures over a set of articles. */
export interface Summary {
  articles: number;
  quotes: Counts & Prf;
  people: Counts & Prf;
  organizations: Counts & Prf;
  companies: Counts & Prf;
  /** Matched quotes whose speaker is right, of matched quotes. */
  speakerRight: Ratio;
  /** Quotes with span and speaker right, of all gold quotes. */
  endToEnd: Ratio;
  /** Matched organizations with the right type, of matched organizations. */
  orgTypeRight: Ratio;
  /** Matched people with the right gender, of matched people whose gold gender is given. */
  genderRight: Ratio;
  tags: TagSummary[];
}

/** Build a ratio n/of. */
export function ratio(n: number, of: number): Ratio {
  return { n, of, value: of === 0 ? null : n / of };
}

/** Precision, recall and F1 from counts. */
export function prf(c: Counts): Prf {
  const { tp, fp, fn } = c;
  return {
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

function sum(scores: readonly ArticleScore[], pick: (s: ArticleScore) => Counts): Counts & Prf {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const s of scores) {
    const x = pick(s);
    c.tp += x.tp;
    c.fp += x.fp;
    c.fn += x.fn;
  }
  return { ...c, ...prf(c) };
}

function total(scores: readonly ArticleScore[], pick: (s: ArticleScore) => number): number {
  return scores.reduce((n, s) => n + pick(s), 0);
}

/** Micro-averaged figures over all articles, with per-tag figures when articles carry tags. */
export function aggregate(scores: readonly ArticleScore[]): Summary {
  const goldQuotes = total(scores, (s) => s.quotes.tp + s.quotes.fn);
  const matched = total(scores, (s) => s.quotes.tp);
  const right = total(scores, (s) => s.speakerRight);
  const tagNames = [...new Set(scores.flatMap((s) => s.tags))].sort();
  return {
    articles: scores.length,
    quotes: sum(scores, (s) => s.quotes),
    people: sum(scores, (s) => s.people),
    organizations: sum(scores, (s) => s.organizations),
    companies: sum(scores, (s) => s.companies),
    speakerRight: ratio(right, matched),
    endToEnd: ratio(right, goldQuotes),
    orgTypeRight: ratio(
      total(scores, (s) => s.orgTypeRight),
      total(scores, (s) => s.organizations.tp),
    ),
    genderRight: ratio(
      total(scores, (s) => s.genderRight),
      total(scores, (s) => s.genderKnown),
    ),
    tags: tagNames.map((tag) => {
      const with_ = scores.filter((s) => s.tags.includes(tag));
      const g = total(with_, (s) => s.quotes.tp + s.quotes.fn);
      const m = total(with_, (s) => s.quotes.tp);
      return {
        tag,
        articles: with_.length,
        goldQuotes: g,
        quoteRecall: ratio(m, g),
        speakerRight: ratio(
          total(with_, (s) => s.speakerRight),
          m,
        ),
      };
    }),
  };
}
