#!/usr/bin/env node
/**
 * parole's benchmark (issue 5): `npm run bench [-- --json] [-- --quick] [-- --runs N]`.
 *
 * Plain Node, run against the build (dist/): library throughput (and again on copies of the
 * articles whose names are made up anew for each one: names never repeat), fr-compromise on
 * the same text, throughput per article size (flatness), CLI cold start beside bare node, and
 * a folder of 10⁴ articles with --jobs 1 and --jobs 2 (articles/s, ratio, peak RSS; beside
 * them two independent processes on the halves, one half alone, the extraction alone in one
 * and in two processes, and the time V8's optimizing compiler takes per process). Every figure is the
 * median of several runs. Progress goes to stderr; the report (or the JSON) to stdout.
 *
 * Options:
 *   --json            print the figures as one JSON object instead of the text report
 *   --runs N          runs per figure (default 5; --quick: 1)
 *   --quick           small volumes, for a smoke run (about 20 s)
 *   --selftest        tiny volumes: every step runs once, the figures mean nothing (tests)
 *   --corpus DIR      French articles (*.txt); default ../shared/corpus/dev, else fixtures/fr
 *   --corpus-en DIR   English articles (*.txt); default ../shared/corpus/dev-en, else fixtures/en
 *   --folder-count N  articles in the generated folder (default 10000; --quick: 200)
 *   --only LIST       comma-separated steps: machine,library,stages,frc,buckets,cli,folder,en,web
 *   --report FILE     print the text report of a saved --json run, and nothing else
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, availableParallelism, loadavg, totalmem, tmpdir, platform, release } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const STEPS = ["machine", "library", "stages", "frc", "buckets", "cli", "folder", "en", "web"];
const MB = 1e6;

// ---- options ------------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { json: false, quick: false, runs: undefined, corpus: undefined, corpusEn: undefined, folderCount: undefined, only: new Set(STEPS) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) die(`${a} needs a value`);
      return v;
    };
    const count = () => {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1) die(`${a}: expected a whole number ≥ 1`);
      return Number(v);
    };
    if (a === "--json") o.json = true;
    else if (a === "--quick") o.quick = true;
    else if (a === "--selftest") o.selftest = o.quick = true;
    else if (a === "--runs") o.runs = count();
    else if (a === "--corpus") o.corpus = resolve(value());
    else if (a === "--corpus-en") o.corpusEn = resolve(value());
    else if (a === "--folder-count") o.folderCount = count();
    else if (a === "--report") o.report = resolve(value());
    else if (a === "--only") {
      const list = value().split(",").map((s) => s.trim()).filter(Boolean);
      for (const s of list) if (!STEPS.includes(s)) die(`--only: unknown step "${s}" (steps: ${STEPS.join(",")})`);
      o.only = new Set(["machine", ...list]);
    } else if (a === "-h" || a === "--help") {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(2, 20).map((l) => l.replace(/^ \*\/? ?/, "")).join("\n") + "\n");
      process.exit(0);
    } else die(`unknown option ${a}`);
  }
  o.runs ??= o.quick ? 1 : 5;
  o.folderCount ??= o.quick ? 200 : 10_000;
  // Volumes per run: the library on ≥ 20 MB; fr-compromise on ≥ 1 MB or 10 s, whichever first.
  o.libraryBytes = o.quick ? 1 * MB : 20 * MB;
  o.frcBytes = o.quick ? 0.05 * MB : 1 * MB;
  o.frcSeconds = o.quick ? 1 : 10;
  o.frcRuns = Math.min(o.runs, 3);
  o.bucketSizes = o.quick ? [1e3, 1e4, 1e5, 1e6] : [1e3, 1e4, 1e5, 1e6, 1e7];
  o.bucketBytes = o.quick ? 1 * MB : 10 * MB;
  o.cliSpawns = o.quick ? 3 : Math.max(10, o.runs * 2);
  o.folderRuns = Math.min(o.runs, 3);
  o.enBytes = o.quick ? 0.05 * MB : 2 * MB;
  o.enSeconds = o.quick ? 1 : 10;
  o.enRuns = Math.min(o.runs, 3);
  o.stageBytes = o.quick ? 0.2 * MB : 2 * MB;
  o.webPages = o.quick ? 40 : 400;
  o.webRuns = Math.min(o.runs, 3);
  if (o.selftest) {
    // Tiny volumes: checks that every step runs and the JSON has its shape (tests/bench.test.ts).
    Object.assign(o, { webPages: 6, libraryBytes: 0.05 * MB, stageBytes: 0.02 * MB, frcBytes: 0.01 * MB, frcSeconds: 0.5, bucketSizes: [1e3, 1e4], bucketBytes: 0.03 * MB, cliSpawns: 1, enBytes: 0.01 * MB, enSeconds: 0.5 });
    o.folderCount = Math.min(o.folderCount, 12);
  }
  return o;
}

function die(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}

function log(msg) {
  process.stderr.write(`bench: ${msg}\n`);
}

// ---- small helpers ------------------------------------------------------------------------------

/** Median of a list of numbers (mean of the two middle ones for even lengths). */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function round(x, digits = 2) {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const bytesOf = (s) => Buffer.byteLength(s, "utf8");

/** Articles in a folder: its *.txt files, else the fixtures layout NAME/article.txt. */
function articlesIn(dir) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const names = readdirSync(dir).sort();
  let files = names.filter((f) => f.endsWith(".txt")).map((f) => join(dir, f));
  if (files.length === 0) files = names.map((d) => join(dir, d, "article.txt")).filter((f) => existsSync(f));
  return files.map((path) => ({ path, text: readFileSync(path, "utf8") }));
}

function corpusOf(dir, articles) {
  return { dir, articles, bytes: articles.reduce((n, a) => n + bytesOf(a.text), 0) };
}

/** French corpus: --corpus, else ../shared/corpus/dev when present, else fixtures/fr. */
function loadCorpus(o) {
  const dir = o.corpus ?? [resolve(ROOT, "../shared/corpus/dev"), join(ROOT, "fixtures/fr")].find((d) => articlesIn(d).length > 0);
  const articles = dir === undefined ? [] : articlesIn(dir);
  if (articles.length === 0) die(`no articles (*.txt or */article.txt) in ${dir ?? "../shared/corpus/dev nor fixtures/fr"}`);
  return corpusOf(dir, articles);
}

