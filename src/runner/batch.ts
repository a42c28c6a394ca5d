/**
 * The batch runner: takes the ordered stream of items, runs them inline or on a pool of
 * worker threads, and writes their outcomes in input order — to stdout with backpressure, or
 * as atomic files under --out-dir. In-flight work is bounded (a FIFO window), so memory stays
 * flat whatever the archive's size; a failed input becomes an error record and the run goes on.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Writable } from "node:stream";
import { DEFAULT_MAX_ARTICLE_BYTES, ProblemReporter } from "./errors.js";
import { tempFiles } from "./cleanup.js";
import { enospc, faultFor, faultsFrom } from "./faults.js";
import type { Item } from "./inputs.js";
import type { Outcome, ProcessSettings, Task } from "./process.js";

/** A writable stream that may be a terminal. */
export type OutStream = Writable & { isTTY?: boolean; columns?: number };

/** How a batch runs and where it reports. */
export interface BatchOptions {
  settings: ProcessSettings;
  jobs: number;
  /** Use worker threads (more than one job and more than one input). */
  parallel: boolean;
  stdout: OutStream;
  stderr: OutStream;
  /** Print a progress bar on stderr (only when it is a terminal). */
  progress: boolean;
  /** Total number of items when known in advance (progress bar). */
  total?: number;
  /** Warn on stderr when an article is not in French (single inputs; batches count them). */
  warnLanguage?: boolean;
  signal?: AbortSignal;
  /** Written before the first outcome (the CSV header). */
  header?: string;
}

/**
 * Milliseconds on a monotonic clock. Not `performance.now()`: that global loads perf_hooks,
 * about a millisecond of a one-article run.
 */
function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Counts for the final summary line. */
export interface Summary {
  articles: number;
  quotes: number;
  errors: number;
  skipped: number;
  /** Of those, records not read as articles (WARC), by reason: "not-html", "redirect", "no-article"… */
  skippedBy?: Record<string, number>;
  /** Articles whose detected language is not French. */
  notFrench: number;
  bytes: number;
  ms: number;
  /** Set when the run stopped early: "SIGINT", "SIGTERM", "EPIPE", or "output" (see outputError). */
  stopped?: string;
  /**
   * Why the output could not be written (« no space left on device »): stdout failed, or an
   * --out-dir file could not be written for a reason no other file would escape (disk full).
   */
  outputError?: string;
}

/** Why a write failed, in words, from Node's error code. */
export function writeFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    ENOSPC: "no space left on device",
    EDQUOT: "disk quota exceeded",
    EROFS: "read-only file system",
    EIO: "input/output error",
    EBADF: "the output is closed",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EFBIG: "file too large",
  };
  return (e?.code && words[e.code]) ?? (e?.message || String(err));
}

/** Write errors after which no other file of the run can be written either: the run stops. */
const DISK_FAILURES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO"]);

interface Executor {
  /** Run several tasks (one message to a worker): per-message overhead is paid once. */
  run(tasks: Task[]): Promise<Outcome[]>;
  /** How many chunks may be in flight before the runner fills chunks up instead. */
  lanes: number;
  close(): Promise<void>;
}

