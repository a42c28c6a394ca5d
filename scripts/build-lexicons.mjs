#!/usr/bin/env node
// Builds src/lexicon/generated/*.ts from the source lists in lexicons/. Each generated module
// holds one or a few plain strings (rows joined with "\n", fields with "\t", lists with "|"),
// keys already folded, so src/lexicon/index.ts only splits them into Maps on first use.
// `buildAll()` is also used by scripts/check-lexicons.mjs to detect a stale generated folder.
//
//   node scripts/build-lexicons.mjs

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fold, lower, readLexicon } from "./lexicon-lib.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const LEX = join(ROOT, "lexicons");
export const OUT = join(ROOT, "src", "lexicon", "generated");

const ORG_TYPES = ["company", "institution", "party", "media", "ngo", "other"];

/** Lines of a list file (first cell of every entry row). */
const entries = (file) => readLexicon(join(LEX, file)).rows.map((r) => r.cells[0].trim());
/** Rows (all cells, trimmed) of a TSV file. */
const rows = (file) => readLexicon(join(LEX, file)).rows.map((r) => r.cells.map((c) => c.trim()));

/** Regular plural of a French noun or adjective (enough for role and head nouns). */
export function plural(word) {
  const parts = word.split(" ");
  // « directeur général » → « directeurs généraux »; « chef de l'État » → « chefs de l'État »:
  // inflect the words before the first preposition.
  const stop = parts.findIndex((p, i) => i > 0 && /^(de|du|des|d'.*|à|au|aux|en|pour|sur|chez|auprès)$/.test(p));
  const end = stop === -1 ? parts.length : stop;
  return parts
    .map((p, i) => {
      if (i >= end) return p;
      if (/[sxz]$/i.test(p) || /^[A-Z]{2,}$/.test(p)) return p;
      if (/al$/.test(p) && !/^(bal|carnaval|festival|récital|chacal|régal)$/.test(p)) return p.slice(0, -2) + "aux";
      if (/(eau|au|eu)$/.test(p) && !/^(pneu|bleu)$/.test(p)) return p + "x";
      if (/-/.test(p)) return p.split("-").map((q, j, a) => (j === a.length - 1 || !/^(porte|garde|vice|ex|co|sous|non|demi|mi|semi|anti|pro|néo|e)$/i.test(q) ? (/[sxz]$/.test(q) || /^(parole|feu)$/.test(q) ? q : q + "s") : q)).join("-");
      return p + "s";
    })
    .join(" ");
}

/**
 * A key → value table as two constants, NAME_KEYS and NAME_VALUES, each joined with "\n",
 * sorted by key (UTF-16 code units, as JavaScript compares strings): the runtime splits them
 * natively and binary-searches the keys, or fills a Map in one loop once a long run asks often.
 */
function table(name, entries) {
  const list = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { [`${name}_KEYS`]: list.map(([k]) => k).join("\n"), [`${name}_VALUES`]: list.map(([, v]) => String(v)).join("\n") };
}

/** First words of keys (up to a space, or through an apostrophe: « l' »), "|"-joined. */
function firstWords(keys) {
  return [...new Set(keys.map((k) => /^[^ ']*'?/.exec(k)[0]))].sort().join("|");
}

/** Last words of keys (after the last space, and after an apostrophe too: « État »), "|"-joined. */
function lastWords(keys) {
  const set = new Set();
  for (const k of keys) {
    const word = k.slice(k.lastIndexOf(" ") + 1);
    set.add(word);
    set.add(word.slice(word.lastIndexOf("'") + 1));
  }
  return [...set].sort().join("|");
}

// ---- speech verbs -----------------------------------------------------------------------------

const require = createRequire(import.meta.url);
let lefffCache = null;
/** Conjugation tables of french-verbs-lefff (Lefff, LGPL-LR), loaded once. */
function lefff() {
  lefffCache ??= require("french-verbs-lefff/dist/conjugations.json");
  return lefffCache;
}

/** Conjugates a regular first-group verb missing from Lefff (tweeter, retweeter). */
function regularEr(inf) {
  const s = inf.slice(0, -2);
  const soft = /g$/.test(s) ? "e" : ""; // mangeons
  const ced = /c$/.test(s) ? s.slice(0, -1) + "ç" : s;
  const a = soft ? s + "e" : ced;
  return {
    P: [s + "e", s + "es", s + "e", a + "ons", s + "ez", s + "ent"],
    S: [s + "e", s + "es", s + "e", s + "ions", s + "iez", s + "ent"],
    Y: ["NA", s + "e", "NA", a + "ons", s + "ez", "NA"],
    I: [a + "ais", a + "ais", a + "ait", s + "ions", s + "iez", a + "aient"],
    G: [a + "ant"],
    K: [s + "é", s + "és", s + "ée", s + "ées"],
    J: [a + "ai", a + "as", a + "a", a + "âmes", a + "âtes", s + "èrent"],
    T: [a + "asse", a + "asses", a + "ât", a + "assions", a + "assiez", a + "assent"],
    F: [s + "erai", s + "eras", s + "era", s + "erons", s + "erez", s + "eront"],
    C: [s + "erais", s + "erais", s + "erait", s + "erions", s + "eriez", s + "eraient"],
    W: [inf],
  };
}

const CLASS = { P: "f", S: "f", Y: "f", I: "f", J: "f", T: "f", F: "f", C: "f", G: "g", K: "p", W: "i" };

/** Splits a lemma as written in speech-verbs.txt: « s'énerver », « se défendre », « faire valoir ». */
export function parseVerbLemma(lemma) {
  let rest = lemma;
  let pronominal = false;
  const m = /^(s'|se )(.+)$/.exec(rest);
  if (m) {
    pronominal = true;
    rest = m[2];
  }
  const sp = rest.indexOf(" ");
  return { pronominal, verb: sp === -1 ? rest : rest.slice(0, sp), tail: sp === -1 ? "" : rest.slice(sp) };
}

function buildSpeechVerbs(problems) {
  const lemmas = entries("speech-verbs.txt").map((l) => lower(l.normalize("NFC")));
  const homographs = new Set(entries("speech-verb-homographs.txt").map((l) => lower(l)));
  const forms = new Map(); // form → Set of codes
  const add = (form, code) => {
    let s = forms.get(form);
    if (!s) forms.set(form, (s = new Set()));
    s.add(code);
  };
  lemmas.forEach((lemma, idx) => {
    const { verb, tail } = parseVerbLemma(lemma);
    let table = lefff()[verb];
    if (!table && /er$/.test(verb)) table = regularEr(verb);
    if (!table) {
      problems.push(`lexicons/speech-verbs.txt: « ${lemma} »: verb « ${verb} » not in french-verbs-lefff`);
      return;
    }
    for (const [tense, list] of Object.entries(table)) {
      const cls = CLASS[tense];
      if (!cls) continue;
      for (const f of list) {
        if (!f || f === "NA") continue;
        const form = lower(f) + tail;
        // Pronominal forms are stored bare (« énervant »); the runtime strips « s' » / « se ».
        add(form, `${idx}${cls}`);
        // Lefff spells -ayer verbs « balaye » only; « balaie », « balaieront » are as common.
        if (/ayer$/.test(verb) && f !== verb && /aye(?:s|nt|r\S*)?$/.test(lower(f))) add(lower(f).replace(/ay(e(?:s|nt|r\S*)?)$/, "ai$1") + tail, `${idx}${cls}`);
      }
    }
  });
  const formRows = [...forms.keys()].sort().map((f) => [f, [...forms.get(f)].join(",")]);
  const maxWords = Math.max(1, ...[...forms.keys()].map((f) => f.split(" ").length));
  return module(["speech-verbs.txt", "speech-verb-homographs.txt", "french-verbs-lefff (Lefff, LGPL-LR)"], {
    SPEECH_VERB_LEMMAS: lemmas.join("|"),
    ...table("SPEECH_VERB", formRows),
    // First words of the multi-word forms (« fait » of « fait valoir »).
    SPEECH_VERB_MULTI_STARTS: [...new Set(formRows.map(([f]) => f).filter((f) => f.includes(" ")).map((f) => f.slice(0, f.indexOf(" "))))].sort().join("|"),
    SPEECH_VERB_HOMOGRAPHS: [...homographs].sort().join("|"),
    SPEECH_VERB_MAX_WORDS: maxWords,
  });
}

// ---- speech embedders -------------------------------------------------------------------------

/**
 * speech-embedders.txt: every form of each embedder (« cesse », « cessé », « cessant ») →
 * "prep class pronominal" readings, comma-joined (« de f 0 »; prep « - » when none).
 */
function buildSpeechEmbedders(problems) {
  const forms = new Map();
  for (const line of entries("speech-embedders.txt").map((l) => lower(l.normalize("NFC")))) {
    const { pronominal, verb, tail } = parseVerbLemma(line);
    const prep = tail.trim() || "-";
    if (prep.includes(" ")) problems.push(`lexicons/speech-embedders.txt: « ${line} »: one preposition at most`);
    let table = lefff()[verb];
    if (!table && /er$/.test(verb)) table = regularEr(verb);
    if (!table) {
      problems.push(`lexicons/speech-embedders.txt: « ${line} »: verb « ${verb} » not in french-verbs-lefff`);
      continue;
    }
    for (const [tense, list] of Object.entries(table)) {
      const cls = CLASS[tense];
      if (!cls || cls === "i") continue;
      for (const f of list) {
        if (!f || f === "NA") continue;
        const form = lower(f);
        let set = forms.get(form);
        if (!set) forms.set(form, (set = new Set()));
        set.add(`${prep} ${cls} ${pronominal ? 1 : 0}`);
      }
    }
  }
  return module(["speech-embedders.txt", "french-verbs-lefff (Lefff, LGPL-LR)"], table("SPEECH_EMBEDDER", [...forms].map(([f, set]) => [f, [...set].sort().join(",")])));
}

// ---- simple folded sets ---------------------------------------------------------------------

/** A list keyed by the lower-case accented form (a token's `lower`), "|"-joined, sorted. */
function lowerSet(file) {
  return [...new Set(entries(file).map((e) => lower(e)))].sort().join("|");
}

/** role-families.tsv: one "family\toffice" row per office, folded, "\n"-joined. */
function roleFamilies() {
  return rows("role-families.tsv").map(([family, office]) => `${fold(family)}\t${fold(office)}`).join("\n");
}

function foldedSet(file, { plurals = false } = {}) {
  const set = new Set();
  for (const e of entries(file)) {
    set.add(fold(e));
    if (plurals) set.add(fold(plural(e)));
  }
  return [...set].sort().join("|");
}

// ---- small sets keyed as their header says ---------------------------------------------------

/** Small cue lists of the stages (names, mentions, entities): file → generated constant. */
export const KEYED_SETS = {
  "noble-titles.txt": "NOBLE_TITLE_WORDS",
  "street-words.txt": "STREET_WORDS",
  "credit-words.txt": "CREDIT_WORDS",
  "org-roles.txt": "ORG_ROLE_WORDS",
  "firm-roles.txt": "FIRM_ROLE_WORDS",
  "company-nouns.txt": "COMPANY_NOUN_WORDS",
  "money-words.txt": "MONEY_WORDS",
  "firm-appositions.txt": "FIRM_APPOSITION_WORDS",
  "staff-words.txt": "STAFF_WORDS",
  "business-words.txt": "BUSINESS_WORDS",
  "firm-nouns.txt": "FIRM_NOUN_WORDS",
  "described-heads.txt": "DESCRIBED_HEAD_WORDS",
  "geo-heads.txt": "GEO_HEAD_WORDS",
  "press-roles.txt": "PRESS_ROLE_WORDS",
  "press-agencies.txt": "PRESS_AGENCY_WORDS",
  "implied-body-roles.txt": "IMPLIED_BODY_ROLE_WORDS",
  "name-particles.txt": "NAME_PARTICLE_WORDS",
  "head-adjectives.txt": "HEAD_ADJECTIVE_WORDS",
  "not-body-adjectives.txt": "NOT_BODY_ADJECTIVE_WORDS",
  "web-domains.txt": "WEB_DOMAIN_WORDS",
  // the attribution stage (06-attribution)
  "asked-verbs.txt": "ASKED_VERB_WORDS",
  "staff-nouns.txt": "STAFF_NOUN_WORDS",
  "close-staff-nouns.txt": "CLOSE_STAFF_NOUN_WORDS",
  "member-nouns.txt": "MEMBER_NOUN_WORDS",
  // the sentence stage (04-sentences.ts)
  "abbreviations.txt": "ABBREVIATION_WORDS",
  // the names stage (03-names.ts)
  "title-cues.txt": "TITLE_CUE_WORDS",
  "label-nouns.txt": "LABEL_NOUN_WORDS",
  "work-nouns.txt": "WORK_NOUN_WORDS",
  "naming-verbs.txt": "NAMING_VERB_WORDS",
  "naming-nouns.txt": "NAMING_NOUN_WORDS",
  "written-on.txt": "WRITTEN_ON_WORDS",
  // the entity stage (07-entities)
  "led-by.txt": "LED_BY_WORDS",
  "leads-after-que.txt": "LEADS_AFTER_QUE_WORDS",
  "founded.txt": "FOUNDED_WORDS",
  "group-nouns.txt": "GROUP_NOUN_WORDS",
  "sports-body-heads.txt": "SPORTS_BODY_HEAD_WORDS",
  "role-adjectives.txt": "ROLE_ADJECTIVE_WORDS",
  "private-roles.txt": "PRIVATE_ROLE_WORDS",
};

/**
 * A list whose header says « # Key form: lower-case » or « # Key form: folded »: entries kept
 * as written, "|"-joined (scripts/check-lexicons.mjs checks that each is in that form: an entry
 * that is not could never match).
 */
function keyedSet(file) {
  return [...new Set(entries(file))].sort().join("|");
}

// ---- first names -----------------------------------------------------------------------------

/** Nominal counts given to hand-listed foreign names: enough to pass the 90 % gender test. */
const EXTRA_COUNTS = { m: [100, 0], f: [0, 100], x: [50, 50] };

function buildFirstNames(problems) {
  const seen = new Map();
  for (const [name, m, f] of rows("first-names.tsv")) seen.set(lower(name), [Number(m), Number(f)]);
  for (const [name, g] of rows("first-names-extra.tsv")) {
    const key = lower(name);
    const c = EXTRA_COUNTS[g];
    if (!c) problems.push(`lexicons/first-names-extra.tsv: « ${name} »: gender must be m, f or x`);
    else if (!seen.has(key)) seen.set(key, c);
  }
  // Folded spellings whose counts differ from the exact row (accents dropped, or several
  // spellings summed): shipped apart so the runtime folds nothing at load.
  const folded = new Map();
  for (const [k, [m, f]] of seen) {
    const fk = fold(k);
    const prev = folded.get(fk) ?? [0, 0];
    folded.set(fk, [prev[0] + m, prev[1] + f]);
  }
  const extraFolded = [...folded].filter(([fk, [m, f]]) => {
    const exact = seen.get(fk);
    return !exact || exact[0] !== m || exact[1] !== f;
  });
  return {
    ...table("FIRST_NAME", [...seen].map(([k, [m, f]]) => [k, `${m}\t${f}`])),
    ...table("FIRST_NAME_FOLDED", extraFolded.map(([k, [m, f]]) => [k, `${m}\t${f}`])),
  };
}

// ---- organizations ---------------------------------------------------------------------------

/**
 * Organization lists, in precedence order when two claim one name: platforms and media
 * before companies, ngos/parties/institutions before companies, hand-written lists before
 * derived ones; parties of other countries after the companies (in the French press « BNP » is
 * the bank before a foreign party). [file, default type, platform: typed by the article's
 * context at run time, which rows: by their `country` column].
 */
const FRENCH_OR_EU = (country) => country === "" || country === "FRA" || country === "EU";
const ORG_SOURCES = [
  ["platforms.tsv", "media", true],
  ["media.tsv", "media", false],
  ["ngos.tsv", "ngo", false],
  ["parties-extra.tsv", "party", false],
  ["institutions-extra.tsv", "institution", false],
  ["companies-extra.tsv", "company", false],
  ["clubs.tsv", "other", false],
  ["religious.tsv", "other", false],
  ["parties.tsv", "party", false, FRENCH_OR_EU],
  ["institutions.tsv", "institution", false],
  ["companies.tsv", "company", false],
  ["parties.tsv", "party", false, (country) => !FRENCH_OR_EU(country)],
];

/** Trailing words of a listed company's name that the press leaves out (folded). */
const CORPORATE_TAIL = / (?:group|groupe|holding|holdings|international|corporation|corp|company|incorporated|limited)$/;

/** « Groupe de l'… », « Groupe des … » before a parliamentary group's name (folded). */
const GROUP_PREFIX = /^groupe (?:de l'|de la |des |du )/;

function buildOrgs(problems) {
  // A key that is also an ordinary word, a place or a frequent first name is marked ambiguous
  // (listed in a sixth field), whatever its entry says: « Total » for TotalEnergies, « Free ».
  const plain = new Set([...entries("common-words.txt"), ...entries("places.txt"), ...entries("not-names.txt")].map(fold));
  const firstNamesAny = new Set();
  for (const [name, m, f] of rows("first-names.tsv")) {
    firstNamesAny.add(fold(name));
    if (Number(m) + Number(f) >= 5000) plain.add(fold(name));
  }
  const out = [];
  const acronyms = new Map();
  const claimed = new Map(); // key → row
  const looseKeys = [];
  for (const [file, defType, platform, countries] of ORG_SOURCES) {
    const lex = readLexicon(join(LEX, file));
    const col = (name) => (lex.columns ?? []).indexOf(name);
    const [cName, cAcr, cAmb, cAli, cType, cCountry] = ["name", "acronym", "ambiguous", "aliases", "type", "country"].map(col);
    for (const r of lex.rows) {
      const c = r.cells.map((x) => x.trim());
      if (countries && !countries(cCountry >= 0 ? (c[cCountry] ?? "") : "")) continue;
      const name = c[cName] ?? "";
      const type = cType >= 0 && ORG_TYPES.includes(c[cType]) ? c[cType] : defType;
      if (cType >= 0 && c[cType] && !ORG_TYPES.includes(c[cType])) problems.push(`lexicons/${file}:${r.line}: unknown org type « ${c[cType]} »`);
      let acronym = cAcr >= 0 ? (c[cAcr] ?? "") : "";
      // A short form written as an ordinary word or a frequent first name (some parties' codes
      // in the open data: « Martin », « Lab », « Vox ») would read every such word as the
      // party: only short forms with a capital inside or all in capitals are kept.
      if (/^\p{Lu}\p{Ll}+$/u.test(acronym) && (plain.has(fold(acronym)) || firstNamesAny.has(fold(acronym)))) acronym = "";
      if (/\s/.test(acronym)) problems.push(`lexicons/${file}:${r.line}: acronym « ${acronym} » has a space (put it in aliases)`);
      // 1: the entry says so; 2: only its name is an ordinary word or a place (« Union
      // européenne »), so its acronym (« UE ») is not ambiguous.
      const ambiguous = cAmb >= 0 && c[cAmb] === "1" ? 1 : plain.has(fold(name)) ? 2 : 0;
      const keys = new Set([fold(name)]);
      if (cAli >= 0 && c[cAli]) for (const a of c[cAli].split("|")) if (a.trim()) keys.add(fold(a));
      // Written forms the press uses for the same name: without a leading « Groupe de l' » (the
      // groups of the European Parliament), and with a hyphen for a slash (« Verts-ALE »).
      for (const k of [...keys]) {
        const bare = k.replace(GROUP_PREFIX, "");
        if (bare !== k && bare.split(" ").length >= 3) keys.add(bare);
      }
      for (const k of [...keys]) if (k.includes("/")) keys.add(k.replace(/ ?\/ ?/g, "-"));
      // A listed company's name without a trailing corporate word, as the press writes it
      // (« Credit Suisse » for Credit Suisse Group), unless that leaves an ordinary word.
      if (defType === "company") {
        for (const k of [...keys]) {
          const short = k.replace(CORPORATE_TAIL, "");
          if (short !== k && short.length >= 4 && !plain.has(short)) keys.add(short);
        }
      }
      // Long acronyms are often written as words (Cnil, Medef, Arcom): index them folded too,
      // unless that makes a common word.
      if (acronym.length >= 4 && !plain.has(fold(acronym))) keys.add(fold(acronym));
      const fresh = [...keys].filter((k) => k && !claimed.has(k));
      // An acronym is no other list's written form: « BNP » that a bank's row lists as an alias
      // (an earlier list) is not a party's acronym, nor « Martin », a first name, an acronym.
      const acrFresh = acronym !== "" && !acronyms.has(acronym) && !claimed.has(fold(acronym)) && !plain.has(fold(acronym));
      if (fresh.length === 0 && !acrFresh) continue;
      const idx = out.length;
      for (const k of fresh) claimed.set(k, idx);
      if (acrFresh) acronyms.set(acronym, idx);
      if (!ambiguous) looseKeys.push(...fresh.filter((k) => plain.has(k)));
      // Fifth field: 1 for a platform, typed by the article's context (lexicon/index.ts).
      out.push([ORG_TYPES.indexOf(type), ambiguous, name, acronym, platform ? 1 : 0].join("\t"));
    }
  }
  // ORG_LOOSE: keys that are ordinary words although their entry is not ambiguous (« total »).
  return { ORGS: out.join("\n"), ...table("ORG", claimed), ORG_LOOSE: looseKeys.join("|"), ...table("ORG_ACRONYM", acronyms) };
}

// ---- org heads, roles, demonyms, titles ------------------------------------------------------

function buildOrgHeads(problems) {
  // Heads are looked up folded (« Fondation » = « fondation »); suffixes exactly as written,
  // because several are also French words in lower case (SA / sa, SE / se, AG).
  const heads = new Map();
  const suffixes = new Map();
  for (const [word, type, kind, cap, inName] of rows("org-heads.tsv")) {
    if (!ORG_TYPES.includes(type)) problems.push(`lexicons/org-heads.tsv: « ${word} »: unknown org type « ${type} »`);
    if (kind !== "head" && kind !== "suffix") problems.push(`lexicons/org-heads.tsv: « ${word} »: kind must be head or suffix`);
    if (cap !== "0" && cap !== "1") problems.push(`lexicons/org-heads.tsv: « ${word} »: capitalised must be 0 or 1`);
    if (inName !== "0" && inName !== "1") problems.push(`lexicons/org-heads.tsv: « ${word} »: in_name must be 0 or 1`);
    const code = `${ORG_TYPES.indexOf(type)}${cap === "1" ? 1 : 0}${inName === "1" ? 1 : 0}`;
    if (kind === "suffix") {
      const k = word.replace(/[\u2019\u2018]/g, "'");
      if (!suffixes.has(k)) suffixes.set(k, code);
      continue;
    }
    for (const form of [word, plural(word)]) {
      const k = fold(form);
      if (!heads.has(k)) heads.set(k, code);
    }
  }
  const maxWords = Math.max(1, ...[...heads.keys(), ...suffixes.keys()].map(wordCount));
  return { ...table("ORG_HEAD", heads), ORG_HEAD_LAST_WORDS: lastWords([...heads.keys()]), ...table("ORG_SUFFIX", suffixes), ORG_HEAD_MAX_WORDS: maxWords };
}

/** Words in a key as the core counts them: split on spaces and after apostrophes (« d'État »). */
function wordCount(k) {
  return k.split(/ |(?<=')/).filter(Boolean).length;
}

function buildRoles() {
  const out = new Map();
  const put = (form, canonical, gender, isPlural) => {
    const k = fold(form);
    if (!k || out.has(k)) return;
    out.set(k, `${canonical}\t${gender}\t${isPlural ? 1 : 0}`);
  };
  for (const [m, f0, canon] of rows("roles.tsv")) {
    const f = f0 || m;
    const canonical = canon || m;
    const epicene = fold(f) === fold(m);
    put(m, canonical, epicene ? "" : "m", false);
    put(f, canonical, epicene ? "" : "f", false);
    // Plurals: a masculine plural may cover women too, so only the feminine one keeps a gender.
    put(plural(m), canonical, "", true);
    put(plural(f), canonical, epicene ? "" : "f", true);
  }
  const maxWords = Math.max(1, ...[...out.keys()].map(wordCount));
  const keys = [...out.keys()];
  return { ...table("ROLE", out), ROLE_FIRST_WORDS: firstWords(keys), ROLE_LAST_WORDS: lastWords(keys), ROLE_MAX_WORDS: maxWords };
}

function buildDemonyms() {
  const out = new Map();
  const put = (form, gender, isPlural) => {
    const k = fold(form);
    if (k && !out.has(k)) out.set(k, `${gender}\t${isPlural ? 1 : 0}`);
  };
  for (const [m, f0] of rows("demonyms.tsv")) {
    const f = f0 || m;
    const epicene = fold(f) === fold(m);
    put(m, epicene ? "" : "m", false);
    put(f, epicene ? "" : "f", false);
    put(plural(m), "", true);
    put(plural(f), epicene ? "" : "f", true);
  }
  return table("DEMONYM", out);
}

function buildTitles(problems) {
  const out = new Map();
  for (const [form, g] of rows("titles.tsv")) {
    if (!["m", "f", "x"].includes(g)) problems.push(`lexicons/titles.tsv: « ${form} »: gender must be m, f or x`);
    const k = form.replace(/[\u2019\u2018]/g, "'");
    if (!out.has(k)) out.set(k, g === "x" ? "" : g);
  }
  return table("TITLE", out);
}

// ---- boilerplate --------------------------------------------------------------------------------

function buildBoilerplate() {
  const exact = [], prefix = [], suffix = [], sub = [];
  for (const raw of entries("boilerplate.txt")) {
    let p = raw;
    const start = p.startsWith("^");
    const end = p.endsWith("$");
    if (start) p = p.slice(1);
    if (end) p = p.slice(0, -1);
    p = fold(p);
    if (start && end) exact.push(p);
    else if (start) prefix.push(p);
    else if (end) suffix.push(p);
    else sub.push(p);
  }
  const j = (a) => [...new Set(a)].sort().join("\n");
  return { BOILERPLATE_EXACT: j(exact), BOILERPLATE_PREFIX: j(prefix), BOILERPLATE_SUFFIX: j(suffix), BOILERPLATE_SUBSTRING: j(sub) };
}

// ---- output ---------------------------------------------------------------------------------------

/** One section of the generated module: the lists it comes from and its constants. */
function module(sources, consts) {
  return { sources, consts };
}

/** Renders the single generated module (one file: the ESM loader costs ~0.6 ms per module). */
function render(sections) {
  const sources = [...new Set(sections.flatMap((s) => s.sources))];
  const out = [
    "// generated by scripts/build-lexicons.mjs from " +
      sources.map((s) => (s.includes(" ") ? s : `lexicons/${s}`)).join(", ") +
      " — do not edit",
    "// Rebuild with `npm run lexicons:build`; `npm run lexicons:check` fails when this file is stale.",
    "// Rows are joined with \"\\n\", fields with \"\\t\", set members with \"|\"; keys are already folded.",
  ];
  for (const { sources: src, consts } of sections) {
    out.push("", `// from ${src.map((s) => (s.includes(" ") ? s : `lexicons/${s}`)).join(", ")}`);
    for (const [k, v] of Object.entries(consts)) {
      out.push(typeof v === "number" ? `export const ${k}: number = ${v};` : `export const ${k}: string =\n  ${JSON.stringify(v)};`);
    }
  }
  return out.join("\n") + "\n";
}

/** Builds every generated module in memory: { files: Map<name, content>, problems: string[] }. */
export function buildAll() {
  const problems = [];
  const sections = [
    buildSpeechVerbs(problems),
    buildSpeechEmbedders(problems),
    module(["speech-nouns.txt"], { SPEECH_NOUNS: foldedSet("speech-nouns.txt", { plurals: true }) }),
    module(["first-names.tsv", "first-names-extra.tsv"], buildFirstNames(problems)),
    module(ORG_SOURCES.map(([file]) => file), buildOrgs(problems)),
    module(["org-heads.tsv"], buildOrgHeads(problems)),
    module(["roles.tsv"], buildRoles()),
    module(["demonyms.tsv"], buildDemonyms()),
    module(["places.txt"], { PLACES: foldedSet("places.txt") }),
    module(["not-names.txt"], { NOT_NAMES: foldedSet("not-names.txt") }),
    module(["common-words.txt"], { COMMON_WORDS: foldedSet("common-words.txt") }),
    module(["sports.txt"], { SPORTS: foldedSet("sports.txt") }),
    module(["titles.tsv"], buildTitles(problems)),
    module(["boilerplate.txt"], buildBoilerplate()),
    module(["org-proxies.txt"], { ORG_PROXIES: lowerSet("org-proxies.txt") }),
    module(["mouthpieces.txt"], { MOUTHPIECES: lowerSet("mouthpieces.txt") }),
    module(["channel-nouns.txt"], { CHANNEL_NOUNS: lowerSet("channel-nouns.txt") }),
    module(["institution-heads.txt"], { INSTITUTION_HEADS: lowerSet("institution-heads.txt") }),
    module(["distinct-roles.txt"], { DISTINCT_ROLES: lowerSet("distinct-roles.txt") }),
    module(["role-families.tsv"], { ROLE_FAMILIES: roleFamilies() }),
    ...Object.entries(KEYED_SETS).map(([file, name]) => module([file], { [name]: keyedSet(file) })),
    module(["body-nouns.tsv"], { BODY_NOUNS: rows("body-nouns.tsv").map((r) => r.join("\t")).sort().join("\n") }),
    module(["business-verbs.tsv"], { BUSINESS_VERBS: rows("business-verbs.tsv").map((r) => r.join("\t")).sort().join("\n") }),
  ];
  return { files: new Map([["lexicons.ts", render(sections)]]), problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { files, problems } = buildAll();
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let total = 0;
  for (const [name, content] of files) {
    writeFileSync(join(OUT, name), content);
    total += Buffer.byteLength(content);
  }
  console.log(`wrote ${[...files.keys()].join(", ")} to src/lexicon/generated (${(total / 1024).toFixed(0)} KiB)`);
}
