#!/usr/bin/env node
/**
 * Compare two builds of parole (two copies of `dist/`) on the same machine, in one process:
 *
 *   node scripts/compare-builds.mjs OLD_DIST NEW_DIST [--corpus DIR] [--windows N]
 *
 * 1. Same output: every French article of the corpus and of fixtures/fr, and all of them
 *    concatenated, must give byte-identical JSON (a speed change must not change results).
 * 2. Speed of the whole extraction: windows of the corpus, alternating the builds, median
 *    MB/s of each and the median of the pair ratios.
 * 3. Time per stage: the minimum over the windows of each stage's µs per article, in both load
 *    orders (the build loaded second runs a few % slower here: trust a change that shows in both).
 *
 * Copy a build aside before changing the code (`cp -r dist /tmp/dist-old`), rebuild, then run
 * this with the two folders. Timings on a shared machine are noisy: compare ratios, not MB/s.
 */
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function die(message) {
  console.error(`compare-builds: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { dists: [], corpus: join(root, "..", "shared", "corpus", "dev"), windows: 21 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--corpus") o.corpus = argv[++i] ?? die("--corpus needs a folder");
    else if (a === "--windows") {
      o.windows = Number(argv[++i]);
      if (!Number.isInteger(o.windows) || o.windows < 3) die("--windows needs an integer ≥ 3");
    } else if (a.startsWith("--")) die(`unknown option ${a}`);
    else o.dists.push(resolve(a));
  }
  if (o.dists.length !== 2) die("usage: compare-builds.mjs OLD_DIST NEW_DIST [--corpus DIR] [--windows N]");
  for (const d of o.dists) if (!existsSync(join(d, "index.js"))) die(`${d}: no index.js (not a build of parole)`);
  return o;
}

/** The .txt files under `dir`, recursively ([] when it does not exist). */
function textFiles(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}

async function load(dist) {
  const [api, pipeline, assemble, scratch, extract] = await Promise.all([
    import(join(dist, "index.js")),
    import(join(dist, "core/pipeline.js")),
    import(join(dist, "core/stages/09-assemble.js")),
    import(join(dist, "core/scratch.js")),
    import(join(dist, "extract.js")),
  ]);
  return { api, ...pipeline, assemble: assemble.assemble, scratch: new scratch.Scratch(), chooseLanguage: extract.chooseLanguage };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function sameOutput(a, b, files) {
  const differ = [];
  for (const f of files) {
    const t = readFileSync(f, "utf8");
    if (JSON.stringify(a.api.extract(t, { lang: "fr" })) !== JSON.stringify(b.api.extract(t, { lang: "fr" }))) differ.push(f);
  }
  const all = files.map((f) => readFileSync(f, "utf8")).join("\n\n");
  const together = JSON.stringify(a.api.extract(all, { lang: "fr" })) === JSON.stringify(b.api.extract(all, { lang: "fr" }));
  return { differ, together };
}

/** MB/s of whole extractions over `reps` passes of the texts. */
function window(build, texts, bytes, reps) {
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const t of texts) build.api.extract(t);
  return (bytes * reps) / 1e6 / ((performance.now() - t0) / 1000);
}

/** Per stage, the µs per article of this window, folded into `best` as a minimum. */
function stageWindow(build, texts, reps, best) {
  const total = new Map();
  const add = (name, t0) => total.set(name, (total.get(name) ?? 0) + performance.now() - t0);
  for (let r = 0; r < reps; r++) {
    for (const t of texts) {
      let t0 = performance.now();
      build.chooseLanguage(t, "auto");
      add("language", t0);
      build.scratch.reset();
      const doc = build.newDoc(t, build.scratch);
      for (const stage of build.STAGES) {
        t0 = performance.now();
        stage(doc);
        add(stage.name, t0);
      }
      t0 = performance.now();
      build.assemble(doc);
      add("assemble", t0);
    }
  }
  for (const [name, ms] of total) best.set(name, Math.min(best.get(name) ?? Infinity, (ms * 1000) / (reps * texts.length)));
}

function stageTable(first, second, texts, windows) {
  const bestFirst = new Map();
  const bestSecond = new Map();
  for (let w = 0; w < windows; w++) {
    if (w % 2 === 0) {
      stageWindow(first, texts, 10, bestFirst);
      stageWindow(second, texts, 10, bestSecond);
    } else {
      stageWindow(second, texts, 10, bestSecond);
      stageWindow(first, texts, 10, bestFirst);
    }
  }
  return { bestFirst, bestSecond };
}

const o = parseArgs(process.argv.slice(2));
const corpus = textFiles(o.corpus);
const fixtures = textFiles(join(root, "fixtures", "fr"));
const texts = (corpus.length > 0 ? corpus : fixtures).map((f) => readFileSync(f, "utf8"));
if (texts.length === 0) die(`no .txt articles in ${o.corpus} nor in fixtures/fr`);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const [oldDist, newDist] = o.dists;
const A = await load(oldDist);
const B = await load(newDist);

const { differ, together } = sameOutput(A, B, [...corpus, ...fixtures]);
console.log(`same output: ${corpus.length + fixtures.length - differ.length} of ${corpus.length + fixtures.length} articles, concatenation ${together ? "same" : "DIFFERENT"}`);
for (const f of differ) console.log(`  differs: ${f}`);

// Warm both, then alternate windows (each about 0.3 s on the dev corpus).
const reps = Math.max(1, Math.round(600_000 / bytes));
for (let r = 0; r < 3; r++) {
  window(A, texts, bytes, reps);
  window(B, texts, bytes, reps);
}
const speedA = [];
const speedB = [];
for (let w = 0; w < o.windows; w++) {
  if (w % 2 === 0) {
    speedA.push(window(A, texts, bytes, reps));
    speedB.push(window(B, texts, bytes, reps));
  } else {
    speedB.push(window(B, texts, bytes, reps));
    speedA.push(window(A, texts, bytes, reps));
  }
}
const ratios = speedA.map((a, i) => speedB[i] / a);
console.log(`whole extraction (${texts.length} articles, ${(bytes / 1024).toFixed(1)} KB, ${o.windows} windows): old ${median(speedA).toFixed(2)} MB/s, new ${median(speedB).toFixed(2)} MB/s, new/old ${median(ratios).toFixed(3)} (median of pair ratios)`);

// Per stage. The windows alternate which build runs first; which was loaded first cannot change
// in one process, so the other load order is a second run with the folders swapped.
const { bestFirst, bestSecond } = stageTable(A, B, texts, o.windows);
console.log("µs per article, minimum over the windows (old loaded first):");
console.log(`  ${"stage".padEnd(12)} ${"old".padStart(8)} ${"new".padStart(8)}   change`);
let sumOld = 0;
let sumNew = 0;
for (const [name, old] of bestFirst) {
  const now = bestSecond.get(name);
  sumOld += old;
  sumNew += now;
  console.log(`  ${name.padEnd(12)} ${old.toFixed(2).padStart(8)} ${now.toFixed(2).padStart(8)}   ${((now / old - 1) * 100).toFixed(1).padStart(6)}%`);
}
console.log(`  ${"total".padEnd(12)} ${sumOld.toFixed(1).padStart(8)} ${sumNew.toFixed(1).padStart(8)}   ${((sumNew / sumOld - 1) * 100).toFixed(1).padStart(6)}%`);
console.log("(run again with the two folders swapped for the other load order)");
process.exit(differ.length === 0 && together ? 0 : 1);
