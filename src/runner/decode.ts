/**
 * Bytes → text for one input: BOMs, binary refusal, UTF-8 validation, and Windows-1252 /
 * Latin-1 detection (chardet) and decoding (iconv-lite) for old archives.
 * Line endings are left alone: offsets in the result count code points of the decoded text,
 * CRLF included, with the BOM removed.
 */
import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import type { Message } from "../core/types.js";
import { InputError } from "./errors.js";

/** What decoding produced: the text, the encoding used, and problems worth reporting. */
export interface Decoded {
  text: string;
  encoding: string;
  messages: Message[];
}

// Signatures of common binary formats that may contain no NUL byte in their first bytes, and
// what to do to get text out of them (README, Troubleshooting).
const IMAGE_HINT = "parole reads text: run OCR on it first (e.g. `tesseract FILE out` gives out.txt)";
const MAGIC: Array<[string, number[], string]> = [
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d], "extract its text first: `pdftotext FILE.pdf FILE.txt` (poppler-utils), then run parole on FILE.txt"],
  ["PNG image", [0x89, 0x50, 0x4e, 0x47], IMAGE_HINT],
  ["JPEG image", [0xff, 0xd8, 0xff], IMAGE_HINT],
  ["GIF image", [0x47, 0x49, 0x46, 0x38], IMAGE_HINT],
  ["gzip archive", [0x1f, 0x8b], "decompress it on the fly: `zcat FILE.gz | parole -`, or `zcat dump.jsonl.gz | parole --jsonl -` for a JSON Lines dump"],
  ["zip archive", [0x50, 0x4b, 0x03, 0x04], "unzip it (`unzip FILE.zip -d folder/`), then run parole on the folder"],
  ["bzip2 archive", [0x42, 0x5a, 0x68], "decompress it on the fly: `bzcat FILE.bz2 | parole -` (`| parole --jsonl -` for a JSON Lines dump)"],
  ["xz archive", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], "decompress it on the fly: `xzcat FILE.xz | parole -` (`| parole --jsonl -` for a JSON Lines dump)"],
  ["executable", [0x7f, 0x45, 0x4c, 0x46], "not an article"],
];

const SAVE_AS_TEXT = "save it as plain text (.txt) in Word or LibreOffice (File › Save as › Plain text, UTF-8), or convert it with `pandoc -t plain FILE -o FILE.txt`";

/** Office documents are zip archives: name the ones a journalist is likely to give. */
function officeDocument(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536)).toString("latin1");
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument.text")) return "an OpenDocument text (.odt)";
  if (head.includes("word/")) return "a Word document (.docx)";
  if (head.includes("[Content_Types].xml")) return "an Office document (.docx, .xlsx or .pptx)";
  return undefined;
}

const require = createRequire(import.meta.url);
// Loaded on first use: most inputs are UTF-8 and never need them.
let iconvMod: typeof import("iconv-lite") | undefined;
function iconv(): typeof import("iconv-lite") {
  iconvMod ??= require("iconv-lite") as typeof import("iconv-lite");
  return iconvMod;
}

