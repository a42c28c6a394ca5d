/**
 * Folding for lookups and comparisons: lower case, no accents, one apostrophe, one hyphen,
 * single spaces. Lexicon keys are stored folded; every lookup folds its query the same way.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** Lower case, strip accents, normalise apostrophes, dashes and white space. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}

/** Like `fold` but keeps accents: for French words where accents matter (verb forms). */
export function lower(s: string): string {
  return s.toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, "-").replace(SPACES, " ").trim();
}
