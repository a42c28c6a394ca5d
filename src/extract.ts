/**
 * The library's entry point: detect the language, run the matching pipeline, fill `source`.
 * No I/O here: the CLI and runner read files and hand over text.
 */
import { createHash } from "node:crypto";
import { franc } from "franc";
import { extractFrench, extractQuotesOnly } from "./core/pipeline.js";
import type { ExtractOptions, Language, Message, Result, Source } from "./core/types.js";
import { SCHEMA_VERSION } from "./core/types.js";
import { knownOrg } from "./lexicon/index.js";
import { extractEnglish } from "./en/index.js";

/** franc reads this many characters: enough for a sure answer, cheap on 10 MB articles. */
const LANGUAGE_SAMPLE = 4000;

/** Extract quotes, speakers, people and organizations from one article's text. */
export function extract(text: string, options: ExtractOptions = {}): Result {
  const source: Source = {
    path: options.source?.path ?? null,
    ...options.source,
    bytes: options.source?.bytes ?? Buffer.byteLength(text, "utf8"),
    sha256: options.source?.sha256 ?? createHash("sha256").update(text, "utf8").digest("hex"),
  };
  const language = chooseLanguage(text, options.lang ?? "auto");
  const base = { schema_version: SCHEMA_VERSION, source, language };
  if (language.pipeline === "fr") return { ...base, ...extractFrench(text) };
  if (language.pipeline === "en") {
    const lookup = (name: string) => {
      const hit = knownOrg(name);
      return hit ? { name: hit.name, type: hit.type, ambiguous: hit.ambiguous } : null;
    };
    return { ...base, ...extractEnglish(text, { knownOrg: lookup }) };
  }
  const found = extractQuotesOnly(text);
  const warning: Message = {
    rule: "language-unsupported",
    reason: `language "${language.detected}" has no attribution pipeline: quotes are listed without speakers`,
    start: 0,
    end: 0,
    severity: "warning",
  };
  return { ...base, ...found, messages: [warning, ...found.messages] };
}

/** franc on a sample of the text; French when unsure (short or empty texts). */
export function chooseLanguage(text: string, forced: "fr" | "en" | "auto"): Language {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  const detected = franc(sample, { minLength: 20 });
  if (forced === "fr" || forced === "en") return { detected, pipeline: forced };
  // franc often labels plain English news as Scots ("sco").
  if (detected === "eng" || detected === "sco") return { detected, pipeline: "en" };
  if (detected === "fra" || detected === "und") return { detected, pipeline: "fr" };
  return { detected, pipeline: "none" };
}
