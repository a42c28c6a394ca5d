#!/usr/bin/env node
// Thin wrapper: all behaviour lives in run(argv, io) (src/cli/run.ts), tested in-process.
// It loads the bundled build of run (scripts/bundle-cli.mjs), which starts faster than dist/cli/run.js.
import { run } from "../dist/bundle/cli.js";

const stop = new AbortController();
// First Ctrl-C / SIGTERM: stop the batch cleanly (no half-written file); a second one kills.
for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => stop.abort(sig));
const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, signal: stop.signal };
process.exitCode = await run(process.argv.slice(2), io);
