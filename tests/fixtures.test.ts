/**
 * Every French fixture (fixtures/fr/NN-name/article.txt + expected.json) through `extract`:
 * (a) the output is always a sound Result (schema, ranges, ids);
 * (b) it matches expected.json fully: every gold quote found with the right speaker, no quote
 *     invented, every gold person and organization found, organizations with the right type.
 * Fixtures listed in fixtures/fr/KNOWN_GAPS.json ({"NN-name": "reason"}) must still fail (b),
 * so a fix tells us to take them off the list. `UPDATE_GAPS=1 npx vitest run tests/fixtures.test.ts`
 * rewrites that file from the current results and prints what changed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import type { Result } from "../src/core/types.js";
import { parseGold } from "../src/eval/gold.js";
import type { Gold } from "../src/eval/gold.js";
import { scoreArticle } from "../src/eval/score.js";
import type { ArticleScore } from "../src/eval/score.js";
import { extract } from "../src/extract.js";
import { checkResult } from "./helpers/validate.js";

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/fr");
const GAPS_FILE = path.join(DIR, "KNOWN_GAPS.json");
const UPDATE = process.env["UPDATE_GAPS"] === "1";

const ids = readdirSync(DIR)
  .filter((d) => /^\d\d-/.test(d) && existsSync(path.join(DIR, d, "expected.json")))
  .sort();
const gaps = JSON.parse(readFileSync(GAPS_FILE, "utf8")) as Record<string, string>;

interface Run {
  text: string;
  gold: Gold;
  result: Result;
}

const runs = new Map<string, Run>();
function run(id: string): Run {
  let r = runs.get(id);
  if (!r) {
    const textPath = path.join(DIR, id, "article.txt");
    const text = readFileSync(textPath, "utf8");
    const gold = parseGold(JSON.parse(readFileSync(path.join(DIR, id, "expected.json"), "utf8")));
    r = { text, gold, result: extract(text, { source: { path: path.relative(path.dirname(DIR), textPath) } }) };
    runs.set(id, r);
  }
  return r;
}

const clip = (s: string): string => ([...s].length > 60 ? `${[...s].slice(0, 60).join("")}…` : s);

/** What keeps a fixture from passing in full (invented people/organizations are tolerated). */
function problems(s: ArticleScore): string[] {
  return [
    ...s.warnings.map((w) => `gold problem: ${w}`),
    ...s.missedQuotes.map((q) => `missed quote «${clip(q.text)}»`),
    ...s.matches
      .filter((m) => !m.speakerRight)
      .map((m) => `wrong speaker «${clip(m.text)}»: gold ${m.goldSpeaker ?? "none"}, predicted ${m.predictedSpeaker ?? "none"}`),
    ...s.inventedQuotes.map((q) => `invented quote «${clip(q.text)}»`),
    ...s.missedPeople.map((n) => `missed person ${n}`),
    ...s.missedOrganizations.map((n) => `missed organization ${n}`),
    ...s.wrongOrgTypes.map((w) => `wrong type for ${w.name}: gold ${w.gold}, predicted ${w.predicted}`),
  ];
}

const current = new Map<string, string[]>();

test("there are fixtures, and KNOWN_GAPS.json names only existing ones", () => {
  expect(ids.length).toBeGreaterThan(0);
  expect(Object.keys(gaps).filter((id) => !ids.includes(id))).toEqual([]);
});

describe.each(ids)("%s", (id) => {
  test("output is a sound Result (schema, ranges, ids)", () => {
    const { text, result } = run(id);
    expect(checkResult(text, result)).toEqual([]);
  });

  const gap = gaps[id];
  test(gap === undefined ? "matches expected.json" : `known gap: ${gap}`, () => {
    const { text, gold, result } = run(id);
    const found = problems(scoreArticle(text, result, gold));
    current.set(id, found);
    if (UPDATE) return;
    if (gap === undefined) expect(found).toEqual([]);
    else expect(found.length, `${id} now passes: remove it from fixtures/fr/KNOWN_GAPS.json`).toBeGreaterThan(0);
  });
});

afterAll(() => {
  if (!UPDATE) return;
  const next: Record<string, string> = {};
  const changes: string[] = [];
  for (const id of ids) {
    const found = current.get(id);
    if (found === undefined) {
      if (gaps[id] !== undefined) next[id] = gaps[id]; // not run (filtered): keep as is
      continue;
    }
    if (found.length === 0) {
      if (gaps[id] !== undefined) changes.push(`- ${id}: now passes`);
      continue;
    }
    // Keep a hand-written reason; otherwise summarise what fails.
    next[id] = gaps[id] ?? `${found.length} problem(s), first: ${found[0]}`;
    if (gaps[id] === undefined) changes.push(`+ ${id}: ${next[id]}`);
  }
  writeFileSync(GAPS_FILE, `${JSON.stringify(next, null, 2)}\n`);
  console.log(changes.length ? `KNOWN_GAPS.json updated:\n${changes.join("\n")}` : "KNOWN_GAPS.json unchanged");
});
