/**
 * Worker-thread entry for `--jobs N` (loaded by piscina): runs one task with the run's
 * settings, passed once as workerData.
 */
import { workerData } from "node:worker_threads";
import { processTask } from "./process.js";
import type { Outcome, ProcessSettings, Task } from "./process.js";

const settings = workerData as ProcessSettings;

/** Process a chunk of tasks in this worker thread, in order. */
export default async function work(tasks: Task[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const t of tasks) out.push(await processTask(t, settings));
  return out;
}
