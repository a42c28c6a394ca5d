/**
 * CSV output read back by the readers researchers use: Python's csv module and DuckDB. Every
 * field that can hold a line break, a quote or a separator must come back whole, whatever the
 * separator; every article gives at least one row (a quote, `no-quote` or `error`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { Result } from "../src/core/types.js";
import { CSV_COLUMNS, csvHeader, formatCsv, formatCsvError } from "../src/runner/format.js";
import type { CsvOptions } from "../src/runner/format.js";
import { runCli } from "./setup/cli-io.js";

let dir: string;
const p = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parole-csv-"));
});

/** The rows Python's csv module reads from this file (opened as its docs say: newline=""). */
function pythonRows(path: string, sep: string): string[][] {
  const script = [
    "import csv, json, sys",
    "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:",
    "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))",
  ].join("\n");
  const ran = spawnSync("python3", ["-c", script, path, sep], { encoding: "utf8" });
  if (ran.status !== 0) throw new Error(`python3 failed: ${ran.stderr}`);
  return JSON.parse(ran.stdout) as string[][];
}

type Duck = typeof import("@duckdb/node-api");
let duck: Duck | undefined;
try {
  duck = await import("@duckdb/node-api");
} catch {
  duck = undefined; // not installed: the Python round trip still runs
}

/** The rows DuckDB reads from this file (header row first), every column as text. */
async function duckRows(path: string, sep: string): Promise<string[][]> {
  const instance = await duck!.DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  const sql = `SELECT * FROM read_csv('${path}', delim='${sep === "\t" ? "\\t" : sep}', quote='"', escape='"', header=true, all_varchar=true, strict_mode=true)`;
  const reader = await con.runAndReadAll(sql);
  const rows = reader.getRows().map((r) => r.map((v) => (v === null ? "" : String(v))));
  const head = reader.columnNames();
  con.closeSync();
  return [head, ...rows];
}

// Each nasty string goes in every free-text field (quote, speaker, role, description, cue,
// channel, path, meta) of one quote.
const NASTY = [
  ["LF alone", "Nous avons gagné.\n\n« Et nous continuerons"],
  ["CR alone", "première ligne\rseconde ligne"],
  ["CRLF", "un\r\ndeux"],
  ["double quotes", 'il a dit "non", puis "oui"'],
  ["comma", "Fortal, Morel et associés"],
  ["semicolon", "maire; présidente"],
  ["tab and pipe", "a\tb | c"],
  ["all at once", '« Léa ; "Morel" »,\r\n\n\tfin\r'],
  ["leading and trailing spaces", "  espacé  "],
  ["empty", ""],
] as const;

function resultWith(s: string): Result {
  return {
    schema_version: "1.0",
    source: { path: `dossier/${s}.txt`, id: null, bytes: 1, sha256: "0".repeat(64) },
    language: { detected: "fra", pipeline: "fr" },
    title: s,
    quotes: [
      {
        id: "q1",
        text: s,
        start: 3,
        end: 9,
        kind: "full",
        multi_paragraph: false,
        speaker: { id: "p1", name: `Léa ${s}`, type: "person", roles: [s, "maire"], affiliations: [s] },
        speaker_description: s,
        cue: { text: s, lemma: "dire", start: 0, end: 2 },
        channel: s,
        confidence: 0.95,
        rule: "incise",
      },
    ],
    speakers: [],
    people: [{ id: "p1", name: `Léa ${s}`, roles: [], affiliations: [], gender: "f", gender_evidence: "title", mentions: [] }],
    organizations: [],
    messages: [],
    meta: { outlet: s, date: "2026-12-07", url: `https://example.org/${s}` },
  };
}

/** The cells expected for resultWith(s) with `--csv-meta outlet`. */
function expectedRow(s: string): string[] {
  return [
    `dossier/${s}.txt`, `dossier/${s}.txt`, "ok", "", "q1", s, "full", `Léa ${s}`, "person", "f", s, `${s}; maire`, s, s, s,
    "incise", "0.95", "3", "9", "fra", s, `https://example.org/${s}`, "", "",
    JSON.stringify({ outlet: s, date: "2026-12-07", url: `https://example.org/${s}` }), s,
  ];
}

