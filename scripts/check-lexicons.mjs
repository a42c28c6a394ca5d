#!/usr/bin/env node
// Checks the lexicon source lists and the generated modules. Prints one line per problem and
// exits 1 if there is any: missing header or « Key form » line, an entry not in its list's key
// form, CRLF, non-NFC text, malformed row, duplicate entry (after folding), or a
// src/lexicon/generated folder that differs from a fresh build.
//
//   node scripts/check-lexicons.mjs

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildAll, KEYED_SETS, LEX, OUT } from "./build-lexicons.mjs";
import { fold, lower, parseLexicon } from "./lexicon-lib.mjs";

/**
 * What every source list must look like. columns: expected TSV columns (null for a plain list);
 * required: how many leading columns (or which columns) must be non-empty; keys: the columns that must be unique
 * within the file once folded with `keyFold`; allowed: per-column value sets.
 */
const SPECS = {
  "speech-verbs.txt": { columns: null, keyFold: lower },
  "speech-embedders.txt": { columns: null, keyFold: lower },
  "speech-verb-homographs.txt": { columns: null, keyFold: lower },
  "speech-nouns.txt": { columns: null },
  "first-names.tsv": { columns: ["name", "male_count", "female_count"], required: 3, keyFold: lower, numeric: [1, 2] },
  "first-names-extra.tsv": { columns: ["name", "gender"], required: 2, allowed: { 1: ["m", "f", "x"] } },
  "companies.tsv": { columns: ["name", "legal_name", "country", "ambiguous"], required: 1, allowed: { 3: ["0", "1"] } },
  "companies-extra.tsv": { columns: ["name", "acronym", "aliases", "country", "ambiguous"], required: 1, allowed: { 4: ["0", "1", ""] } },
  "institutions.tsv": { columns: ["name", "acronym", "type", "source_type"], required: [0, 2], allowed: { 2: ["institution"] } },
  "institutions-extra.tsv": { columns: ["name", "acronym", "aliases", "ambiguous"], required: 1, allowed: { 3: ["0", "1", ""] } },
  "parties.tsv": { columns: ["name", "acronym", "country"], required: 1 },
  "parties-extra.tsv": { columns: ["name", "acronym", "aliases", "country", "type", "ambiguous"], required: 1, allowed: { 4: ["party", "other", ""], 5: ["0", "1", ""] } },
  "media.tsv": { columns: ["name", "aliases", "ambiguous"], required: 1, allowed: { 2: ["0", "1", ""] } },
  "platforms.tsv": { columns: ["name", "aliases", "type", "ambiguous"], required: [0, 2], allowed: { 2: ["media", "company"], 3: ["0", "1", ""] } },
  "clubs.tsv": { columns: ["name", "acronym", "aliases", "ambiguous"], required: 1, allowed: { 3: ["0", "1", ""] } },
  "ngos.tsv": { columns: ["name", "acronym", "aliases", "ambiguous"], required: 1, allowed: { 3: ["0", "1", ""] } },
  "religious.tsv": { columns: ["name", "acronym", "aliases", "ambiguous"], required: 1, allowed: { 3: ["0", "1", ""] } },
  "org-heads.tsv": { columns: ["word", "type", "kind", "capitalised", "in_name"], required: 5, keys: [[0, 2]], keyFold: (s) => s, allowed: { 1: ["company", "institution", "party", "media", "ngo", "other"], 2: ["head", "suffix"], 3: ["0", "1"], 4: ["0", "1"] } },
  "roles.tsv": { columns: ["masculine", "feminine", "canonical"], required: 1, keys: [[0], [1]] },
  "demonyms.tsv": { columns: ["masculine", "feminine"], required: 1, keys: [[0], [1]] },
  "places.txt": { columns: null },
  "not-names.txt": { columns: null },
  "common-words.txt": { columns: null },
  "sports.txt": { columns: null },
  "titles.tsv": { columns: ["title", "gender"], required: 2, keyFold: (s) => s, allowed: { 1: ["m", "f", "x"] } },
  "boilerplate.txt": { columns: null },
  "org-proxies.txt": { columns: null, keyFold: lower },
  "mouthpieces.txt": { columns: null, keyFold: lower },
  "channel-nouns.txt": { columns: null, keyFold: lower },
  "institution-heads.txt": { columns: null, keyFold: lower },
  "distinct-roles.txt": { columns: null, keyFold: lower },
  "role-families.tsv": { columns: ["family", "office"], required: 2, keys: [[0, 1]] },
  "body-nouns.tsv": { columns: ["noun", "alone", "complement"], required: 3, keyFold: lower, allowed: { 1: ["0", "1"], 2: ["name", "field"] } },
  "business-verbs.tsv": { columns: ["form", "needs"], required: 2, keyFold: lower, allowed: { 1: ["money", "staff", "none"] } },
  // The stages' cue lists (KEYED_SETS): the build checks each entry against its « Key form » header.
  ...Object.fromEntries(Object.keys(KEYED_SETS).map((file) => [file, { columns: null, keyFold: lower }])),
};

