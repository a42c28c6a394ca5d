/**
 * Results read back: `parole convert` (an --out-dir folder, JSON Lines results, one article's
 * JSON or stdin → CSV/text), `parole stats` on the same inputs, what the two say about inputs
 * that are not results, repeated problems summarised, and the stop line's advice.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { ProblemReporter } from "../src/runner/errors.js";
import { runCli } from "./setup/cli-io.js";

let dir: string;
const p = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parole-convert-"));
  mkdirSync(p("arts"));
  writeFileSync(p("arts/a.txt"), "La maire Léa Morel a déclaré : « Nous tiendrons. »\n");
  writeFileSync(p("arts/b.txt"), "Grève à l'usine\n\nLe syndicat Fortal a déclaré : « Rien n’est réglé. »\n\nSelon une source proche du dossier, « tout reste possible ».\n");
  writeFileSync(p("arts/c.txt"), "Aucune citation dans ce texte.\n");
  writeFileSync(p("arts/d.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x00]));
  const out = await runCli(["-q", "-j", "1", "--out-dir", p("out"), p("arts")]);
  expect(out.code).toBe(1); // d.txt is binary
  const jsonl = await runCli(["-q", "-j", "1", p("arts")]);
  writeFileSync(p("results.jsonl"), jsonl.stdout);
  const one = await runCli([p("arts/b.txt")]);
  writeFileSync(p("one.json"), one.stdout);
}, 120_000);

describe("parole convert", { timeout: 60_000 }, () => {
  test.each([
    { name: "an --out-dir folder", args: () => [p("out")] },
    { name: "JSON Lines results", args: () => [p("results.jsonl")] },
  ])("$name gives the same CSV as a direct --format csv run", async ({ args }) => {
    const direct = await runCli(["-q", "-j", "1", "--format", "csv", p("arts")]);
    const converted = await runCli(["convert", ...args()]);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toBe(direct.stdout);
    expect(converted.stdout.split("\r\n").filter(Boolean).map((l) => l.split(",")[2])).toEqual(["status", "ok", "ok", "ok", "no-quote", "error"]);
  });

  test("one article's pretty JSON, from a file and from stdin", async () => {
    const file = await runCli(["convert", "--csv-sep", ";", p("one.json")]);
    const stdin = await runCli(["convert", "--csv-sep", ";", "-"], { stdin: readFileSync(p("one.json")) });
    expect(file.stdout).toBe(stdin.stdout);
    expect(file.stdout.split("\r\n").filter(Boolean)).toHaveLength(3);
    const text = await runCli(["convert", "--format", "text", "--ui", "fr", p("one.json")]);
    expect(text.stdout).toMatch(/— non nommé : une source proche du dossier/);
  });

  test("`parole --format csv out/` says to use convert", async () => {
    const ran = await runCli(["--format", "csv", p("out")]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(`it holds .json results: \`parole convert --format csv ${p("out")}\``);
  });

  test("articles given to convert: said once, with what to do", async () => {
    writeFileSync(p("dump.jsonl"), Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: i, text: "Un texte." })).join("\n"));
    const ran = await runCli(["convert", p("dump.jsonl")]);
    expect(ran.code).toBe(1);
    expect(ran.stderr.split("\n").filter(Boolean)).toEqual([
      `parole: ${p("dump.jsonl")}: holds articles, not parole results: run parole on it first (\`parole ${p("dump.jsonl")} > results.jsonl\`), then use results.jsonl`,
      "parole: convert: no parole result found in the input",
    ]);
  });
});

describe("parole stats", { timeout: 60_000 }, () => {
  test.each([
    { name: "one article's JSON", args: () => [p("one.json")], stdin: undefined, articles: 1 },
    { name: "stdin", args: () => ["-"], stdin: () => readFileSync(p("results.jsonl")), articles: 3 },
    { name: "an --out-dir folder", args: () => [p("out")], stdin: undefined, articles: 3 },
  ])("reads $name", async ({ args, stdin, articles }) => {
    const ran = await runCli(["stats", "--json", ...args()], stdin ? { stdin: stdin() } : {});
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout).articles).toBe(articles);
  });

  test("says what share of quotes has no named speaker, and what the gender figures count", async () => {
    const ran = await runCli(["stats", p("out")]);
    expect(ran.stdout).toMatch(/^3 articles, 3 quotes, 1 error record$/m);
    expect(ran.stdout).toMatch(/^quotes with no named speaker: 1 \(33\.3 %\): 1 with the speaker described .*, 0 with none found$/m);
    expect(ran.stdout).toMatch(/^quoted people, counted once per article where quoted: 1 women, 0 men/m);
    expect(ran.stdout).toMatch(/of the 1 quote by a person of known gender; the other 2: 0 by people whose gender the text does not show, 1 by organizations, 1 with no named speaker$/m);
  });

  test.each([
    { name: "a folder of articles", args: () => [p("arts")], stderr: /arts: no \.json result in this folder, only articles: run parole on it first/ },
    { name: "an article dump", args: () => [p("dump.jsonl")], stderr: /dump\.jsonl: holds articles, not parole results/ },
  ])("complains about $name (exit 1, no all-zero report)", async ({ args, stderr }) => {
    const ran = await runCli(["stats", ...args()]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(stderr);
    expect(ran.stderr).toMatch(/no parole result found in the input: nothing to count/);
  });

  test("500 bad lines: three said, then a count", async () => {
    writeFileSync(p("bad.jsonl"), readFileSync(p("results.jsonl"), "utf8") + "pas du JSON\n".repeat(500));
    const ran = await runCli(["stats", p("bad.jsonl")]);
    expect(ran.code).toBe(1);
    const lines = ran.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("parole: … and 497 more like « not a JSON line, skipped » (500 in all)");
  });
});

test.each([
  { reports: ["a", "a", "b", "a", "a", "a"], first: 2, out: ["a", "a", "b", "parole: … and 3 more like « a » (5 in all)\n"] },
  { reports: ["a", "b"], first: 1, out: ["a", "b"] },
])("ProblemReporter keeps the first $first of each kind", ({ reports, first, out }) => {
  const written: string[] = [];
  const r = new ProblemReporter((s) => written.push(s), first);
  for (const x of reports) r.report(x);
  r.finish();
  expect(written).toEqual(out);
});

describe("stderr floods", { timeout: 60_000 }, () => {
  test("a dump whose text is in « content »: the fields once, the option to use, then a count", async () => {
    const rec = (i: number): string => JSON.stringify({ id: `n${i}`, content: "La maire a déclaré : « Nous tiendrons. »", date: "2026-12-01" });
    writeFileSync(p("content.jsonl"), Array.from({ length: 500 }, (_, i) => rec(i)).join("\n") + "\n");
    const ran = await runCli(["-q", "-j", "1", p("content.jsonl")]);
    expect(ran.code).toBe(1);
    const lines = ran.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(`parole: ${p("content.jsonl")}:1#n0: no "text" field (the record has "id", "content", "date"); if the text is in "content", use --text-field content`);
    expect(lines[5]).toBe("parole: … and 495 more like « no-text » (500 in all)");
    expect(ran.stdout.split("\n").filter(Boolean)).toHaveLength(500); // every error record is still written
    const verbose = await runCli(["-q", "-v", "-j", "1", p("content.jsonl")]);
    expect(verbose.stderr.split("\n").filter((l) => l.startsWith("parole: ") && l.includes("no \"text\" field"))).toHaveLength(500);
    const fixed = await runCli(["-q", "-j", "1", "--text-field", "content", p("content.jsonl")]);
    expect(fixed.code).toBe(0);
  });
});

describe("the stop line says how to go on", { timeout: 60_000 }, () => {
  test.each([
    { name: "with --out-dir", extra: () => ["--out-dir", p("stopped")], says: /to do the rest, run the same command again with --resume/ },
    { name: "on stdout", extra: () => [], says: /a run on stdout cannot be resumed; for a long run, use --out-dir DIR/ },
  ])("$name", async ({ extra, says }) => {
    const stop = new AbortController();
    stop.abort("SIGINT");
    const ran = await runCli(["-j", "1", ...extra(), p("arts")], { signal: stop.signal });
    expect(ran.code).toBe(130);
    expect(ran.stderr).toMatch(says);
  });
});
