/**
 * The command line: parses argv with commander and hands the work to the batch runner.
 * Start-up time matters (one article end to end is a benchmark figure): commander, the
 * runner and the extractor are imported only on the paths that use them.
 * `run(argv, io)` never calls process.exit and touches only the streams it is given, so the
 * tests drive it in-process; bin/parole.js is the thin wrapper that passes the real ones.
 */
import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import type { InvalidArgumentError } from "commander";
// The batch runner pulls in the whole extractor (lexicons, franc, both pipelines): loaded only
// when articles are processed, so --help, --version, schema and stats start fast.
import type { OutStream, Summary } from "../runner/batch.js";
import { encodingExists } from "../runner/decode.js";
import { EXIT, MAX_ARTICLE_MB, ParoleError, UsageError } from "../runner/errors.js";
import { DEFAULT_CSV, formatHeader } from "../runner/format.js";
import type { CsvOptions, Format, OutputSettings, Ui } from "../runner/format.js";
import { expand, isJsonlName, listedPaths } from "../runner/inputs.js";
import type { InputKind, Item } from "../runner/inputs.js";
import { isWarcName } from "../runner/warc.js";
import type { ProcessSettings } from "../runner/process.js";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { isAbsolute } from "node:path";

// For bin/parole.js: the temp files to remove when it must end the process at once.
export { removeTempFilesNow } from "../runner/cleanup.js";

/** The streams and environment a run works with (the real ones in bin/parole.js). */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutStream;
  stderr: OutStream;
  /** Environment (NO_COLOR); defaults to an empty one. */
  env?: Record<string, string | undefined>;
  /** Aborted on SIGINT/SIGTERM (its reason names the signal): the batch stops cleanly. */
  signal?: AbortSignal;
}

interface MainOptions {
  format: Format;
  outDir?: string;
  resume?: boolean;
  jobs?: number;
  ext?: string[];
  filesFrom?: string;
  jsonl?: boolean;
  textField: string;
  idField: string;
  encoding?: string;
  lang: "fr" | "en" | "auto";
  quiet?: boolean;
  verbose?: boolean;
  input?: InputKind;
  htmlField?: string;
  emitText?: string;
  keepSkipped?: boolean;
  statsOut?: string;
  csvSep?: string;
  bom?: boolean;
  /** false with --no-header. */
  header?: boolean;
  csvMeta?: string[];
  ui?: Ui;
  /** --max-article-size, MB. */
  maxArticleSize?: number;
}

/** The package's version, from package.json (two folders up from src/cli, dist/cli and dist/bundle alike). */
function version(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

/** Option defaults, shared by commander and the fast path below. */
const DEFAULTS: MainOptions = { format: "json", textField: "text", idField: "id", lang: "auto" };

const SUBCOMMANDS = new Set(["eval", "schema", "stats", "convert"]);

/**
 * `parole FILE` or `parole < FILE`: no option, no subcommand, nothing for commander to parse.
 * These skip loading commander (a noticeable share of a one-article run's start-up time).
 */
function plainInvocation(argv: string[]): boolean {
  if (argv.length === 0) return true;
  const only = argv[0]!;
  return argv.length === 1 && !only.startsWith("-") && !SUBCOMMANDS.has(only);
}

// The option parsers throw commander's InvalidArgumentError, loaded with commander itself.
function optionParsers(Invalid: typeof InvalidArgumentError) {
  return {
    jobs(value: string): number {
      if (!/^\d+$/.test(value) || Number(value) < 1) throw new Invalid("expected a whole number ≥ 1.");
      return Number(value);
    },
    ext(value: string): string[] {
      const list = value.split(",").map((e) => e.trim().replace(/^\./, "")).filter(Boolean);
      if (list.length === 0) throw new Invalid("expected extensions such as txt or txt,md.");
      return list;
    },
    csvSep(value: string): string {
      const sep = value === "tab" || value === "\\t" ? "\t" : value;
      if (![",", ";", "\t", "|"].includes(sep)) throw new Invalid("expected , ; | or tab.");
      return sep;
    },
    fields(value: string): string[] {
      const list = value.split(",").map((e) => e.trim()).filter(Boolean);
      if (list.length === 0) throw new Invalid("expected field names such as date,outlet.");
      return list;
    },
    megabytes(value: string): number {
      const mb = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || mb <= 0 || mb > MAX_ARTICLE_MB) throw new Invalid(`expected a size in MB, above 0 and at most ${MAX_ARTICLE_MB}.`);
      return mb;
    },
    encoding(value: string): string {
      if (!encodingExists(value)) throw new Invalid(`unknown encoding "${value}".`);
      return value;
    },
  };
}

