/**
 * Fault injection for the fault suite (tests/faults*.test.ts, `npm run faults`): faults that
 * cannot be produced from outside on demand — a worker thread that throws or dies in the
 * middle of an article, a disk that fills up under --out-dir. Off unless the environment
 * variable PAROLE_TEST_FAULT is set; never set it in production. Its value is a
 * comma-separated list of `kind:text`, the fault firing for every input whose path or
 * JSON Lines line contains `text`:
 *
 *   worker-throw:TEXT   the worker throws while processing the input (outside processTask)
 *   worker-exit:TEXT    the worker thread exits (process.exit inside a worker ends the thread)
 *   write-enospc:TEXT   writing its --out-dir file fails with ENOSPC after a partial write
 */
export type FaultKind = "worker-throw" | "worker-exit" | "write-enospc";

/** The faults set in `env` (read once per run or per worker). */
export function faultsFrom(env: Record<string, string | undefined>): Array<[FaultKind, string]> {
  const spec = env["PAROLE_TEST_FAULT"];
  if (!spec) return [];
  const out: Array<[FaultKind, string]> = [];
  for (const part of spec.split(",")) {
    const at = part.indexOf(":");
    if (at > 0) out.push([part.slice(0, at) as FaultKind, part.slice(at + 1)]);
  }
  return out;
}

/** True when a fault of `kind` is set for this input. */
export function faultFor(faults: Array<[FaultKind, string]>, kind: FaultKind, where: string): boolean {
  for (const [k, text] of faults) if (k === kind && where.includes(text)) return true;
  return false;
}

/** An error like the one a full disk gives. */
export function enospc(path: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`ENOSPC: no space left on device, write '${path}'`);
  err.code = "ENOSPC";
  err.errno = -28;
  err.syscall = "write";
  return err;
}
