/**
 * The schema's closed lists are the code's: every error code the runner can emit and every
 * message rule the pipelines can report is in the schema, and the schema lists nothing else.
 * The code is read as text (the codes are string literals at their throw sites).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { toInputError } from "../src/runner/errors.js";
import { schema, validateRecord } from "../src/schema.js";

const root = new URL("..", import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.parentPath.includes("generated"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
}
const all = (texts: string[], re: RegExp): string[] => [...new Set(texts.flatMap((t) => [...t.matchAll(re)].map((m) => m[1]!)))].sort();

const defs = (schema as { $defs: Record<string, any> }).$defs;

test("error codes: the schema's list is what the runner emits", () => {
  const runner = sources("src/runner");
  const thrown = all(runner, /InputError\(\s*"([a-z-]+)"/g);
  const mapped = all(runner, /^\s+[A-Z_]+: \["([a-z-]+)", "/gm); // SYSTEM_CODES
  const literal = all(runner, /\bcode: "([a-z-]+)"/g);
  const emitted = [...new Set([...thrown, ...mapped, ...literal])].sort();
  expect(emitted.length).toBeGreaterThan(8);
  const listed = [...(defs["ErrorRecord"].properties.error.properties.code.anyOf[0].enum as string[])].sort();
  expect(listed).toEqual(emitted);
});

test.each([
  ["ENOSPC", "enospc"],
  ["ERR_SOMETHING_NEW", "err_something_new"],
  ["ENOENT", "not-found"],
])("a system error %s becomes %s, valid in an error record", (node, code) => {
  const e = toInputError(Object.assign(new Error("x"), { code: node }));
  expect(e.code).toBe(code);
  expect(validateRecord({ source: { path: "a.txt", line: 3 }, error: { code: e.code, message: e.message } })).toEqual([]);
});

test("an unknown code is refused by the schema", () => {
  expect(validateRecord({ source: { path: "a.txt" }, error: { code: "EDECODE", message: "x" } })).not.toEqual([]);
});

test("message rules: the schema's list is what the pipelines report", () => {
  const code = [...sources("src/core"), ...sources("src/en"), ...sources("src/runner"), readFileSync(join(root, "src/extract.ts"), "utf8")];
  // Message literals (a rule, then its reason) and the French quote stage's report("rule", …).
  const literal = all(code, /rule: "([a-z0-9-]+)",\s*reason:/g);
  const reported = all(code, /\breport\("([a-z0-9-]+)"/g);
  const emitted = [...new Set([...literal, ...reported])].sort();
  expect(emitted).toContain("unclosed-quote");
  expect([...(defs["Message"].properties.rule.enum as string[])].sort()).toEqual(emitted);
});