/** True when iconv-lite knows this encoding name (used to validate `--encoding`). */
export function encodingExists(name: string): boolean {
  return iconv().encodingExists(name);
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

/** Throw InputError("binary") when these (first) bytes look like a binary format, not text. */
export function refuseBinary(bytes: Uint8Array): void {
  for (const [what, sig, hint] of MAGIC) {
    if (!startsWith(bytes, sig)) continue;
    const office = what === "zip archive" ? officeDocument(bytes) : undefined;
    if (office) throw new InputError("binary", `${office}, not text: ${SAVE_AS_TEXT}`);
    throw new InputError("binary", `binary file (${what}), not text: ${hint}`);
  }
  if (bytes.indexOf(0) !== -1) throw new InputError("binary", "binary file (NUL bytes), not text");
  // Text has few control characters; a high share of them in the first 8 KB means binary data.
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (n > 0 && controls / n > 0.1) throw new InputError("binary", "binary file (control bytes), not text");
}

/** Code-point offsets of every run of U+FFFD in `text`, reported as invalid-utf8 messages (at most 100). */
export function replacementMessages(text: string): Message[] {
  const messages: Message[] = [];
  let cp = 0;
  let runStart = -1;
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) {
      if (runStart < 0) runStart = cp;
    } else if (runStart >= 0) {
      runs++;
      if (messages.length < 100) messages.push(invalid(runStart, cp));
      runStart = -1;
    }
    // A surrogate pair is one code point: count it on its high half only.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) cp++;
  }
  if (runStart >= 0) {
    runs++;
    if (messages.length < 100) messages.push(invalid(runStart, cp));
  }
  if (runs > 100) {
    messages.push({
      rule: "invalid-utf8",
      reason: `${runs - 100} more invalid UTF-8 sequences not listed`,
      start: 0,
      end: 0,
      severity: "info",
    });
  }
  return messages;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function invalid(start: number, end: number): Message {
  return {
    rule: "invalid-utf8",
    reason: "invalid UTF-8 bytes replaced by U+FFFD",
    start,
    end,
    severity: "warning",
  };
}

// Encodings chardet names for Western European text. French archives are Latin-1 or
// Windows-1252 in practice; chardet's statistics on short texts often rank a Central
// European code page first, so a Western candidate anywhere near the top wins.
const WESTERN = new Set<string>(["ISO-8859-1", "windows-1252", "ISO-8859-15"]);

function detectLegacy(bytes: Uint8Array): string {
  const chardet = require("chardet") as typeof import("chardet");
  const candidates = chardet.analyse(bytes).slice(0, 4);
  const western = candidates.find((c) => WESTERN.has(c.name));
  // Latin-1 and Windows-1252 agree on every printable byte; 1252 also maps 0x80–0x9F to
  // the curly quotes and œ French text uses, so it is the safe reading of either.
  if (western) return (western.name as string) === "ISO-8859-15" ? "iso-8859-15" : "windows-1252";
  return "windows-1252";
}

/** Decode one input's bytes; throws InputError("binary") for data that is not text. */
export function decode(bytes: Uint8Array, forced?: string): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) {
    const text = stripBom(iconv().decode(buf, forced));
    if (text.includes("\u0000")) throw new InputError("binary", "binary file (NUL characters), not text");
    const messages = /^utf-?8$/i.test(forced) && !isUtf8(buf) ? replacementMessages(text) : [];
    return { text, encoding: forced.toLowerCase(), messages };
  }
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    const body = buf.subarray(3);
    refuseBinary(body);
    const text = body.toString("utf8");
    return { text, encoding: "utf-8", messages: isUtf8(body) ? [] : replacementMessages(text) };
  }
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    const encoding = buf[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = iconv().decode(buf.subarray(2), encoding);
    if (text.includes("\u0000")) throw new InputError("binary", "binary file (NUL characters), not text");
    return { text, encoding, messages: [] };
  }
  refuseBinary(buf);
  if (isUtf8(buf)) return { text: buf.toString("utf8"), encoding: "utf-8", messages: [] };
  // Not valid UTF-8: either UTF-8 with a few broken bytes, or a legacy 8-bit file. Valid
  // multi-byte sequences almost never appear by chance in Latin-1 text, so count them.
  const asUtf8 = buf.toString("utf8");
  let replaced = 0;
  let multibyte = 0;
  for (let i = 0; i < asUtf8.length; i++) {
    const c = asUtf8.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c > 0x7f) multibyte++;
  }
  if (multibyte >= replaced) {
    return { text: asUtf8, encoding: "utf-8", messages: replacementMessages(asUtf8) };
  }
  const encoding = detectLegacy(buf);
  return { text: iconv().decode(buf, encoding), encoding, messages: [] };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
