#!/usr/bin/env node
// Derives lexicons/{first-names,companies,institutions,parties}.tsv from the open data in
// ../shared/data (or the folder given as the first argument). Run by hand when the data or the
// hand-written lists it consults (common-words.txt, places.txt) change; its outputs are committed.
// Deterministic: same inputs, same bytes out (rows keep the source order, no dates written).
//
//   node scripts/derive-lexicons.mjs [dataDir]

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fold, readLexicon } from "./lexicon-lib.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATA = resolve(ROOT, process.argv[2] ?? "../shared/data");
const LEX = join(ROOT, "lexicons");

/** Reads a TSV with one header line into objects keyed by column name. */
function readTsv(name) {
  const lines = readFileSync(join(DATA, name), "utf8").replace(/\r\n/g, "\n").split("\n");
  const cols = (lines.shift() ?? "").split("\t");
  return lines
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const cells = l.split("\t");
      return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? "").normalize("NFC").trim()]));
    });
}

/** Cleans a cell for TSV output: no tabs or newlines, NFC. */
const cell = (s) => String(s).replace(/[\t\r\n]+/g, " ").normalize("NFC").trim();

function write(file, header, columns, rows) {
  const out = [
    ...header.map((h) => `# ${h}`.trimEnd()),
    `# ${columns.join("\t")}`,
    ...rows.map((r) => r.map(cell).join("\t")),
  ].join("\n");
  writeFileSync(join(LEX, file), out + "\n");
  console.log(`${file}: ${rows.length} rows`);
}

// ---- first names ---------------------------------------------------------------------------
const names = readTsv("prenoms-insee.tsv");
write(
  "first-names.tsv",
  [
    "First names given in France, with birth counts by sex (1900-2020). Derived, do not edit:",
    "regenerate with `npm run lexicons:derive`. Every row of the source is kept, lower-case as",
    "in the source (accented and unaccented spellings are separate rows, as INSEE records them).",
    "Not here: foreign first names rare in France (see first-names-extra.tsv).",
    "Key form: as written (the build lower-cases each name, accents kept, and adds its folded spellings).",
    "From /work/shared/data/prenoms-insee.tsv (national file nat2020.csv, names with >= 500 births).",
    "Source : Insee, Fichier des prénoms, édition 2021. Licence Ouverte / Etalab.",
  ],
  ["name", "male_count", "female_count"],
  names.map((r) => [r.name, r.male_count, r.female_count]),
);

// ---- ambiguity sources ----------------------------------------------------------------------
// A company name is "ambiguous" when, folded, it is also a common French/English word, a
// frequent first name or a place: the core then wants context (capital letter, « groupe »…).
const common = new Set(readLexicon(join(LEX, "common-words.txt")).rows.map((r) => fold(r.cells[0])));
const places = new Set(readLexicon(join(LEX, "places.txt")).rows.map((r) => fold(r.cells[0])));
const frequentNames = new Set(
  names.filter((r) => Number(r.male_count) + Number(r.female_count) >= 5000).map((r) => fold(r.name)),
);
const isAmbiguous = (name) => {
  const k = fold(name);
  return common.has(k) || places.has(k) || frequentNames.has(k) || k.length <= 2;
};

// ---- companies ------------------------------------------------------------------------------
const companies = readTsv("companies.tsv");
write(
  "companies.tsv",
  [
    "Listed companies: short name (for matching), legal name, country, and `ambiguous` = 1 when",
    "the short name is also a common word, a frequent first name or a place (Orange, Bel).",
    "Derived, do not edit: regenerate with `npm run lexicons:derive`. Not here: unlisted or",
    "missing companies (companies-extra.tsv), media (media.tsv).",
    "Key form: as written (the build folds names and aliases: accents and case do not matter; an acronym matches exactly as written).",
    "From /work/shared/data/companies.tsv: S&P 500 constituents (datasets/s-and-p-500-companies,",
    "ODC-PDDL-1.0) and FinanceDatabase equities (JerBouma/FinanceDatabase, MIT).",
  ],
  ["name", "legal_name", "country", "ambiguous"],
  companies.map((r) => [r.name, r.legal_name, r.country, isAmbiguous(r.name) ? "1" : "0"]),
);

