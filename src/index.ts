/**
 * parole's public API: `extract(text, options)` turns one article into a `Result`.
 * Named exports only; tests/api.test.ts pins this list.
 */
export { extract } from "./extract.js";
export { fold } from "./core/fold.js";
export { SCHEMA_VERSION } from "./core/types.js";
export type {
  Cue,
  EntityType,
  ExtractOptions,
  Gender,
  Language,
  Mention,
  Message,
  Organization,
  OrgType,
  Person,
  Quote,
  QuoteKind,
  Result,
  Source,
  Speaker,
  SpeakerRef,
  Span,
} from "./core/types.js";