/** Problems in one source file. */
export function checkSource(file, text, spec) {
  const problems = [];
  const at = (line, msg) => problems.push(`lexicons/${file}${line ? `:${line}` : ""}: ${msg}`);
  if (text.includes("\r")) at(0, "CRLF or CR line endings (use LF)");
  if (text.normalize("NFC") !== text) at(0, "text is not Unicode NFC");
  if (text.charCodeAt(0) === 0xfeff) at(0, "byte-order mark");
  if (!text.endsWith("\n")) at(0, "no final newline");
  const lex = parseLexicon(text.replace(/\r/g, ""));
  if (lex.header.filter((h) => !h.includes("\t")).length < 2) at(0, "missing header (at least two `#` lines saying what belongs here and where it came from)");
  if (spec.columns) {
    if (!lex.columns) at(0, `missing column header line « # ${spec.columns.join("\\t")} »`);
    else if (lex.columns.join("\t") !== spec.columns.join("\t")) at(0, `column header « ${lex.columns.join(" | ")} », expected « ${spec.columns.join(" | ")} »`);
  }
  // « # Key form: lower-case », « folded » or « as written »: what the runtime compares the first
  // column with. A lower-case or folded list is used as written, so an entry in another form (an
  // accent in a folded list, a capital in a lower-case one) would silently never match.
  const keyForm = lex.header.map((h) => /^# Key form: (lower-case|folded|as written)\b/.exec(h)?.[1]).find(Boolean);
  if (!keyForm) at(0, "no « # Key form: lower-case », « # Key form: folded » or « # Key form: as written » header line");
  const norm = keyForm === "folded" ? fold : keyForm === "lower-case" ? lower : null;
  const keyFold = spec.keyFold ?? fold;
  const keySets = (spec.keys ?? [[0]]).map(() => new Map());
  for (const r of lex.rows) {
    const cells = r.cells;
    if (cells.some((c) => c !== c.trim())) at(r.line, "leading or trailing spaces in a cell");
    if (spec.columns === null) {
      if (cells.length > 1) at(r.line, "tab in a plain list");
    } else {
      if (cells.length > spec.columns.length) at(r.line, `${cells.length} columns, expected at most ${spec.columns.length}`);
      const req = Array.isArray(spec.required) ? spec.required : [...Array(spec.required ?? 1).keys()];
      for (const i of req) if (!(cells[i] ?? "").trim()) at(r.line, `empty « ${spec.columns[i]} »`);
      for (const [i, ok] of Object.entries(spec.allowed ?? {})) {
        const v = cells[Number(i)] ?? "";
        if (!ok.includes(v)) at(r.line, `« ${spec.columns[Number(i)]} » is « ${v} », expected one of ${ok.map((o) => o || "(empty)").join(", ")}`);
      }
      for (const i of spec.numeric ?? []) if (!/^\d+$/.test(cells[i] ?? "")) at(r.line, `« ${spec.columns[i]} » is not a number`);
    }
    const key = (cells[0] ?? "").trim();
    if (norm && key && norm(key) !== key) at(r.line, `« ${key} » is not ${keyForm} (write « ${norm(key)} »): it would never match`);
    (spec.keys ?? [[0]]).forEach((cols, n) => {
      if (cols.some((c) => !(cells[c] ?? "").trim())) return;
      const key = cols.map((c) => keyFold(cells[c])).join("\t");
      const seen = keySets[n].get(key);
      if (seen !== undefined) at(r.line, `duplicate of line ${seen}: « ${cols.map((c) => cells[c]).join(" / ")} »`);
      else keySets[n].set(key, r.line);
    });
  }
  return problems;
}

/** Every problem in lexicons/ and src/lexicon/generated/. */
export function checkAll() {
  const problems = [];
  const present = new Set(readdirSync(LEX));
  for (const [file, spec] of Object.entries(SPECS)) {
    if (!present.has(file)) {
      problems.push(`lexicons/${file}: missing`);
      continue;
    }
    problems.push(...checkSource(file, readFileSync(join(LEX, file), "utf8"), spec));
  }
  // en-*.txt belong to the English pipeline (src/en), which checks its own lists.
  for (const file of present) if (!(file in SPECS) && !file.startsWith("en-")) problems.push(`lexicons/${file}: unknown list (add it to SPECS in scripts/check-lexicons.mjs)`);
  const { files, problems: buildProblems } = buildAll();
  problems.push(...buildProblems);
  const onDisk = existsSync(OUT) ? new Set(readdirSync(OUT)) : new Set();
  for (const [name, content] of files) {
    if (!onDisk.has(name)) problems.push(`src/lexicon/generated/${name}: missing (run npm run lexicons:build)`);
    else if (readFileSync(join(OUT, name), "utf8") !== content) problems.push(`src/lexicon/generated/${name}: stale (run npm run lexicons:build)`);
  }
  for (const name of onDisk) if (!files.has(name)) problems.push(`src/lexicon/generated/${name}: not produced by the build (delete it)`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const problems = checkAll();
  for (const p of problems) console.log(p);
  if (problems.length > 0) process.exit(1);
  console.log(`lexicons ok (${Object.keys(SPECS).length} lists)`);
}
