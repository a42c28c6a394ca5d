/**
 * The attribution rules are a closed, documented set: every sieve writes a declared rule, every
 * declared rule has a sieve, README's algorithm table lists each sieve with its rule in order,
 * and the fixtures' quotes carry only declared rules.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ATTRIBUTION_RULES } from "../../src/core/document.js";
import { SIEVES } from "../../src/core/stages/06-attribution/index.js";
import { extract } from "../../src/extract.js";

const root = join(import.meta.dirname, "..", "..");

describe("attribution rules", () => {
  test("every sieve writes a declared rule, and every declared rule has a sieve", () => {
    const written = new Set(SIEVES.map((s) => s.rule));
    expect([...written].sort()).toEqual([...ATTRIBUTION_RULES].sort());
  });

  test("each sieve has its own file, named after it", () => {
    const files = readdirSync(join(root, "src/core/stages/06-attribution/sieves")).map((f) => f.replace(/\.ts$/, ""));
    for (const s of SIEVES) expect(files, s.name).toContain(s.name.startsWith("signature-") ? "signature" : s.name);
    expect(new Set(SIEVES.map((s) => s.name)).size).toBe(SIEVES.length);
  });

  test("README's algorithm table lists the sieves, with their rules, in order", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("6. **attribution**"), readme.indexOf("7. **entities**"));
    const rows = [...section.matchAll(/^\s*\| `([a-z-]+)` \| `([a-z-]+)` \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(SIEVES.map((s) => [s.name, s.rule]));
  });

  test("the fixtures' quotes carry only declared rules", () => {
    const dir = join(root, "fixtures", "fr");
    const declared = new Set<string>([...ATTRIBUTION_RULES, "none"]);
    let quotes = 0;
    for (const name of readdirSync(dir).filter((n) => !n.includes("."))) {
      const text = readFileSync(join(dir, name, "article.txt"), "utf8");
      for (const q of extract(text, { lang: "fr" }).quotes) {
        quotes++;
        expect(declared, `${name}: ${q.rule}`).toContain(q.rule);
      }
    }
    expect(quotes).toBeGreaterThan(20);
  });
});
