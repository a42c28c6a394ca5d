/**
 * The layering of STYLE.md, checked by dependency-cruiser (`npm run lint:boundaries`, run by
 * .ci/run): cli → runner → extract → core stages → lexicon, and the core knows only text.
 * A rule that fires names the import to move; fix the layering, not this file.
 */
// Leaf modules of src/core that only handle strings and types (no stage, no document): the word
// lists and the English pipeline may use them. They import nothing else of the core.
const CORE_LEAVES = "^src/core/(types|rules|fold|chars|memo|offsets)\\.ts$";

module.exports = {
  forbidden: [
    {
      name: "core-only-text",
      comment: "src/core knows only text: no file system, process, workers, terminal colours, network, nor DOM or web archives (HTML becomes text in the runner).",
      severity: "error",
      from: { path: "^src/core" },
      to: { path: "^(fs|node:fs|fs/promises|node:fs/promises|child_process|node:child_process|worker_threads|node:worker_threads|net|node:net|http|node:http|https|node:https|os|node:os|process|node:process|chalk|commander|cli-progress|piscina|linkedom|@mozilla/readability|warcio)$" },
    },
    {
      name: "core-not-outer-layers",
      comment: "The core is called by extract, the runner and the CLI; it never calls them.",
      severity: "error",
      from: { path: "^src/core" },
      to: { path: "^src/(runner|cli|eval|en|extract\\.ts|index\\.ts)" },
    },
    {
      name: "lexicon-not-core",
      comment: "Word lists are looked up by the core, not the other way round; only the core's string and type leaves are shared.",
      severity: "error",
      from: { path: "^src/lexicon" },
      to: { path: "^src/core", pathNot: CORE_LEAVES },
    },
    {
      name: "en-not-french-stages",
      comment: "The English pipeline has its own stages; it may share the core's leaves and the assembler's types, not the French stages.",
      severity: "error",
      from: { path: "^src/en" },
      to: { path: "^src/core/stages" },
    },
    {
      name: "runner-not-cli",
      comment: "The runner is a library the CLI drives; it never reads the command line.",
      severity: "error",
      from: { path: "^src/runner" },
      to: { path: "^src/cli" },
    },
    {
      name: "library-not-cli",
      comment: "The library entry and extract never reach the CLI or the batch runner.",
      severity: "error",
      from: { path: "^src/(extract|index)\\.ts$" },
      to: { path: "^src/(cli|runner)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js", ".mjs"] },
  },
};
