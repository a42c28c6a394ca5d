/**
 * Worker-thread entry for `--jobs N` (loaded by piscina): runs one task with the run's
 * settings, passed once as workerData.
 */
import { workerData } from "node:worker_threads";
import { move, transferableSymbol, valueSymbol } from "piscina";
import { faultFor, faultsFrom } from "./faults.js";
import { processTask } from "./process.js";
import type { Outcome, ProcessSettings, Task } from "./process.js";

const settings = workerData as ProcessSettings;
const encoder = new TextEncoder();
/** Injected faults (the fault suite only; see faults.ts). */
const faults = faultsFrom(process.env);

/** Process a chunk of tasks in this worker thread, in order. */
export default async function work(tasks: Task[]): Promise<unknown> {
  const out: Outcome[] = [];
  for (const t of tasks) {
    if (faults.length) inject(t);
    out.push(await processTask(t, settings));
  }
  return withOutputsMoved(out);
}

function inject(t: Task): void {
  const where = t.kind === "record" ? (typeof t.data === "string" ? t.data : Buffer.from(t.data).toString("utf8")) : t.path;
  if (faultFor(faults, "worker-throw", where)) throw new Error(`injected fault in ${t.path}`);
  if (faultFor(faults, "worker-exit", where)) process.exit(70);
}

/**
 * The outcomes, their outputs turned into UTF-8 views of one buffer that is moved to the main
 * thread rather than copied: the main thread then only writes bytes. Posting the outputs as
 * strings (copied, then collected and encoded there) made a run with two jobs ~10% slower.
 */
function withOutputsMoved(out: Outcome[]): unknown {
  const sizes = out.map((o) => Buffer.byteLength(o.output as string));
  const bytes = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
  let at = 0;
  out.forEach((o, i) => {
    const view = bytes.subarray(at, at + sizes[i]!);
    encoder.encodeInto(o.output as string, view);
    o.output = view;
    at += sizes[i]!;
  });
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: out });
}
