/**
 * An article's result does not depend on what the process read before it. The speed-ups keep
 * state across articles — the vocabulary (starts over when an article starts past 24,000
 * words), answers remembered on words and in bounded caches (cleared when full), lexicon tables
 * searched at first and hashed later, reused working memory — and none of it may leak into a
 * result. A fresh process extracts each fixture article first thing, then again after tens of
 * thousands of words it has never seen (every cache past its bound), and both must be byte for
 * byte the same.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
const fixtures = join(root, "fixtures", "fr");

test("fixture articles give the same JSON first thing in a process and after 150,000 new words", () => {
  const files = readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(fixtures, d.name, "article.txt"));
  expect(files.length).toBeGreaterThan(30);
  const script = `
    import { readFileSync } from "node:fs";
    const { extract } = await import(${JSON.stringify(join(root, "dist/index.js"))});
    const files = ${JSON.stringify(files)};
    const texts = files.map((f) => readFileSync(f, "utf8"));
    const first = texts.map((t) => JSON.stringify(extract(t)));
    // Articles of names, organisations and words never seen: new vocabulary, new cache keys.
    for (let a = 0; a < 3000; a++) {
      const w = (k) => "Mot" + (a * 50 + k).toString(36);
      const lines = [];
      for (let k = 0; k < 50; k += 5) lines.push("« " + w(k) + " " + w(k + 1) + " », a déclaré " + w(k + 2) + " " + w(k + 3) + ", directeur de " + w(k + 4) + " SA.");
      extract(lines.join("\\n\\n"));
    }
    // One article with more distinct words than the vocabulary's table: its overflow, then a new start.
    extract(Array.from({ length: 40000 }, (_, i) => "Zq" + i.toString(36)).join(" ") + ".");
    const again = texts.map((t) => JSON.stringify(extract(t)));
    console.log(JSON.stringify(files.filter((_, i) => first[i] !== again[i])));
  `;
  const differing = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 1 << 26 })) as string[];
  expect(differing).toEqual([]);
}, 120_000);
