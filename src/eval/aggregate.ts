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

/** Matched quotes that carry one attribution rule, and how many of them have the right speaker. */
export interface RuleSummary {
  rule: string;
  count: number;
  speakerRight: Ratio;
}

/** Matched quotes whose confidence lies in [min, max) (null: unbounded), with their share and speaker accuracy. */
export interface BandSummary {
  band: string;
  min: number | null;
  max: number | null;
  count: number;
  /** Of all matched quotes. */
  share: Ratio;
  speakerRight: Ratio;
}

/** Confidence bands reported by the eval, highest first: [min, max). */
export const CONFIDENCE_BANDS: readonly { band: string; min: number | null; max: number | null }[] = [
  { band: ">=0.9", min: 0.9, max: null },
  { band: "0.7-0.9", min: 0.7, max: 0.9 },
  { band: "0.5-0.7", min: 0.5, max: 0.7 },
  { band: "<0.5", min: null, max: 0.5 },
];

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
  /** Matched people with a right affiliation, of matched people whose gold lists one. */
  affiliationRight: Ratio;
  /** Matched quotes left without speaker: by parole, and in the gold. */
  nullSpeakers: { predicted: Ratio; gold: Ratio };
  /** Per attribution rule (most frequent first): count and speaker right of matched quotes. */
  byRule: RuleSummary[];
  /** Per confidence band (CONFIDENCE_BANDS): count, share and speaker right of matched quotes. */
  byConfidence: BandSummary[];
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
  const matches = scores.flatMap((s) => s.matches);
  const rules = new Map<string, { count: number; right: number }>();
  for (const m of matches) {
    const r = rules.get(m.rule) ?? { count: 0, right: 0 };
    r.count++;
    if (m.speakerRight) r.right++;
    rules.set(m.rule, r);
  }
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
    affiliationRight: ratio(
      total(scores, (s) => s.affiliationRight),
      total(scores, (s) => s.affiliationKnown),
    ),
    nullSpeakers: {
      predicted: ratio(
        total(scores, (s) => s.nullPredicted),
        matched,
      ),
      gold: ratio(
        total(scores, (s) => s.nullGold),
        matched,
      ),
    },
    byRule: [...rules]
      .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
      .map(([rule, r]) => ({ rule, count: r.count, speakerRight: ratio(r.right, r.count) })),
    byConfidence: CONFIDENCE_BANDS.map(({ band, min, max }) => {
      const inBand = matches.filter((m) => (min === null || m.confidence >= min) && (max === null || m.confidence < max));
      return {
        band,
        min,
        max,
        count: inBand.length,
        share: ratio(inBand.length, matched),
        speakerRight: ratio(inBand.filter((m) => m.speakerRight).length, inBand.length),
      };
    }),
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
