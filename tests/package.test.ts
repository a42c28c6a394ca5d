/**
 * What `npm pack` ships: only what runs (the binary, the build, the schema, the README), under
 * a package name that is not `parole` (taken on npm by an unrelated library), with the
 * `parole` command kept.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  name: string;
  bin: Record<string, string>;
  main: string;
};

// --ignore-scripts: no `prepare` build inside the test; dist/ is built by the test setup.
const packed = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: new URL("..", import.meta.url), encoding: "utf8" }),
) as Array<{ name: string; files: Array<{ path: string }> }>;
const files = packed[0]!.files.map((f) => f.path);

test("the package has its own name and keeps the parole command", () => {
  expect(packed[0]!.name).toBe(pkg.name);
  expect(pkg.name).not.toBe("parole");
  expect(pkg.bin).toEqual({ parole: "bin/parole.js" });
});

test.each(["bin/parole.js", "dist/bundle/cli.js", "dist/runner/worker.js", "dist/index.js", "dist/index.d.ts", "schema/parole.schema.json", "README.md", "package.json"])(
  "ships %s",
  (path) => {
    expect(files).toContain(path);
  },
);

test.each(["tests/", "fixtures/", "scripts/", "src/", "lexicons/", ".ci/", "tsconfig", "vitest"])("ships nothing under %s", (prefix) => {
  expect(files.filter((f) => f.startsWith(prefix))).toEqual([]);
});

test("every shipped file is under bin/, dist/ or schema/, or is README.md / package.json", () => {
  expect(files.filter((f) => !/^(bin|dist|schema)\//.test(f) && f !== "README.md" && f !== "package.json")).toEqual([]);
});
