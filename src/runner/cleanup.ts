/**
 * The temp files a run is writing (--out-dir writes each file as `.<name>.<pid>.<random>.tmp`,
 * then renames it). Kept here, apart from the batch runner, so that bin/parole.js can remove
 * them synchronously when it has to end the process at once (a second signal, or a first one
 * whose in-flight work does not finish in time): no run ever leaves a partial file behind.
 */
import { unlinkSync } from "node:fs";

/** Temp files being written now. */
export const tempFiles = new Set<string>();

/** Remove every temp file being written, synchronously (for an exit that cannot wait). */
export function removeTempFilesNow(): void {
  for (const t of tempFiles) {
    try {
      unlinkSync(t);
    } catch {
      // Already renamed or removed.
    }
  }
  tempFiles.clear();
}
