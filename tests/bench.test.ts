/**
 * scripts/bench.mjs in --selftest mode (tiny volumes) on a few of the project's fixtures: every
 * step runs and the JSON has the shape the issue asks for. No timing is asserted here — the
 * figures of a selftest mean nothing — only that each one is produced and plausible.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = join(ROOT, "scripts/bench.mjs");
let dir: string;

/** Copy the first `n` fixture articles of `lang` as flat NAME.txt files (into dir/`folder`). */
function tinyCorpus(lang: "fr" | "en", n: number, folder: string = lang): string {
  const out = join(dir, folder);
  mkdirSync(out);
  const names = readdirSync(join(ROOT, "fixtures", lang)).sort().slice(0, n);
  for (const name of names) copyFileSync(join(ROOT, "fixtures", lang, name, "article.txt"), join(out, `${name}.txt`));
  return out;
}

function bench(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BENCH, ...args], { encoding: "utf8", cwd: ROOT, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parole-bench-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bench --selftest --json", () => {
  test("every step reports its figures", () => {
    const fr = tinyCorpus("fr", 3);
    const en = tinyCorpus("en", 2);
    const r = bench(["--selftest", "--json", "--corpus", fr, "--corpus-en", en, "--folder-count", "6"]);
    expect(r.stderr).not.toMatch(/ERROR|Error:/);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    const positive = expect.any(Number);

    expect(j.machine).toMatchObject({ cpu: expect.any(String), cores: positive, node: process.version });
    expect(j.corpus).toMatchObject({ dir: fr, articles: 3 });

    expect(j.library.mb_per_s).toBeGreaterThan(0);
    expect(j.library.articles_per_s).toBeGreaterThan(0);
    expect(j.library.bytes).toBeGreaterThanOrEqual(0.05e6);
    expect(j.library.fresh_names_mb_per_s).toBeGreaterThan(0);

    // Time by stage: language detection, the French stages, assembly; shares add up to 1.
    expect(j.stages.stages[0].stage).toMatch(/language/);
    expect(j.stages.stages.at(-1).stage).toBe("assemble");
    expect(j.stages.stages.map((x: { stage: string }) => x.stage)).toContain("tokens");
    const shares = j.stages.stages.reduce((n: number, x: { share: number }) => n + x.share, 0);
    expect(shares).toBeCloseTo(1, 1);

    expect(j.fr_compromise.call).toBe("nlp(text).json()");
    expect(j.fr_compromise.mb_per_s).toBeGreaterThan(0);
    expect(j.fr_compromise.ratio).toBeGreaterThan(0);
    expect(j.fr_compromise.slice).toMatch(/smaller|first .* MB/);

    expect(j.buckets.sizes.map((b: { bucket: string }) => b.bucket)).toEqual(["1 KB", "10 KB"]);
    for (const b of j.buckets.sizes) expect(b.mb_per_s).toBeGreaterThan(0);
    // Synthetic articles are built to their bucket's size (±10%, whole paragraphs).
    expect(j.buckets.sizes[1].article_bytes).toBeGreaterThan(9_000);
    expect(j.buckets.sizes[1].article_bytes).toBeLessThan(11_100);
    expect(typeof j.buckets.flatness.ok).toBe("boolean");

    expect(j.cli.error).toBeUndefined();
    expect(j.cli.parole_ms).toBeGreaterThan(0);
    expect(j.cli.bare_node_ms).toBeGreaterThan(0);
    expect(j.cli.overhead_ms).toBeCloseTo(j.cli.parole_ms - j.cli.bare_node_ms, 0);
    // CPU time comes from the child itself: a real article costs more CPU than `node -e 0`.
    expect(j.cli.bare_node_cpu_ms).toBeGreaterThan(0);
    expect(j.cli.parole_cpu_ms).toBeGreaterThan(j.cli.bare_node_cpu_ms);

    expect(j.folder.error).toBeUndefined();
    expect(j.folder.articles).toBe(6);
    for (const k of ["jobs1", "jobs2"]) {
      expect(j.folder[k].articles_per_s).toBeGreaterThan(0);
      // A Node process with the extractor loaded holds well over 20 MB.
      expect(j.folder[k].peak_rss_mb).toBeGreaterThan(20);
    }
    expect(j.folder.ratio).toBeGreaterThan(0);
    // Why two jobs gain what they gain: the extraction alone in one and in two processes, and
    // the compiler's time (a difference of two walls: any sign on six articles, but a number).
    expect(j.folder.library_two_processes.alone_mb_per_s).toBeGreaterThan(0);
    expect(j.folder.library_two_processes.together_mb_per_s).toBeGreaterThan(0);
    expect(typeof j.folder.compile_seconds).toBe("number");
    expect(j.folder.half_alone.seconds).toBeGreaterThan(0);

    expect(j.english.mb_per_s).toBeGreaterThan(0);
    expect(j.english.corpus).toBe(en);

    // HTML pages and WARC records made from the same articles, against the text path.
    expect(j.web.error).toBeUndefined();
    expect(j.web.pages).toBe(6);
    for (const k of ["text_articles_per_s", "html_pages_per_s", "warc_records_per_s", "read_ms_per_page", "pipeline_ms_per_article"]) expect(j.web[k]).toBeGreaterThan(0);

    // --report renders a saved run as the text report, one numbered line per step.
    const saved = join(dir, "run.json");
    writeFileSync(saved, r.stdout);
    const report = bench(["--report", saved]);
    expect(report.status).toBe(0);
    for (const step of ["1. library", "2. fr-compromise", "3. throughput by article size", "4. CLI one article", "5. folder of 6 articles", "6. English", "7. HTML and WARC"]) {
      expect(report.stdout).toContain(step);
    }
    expect(report.stdout).toMatch(/every name made up anew for each article .*: \d+(\.\d+)? MB\/s/);
    expect(report.stdout).toContain(`Node ${process.version}`);

    // Saved through npm (its banner first), the run still reads; anything else is one clear error.
    const viaNpm = join(dir, "npm-run.json");
    writeFileSync(viaNpm, `\n> parole@0.1.0 bench\n> node scripts/bench.mjs --json\n\n${r.stdout}`);
    expect(bench(["--report", viaNpm]).stdout).toBe(report.stdout);
    const notARun = join(dir, "not-a-run.json");
    writeFileSync(notARun, "bonjour\n");
    const bad = bench(["--report", notARun]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^bench: --report: .* is not the output of/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);

  test.each([
    [["--runs", "0"], /--runs: expected a whole number/],
    [["--only", "nope"], /unknown step "nope"/],
    [["--bogus"], /unknown option --bogus/],
  ])("%j is a usage error", (args, message) => {
    const r = bench(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});

describe("scripts/compare-builds.mjs", () => {
  const COMPARE = join(ROOT, "scripts/compare-builds.mjs");
  const compare = (args: string[]) => spawnSync(process.execPath, [COMPARE, ...args], { encoding: "utf8", cwd: ROOT, timeout: 60_000 });

  test("a build against itself: the same output, a speed ratio and a row per stage", () => {
    const fr = tinyCorpus("fr", 3, "compare");
    const r = compare(["dist", "dist", "--corpus", fr, "--windows", "3"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^same output: (\d+) of \1 articles, concatenation same$/m);
    expect(r.stdout).toMatch(/whole extraction \(3 articles, .*new\/old \d+\.\d{3}/);
    for (const stage of ["language", "paragraphs", "tokens", "mentions", "attribution", "assemble", "total"]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${stage} +\\d+\\.\\d+ +\\d+\\.\\d+ +-?\\d+\\.\\d%$`, "m"));
    }
  });

  test("a folder that is no build: one line, exit code 2", () => {
    const r = compare(["dist", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^compare-builds: .*not a build of parole/);
  });
});
