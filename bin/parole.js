#!/usr/bin/env node
// Thin wrapper: all behaviour lives in run(argv, io) (src/cli/run.ts), tested in-process.
// It loads the bundled build of run (scripts/bundle-cli.mjs), which starts faster than dist/cli/run.js.
import { removeTempFilesNow, run } from "../dist/bundle/cli.js";

/** How long a first signal waits for in-flight work before the process ends anyway, ms. */
const GRACE_MS = 1500;
const stop = new AbortController();
let received;

// Ends the process now, as the signal itself would: temp files removed first (no partial file
// is ever left), then the signal raised again with its default action, so the shell sees
// 130 / 143. process.exit could hang: Node waits at exit for a file read that never returns
// (a named pipe with no writer).
function endNow() {
  removeTempFilesNow();
  process.removeAllListeners(received);
  process.kill(process.pid, received);
}

// First Ctrl-C / SIGTERM: stop the batch cleanly (finished results written whole, no new work),
// within GRACE_MS whatever is in flight; a second signal ends the process at once.
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (received !== undefined) return endNow();
    received = sig;
    stop.abort(sig);
    setTimeout(endNow, GRACE_MS).unref();
  });
}
const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, signal: stop.signal };
process.exitCode = await run(process.argv.slice(2), io);
// Stopped by a signal: the process ends with 130 / 143 as soon as nothing is pending, or by the
// signal itself if a read still blocks somewhere (it would keep Node alive).
if (received !== undefined) setTimeout(endNow, 200).unref();
