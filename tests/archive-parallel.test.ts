/**
 * `parole --jsonl -` as a streaming building block: GNU parallel --pipe splits a generated
 * dump into blocks, runs one parole per block, and the merged output (--keep-order) must hold
 * exactly one line per input record, in order. Skipped when `parallel` is not installed
 * (.ci/run installs the Debian package).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { article } from "./setup/cli-io.js";

const BIN = fileURLToPath(new URL("../bin/parole.js", import.meta.url));
const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;

describe("GNU parallel --pipe", () => {
  const why = hasParallel ? "" : " — SKIPPED: GNU parallel is not installed (apt-get install -y parallel)";
  test.skipIf(!hasParallel)(`merged output has one line per record, in order${why}`, () => {
    const dir = mkdtempSync(join(tmpdir(), "parole-parallel-"));
    try {
      const n = 3000;
      const lines: string[] = [];
      for (let i = 0; i < n; i++) {
        lines.push(i % 500 === 250 ? "{broken" : JSON.stringify({ id: `a${i}`, text: article(i) }));
      }
      const dump = join(dir, "dump.jsonl");
      writeFileSync(dump, lines.join("\n") + "\n");
      // 64 KB blocks: several blocks, several parole processes; -j 1 inside each process.
      const cmd = `parallel --will-cite --pipe --keep-order --block 64k -j 2 node "${BIN}" --jsonl -q -j 1 - < "${dump}"`;
      const r = spawnSync("sh", ["-c", cmd], { encoding: "utf8", maxBuffer: 1 << 28 });
      // parallel's exit status is the number of failed jobs: blocks with a broken line fail (1).
      const out = r.stdout.split("\n");
      expect(out.pop()).toBe("");
      expect(out).toHaveLength(n);
      out.forEach((l, i) => {
        const rec = JSON.parse(l);
        if (i % 500 === 250) expect(rec.error.code).toBe("bad-json");
        else expect(rec.source.id).toBe(`a${i}`);
      });
      expect(r.stderr.split("\n").filter(Boolean).every((l) => /not valid JSON/.test(l))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