/** English corpus: --corpus-en, else ../shared/corpus/dev-en when present, else fixtures/en. */
function loadEnglish(o) {
  const dir = o.corpusEn ?? [resolve(ROOT, "../shared/corpus/dev-en"), join(ROOT, "fixtures/en")].find((d) => articlesIn(d).length > 0);
  const articles = dir === undefined ? [] : articlesIn(dir);
  return articles.length === 0 ? undefined : corpusOf(dir, articles);
}

/** Articles in corpus order, cycled until `minBytes` is reached. */
function repeated(articles, minBytes) {
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const a = articles[i % articles.length];
    const b = bytesOf(a.text);
    out.push({ text: a.text, bytes: b });
    bytes += b;
  }
  return { list: out, bytes };
}

/**
 * Run `fn(r)` `wanted` times, fewer when one run is slow so a default bench stays within a few
 * minutes whatever the extractor's speed: at most 3 runs when the first took over 20 s, 1 over
 * 60 s. Each run resolves to an object with `seconds`; the array of runs is returned.
 */
async function repeatRuns(wanted, fn) {
  const runs = [await fn(0)];
  const first = runs[0].seconds;
  const n = first > 60 ? 1 : first > 20 ? Math.min(wanted, 3) : wanted;
  for (let r = 1; r < n; r++) runs.push(await fn(r));
  return runs;
}

/** Time `fn` over every article of `list`: { seconds, bytes, articles }. */
function timeOver(list, fn) {
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  for (const a of list) {
    fn(a.text);
    bytes += a.bytes;
  }
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, bytes, articles: list.length };
}

/** Cycle through `articles` until `minBytes` are done or `maxSeconds` have passed. */
function timeBounded(articles, minBytes, maxSeconds, fn) {
  const t0 = process.hrtime.bigint();
  let bytes = 0;
  let n = 0;
  let seconds = 0;
  for (let i = 0; bytes < minBytes && seconds < maxSeconds; i++) {
    const a = articles[i % articles.length];
    fn(a.text);
    bytes += bytesOf(a.text);
    n++;
    seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  return { seconds, bytes, articles: n };
}

// ---- steps --------------------------------------------------------------------------------------

function machine() {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    memory_gb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    os: `${platform()} ${release()}`,
    // Other work on the machine skews every figure: the load when the bench started.
    load_average: loadavg().map((x) => round(x, 2)),
  };
}

async function libraryThroughput(extract, corpus, o) {
  const { list, bytes } = repeated(corpus.articles, o.libraryBytes);
  // Warm-up: one pass over the corpus so the JIT and the lexicons' lazy tables are ready.
  for (const a of corpus.articles) extract(a.text);
  const runs = await repeatRuns(o.runs, (r) => {
    const t = timeOver(list, (text) => extract(text));
    log(`library run ${r + 1}/${o.runs}: ${(t.bytes / MB / t.seconds).toFixed(2)} MB/s (${t.seconds.toFixed(1)} s)`);
    return t;
  });
  return {
    options: "extract(text) (lang auto)",
    bytes,
    articles: list.length,
    runs_done: runs.length,
    mb_per_s: round(median(runs.map((t) => t.bytes / MB / t.seconds))),
    articles_per_s: round(median(runs.map((t) => t.articles / t.seconds)), 0),
    runs: runs.map((t) => round(t.bytes / MB / t.seconds)),
  };
}

/**
 * Step 1 again with names that never repeat: the corpus cycles its few articles, so the answers
 * parole remembers per word and per name are warmer than on an archive. Run after the other
 * in-process French steps, which the tens of thousands of made-up words would otherwise slow.
 */
async function freshNames(extract, corpus, o) {
  const { list } = repeated(corpus.articles, o.libraryBytes);
  const runs = await repeatRuns(Math.min(o.runs, 3), (r) => {
    const fresh = list.map((a, i) => {
      const text = withFreshNames(a.text, r * list.length + i);
      return { text, bytes: bytesOf(text) };
    });
    const t = timeOver(fresh, (text) => extract(text));
    log(`library, fresh names, run ${r + 1}: ${(t.bytes / MB / t.seconds).toFixed(2)} MB/s (${t.seconds.toFixed(1)} s)`);
    return t;
  });
  return { mb_per_s: round(median(runs.map((t) => t.bytes / MB / t.seconds))), runs: runs.map((t) => round(t.bytes / MB / t.seconds)) };
}

/**
 * A capitalised word of five letters or more inside a sentence (after a lower-case word or a
 * comma): names of people, firms, places — not the words that open a sentence.
 */
const NAME_LIKE = /(?<=[\p{Ll},] )\p{Lu}\p{Ll}{4,}(?![\p{L}\p{N}])/gu;

/**
 * `text` with each NAME_LIKE word replaced by a made-up name (the same word by the same name
 * within the copy), different for every `copy` number: deterministic.
 */
function withFreshNames(text, copy) {
  let seed = (copy * 2654435761 + 1) >>> 0;
  const next = (k) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const consonants = "bcdfgjklmnprstvz";
  const vowels = "aeiou";
  const names = new Map();
  return text.replace(NAME_LIKE, (word) => {
    let name = names.get(word);
    if (name === undefined) {
      name = consonants[next(consonants.length)].toUpperCase();
      for (let i = 1; i < 7; i++) name += i % 2 ? vowels[next(vowels.length)] : consonants[next(consonants.length)];
      names.set(word, name);
    }
    return name;
  });
}

/**
 * Where the time goes, stage by stage, on the corpus (≥ 2 MB): language detection, each French
 * stage, then assembly. Uses dist/ internals (core/pipeline.js's STAGES and onSharedScratch, the
 * Doc on the working memory extraction reuses), so it reports "skipped" rather than fail when they
 * move.
 */
