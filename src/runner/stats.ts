/**
 * `parole stats`: corpus-level tables from results already produced (JSON Lines output or an
 * --out-dir folder): most quoted speakers, most mentioned organizations and companies, quotes
 * per article, and the share of women and men among quoted people. Streams its input.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { opendir } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { Result } from "../core/types.js";
import { EXIT } from "./errors.js";
import { lines } from "./inputs.js";

interface StatsIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** One row of a ranking table. */
export interface RankRow {
  name: string;
  type: string;
  /** Quotes (speakers) or mentions (organizations). */
  count: number;
  articles: number;
}

/** Counts by gender; `share_*` are over people whose gender is known. */
export interface GenderCounts {
  women: number;
  men: number;
  unknown: number;
  share_women: number | null;
  share_men: number | null;
}

/** Everything `parole stats` reports. */
export interface CorpusStats {
  articles: number;
  errors: number;
  quotes: number;
  quotes_per_article: { mean: number; median: number; max: number; histogram: Record<string, number> };
  speakers: RankRow[];
  organizations: RankRow[];
  companies: RankRow[];
  /** Quoted people, each counted once per article where they are quoted. */
  gender_quoted_people: GenderCounts;
  /** Quotes, by the gender of their speaker (people only). */
  gender_quotes: GenderCounts;
  /** With --by site|month: the same counts per outlet or per month of publication. */
  groups?: GroupStats[];
}

/** What --by groups on: `source.site`, or the month (YYYY-MM) of `source.published`. */
export type GroupBy = "site" | "month";

/** One outlet's or one month's share of the corpus. */
export interface GroupStats {
  /** The site's name or the month; "(unknown)" for results that do not say. */
  key: string;
  articles: number;
  quotes: number;
  speakers: RankRow[];
  gender_quoted_people: GenderCounts;
}

/** The group of one result: its site, or the month it was published. */
export function groupKey(r: Result, by: GroupBy): string {
  const src = r.source as Result["source"] | undefined;
  const v = by === "site" ? src?.site : typeof src?.published === "string" && /^\d{4}-\d{2}/.test(src.published) ? src.published.slice(0, 7) : null;
  return typeof v === "string" && v !== "" ? v : "(unknown)";
}

class Accumulator {
  articles = 0;
  errors = 0;
  quotes = 0;
  perArticle: number[] = [];
  speakers = new Map<string, RankRow>();
  orgs = new Map<string, RankRow>();
  gPeople = { f: 0, m: 0, u: 0 };
  gQuotes = { f: 0, m: 0, u: 0 };
  groups: Map<string, Accumulator> | undefined;

  constructor(readonly by?: GroupBy) {
    if (by) this.groups = new Map();
  }
  /** Also sees every parsed result (the HTML report's own counts). */
  observer: ((value: unknown) => void) | undefined;

  add(value: unknown): void {
    this.observer?.(value);
    if (!value || typeof value !== "object") return;
    if ("error" in value) {
      this.errors++;
      return;
    }
    const r = value as Result;
    if (!Array.isArray(r.quotes)) return;
    if (this.groups && this.by) {
      const key = groupKey(r, this.by);
      let g = this.groups.get(key);
      if (!g) this.groups.set(key, (g = new Accumulator()));
      g.add(r);
    }
    this.articles++;
    this.quotes += r.quotes.length;
    this.perArticle.push(r.quotes.length);
    for (const s of r.speakers ?? []) {
      const key = `${s.type}\u0000${s.name}`;
      const row = this.speakers.get(key) ?? { name: s.name, type: s.type, count: 0, articles: 0 };
      row.count += s.quote_ids.length;
      row.articles++;
      this.speakers.set(key, row);
      if (s.type === "person") {
        const g = s.gender === "f" ? "f" : s.gender === "m" ? "m" : "u";
        this.gPeople[g]++;
        this.gQuotes[g] += s.quote_ids.length;
      }
    }
    for (const o of r.organizations ?? []) {
      const row = this.orgs.get(o.name) ?? { name: o.name, type: o.type, count: 0, articles: 0 };
      row.count += o.mentions.length;
      row.articles++;
      this.orgs.set(o.name, row);
    }
  }

