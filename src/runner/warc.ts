/**
 * WARC archives (`.warc`, `.warc.gz`, one gzip member per record as Common Crawl ships them)
 * → one task per `response` record with an HTML payload, read with Webrecorder's warcio as a
 * stream: a record's payload is read only when it is HTML, and the batch's bounded window
 * keeps at most a few hundred of them in memory, so a multi-GB archive runs in flat memory.
 * Records that are not articles are skipped with a reason (counted, or output with
 * --keep-skipped); a record that cannot be parsed ends the file with an error record.
 */
import { createReadStream } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { InputError, MAX_INPUT_BYTES, toInputError } from "./errors.js";
import type { Item } from "./inputs.js";
// Types only: the main thread reads archives without loading the extractor (process.ts).
import type { Outcome, Task, WarcFields } from "./process.js";

/** A record's file name under --out-dir / --emit-text: its record id's uuid, else its number. */
function recordName(id: string, n: number): string {
  const bare = id.replace(/^<?urn:uuid:|>$/g, "").slice(0, 120).replace(/[^A-Za-z0-9._-]/g, "_");
  return bare === "" || /^\.*$/.test(bare) ? String(n) : bare;
}

/** True for file names that are WARC archives by extension. */
export function isWarcName(path: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(path);
}

/** True when these first bytes start a WARC file (plain; a gzip'd one is told by its name). */
export function looksLikeWarc(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, 8)).toString("latin1").startsWith("WARC/");
}

/** How WARC records become items. */
export interface WarcOptions {
  /** Output skip records for records that are not read (--keep-skipped). */
  keepSkipped: boolean;
  /** With --out-dir: the folder for this archive's records (`<out>/<archive>/`). */
  outDir?: string;
  /** With --emit-text: the folder for this archive's texts. */
  textDir?: string;
}

/** The outcome standing in for a record that is not read as an article. */
export function skipOutcome(path: string, source: Record<string, unknown>, reason: string, message: string, keep: boolean, outPath?: string): Outcome {
  const output = keep ? JSON.stringify({ source, skipped: { reason, message } }) + "\n" : "";
  const o: Outcome = { status: "skipped", skip: reason, output, path, quotes: 0, bytes: 0 };
  if (keep && outPath) {
    o.output = JSON.stringify({ source, skipped: { reason, message } }, null, 2) + "\n";
    o.outPath = outPath;
  }
  return o;
}

function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? "");
  return m?.[1];
}

const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** Does the payload start like an HTML page? (for responses without a Content-Type) */
function sniffHtml(head: Uint8Array): boolean {
  const s = Buffer.from(head.subarray(0, 512)).toString("latin1").trimStart().toLowerCase();
  return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<!--");
}

/**
 * Throw when a record's block ended before its Content-Length: the file was cut (a crawl
 * stopped mid-write, a partial download). warcio itself returns what there was.
 */
function whole(record: { _reader?: unknown }, n: number): void {
  // `_reader` (the LimitReader over the block), not `reader`: that getter marks raw access.
  const left = (record._reader as { limit?: number } | undefined)?.limit;
  if (typeof left === "number" && left > 0) {
    throw new InputError("bad-warc", `WARC record ${n}: truncated (${left} bytes of the record missing); not read`);
  }
}

