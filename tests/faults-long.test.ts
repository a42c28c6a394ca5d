/**
 * Faults a batch meets in the wild (issue 19), the long part: `npm run faults` runs it
 * (PAROLE_FAULTS=1); `npm test` skips it. kill -9 at random moments of an --out-dir run over
 * 2,000 inputs, then --resume: one whole, valid .json per input, no temp file left, every file
 * byte-identical to a clean run's. A second signal ends a run at once.
 * Texts are written for these tests, not taken from any corpus.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { validateResult } from "../src/schema.js";
import { article } from "./setup/cli-io.js";

const BIN = fileURLToPath(new URL("../bin/parole.js", import.meta.url));
const INPUTS = 2000;
const KILLS = 5;
let dir: string;
const p = (name: string): string => join(dir, name);

/** Every file under `root`, relative, sorted. */
function tree(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(json|tmp)$/.test(f)).sort();
}

function runToEnd(args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, "-q", "-j", "2", ...args], { encoding: "utf8", timeout: 600_000 });
  return { code: r.status, stderr: r.stderr };
}

describe.runIf(process.env["PAROLE_FAULTS"])("long faults (npm run faults)", () => {
  let cleanMs = 0;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "parole-faults-long-"));
    mkdirSync(p("in"));
    for (let i = 0; i < INPUTS; i++) {
      const sub = p(`in/${String(i % 7)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `${String(i).padStart(4, "0")}.txt`), article(i));
    }
    const t0 = Date.now();
    expect(runToEnd(["--out-dir", p("clean"), p("in")]).code).toBe(0);
    cleanMs = Date.now() - t0;
  }, 900_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }), 300_000);

  test(`kill -9 at ${KILLS} random moments, then --resume: the same files as a clean run`, async () => {
    const clean = tree(p("clean"));
    expect(clean).toHaveLength(INPUTS);
    for (let k = 0; k < KILLS; k++) {
      const out = p(`killed-${k}`);
      // A moment spread over the run: from start-up to near its end.
      const at = Math.round(200 + ((k + Math.random()) / KILLS) * Math.max(cleanMs - 400, 500));
      const child = spawn(process.execPath, [BIN, "-q", "-j", "2", "--out-dir", out, p("in")], { stdio: "ignore" });
      const ended = new Promise<void>((res) => child.on("close", () => res()));
      await new Promise((r) => setTimeout(r, at));
      child.kill("SIGKILL");
      await ended;
      const resumed = runToEnd(["--out-dir", out, "--resume", p("in")]);
      expect(resumed.code, resumed.stderr).toBe(0);
      const got = tree(out);
      expect(got.filter((f) => f.endsWith(".tmp")), `kill ${k} at ${at} ms`).toEqual([]);
      expect(got, `kill ${k} at ${at} ms`).toEqual(clean);
      for (const f of got) {
        const bytes = readFileSync(join(out, f));
        expect(bytes.equals(readFileSync(p(`clean/${f}`))), `${relative(dir, out)}/${f}`).toBe(true);
      }
      // Valid results, spot-checked (all are byte-identical to the clean run's).
      for (const f of got.slice(0, 20)) expect(validateResult(JSON.parse(readFileSync(join(out, f), "utf8")))).toEqual([]);
    }
  }, 1_800_000);

  test("a second SIGTERM ends the run at once: exit 143, no temp file", async () => {
    const out = p("twice");
    const child = spawn(process.execPath, [BIN, "-q", "-j", "2", "--out-dir", out, p("in")], { stdio: "ignore" });
    const ended = new Promise<{ code: number | null; signal: string | null }>((res) => child.on("close", (code, signal) => res({ code, signal })));
    // Mid-run: once some results are written.
    for (let waited = 0; tree(out).length < 50 && waited < 60_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    child.kill("SIGTERM");
    const { code, signal } = await ended;
    expect(Date.now() - t0).toBeLessThan(500);
    expect(code ?? (signal === "SIGTERM" ? 143 : -1)).toBe(143);
    expect(tree(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    for (const f of tree(out)) JSON.parse(readFileSync(join(out, f), "utf8"));
  }, 120_000);
});
