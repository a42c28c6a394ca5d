/**
 * The schema's closed lists are the code's: every error code the runner can emit and every
 * message rule the pipelines can report is in the schema, and the schema lists nothing else.
 * The code is read as text (the codes are string literals at their throw sites). Quote rules
 * are declared once (src/core/rules.ts) and every rule the pipelines emit on the fixtures and
 * dev-en is in the schema.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ATTRIBUTION_RULES, ENGLISH_PRONOUN_BASES, ENGLISH_RULES, QUOTE_RULES } from "../src/core/rules.js";
import { SIEVES as EN_SIEVES } from "../src/en/attribute/index.js";
import { extract } from "../src/extract.js";
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

describe("quote rules", () => {
  test("the schema's Quote.rule enum is the code's QUOTE_RULES, in order (node scripts/schema-enums.mjs writes it)", () => {
    expect(defs["Quote"].properties.rule.enum).toEqual([...QUOTE_RULES]);
  });

  test("the declared list holds every French sieve's rule and every English sieve's, « -pronoun » variants included", () => {
    expect(QUOTE_RULES).toEqual(expect.arrayContaining([...ATTRIBUTION_RULES, ...EN_SIEVES.flatMap((s) => s.rules), "echo", "same-sentence", "none"]));
    expect(ENGLISH_RULES.filter((r) => r.endsWith("-pronoun"))).toHaveLength(ENGLISH_PRONOUN_BASES.length);
    expect(new Set(QUOTE_RULES).size).toBe(QUOTE_RULES.length);
  });

  /** The .txt articles under `dir` (fixtures keep theirs as NAME/article.txt), [] when it is missing. */
  function articles(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(dir, f), "utf8"));
  }

  const devEn = join(root, "..", "shared", "corpus", "dev-en");
  test.each([
    ["fixtures/fr", join(root, "fixtures", "fr"), "fr" as const, 20],
    ["fixtures/en", join(root, "fixtures", "en"), "en" as const, 5],
    ["../shared/corpus/dev-en (when beside the repo)", devEn, "en" as const, existsSync(devEn) ? 40 : 0],
  ])("every rule emitted on %s is in the schema", (_, dir, lang, least) => {
    const listed = new Set<string>(defs["Quote"].properties.rule.enum as string[]);
    const emitted = articles(dir).flatMap((t) => extract(t, { lang }).quotes.map((q) => q.rule as string));
    expect(emitted.length).toBeGreaterThanOrEqual(least);
    expect([...new Set(emitted)].filter((r) => !listed.has(r))).toEqual([]);
  });
});
