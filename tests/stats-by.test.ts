/** `parole stats --by site|month`: the corpus tables per outlet and per month of publication. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "./setup/cli-io.js";

let dir: string;
const result = (source: Record<string, unknown>, speakers: Array<{ n: string; g: "f" | "m" | null; q: number }>) => ({
  schema_version: "1.0",
  source: { path: "x", bytes: 1, sha256: "0".repeat(64), ...source },
  language: { detected: "fra", pipeline: "fr" },
  title: null,
  quotes: speakers.flatMap((s) => Array.from({ length: s.q }, (_, i) => ({ id: `q${i}` }))),
  speakers: speakers.map((s, i) => ({ id: `p${i}`, name: s.n, type: "person", roles: [], affiliations: [], gender: s.g, quote_ids: Array.from({ length: s.q }, (_, k) => `q${k}`) })),
  people: [],
  organizations: [],
  messages: [],
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parole-statsby-"));
  const rows = [
    result({ site: "Le Courrier", published: "2024-03-05T08:00:00+01:00" }, [{ n: "Léa Morel", g: "f", q: 2 }]),
    result({ site: "Le Courrier", published: "2024-04-01" }, [{ n: "Hugo Renard", g: "m", q: 1 }, { n: "Léa Morel", g: "f", q: 1 }]),
    result({ site: "La Vigie", published: "2024-03-20" }, [{ n: "Hugo Renard", g: "m", q: 3 }]),
    result({}, [{ n: "Anne Leroy", g: "f", q: 1 }]),
    { source: { path: "bad.html" }, error: { code: "no-article", message: "no article" } },
  ];
  writeFileSync(join(dir, "r.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parole stats --by", () => {
  test.each([
    {
      by: "site",
      groups: [
        { key: "Le Courrier", articles: 2, quotes: 4, top: "Léa Morel", women: 0.667 },
        { key: "(unknown)", articles: 1, quotes: 1, top: "Anne Leroy", women: 1 },
        { key: "La Vigie", articles: 1, quotes: 3, top: "Hugo Renard", women: 0 },
      ],
    },
    {
      by: "month",
      groups: [
        { key: "(unknown)", articles: 1, quotes: 1, top: "Anne Leroy", women: 1 },
        { key: "2024-03", articles: 2, quotes: 5, top: "Hugo Renard", women: 0.5 },
        { key: "2024-04", articles: 1, quotes: 2, top: "Hugo Renard", women: 0.5 },
      ],
    },
  ])("--by $by", async ({ by, groups }) => {
    const ran = await runCli(["stats", "--json", "--by", by, join(dir, "r.jsonl")]);
    expect(ran.code).toBe(0);
    const s = JSON.parse(ran.stdout);
    expect(s.articles).toBe(4);
    expect(s.groups.map((g: any) => ({ key: g.key, articles: g.articles, quotes: g.quotes, top: g.speakers[0].name, women: g.gender_quoted_people.share_women }))).toEqual(groups);
  });

  test("text and CSV show the groups; without --by there are none", async () => {
    const text = await runCli(["stats", "--by", "site", join(dir, "r.jsonl")]);
    expect(text.stdout).toMatch(/\nLe Courrier: 2 articles, 4 quotes; quoted people: women 66\.7 %/);
    const csv = await runCli(["stats", "--csv", "--by", "month", join(dir, "r.jsonl")]);
    expect(csv.stdout).toContain("group,2024-03,,5,2\r\n");
    expect(csv.stdout).toContain("group:2024-03,Hugo Renard,person,3,1\r\n");
    const plain = JSON.parse((await runCli(["stats", "--json", join(dir, "r.jsonl")])).stdout);
    expect(plain.groups).toBeUndefined();
    const bad = await runCli(["stats", "--by", "year", join(dir, "r.jsonl")]);
    expect(bad.code).toBe(2);
  });
});
