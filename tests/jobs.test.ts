/**
 * --jobs and the progress bar: one job for a known small batch (workers cost more than they
 * gain there), never more workers than inputs, a warning above the cores; the bar knows its
 * total when the inputs are listed in advance (files, globs, --files-from); « 1 article ».
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { chooseJobs, PARALLEL_FROM } from "../src/cli/run.js";
import { summaryLine } from "../src/runner/batch.js";
import { runCli } from "./setup/cli-io.js";

describe("chooseJobs", () => {
  test.each([
    { asked: undefined, total: undefined, cores: 8, jobs: 8, warns: false, why: "unknown size (a folder): every core" },
    { asked: undefined, total: 10, cores: 8, jobs: 1, why: "a small known batch: one job", warns: false },
    { asked: undefined, total: PARALLEL_FROM - 1, cores: 8, jobs: 1, why: "just below the threshold", warns: false },
    { asked: undefined, total: PARALLEL_FROM, cores: 8, jobs: 8, why: "from the threshold: every core", warns: false },
    { asked: 4, total: 2, cores: 8, jobs: 2, why: "never more workers than inputs", warns: false },
    { asked: 1000, total: 500, cores: 2, jobs: 500, why: "capped at the inputs, and warned", warns: true },
    { asked: 64, total: undefined, cores: 2, jobs: 64, why: "unknown size: warned only", warns: true },
    { asked: 2, total: 0, cores: 2, jobs: 1, why: "nothing to do: still one job", warns: false },
  ])("$why", ({ asked, total, cores, jobs, warns }) => {
    const err: string[] = [];
    expect(chooseJobs(asked, total, cores, { stderr: { write: (s: string) => err.push(s) } as never })).toBe(jobs);
    expect(err.length > 0).toBe(warns);
    if (warns) expect(err[0]).toMatch(new RegExp(`--jobs ${asked} is more than the ${cores} cores`));
  });
});

test.each([
  { s: { articles: 1, quotes: 1, errors: 1, skipped: 0, notFrench: 0, bytes: 0, ms: 1000 }, line: "parole: 1 article, 1 quote, 1 error in 1.0 s (1 article/s)\n" },
  { s: { articles: 2, quotes: 0, errors: 0, skipped: 0, notFrench: 0, bytes: 0, ms: 1000 }, line: "parole: 2 articles, 0 quotes, 0 errors in 1.0 s (2 articles/s)\n" },
])("summary line: $line", ({ s, line }) => {
  expect(summaryLine(s)).toBe(line);
});

describe("the progress bar knows its total", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "parole-jobs-"));
  mkdirSync(join(dir, "a"));
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, "a", `${i}.txt`), `La maire a déclaré : « Nous tiendrons ${i}. »\n`);
  writeFileSync(join(dir, "list.txt"), [0, 1, 2].map((i) => join(dir, "a", `${i}.txt`)).join("\n") + "\n");
  test.each([
    { name: "a glob", argv: () => [join(dir, "a", "*.txt")], bar: /\b0\/3 articles/ },
    { name: "--files-from", argv: () => ["--files-from", join(dir, "list.txt")], bar: /\b0\/3 articles/ },
    { name: "files named", argv: () => [join(dir, "a", "0.txt"), join(dir, "a", "1.txt")], bar: /\b0\/2 articles/ },
    { name: "a folder (unknown: no total)", argv: () => [join(dir, "a")], bar: /(^|[^/0-9])0 articles \| .* articles\/s/ },
  ])("$name", async ({ argv, bar }) => {
    const ran = await runCli(argv(), { stderrTTY: true });
    expect(ran.code).toBe(0);
    expect(ran.stderr).toMatch(bar);
  });
});

describe("small things a person notices", { timeout: 60_000 }, () => {
  test.each([
    { argv: ["help"], has: /Usage: parole[\s\S]*Examples:[\s\S]*parole convert out\/ > quotes\.csv/ },
    { argv: ["--help"], has: /Examples:[\s\S]*several inputs, a folder, a glob or a JSON\nLines dump give JSON Lines/ },
  ])("parole $argv prints the help with examples", async ({ argv, has }) => {
    const ran = await runCli(argv);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(has);
  });

  test("parole - on a terminal says what it waits for; piped, it says nothing", async () => {
    const tty = await runCli(["-"], { stdinTTY: true, stdin: "Un texte." });
    expect(tty.stderr).toMatch(/^parole: paste the article's text, then press Ctrl-D/);
    const piped = await runCli(["-"], { stdin: "Un texte." });
    expect(piped.stderr).toBe("");
  });
});