const SEPS = [",", ";", "\t", "|"] as const;

// One file per separator holding a row for each nasty string, then a plain row: a field that
// broke out of its quotes would shift every row after it.
function writeAll(sep: string, bom: boolean): string {
  const o: CsvOptions = { sep, bom, header: true, meta: ["outlet"] };
  const file = p(`all-${SEPS.indexOf(sep as (typeof SEPS)[number])}-${bom ? "bom" : "plain"}.csv`);
  writeFileSync(file, csvHeader(o) + [...NASTY.map(([, s]) => s), "après"].map((s) => formatCsv(resultWith(s), o)).join(""));
  return file;
}
const EXPECTED = [[...CSV_COLUMNS, "outlet"], ...[...NASTY.map(([, s]) => s), "après"].map(expectedRow)];

describe("every field round-trips (LF, CR, CRLF, quotes, comma, semicolon, tab, pipe, spaces, empty)", () => {
  test.each(SEPS)("Python csv, separator %j", (sep) => {
    expect(pythonRows(writeAll(sep, true), sep)).toEqual(EXPECTED);
  });

  test.skipIf(duck === undefined).each(SEPS)("DuckDB, separator %j", async (sep) => {
    expect(await duckRows(writeAll(sep, false), sep)).toEqual(EXPECTED);
  }, 30_000);
});

