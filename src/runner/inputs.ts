/**
 * Expansion of the command-line inputs into a lazy, ordered stream of tasks: files, folders
 * (walked recursively in sorted order), globs, `--files-from` lists, JSON Lines files split
 * into one task per record, and stdin. Nothing here loads a whole archive: folders are
 * walked one directory at a time and JSON Lines are streamed line by line.
 */
import { createReadStream } from "node:fs";
import { opendir, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { isUtf8 } from "node:buffer";
import { refuseBinary } from "./decode.js";
import { isWarcName } from "./warc.js";
import { DEFAULT_MAX_ARTICLE_BYTES, InputError, tooLarge, toInputError } from "./errors.js";
import type { Outcome, Task } from "./process.js";
import { formatError, outExt } from "./format.js";
import type { CsvOptions, Format } from "./format.js";

/** Either a task to run or an input that already failed (missing path, empty folder…). */
export type Item = { task: Task } | { failure: Outcome };

/** How inputs are found and named. */
export interface InputOptions {
  /** File extensions picked in folders (without dot), e.g. ["txt"]. */
  ext: string[];
  /** Treat every file (and stdin) as JSON Lines. */
  jsonl: boolean;
  outDir?: string;
  resume: boolean;
  cwd: string;
  stdin: Readable;
  format: Format;
  /** CSV settings, for the error rows of inputs that fail here. */
  csv?: CsvOptions;
  /** One input to pretty JSON: failures go to stderr only. */
  single?: boolean;
  /** What inputs are (--input): "auto" decides by name, then by the first bytes. */
  input?: InputKind;
  /** Output skip records for WARC records not read (--keep-skipped). */
  keepSkipped?: boolean;
  /** --emit-text DIR: the text read from each HTML page is written under DIR. */
  emitText?: string;
  /** Largest article (a file, stdin, a JSON Lines line), bytes; default DEFAULT_MAX_ARTICLE_BYTES. */
  maxBytes?: number;
}

/** What an input is: `--input` values. */
export type InputKind = "auto" | "text" | "html" | "warc" | "jsonl";

/** True for file names that are HTML pages by extension. */
export function isHtmlName(path: string): boolean {
  return /\.(?:html?|xhtml)$/i.test(path);
}

/**
 * True when a file not named as a WARC is one all the same: its first bytes (decompressed
 * when gzip'd) start with "WARC/". Only asked of names that say nothing (no .txt, .html…).
 */
async function sniffWarc(file: string): Promise<boolean> {
  const { open } = await import("node:fs/promises");
  const fh = await open(file, "r").catch(() => undefined);
  if (!fh) return false;
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(4096), 0, 4096, 0);
    let head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x1f && head[1] === 0x8b) {
      const { gunzipSync, constants } = await import("node:zlib");
      try {
        head = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
      } catch {
        return false;
      }
    }
    return head.subarray(0, 5).toString("latin1") === "WARC/";
  } finally {
    await fh.close();
  }
}

const KNOWN_TEXT = /\.(?:txt|text|md|html?|xhtml|jsonl|ndjson|json|csv)$/i;

const GLOB_CHARS = /[*?[\]{}]/;

/** True for file names that are JSON Lines by extension. */
export function isJsonlName(path: string): boolean {
  const e = extname(path).toLowerCase();
  return e === ".jsonl" || e === ".ndjson";
}

function stripExt(p: string): string {
  const e = extname(p);
  return e ? p.slice(0, -e.length) : p;
}

/**
 * Where a file's results go under --out-dir (without ".json"): the path relative to the
 * folder it was found in, or to the working directory for files named directly; absolute
 * paths outside the working directory are mirrored from the root.
 */
export function outBaseFor(outDir: string, file: string, root: string | undefined, cwd: string): string {
  const abs = resolve(cwd, file);
  let rel = root !== undefined ? relative(resolve(cwd, root), abs) : relative(cwd, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) rel = abs.replace(/^[A-Za-z]:/, "").split(sep).filter(Boolean).join(sep);
  return join(outDir, stripExt(rel));
}