  result(top: number): CorpusStats {
    const rank = (rows: Iterable<RankRow>): RankRow[] =>
      [...rows].sort((a, b) => b.count - a.count || b.articles - a.articles || (a.name < b.name ? -1 : 1)).slice(0, top);
    const sorted = [...this.perArticle].sort((a, b) => a - b);
    const median = sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2 : 0;
    const histogram: Record<string, number> = { "0": 0, "1": 0, "2": 0, "3-5": 0, "6-10": 0, "11+": 0 };
    for (const n of this.perArticle) {
      const k = n <= 2 ? String(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
      histogram[k] = (histogram[k] ?? 0) + 1;
    }
    const gender = (g: { f: number; m: number; u: number }): GenderCounts => {
      const known = g.f + g.m;
      return {
        women: g.f,
        men: g.m,
        unknown: g.u,
        share_women: known ? round(g.f / known) : null,
        share_men: known ? round(g.m / known) : null,
      };
    };
    const out: CorpusStats = {
      articles: this.articles,
      errors: this.errors,
      quotes: this.quotes,
      quotes_per_article: {
        mean: this.articles ? round(this.quotes / this.articles) : 0,
        median,
        max: sorted.length ? sorted[sorted.length - 1]! : 0,
        histogram,
      },
      speakers: rank(this.speakers.values()),
      organizations: rank(this.orgs.values()),
      companies: rank([...this.orgs.values()].filter((o) => o.type === "company")),
      gender_quoted_people: gender(this.gPeople),
      gender_quotes: gender(this.gQuotes),
    };
    if (this.groups) {
      // Biggest groups first for sites; months in time order.
      const keys = [...this.groups.keys()].sort((a, b) =>
        this.by === "month" ? (a < b ? -1 : 1) : this.groups!.get(b)!.articles - this.groups!.get(a)!.articles || (a < b ? -1 : 1),
      );
      out.groups = keys.map((key) => {
        const g = this.groups!.get(key)!.result(top);
        return { key, articles: g.articles, quotes: g.quotes, speakers: g.speakers, gender_quoted_people: g.gender_quoted_people };
      });
    }
    return out;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

async function* jsonFiles(dir: string): AsyncGenerator<string> {
  const names: Array<{ name: string; dir: boolean }> = [];
  for await (const d of await opendir(dir)) names.push({ name: d.name, dir: d.isDirectory() });
  names.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const n of names) {
    const p = join(dir, n.name);
    if (n.dir) yield* jsonFiles(p);
    else if (n.name.endsWith(".json")) yield p;
  }
}

async function addLines(acc: Accumulator, stream: Readable, path: string, io: StatsIo): Promise<number> {
  let bad = 0;
  for await (const { line, no } of lines(stream)) {
    try {
      acc.add(JSON.parse(line));
    } catch {
      bad++;
      io.stderr.write(`parole: ${path}:${no}: not a JSON line, skipped\n`);
    }
  }
  return bad;
}

/** Compute the corpus tables for these result files or folders. */
export async function collectStats(
  paths: string[],
  top: number,
  io: StatsIo,
  by?: GroupBy,
  observer?: (value: unknown) => void,
): Promise<{ stats: CorpusStats; failed: number }> {
  const acc = new Accumulator(by);
  acc.observer = observer;
  let failed = 0;
  for (const p of paths) {
    try {
      const st = await stat(p);
      if (st.isDirectory()) {
        for await (const f of jsonFiles(p)) {
          try {
            acc.add(JSON.parse(await readFile(f, "utf8")));
          } catch {
            failed++;
            io.stderr.write(`parole: ${f}: not a JSON result, skipped\n`);
          }
        }
      } else {
        failed += await addLines(acc, createReadStream(p), p, io);
      }
    } catch (err) {
      failed++;
      io.stderr.write(`parole: ${p}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : (err as Error).message}\n`);
    }
  }
  return { stats: acc.result(top), failed };
}

function pct(x: number | null): string {
  return x === null ? "n/a" : `${(x * 100).toFixed(1)} %`;
}

/** The tables as text for a person. */
export function statsText(s: CorpusStats): string {
  const out: string[] = [];
  const q = s.quotes_per_article;
  out.push(`${s.articles} articles, ${s.quotes} quotes, ${s.errors} error records`);
  out.push(`quotes per article: mean ${q.mean}, median ${q.median}, max ${q.max}`);
  out.push(`  ${Object.entries(q.histogram).map(([k, v]) => `${k}: ${v}`).join("  ")}`);
  const g = s.gender_quoted_people;
  out.push(`quoted people: ${g.women} women, ${g.men} men, ${g.unknown} unknown — women ${pct(g.share_women)}, men ${pct(g.share_men)} of known`);
  const gq = s.gender_quotes;
  out.push(`quotes by gender: women ${pct(gq.share_women)}, men ${pct(gq.share_men)} of ${gq.women + gq.men} quotes with a known gender`);
  const table = (title: string, unit: string, rows: RankRow[]): void => {
    out.push("", title);
    if (rows.length === 0) out.push("  (none)");
    const w = Math.max(0, ...rows.map((r) => r.name.length));
    for (const r of rows) out.push(`  ${r.name.padEnd(w)}  ${String(r.count).padStart(6)} ${unit}  ${String(r.articles).padStart(6)} articles  ${r.type}`);
  };
  table("Most quoted speakers", "quotes", s.speakers);
  table("Most mentioned organizations", "mentions", s.organizations);
  table("Most mentioned companies", "mentions", s.companies);
  for (const g of s.groups ?? []) {
    const gp = g.gender_quoted_people;
    out.push("", `${g.key}: ${g.articles} articles, ${g.quotes} quotes; quoted people: women ${pct(gp.share_women)}, men ${pct(gp.share_men)} of known`);
    const w = Math.max(0, ...g.speakers.map((r) => r.name.length));
    for (const r of g.speakers) out.push(`  ${r.name.padEnd(w)}  ${String(r.count).padStart(6)} quotes  ${String(r.articles).padStart(6)} articles  ${r.type}`);
  }
  return out.join("\n") + "\n";
}

/** The tables as one long CSV (table, name, type, count, articles). */
export async function statsCsv(s: CorpusStats): Promise<string> {
  const { stringify } = await import("csv-stringify/sync");
  const rows: unknown[][] = [["table", "name", "type", "count", "articles"]];
  for (const [table, list] of [["speakers", s.speakers], ["organizations", s.organizations], ["companies", s.companies]] as const) {
    for (const r of list) rows.push([table, r.name, r.type, r.count, r.articles]);
  }
  for (const [k, v] of Object.entries(s.quotes_per_article.histogram)) rows.push(["quotes_per_article", k, "", v, ""]);
  const g = s.gender_quoted_people;
  rows.push(["gender_quoted_people", "women", "", g.women, ""], ["gender_quoted_people", "men", "", g.men, ""], ["gender_quoted_people", "unknown", "", g.unknown, ""]);
  const gq = s.gender_quotes;
  rows.push(["gender_quotes", "women", "", gq.women, ""], ["gender_quotes", "men", "", gq.men, ""], ["gender_quotes", "unknown", "", gq.unknown, ""]);
  // --by: one "group" row per site or month, then its speakers as "group:KEY" rows.
  for (const g of s.groups ?? []) {
    rows.push(["group", g.key, "", g.quotes, g.articles]);
    for (const r of g.speakers) rows.push([`group:${g.key}`, r.name, r.type, r.count, r.articles]);
  }
  return stringify(rows, { record_delimiter: "windows" });
}

/** `parole stats`: print the tables; exit 1 when some input could not be read. */
export async function runStats(paths: string[], o: { json: boolean; csv: boolean; html?: boolean; top: number; by?: GroupBy }, io: StatsIo): Promise<number> {
  if (o.html) {
    const { ReportAccumulator, statsHtml } = await import("./report-html.js");
    const report = new ReportAccumulator();
    const { stats, failed } = await collectStats(paths, o.top, io, o.by, (v) => report.add(v));
    io.stdout.write(await statsHtml(stats, report.groups, paths));
    return failed ? EXIT.input : EXIT.ok;
  }
  const { stats, failed } = await collectStats(paths, o.top, io, o.by);
  if (o.json) io.stdout.write(JSON.stringify(stats, null, 2) + "\n");
  else if (o.csv) io.stdout.write(await statsCsv(stats));
  else io.stdout.write(statsText(stats));
  return failed ? EXIT.input : EXIT.ok;
}