describe("the command line", { timeout: 60_000 }, () => {
  // Issue 23's example ended on « … », a dit X: an attributed paragraph of its own, which the
  // quote stage now reads as a new quote (issue 19). This quote really runs over paragraphs.
  test("a quote over paragraphs stays in one row", async () => {
    writeFileSync(p("mp.txt"), "Le ministre Paul Garnier a déclaré :\n\n« Nous avons gagné.\n\n« Et nous continuerons, jusqu'au bout. »\n\nLa séance a été levée.\n");
    const ran = await runCli(["--format", "csv", p("mp.txt")]);
    expect(ran.code).toBe(0);
    writeFileSync(p("mp.csv"), ran.stdout);
    const rows = pythonRows(p("mp.csv"), ",");
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({ quote: "Nous avons gagné.\n\n« Et nous continuerons, jusqu'au bout.", speaker: "Paul Garnier", status: "ok", rule: "colon" });
  });

  test("one row per article: quotes, no quote, error; statuses add up", async () => {
    writeFileSync(p("q.txt"), "La maire Léa Morel a déclaré : « Nous tiendrons. » Elle a ajouté : « Rien ne change. »\n");
    writeFileSync(p("none.txt"), "Le conseil municipal se réunira mardi. Aucun vote n'est prévu.\n");
    for (const jobs of ["1", "2"]) {
      const ran = await runCli(["-q", "-j", jobs, "--format", "csv", p("q.txt"), p("none.txt"), p("missing.txt")]);
      expect(ran.code).toBe(1);
      writeFileSync(p("rows.csv"), ran.stdout);
      const rows = pythonRows(p("rows.csv"), ",").slice(1);
      expect(rows.map((r) => [r[0], r[2], r[4]])).toEqual([
        [p("q.txt"), "ok", "q1"],
        [p("q.txt"), "ok", "q2"],
        [p("none.txt"), "no-quote", ""],
        [p("missing.txt"), "error", ""],
      ]);
      expect(rows[3]![3]).toBe("not-found: no such file or folder");
      expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    }
  });

  test("JSON Lines: meta columns, url from the record, --csv-meta spreads fields, error rows keep the id", async () => {
    writeFileSync(
      p("dump.jsonl"),
      [
        JSON.stringify({ id: "a1", text: "Le maire a déclaré : « Nous tiendrons. »", date: "2026-12-01", outlet: "Le Courrier; Sud", url: "https://example.org/a1" }),
        JSON.stringify({ id: "a2", content: "pas de champ text" }),
      ].join("\n") + "\n",
    );
    const ran = await runCli(["-q", "--format", "csv", "--csv-meta", "date,outlet", p("dump.jsonl")]);
    writeFileSync(p("dump.csv"), ran.stdout);
    const [head, ok, err] = pythonRows(p("dump.csv"), ",");
    expect(head).toEqual([...CSV_COLUMNS, "date", "outlet"]);
    const cols = (r: string[]): Record<string, string> => Object.fromEntries(head!.map((c, i) => [c, r[i]!]));
    expect(cols(ok!)).toMatchObject({ article_id: "a1", url: "https://example.org/a1", date: "2026-12-01", outlet: "Le Courrier; Sud", status: "ok" });
    expect(JSON.parse(cols(ok!)["meta"]!)).toEqual({ date: "2026-12-01", outlet: "Le Courrier; Sud", url: "https://example.org/a1" });
    expect(cols(err!)).toMatchObject({ article_id: "a2", status: "error", date: "", outlet: "" });
    expect(cols(err!)["error"]).toMatch(/^no-text: /);
  });

  test.each([
    { name: "--csv-sep ';' and --bom (Excel in French)", argv: ["--csv-sep", ";", "--bom"], starts: "\uFEFFarticle_id;path;status;", rows: 2 },
    { name: "--csv-sep tab", argv: ["--csv-sep", "tab"], starts: "article_id\tpath\tstatus\t", rows: 2 },
    { name: "--no-header (GNU parallel --pipe)", argv: ["--no-header"], starts: "X_TXT,X_TXT,ok,", rows: 1 },
  ])("$name", async ({ argv, starts, rows }) => {
    writeFileSync(p("x.txt"), "Le maire a déclaré : « Nous tiendrons. »\n");
    const ran = await runCli(["-q", "--format", "csv", ...argv, p("x.txt")]);
    expect(ran.code).toBe(0);
    expect(ran.stdout.startsWith(starts.replaceAll("X_TXT", p("x.txt")))).toBe(true);
    expect(ran.stdout.split("\r\n").filter(Boolean)).toHaveLength(rows);
  });

  test.each([
    { argv: ["--format", "csv", "--out-dir", "o"], stderr: /--out-dir always writes JSON.*parole --format csv DIR/ },
    { argv: ["--format", "text", "--out-dir", "o"], stderr: /--out-dir always writes JSON/ },
    { argv: ["--csv-sep", ";"], stderr: /--csv-sep only apply to --format csv/ },
    { argv: ["--bom", "--no-header"], stderr: /--bom, --no-header only apply to --format csv/ },
    { argv: ["--format", "csv", "--csv-sep", "x"], stderr: /expected , ; \| or tab/ },
    { argv: ["--ui", "fr"], stderr: /--ui sets the labels of --format text/ },
    { argv: ["--resume"], stderr: /--resume needs --out-dir.*--out-dir DIR/ },
  ])("refused: $argv", async ({ argv, stderr }) => {
    writeFileSync(p("x.txt"), "Le maire a déclaré : « Nous tiendrons. »\n");
    const ran = await runCli([...argv, p("x.txt")]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(stderr);
  });
});

test("an error row has every column", () => {
  const row = formatCsvError({ source: { path: "d.jsonl", id: "r7", line: 12 }, error: { code: "bad-json", message: "not valid JSON" } });
  const file = p("err.csv");
  writeFileSync(file, row);
  const [cells] = pythonRows(file, ",");
  expect(cells).toHaveLength(CSV_COLUMNS.length);
  expect(cells!.slice(0, 4)).toEqual(["r7", "d.jsonl", "error", "bad-json: line 12: not valid JSON"]);
  expect(readFileSync(file, "utf8").endsWith("\r\n")).toBe(true);
});
