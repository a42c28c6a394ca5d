/**
 * The library's entry point: detect the language, run the matching pipeline, fill `source`.
 * No I/O here: the CLI and runner read files and hand over text.
 */
import { hash } from "node:crypto";
import { extractFrench, extractQuotesOnly } from "./core/pipeline.js";
import type { ExtractOptions, Message, Result, Source } from "./core/types.js";
import { SCHEMA_VERSION } from "./core/types.js";
import { knownOrg } from "./lexicon/index.js";
import { extractEnglish } from "./en/index.js";
import { chooseLanguage } from "./language.js";

export { chooseLanguage } from "./language.js";

/** Extract quotes, speakers, people and organizations from one article's text. */
export function extract(text: string, options: ExtractOptions = {}): Result {
  const given = options.source;
  const utf8 = given?.bytes !== undefined && given.sha256 !== undefined ? null : encodeUtf8(text);
  const source: Source = {
    path: given?.path ?? null,
    ...given,
    bytes: given?.bytes ?? utf8!.length,
    sha256: given?.sha256 ?? hash("sha256", utf8!, "hex"),
  };
  const language = chooseLanguage(text, options.lang ?? "auto");
  const base = { schema_version: SCHEMA_VERSION, source, language };
  if (language.pipeline === "fr") {
    // Written out rather than spread: the same keys in the same order, without copying twice.
    const { title, quotes, speakers, people, organizations, messages } = extractFrench(text);
    return { schema_version: SCHEMA_VERSION, source, language, title, quotes, speakers, people, organizations, messages };
  }
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

const encoder = new TextEncoder();
/** Room for the UTF-8 of an article up to 1 MB, kept from one call to the next. */
const KEPT_UTF8 = 3 << 20;
let utf8Room = new Uint8Array(64 << 10);

/**
 * The text's UTF-8 bytes (what its size and hash are of, lone surrogates as U+FFFD), in memory
 * reused by the next call: encoded once for both, where `Buffer.byteLength` and hashing the
 * string each encoded it.
 */
function encodeUtf8(text: string): Uint8Array {
  const most = text.length * 3;
  if (most > utf8Room.length) {
    if (most > KEPT_UTF8) return Buffer.from(text, "utf8");
    utf8Room = new Uint8Array(Math.max(most, 2 * utf8Room.length));
  }
  return utf8Room.subarray(0, encoder.encodeInto(text, utf8Room).written);
}

