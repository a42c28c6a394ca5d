#!/usr/bin/env node
/**
 * List a gold folder's wrong affiliations with the text around them, to group them by
 * construction:
 *
 *   node scripts/affiliation-misses.mjs [GOLD_DIR] [--width N]
 *
 * Runs `parole eval GOLD_DIR --json` with the built CLI, then for each matched person whose
 * affiliation is missing or wrong prints the gold and predicted affiliations and every place
 * the article names the person's surname (N characters either side, default 120), with the
 * gold organization's first appearance marked. Reading aid only: prints article text, so keep
 * its output out of the repository.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
let width = 120;
const wi = args.indexOf("--width");
if (wi >= 0) {
  width = Number(args[wi + 1]);
  args.splice(wi, 2);
}
const dir = args[0] ?? join(root, "..", "shared", "corpus", "dev");
const out = execFileSync(process.execPath, [join(root, "bin", "parole.js"), "eval", dir, "--json"], { maxBuffer: 1 << 28 }).toString();
const report = JSON.parse(out);
const flat = (s) => s.replace(/\s+/g, " ");
let n = 0;
for (const a of report.articles) {
  if (!a.wrongAffiliations?.length) continue;
  const text = readFileSync(join(dir, `${a.id}.txt`), "utf8");
  for (const w of a.wrongAffiliations) {
    n++;
    console.log(`\n## ${a.id} — ${w.name}: gold ${w.gold.join(" | ")}; predicted ${w.predicted.join(" | ") || "none"}`);
    const surname = w.name.split(/\s+/).pop();
    let at = text.indexOf(surname);
    let shown = 0;
    while (at >= 0 && shown < 6) {
      console.log(`  … ${flat(text.slice(Math.max(0, at - width), at))}[[${surname}]]${flat(text.slice(at + surname.length, at + surname.length + width))} …`);
      shown++;
      at = text.indexOf(surname, at + surname.length);
    }
    for (const g of w.gold) {
      const gi = text.indexOf(g);
      console.log(gi < 0 ? `  gold « ${g} » not in the text as written` : `  gold « ${g} » first at ${gi}: … ${flat(text.slice(Math.max(0, gi - 80), gi + g.length + 40))} …`);
    }
  }
}
console.log(`\n${n} wrong affiliation(s)`);
