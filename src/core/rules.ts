/**
 * Every `rule` a quote can carry, declared once for both pipelines: the output's closed list
 * (`QuoteRule`, `QUOTE_RULES`), which schema/parole.schema.json's `Quote.rule` enum must equal
 * (tests/schema-codes.test.ts; `node scripts/schema-enums.mjs` rewrites it after a build).
 * A leaf: it imports nothing.
 */

/**
 * The rules the French attribution stage writes, in the order its sieves try them
 * (src/core/stages/06-attribution/index.ts; README « Algorithm » lists each).
 */
export const ATTRIBUTION_RULES = ["signature", "headline", "incise", "after-selon", "after-inversion", "colon", "selon", "subject-verb", "running", "previous", "nearest", "topic"] as const;
/** A French attribution rule. */
export type Rule = (typeof ATTRIBUTION_RULES)[number];

/**
 * The rules the English sieves write (src/en/attribute/, in the order they are tried; README
 * « What the English pipeline understands »).
 */
export const ENGLISH_BASE_RULES = ["incise", "inverted", "as-put-it", "according-to", "verb-before", "verb-before-inverted", "quoted-as", "subject-verb", "follow-up", "lead-in", "lead-in-subject", "previous-paragraph", "running-speaker", "same-sentence", "echo"] as const;
/**
 * The English rules that may reach their speaker through he/she, and are then written with
 * « -pronoun » after them (src/en/attribute/context.ts `build`, lead-in.ts).
 */
export const ENGLISH_PRONOUN_BASES = ["incise", "inverted", "as-put-it", "verb-before", "verb-before-inverted", "quoted-as", "subject-verb", "lead-in", "lead-in-subject"] as const satisfies readonly (typeof ENGLISH_BASE_RULES)[number][];
export type EnglishPronounBase = (typeof ENGLISH_PRONOUN_BASES)[number];
/** An English attribution rule, its pronoun variants included. */
export type EnglishRule = (typeof ENGLISH_BASE_RULES)[number] | `${EnglishPronounBase}-pronoun`;
export const ENGLISH_RULES: readonly EnglishRule[] = [...ENGLISH_BASE_RULES, ...ENGLISH_PRONOUN_BASES.map((r) => `${r}-pronoun` as const)];

/** A quote's `rule` in the output: French, English, or « none » (no attribution). */
export type QuoteRule = Rule | EnglishRule | "none";
/** Every QuoteRule once: French in sieve order, then the English rules French has not, then « none ». */
export const QUOTE_RULES: readonly QuoteRule[] = [...new Set<QuoteRule>([...ATTRIBUTION_RULES, ...ENGLISH_RULES, "none"])];