function signalCode(stopped: string | undefined): number | undefined {
  if (stopped === "SIGINT") return 130;
  if (stopped === "SIGTERM") return 143;
  return undefined;
}

function csvOptions(opts: MainOptions): CsvOptions {
  return { sep: opts.csvSep ?? DEFAULT_CSV.sep, bom: opts.bom === true, header: opts.header !== false, meta: opts.csvMeta ?? [] };
}

/** Refuse option combinations where an option would be silently ignored. */
function checkCombinations(opts: MainOptions): void {
  if (opts.resume && opts.outDir === undefined) {
    throw new UsageError("--resume needs --out-dir (results on stdout cannot be resumed: run with --out-dir DIR, then --resume; `parole convert DIR` makes the CSV)");
  }
  if (opts.outDir !== undefined && (opts.format === "csv" || opts.format === "text")) {
    throw new UsageError(`--out-dir always writes JSON, so --format ${opts.format} would be ignored: run with --out-dir, then turn the folder into ${opts.format === "csv" ? "CSV" : "text"} with \`parole --format ${opts.format} DIR\``);
  }
  if (opts.format !== "csv") {
    const csvOnly = [
      opts.csvSep !== undefined && "--csv-sep",
      opts.bom && "--bom",
      opts.header === false && "--no-header",
      opts.csvMeta !== undefined && "--csv-meta",
    ].filter(Boolean);
    if (csvOnly.length) throw new UsageError(`${csvOnly.join(", ")} only apply to --format csv`);
  }
  if (opts.ui !== undefined && opts.format !== "text") throw new UsageError("--ui sets the labels of --format text");
}

