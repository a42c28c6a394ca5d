/**
 * Processing of one batch item — a file, stdin's bytes, or one JSON Lines record — from raw
 * input to formatted output. The same function runs inline (one job) and inside the worker
 * threads (`--jobs N`), so both paths give the same bytes.
 */
import { hash } from "node:crypto";
import { closeSync, createReadStream, fstatSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { extract } from "../index.js";
import type { Result, Source } from "../core/types.js";
import { decode, replacementMessages } from "./decode.js";
import { DEFAULT_MAX_ARTICLE_BYTES, InputError, tooLarge, toInputError } from "./errors.js";
import { formatError, formatResult, outExt } from "./format.js";
import type { ErrorRecord, OutputSettings } from "./format.js";
import { decodeHtml, looksLikeHtml, pageMessages, readPage } from "./html.js";
import { skipOutcome } from "./warc.js";

/** A WARC record's identity, copied into `source`. */
export interface WarcFields {
  warc_target_uri: string;
  warc_date: string;
  warc_record_id: string;
}

/**
 * One unit of work; plain data so it can be posted to a worker thread. `input` says whether a
 * file or stdin is an HTML page or text (undefined: decided from its first bytes); `textOut`
 * is where --emit-text writes the text read from a page.
 */
export type Task =
  | { kind: "file"; path: string; outBase?: string; input?: "html" | "text"; textOut?: string }
  | { kind: "bytes"; path: string; bytes: Uint8Array; outBase?: string; input?: "html" | "text"; textOut?: string }
  | { kind: "record"; path: string; line: number; data: Uint8Array | string; outDir?: string; inputMtimeMs?: number; invalidUtf8?: boolean; textDir?: string }
  | { kind: "warc"; path: string; bytes: Uint8Array; warc: WarcFields; charset?: string; outBase?: string; textOut?: string };

/** Settings shared by every task of a run. */
export interface ProcessSettings extends OutputSettings {
  lang: "fr" | "en" | "auto";
  encoding?: string;
  textField: string;
  idField: string;
  /** Write results under this folder instead of stdout. */
  outDir?: string;
  resume: boolean;
  /** JSON Lines records hold HTML in this field (--html-field), read as pages. */
  htmlField?: string;
  /** Output skip records for WARC records not read as articles (--keep-skipped). */
  keepSkipped?: boolean;
  /** Largest article, bytes (default DEFAULT_MAX_ARTICLE_BYTES): larger inputs are `too-large`. */
  maxBytes?: number;
  /**
   * Set in worker threads only: an article over this many bytes is not processed there but
   * handed back (`status: "defer"`) for the main thread, whose heap is not capped.
   */
  deferOver?: number;
}

/** The error part of an error record. */
export interface ErrorInfo {
  code: string;
  message: string;
}

/** What one task produced, ready to be written. */
export interface Outcome {
  /** "defer": too big for a worker thread's heap, to be run on the main thread (see deferOver). */
  status: "ok" | "error" | "skipped" | "defer";
  /** Why a WARC record (or page) was skipped: "not-html", "redirect", "no-article", "language"…; absent for --resume. */
  skip?: string;
  /**
   * What to write to stdout, or the whole content of `outPath` with --out-dir: a string, or
   * its UTF-8 bytes when a worker thread made it (see worker.ts).
   */
  output: string | Uint8Array;
  /** With --out-dir: where `output` goes (…/name.json, or …/name.error.json for errors). */
  outPath?: string;
  /** With --out-dir and success: a stale error file to remove. */
  stalePath?: string;
  /** Source as known (for the stderr line). */
  path: string;
  id?: string | null;
  /** JSON Lines input: the record's line in its file (1-based). */
  line?: number;
  error?: ErrorInfo;
  stack?: string;
  quotes: number;
  bytes: number;
  /** Language detected for the article (franc's ISO 639-3 code). */
  language?: string;
  /** The pipeline that ran on it. */
  pipeline?: "fr" | "en" | "none";
}

/** One-shot: a Hash object per article cost more than the hashing of a 4 KB text. */
function sha256(bytes: Uint8Array): string {
  return hash("sha256", bytes, "hex");
}

/** A JSON Lines record id made safe as a file name (no separators, no dot-only names). */
export function safeName(id: string): string {
  // Cut first: the replacement maps one code unit to one, and an id may be huge.
  const cleaned = id.slice(0, 120).replace(/[^A-Za-z0-9._-]/g, "_");
  return /^\.*$/.test(cleaned) ? `_${cleaned}` : cleaned;
}

async function serialise(result: Result, s: ProcessSettings, text: string): Promise<string> {
  // The HTML view is written as .html under --out-dir too (outExt).
  if (s.format === "html") return (await import("./html-view.js")).formatHtml(result, text);
  if (s.outDir) return JSON.stringify(result, null, 2) + "\n";
  return formatResult(result, s, text);
}

function errorOutput(source: ErrorRecord["source"], error: ErrorInfo, s: ProcessSettings): string {
  const record: ErrorRecord = { source, error };
  if (s.outDir) return JSON.stringify(record, null, 2) + "\n";
  return formatError(record, s);
}

/** Run one task to completion; never throws (failures become error outcomes). */
export async function processTask(task: Task, s: ProcessSettings): Promise<Outcome> {
  const source: Partial<Source> = { path: task.path };
  let outPath: string | undefined;
  let errorPath: string | undefined;
  let bytesLen = 0;
  try {
    let text: string;
    let messages: Result["messages"] = [];
    let meta: Record<string, unknown> | undefined;
    if (task.kind === "record") {
      // Until the id is known, a failed line is named by its line number.
      if (task.outDir !== undefined) errorPath = join(task.outDir, `${task.line}.error.json`);
      const parsed = parseRecord(task.data, s);
      source.id = parsed.id;
      meta = parsed.meta;
      if (task.outDir !== undefined) {
        const base = join(task.outDir, parsed.id !== null ? safeName(parsed.id) : String(task.line));
        outPath = `${base}${outExt(s.format)}`;
        errorPath = `${base}.error.json`;
        if (s.resume && task.inputMtimeMs !== undefined && (await newerThan(outPath, task.inputMtimeMs))) {
          return { status: "skipped", output: "", path: task.path, id: parsed.id, quotes: 0, bytes: 0 };
        }
      }
      if (parsed.text === undefined) throw parsed.problem;
      text = parsed.text;
      // UTF-8 takes at most three bytes per code unit: most texts need no count.
      const maxBytes = s.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
      const over = Math.min(maxBytes, s.deferOver ?? maxBytes);
      if (text.length * 3 > over) {
        const size = Buffer.byteLength(text, "utf8");
        if (size > maxBytes) throw tooLarge(size, maxBytes, "text field: ");
        if (s.deferOver !== undefined && size > s.deferOver) return deferred(task);
      }
      const raw = Buffer.from(text, "utf8");
      bytesLen = raw.byteLength;
      source.bytes = bytesLen;
      source.sha256 = sha256(raw);
      source.encoding = "utf-8";
      // The line's bad bytes became U+FFFD when it was read: say where, as for files.
      if (task.invalidUtf8) messages = replacementMessages(text);
      if (s.htmlField !== undefined) {
        const page = readHtml(text, source, messages, undefined);
        text = page.text;
        messages = page.messages;
        if (task.textDir !== undefined) emitText(join(task.textDir, `${parsed.id !== null ? safeName(parsed.id) : String(task.line)}.txt`), text);
      }
    } else {
      if (task.outBase !== undefined) {
        outPath = `${task.outBase}${outExt(s.format)}`;
        errorPath = `${task.outBase}.error.json`;
      }
      // Synchronous read: in a worker thread nothing else waits, and it saves the four
      // thread-pool round trips of the promise API per file.
      const maxBytes = s.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
      let raw = task.kind === "file" ? readRegularFile(task.path, maxBytes, s.deferOver) : task.bytes;
      if (raw === "defer") return deferred(task);
      // A named pipe is read without blocking the thread: a pipe nobody writes to must not
      // stop the process from answering a signal.
      if (raw === "fifo") raw = await readLimited(createReadStream(task.path), maxBytes);
      bytesLen = raw.byteLength;
      source.bytes = bytesLen;
      source.sha256 = sha256(raw);
      if (task.kind === "warc") Object.assign(source, task.warc);
      const html = task.kind === "warc" || task.input === "html" || (task.input === undefined && looksLikeHtml(raw));
      const decoded = html ? decodeHtml(raw, s.encoding, task.kind === "warc" ? task.charset : undefined) : decode(raw, s.encoding);
      source.encoding = decoded.encoding;
      text = decoded.text;
      messages = decoded.messages;
      if (html) {
        const page = readHtml(text, source, messages, task.kind === "warc" ? task.warc.warc_target_uri : undefined);
        text = page.text;
        messages = page.messages;
        if (task.textOut !== undefined) emitText(task.textOut, text);
      }
    }
    const result = extract(text, { lang: s.lang, source });
    if (task.kind === "warc" && result.language.pipeline === "none") {
      return skipOutcome(task.path, source, "language", `neither French nor English (detected "${result.language.detected}")`, s.keepSkipped === true, task.outBase !== undefined ? `${task.outBase}.skipped.json` : undefined);
    }
    if (messages.length) result.messages.push(...messages);
    if (meta) result.meta = meta;
    const output = await serialise(result, s, text);
    const done: Outcome = { status: "ok", output, path: task.path, quotes: result.quotes.length, bytes: bytesLen };
    // "und" (too short to tell, or empty) is not worth a warning.
    if (s.lang === "auto" && result.language.detected !== "und") {
      done.language = result.language.detected;
      done.pipeline = result.language.pipeline;
    }
    if (source.id !== undefined) done.id = source.id;
    if (outPath) {
      done.outPath = outPath;
      if (errorPath) done.stalePath = errorPath;
    }
    return done;
  } catch (err) {
    const e = toInputError(err);
    // In an archive, a page that is no article is one of many: skipped, counted, not an error.
    if (task.kind === "warc" && (e.code === "no-article" || e.code === "too-complex" || e.code === "binary")) {
      return skipOutcome(task.path, source, e.code === "binary" ? "not-html" : e.code, e.message, s.keepSkipped === true, task.outBase !== undefined ? `${task.outBase}.skipped.json` : undefined);
    }
    const error = { code: e.code, message: e.message };
    // A JSON Lines record that failed says on which line of its dump it is.
    const where: ErrorRecord["source"] = task.kind === "record" ? { ...source, line: task.line } : source;
    const failed: Outcome = {
      status: "error",
      output: errorOutput(where, error, s),
      path: task.path,
      error,
      quotes: 0,
      bytes: bytesLen,
    };
    if (source.id !== undefined) failed.id = source.id;
    if (task.kind === "record") failed.line = task.line;
    if (errorPath) failed.outPath = errorPath;
    if (s.verbose && err instanceof Error && err.stack) failed.stack = err.stack;
    return failed;
  }
}

/** Replace the page's HTML by the article's text, its metadata into `source`. */
function readHtml(html: string, source: Partial<Source>, messages: Result["messages"], url: string | undefined): { text: string; messages: Result["messages"] } {
  const page = readPage(html, url ? { url } : {});
  const i = page.info;
  source.url = i.url;
  source.title = i.title;
  source.byline = i.byline;
  source.site = i.site;
  source.published = i.published;
  source.lang = i.lang;
  return { text: page.text, messages: pageMessages(messages) };
}

/** --emit-text: the text that was read, as a file (its offsets are the result's). */
function emitText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function deferred(task: Task): Outcome {
  return { status: "defer", output: "", path: task.path, quotes: 0, bytes: 0 };
}

/**
 * A file's bytes, refusing what is not an article: a device (/dev/zero never ends), a socket,
 * or a file over `maxBytes`. "defer" for a file over `deferOver` (see ProcessSettings); "fifo"
 * for a named pipe (`<(command)`), to be read asynchronously: opening a pipe with no writer
 * blocks, and on the main thread it would block signals too.
 */
function readRegularFile(path: string, maxBytes: number, deferOver: number | undefined): Buffer | "defer" | "fifo" {
  // stat before open: opening a pipe would wait for a writer (and a non-blocking open that is
  // then closed would lose what a writer sent meanwhile).
  if (statSync(path).isFIFO()) return "fifo";
  const fd = openSync(path, "r");
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError("is-a-folder", "is a folder");
    if (st.isFIFO()) return "fifo";
    if (!st.isFile()) throw new InputError("not-a-file", "not a regular file (device or socket), not read");
    if (st.size > maxBytes) throw tooLarge(st.size, maxBytes);
    if (deferOver !== undefined && st.size > deferOver) return "defer";
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A stream's bytes, up to `maxBytes` (`parole < /dev/zero` ends with an error, not eating memory). */
export async function readLimited(stream: AsyncIterable<Buffer | string> & { destroy?: () => void }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === "string" ? Buffer.from(c) : c;
    size += b.length;
    if (size > maxBytes) {
      stream.destroy?.();
      throw tooLarge(size, maxBytes);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function newerThan(path: string, mtimeMs: number): Promise<boolean> {
  try {
    return (await stat(path)).mtimeMs > mtimeMs;
  } catch {
    return false;
  }
}

interface ParsedRecord {
  id: string | null;
  /** Undefined when the record has no usable text; `problem` says why. */
  text: string | undefined;
  problem?: InputError;
  meta: Record<string, unknown> | undefined;
}

/** « no "text" field », with the fields the record has and the likeliest --text-field. */
function noTextField(record: Record<string, unknown>, field: string): string {
  const keys = Object.keys(record);
  let best: string | undefined;
  for (const k of keys) {
    const v = record[k];
    if (typeof v === "string" && v.length >= 20 && (best === undefined || v.length > (record[best] as string).length)) best = k;
  }
  const shown = keys.slice(0, 12).map((k) => JSON.stringify(k)).join(", ") + (keys.length > 12 ? ", …" : "");
  return `no "${field}" field (the record has ${keys.length ? shown : "no field"})` + (best !== undefined ? `; if the text is in "${best}", use --text-field ${/^[\w.-]+$/.test(best) ? best : `'${best}'`}` : "");
}

function parseRecord(data: Uint8Array | string, s: ProcessSettings): ParsedRecord {
  const line = typeof data === "string" ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new InputError("bad-json", `not valid JSON: ${(err as Error).message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError("bad-json", "the line is not a JSON object");
  }
  const record = value as Record<string, unknown>;
  const rawId = record[s.idField];
  const id = typeof rawId === "string" ? rawId : typeof rawId === "number" ? String(rawId) : null;
  const text = record[s.textField];
  if (typeof text !== "string") {
    const problem = new InputError("no-text", text === undefined ? noTextField(record, s.textField) : `field "${s.textField}" is not a string`);
    return { id, text: undefined, problem, meta: undefined };
  }
  const meta: Record<string, unknown> = {};
  let any = false;
  for (const [k, v] of Object.entries(record)) {
    if (k === s.textField || k === s.idField) continue;
    meta[k] = v;
    any = true;
  }
  return { id, text, meta: any ? meta : undefined };
}