function failure(path: string, err: unknown, opts: InputOptions, outPath?: string): Item {
  const e = toInputError(err);
  const error = { code: e.code, message: e.message };
  const record = { source: { path }, error };
  const output = opts.outDir
    ? JSON.stringify(record, null, 2) + "\n"
    : formatError(record, { format: opts.format, pretty: opts.single === true, ...(opts.csv ? { csv: opts.csv } : {}) });
  const f: Outcome = { status: "error", output, path, error, quotes: 0, bytes: 0 };
  if (opts.outDir && outPath) f.outPath = outPath;
  return { failure: f };
}

/** A file found in a folder; `special` for a named pipe, socket or device (never opened). */
interface Found {
  path: string;
  special: boolean;
}

async function* walk(dir: string): AsyncGenerator<Found> {
  // One directory in memory at a time, sorted so the output order does not depend on the
  // file system.
  const names: Array<{ name: string; dir: boolean; link: boolean; special: boolean }> = [];
  const handle = await opendir(dir);
  for await (const d of handle) {
    names.push({ name: d.name, dir: d.isDirectory(), link: d.isSymbolicLink(), special: d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice() });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const p = join(dir, n.name);
    if (n.dir) yield* walk(p);
    else if (n.link) {
      const st = await stat(p).catch(() => undefined);
      if (st?.isDirectory()) continue; // no following directory links: they can loop
      yield { path: p, special: st !== undefined && !st.isFile() };
    } else yield { path: p, special: n.special };
  }
}

/** One line of a streamed file. */
export interface Line {
  line: string;
  /** 1-based line number. */
  no: number;
  /** The line's bytes were not valid UTF-8 (bad sequences replaced by U+FFFD). */
  invalidUtf8?: boolean;
  /** The line was longer than the limit: `line` is empty and the line is reported, not read. */
  tooLong?: boolean;
  /** With `tooLong`: the line's length in bytes. */
  bytes?: number;
}

/**
 * Split a byte stream into lines (LF or CRLF), streaming; blank lines are skipped.
 * Linear whatever the line length: the pieces of a line are kept in a list and joined once
 * at its end (joining at every chunk would copy a 100 MB line thousands of times). A line
 * longer than `maxLine` bytes is skipped to its end and yielded with `tooLong`, so one
 * runaway line (a file with no newline at all) cannot exhaust memory.
 */
export async function* lines(stream: AsyncIterable<Buffer | string>, maxLine = DEFAULT_MAX_ARTICLE_BYTES): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let skipping = false;
  /** Bytes of the line being skipped. */
  let skipped = 0;
  let no = 0;
  const finish = (last: Buffer): Line | undefined => {
    no++;
    if (skipping) {
      skipping = false;
      return { line: "", no, tooLong: true, bytes: skipped + last.length };
    }
    const size = partBytes + last.length;
    const pieces = parts;
    parts = [];
    partBytes = 0;
    if (size > maxLine) return { line: "", no, tooLong: true, bytes: size };
    const buf = pieces.length === 0 ? last : Buffer.concat([...pieces, last], size);
    let end = buf.length;
    if (end > 0 && buf[end - 1] === 13) end--;
    const body = buf.subarray(0, end);
    const line = body.toString("utf8");
    if (line.trim() === "") return undefined;
    return isUtf8(body) ? { line, no } : { line, no, invalidUtf8: true };
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(10, from);
      if (nl === -1) break;
      const out = finish(buf.subarray(from, nl));
      if (out) yield out;
      from = nl + 1;
    }
    if (from < buf.length && skipping) skipped += buf.length - from;
    else if (from < buf.length) {
      parts.push(buf.subarray(from));
      partBytes += buf.length - from;
      if (partBytes > maxLine) {
        skipped = partBytes;
        parts = [];
        partBytes = 0;
        skipping = true;
      }
    }
  }
  if (partBytes > 0 || skipping) {
    const out = finish(EMPTY);
    if (out) yield out;
  }
}

const EMPTY = Buffer.alloc(0);