async function main(inputs: string[], opts: MainOptions, io: Io): Promise<number> {
  checkCombinations(opts);
  if (opts.filesFrom === "-" && inputs.includes("-")) throw new UsageError("stdin cannot be both --files-from and an input");
  let args = inputs;
  // `parole help`: commander reads a lone word as an input; no file is named "help" here.
  if (args.length === 1 && args[0] === "help" && opts.filesFrom === undefined) {
    try {
      statSync("help");
    } catch {
      throw new HelpRequested();
    }
  }
  if (args.length === 0 && opts.filesFrom === undefined) {
    if (io.stdin.isTTY) throw new UsageError("no input: give a FILE, a folder, - for stdin, or pipe text in (see --help)");
    args = ["-"];
  }
  // --html-field reads JSON Lines whose field holds a page.
  if (opts.htmlField !== undefined || opts.input === "jsonl") opts.jsonl = true;
  // `parole -` typed at a terminal: say what it waits for.
  if (args.includes("-") && io.stdin.isTTY && opts.filesFrom !== "-") {
    io.stderr.write("parole: paste the article's text, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows)\n");
  }
  const stdinIsJsonl = opts.jsonl === true;
  // One article in, one pretty JSON object out; anything that may hold several articles
  // (folders, globs, lists, JSON Lines) gives JSON Lines, whatever it turns out to contain.
  let single = false;
  if (args.length === 1 && opts.filesFrom === undefined && !stdinIsJsonl && opts.outDir === undefined) {
    const a = args[0]!;
    if (a === "-") single = opts.input !== "warc";
    else if (opts.input === "warc") single = false;
    else if (!isJsonlName(a) && !isWarcName(a)) {
      try {
        single = !statSync(a).isDirectory();
      } catch {
        single = !/[*?[\]{}]/.test(a); // a missing path: report it as one input
      }
    }
  }
  // A page per article: several articles on stdout would make one broken page.
  if (opts.format === "html" && !single && opts.outDir === undefined) {
    throw new UsageError("--format html writes one page per article: give one input, or --out-dir DIR for one .html per input");
  }
  const colour = opts.format === "text" && io.stdout.isTTY === true && !io.env?.["NO_COLOR"];
  const settings: ProcessSettings = {
    format: opts.format,
    pretty: single,
    lang: opts.lang,
    textField: opts.htmlField ?? opts.textField,
    idField: opts.idField,
    colour,
    verbose: opts.verbose === true,
    resume: opts.resume === true,
  };
  if (opts.encoding !== undefined) settings.encoding = opts.encoding;
  const maxBytes = opts.maxArticleSize !== undefined ? Math.round(opts.maxArticleSize * 2 ** 20) : undefined;
  if (maxBytes !== undefined) settings.maxBytes = maxBytes;
  if (opts.outDir !== undefined) settings.outDir = opts.outDir;
  if (opts.htmlField !== undefined) settings.htmlField = opts.htmlField;
  // Skip records are JSON Lines (or files under --out-dir); CSV and text readers get the counts.
  const keepSkipped = opts.keepSkipped === true && (opts.outDir !== undefined || opts.format === "json");
  if (keepSkipped) settings.keepSkipped = true;
  const csv = opts.format === "csv" ? csvOptions(opts) : undefined;
  if (csv) settings.csv = csv;
  if (opts.format === "text") settings.ui = uiOf(opts.ui, io.env);

  async function* allInputs(): AsyncGenerator<string> {
    yield* args;
    if (opts.filesFrom !== undefined) {
      const stream = opts.filesFrom === "-" ? io.stdin : createReadStream(opts.filesFrom);
      yield* listedPaths(stream);
    }
  }
  let items: AsyncIterable<Item> = expand(allInputs(), {
    ext: opts.ext ?? (opts.jsonl ? ["jsonl", "ndjson"] : ["txt", "html", "htm", "warc", "warc.gz"]),
    jsonl: opts.jsonl === true,
    resume: opts.resume === true,
    cwd: process.cwd(),
    stdin: io.stdin,
    format: opts.format,
    ...(csv ? { csv } : {}),
    single,
    input: opts.input ?? "auto",
    keepSkipped,
    ...(opts.outDir !== undefined ? { outDir: opts.outDir } : {}),
    ...(opts.emitText !== undefined ? { emitText: opts.emitText } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  });
  if (opts.filesFrom !== undefined && opts.filesFrom !== "-") items = guardList(items, opts.filesFrom);
  const total = single ? 1 : await countInputs(args, opts);
  const jobs = chooseJobs(opts.jobs, total, availableParallelism(), io);
  const { runBatch, summaryLine } = await import("../runner/batch.js");
  const summary = await runBatch(items, {
    settings,
    jobs,
    parallel: !single && jobs > 1,
    stdout: io.stdout,
    stderr: io.stderr,
    progress: !single && !opts.quiet && io.stderr.isTTY === true,
    ...(total !== undefined ? { total } : {}),
    warnLanguage: single && opts.lang === "auto",
    header: formatHeader(settings),
    ...(io.signal ? { signal: io.signal } : {}),
  });
  if (summary.outputError !== undefined) {
    // The results are lost: one line, a code of its own, no summary (it would be misread as done).
    io.stderr.write(`parole: cannot write output: ${summary.outputError}\n`);
    return EXIT.output;
  }
  if (!single && !opts.quiet) io.stderr.write(summaryLine(summary));
  if (opts.statsOut !== undefined) await writeStatsOut(opts.statsOut, summary);
  if (summary.stopped === "SIGINT" || summary.stopped === "SIGTERM") io.stderr.write(howToGoOn(opts));
  return signalCode(summary.stopped) ?? (summary.errors > 0 ? EXIT.input : EXIT.ok);
}

/** --stats-out FILE: the run's counts as JSON, skipped WARC records by reason included. */
async function writeStatsOut(path: string, s: Summary): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  const by = s.skippedBy ?? {};
  const records = Object.values(by).reduce((n, c) => n + c, 0);
  const out = {
    articles: s.articles,
    quotes: s.quotes,
    errors: s.errors,
    skipped: { records, by_reason: by, resume: s.skipped - records },
    not_french: s.notFrench,
    bytes: s.bytes,
    seconds: Math.round(s.ms) / 1000,
    ...(s.stopped ? { stopped: s.stopped } : {}),
  };
  try {
    await writeFile(path, JSON.stringify(out, null, 2) + "\n");
  } catch (err) {
    throw new UsageError(`--stats-out ${path}: ${(err as Error).message}`);
  }
}

