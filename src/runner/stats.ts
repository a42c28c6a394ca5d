/**
 * `parole stats`: corpus-level tables from results already produced (JSON Lines output, one
 * article's JSON, an --out-dir folder, or stdin): most quoted speakers, most mentioned
 * organizations and companies, quotes per article, quotes without a named speaker, and the
 * share of women and men among quoted people. Streams its input.
 */
import type { Readable } from "node:stream";
import type { Result } from "../core/types.js";
import { EXIT, ProblemReporter } from "./errors.js";
import { csvRows } from "./format.js";
import { readResults } from "./results.js";

interface StatsIo {
  stdin?: Readable;
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
  /** Quoted people, each counted once per article where they are quoted (person-article pairs). */
  gender_quoted_people: GenderCounts;
  /** Quotes by a person, by the speaker's gender (`unknown`: the text does not show it). */
  gender_quotes: GenderCounts;
  /** Quotes whose speaker is an organization. */
  quotes_by_organizations: number;
  /** Quotes with no named speaker: `described` have a speaker_description, `none` nothing. */
  quotes_unnamed: { count: number; share: number | null; described: number; none: number };
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
  orgQuotes = 0;
  described = 0;
  nobody = 0;
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
    for (const q of r.quotes) {
      if (q.speaker) continue;
      if (q.speaker_description) this.described++;
      else this.nobody++;
    }
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
      } else this.orgQuotes += s.quote_ids.length;
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
      quotes_by_organizations: this.orgQuotes,
      quotes_unnamed: {
        count: this.described + this.nobody,
        share: this.quotes ? round((this.described + this.nobody) / this.quotes) : null,
        described: this.described,
        none: this.nobody,
      },
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

/** Compute the corpus tables for these result files or folders ("-": stdin). */
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
  const problems = new ProblemReporter((s) => io.stderr.write(s));
  for await (const item of readResults(paths, io.stdin ?? (process.stdin as Readable))) {
    if (item.kind === "result" || item.kind === "error") acc.add(item.value);
    else {
      failed++;
      problems.report(`parole: ${item.where}: ${item.problem}\n`, item.problem);
    }
  }
  problems.finish();
  return { stats: acc.result(top), failed };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function pct(x: number | null): string {
  return x === null ? "n/a" : `${(x * 100).toFixed(1)} %`;
}

/** The tables as text for a person. */
export function statsText(s: CorpusStats): string {
  const out: string[] = [];
  const q = s.quotes_per_article;
  out.push(`${plural(s.articles, "article")}, ${plural(s.quotes, "quote")}, ${plural(s.errors, "error record")}`);
  out.push(`quotes per article: mean ${q.mean}, median ${q.median}, max ${q.max}`);
  out.push(`  ${Object.entries(q.histogram).map(([k, v]) => `${k}: ${v}`).join("  ")}`);
  const u = s.quotes_unnamed;
  out.push(
    `quotes with no named speaker: ${u.count} (${pct(u.share)}): ${u.described} with the speaker described (« une source proche… »), ${u.none} with none found`,
  );
  const g = s.gender_quoted_people;
  out.push(
    `quoted people, counted once per article where quoted: ${g.women} women, ${g.men} men, ${g.unknown} gender not shown — ` +
      `women ${pct(g.share_women)}, men ${pct(g.share_men)} of those with a known gender`,
  );
  const gq = s.gender_quotes;
  out.push(
    `quotes by gender of the speaker: women ${pct(gq.share_women)}, men ${pct(gq.share_men)} of the ${plural(gq.women + gq.men, "quote")} by a person of known gender; ` +
      `the other ${s.quotes - gq.women - gq.men}: ${gq.unknown} by people whose gender the text does not show, ${s.quotes_by_organizations} by organizations, ${u.count} with no named speaker`,
  );
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
  const rows: unknown[][] = [["table", "name", "type", "count", "articles"]];
  for (const [table, list] of [["speakers", s.speakers], ["organizations", s.organizations], ["companies", s.companies]] as const) {
    for (const r of list) rows.push([table, r.name, r.type, r.count, r.articles]);
  }
  for (const [k, v] of Object.entries(s.quotes_per_article.histogram)) rows.push(["quotes_per_article", k, "", v, ""]);
  const g = s.gender_quoted_people;
  rows.push(["gender_quoted_people", "women", "", g.women, ""], ["gender_quoted_people", "men", "", g.men, ""], ["gender_quoted_people", "unknown", "", g.unknown, ""]);
  const gq = s.gender_quotes;
  rows.push(["gender_quotes", "women", "", gq.women, ""], ["gender_quotes", "men", "", gq.men, ""], ["gender_quotes", "unknown", "", gq.unknown, ""]);
  rows.push(["quotes_by_speaker", "organization", "", s.quotes_by_organizations, ""]);
  rows.push(["quotes_by_speaker", "unnamed, described", "", s.quotes_unnamed.described, ""], ["quotes_by_speaker", "none", "", s.quotes_unnamed.none, ""]);
  // --by: one "group" row per site or month, then its speakers as "group:KEY" rows.
  for (const g of s.groups ?? []) {
    rows.push(["group", g.key, "", g.quotes, g.articles]);
    for (const r of g.speakers) rows.push([`group:${g.key}`, r.name, r.type, r.count, r.articles]);
  }
  return csvRows(rows);
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
  if (stats.articles === 0 && stats.errors === 0) {
    io.stderr.write("parole: stats: no parole result found in the input: nothing to count\n");
    return EXIT.input;
  }
  if (o.json) io.stdout.write(JSON.stringify(stats, null, 2) + "\n");
  else if (o.csv) io.stdout.write(await statsCsv(stats));
  else io.stdout.write(statsText(stats));
  return failed ? EXIT.input : EXIT.ok;
}