async function* records(path: string, stream: Readable, opts: InputOptions, outDir: string | undefined, mtimeMs: number | undefined, textDir?: string): AsyncGenerator<Item> {
  try {
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    for await (const { line, no, invalidUtf8, tooLong, bytes } of lines(sniffed(stream), maxBytes)) {
      if (tooLong) {
        // Decided before anything is dispatched: the line is never held whole in memory.
        const e = tooLarge(bytes ?? maxBytes, maxBytes, `line ${no}: `);
        yield failure(path, e, opts, outDir !== undefined ? join(outDir, `${no}.error.json`) : undefined);
        continue;
      }
      // A UTF-8 byte order mark before the first record is not part of the JSON.
      const data = no === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
      const task: Task = { kind: "record", path, line: no, data };
      if (invalidUtf8) task.invalidUtf8 = true;
      if (outDir !== undefined) task.outDir = outDir;
      if (mtimeMs !== undefined) task.inputMtimeMs = mtimeMs;
      if (textDir !== undefined) task.textDir = textDir;
      yield { task };
    }
  } catch (err) {
    yield failure(path, err, opts);
  }
}

/**
 * The stream unchanged, after checking its first bytes: a gzip'd dump or an image named
 * .jsonl is refused once as binary instead of giving one "not valid JSON" per garbage line.
 */
async function* sniffed(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  let first = true;
  for await (const chunk of stream) {
    if (first) {
      first = false;
      const head = typeof chunk === "string" ? Buffer.from(chunk.slice(0, 8192)) : chunk.subarray(0, 8192);
      refuseBinary(head);
    }
    yield chunk;
  }
}

