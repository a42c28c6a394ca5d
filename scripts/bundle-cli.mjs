#!/usr/bin/env node
// Bundles the command line (dist/cli/run.js and the worker-thread entry, as tsc emitted them)
// into a few ES modules under dist/bundle/, for bin/parole.js. Start-up time is a benchmark
// figure: one module per source file cost the ESM loader ~20 ms of a one-article run. Code
// splitting keeps the lazy imports lazy (the extractor, eval, stats, schema each in a chunk);
// npm packages stay external, loaded from node_modules as before.
//
//   node scripts/bundle-cli.mjs        (run by `npm run build`, after tsc)

import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const OUT = join(DIST, "bundle");

// Chunk names carry a content hash: clear the old ones.
rmSync(OUT, { recursive: true, force: true });

await build({
  // The worker sits beside the runner's chunk: batch.ts finds it at ./worker.js.
  entryPoints: { cli: join(DIST, "cli", "run.js"), worker: join(DIST, "runner", "worker.js") },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
