/**
 * The same core cases against the real binary (node bin/parole.js, built by globalSetup),
 * plus what only a real process shows: a closed pipe (`| head -1`) and SIGTERM mid-batch.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { article } from "./setup/cli-io.js";

const BIN = fileURLToPath(new URL("../bin/parole.js", import.meta.url));
let dir: string;
const p = (n: string): string => join(dir, n);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parole-bin-"));
  writeFileSync(p("a.txt"), article(1));
  writeFileSync(p("nul.txt"), Buffer.from([0x41, 0x00, 0x42]));
  mkdirSync(p("many"));
  for (let i = 0; i < 3000; i++) writeFileSync(p(`many/${String(i).padStart(4, "0")}.txt`), article(i));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases: Array<{ name: string; argv: () => string[]; input?: string; code: number; stdout: RegExp; stderr: RegExp }> = [
  { name: "single file", argv: () => [p("a.txt")], code: 0, stdout: /^\{\n {2}"schema_version"[\s\S]*\}\n$/, stderr: /^$/ },
  { name: "stdin", argv: () => [], input: article(2), code: 0, stdout: /"path": "-"/, stderr: /^$/ },
  { name: "batch with a binary file", argv: () => ["-q", p("a.txt"), p("nul.txt")], code: 1, stdout: /^\{.*\}\n\{"source":.*"code":"binary".*\}\n$/, stderr: /^parole: .*nul\.txt: binary file \(NUL bytes\), not text\n$/ },
  { name: "missing path", argv: () => [p("nope.txt")], code: 1, stdout: /^$/, stderr: /^parole: .*nope\.txt: no such file or folder\n$/ },
  { name: "unknown option", argv: () => ["--nope"], code: 2, stdout: /^$/, stderr: /unknown option '--nope'/ },
  { name: "bad --jobs", argv: () => ["-j", "x", p("a.txt")], code: 2, stdout: /^$/, stderr: /argument 'x' is invalid/ },
];

describe("bin/parole.js", () => {
  test("an article too big for a worker's heap is redone on the main thread, in order", () => {
    const big = p("big");
    mkdirSync(big);
    writeFileSync(join(big, "a.txt"), article(3));
    // ~8 MB of paragraphs: past the worker threads' capped heap.
    writeFileSync(join(big, "b.txt"), `Titre\n\n${article(4).split("\n").slice(1).join("\n").repeat(Math.ceil(8e6 / article(4).length))}`);
    writeFileSync(join(big, "c.txt"), article(5));
    const r = spawnSync(process.execPath, [BIN, "-q", "-j", "2", big], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { source: { path: string }; quotes: unknown[]; error?: unknown });
    expect(lines.map((l) => l.source.path.slice(-5))).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect(lines.every((l) => l.error === undefined)).toBe(true);
    expect(lines[1]!.quotes.length).toBeGreaterThan(1000);
  }, 60_000);

  test("two jobs write the same bytes as one (outputs of 1–4 UTF-8 bytes a character, chunks of many)", () => {
    // Worker threads hand their outputs over as one UTF-8 buffer per chunk of articles: each
    // article's bytes must start and end where its own text does.
    const folder = p("multibyte");
    mkdirSync(folder);
    for (let i = 0; i < 100; i++) {
      const extra = `« Le café coûte ${i} € à Zürich, ${"😀".repeat(i % 4)} 東京 », a déclaré Zoé Lefèvre.`;
      writeFileSync(join(folder, `${String(i).padStart(3, "0")}.txt`), `${article(i)}\n\n${extra}\n`);
    }
    const one = spawnSync(process.execPath, [BIN, "-q", "-j", "1", folder], { maxBuffer: 1 << 28 });
    const two = spawnSync(process.execPath, [BIN, "-q", "-j", "2", folder], { maxBuffer: 1 << 28 });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stdout.toString("utf8").split("\n")).toHaveLength(101);
    expect(two.stdout.equals(one.stdout)).toBe(true);
    const outOne = p("multibyte-out-1");
    const outTwo = p("multibyte-out-2");
    spawnSync(process.execPath, [BIN, "-q", "-j", "1", "--out-dir", outOne, folder]);
    spawnSync(process.execPath, [BIN, "-q", "-j", "2", "--out-dir", outTwo, folder]);
    const names = readdirSync(outOne).sort();
    expect(names).toHaveLength(100);
    expect(readdirSync(outTwo).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(outTwo, n)).equals(readFileSync(join(outOne, n)))).toBe(true);
  }, 60_000);

  test.each(cases)("$name", (c) => {
    const r = spawnSync(process.execPath, [BIN, ...c.argv()], { input: c.input ?? "", encoding: "utf8" });
    expect(r.status, r.stderr).toBe(c.code);
    expect(r.stdout).toMatch(c.stdout);
    expect(r.stderr).toMatch(c.stderr);
  });

  test("stdout closed early (| head -1): quiet exit, no EPIPE trace", () => {
    const r = spawnSync("sh", ["-c", `node "${BIN}" -q -j 2 "${p("many")}" | head -1`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")).toHaveLength(2);
    expect(JSON.parse(r.stdout).source.path).toBe(p("many/0000.txt"));
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  test("SIGTERM mid-batch with --out-dir: whole files only, --resume finishes", async () => {
    const out = p("out");
    const child = spawn(process.execPath, [BIN, "-j", "2", "--out-dir", out, p("many")], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Wait until the batch is surely under way, then stop it.
    await new Promise<void>((res) => {
      const t = setInterval(() => {
        try {
          if (readdirSync(out).length > 100) {
            clearInterval(t);
            res();
          }
        } catch {
          /* not created yet */
        }
      }, 5);
    });
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((res) => child.on("close", res));
    const files = readdirSync(out);
    expect(code).toBe(143);
    expect(stderr).toMatch(/stopped by SIGTERM/);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files.length).toBeLessThan(3000);
    for (const f of files) JSON.parse(readFileSync(join(out, f), "utf8"));
    const rest = spawnSync(process.execPath, [BIN, "-j", "2", "--out-dir", out, "--resume", p("many")], { encoding: "utf8" });
    expect(rest.status).toBe(0);
    expect(rest.stderr).toMatch(new RegExp(`parole: ${3000 - files.length} articles, .*${files.length} skipped`));
    expect(readdirSync(out)).toHaveLength(3000);
  }, 60_000);
});