async function stageShares(corpus, o) {
  let STAGES, onSharedScratch, assemble, chooseLanguage;
  try {
    ({ STAGES, onSharedScratch } = await import(pathToFileURL(join(ROOT, "dist/core/pipeline.js")).href));
    ({ assemble } = await import(pathToFileURL(join(ROOT, "dist/core/stages/09-assemble.js")).href));
    ({ chooseLanguage } = await import(pathToFileURL(join(ROOT, "dist/extract.js")).href));
    if (!Array.isArray(STAGES) || typeof onSharedScratch !== "function" || typeof assemble !== "function" || typeof chooseLanguage !== "function") throw new Error("internal API changed");
  } catch (err) {
    return { skipped: `pipeline internals not found (${err.message.split("\n")[0]})` };
  }
  const names = ["language detection (franc)", ...STAGES.map((st, i) => st.name || `stage ${i + 1}`), "assemble"];
  const ns = new Array(names.length).fill(0);
  const { list, bytes } = repeated(corpus.articles, o.stageBytes);
  const once = (text, acc) => {
    let t = process.hrtime.bigint();
    const lap = (k) => {
      const now = process.hrtime.bigint();
      if (acc) acc[k] += Number(now - t);
      t = now;
    };
    chooseLanguage(text, "auto");
    lap(0);
    onSharedScratch(text, (doc) => {
      STAGES.forEach((stage, k) => {
        stage(doc);
        lap(k + 1);
      });
      assemble(doc);
      lap(names.length - 1);
    });
  };
  for (const a of corpus.articles) once(a.text); // warm-up
  for (const a of list) once(a.text, ns);
  const total = ns.reduce((x, y) => x + y, 0);
  const rows = names.map((name, k) => ({ stage: name, ms_per_mb: round(ns[k] / 1e6 / (bytes / MB), 1), share: round(ns[k] / total, 3) }));
  log(`stages: ${rows.map((r) => `${r.stage} ${(r.share * 100).toFixed(0)}%`).join(", ")}`);
  return { bytes, total_mb_per_s: round(bytes / MB / (total / 1e9)), stages: rows };
}

async function frCompromise(corpus, o, paroleMbps, extract) {
  const t0 = performance.now();
  let nlp;
  try {
    nlp = (await import("fr-compromise")).default;
  } catch (err) {
    return { skipped: `fr-compromise not installed (${err.message.split("\n")[0]})` };
  }
  const importMs = performance.now() - t0;
  nlp(corpus.articles[0].text).json(); // warm-up
  const runs = await repeatRuns(o.frcRuns, (r) => {
    const t = timeBounded(corpus.articles, o.frcBytes, o.frcSeconds, (text) => nlp(text).json());
    log(`fr-compromise run ${r + 1}/${o.frcRuns}: ${(t.bytes / MB / t.seconds).toFixed(3)} MB/s on ${(t.bytes / MB).toFixed(2)} MB`);
    return t;
  });
  const mbps = median(runs.map((t) => t.bytes / MB / t.seconds));
  // parole on exactly the slice fr-compromise saw (same articles, same order).
  const slice = repeated(corpus.articles, median(runs.map((t) => t.bytes)));
  const same = await repeatRuns(o.runs, () => timeOver(slice.list, (text) => extract(text)));
  const sameMbps = median(same.map((t) => t.bytes / MB / t.seconds));
  return {
    call: "nlp(text).json()",
    import_ms: round(importMs, 0),
    slice: `first ${(slice.bytes / MB).toFixed(2)} MB of the corpus stream (≥ ${o.frcBytes / MB} MB or ≥ ${o.frcSeconds} s per run, whichever first), ${runs.length} runs`,
    bytes: round(median(runs.map((t) => t.bytes)), 0),
    mb_per_s: round(mbps, 3),
    articles_per_s: round(median(runs.map((t) => t.articles / t.seconds)), 1),
    parole_mb_per_s_same_slice: round(sameMbps),
    ratio: round(paroleMbps / mbps, 1),
    ratio_same_slice: round(sameMbps / mbps, 1),
  };
}

/** Paywall and comment markers: the extractor rightly ignores everything after them. */
const PAGE_END = /^(il vous reste \d|la suite est réservée|cet article est réservé|ajouter un commentaire|commentaires?\b|réagissez|vous avez lu \d|lire aussi|abonnez-vous)/i;
const count = (s, c) => s.split(c).length - 1;

/**
 * Real body paragraphs of the corpus (one per line): at least 80 characters (no titles,
 * headings or bylines), quotation marks balanced within the paragraph (a quote opened in one
 * paragraph and closed in another would pair up wrongly once shuffled), no page furniture.
 */
function paragraphsOf(corpus) {
  const out = [];
  for (const a of corpus.articles) {
    for (const p of a.text.split(/\n+/)) {
      const t = p.trim();
      if (t.length < 80 || PAGE_END.test(t)) continue;
      if (count(t, "«") !== count(t, "»") || count(t, "“") !== count(t, "”") || count(t, '"') % 2 !== 0) continue;
      out.push({ text: t, bytes: bytesOf(t) + 2 });
    }
  }
  if (out.length === 0) die("no body paragraphs in the corpus to build the size buckets from");
  return out;
}

/** How far into the text the extractor reported anything (0..1): below ~0.9 it stopped early. */
function coverage(result, text) {
  let last = 0;
  for (const q of result.quotes ?? []) last = Math.max(last, q.end);
  for (const e of [...(result.people ?? []), ...(result.organizations ?? [])]) for (const m of e.mentions ?? []) last = Math.max(last, m.end);
  return last / [...text].length;
}

/**
 * Synthetic article of about `size` bytes: whole real paragraphs from paragraph `from` on,
 * blank-line separated. Paragraphs that would overshoot by more than 10% are passed over, so
 * the 1 KB bucket is made of short paragraphs rather than one long one.
 */
function synthetic(paras, size, from) {
  const parts = [];
  let bytes = 0;
  const all = paras.reduce((n, p) => n + p.bytes, 0);
  const passes = Math.ceil(size / all) + 1;
  for (let i = from; bytes < size && i < from + paras.length * passes; i++) {
    const p = paras[i % paras.length];
    if (bytes + p.bytes > size * 1.1 && !(parts.length === 0 && p.bytes <= size * 1.5)) continue;
    parts.push(p.text);
    bytes += p.bytes;
  }
  if (parts.length === 0) parts.push(paras[from % paras.length].text);
  return parts.join("\n\n") + "\n";
}