/**
 * Below this many articles one job is faster than a pool of workers: each worker pays for its
 * own start and compiler warm-up. scripts/measure-jobs.mjs on fixture articles (2 cores, load
 * ~22), -j 1 ÷ -j 2 time: 50 → 0.85, 200 → 0.96, 800 → 0.92, 1600 → 0.95, 3200 → 0.86,
 * 6400 → 1.13; the README's quiet-machine bench gives ×1.13 at 10⁴. Between the two: 5000.
 */
export const PARALLEL_FROM = 5000;

/**
 * Worker threads for a run: the cores by default, one job for a known small batch; never more
 * than the inputs when their number is known; a warning above the number of cores.
 */
export function chooseJobs(asked: number | undefined, total: number | undefined, cores: number, io: Pick<Io, "stderr">): number {
  let jobs = asked ?? (total !== undefined && total < PARALLEL_FROM ? 1 : cores);
  if (asked !== undefined && asked > cores) {
    io.stderr.write(`parole: warning: --jobs ${asked} is more than the ${cores} cores: extra workers cost memory (tens of MB each) and gain nothing\n`);
  }
  if (total !== undefined) jobs = Math.max(1, Math.min(jobs, total));
  return jobs;
}

/**
 * The number of articles when it is known before the run (files named directly, globs, a
 * --files-from file); undefined when a folder, a JSON Lines file or a list on stdin is among
 * the inputs (counting those would read them twice).
 */
async function countInputs(args: string[], opts: MainOptions): Promise<number | undefined> {
  if (opts.jsonl || (opts.input !== undefined && opts.input !== "auto" && opts.input !== "text" && opts.input !== "html")) return undefined;
  let n = 0;
  const one = async (a: string): Promise<boolean> => {
    if (a === "-") return (n++, true);
    if (isJsonlName(a) || isWarcName(a)) return false;
    try {
      if (statSync(a).isDirectory()) return false;
      n++;
      return true;
    } catch {
      if (!/[*?[\]{}]/.test(a)) return (n++, true); // a missing file: one error
    }
    const { glob } = await import("tinyglobby");
    const files = await glob(a, { cwd: process.cwd(), onlyFiles: true, dot: false, absolute: isAbsolute(a) });
    if (files.some((f) => isJsonlName(f) || isWarcName(f))) return false;
    n += Math.max(files.length, 1);
    return true;
  };
  for (const a of args) if (!(await one(a))) return undefined;
  if (opts.filesFrom !== undefined) {
    if (opts.filesFrom === "-") return undefined;
    try {
      const { readFile } = await import("node:fs/promises");
      for (const line of (await readFile(opts.filesFrom, "utf8")).split("\n")) {
        const path = line.trim();
        if (path !== "" && !(await one(path))) return undefined;
      }
    } catch {
      return undefined;
    }
  }
  return n;
}

/** After Ctrl-C: what to type to finish the run. */
function howToGoOn(opts: MainOptions): string {
  if (opts.outDir !== undefined) {
    return `parole: finished articles are in ${opts.outDir}; to do the rest, run the same command again${opts.resume ? "" : " with --resume"}\n`;
  }
  return (
    "parole: the output holds whole lines for the finished articles, but a run on stdout cannot be resumed; " +
    "for a long run, use --out-dir DIR (then --resume after a stop, and `parole convert DIR` for a CSV)\n"
  );
}

// A --files-from list that cannot be opened is a usage problem, reported once.
async function* guardList(items: AsyncIterable<Item>, list: string): AsyncGenerator<Item> {
  try {
    statSync(list);
  } catch {
    throw new UsageError(`--files-from ${list}: cannot read the list`);
  }
  yield* items;
}

/** `parole help` typed where no file is named "help": show the help instead. */
class HelpRequested extends Error {}

const EXAMPLES = `
Examples:
  parole article.txt                      one article → one JSON object
  parole --format text article.txt        each quote with its speaker, for reading
  parole archive/ > results.jsonl         a folder → JSON Lines, one line per article
  parole --format csv --csv-sep ';' --bom archive/ > quotes.csv    a CSV for Excel in French
  parole --out-dir out/ archive/          one .json per article (then --resume after a stop)
  parole convert out/ > quotes.csv        results → CSV
  parole stats results.jsonl              who is quoted, women and men, organizations
  zcat dump.jsonl.gz | parole --jsonl -   a compressed JSON Lines dump

One file or stdin gives one pretty JSON object; several inputs, a folder, a glob or a JSON
Lines dump give JSON Lines (one line per article). Errors go to stderr, one line each.
`;