function workerUrl(): URL {
  // From dist/ the compiled worker sits beside this file; from src/ (tests run the
  // TypeScript through vitest) threads cannot load .ts, so use the built copy.
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL("../../dist/runner/worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error("the worker threads need a build: run `npm run build` first");
}

/** Errors of one code printed in full on stderr before they are only counted (not with --verbose). */
const ERRORS_IN_FULL = 5;

/** Old-generation heap of a worker thread, MB (see makeExecutor). */
const WORKER_OLD_SPACE_MB = 48;
/**
 * Largest article a worker thread is given, bytes: a worker's 48 MB heap holds the per-token
 * data of ~1 MB of text at most (~25 bytes per byte on quote-dense text), and a worker that hits
 * its cap can take the whole process down as it is torn down (Node 20). Larger articles run on
 * the main thread, decided before dispatch (JSON Lines records by their line's length) or by the
 * worker from the file's size before reading it (`status: "defer"`).
 */
const WORKER_MAX_ARTICLE_BYTES = 1 << 20;

/** A task the main thread runs itself: a JSON Lines record or bytes in hand (stdin, a WARC record) too big for a worker thread. */
function mainThreadTask(t: Task): boolean {
  if (t.kind === "record") return t.data.length > WORKER_MAX_ARTICLE_BYTES;
  return t.kind !== "file" && t.bytes.length > WORKER_MAX_ARTICLE_BYTES;
}

async function makeExecutor(o: BatchOptions): Promise<Executor> {
  if (!o.parallel || o.jobs <= 1) {
    return {
      run: async (tasks) => {
        // The extractor loads here only: with worker threads the main thread never needs it.
        const { processTask } = await import("./process.js");
        const out: Outcome[] = [];
        for (const t of tasks) out.push(await processTask(t, o.settings));
        return out;
      },
      lanes: 1,
      close: async () => {},
    };
  }
  const { Piscina } = await import("piscina");
  const inline = async (t: Task): Promise<Outcome> => {
    const { processTask } = await import("./process.js");
    return processTask(t, o.settings);
  };
  const workerSettings: ProcessSettings = { ...o.settings, deferOver: WORKER_MAX_ARTICLE_BYTES };
  const pool = new Piscina({
    filename: workerUrl().href,
    minThreads: o.jobs,
    maxThreads: o.jobs,
    workerData: workerSettings,
    // Small heaps per worker: each isolate otherwise grows to ~100 MB on a stream of articles,
    // and two of them plus the main thread break the 200 MB budget. Measured with 10⁴ articles
    // and 2 jobs (wall, peak RSS): no caps 4.6 s, 242 MB; young 16 / old 48 MB 4.6 s, 208 MB;
    // young 8 / old 48 MB 5.1 s, 186–196 MB; young 16 / old 32 MB 5.4 s, 195 MB. Once tokens
    // became typed arrays (faster workers, more articles a second through the young
    // generation) young 8 peaked at 198–202 MB and young 6 at 187–189 MB in the same time
    // (5.3–5.5 s, dev articles ×770): kept. An article too big for a worker's heap (over
    // ~0.8 MB of text) is redone on the main thread, whose heap is not capped.
    resourceLimits: { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB },
  });
  /**
   * One chunk in a worker. When the worker throws or dies (piscina starts a new one in its
   * place), each task of the chunk is tried again alone, so only the article that failed gets
   * an error record; one that runs a worker out of memory is redone on the main thread.
   */
  const inWorker = async (tasks: Task[]): Promise<Outcome[]> => {
    try {
      return (await pool.run(tasks)) as Outcome[];
    } catch (error) {
      if (tasks.length === 1) {
        if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") return [await inline(tasks[0]!)];
        return [internalFailure(tasks[0]!, error)];
      }
      const out: Outcome[] = [];
      for (const t of tasks) out.push(...(await inWorker([t])));
      return out;
    }
  };
  return {
    run: async (tasks) => {
      let out: Outcome[];
      if (!tasks.some(mainThreadTask)) out = await inWorker(tasks);
      else {
        out = [];
        for (const t of tasks) out.push(...(mainThreadTask(t) ? [await inline(t)] : await inWorker([t])));
      }
      for (let i = 0; i < out.length; i++) if (out[i]!.status === "defer") out[i] = await inline(tasks[i]!);
      return out;
    },
    lanes: o.jobs * 2,
    close: () => pool.destroy(),
  };
}

function internalFailure(task: Task, err: unknown, s?: ProcessSettings): Outcome {
  const message = err instanceof Error ? err.message : String(err);
  const error = { code: "internal", message: `internal error: ${message}` };
  const source: { path: string; id?: string } = { path: task.path };
  const out: Outcome = { status: "error", output: "", path: task.path, error, quotes: 0, bytes: 0 };
  if (task.kind === "record") {
    // Named by its line number, as a record whose id could not be read.
    out.id = `line ${task.line}`;
    if (task.outDir !== undefined) out.outPath = join(task.outDir, `${task.line}.error.json`);
  } else if (task.outBase !== undefined) out.outPath = `${task.outBase}.error.json`;
  const record = { source, error };
  out.output = s?.outDir !== undefined ? JSON.stringify(record, null, 2) + "\n" : s && (s.format !== "json" || s.pretty) ? "" : JSON.stringify(record) + "\n";
  return out;
}

/** Describe an outcome's input for a stderr line: the path, plus ":line" and "#id" for a JSON Lines record. */
export function label(o: Pick<Outcome, "path" | "id" | "line">): string {
  const at = o.line !== undefined ? `${o.path}:${o.line}` : o.path;
  return o.id ? `${at}#${o.id}` : at;
}

/** Run a batch to the end (or until stopped); returns the counts. */
export async function runBatch(items: AsyncIterable<Item>, o: BatchOptions): Promise<Summary> {
  const t0 = now();
  const summary: Summary = { articles: 0, quotes: 0, errors: 0, skipped: 0, notFrench: 0, bytes: 0, ms: 0 };
  // Bounded work: at most `limit` items between the input and the output, whatever the
  // archive's size; chunks of up to CHUNK items go to a worker in one message.
  const CHUNK = o.parallel ? 32 : 1;
  const limit = Math.max(8, o.jobs * CHUNK * 3);
  const window: Array<{ size: number; done: Promise<Outcome[]> }> = [];
  let windowItems = 0;
  let inFlight = 0;
  let chunk: Task[] = [];
  const madeDirs = new Set<string>();
  let stopped: string | undefined;

  // stdout closed by the reader (`| head -1`): stop quietly, without an EPIPE trace. Any
  // other write error (a full disk) stops the run too, and says so: the output is lost.
  const onStdoutError = (err: NodeJS.ErrnoException): void => {
    if (err.code === "EPIPE") stopped ??= "EPIPE";
    else {
      stopped ??= "output";
      summary.outputError ??= writeFailure(err);
    }
  };
  const faults = faultsFrom(process.env);
  /** Nothing more goes to stdout: its reader is gone or it failed. */
  const outputGone = (): boolean => stopped === "EPIPE" || stopped === "output";
  o.stdout.on("error", onStdoutError);
  const onAbort = (): void => {
    const reason: unknown = o.signal?.reason;
    stopped ??= typeof reason === "string" ? reason : "SIGINT";
  };
  if (o.signal?.aborted) onAbort();
  o.signal?.addEventListener("abort", onAbort, { once: true });

  const problems = new ProblemReporter((line) => o.stderr.write(line), o.settings.verbose ? Infinity : ERRORS_IN_FULL);
  const executor = await makeExecutor(o);
  const bar = o.progress ? await makeBar(o) : undefined;

  const write = async (text: string | Uint8Array): Promise<void> => {
    if (text.length === 0 || outputGone()) return;
    if (!o.stdout.write(text)) {
      await new Promise<void>((res) => {
        const done = (): void => {
          o.stdout.off("drain", done);
          o.stdout.off("error", done);
          o.stdout.off("close", done);
          res();
        };
        o.stdout.on("drain", done);
        o.stdout.on("error", done);
        o.stdout.on("close", done);
      });
    }
  };

  const writeAtomic = async (path: string, content: string | Uint8Array): Promise<void> => {
    const dir = dirname(path);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
      // A run killed outright (kill -9, a power cut) leaves its temp files: --resume clears them.
      if (o.settings.resume) await removeStaleTempFiles(dir);
    }
    // Temp file in the same folder, so the rename is atomic on every POSIX file system.
    const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    tempFiles.add(tmp);
    try {
      if (faults.length && faultFor(faults, "write-enospc", path)) {
        await writeFile(tmp, typeof content === "string" ? content.slice(0, content.length >> 1) : content.subarray(0, content.length >> 1));
        throw enospc(tmp);
      }
      await writeFile(tmp, content);
      await rename(tmp, path);
    } finally {
      if (tempFiles.delete(tmp)) await unlink(tmp).catch(() => {});
    }
  };

  const emit = async (out: Outcome): Promise<void> => {
    summary.bytes += out.bytes;
    if (out.status === "skipped") {
      summary.skipped++;
      if (out.skip !== undefined) {
        summary.skippedBy ??= {};
        summary.skippedBy[out.skip] = (summary.skippedBy[out.skip] ?? 0) + 1;
        // --keep-skipped: a skip record in the stream (or its file under --out-dir).
        if (out.outPath) await writeAtomic(out.outPath, out.output);
        else if (o.settings.outDir === undefined) await write(out.output);
      }
      return;
    }
    summary.articles++;
    summary.quotes += out.quotes;
    if (out.language !== undefined && out.language !== "fra") {
      summary.notFrench++;
      if (o.warnLanguage) {
        o.stderr.write(
          `parole: ${label(out)}: warning: the text does not look French (detected "${out.language}"): ` +
            (out.pipeline === "en"
              ? "the English pipeline ran"
              : out.pipeline === "none"
                ? "no attribution for this language, quotes listed without speakers"
                : "the French pipeline ran") +
            `; use --lang fr|en to force a pipeline\n`,
        );
      }
    }
    if (out.status === "error") {
      summary.errors++;
      bar?.clear();
      // The first few errors of each code in full, then a count (every one is still in the output).
      problems.report(`parole: ${label(out)}: ${out.error?.message ?? "failed"}\n`, out.error?.code ?? "failed");
      if (out.stack) o.stderr.write(out.stack + "\n");
    }
    if (o.settings.outDir !== undefined) {
      try {
        if (out.outPath) await writeAtomic(out.outPath, out.output);
      } catch (err) {
        // The input is reported as failed; on a full disk nothing else can be written: stop.
        const reason = writeFailure(err);
        if (out.status !== "error") summary.errors++;
        bar?.clear();
        o.stderr.write(`parole: ${label(out)}: cannot write ${out.outPath}: ${reason}\n`);
        if (DISK_FAILURES.has((err as NodeJS.ErrnoException).code ?? "")) {
          stopped ??= "output";
          summary.outputError ??= reason;
        }
        return;
      }
      if (out.status === "ok" && out.stalePath) await unlink(out.stalePath).catch(() => {});
    } else {
      await write(out.output);
    }
  };

  try {
    if (o.header) await write(o.header);
    const it = items[Symbol.asyncIterator]();
    let exhausted = false;
    let pull: Promise<IteratorResult<Item>> | undefined;
    const dispatch = (): void => {
      if (chunk.length === 0) return;
      const tasks = chunk;
      chunk = [];
      inFlight++;
      const done = executor
        .run(tasks)
        .catch((err: unknown) => tasks.map((t) => internalFailure(t, err, o.settings)))
        .finally(() => inFlight--);
      window.push({ size: tasks.length, done });
    };
    type Event = { kind: "item"; r: IteratorResult<Item> } | { kind: "head" };
    for (;;) {
      if (!pull && !exhausted && !stopped && windowItems < limit) pull = it.next();
      // Send the chunk when it is full, when the input is over or stalled, or when a worker
      // would otherwise sit idle (so a slow trickle of input is not held back).
      if (chunk.length >= CHUNK || ((exhausted || stopped || inFlight < executor.lanes) && chunk.length > 0)) dispatch();
      const head = window[0];
      if (!head && (!pull || stopped)) {
        if (chunk.length) continue;
        break;
      }
      // Wait for whichever comes first: the next input, or the oldest result (so results
      // flow out as soon as they are ready in order, even when input trickles in slowly).
      const waits: Promise<Event>[] = [];
      if (pull && !stopped) waits.push(pull.then((r) => ({ kind: "item" as const, r })));
      if (head) waits.push(head.done.then(() => ({ kind: "head" as const })));
      if (waits.length === 0) {
        dispatch();
        continue;
      }
      const ev = await Promise.race(waits);
      if (ev.kind === "item") {
        pull = undefined;
        if (ev.r.done) {
          exhausted = true;
          continue;
        }
        const item = ev.r.value;
        windowItems++;
        if ("failure" in item) {
          dispatch(); // keep the order: what came before goes first
          window.push({ size: 1, done: Promise.resolve([item.failure]) });
        } else chunk.push(item.task);
        continue;
      }
      window.shift();
      windowItems -= head!.size;
      for (const out of await head!.done) {
        // After a signal, finished work is still written (each file whole), nothing new starts.
        if (!outputGone()) await emit(out);
      }
      bar?.tick(summary);
    }
    // A write error on stdout is reported as an event after the write: let it arrive.
    if (o.settings.outDir === undefined && !stopped) await new Promise<void>((res) => setImmediate(res));
    // Close the input; not awaited when a read is pending (stdin may never end).
    if (!exhausted) {
      if (pull) void pull.then(() => it.return?.(undefined)).catch(() => {});
      else await it.return?.(undefined);
    }
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
    bar?.stop();
    await Promise.allSettled(window.map((w) => w.done));
    await Promise.all([...tempFiles].map((t) => unlink(t).catch(() => {})));
    await executor.close();
  }
  problems.finish();
  summary.ms = now() - t0;
  if (stopped) summary.stopped = stopped;
  return summary;
}