async function buckets(extract, corpus, o, libraryMbps) {
  const paras = paragraphsOf(corpus);
  // About 4 s of work per run at the library's measured speed, capped at the nominal volume:
  // the full 10 MB per bucket once the extractor meets its 10 MB/s target.
  const volume = libraryMbps ? Math.min(o.bucketBytes, Math.max(0.25 * MB, libraryMbps * MB * 4)) : o.bucketBytes;
  const sets = [];
  for (const size of o.bucketSizes) {
    // Distinct articles (each starts at another paragraph), cycled to reach the volume.
    const distinct = Math.max(1, Math.min(64, Math.round(volume / size)));
    const articles = [];
    for (let k = 0; k < distinct; k++) {
      const text = synthetic(paras, size, (k * 7) % paras.length);
      articles.push({ text, bytes: bytesOf(text) });
    }
    const list = [];
    let bytes = 0;
    for (let i = 0; bytes < volume; i++) {
      const a = articles[i % articles.length];
      list.push(a);
      bytes += a.bytes;
    }
    // Warm-up, and a check that the extractor read the whole synthetic article.
    const covered = coverage(extract(articles[0].text), articles[0].text);
    if (covered < 0.9) log(`WARNING bucket ${label(size)}: results end at ${(covered * 100).toFixed(0)}% of the text: the extractor stopped early`);
    sets.push({ size, articles, list, covered, runs: [] });
  }
  // Each round times every size once, so a change in machine load between rounds hits all
  // sizes alike instead of skewing the flatness ratio.
  await repeatRuns(o.runs, (r) => {
    let seconds = 0;
    for (const set of sets) {
      const t = timeOver(set.list, (text) => extract(text));
      set.runs.push(t);
      seconds += t.seconds;
    }
    log(`buckets round ${r + 1}/${o.runs}: ${sets.map((x) => `${label(x.size)} ${(x.runs[r].bytes / MB / x.runs[r].seconds).toFixed(2)}`).join(", ")} MB/s`);
    return { seconds };
  });
  const out = sets.map(({ size, articles, list, covered, runs }) => ({
    bucket: label(size),
    article_bytes: articles[0].bytes,
    articles_per_run: list.length,
    mb_per_s: round(median(runs.map((t) => t.bytes / MB / t.seconds))),
    runs_done: runs.length,
    coverage: round(covered),
    ms_per_article: round((median(runs.map((t) => t.seconds)) * 1000) / list.length, 3),
  }));
  const ref = out.find((b) => b.bucket === "10 KB");
  const big = out[out.length - 1];
  const ratio = ref && big ? big.mb_per_s / ref.mb_per_s : null;
  return {
    sizes: out,
    flatness: {
      compared: `${big?.bucket} vs 10 KB`,
      ratio: round(ratio),
      target: "0.8–1.2 (10 MB within 20% of 10 KB)",
      // Below 0.8: a stage grows faster than linearly. Above 1.2: a fixed cost per article
      // (language detection, setup) dominates small articles.
      ok: ratio !== null ? ratio >= 0.8 && ratio <= 1.2 : null,
    },
  };
}

function label(bytes) {
  if (bytes >= 1e6) return `${round(bytes / 1e6, 1)} MB`;
  if (bytes >= 1e3) return `${round(bytes / 1e3, 1)} KB`;
  return `${bytes} B`;
}

function wallMs(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * MB, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cliSingle(corpus, o) {
  // The article of median size stands for "one article".
  const bySize = [...corpus.articles].sort((a, b) => bytesOf(a.text) - bytesOf(b.text));
  const article = bySize[bySize.length >> 1];
  const bin = join(ROOT, "bin/parole.js");
  // One untimed spawn each: fills the OS file cache.
  const first = wallMs(process.execPath, [bin, article.path]);
  if (first.status !== 0) return { error: `parole exited ${first.status}: ${first.stderr.trim().split("\n")[0]}` };
  try {
    JSON.parse(first.stdout);
  } catch {
    return { error: "parole did not print one JSON object" };
  }
  wallMs(process.execPath, ["-e", "0"]);
  // CPU time of the process itself (user + system, start-up included), printed at exit by a
  // preloaded module: on a shared machine it varies far less than wall time.
  const dir = mkdtempSync(join(tmpdir(), "parole-bench-cpu-"));
  const preload = join(dir, "cpu.mjs");
  writeFileSync(preload, 'import { writeSync } from "node:fs";\nprocess.on("exit", () => { const u = process.cpuUsage(); writeSync(2, `\\nBENCH_CPU ${(u.user + u.system) / 1000}\\n`); });\n');
  const cpuMs = (args) => {
    const r = wallMs(process.execPath, ["--import", pathToFileURL(preload).href, ...args]);
    const m = /BENCH_CPU ([\d.]+)/.exec(r.stderr ?? "");
    return m ? Number(m[1]) : NaN;
  };
  const cli = [];
  const bare = [];
  const cliCpu = [];
  const bareCpu = [];
  // Interleaved, so drift in machine load hits both alike.
  try {
    for (let i = 0; i < o.cliSpawns; i++) {
      bare.push(wallMs(process.execPath, ["-e", "0"]).ms);
      cli.push(wallMs(process.execPath, [bin, article.path]).ms);
      bareCpu.push(cpuMs(["-e", "0"]));
      cliCpu.push(cpuMs([bin, article.path]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const c = median(cli);
  const b = median(bare);
  log(`cli one article: ${c.toFixed(1)} ms, bare node ${b.toFixed(1)} ms`);
  return {
    article: relative(corpus.dir, article.path),
    article_bytes: bytesOf(article.text),
    spawns: o.cliSpawns,
    parole_ms: round(c, 1),
    bare_node_ms: round(b, 1),
    overhead_ms: round(c - b, 1),
    parole_cpu_ms: round(median(cliCpu), 1),
    bare_node_cpu_ms: round(median(bareCpu), 1),
    overhead_cpu_ms: round(median(cliCpu) - median(bareCpu), 1),
    target: "overhead ≤ 80 ms",
    ok: c - b <= 80,
  };
}

/**
 * Write `count` articles (cycled from the corpus) into a fresh temporary folder, in two
 * halves (h0/, h1/) so that two independent processes can each take one (the ceiling run).
 */
function makeFolder(corpus, count) {
  const dir = mkdtempSync(join(tmpdir(), "parole-bench-"));
  const halves = [join(dir, "h0"), join(dir, "h1")];
  for (const h of halves) mkdirSync(h);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const a = corpus.articles[i % corpus.articles.length];
    writeFileSync(join(halves[i < count / 2 ? 0 : 1], `a${String(i).padStart(6, "0")}.txt`), a.text);
    bytes += bytesOf(a.text);
  }
  return { dir, halves, bytes };
}

const GNU_TIME = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p) && spawnSync(p, ["-f", "%M", "true"]).status === 0);

/**
 * Run the CLI once over the folder; wall time and peak RSS. Worker threads share the main
 * process, so its peak RSS covers them: GNU time's %M when present, else polling VmHWM.
 */
function runFolder(dir, jobs, nodeFlags = []) {
  return new Promise((done, fail) => {
    const bin = join(ROOT, "bin/parole.js");
    const args = [...nodeFlags, bin, dir, "--jobs", String(jobs), "--quiet"];
    const rssFile = join(tmpdir(), `parole-bench-rss-${process.pid}-${jobs}-${basename(dir)}`);
    const out = openSync("/dev/null", "w");
    const [cmd, argv] = GNU_TIME ? [GNU_TIME, ["-f", "%M", "-o", rssFile, process.execPath, ...args]] : [process.execPath, args];
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { stdio: ["ignore", out, "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let polledKb = 0;
    const poll = GNU_TIME
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (m) polledKb = Math.max(polledKb, Number(m[1]));
          } catch {
            /* exited between polls */
          }
        }, 20);
    child.on("error", fail);
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (poll) clearInterval(poll);
      closeSync(out);
      let rssKb = polledKb;
      if (GNU_TIME) {
        try {
          rssKb = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop());
          rmSync(rssFile, { force: true });
        } catch {
          rssKb = 0;
        }
      }
      if (code !== 0) fail(new Error(`parole --jobs ${jobs} exited ${code}: ${stderr.trim().split("\n").slice(-2).join(" ")}`));
      else done({ seconds, rssMb: rssKb / 1024 });
    });
  });
}

