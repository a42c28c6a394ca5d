// Shared helpers for the lexicon scripts (derive, build, check). Plain Node, no TypeScript.
// `fold` and `lower` must stay byte-for-byte equivalent to src/core/fold.ts: the build stores
// folded keys and the runtime folds its queries the same way (tests/lexicon.test.ts checks it).

import { readFileSync } from "node:fs";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2019\u2018\u02bc\u00b4`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u202f]+/g;

/** Same as src/core/fold.ts `fold`. */
export function fold(s) {
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}

/** Same as src/core/fold.ts `lower`. */
export function lower(s) {
  return s.toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, "-").replace(SPACES, " ").trim();
}

/**
 * Parses a lexicon source file: `#` header lines, an optional `# col1<TAB>col2` column line
 * (TSV files), then one entry per line. Returns { header, columns, rows: [{line, cells}] }.
 * Blank lines are skipped; `#` lines after the first entry are comments too.
 */
export function parseLexicon(text) {
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const header = [];
  let columns = null;
  const rows = [];
  lines.forEach((raw, i) => {
    if (raw.startsWith("#")) {
      if (rows.length === 0) header.push(raw);
      if (columns === null && raw.includes("\t")) columns = raw.replace(/^#\s*/, "").split("\t");
      return;
    }
    if (raw.trim() === "") return;
    rows.push({ line: i + 1, text: raw, cells: raw.split("\t") });
  });
  return { header, columns, rows };
}

/** Reads and parses a lexicon file. */
export function readLexicon(path) {
  return parseLexicon(readFileSync(path, "utf8"));
}
