/**
 * Output formats for one result: JSON (pretty for a single input, one line in batches),
 * text for a person reading a terminal, and CSV rows for spreadsheets (one per quote, one per
 * article without quotes or that failed). Used by the main thread and by the worker threads
 * alike, so it stays free of I/O. A new format adds a case to `formatResult`,
 * `formatError` and `formatHeader`.
 */
import { createRequire } from "node:module";
import type { Result } from "../core/types.js";

/** The formats `--format` accepts. */
export type Format = "json" | "text" | "csv" | "html";

/** The extension of a result file under --out-dir: the HTML view (`--format html`), else JSON. */
export function outExt(format: Format): string {
  return format === "html" ? ".html" : ".json";
}

/** Languages of the text view's labels (`--ui`). */
export type Ui = "en" | "fr";

/** CSV settings (`--csv-sep`, `--bom`, `--no-header`, `--csv-meta`). */
export interface CsvOptions {
  /** Field separator: "," (default), ";" (Excel in French), "\t" or "|". */
  sep: string;
  /** Start the output with a UTF-8 byte order mark (Excel reads UTF-8 only with it). */
  bom: boolean;
  /** Write the header row. */
  header: boolean;
  /** `meta` fields given their own columns, after the fixed ones. */
  meta: string[];
}

export const DEFAULT_CSV: CsvOptions = { sep: ",", bom: false, header: true, meta: [] };

/** What a formatter needs to know about the run; plain data (posted to worker threads). */
export interface OutputSettings {
  format: Format;
  /** Pretty JSON (2-space indent) instead of one line: single input on stdout. */
  pretty: boolean;
  colour: boolean;
  verbose: boolean;
  csv?: CsvOptions;
  ui?: Ui;
}

/** An input that failed, as written in JSON Lines output. */
export interface ErrorRecord {
  source: { path?: string | null; id?: string | null; line?: number };
  error: { code: string; message: string };
}

/** Colour functions for the text format; plain identity functions when colour is off. */
export interface Styles {
  bold: (s: string) => string;
  dim: (s: string) => string;
  italic: (s: string) => string;
  speaker: (s: string) => string;
  role: (s: string) => string;
  org: (s: string) => string;
  warn: (s: string) => string;
  /** A speaker the rules only guessed (see UNCERTAIN_BELOW). */
  guess: (s: string) => string;
}

const plain = (s: string): string => s;

/** Styles without colour (stdout is not a terminal, or NO_COLOR is set). */
export const PLAIN_STYLES: Styles = {
  bold: plain,
  dim: plain,
  italic: plain,
  speaker: plain,
  role: plain,
  org: plain,
  warn: plain,
  guess: plain,
};

/** Colour styles built on chalk, imported only when colour is wanted. */
export async function colourStyles(level: 1 | 2 | 3 = 1): Promise<Styles> {
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level });
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    italic: (s) => c.italic(s),
    speaker: (s) => c.bold.cyan(s),
    role: (s) => c.yellow(s),
    org: (s) => c.green(s),
    warn: (s) => c.red(s),
    guess: (s) => c.magenta(s),
  };
}

/**
 * Attributions below this confidence are guesses: no cue in the text ties the quote to the
 * speaker (`nearest` 0.4, `headline` 0.5, `running` 0.6, a cue whose subject was not found
 * 0.3). Cue-based rules give 0.7 and more (README, Limits).
 */
export const UNCERTAIN_BELOW = 0.7;

/** True when a quote's speaker (or unnamed description) is a guess the reader should check. */
export function isGuess(q: Result["quotes"][number]): boolean {
  return (q.speaker !== null || q.speaker_description !== null) && q.confidence < UNCERTAIN_BELOW;
}

// ---------------------------------------------------------------------------------------------
// CSV