/**
 * What two cores give this workload with no sharing at all: two independent `--jobs 1`
 * processes, one per half of the folder, started together; wall time until both are done.
 */
async function runPair(halves) {
  const t0 = process.hrtime.bigint();
  await Promise.all(halves.map((h) => runFolder(h, 1)));
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

/**
 * The library alone, without the CLI, in a child process on one half of the folder: read the
 * half, extract every article once to warm up, then time a second pass. Resolves to MB/s.
 */
const LIBRARY_CHILD = `
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
const { extract } = await import(process.env.PAROLE_INDEX);
const dir = process.env.PAROLE_HALF;
const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
for (const t of texts) extract(t);
let bytes = 0;
const t0 = process.hrtime.bigint();
for (const t of texts) { extract(t); bytes += Buffer.byteLength(t); }
process.stdout.write(String(bytes / 1e6 / (Number(process.hrtime.bigint() - t0) / 1e9)));`;

function libraryChild(half) {
  return new Promise((done, fail) => {
    const env = { ...process.env, PAROLE_INDEX: pathToFileURL(join(ROOT, "dist/index.js")).href, PAROLE_HALF: half };
    const child = spawn(process.execPath, ["--input-type=module", "-e", LIBRARY_CHILD], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done(Number(out)) : fail(new Error(`library child exited ${code}: ${err.trim().split("\n").pop()}`))));
  });
}