async function readAll(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === "string" ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    // `parole < /dev/zero` must end with an error, not eat all memory.
    if (size > maxBytes) {
      stream.destroy();
      throw tooLarge(size, maxBytes);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

async function newer(out: string, input: number): Promise<boolean> {
  try {
    return (await stat(out)).mtimeMs > input;
  } catch {
    return false;
  }
}

async function* fileItems(file: string, root: string | undefined, opts: InputOptions, mtimeMs: number): AsyncGenerator<Item> {
  const base = opts.outDir !== undefined ? outBaseFor(opts.outDir, file, root, opts.cwd) : undefined;
  const textBase = opts.emitText !== undefined ? outBaseFor(opts.emitText, file, root, opts.cwd) : undefined;
  const kind = opts.input ?? "auto";
  if (kind === "jsonl" || opts.jsonl || (kind === "auto" && isJsonlName(file))) {
    yield* records(file, createReadStream(file), opts, base, opts.resume ? mtimeMs : undefined, textBase);
    return;
  }
  if (kind === "warc" || (kind === "auto" && (isWarcName(file) || (!KNOWN_TEXT.test(file) && (await sniffWarc(file)))))) {
    const { warcItems } = await import("./warc.js");
    // An archive's records go under a folder named after it, as a JSON Lines dump's do.
    yield* warcItems(file, {
      keepSkipped: opts.keepSkipped === true,
      ...(base !== undefined ? { outDir: base.replace(/\.warc$/i, "") } : {}),
      ...(textBase !== undefined ? { textDir: textBase.replace(/\.warc$/i, "") } : {}),
    });
    return;
  }
  if (base !== undefined && opts.resume && (await newer(`${base}${outExt(opts.format)}`, mtimeMs))) {
    yield { failure: { status: "skipped", output: "", path: file, quotes: 0, bytes: 0 } };
    return;
  }
  const task: Task & { kind: "file" } = { kind: "file", path: file };
  if (base !== undefined) task.outBase = base;
  if (kind === "html" || kind === "text") task.input = kind;
  else if (isHtmlName(file)) task.input = "html";
  if (textBase !== undefined) task.textOut = `${textBase}.txt`;
  yield { task };
}

/** The lazy, ordered stream of work for these command-line inputs. */
export async function* expand(inputs: AsyncIterable<string> | Iterable<string>, opts: InputOptions): AsyncGenerator<Item> {
  const exts = new Set(opts.ext.map((e) => `.${e.replace(/^\./, "").toLowerCase()}`));
  // Matched on the name's end, so "warc.gz" picks crawl.warc.gz.
  const wanted = (file: string): boolean => {
    const lower = file.toLowerCase();
    if (exts.has(extname(lower))) return true;
    for (const e of exts) if (lower.endsWith(e)) return true;
    return false;
  };
  for await (const input of inputs) {
    if (input === "-") {
      if (opts.jsonl || opts.input === "jsonl") {
        yield* records("-", opts.stdin, opts, opts.outDir !== undefined ? join(opts.outDir, "stdin") : undefined, undefined, opts.emitText !== undefined ? join(opts.emitText, "stdin") : undefined);
      } else if (opts.input === "warc") {
        const { warcItems } = await import("./warc.js");
        yield* warcItems("-", {
          keepSkipped: opts.keepSkipped === true,
          ...(opts.outDir !== undefined ? { outDir: join(opts.outDir, "stdin") } : {}),
          ...(opts.emitText !== undefined ? { textDir: join(opts.emitText, "stdin") } : {}),
        }, opts.stdin);
      } else {
        let bytes: Buffer;
        try {
          bytes = await readAll(opts.stdin, opts.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
        } catch (err) {
          yield failure("-", err, opts, opts.outDir !== undefined ? join(opts.outDir, "stdin.error.json") : undefined);
          continue;
        }
        const task: Task & { kind: "bytes" } = { kind: "bytes", path: "-", bytes };
        if (opts.outDir !== undefined) task.outBase = join(opts.outDir, "stdin");
        if (opts.input === "html" || opts.input === "text") task.input = opts.input;
        if (opts.emitText !== undefined) task.textOut = join(opts.emitText, "stdin.txt");
        yield { task };
      }
      continue;
    }
    let st;
    try {
      st = await stat(resolve(opts.cwd, input));
    } catch (err) {
      if (GLOB_CHARS.test(input)) {
        yield* globItems(input, opts);
        continue;
      }
      const base = opts.outDir !== undefined ? outBaseFor(opts.outDir, input, undefined, opts.cwd) : undefined;
      yield failure(input, err, opts, base !== undefined ? `${base}.error.json` : undefined);
      continue;
    }
    if (st.isDirectory()) {
      let found = 0;
      let results = 0;
      try {
        for await (const { path: file, special } of walk(input)) {
          if (!wanted(file)) {
            if (file.endsWith(".json")) results++;
            continue;
          }
          found++;
          if (special) {
            // A named pipe in a folder would block the run until something writes to it.
            yield failure(file, new InputError("not-a-file", "not a regular file (pipe, device or socket), not read"), opts);
            continue;
          }
          // stat only for --resume: one system call per file is what a big walk costs.
          const mtime = opts.resume ? ((await stat(file).catch(() => undefined))?.mtimeMs ?? 0) : 0;
          yield* fileItems(file, input, opts, mtime);
        }
      } catch (err) {
        yield failure(input, err, opts);
        continue;
      }
      if (found === 0) {
        // A folder of parole's own results (--out-dir) given back to it: say how to convert it.
        const hint = results > 0 ? ` (it holds .json results: \`parole convert --format ${opts.format === "json" ? "csv" : opts.format} ${input}\` turns them into ${opts.format === "text" ? "text" : "CSV"})` : "";
        yield failure(input, new InputError("no-match", `no ${[...exts].join(", ")} file in this folder${hint}`), opts);
      }
      continue;
    }
    yield* fileItems(input, undefined, opts, st.mtimeMs);
  }
}

async function* globItems(pattern: string, opts: InputOptions): AsyncGenerator<Item> {
  const { glob } = await import("tinyglobby");
  const files = (await glob(pattern, { cwd: opts.cwd, onlyFiles: true, dot: false, absolute: isAbsolute(pattern) })).sort();
  if (files.length === 0) {
    yield failure(pattern, new InputError("no-match", "no file matches this pattern"), opts);
    return;
  }
  for (const file of files) {
    const mtime = opts.resume ? ((await stat(resolve(opts.cwd, file)).catch(() => undefined))?.mtimeMs ?? 0) : 0;
    yield* fileItems(file, undefined, opts, mtime);
  }
}

/** Paths listed one per line in a file (or stdin for "-"), streamed. */
export async function* listedPaths(stream: Readable): AsyncGenerator<string> {
  for await (const { line, tooLong } of lines(stream)) if (!tooLong) yield line.trim();
}
