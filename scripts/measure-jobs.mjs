#!/usr/bin/env node
// Where do worker threads start to pay? Times `parole -q -j 1` and `-j 2` on folders of N short
// articles (the project's own fixtures, cycled) and prints the ratio per N; the CLI's default
// --jobs uses one job below the smallest N where two jobs win (src/cli/run.ts, PARALLEL_FROM).
// Usage: node scripts/measure-jobs.mjs [N,N,…] [runs]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const sizes = (process.argv[2] ?? "25,50,100,200,400,800,1600,3200").split(",").map(Number);
const runs = Number(process.argv[3] ?? 3);
const root = new URL("..", import.meta.url).pathname;
const texts = readdirSync(join(root, "fixtures/fr")).map((d) => {
  try {
    return readFileSync(join(root, "fixtures/fr", d, "article.txt"), "utf8");
  } catch {
    return "";
  }
}).filter(Boolean);
const tmp = mkdtempSync(join(tmpdir(), "parole-jobs-"));
const time = (args) => {
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, [join(root, "bin/parole.js"), "-q", ...args], { stdio: ["ignore", "ignore", "inherit"] });
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
console.log(`cores ${availableParallelism()}, load ${loadavg()[0].toFixed(1)}, ${texts.length} fixture texts, best of ${runs}`);
console.log("articles  -j 1 ms  -j 2 ms  ratio");
try {
  for (const n of sizes) {
    const dir = join(tmp, String(n));
    mkdirSync(dir);
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `${String(i).padStart(6, "0")}.txt`), texts[i % texts.length]);
    let one = Infinity;
    let two = Infinity;
    for (let r = 0; r < runs; r++) {
      one = Math.min(one, time(["-j", "1", dir]));
      two = Math.min(two, time(["-j", "2", dir]));
    }
    console.log(`${String(n).padStart(8)}  ${one.toFixed(0).padStart(7)}  ${two.toFixed(0).padStart(7)}  ${(one / two).toFixed(2)}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
