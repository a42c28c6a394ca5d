/**
 * README's « Algorithm » section shows the pipeline as it is in code (issue 22's done-when): the
 * stages in order, the mention stage's passes and classify's decision list, row for row. The
 * sieve table is checked the same way by tests/attribution/rules.test.ts; the mention reasons
 * by tests/mentions.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { STAGES } from "../src/core/pipeline.js";
import { CLASSIFY_RULES } from "../src/core/stages/05-mentions/classify-rules.js";
import { PASSES } from "../src/core/stages/05-mentions/index.js";

const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
const algorithm = readme.slice(readme.indexOf("## Algorithm"), readme.indexOf("## Accuracy"));

/** The text of `section` between the first `from` and the next `to` (fails when either is missing). */
function between(section: string, from: string, to: string): string {
  const a = section.indexOf(from);
  const b = section.indexOf(to, a + from.length);
  expect(a, `README: « ${from} »`).toBeGreaterThanOrEqual(0);
  expect(b, `README: « ${to} » after « ${from} »`).toBeGreaterThan(a);
  return section.slice(a, b);
}

/** First cells of a Markdown table's rows, when written as `code`. */
const firstCells = (table: string): string[] => [...table.matchAll(/^\s*\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);

describe("README « Algorithm »", () => {
  test("numbers the French stages in the order of STAGES, then assemble", () => {
    const listed = [...algorithm.matchAll(/^(\d+)\. \*\*([a-z]+)\*\*/gm)].map((m) => [Number(m[1]), m[2]]);
    const names = [...STAGES.map((s) => s.name), "assemble"];
    expect(listed).toEqual(names.map((n, i) => [i + 1, n]));
  });

  test.each([
    ["the mention passes", "5. **mentions**", "Classify's decision list", PASSES.map((p) => p.name)],
    ["classify's decision list", "Classify's decision list", "6. **attribution**", CLASSIFY_RULES.map((r) => r.name)],
  ])("lists %s row for row, in the code's order", (_, from, to, names) => {
    expect(names.length).toBeGreaterThan(3);
    expect(firstCells(between(algorithm, from, to))).toEqual(names);
  });
});