/** The items of one WARC file, in record order. */
export async function* warcItems(path: string, o: WarcOptions, stream?: Readable): AsyncGenerator<Item> {
  const { WARCParser } = await import("warcio");
  const input = stream ?? createReadStream(path, { highWaterMark: 256 * 1024 });
  const parser = new WARCParser(input as unknown as AsyncIterable<Uint8Array>);
  // warcio's reader (internal): gzip state, to tell a clean end from a cut or damaged member.
  const reader = (parser as unknown as { _reader?: { compressed?: string | null; inflator?: { ended?: boolean } | null } })._reader;
  let gzipped: boolean | undefined;
  let n = 0;
  for (;;) {
    let record;
    let fields: WarcFields | undefined;
    try {
      record = await parser.parse();
      gzipped ??= reader?.compressed != null;
      if (!record) {
        // warcio ends quietly on a gzip member cut short or damaged; say so.
        if (gzipped && reader && (reader.compressed == null || reader.inflator?.ended === false)) {
          throw new InputError("bad-warc", `after WARC record ${n}: the gzip data is cut short or damaged; what follows is not read`);
        }
        break;
      }
      n++;
      const protocol = record.warcHeaders.protocol;
      if (!protocol?.startsWith("WARC/")) {
        throw new InputError("bad-warc", `WARC record ${n}: no WARC header where a record should start (damaged data); the rest of the file is not read`);
      }
      if (record.warcType !== "response") {
        // Requests, metadata, warcinfo: not pages; consumed unread.
        await record.skipFully();
        whole(record, n);
        continue;
      }
      fields = {
        warc_target_uri: record.warcTargetURI ?? "",
        warc_date: record.warcDate ?? "",
        warc_record_id: record.warcHeader("WARC-Record-ID") ?? "",
      };
      const name = recordName(fields.warc_record_id, n);
      const source: Record<string, unknown> = { path, ...fields };
      const outBase = o.outDir !== undefined ? join(o.outDir, name) : undefined;
      const skip = async (reason: string, message: string): Promise<Item> => {
        await record!.skipFully();
        whole(record!, n);
        return { failure: skipOutcome(path, source, reason, message, o.keepSkipped, outBase !== undefined ? `${outBase}.skipped.json` : undefined) };
      };
      const http = record.httpHeaders;
      const status = Number(http?.statusCode ?? 0);
      if (status >= 300 && status < 400) {
        yield await skip("redirect", `HTTP ${status} redirect${http?.headers.get("location") ? ` to ${http.headers.get("location")}` : ""}`);
        continue;
      }
      if (status !== 0 && (status < 200 || status >= 300)) {
        yield await skip("http-status", `HTTP status ${status}`);
        continue;
      }
      const type = http?.headers.get("content-type") ?? null;
      if (type !== null && type.trim() !== "" && !HTML_TYPES.test(type)) {
        yield await skip("not-html", `not an HTML page (${type.split(";")[0]!.trim()})`);
        continue;
      }
      const length = Number(record.warcHeader("Content-Length") ?? 0);
      if (length > MAX_INPUT_BYTES) {
        yield await skip("too-large", `a ${Math.round(length / 2 ** 20)} MB response, more than a page`);
        continue;
      }
      const bytes = await record.readFully(true);
      whole(record, n);
      if (type === null || type.trim() === "") {
        if (!sniffHtml(bytes)) {
          yield { failure: skipOutcome(path, source, "not-html", "not an HTML page (no Content-Type, not HTML)", o.keepSkipped, outBase !== undefined ? `${outBase}.skipped.json` : undefined) };
          continue;
        }
      }
      const task: Task = { kind: "warc", path, bytes, warc: fields };
      const charset = charsetOf(type);
      if (charset) task.charset = charset;
      if (outBase !== undefined) task.outBase = outBase;
      if (o.textDir !== undefined) task.textOut = join(o.textDir, `${name}.txt`);
      yield { task };
    } catch (err) {
      const e = err instanceof InputError ? err : new InputError("bad-warc", `WARC record ${n || 1}: ${toInputError(err).message.replace(/^internal error: /, "")}; the rest of the file is not read`);
      const error = { code: e.code, message: e.message };
      const source = { path, ...(fields ?? {}) };
      const f: Outcome = { status: "error", output: JSON.stringify({ source, error }) + "\n", path, error, quotes: 0, bytes: 0 };
      if (o.outDir !== undefined) {
        f.output = JSON.stringify({ source, error }, null, 2) + "\n";
        f.outPath = join(o.outDir, `${n || 1}.error.json`);
      }
      yield { failure: f };
      input.destroy();
      return;
    }
  }
}
