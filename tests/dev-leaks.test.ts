// The dev articles measure the rules only while the project has not learned them by heart:
// no phrase, quote or person of theirs may appear in the repository (scripts/check-dev-leaks.mjs).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const corpus = join(root, "..", "shared", "corpus", "dev");

describe.skipIf(!existsSync(corpus))("dev corpus kept out of the project", () => {
  test("no dev article's phrase, quote or person in any tracked file", () => {
    const r = spawnSync(process.execPath, [join(root, "scripts/check-dev-leaks.mjs")], { cwd: root, encoding: "utf8" });
    expect(r.stdout.split("\n").filter((l) => l && !l.startsWith("check-dev-leaks:"))).toEqual([]);
    expect(r.status).toBe(0);
  });
});
