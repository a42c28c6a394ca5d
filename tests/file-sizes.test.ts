/**
 * Issue 22's done-when on file sizes: no file under src/ over 600 lines, and the attribution and
 * mention stages (folders of one cause per file) have no file over 400. A file that has to grow
 * past that is split along its seams, not listed here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Files still over the limit, each being split by another engineer this round: remove a line as
 * soon as its file is under (the test below fails until it is removed).
 */
const KNOWN_OVER: Record<string, string> = {
  "src/core/stages/07-entities.ts": "being split by the « entities » engineer",
  "src/en/entities.ts": "being split by the « english » engineer",
};

function linesUnder(folder: string): [string, number][] {
  return readdirSync(join(ROOT, folder), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => {
      const path = relative(ROOT, join(ROOT, folder, f)).split("\\").join("/");
      const text = readFileSync(join(ROOT, path), "utf8");
      return [path, text.split("\n").length - (text.endsWith("\n") ? 1 : 0)] as [string, number];
    })
    .sort();
}

describe("file sizes", () => {
  test.each([
    ["src", 600],
    ["src/core/stages/05-mentions", 400],
    ["src/core/stages/06-attribution", 400],
  ])("no file under %s over %i lines", (folder, limit) => {
    const files = linesUnder(folder);
    expect(files.length).toBeGreaterThan(3);
    const over = files.filter(([path, n]) => n > limit && !(limit === 600 && path in KNOWN_OVER)).map(([path, n]) => `${path}: ${n} lines`);
    expect(over).toEqual([]);
  });

  test("each known exception is still over (else remove it from KNOWN_OVER)", () => {
    const sizes = new Map(linesUnder("src"));
    const underNow = Object.keys(KNOWN_OVER).filter((path) => (sizes.get(path) ?? 0) <= 600);
    expect(underNow).toEqual([]);
  });
});