// ---- institutions ---------------------------------------------------------------------------
// Rows that name a role rather than a body (« Premier ministre ») are dropped: the core must
// read « le Premier ministre » as a person.
const NOT_INSTITUTIONS = new Set(["premier ministre", "type"]);
const institutions = readTsv("institutions.tsv").filter((r) => !NOT_INSTITUTIONS.has(fold(r.name)));
write(
  "institutions.tsv",
  [
    "Public bodies: French ministries, parliament, courts, independent authorities, advisory",
    "bodies, EU institutions and agencies. Every row is org type `institution`; `source_type`",
    "keeps the source's finer type. Derived, do not edit: regenerate with `npm run lexicons:derive`.",
    "Not here: common bodies missing from the source, in French (institutions-extra.tsv).",
    "Key form: as written (the build folds names and aliases: accents and case do not matter; an acronym matches exactly as written).",
    "From /work/shared/data/institutions.tsv: Assemblée nationale open data « organes » (Licence",
    "Ouverte / Etalab), annuaire de l'administration via okfnfr/dada-france-authorities (Licence",
    "Ouverte), datasets/publicbodies EU list (ODC-PDDL-1.0).",
  ],
  ["name", "acronym", "type", "source_type"],
  institutions.map((r) => [r.name, r.acronym, "institution", r.type]),
);

// ---- parties --------------------------------------------------------------------------------
// The Assemblée nationale's `libelleAbrev` is sometimes an internal code, not an acronym anyone
// writes; those would match ordinary capitalised words (CAP, DER), so they are dropped or fixed.
const AN_CODES = new Map([
  ["REP", ""], ["DEBOU", ""], ["RAUTA", ""], ["NOOE", ""], ["UMM", ""], ["CAL", ""], ["CAP", ""],
  ["DER", ""], ["SOC", ""], ["LT", ""], ["NR", ""], ["ND", ""], ["MODEM", "MoDem"], ["LAREM", "LREM"],
  ["UDRL", ""], ["IFMO", ""], ["MIP", ""], ["PLR", ""], ["TH", ""], ["TPH", ""], ["THN", ""],
]);
const EUROPE = new Set(
  "FRA EU AUT BEL BGR HRV CYP CZE DNK EST FIN DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE GBR CHE NOR ISL".split(" "),
);
const parties = readTsv("parties.tsv").filter((r) => {
  if (!EUROPE.has(r.country)) return false;
  if (r.type === "political_label") return false;
  if (r.country === "EU") return r.type === "ep_group";
  return true;
});
const seenParty = new Set();
const partyRows = [];
for (const r of parties) {
  let acronym = r.acronym;
  if (r.source === "an-opendata" && AN_CODES.has(acronym)) acronym = AN_CODES.get(acronym);
  // One-letter codes and « acronyms » with spaces (« The Left ») would match ordinary words.
  if (acronym.length < 2 || /\s/.test(acronym)) acronym = "";
  if (seenParty.has(fold(r.name))) continue; // same party under several sources: first wins
  seenParty.add(fold(r.name));
  partyRows.push([r.name, acronym, r.country]);
}
write(
  "parties.tsv",
  [
    "Political parties and parliamentary groups: France (parties, Assemblée and Sénat groups),",
    "European Parliament groups, and parties of other European countries (>= 1 % of the vote).",
    "Country is ISO 3166 alpha-3, EU for European Parliament groups. Derived, do not edit:",
    "regenerate with `npm run lexicons:derive`. Not here: labels (« divers gauche »), parties",
    "founded after 2022 or missing (parties-extra.tsv). Internal Assemblée codes that are not real",
    "acronyms are dropped (see AN_CODES in scripts/derive-lexicons.mjs).",
    "Key form: as written (the build folds names and aliases: accents and case do not matter; an acronym matches exactly as written).",
    "From /work/shared/data/parties.tsv: ParlGov via Party Facts (hdigital/partyfactsdata, MIT;",
    "cite ParlGov, Döring & Manow), Assemblée nationale open data « organes » (Licence Ouverte),",
    "European Parliament group names entered by hand.",
  ],
  ["name", "acronym", "country"],
  partyRows,
);