/** A temp file of writeAtomic: `.<name>.<pid>.<8 hex>.tmp`. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Remove the temp files in `dir` left by processes that are no longer running. */
async function removeStaleTempFiles(dir: string): Promise<void> {
  const { readdir } = await import("node:fs/promises");
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    await unlink(join(dir, name)).catch(() => {});
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface Bar {
  tick(s: Summary): void;
  clear(): void;
  stop(): void;
}

async function makeBar(o: BatchOptions): Promise<Bar> {
  const cliProgress = (await import("cli-progress")).default;
  const t0 = now();
  const known = o.total !== undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: o.stderr,
      format: known
        ? "{bar} {value}/{total} articles | {mbps} MB/s | ETA {eta_formatted}"
        : "{value} articles | {mbps} MB/s | {rate} articles/s",
      hideCursor: false,
      clearOnComplete: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(o.total ?? 0, 0, { mbps: "0.0", rate: "0" });
  let last = 0;
  return {
    tick(s) {
      const at = now();
      if (at - last < 100) return;
      last = at;
      const secs = Math.max((at - t0) / 1000, 0.001);
      bar.update(s.articles + s.skipped, {
        mbps: (s.bytes / 1e6 / secs).toFixed(1),
        rate: Math.round((s.articles + s.skipped) / secs).toString(),
      });
    },
    clear() {
      o.stderr.write("\r\x1b[K");
    },
    stop() {
      bar.stop();
    },
  };
}

/** The one-line summary printed on stderr at the end of a batch. */
export function summaryLine(s: Summary): string {
  const secs = s.ms / 1000;
  const rate = secs > 0 ? Math.round(s.articles / secs) : 0;
  const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? "" : "s"}`;
  const parts = [n(s.articles, "article"), n(s.quotes, "quote"), n(s.errors, "error")];
  const by = Object.entries(s.skippedBy ?? {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const records = by.reduce((c, [, k]) => c + k, 0);
  if (records) parts.push(`${records} records skipped (${by.map(([k, c]) => `${k} ${c}`).join(", ")})`);
  if (s.skipped - records) parts.push(`${s.skipped - records} skipped (--resume)`);
  if (s.notFrench) parts.push(`${s.notFrench} not detected as French`);
  const stop = s.stopped && s.stopped !== "EPIPE" ? `, stopped by ${s.stopped}` : "";
  return `parole: ${parts.join(", ")} in ${secs.toFixed(1)} s (${rate} article${rate === 1 ? "" : "s"}/s)${stop}\n`;
}
