// Bundled into dist/bundle/ by scripts/bundle-cli.mjs in place of the extractor's modules
// (dist/index.js and what it imports). Loads dist/bundle/extractor.cjs as a classic script
// with the V8 code cache made at build time beside it, so a one-article run neither parses
// ~1 MB of JavaScript nor compiles the functions an article goes through. A cache V8 does not
// accept (another Node version, other V8 flags) is ignored: the script is compiled as usual.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const url = new URL("./extractor.cjs", import.meta.url);
const filename = fileURLToPath(url);
let cachedData;
try {
  cachedData = readFileSync(`${filename}.cache`);
} catch {
  // No cache (a build without one): compile.
}
const script = new Script(readFileSync(filename, "utf8"), { filename, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(url), module, url.href);

export const { extract, fold } = module.exports;
