#!/usr/bin/env node
/**
 * The dev corpus measures the rules only while the project has not learned its articles by heart.
 * This check reads the gold of ../shared/corpus/dev and dev-en and looks through every file git
 * tracks (code, lexicons, tests, fixtures, docs) for what would give an article away:
 *
 *   - a phrase: any run of 8 words of one dev article's text (case and accents folded), outside
 *     the word lists;
 *   - a quote of 4 words or more, or a person's name of two words or more, as written;
 *   - an organization's name that only one dev article names (one that many articles name, like a
 *     news agency or a ministry, is general knowledge), capitalised, as written, except where
 *     the project's lexicons took it from the open data in ../shared/data (listed companies,
 *     institutions, parties).
 *
 *   node scripts/check-dev-leaks.mjs [--json] [--notes]
 *
 * Phrases, quotes and people are findings: exit 1, one line each. Organizations are listed as
 * notes (exit 0): a lexicon of news agencies or platforms names many of them on purpose; each
 * note is a place to ask whether the entry is world knowledge or an article learned by heart.
 * Exit 0 when the corpus is absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "../shared");
const corpora = ["corpus/dev", "corpus/dev-en"].map((d) => path.join(shared, d)).filter(existsSync);
const SHINGLE = 8;

if (corpora.length === 0) {
  console.log("check-dev-leaks: ../shared/corpus not found; nothing to check.");
  process.exit(0);
}

/** Lower-case, accents removed, apostrophes and dashes as spaces: the form phrases are compared in. */
function fold(s) {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`\-‐–—]/g, " ");
}

function words(s) {
  return fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(s) {
  const w = words(s);
  const out = new Set();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(" "));
  return out;
}

// Names in the open data the lexicons are derived from: general knowledge, allowed in lexicons/.
const openData = new Set();
const dataDir = path.join(shared, "data");
if (existsSync(dataDir)) {
  for (const f of readdirSync(dataDir).filter((f) => f.endsWith(".tsv") && !f.startsWith("prenoms"))) {
    for (const line of readFileSync(path.join(dataDir, f), "utf8").split("\n").slice(1)) {
      for (const cell of line.split("\t")) if (cell.trim()) openData.add(cell.trim());
    }
  }
}

// Common words and short forms that say nothing about an article (« Paris », « UE », « Google » are
// too short or too general to be a finding on their own as organization names).
const MIN_ORG_LENGTH = 4;

const articles = [];
const orgArticles = new Map(); // organization name -> number of dev articles that name it
for (const dir of corpora) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
    const txtPath = path.join(dir, f.replace(/\.gold\.json$/, ".txt"));
    const text = existsSync(txtPath) ? readFileSync(txtPath, "utf8") : "";
    articles.push({ id: path.basename(f, ".gold.json"), gold, shingles: shingles(text) });
    const names = new Set((gold.organizations ?? []).flatMap((o) => [o.name, ...(o.aliases ?? [])]));
    for (const name of names) orgArticles.set(name, (orgArticles.get(name) ?? 0) + 1);
  }
}

const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter((f) => f && existsSync(path.join(root, f)) && !/\.(png|jpe?g|gz|warc)$/i.test(f))
  .filter((f) => f !== "package-lock.json" && f !== "scripts/check-dev-leaks.mjs");

const findings = [];
const notes = [];
const projectShingles = new Map(); // shingle -> first file
const contents = [];
for (const f of files) {
  const text = readFileSync(path.join(root, f), "utf8");
  contents.push({ file: f, text });
  // A lexicon's line is a name (checked below as one), not prose: an institution's official
  // eight-word name is world knowledge even when an article spells it out.
  if (f.startsWith("lexicons/") || f.includes("/generated/")) continue;
  for (const s of shingles(text)) if (!projectShingles.has(s)) projectShingles.set(s, f);
}

// A run that several articles share is the outlets' boilerplate (« la suite est réservée aux
// abonnés »), not one article's words.
const shingleArticles = new Map();
for (const a of articles) for (const s of a.shingles) shingleArticles.set(s, (shingleArticles.get(s) ?? 0) + 1);
// The team's own notes on French press (FRENCH.md, PRODUCT.md) quote a few such runs as facts
// given to everyone: examples of a construction or of the noise around articles.
for (const doc of ["FRENCH.md", "PRODUCT.md"].map((d) => path.join(shared, d)).filter(existsSync)) {
  for (const s of shingles(readFileSync(doc, "utf8"))) shingleArticles.set(s, Infinity);
}

for (const a of articles) {
  let phrases = 0;
  for (const s of a.shingles) {
    if (shingleArticles.get(s) > 1) continue;
    const f = projectShingles.get(s);
    if (f && phrases++ < 3) findings.push(`${f}: phrase of ${a.id}: « ${s} »`);
  }
  const needles = [];
  for (const q of a.gold.quotes ?? []) {
    if (typeof q.text === "string" && q.text.trim().split(/\s+/).length >= 4) needles.push(["quote", q.text.trim(), false]);
  }
  for (const p of a.gold.people ?? []) {
    if (typeof p.name === "string" && p.name.trim().split(/\s+/).length >= 2) needles.push(["person", p.name.trim(), false]);
  }
  for (const o of a.gold.organizations ?? []) {
    for (const name of [o.name, ...(o.aliases ?? [])]) {
      if (typeof name !== "string" || name.length < MIN_ORG_LENGTH || !/^\p{Lu}/u.test(name)) continue;
      if (orgArticles.get(name) === 1) needles.push(["organization", name, openData.has(name)]);
    }
  }
  for (const [kind, needle, inOpenData] of needles) {
    for (const { file, text } of contents) {
      if (inOpenData && file.startsWith("lexicons/")) continue;
      const at = indexOfWord(text, needle);
      if (at >= 0) (kind === "organization" ? notes : findings).push(`${file}: ${kind} of ${a.id}: « ${needle} »`);
    }
  }
}

/** `needle` in `text` as whole words (not inside a longer word). */
function indexOfWord(text, needle) {
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return -1;
    const before = at > 0 ? text[at - 1] : " ";
    const after = at + needle.length < text.length ? text[at + needle.length] : " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    from = at + 1;
  }
}

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ articles: articles.length, files: files.length, findings, notes }, null, 2));
} else {
  if (process.argv.includes("--notes")) for (const line of notes) console.log(`note: ${line}`);
  for (const line of findings) console.log(line);
  console.log(
    `check-dev-leaks: ${articles.length} dev articles against ${files.length} project files: ` +
      `${findings.length} finding(s); ${notes.length} organization name(s) only one dev article names (--notes lists them)`,
  );
}
process.exit(findings.length ? 1 : 0);