/**
 * The labels of --format text: --ui when given, else the locale's language as POSIX reads it
 * (LC_ALL, then LC_MESSAGES, then LANG; the first one set decides): « fr », « fr_FR.UTF-8 »,
 * « fr_CA », « fr@euro » → French, anything else (C, POSIX, en_US…, unset) → English.
 */
export function uiOf(asked: Ui | undefined, env: Record<string, string | undefined> | undefined): Ui {
  if (asked !== undefined) return asked;
  const locale = [env?.["LC_ALL"], env?.["LC_MESSAGES"], env?.["LANG"]].find((v) => v !== undefined && v !== "");
  return locale !== undefined && /^fr(?:[_.@-]|$)/i.test(locale) ? "fr" : "en";
}

/** Run the parole command line with these arguments; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const verbose = argv.includes("-v") || argv.includes("--verbose");
  try {
    try {
      if (plainInvocation(argv)) return await main(argv, { ...DEFAULTS }, io);
      return await runCommander(argv, io, (c) => (code = c));
    } catch (err) {
      if (!(err instanceof HelpRequested)) throw err;
      return await runCommander(["--help"], io, (c) => (code = c));
    }
  } catch (err) {
    if (err instanceof ParoleError) {
      io.stderr.write(`parole: ${err.message}\n`);
      if (verbose && err.stack) io.stderr.write(err.stack + "\n");
      return err.exitCode;
    }
    const e = err as NodeJS.ErrnoException;
    if (e?.code === "EPIPE") return code;
    io.stderr.write(`parole: fatal: ${e?.message ?? String(err)}\n`);
    if (verbose && e?.stack) io.stderr.write(e.stack + "\n");
    return EXIT.usage;
  }
}

/** Every other invocation: commander parses the options and subcommands. */
async function runCommander(argv: string[], io: Io, setCode: (code: number) => void): Promise<number> {
  const { Command, CommanderError, InvalidArgumentError, Option } = await import("commander");
  const parse = optionParsers(InvalidArgumentError);
  let code: number = EXIT.ok;
  const done = (c: number): void => {
    code = c;
    setCode(c);
  };
  const program = new Command("parole");
  program
    .description("Quotes, speakers, people and organizations from French news articles, as JSON.")
    .version(version(), "-V, --version")
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .argument("[inputs...]", "files, folders, globs, or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "text", "csv", "html"]).default(DEFAULTS.format))
    .option("-o, --out-dir <dir>", "write one .json per input under DIR (mirrors the input tree)")
    .option("--resume", "with --out-dir: skip inputs whose output exists and is newer")
    .option("-j, --jobs <n>", "worker threads (default: number of cores)", parse.jobs)
    .option("--ext <list>", "extensions picked in folders, comma-separated (default: txt,html,htm,warc,warc.gz)", parse.ext)
    .addOption(new Option("--input <kind>", "what inputs are (default: by name, then by content)").choices(["auto", "text", "html", "warc", "jsonl"]))
    .option("--html-field <name>", "JSON Lines field holding an HTML page (implies --jsonl)")
    .option("--emit-text <dir>", "write the text read from each HTML page under DIR (offsets are into it)")
    .option("--keep-skipped", "output skip records for WARC records not read as articles")
    .option("--stats-out <file>", "write the run's counts (skipped records by reason) as JSON")
    .option("--files-from <list>", "read input paths from LIST, one per line (- for stdin)")
    .option("--jsonl", "inputs are JSON Lines: one article per line")
    .option("--text-field <name>", "JSON Lines field holding the text", DEFAULTS.textField)
    .option("--id-field <name>", "JSON Lines field holding the article id", DEFAULTS.idField)
    .option("--csv-sep <sep>", "CSV field separator: , ; | or tab (default: ,)", parse.csvSep)
    .option("--bom", "CSV: start with a UTF-8 byte order mark (Excel)")
    .option("--no-header", "CSV: no header row (for output split by GNU parallel --pipe)")
    .option("--csv-meta <fields>", "CSV: JSON Lines meta fields given their own columns, comma-separated", parse.fields)
    .addOption(new Option("--ui <lang>", "labels of --format text (default: the locale's, from LC_ALL, LC_MESSAGES or LANG: fr_* gives fr, else en)").choices(["en", "fr"]))
    .option("--encoding <name>", "force the input encoding (default: detect)", parse.encoding)
    .addOption(new Option("--lang <lang>", "language pipeline").choices(["fr", "en", "auto"]).default(DEFAULTS.lang))
    .option("--max-article-size <mb>", "largest article in MB; larger inputs are too-large errors (default: 32)", parse.megabytes)
    .option("-q, --quiet", "no summary line on stderr")
    .option("-v, --verbose", "stack traces and rule details")
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], opts: MainOptions) => {
      done(await main(inputs, opts, io));
    });

  program
    .command("eval")
    .description("score the extractor on a gold folder (NAME.txt + NAME.gold.json)")
    .argument("<gold_dir>", "folder of gold articles")
    .option("--json", "machine-readable output")
    .option("-v, --verbose", "list every miss and wrong speaker")
    .option("--by-rule", "count and speaker precision per attribution rule")
    .action(async (dir: string, opts: { json?: boolean; verbose?: boolean; byRule?: boolean }) => {
      const { runEval } = await import("../eval/run.js");
      const evalIo = { stdout: (s: string) => void io.stdout.write(s), stderr: (s: string) => void io.stderr.write(s) };
      done(await runEval(dir, { json: opts.json === true, verbose: opts.verbose === true, byRule: opts.byRule === true }, evalIo));
    });

  program
    .command("schema")
    .description("print the JSON Schema of the output")
    .action(async () => {
      const { schema } = await import("../schema.js");
      io.stdout.write(JSON.stringify(schema, null, 2) + "\n");
    });

  program
    .command("convert")
    .description("turn results (JSON Lines, one article's JSON, an --out-dir folder, or - for stdin) into CSV, text or JSON Lines")
    .argument("[results...]", "result files or out-dir folders (default: stdin)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["csv", "text", "json"]).default("csv"))
    .option("--csv-sep <sep>", "CSV field separator: , ; | or tab (default: ,)", parse.csvSep)
    .option("--bom", "CSV: start with a UTF-8 byte order mark (Excel)")
    .option("--no-header", "CSV: no header row")
    .option("--csv-meta <fields>", "CSV: JSON Lines meta fields given their own columns, comma-separated", parse.fields)
    .addOption(new Option("--ui <lang>", "labels of --format text (default: the locale's, from LC_ALL, LC_MESSAGES or LANG: fr_* gives fr, else en)").choices(["en", "fr"]))
    .action(async (paths: string[], opts: MainOptions) => {
      checkCombinations(opts);
      const { runConvert } = await import("../runner/convert.js");
      const settings: OutputSettings = {
        format: opts.format,
        pretty: false,
        colour: opts.format === "text" && io.stdout.isTTY === true && !io.env?.["NO_COLOR"],
        verbose: false,
      };
      if (opts.format === "csv") settings.csv = csvOptions(opts);
      if (opts.format === "text") settings.ui = uiOf(opts.ui, io.env);
      done(await runConvert(paths, settings, io));
    });

  program
    .command("stats")
    .description("corpus tables from results (JSON Lines, one article's JSON, an --out-dir folder, or - for stdin)")
    .argument("<results...>", "result files or out-dir folders, - for stdin")
    .option("--json", "JSON output")
    .option("--csv", "CSV output")
    .option("--html", "an HTML report: the tables with charts (inline SVG, no script)")
    .option("--top <n>", "rows per table", parse.jobs, 20)
    .addOption(new Option("--by <group>", "also count per site or per month of publication (HTML and WARC results)").choices(["site", "month"]))
    .action(async (paths: string[], opts: { json?: boolean; csv?: boolean; html?: boolean; top: number; by?: "site" | "month" }) => {
      const { runStats } = await import("../runner/stats.js");
      done(await runStats(paths, { json: opts.json === true, csv: opts.csv === true, html: opts.html === true, top: opts.top, ...(opts.by ? { by: opts.by } : {}) }, io));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (err) {
    // Help and version end with exit code 0; everything else is a usage error, already
    // printed by commander on stderr. Other errors go up to run().
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw err;
  }
}