/** The fixed CSV columns, in order (the header row; `--csv-meta` fields follow). */
export const CSV_COLUMNS = [
  "article_id",
  "path",
  "status",
  "error",
  "quote_id",
  "quote",
  "kind",
  "speaker",
  "speaker_type",
  "speaker_gender",
  "speaker_description",
  "role",
  "affiliation",
  "cue",
  "channel",
  "rule",
  "confidence",
  "start",
  "end",
  "language",
  "title",
  "url",
  "site",
  "published",
  "meta",
] as const;

const require = createRequire(import.meta.url);
type StringifySync = (input: unknown[][], options?: Record<string, unknown>) => string;
let stringifyFn: StringifySync | undefined;

/**
 * CSV text for these rows: CRLF between records (RFC 4180), and every field that holds a line
 * break (CR or LF alone too), a quote, a comma, a semicolon, a tab or the separator quoted, so
 * the output reads back the same whichever separator a spreadsheet guesses.
 * csv-stringify alone quotes only the record delimiter (CRLF), not a bare LF.
 */
export function csvRows(rows: unknown[][], sep = ","): string {
  stringifyFn ??= (require("csv-stringify/sync") as { stringify: StringifySync }).stringify;
  return stringifyFn(rows, { record_delimiter: "windows", delimiter: sep, quoted_match: /[\r\n",;\t|]/ });
}

/** The header row (with the byte order mark when asked; "" with `--no-header` and no BOM). */
export function csvHeader(o: CsvOptions = DEFAULT_CSV): string {
  const bom = o.bom ? "\uFEFF" : "";
  return bom + (o.header ? csvRows([[...CSV_COLUMNS, ...o.meta]], o.sep) : "");
}

type Meta = Record<string, unknown> | undefined;

function cell(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/** The article columns shared by every row of one article: language, title, url, site, published, meta, --csv-meta. */
function articleCells(source: Record<string, unknown>, meta: Meta, language: string, title: string | null, o: CsvOptions): unknown[] {
  const pick = (k: string): string => cell(source[k] ?? meta?.[k]);
  return [
    language,
    title ?? pick("title"),
    pick("url"),
    pick("site"),
    pick("published"),
    meta ? JSON.stringify(meta) : "",
    ...o.meta.map((k) => cell(meta?.[k])),
  ];
}

/**
 * CSV rows for one result: one per quote, or one row with status `no-quote` when the article
 * has none, so that rows per article add up to the article count.
 */
export function formatCsv(result: Result, o: CsvOptions = DEFAULT_CSV): string {
  const articleId = result.source.id ?? result.source.path ?? "";
  const path = result.source.path ?? "";
  const tail = articleCells(result.source as unknown as Record<string, unknown>, result.meta, result.language.detected, result.title, o);
  if (result.quotes.length === 0) {
    return csvRows([[articleId, path, "no-quote", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ...tail]], o.sep);
  }
  const gender = new Map<string, string>();
  for (const p of result.people) if (p.gender) gender.set(p.id, p.gender);
  const rows = result.quotes.map((q) => [
    articleId,
    path,
    "ok",
    "",
    q.id,
    q.text,
    q.kind,
    q.speaker?.name ?? "",
    q.speaker?.type ?? "",
    q.speaker ? (gender.get(q.speaker.id) ?? "") : "",
    q.speaker_description ?? "",
    q.speaker?.roles.join("; ") ?? "",
    q.speaker?.affiliations.join("; ") ?? "",
    q.cue?.text ?? "",
    q.channel ?? "",
    q.rule,
    q.confidence,
    q.start,
    q.end,
    ...tail,
  ]);
  return csvRows(rows, o.sep);
}

/** The CSV row of an input that failed (status `error`, the code and message in `error`). */
export function formatCsvError(record: ErrorRecord, o: CsvOptions = DEFAULT_CSV): string {
  const path = record.source.path ?? "";
  const id = record.source.id ?? path;
  const where = record.source.line !== undefined ? `line ${record.source.line}: ` : "";
  const empty = new Array<string>(CSV_COLUMNS.length - 4 + o.meta.length).fill("");
  return csvRows([[id, path, "error", `${record.error.code}: ${where}${record.error.message}`, ...empty]], o.sep);
}

// ---------------------------------------------------------------------------------------------
// Text

/** The text view's words, in English and French (`--ui`). */
const LABELS = {
  en: {
    quote: ["quote", "quotes"],
    person: ["person", "people"],
    organization: ["organization", "organizations"],
    people: "People",
    organizations: "Organizations",
    notGiven: "speaker not given",
    unnamed: "unnamed:",
    orgTag: "organization",
    guess: "guess:",
    rule: "rule",
    confidence: "confidence",
    line: "line",
    legend: `? = a guess: nothing in the text ties the quote to this speaker (confidence under ${UNCERTAIN_BELOW}); check it`,
  },
  fr: {
    quote: ["citation", "citations"],
    person: ["personne", "personnes"],
    organization: ["organisation", "organisations"],
    people: "Personnes",
    organizations: "Organisations",
    notGiven: "locuteur non indiqué",
    unnamed: "non nommé :",
    orgTag: "organisation",
    guess: "supposé :",
    rule: "règle",
    confidence: "confiance",
    line: "ligne",
    legend: `? = attribution supposée : rien dans le texte ne relie la citation à ce locuteur (confiance sous ${String(UNCERTAIN_BELOW).replace(".", ",")}) ; à vérifier`,
  },
} as const;

function count(n: number, words: readonly [string, string]): string {
  return `${n} ${n === 1 ? words[0] : words[1]}`;
}

/**
 * Line and column (both from 1, columns in code points) of each code-point offset in `text`,
 * in one pass however many offsets there are.
 */
export function lineColumns(text: string, offsets: number[]): Map<number, [number, number]> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, [number, number]>();
  let line = 1;
  let col = 1;
  let cp = 0;
  let w = 0;
  for (let i = 0; i <= text.length && w < wanted.length; ) {
    while (w < wanted.length && wanted[w] === cp) out.set(wanted[w++]!, [line, col]);
    if (i === text.length) break;
    const c = text.charCodeAt(i);
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    i += wide ? 2 : 1;
    cp++;
    // CRLF is one line break: the CR ends the line, the LF after it starts nothing.
    if (c === 10 && text.charCodeAt(i - 2) !== 13) (line++, (col = 1));
    else if (c === 13) (line++, (col = 1));
    else if (c !== 10) col++;
  }
  return out;
}

/** Options of the text view. */
export interface TextOptions {
  verbose?: boolean;
  ui?: Ui;
  /** The article's text, to print messages at line:column rather than code-point ranges. */
  text?: string;
}

/** The text view of one result: each quote with its speaker, role and organization. */
export function formatText(result: Result, st: Styles, opts: TextOptions | boolean = {}): string {
  const o: TextOptions = typeof opts === "boolean" ? { verbose: opts } : opts;
  const L = LABELS[o.ui ?? "en"];
  const lines: string[] = [];
  const name = result.source.id ?? result.source.path ?? "(text)";
  lines.push(
    st.bold(name) +
      st.dim(
        ` — ${count(result.quotes.length, L.quote)}, ${count(result.people.length, L.person)}` +
          `, ${count(result.organizations.length, L.organization)} (${result.language.detected})`,
      ),
  );
  if (result.title) lines.push(st.bold(result.title));
  let guesses = 0;
  for (const q of result.quotes) {
    lines.push("");
    lines.push(`${st.dim(q.id.padEnd(4))} « ${st.italic(q.text)} »`);
    const guess = isGuess(q);
    if (guess) guesses++;
    let who: string;
    if (q.speaker) {
      const parts = [guess ? st.guess(q.speaker.name) : st.speaker(q.speaker.name)];
      if (q.speaker.roles.length) parts.push(st.role(q.speaker.roles.join(", ")));
      if (q.speaker.affiliations.length) parts.push(st.org(q.speaker.affiliations.join(", ")));
      who = parts.join(", ");
      if (q.speaker.type === "organization") who += st.dim(` (${L.orgTag})`);
    } else if (q.speaker_description) {
      who = `${st.dim(L.unnamed)} ${guess ? st.guess(q.speaker_description) : q.speaker_description}`;
    } else {
      who = st.dim(L.notGiven);
    }
    const extra: string[] = [];
    if (q.cue) extra.push(q.cue.text);
    if (q.channel) extra.push(q.channel);
    if (guess) extra.push(`${L.guess} ${L.rule} ${q.rule}, ${L.confidence} ${q.confidence}`);
    const mark = guess ? `${st.warn("?")} ` : "";
    lines.push(`     — ${mark}${who}${extra.length ? st.dim(` · ${extra.join(" · ")}`) : ""}`);
    if (o.verbose) lines.push(st.dim(`       ${q.kind}, ${L.rule} ${q.rule}, ${L.confidence} ${q.confidence}, [${q.start}, ${q.end})`));
  }
  if (guesses > 0) lines.push("", st.warn("?") + st.dim(L.legend.slice(1)));
  if (result.people.length) {
    lines.push("", st.bold(L.people));
    for (const p of result.people) {
      const about = [...p.roles.map(st.role), ...p.affiliations.map(st.org)].join(", ");
      lines.push(`  ${st.speaker(p.name)}${about ? `, ${about}` : ""}`);
    }
  }
  if (result.organizations.length) {
    lines.push("", st.bold(L.organizations));
    for (const org of result.organizations) lines.push(`  ${st.org(org.name)} ${st.dim(`(${org.type})`)}`);
  }
  if (result.messages.length) {
    const at = o.text !== undefined ? lineColumns(o.text, result.messages.map((m) => m.start)) : undefined;
    for (const m of result.messages) {
      const lc = at?.get(m.start);
      const where = lc ? `${L.line} ${lc[0]}:${lc[1]}` : `[${m.start}, ${m.end})`;
      lines.push(st.warn(`  ! ${where}: ${m.rule}: ${m.reason}`));
    }
  }
  return lines.join("\n") + "\n\n";
}

// ---------------------------------------------------------------------------------------------
// Dispatch

let colour: Styles | undefined;

/** One result in the run's format (what goes to stdout for it). */
export async function formatResult(result: Result, s: OutputSettings, text?: string): Promise<string> {
  switch (s.format) {
    case "csv":
      return formatCsv(result, s.csv ?? DEFAULT_CSV);
    case "text": {
      if (s.colour) colour ??= await colourStyles();
      const opts: TextOptions = { verbose: s.verbose, ui: s.ui ?? "en" };
      if (text !== undefined) opts.text = text;
      return formatText(result, s.colour && colour ? colour : PLAIN_STYLES, opts);
    }
    case "json":
      return s.pretty ? JSON.stringify(result, null, 2) + "\n" : JSON.stringify(result) + "\n";
    case "html":
      return (await import("./html-view.js")).formatHtml(result, text ?? "");
  }
}

/**
 * What goes to stdout for an input that failed: its error record in a JSON Lines stream, an
 * `error` row in CSV, nothing for a single pretty JSON or the text view (the stderr line says it).
 */
export function formatError(record: ErrorRecord, s: Pick<OutputSettings, "format" | "pretty" | "csv">): string {
  switch (s.format) {
    case "csv":
      return formatCsvError(record, s.csv ?? DEFAULT_CSV);
    case "json":
      return s.pretty ? "" : JSON.stringify(record) + "\n";
    default:
      return "";
  }
}

/** Written once before the first result: the CSV header (and BOM); "" for the other formats. */
export function formatHeader(s: Pick<OutputSettings, "format" | "csv">): string {
  return s.format === "csv" ? csvHeader(s.csv ?? DEFAULT_CSV) : "";
}
