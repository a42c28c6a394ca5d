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
import { InputError, toInputError } from "./errors.js";
import type { Outcome, Task } from "./process.js";

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
  format: "json" | "text" | "csv";
  /** One input to pretty JSON: failures go to stderr only. */
  single?: boolean;
}

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
  const output = opts.outDir ? JSON.stringify(record, null, 2) + "\n" : opts.format === "json" && !opts.single ? JSON.stringify(record) + "\n" : "";
  const f: Outcome = { status: "error", output, path, error, quotes: 0, bytes: 0 };
  if (opts.outDir && outPath) f.outPath = outPath;
  return { failure: f };
}

async function* walk(dir: string): AsyncGenerator<string> {
  // One directory in memory at a time, sorted so the output order does not depend on the
  // file system.
  const names: Array<{ name: string; dir: boolean; link: boolean }> = [];
  const handle = await opendir(dir);
  for await (const d of handle) names.push({ name: d.name, dir: d.isDirectory(), link: d.isSymbolicLink() });
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const p = join(dir, n.name);
    if (n.dir) yield* walk(p);
    else if (n.link) {
      const st = await stat(p).catch(() => undefined);
      if (st?.isDirectory()) continue; // no following directory links: they can loop
      yield p;
    } else yield p;
  }
}

/** Split a byte stream into lines (LF or CRLF), streaming; blank lines are skipped. */
export async function* lines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<{ line: string; no: number }> {
  let rest: Buffer | undefined;
  let no = 0;
  for await (const chunk of stream) {
    let buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (rest) {
      buf = Buffer.concat([rest, buf]);
      rest = undefined;
    }
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(10, from);
      if (nl === -1) break;
      no++;
      const end = nl > from && buf[nl - 1] === 13 ? nl - 1 : nl;
      const line = buf.toString("utf8", from, end);
      if (line.trim() !== "") yield { line, no };
      from = nl + 1;
    }
    if (from < buf.length) rest = buf.subarray(from);
  }
  if (rest && rest.length) {
    no++;
    const line = rest.toString("utf8");
    if (line.trim() !== "") yield { line, no };
  }
}

async function* records(path: string, stream: Readable, opts: InputOptions, outDir: string | undefined, mtimeMs: number | undefined): AsyncGenerator<Item> {
  try {
    for await (const { line, no } of lines(stream)) {
      const task: Task = { kind: "record", path, line: no, data: line };
      if (outDir !== undefined) task.outDir = outDir;
      if (mtimeMs !== undefined) task.inputMtimeMs = mtimeMs;
      yield { task };
    }
  } catch (err) {
    yield failure(path, err, opts);
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
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
  if (opts.jsonl || isJsonlName(file)) {
    yield* records(file, createReadStream(file), opts, base, opts.resume ? mtimeMs : undefined);
    return;
  }
  if (base !== undefined && opts.resume && (await newer(`${base}.json`, mtimeMs))) {
    yield { failure: { status: "skipped", output: "", path: file, quotes: 0, bytes: 0 } };
    return;
  }
  const task: Task = { kind: "file", path: file };
  if (base !== undefined) task.outBase = base;
  yield { task };
}

/** The lazy, ordered stream of work for these command-line inputs. */
export async function* expand(inputs: AsyncIterable<string> | Iterable<string>, opts: InputOptions): AsyncGenerator<Item> {
  const exts = new Set(opts.ext.map((e) => `.${e.replace(/^\./, "").toLowerCase()}`));
  for await (const input of inputs) {
    if (input === "-") {
      if (opts.jsonl) {
        yield* records("-", opts.stdin, opts, opts.outDir !== undefined ? join(opts.outDir, "stdin") : undefined, undefined);
      } else {
        const task: Task & { kind: "bytes" } = { kind: "bytes", path: "-", bytes: await readAll(opts.stdin) };
        if (opts.outDir !== undefined) task.outBase = join(opts.outDir, "stdin");
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
      try {
        for await (const file of walk(input)) {
          if (!exts.has(extname(file).toLowerCase())) continue;
          found++;
          // stat only for --resume: one system call per file is what a big walk costs.
          const mtime = opts.resume ? ((await stat(file).catch(() => undefined))?.mtimeMs ?? 0) : 0;
          yield* fileItems(file, input, opts, mtime);
        }
      } catch (err) {
        yield failure(input, err, opts);
        continue;
      }
      if (found === 0) {
        yield failure(input, new InputError("no-match", `no ${[...exts].join(", ")} file in this folder`), opts);
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
  for await (const { line } of lines(stream)) yield line.trim();
}
