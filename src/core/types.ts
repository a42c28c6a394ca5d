/**
 * The output contract of parole: what `extract()` returns for one article.
 * `schema/parole.schema.json` describes the same shape for other languages; keep both in step
 * (a test validates every fixture's output against the schema).
 *
 * Offsets: every `start`/`end` is a half-open range counted in Unicode code points of the input
 * text, so Python's `text[start:end]` and JavaScript's `[...text].slice(start, end).join("")`
 * give back exactly the reported characters.
 */
import type { QuoteRule } from "./rules.js";

export type { QuoteRule } from "./rules.js";

export type EntityType = "person" | "organization";
export type OrgType = "company" | "institution" | "party" | "media" | "ngo" | "other";
export type Gender = "m" | "f";
export type QuoteKind = "full" | "partial" | "headline";

/** A half-open range of code points into the input text. */
export interface Span {
  start: number;
  end: number;
}

/** What attributes a quote: a speech verb, "selon", a colon, … */
export interface Cue {
  /** The cue exactly as written ("a-t-il écrit", "selon", ":"). */
  text: string;
  /** Infinitive of the verb, or the cue word itself ("selon", "d'après", ":"). */
  lemma: string;
  start: number;
  end: number;
}

export interface SpeakerRef {
  /** Id of the entity in `people[]` or `organizations[]` ("p1", "o3"). */
  id: string;
  name: string;
  type: EntityType;
  roles: string[];
  affiliations: string[];
}

export interface Quote {
  /** "q1", "q2", … in order of appearance. */
  id: string;
  /** The characters between the marks, trimmed of the spaces just inside them. */
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  /** True when the quote runs over several paragraphs (its text then spans them all). */
  multi_paragraph: boolean;
  speaker: SpeakerRef | null;
  /** When the speaker is unnamed: how the article describes them ("un magistrat"). */
  speaker_description: string | null;
  cue: Cue | null;
  /** Where it was said: "sur X", "à l'AFP", "auprès de Reuters". */
  channel: string | null;
  /** 0..1: how sure the attribution rule is. */
  confidence: number;
  /** The rule that decided the attribution (see README, "Algorithm"; all listed in rules.ts). */
  rule: QuoteRule;
}

export interface Mention {
  /** The mention exactly as written. */
  text: string;
  start: number;
  end: number;
}

export interface Person {
  id: string;
  name: string;
  roles: string[];
  affiliations: string[];
  gender: Gender | null;
  /** What showed the gender: "title" (M./Mme), "pronoun", "agreement", "first-name". */
  gender_evidence: string | null;
  mentions: Mention[];
}

export interface Organization {
  id: string;
  /** The fullest form the article itself uses. */
  name: string;
  /** The full name a lexicon gives when the article's form is surely that organization and says it otherwise (« CNIL » → « Commission nationale de l'informatique et des libertés »); absent when the same or unknown. */
  canonical?: string;
  type: OrgType;
  aliases: string[];
  mentions: Mention[];
}

export interface Speaker {
  /** Same id as in `people[]` or `organizations[]`. */
  id: string;
  name: string;
  type: EntityType;
  roles: string[];
  affiliations: string[];
  gender: Gender | null;
  quote_ids: string[];
}

/** A problem found in the text (not a failure): an unbalanced «, an invalid byte, … */
export interface Message {
  rule: string;
  reason: string;
  start: number;
  end: number;
  severity: "warning" | "info";
}

export interface Language {
  /** ISO 639-3 code as franc gives it ("fra", "eng", "und"). */
  detected: string;
  /** The pipeline that ran: "fr", "en", or "none" (quotes only, no attribution). */
  pipeline: "fr" | "en" | "none";
  /**
   * How the pipeline was chosen: "forced" (the `lang` option), "function-words" (French
   * function words leave no doubt), "franc", "short-text" (a text under 100 characters: its
   * French or English signs), "default" (too short to tell, no sign either way: French).
   */
  method?: "forced" | "function-words" | "franc" | "short-text" | "default";
}

export interface Source {
  /** Path, "-" for stdin, or a record id for JSON Lines input. */
  path: string | null;
  id?: string | null;
  bytes: number;
  sha256: string;
  encoding?: string;
  /** HTML input: what the page says of itself (canonical URL, title, byline, site, ISO 8601 date, language tag). */
  url?: string | null;
  title?: string | null;
  byline?: string | null;
  site?: string | null;
  published?: string | null;
  lang?: string | null;
  /** WARC input: the record's WARC-Target-URI, WARC-Date and WARC-Record-ID. */
  warc_target_uri?: string;
  warc_date?: string;
  warc_record_id?: string;
}

export interface Result {
  /** Version of this output format. */
  schema_version: string;
  source: Source;
  language: Language;
  title: string | null;
  quotes: Quote[];
  speakers: Speaker[];
  people: Person[];
  organizations: Organization[];
  messages: Message[];
  meta?: Record<string, unknown>;
}

export interface ExtractOptions {
  /** Force a pipeline instead of detecting the language. */
  lang?: "fr" | "en" | "auto";
  /** Filled into `source` as given; `extract` computes bytes and sha256 itself if absent. */
  source?: Partial<Source>;
}

export const SCHEMA_VERSION = "1.0";
