/**
 * Why a mention was found: the `reason` of every mention the stage emits, by the pass or the
 * classify rule that emits it. README's algorithm section lists each (a test checks both ways).
 */
export const MENTION_REASONS = [
  // pass « acronyms »: « Nom en toutes lettres (SIGLE) »
  "acronym-defined",
  "acronym-definition",
  // pass « institutions »: « le tribunal correctionnel de Lyon »
  "institution-head",
  // pass « definite bodies »: « le gouvernement », « la police nationale »
  "definite-body",
  // pass « capitalised runs »: known names first, then classify's decision list
  "known-org",
  "platform-firm",
  "acronym-led-name",
  "acronym-branch",
  "role-before",
  "photo-credit",
  "photo-agency",
  "web-outlet",
  "title",
  "org-head-inside",
  "org-suffix",
  "org-head-before",
  "org-apposition",
  "org-acronym",
  "publisher",
  "chez",
  "role-of",
  "business-verb",
  "enumeration",
  "speech-verb-before",
  "description-apposition",
  "demonym-company",
  "demonym-before",
  "first-name",
  "byline",
  "initials",
  "speech-verb-subject",
  "first-name-alone",
  "age-apposition",
  "role-after",
  "name-shape",
  // pass « re-mentions »
  "surname",
  "org-short-form",
] as const;

export type MentionReason = (typeof MENTION_REASONS)[number];
