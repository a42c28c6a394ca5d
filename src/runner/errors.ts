/**
 * Typed errors of the CLI and the batch runner. Each carries the exit code it leads to and a
 * stable machine-readable `code` that ends up in error records, so scripts can branch on it.
 */

/**
 * Exit codes: 0 all inputs fine, 1 some input failed, 2 usage or fatal error, 3 the output
 * could not be written (stdout or --out-dir: disk full, closed file…).
 */
export const EXIT = { ok: 0, input: 1, usage: 2, output: 3 } as const;

/**
 * Default largest input read as one article (a file, stdin, or one JSON Lines record): 32 MiB.
 * The pipeline holds per-token data for the whole text: ~7–12 bytes of memory per input byte
 * on press prose, ~22 on text made of short quotes, so 32 MiB peaks well under 1 GB. Beyond
 * the limit an input becomes a "too-large" error record (the batch goes on) instead of a V8
 * out-of-memory death; `--max-article-size MB` moves it (up to MAX_ARTICLE_MB).
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 32 * 2 ** 20;
/** Largest `--max-article-size`, MB: V8 strings stop at 2²⁹ code units. */
export const MAX_ARTICLE_MB = 512;
/** Largest WARC record payload read (warc.ts): 128 MiB. Articles have DEFAULT_MAX_ARTICLE_BYTES. */
export const MAX_INPUT_BYTES = 128 * 2 ** 20;

/** The "too-large" error of an input of `size` bytes (or more) against `limit`. */
export function tooLarge(size: number, limit: number, what = ""): InputError {
  const mb = (n: number): string => (n / 2 ** 20).toFixed(n < 2 ** 20 ? 2 : 0);
  const more = Math.max(Math.ceil(size / 2 ** 20), Math.ceil(limit / 2 ** 20) * 2);
  return new InputError(
    "too-large",
    `${what}${mb(size)} MB is more than the ${mb(limit)} MB one article may have; split it, or raise the limit with --max-article-size ${more} (about 25 MB of memory per MB of text)`,
  );
}

/** Base class: a failure with an exit code and a stable `code` string. */
export class ParoleError extends Error {
  readonly exitCode: number;
  readonly code: string;
  constructor(code: string, message: string, exitCode: number) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** One input could not be processed (missing, unreadable, binary, bad JSON line…); a batch goes on. */
export class InputError extends ParoleError {
  constructor(code: string, message: string) {
    super(code, message, EXIT.input);
  }
}

/** Bad command line: unknown option, bad value, nothing to read. */
export class UsageError extends ParoleError {
  constructor(message: string, code = "usage") {
    super(code, message, EXIT.usage);
  }
}

/** The run itself cannot go on (output folder not writable, worker pool failed…). */
export class FatalError extends ParoleError {
  constructor(message: string, code = "fatal") {
    super(code, message, EXIT.usage);
  }
}

// Node's system error codes mapped to ours; anything else keeps a lower-cased Node code.
const SYSTEM_CODES: Record<string, [string, string]> = {
  ENOENT: ["not-found", "no such file or folder"],
  EACCES: ["unreadable", "permission denied"],
  EPERM: ["unreadable", "operation not permitted"],
  EISDIR: ["is-a-folder", "is a folder"],
  ENOTDIR: ["not-found", "a part of the path is not a folder"],
  ELOOP: ["unreadable", "too many symbolic links"],
  EMFILE: ["unreadable", "too many open files"],
  EIO: ["unreadable", "input/output error"],
  ERR_FS_FILE_TOO_LARGE: ["too-large", "file too large to read as one article"],
};

/** Turn whatever was thrown while handling one input into an InputError (never loses the reason). */
export function toInputError(err: unknown): InputError {
  if (err instanceof InputError) return err;
  const sys = err as NodeJS.ErrnoException | undefined;
  if (sys && typeof sys.code === "string") {
    const known = SYSTEM_CODES[sys.code];
    if (known) return new InputError(known[0], known[1]);
    return new InputError(sys.code.toLowerCase(), sys.message);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new InputError("internal", `internal error: ${message}`);
}

/**
 * stderr lines for problems, the first few of each kind in full and then a count, so one bad
 * input does not print thousands of identical lines.
 */
export class ProblemReporter {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly write: (s: string) => unknown,
    private readonly first = 3,
  ) {}

  /** Report one problem; `kind` groups repeats (by default the message itself). */
  report(line: string, kind = line): void {
    const n = (this.seen.get(kind) ?? 0) + 1;
    this.seen.set(kind, n);
    if (n <= this.first) this.write(line);
  }

  /** One line per kind that was cut short: how many more there were. */
  finish(): void {
    for (const [kind, n] of this.seen) {
      if (n > this.first) this.write(`parole: … and ${n - this.first} more like « ${kind} » (${n} in all)\n`);
    }
  }
}