async function folder(corpus, o) {
  const { dir, halves, bytes } = makeFolder(corpus, o.folderCount);
  log(`folder: ${o.folderCount} articles (${label(bytes)}) in ${dir}`);
  try {
    const result = { articles: o.folderCount, bytes, runs_each: o.folderRuns, rss_method: GNU_TIME ? `${GNU_TIME} %M` : "/proc VmHWM polling" };
    // --jobs 1 and --jobs 2 alternate, so a change in machine load (or a rebuild) between
    // runs hits both alike; the run count is capped from the first pair's duration.
    const runs = { 1: [], 2: [] };
    const pairs = [];
    /** --jobs 1 with V8's optimizing compiler on the main thread (see `compile_seconds`). */
    const compiling = [];
    /** The library alone, warmed up, in one process and in two at once (see `library_two_processes`). */
    const libraryRuns = [];
    /** One half of the folder through one --jobs 1 process, the other core free (see `half_alone`). */
    const halfAlone = [];
    await repeatRuns(o.folderRuns, async (r) => {
      let seconds = 0;
      for (const jobs of [1, 2]) {
        const t = await runFolder(dir, jobs);
        runs[jobs].push(t);
        seconds = Math.max(seconds, t.seconds);
        log(`folder --jobs ${jobs} run ${r + 1}/${o.folderRuns}: ${(o.folderCount / t.seconds).toFixed(0)} articles/s, peak RSS ${t.rssMb.toFixed(0)} MB`);
      }
      const pair = await runPair(halves);
      pairs.push(pair);
      log(`folder, two --jobs 1 processes on the halves at once, run ${r + 1}/${o.folderRuns}: ${(o.folderCount / pair.seconds).toFixed(0)} articles/s`);
      const half = await runFolder(halves[0], 1);
      halfAlone.push(half);
      log(`folder, one half alone with --jobs 1, run ${r + 1}/${o.folderRuns}: ${half.seconds.toFixed(2)} s`);
      const inline = await runFolder(dir, 1, ["--no-concurrent-recompilation"]);
      compiling.push(inline);
      log(`folder --jobs 1, V8 compiling on the main thread, run ${r + 1}/${o.folderRuns}: ${inline.seconds.toFixed(2)} s`);
      const alone = await libraryChild(halves[0]);
      const together = await Promise.all(halves.map(libraryChild));
      libraryRuns.push({ alone, together: together[0] + together[1] });
      log(`library on half the folder, warmed up: ${alone.toFixed(2)} MB/s alone, ${together.map((x) => x.toFixed(2)).join(" + ")} MB/s two processes at once`);
      return { seconds };
    });
    for (const jobs of [1, 2]) {
      const s = median(runs[jobs].map((t) => t.seconds));
      result[`jobs${jobs}`] = {
        runs_done: runs[jobs].length,
        seconds: round(s),
        articles_per_s: round(o.folderCount / s, 0),
        mb_per_s: round(bytes / MB / s),
        peak_rss_mb: round(Math.max(...runs[jobs].map((t) => t.rssMb)), 0),
      };
    }
    const ratio = result.jobs2.articles_per_s / result.jobs1.articles_per_s;
    result.ratio = round(ratio);
    // The ceiling: how far two cores of this machine go on this workload without any
    // coordination; --jobs 2 can only approach it.
    const pairSeconds = median(pairs.map((t) => t.seconds));
    result.two_processes = {
      seconds: round(pairSeconds),
      articles_per_s: round(o.folderCount / pairSeconds, 0),
      ratio_to_jobs1: round(o.folderCount / pairSeconds / result.jobs1.articles_per_s),
    };
    // Why two jobs gain little on 10⁴ articles: V8's optimizing compiler works on a thread of
    // its own, on the idle second core when one job runs; each worker compiles the same code
    // again, on cores that are busy. Its cost is how much longer --jobs 1 takes when it compiles
    // on the main thread instead.
    result.compile_seconds = round(median(compiling.map((t) => t.seconds)) - result.jobs1.seconds);
    // Half the folder through one process with the other core free for its compiler: no run
    // that gives each of two workers half the folder can end sooner, so this bounds the ratio.
    const half = median(halfAlone.map((t) => t.seconds));
    result.half_alone = { seconds: round(half), best_ratio: round(result.jobs1.seconds / half) };
    // And what the two cores give the extraction itself, warmed up and without the CLI.
    const alone = median(libraryRuns.map((x) => x.alone));
    const together = median(libraryRuns.map((x) => x.together));
    result.library_two_processes = { alone_mb_per_s: round(alone), together_mb_per_s: round(together), ratio: round(together / alone) };
    result.targets = { ratio: "≥ 1.7", peak_rss: "≤ 200 MB" };
    result.ok = { ratio: ratio >= 1.7, peak_rss: Math.max(result.jobs1.peak_rss_mb, result.jobs2.peak_rss_mb) <= 200 };
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function english(extract, o) {
  const en = loadEnglish(o);
  if (!en) return { skipped: "no English corpus" };
  for (const a of en.articles) extract(a.text, { lang: "en" }); // warm-up
  const runs = await repeatRuns(o.enRuns, (r) => {
    const t = timeBounded(en.articles, o.enBytes, o.enSeconds, (text) => extract(text, { lang: "en" }));
    log(`english run ${r + 1}/${o.enRuns}: ${(t.bytes / MB / t.seconds).toFixed(3)} MB/s on ${(t.bytes / MB).toFixed(2)} MB`);
    return t;
  });
  return {
    corpus: en.dir,
    articles_in_corpus: en.articles.length,
    options: 'extract(text, { lang: "en" })',
    volume: `≥ ${en.bytes > 0 ? o.enBytes / MB : 0} MB or ≥ ${o.enSeconds} s per run, whichever first; ${runs.length} runs`,
    bytes: round(median(runs.map((t) => t.bytes)), 0),
    mb_per_s: round(median(runs.map((t) => t.bytes / MB / t.seconds)), 3),
    articles_per_s: round(median(runs.map((t) => t.articles / t.seconds)), 1),
  };
}

/** An article's text as a news page: head with meta tags, a menu, the article, a footer. */
function asPage(text, i) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const [title, ...paras] = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const menu = Array.from({ length: 25 }, (_, k) => `<li><a href="/rubrique-${k}">Rubrique ${k}</a></li>`).join("");
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${esc(title ?? "")} | Le Journal</title>
<link rel="canonical" href="https://journal.example/article-${i}"><meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2024-03-05T08:00:00+01:00"><script>window.dataLayer=[];</script></head>
<body><header><nav><ul>${menu}</ul></nav></header><main><article><h1>${esc(title ?? "")}</h1>
${paras.map((p) => `<p>${esc(p)}</p>`).join("\n")}
</article><aside><h2>Les plus lus</h2><ul>${menu}</ul></aside></main><footer><p>© Le Journal</p></footer></body></html>`;
}

/**
 * HTML pages and WARC records against the text path, in the same run on the same articles:
 * each corpus article as a page (the text, a menu, an aside, a footer), read with
 * linkedom + Readability then extracted; and the same pages as response records of a gzip'd
 * WARC, read through the runner's WARC reader. The figure to watch: how much the DOM and
 * Readability add to the quote pipeline (aim: no more than it).
 */
async function web(extract, corpus, o) {
  const { readPage, decodeHtml } = await import(pathToFileURL(join(ROOT, "dist/runner/html.js")).href);
  const { warcItems } = await import(pathToFileURL(join(ROOT, "dist/runner/warc.js")).href);
  const { WARCRecord, WARCSerializer } = await import("warcio");
  const list = [];
  for (let i = 0; list.length < o.webPages; i++) {
    const a = corpus.articles[i % corpus.articles.length];
    list.push({ text: a.text, html: asPage(a.text, i) });
  }
  const dir = mkdtempSync(join(tmpdir(), "parole-bench-web-"));
  try {
    const file = join(dir, "pages.warc.gz");
    const parts = [];
    for (const [i, p] of list.entries()) {
      const rec = await WARCRecord.create(
        { url: `https://journal.example/article-${i}`, date: "2024-03-05T10:00:00Z", type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": "text/html; charset=utf-8" }, statusline: "HTTP/1.1 200 OK" },
        (async function* () { yield Buffer.from(p.html); })(),
      );
      parts.push(await WARCSerializer.serialize(rec, { gzip: true }));
    }
    writeFileSync(file, Buffer.concat(parts));
    // Warm-up of every path.
    for (const p of list.slice(0, Math.min(list.length, 20))) extract(readPage(p.html).text), extract(p.text);
    const time = (fn) => {
      const t0 = process.hrtime.bigint();
      fn();
      return Number(process.hrtime.bigint() - t0) / 1e9;
    };
    const runs = [];
    for (let r = 0; r < o.webRuns; r++) {
      const textS = time(() => { for (const p of list) extract(p.text); });
      let readS = 0;
      const htmlS = time(() => {
        for (const p of list) {
          const t0 = process.hrtime.bigint();
          const page = readPage(p.html);
          readS += Number(process.hrtime.bigint() - t0) / 1e9;
          extract(page.text);
        }
      });
      const w0 = process.hrtime.bigint();
      let records = 0;
      for await (const item of warcItems(file, { keepSkipped: false })) {
        if (!item.task) continue;
        const page = readPage(decodeHtml(item.task.bytes, undefined, item.task.charset).text, { url: item.task.warc.warc_target_uri });
        extract(page.text);
        records++;
      }
      const warcS = Number(process.hrtime.bigint() - w0) / 1e9;
      log(`web run ${r + 1}/${o.webRuns}: text ${(list.length / textS).toFixed(0)} articles/s, HTML ${(list.length / htmlS).toFixed(0)} pages/s, WARC ${(records / warcS).toFixed(0)} records/s`);
      runs.push({ textS, htmlS, readS, warcS, records });
    }
    const med = (f) => median(runs.map(f));
    const textPerS = med((x) => list.length / x.textS);
    const htmlPerS = med((x) => list.length / x.htmlS);
    const warcPerS = med((x) => x.records / x.warcS);
    return {
      pages: list.length,
      html_bytes: list.reduce((n, p) => n + bytesOf(p.html), 0),
      text_articles_per_s: round(textPerS, 1),
      html_pages_per_s: round(htmlPerS, 1),
      warc_records_per_s: round(warcPerS, 1),
      html_to_text_ratio: round(htmlPerS / textPerS),
      warc_to_text_ratio: round(warcPerS / textPerS),
      // DOM + Readability per page against the quote pipeline per article.
      read_ms_per_page: round(med((x) => (x.readS / list.length) * 1000)),
      pipeline_ms_per_article: round(med((x) => (x.textS / list.length) * 1000)),
      runs_done: runs.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- report -------------------------------------------------------------------------------------

function text(r) {
  const L = [];
  const m = r.machine;
  L.push(`parole benchmark — ${r.date}${r.quick ? " (QUICK: small volumes, not comparable)" : ""}`);
  L.push(`machine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, Node ${m.node}, ${m.os}; load average at start ${m.load_average.join(" ")}`);
  L.push(`corpus: ${r.corpus.dir} (${r.corpus.articles} articles, ${label(r.corpus.bytes)}); median of ${r.runs} runs unless said`);
  L.push("");
  const mark = (ok) => (ok === null || ok === undefined ? "" : ok ? "  [ok]" : "  [MISSED]");
  if (r.library) {
    const x = r.library;
    L.push(`1. library, one thread: ${x.mb_per_s} MB/s, ${x.articles_per_s} articles/s  (${label(x.bytes)} per run, median of ${x.runs_done}, ${x.options}; target ≥ 10 MB/s)${mark(x.mb_per_s >= 10)}`);
    if (x.fresh_names_mb_per_s !== undefined) L.push(`   the same with every name made up anew for each article (names never repeat, as in an archive): ${x.fresh_names_mb_per_s} MB/s (median of ${x.fresh_names_runs.length})`);
  }
  if (r.stages) {
    const x = r.stages;
    if (x.skipped) L.push(`   time by stage: skipped (${x.skipped})`);
    else {
      L.push(`   time by stage (${label(x.bytes)}, ${x.total_mb_per_s} MB/s without I/O):`);
      for (const st of x.stages) L.push(`     ${st.stage.padEnd(28)} ${String(st.ms_per_mb).padStart(8)} ms/MB  ${String(round(st.share * 100, 1)).padStart(5)}%`);
    }
  }
  if (r.fr_compromise) {
    const x = r.fr_compromise;
    if (x.skipped) L.push(`2. fr-compromise: skipped (${x.skipped})`);
    else {
      L.push(`2. fr-compromise ${x.call}: ${x.mb_per_s} MB/s, ${x.articles_per_s} articles/s (import ${x.import_ms} ms)`);
      L.push(`   timed on a smaller slice: ${x.slice}`);
      L.push(`   parole / fr-compromise: ${x.ratio}× (parole on the same slice: ${x.parole_mb_per_s_same_slice} MB/s, ${x.ratio_same_slice}×; target ≥ 50×)${mark(x.ratio >= 50)}`);
    }
  }
  if (r.buckets) {
    L.push(`3. throughput by article size:`);
    for (const b of r.buckets.sizes) L.push(`   ${b.bucket.padEnd(7)} ${String(b.mb_per_s).padStart(7)} MB/s  ${String(b.ms_per_article).padStart(10)} ms/article  (${b.articles_per_run} × ${label(b.article_bytes)} per run, median of ${b.runs_done})${b.coverage < 0.9 ? `  WARNING: results stop at ${Math.round(b.coverage * 100)}% of the text` : ""}`);
    const f = r.buckets.flatness;
    const why = f.ratio > 1.2 ? " — rises with size: a fixed cost per article weighs on small ones" : f.ratio < 0.8 ? " — falls with size: a stage grows faster than linearly" : "";
    L.push(`   flatness ${f.compared}: ${f.ratio} (target ${f.target})${mark(f.ok)}${why}`);
  }
  if (r.cli) {
    const x = r.cli;
    if (x.error) L.push(`4. CLI one article: ERROR ${x.error}`);
    else L.push(`4. CLI one article (${x.article}, ${label(x.article_bytes)}): ${x.parole_ms} ms wall; bare node -e 0: ${x.bare_node_ms} ms; overhead ${x.overhead_ms} ms (median of ${x.spawns}; target ≤ 80 ms)${mark(x.ok)}`);
    if (!x.error && x.parole_cpu_ms !== undefined) L.push(`   CPU time (user+sys): parole ${x.parole_cpu_ms} ms, bare node ${x.bare_node_cpu_ms} ms, overhead ${x.overhead_cpu_ms} ms`);
  }
  if (r.folder) {
    const x = r.folder;
    if (x.error) L.push(`5. folder: ERROR ${x.error}`);
    else {
      L.push(`5. folder of ${x.articles} articles (${label(x.bytes)}) through the CLI, --quiet, stdout to /dev/null:`);
      for (const k of ["jobs1", "jobs2"]) {
        const j = x[k];
        L.push(`   --jobs ${k.slice(4)}: ${j.articles_per_s} articles/s (${j.mb_per_s} MB/s, ${j.seconds} s, median of ${j.runs_done}), peak RSS ${j.peak_rss_mb} MB`);
      }
      L.push(`   ratio ${x.ratio}× (target ≥ 1.7)${mark(x.ok.ratio)}; peak RSS target ≤ 200 MB${mark(x.ok.peak_rss)}  [RSS: ${x.rss_method}]`);
      if (x.two_processes) {
        L.push(`   ceiling of this workload: two independent --jobs 1 processes, one per half, at once: ${x.two_processes.articles_per_s} articles/s, ${x.two_processes.ratio_to_jobs1}× one job`);
        if (x.library_two_processes) L.push(`   the extraction alone (library, warmed up, no CLI) on the halves: ${x.library_two_processes.alone_mb_per_s} MB/s in one process, ${x.library_two_processes.together_mb_per_s} MB/s in two at once: ×${x.library_two_processes.ratio}`);
        if (x.half_alone) L.push(`   half the folder through one --jobs 1 process, the other core free: ${x.half_alone.seconds} s: two jobs give each worker half the folder and no free core, so ×${x.half_alone.best_ratio} is more than they can reach`);
        if (x.compile_seconds !== undefined) L.push(`   V8's optimizing compiler: ${x.compile_seconds} s per process (--jobs 1 takes that much longer compiling on its main thread; one job compiles on the idle core, each of two workers again on busy ones)`);
      }
    }
  }
  if (r.english) {
    const x = r.english;
    if (x.skipped) L.push(`6. English: skipped (${x.skipped})`);
    else L.push(`6. English, one thread: ${x.mb_per_s} MB/s, ${x.articles_per_s} articles/s  (${x.options}; ${x.volume})`);
  }
  if (r.web) {
    const x = r.web;
    if (x.error) L.push(`7. HTML and WARC: ERROR ${x.error}`);
    else {
      L.push(`7. HTML and WARC, one thread, ${x.pages} pages (${label(x.html_bytes)} of HTML) made from the corpus articles, median of ${x.runs_done}:`);
      L.push(`   text ${x.text_articles_per_s} articles/s; HTML pages ${x.html_pages_per_s}/s (×${x.html_to_text_ratio} of text); WARC records ${x.warc_records_per_s}/s (×${x.warc_to_text_ratio})`);
      L.push(`   DOM + Readability ${x.read_ms_per_page} ms a page, the quote pipeline ${x.pipeline_ms_per_article} ms an article (aim: the first no more than the second)${mark(x.read_ms_per_page <= x.pipeline_ms_per_article)}`);
    }
  }
  L.push(`total bench time: ${r.seconds} s`);
  return L.join("\n") + "\n";
}

/**
 * A saved `--json` run. `npm run bench -- --json > run.json` also saves npm's two-line banner
 * before the JSON: the report starts at the first line that opens an object.
 */
function readReport(file) {
  let saved;
  try {
    saved = readFileSync(file, "utf8");
  } catch (e) {
    die(`--report: cannot read ${file}: ${e.code ?? e.message}`);
  }
  const start = saved.search(/^\{/m);
  try {
    if (start < 0) throw new Error("no JSON object");
    return JSON.parse(saved.slice(start));
  } catch {
    die(`--report: ${file} is not the output of \`npm run bench -- --json\``);
  }
}

// ---- main ---------------------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.report !== undefined) {
    process.stdout.write(text(readReport(o.report)));
    return;
  }
  const started = performance.now();
  const dist = join(ROOT, "dist/index.js");
  if (!existsSync(dist)) die("no build: run `npm run build` first");
  const { extract } = await import(pathToFileURL(dist).href);
  const corpus = loadCorpus(o);
  const r = {
    bench_version: 1,
    date: new Date().toISOString(),
    quick: o.quick,
    runs: o.runs,
    machine: machine(),
    corpus: { dir: corpus.dir, articles: corpus.articles.length, bytes: corpus.bytes },
  };
  if (o.only.has("library")) r.library = await libraryThroughput(extract, corpus, o);
  if (o.only.has("stages")) r.stages = await stageShares(corpus, o);
  // parole's own steps all run before fr-compromise is loaded into this process: after it, the
  // 10 MB bucket ran ~12% slower (flatness 0.99 alone, 0.79 after fr-compromise: same build,
  // minutes apart), a state of the process that a user's French runs never have.
  if (o.only.has("buckets")) r.buckets = await buckets(extract, corpus, o, r.library?.mb_per_s);
  if (r.library) {
    const fresh = await freshNames(extract, corpus, o);
    r.library.fresh_names_mb_per_s = fresh.mb_per_s;
    r.library.fresh_names_runs = fresh.runs;
  }
  if (o.only.has("frc")) {
    // The ratio needs parole's figure: measure it on the spot when step 1 was skipped.
    const mbps = r.library?.mb_per_s ?? (await libraryThroughput(extract, corpus, { ...o, runs: 1, libraryBytes: Math.min(o.libraryBytes, 2 * MB) })).mb_per_s;
    r.fr_compromise = await frCompromise(corpus, o, mbps, extract);
  }
  if (o.only.has("cli")) r.cli = cliSingle(corpus, o);
  if (o.only.has("folder")) {
    try {
      r.folder = await folder(corpus, o);
    } catch (err) {
      r.folder = { error: err.message };
    }
  }
  if (o.only.has("en")) r.english = await english(extract, o);
  if (o.only.has("web")) {
    try {
      r.web = await web(extract, corpus, o);
    } catch (err) {
      r.web = { error: err.message };
    }
  }
  r.seconds = round((performance.now() - started) / 1000, 1);
  process.stdout.write(o.json ? JSON.stringify(r, null, 2) + "\n" : text(r));
}

await main();
