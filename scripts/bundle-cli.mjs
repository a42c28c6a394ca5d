#!/usr/bin/env node
// Bundles the command line for bin/parole.js into dist/bundle/, from what tsc emitted in dist/.
// Start-up time is a benchmark figure (one article end to end), and two costs dominated it:
//
// - the ESM loader, one module per source file: the CLI is a few code-split ES modules
//   (cli.js, worker.js and their chunks; the lazy imports stay lazy), npm packages external;
// - compiling the extractor (~1 MB with the lexicons) and its functions at every run: the
//   extractor is one classic script, extractor.cjs, that scripts/extractor-loader.mjs compiles
//   with extractor.cjs.cache, a V8 code cache made here after extracting the fixtures.
//
//   node scripts/bundle-cli.mjs        (run by `npm run build`, after tsc)

import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Script } from "node:vm";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const OUT = join(DIST, "bundle");
const EXTRACTOR = join(OUT, "extractor.cjs");
const LOADER = join(ROOT, "scripts", "extractor-loader.mjs");
/** The extractor's entry points as the runner and eval import them: served by the loader. */
const EXTRACTOR_MODULES = new Set([join(DIST, "index.js"), join(DIST, "extract.js"), join(DIST, "core", "fold.js")]);

// Chunk names carry a content hash: clear the old ones.
rmSync(OUT, { recursive: true, force: true });

// The extractor as a function of (exports, require, module, importMetaUrl), for the loader.
await build({
  entryPoints: [join(DIST, "index.js")],
  outfile: EXTRACTOR,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  packages: "external",
  define: { "import.meta.url": "importMetaUrl" },
  banner: { js: "(function (exports, require, module, importMetaUrl) {" },
  footer: { js: "})" },
  logLevel: "warning",
});

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
  plugins: [
    {
      name: "extractor-loader",
      setup(b) {
        b.onResolve({ filter: /^\.\.?\// }, (args) => (EXTRACTOR_MODULES.has(resolve(args.resolveDir, args.path)) ? { path: LOADER } : undefined));
      },
    },
  ],
  logLevel: "warning",
});

// ASCII only (esbuild leaves accents in regular expressions and comments): Node then reads the
// file straight into a one-byte string instead of decoding ~1 MB of UTF-8 into a two-byte one.
// A \u escape means the same character in strings, templates and regular expressions alike.
let source = readFileSync(EXTRACTOR, "utf8");
if (/\\[^\x00-\x7f]/.test(source)) throw new Error("extractor.cjs: a backslash before a non-ASCII character; escaping it would change it");
source = source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
writeFileSync(EXTRACTOR, source);

// The code cache: compile the extractor as the loader does, run it on the fixtures (French and
// English) so their functions are compiled, then save what V8 holds for the script.
const script = new Script(source, { filename: EXTRACTOR });
const extractor = { exports: {} };
const url = pathToFileURL(EXTRACTOR);
script.runInThisContext()(extractor.exports, createRequire(url), extractor, url.href);
for (const lang of ["fr", "en"]) {
  const dir = join(ROOT, "fixtures", lang);
  for (const name of readdirSync(dir)) {
    const article = join(dir, name, "article.txt");
    if (existsSync(article)) extractor.exports.extract(readFileSync(article, "utf8"));
  }
}
writeFileSync(`${EXTRACTOR}.cache`, script.createCachedData());
