/**
 * Output formats for one result: JSON (pretty for a single input, one line in batches),
 * text for a person reading a terminal, and CSV rows (one per quote) for spreadsheets.
 * Used by the main thread and by the worker threads alike, so it stays free of I/O.
 */
import { createRequire } from "node:module";
import type { Result } from "../core/types.js";

/** The formats `--format` accepts. */
export type Format = "json" | "text" | "csv" | "html";

/** The extension of a result file under --out-dir: the HTML view (`--format html`), else JSON. */
export function outExt(format: Format): string {
  return format === "html" ? ".html" : ".json";
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
};

/** Colour styles built on chalk, imported only when colour is wanted. */
export async function colourStyles(): Promise<Styles> {
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    italic: (s) => c.italic(s),
    speaker: (s) => c.bold.cyan(s),
    role: (s) => c.yellow(s),
    org: (s) => c.green(s),
    warn: (s) => c.red(s),
  };
}

/** The CSV columns, in order (also the header row). */
export const CSV_COLUMNS = [
  "article_id",
  "quote_id",
  "quote",
  "speaker",
  "speaker_type",
  "role",
  "affiliation",
  "cue",
  "start",
  "end",
] as const;

const require = createRequire(import.meta.url);
type StringifySync = (input: unknown[][], options?: Record<string, unknown>) => string;
let stringifyFn: StringifySync | undefined;
function stringify(rows: unknown[][]): string {
  stringifyFn ??= (require("csv-stringify/sync") as { stringify: StringifySync }).stringify;
  // RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break.
  return stringifyFn(rows, { record_delimiter: "windows" });
}

/** The CSV header line (with its CRLF). */
export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

/** CSV rows (one per quote, CRLF-terminated) for one result; "" when it has no quotes. */
export function formatCsv(result: Result): string {
  if (result.quotes.length === 0) return "";
  const articleId = result.source.id ?? result.source.path ?? "";
  const rows = result.quotes.map((q) => [
    articleId,
    q.id,
    q.text,
    q.speaker?.name ?? "",
    q.speaker?.type ?? "",
    q.speaker?.roles.join("; ") ?? "",
    q.speaker?.affiliations.join("; ") ?? "",
    q.cue?.text ?? "",
    q.start,
    q.end,
  ]);
  return stringify(rows);
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The text view of one result: each quote with its speaker, role and organization. */
export function formatText(result: Result, st: Styles, verbose = false): string {
  const lines: string[] = [];
  const name = result.source.id ?? result.source.path ?? "(text)";
  lines.push(
    st.bold(name) +
      st.dim(
        ` — ${plural(result.quotes.length, "quote")}, ${plural(result.people.length, "person", "people")}` +
          `, ${plural(result.organizations.length, "organization")} (${result.language.detected})`,
      ),
  );
  if (result.title) lines.push(st.bold(result.title));
  for (const q of result.quotes) {
    lines.push("");
    lines.push(`${st.dim(q.id.padEnd(4))} « ${st.italic(q.text)} »`);
    let who: string;
    if (q.speaker) {
      const parts = [st.speaker(q.speaker.name)];
      if (q.speaker.roles.length) parts.push(st.role(q.speaker.roles.join(", ")));
      if (q.speaker.affiliations.length) parts.push(st.org(q.speaker.affiliations.join(", ")));
      who = parts.join(", ");
      if (q.speaker.type === "organization") who += st.dim(" (organization)");
    } else {
      who = st.dim(q.speaker_description ? `unnamed: ${q.speaker_description}` : "no speaker given");
    }
    const extra: string[] = [];
    if (q.cue) extra.push(q.cue.text);
    if (q.channel) extra.push(q.channel);
    lines.push(`     — ${who}${extra.length ? st.dim(` · ${extra.join(" · ")}`) : ""}`);
    if (verbose) lines.push(st.dim(`       ${q.kind}, rule ${q.rule}, confidence ${q.confidence}, [${q.start}, ${q.end})`));
  }
  if (result.people.length) {
    lines.push("", st.bold("People"));
    for (const p of result.people) {
      const about = [...p.roles.map(st.role), ...p.affiliations.map(st.org)].join(", ");
      lines.push(`  ${st.speaker(p.name)}${about ? `, ${about}` : ""}`);
    }
  }
  if (result.organizations.length) {
    lines.push("", st.bold("Organizations"));
    for (const o of result.organizations) lines.push(`  ${st.org(o.name)} ${st.dim(`(${o.type})`)}`);
  }
  for (const m of result.messages) {
    lines.push(st.warn(`  ! ${m.rule}: ${m.reason} [${m.start}, ${m.end})`));
  }
  return lines.join("\n") + "\n\n";
}
