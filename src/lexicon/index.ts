/**
 * Typed lookups over parole's word lists (speech verbs, first names, known organizations,
 * roles, places…). The lists live in `lexicons/` as plain files; `scripts/build-lexicons.mjs`
 * compiles them into the string constants of `./generated/`, keys already folded and sorted.
 * Nothing is built on import; the large tables are binary-searched until a long run has asked
 * them often enough to pay for a Map (see `SortedTable`), the small sets are split on first use.
 */

import type { Gender, OrgType } from "../core/types.js";
import { fold, foldInto, lower } from "../core/fold.js";
import { memo } from "../core/memo.js";
import {
  BOILERPLATE_EXACT,
  CHANNEL_NOUNS,
  DISTINCT_ROLES,
  INSTITUTION_HEADS,
  MOUTHPIECES,
  ORG_PROXIES,
  ROLE_FAMILIES,
  BOILERPLATE_PREFIX,
  BOILERPLATE_SUBSTRING,
  BOILERPLATE_SUFFIX,
  BODY_NOUNS,
  BUSINESS_WORDS,
  COMPANY_NOUN_WORDS,
  CREDIT_WORDS,
  DESCRIBED_HEAD_WORDS,
  FIRM_NOUN_WORDS,
  FIRM_ROLE_WORDS,
  GEO_HEAD_WORDS,
  NOBLE_TITLE_WORDS,
  ORG_ROLE_WORDS,
  STREET_WORDS,
  COMMON_WORDS,
  DEMONYM_KEYS,
  DEMONYM_VALUES,
  FIRST_NAME_FOLDED_KEYS,
  FIRST_NAME_FOLDED_VALUES,
  FIRST_NAME_KEYS,
  FIRST_NAME_VALUES,
  NOT_NAMES,
  ORG_ACRONYM_KEYS,
  ORG_ACRONYM_VALUES,
  ORG_HEAD_KEYS,
  ORG_HEAD_LAST_WORDS,
  ORG_HEAD_MAX_WORDS,
  ORG_HEAD_VALUES,
  ORG_KEYS,
  ORG_LOOSE,
  ORG_SUFFIX_KEYS,
  ORG_SUFFIX_VALUES,
  ORG_VALUES,
  ORGS,
  PLACES,
  SPORTS,
  ROLE_FIRST_WORDS,
  ROLE_KEYS,
  ROLE_LAST_WORDS,
  ROLE_MAX_WORDS,
  ROLE_VALUES,
  SPEECH_NOUNS,
  SPEECH_VERB_HOMOGRAPHS,
  SPEECH_VERB_KEYS,
  SPEECH_VERB_LEMMAS,
  SPEECH_VERB_MAX_WORDS,
  SPEECH_VERB_MULTI_STARTS,
  SPEECH_VERB_VALUES,
  TITLE_KEYS,
  TITLE_VALUES,
} from "./generated/lexicons.js";

// ---- helpers -----------------------------------------------------------------------------------

/** Returns a function that computes `make()` once, on first call. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Splits "a|b|c" into a Set (empty string → empty set). */
function setOf(packed: string, sep = "|"): Set<string> {
  return new Set(packed === "" ? [] : packed.split(sep));
}

/** Lines of a "\n"-joined list (empty string → no line). */
const linesOf = (packed: string): string[] => (packed === "" ? [] : packed.split("\n"));

/**
 * After this many lookups a table builds its Map (or prefix Set): about what filling one costs
 * in binary searches. One article stays below it on every table.
 */
export const HASH_AFTER = 2_000;

/**
 * A table over sorted "\n"-joined keys and the values at the same positions. An article asks a
 * few dozen of the thousands of keys a table holds (32 of the 12,000 speech-verb forms), so
 * filling Maps up front cost a one-article CLI run more than its extraction: the first lookups
 * binary-search the split keys instead, and a long run switches to a Map after HASH_AFTER.
 */
export class SortedTable {
  private keys: string[] | undefined;
  private values: string[] | undefined;
  private map: Map<string, string> | undefined;
  private prefixes: Set<string> | undefined;
  private lookups = 0;
  private prefixLookups = 0;

  constructor(
    private readonly packedKeys: string,
    private readonly packedValues: string,
  ) {}

  get(key: string): string | undefined {
    if (this.map) return this.map.get(key);
    if (++this.lookups > HASH_AFTER) {
      this.map = this.hashed();
      return this.map.get(key);
    }
    const keys = (this.keys ??= linesOf(this.packedKeys));
    const i = lowerBound(keys, key);
    return keys[i] === key ? (this.values ??= linesOf(this.packedValues))[i] : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * The Map of the table, from the keys and values already split when there are some; what
   * no search needs afterwards is let go (a worker thread keeps every table for its life).
   */
  private hashed(): Map<string, string> {
    const keys = this.keys ?? linesOf(this.packedKeys);
    const values = this.values ?? linesOf(this.packedValues);
    const map = new Map<string, string>();
    for (let i = 0; i < keys.length; i++) map.set(keys[i] ?? "", values[i] ?? "");
    this.values = undefined;
    if (this.prefixes) this.keys = undefined;
    return map;
  }

  /**
   * True when `phrase` is a key or a key's start cut at a word end (before a space, or after
   * an apostrophe: « banque », « banque de », « l' »), as a longest match walks them.
   */
  startsKey(phrase: string): boolean {
    if (this.prefixes) return this.prefixes.has(phrase);
    if (++this.prefixLookups > HASH_AFTER) {
      this.prefixes = prefixesOf(this.packedKeys);
      if (this.map) this.keys = undefined; // neither search needs the split keys any more
      return this.prefixes.has(phrase);
    }
    // Keys that start with `phrase` follow it in sorted order, those with a space after it
    // first (no key holds a character below the space).
    const keys = (this.keys ??= linesOf(this.packedKeys));
    const next = keys[lowerBound(keys, phrase)];
    return next !== undefined && (next === phrase || next.startsWith(phrase.endsWith("'") ? phrase : phrase + " "));
  }
}

/**
 * Every word prefix of "\n"-joined folded keys (« banque », « banque de », « banque de
 * france »), words split at spaces and after an apostrophe, as a longest match walks them.
 */
function prefixesOf(keys: string): Set<string> {
  const set = new Set<string>();
  if (keys === "") return set;
  const WORD_END = /[ ']/g;
  for (const k of keys.split("\n")) {
    WORD_END.lastIndex = 0;
    for (let m = WORD_END.exec(k); m; m = WORD_END.exec(k)) set.add(k.slice(0, m[0] === "'" ? m.index + 1 : m.index));
    set.add(k);
  }
  return set;
}

/** Index of the first of the sorted `keys` not below `key` (keys.length when none). */
function lowerBound(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The fields of a row value from `rowsOf`. */
const fields = (v: string): string[] => v.split("\t");

const NON_ASCII = /[^\x00-\x7f]/;
/** `lower` plus NFC, so text typed in decomposed form still finds accented keys. */
function lowerNfc(s: string): string {
  return lower(NON_ASCII.test(s) ? s.normalize("NFC") : s);
}

const LEADING_ARTICLE = /^(?:le |la |les |l')/;

/** `fold` for single words, remembered: probes fold the same words again and again. */
const foldWord = memo(fold, 100_000);

const ORG_TYPES: readonly OrgType[] = ["company", "institution", "party", "media", "ngo", "other"];
const orgType = (code: string | undefined): OrgType => ORG_TYPES[Number(code)] ?? "other";
const genderOf = (g: string | undefined): Gender | null => (g === "m" || g === "f" ? g : null);

// ---- speech verbs -------------------------------------------------------------------------------

/** One reading of a speech-verb form. */
export interface VerbEntry {
  /** Infinitive as listed: « déclarer », « s'énerver », « faire valoir ». */
  lemma: string;
  /** finite: any tense and person; participle: past participle; gerund: present participle. */
  form: "finite" | "participle" | "gerund" | "infinitive";
  /** The lemma is pronominal (« s'énerver »): the core expects « se/s' » before the form. */
  pronominal: boolean;
  /** The form is also a frequent noun or adjective (« juge », « critique »): want more context. */
  homograph: boolean;
}

const FORM_CLASS: Record<string, VerbEntry["form"]> = { f: "finite", p: "participle", g: "gerund", i: "infinitive" };

const verbLemmas = lazy(() => SPEECH_VERB_LEMMAS.split("|"));
const verbLemmaSet = lazy(() => new Set(verbLemmas()));
const verbForms = lazy(() => new SortedTable(SPEECH_VERB_KEYS, SPEECH_VERB_VALUES));
const verbHomographs = lazy(() => setOf(SPEECH_VERB_HOMOGRAPHS));

/** Decodes "12f,40p" (lemma index + form class) into entries. */
function verbEntries(form: string, codes: string): VerbEntry[] {
  const lemmas = verbLemmas();
  const homograph = verbHomographs().has(form);
  return codes.split(",").map((code) => {
    const lemma = lemmas[Number(code.slice(0, -1))] ?? "";
    return {
      lemma,
      form: FORM_CLASS[code.slice(-1)] ?? "finite",
      pronominal: lemma.startsWith("s'") || lemma.startsWith("se "),
      homograph,
    };
  });
}

/**
 * Readings of a speech-verb form (« déclaré », « ajoute », « énervé », « fait valoir »), or
 * undefined. Any case; accents significant; apostrophes and spaces folded. Pronominal verbs
 * also answer with their pronoun glued on (« s'énervant », « se féliciter »).
 */
// The same forms come back in every article: answered from a memo (entries are never mutated).
export const speechVerb: (form: string) => VerbEntry[] | undefined = memo(readSpeechVerb);

function readSpeechVerb(form: string): VerbEntry[] | undefined {
  const key = lowerNfc(form);
  const codes = verbForms().get(key);
  if (codes !== undefined) return verbEntries(key, codes);
  // « s'énervant », « se féliciter »: the bare form, pronominal readings only.
  const m = REFLEXIVE.exec(key);
  if (!m) return undefined;
  const bare = key.slice(m[0].length);
  const bareCodes = verbForms().get(bare);
  if (bareCodes === undefined) return undefined;
  const entries = verbEntries(bare, bareCodes).filter((e) => e.pronominal && e.form !== "participle");
  return entries.length > 0 ? entries : undefined;
}

const REFLEXIVE = /^(?:s'|se )/;

/** True when `lemma` (« déclarer », « s'énerver ») is a listed speech verb. */
export function isSpeechVerbLemma(lemma: string): boolean {
  return verbLemmaSet().has(lowerNfc(lemma));
}

/** Most words in a multi-word speech-verb key (« fait valoir », « met en garde »), for longest match. */
export const speechVerbMaxWords: number = SPEECH_VERB_MAX_WORDS;

// ---- speech nouns ---------------------------------------------------------------------------------

const speechNouns = lazy(() => setOf(SPEECH_NOUNS));

/** True for nouns that stand for a statement (« communiqué », « rapport », « tweets »). */
export function isSpeechNoun(word: string): boolean {
  return speechNouns().has(foldWord(word));
}

// ---- first names --------------------------------------------------------------------------------

interface NameCounts {
  male: number;
  female: number;
}

// Exact lower-case spellings (INSEE keeps « élisabeth » and « elisabeth » apart); the folded
// table, consulted on a miss, holds only folded keys whose counts differ (spellings summed).
const firstNames = lazy(() => new SortedTable(FIRST_NAME_KEYS, FIRST_NAME_VALUES));
const firstNamesFolded = lazy(() => new SortedTable(FIRST_NAME_FOLDED_KEYS, FIRST_NAME_FOLDED_VALUES));

function nameLookup(name: string): NameCounts | undefined {
  const row = firstNames().get(lowerNfc(name)) ?? firstNamesFolded().get(foldWord(name)) ?? firstNames().get(foldWord(name));
  if (row === undefined) return undefined;
  const [m = "0", f = "0"] = fields(row);
  return { male: Number(m), female: Number(f) };
}

/**
 * Birth counts by sex for a first name (INSEE 1900–2020, plus nominal counts for listed
 * foreign names), or undefined. A hyphenated compound (« Jean-Luc ») is looked up whole,
 * else by its first part.
 */
export function firstName(name: string): { male: number; female: number } | undefined {
  const whole = nameLookup(name);
  if (whole) return whole;
  const dash = name.search(/[-\u2010-\u2015]/);
  return dash > 0 ? nameLookup(name.slice(0, dash)) : undefined;
}

/** "m" or "f" when at least 90 % of the name's births are of one sex, else null. */
export function firstNameGender(name: string): Gender | null {
  const c = firstName(name);
  if (!c) return null;
  const total = c.male + c.female;
  if (total === 0) return null;
  if (c.male / total >= 0.9) return "m";
  if (c.female / total >= 0.9) return "f";
  return null;
}

// ---- organizations ----------------------------------------------------------------------------------

/** A known organization. */
export interface OrgEntry {
  /** Canonical name as listed (« Autorité des marchés financiers », « SNCF »). */
  name: string;
  type: OrgType;
  acronym?: string;
  /** The form looked up is also a common word, first name or place: want context. */
  ambiguous: boolean;
  /** A social network or messaging app (platforms.tsv): a firm when the article treats it as one. */
  platform?: boolean;
}

// Keys map to a row number of ORGS; the row is decoded only when looked up.
const orgs = lazy(() => ({
  rows: ORGS.split("\n"),
  byKey: new SortedTable(ORG_KEYS, ORG_VALUES),
  loose: setOf(ORG_LOOSE),
  byAcronym: new SortedTable(ORG_ACRONYM_KEYS, ORG_ACRONYM_VALUES),
}));

function orgAt(row: string | undefined, key: string | null): OrgEntry | undefined {
  if (row === undefined) return undefined;
  const { rows, loose } = orgs();
  const [type, amb, name = "", acronym = "", platform] = fields(rows[Number(row)] ?? "");
  const entry: OrgEntry = { name, type: orgType(type), ambiguous: amb === "1" || (key !== null && loose.has(key)) };
  if (acronym) entry.acronym = acronym;
  if (platform === "1") entry.platform = true;
  return entry;
}

/**
 * A known company, institution, party, media or NGO, by acronym (case-sensitive exact: « CGT »,
 * « MoDem ») or by folded name or alias (« Microsoft », « la Commission européenne »).
 */
export function knownOrg(name: string): OrgEntry | undefined {
  const { byKey, byAcronym } = orgs();
  const trimmed = name.trim().replace(/[\u2019\u2018]/g, "'");
  const acr = orgAt(byAcronym.get(trimmed), null);
  if (acr) return acr;
  const k = fold(trimmed);
  const hit = orgAt(byKey.get(k), k);
  if (hit || !LEADING_ARTICLE.test(k)) return hit;
  const bare = k.replace(LEADING_ARTICLE, "");
  return orgAt(byKey.get(bare), bare);
}

/**
 * Whether `knownOrg` can find a name whose folded form is `key` (its leading article may be
 * dropped), acronyms aside: a probe over several spaced words asks this before building them.
 */
export function isKnownOrgKey(key: string): boolean {
  const { byKey } = orgs();
  return byKey.has(key) || (LEADING_ARTICLE.test(key) && byKey.has(key.replace(LEADING_ARTICLE, "")));
}

// ---- organization heads -------------------------------------------------------------------------

const orgHeads = lazy(() => ({ heads: new SortedTable(ORG_HEAD_KEYS, ORG_HEAD_VALUES), suffixes: new SortedTable(ORG_SUFFIX_KEYS, ORG_SUFFIX_VALUES) }));

/**
 * The org type a head noun announces (« groupe », « Fondation », « ministère »: kind "head",
 * folded lookup, plurals too) or a name-final word implies (« Foundation », « Inc. », « SA »:
 * kind "suffix", exact case). `capitalised`: the head is usually capitalised inside the name.
 */
export function orgHead(word: string): OrgHeadEntry | undefined {
  const { heads, suffixes } = orgHeads();
  const h = heads.get(foldWord(word));
  if (h !== undefined) return { type: orgType(h[0]), kind: "head", capitalised: h[1] === "1", inName: h[2] === "1" };
  const s = suffixes.get(word.trim().replace(/[\u2019\u2018]/g, "'"));
  if (s !== undefined) return { type: orgType(s[0]), kind: "suffix", capitalised: s[1] === "1", inName: false };
  return undefined;
}

/** What an organization head or suffix tells (org-heads.tsv). */
export interface OrgHeadEntry {
  type: OrgType;
  kind: "head" | "suffix";
  /** Usually written capitalised inside the name. */
  capitalised: boolean;
  /** The head belongs to the name even in lower case: « l'hôpital Vercors ». */
  inName: boolean;
}

/** True when a known organization's name (or an organization head) starts with these folded words. */
export function isOrgNamePrefix(phrase: string, heads = false): boolean {
  return (heads ? orgHeads().heads : orgs().byKey).startsKey(phrase);
}

/** First words of the multi-word speech-verb keys (« fait » of « fait valoir »). */
const speechVerbMultiStarts = lazy(() => setOf(SPEECH_VERB_MULTI_STARTS));

/**
 * False when no speech-verb form starts with `word` (lower case, apostrophes as '), so a
 * longest-match probe can stop at once. Reflexive forms are asked without their « s' ».
 */
export function mayStartSpeechVerb(word: string): boolean {
  return verbForms().has(word) || speechVerbMultiStarts().has(word) || REFLEXIVE.test(word);
}
/**
 * Every way the first token of a speech-verb form of two or more tokens may be written: each
 * key's text before a space or up to an apostrophe (« fait » of « fait valoir », « l' »…).
 */
const longerVerbStarts = lazy(() => {
  const starts = new Set<string>();
  for (const key of linesOf(SPEECH_VERB_KEYS)) {
    for (let i = 0; i < key.length - 1; i++) {
      if (key[i] === " ") starts.add(key.slice(0, i));
      else if (key[i] === "'") starts.add(key.slice(0, i + 1));
    }
  }
  return starts;
});

/**
 * False when no speech-verb form of two or more tokens starts with the token `word` (lower case,
 * apostrophes as '): a probe that has read `word` alone can stop. Pronominal forms (« s'est
 * exclamé », « se félicite ») start with « s' » or « se », glued or not, and always answer true.
 */
export function mayStartLongerSpeechVerb(word: string): boolean {
  const w = lowerNfc(word);
  if (w === "s'" || w === "se" || longerVerbStarts().has(w)) return true;
  return REFLEXIVE.test(w) && longerVerbStarts().has(w.replace(REFLEXIVE, ""));
}
/** Leading articles a known name may be written with (« La Poste », « le Monde »). */
const ARTICLE_WORDS = new Set(["le", "la", "les", "l'"]);

// First and last words of the keys (folded, as tokens: an apostrophe ends a word), built with
// the lexicons: longest-match probes ask them first about the word they start or end on.
const roleStarts = lazy(() => {
  const set = setOf(ROLE_FIRST_WORDS);
  for (const article of ARTICLE_WORDS) set.add(article);
  return set;
});
const orgHeadEnds = lazy(() => setOf(ORG_HEAD_LAST_WORDS));
const roleEnds = lazy(() => setOf(ROLE_LAST_WORDS));
/** False when no organization head (kind "head") ends with this folded word. */
export function mayEndOrgHeadKey(key: string): boolean {
  return orgHeadEnds().has(key);
}
/** False when no role ends with this folded word. */
export function mayEndRoleKey(key: string): boolean {
  return roleEnds().has(key);
}

// Longest-match probes ask these about a token's folded `key` first: one lookup, no folding.
/** False when no organization head starts with this folded word. */
export function mayStartOrgHeadKey(key: string): boolean {
  return orgHeads().heads.startsKey(key);
}
/** False when no known organization name starts with this folded word (acronyms aside). */
export function mayStartOrgKey(key: string): boolean {
  return ARTICLE_WORDS.has(key) || orgs().byKey.startsKey(key);
}
/** False when no role starts with this folded word. */
export function mayStartRoleKey(key: string): boolean {
  return roleStarts().has(key);
}

/** Most words in a multi-word head or suffix (« think tank », « fonds d'investissement »). */
export const orgHeadMaxWords: number = ORG_HEAD_MAX_WORDS;

// ---- roles ----------------------------------------------------------------------------------------

/** What a role noun tells about a person. */
export interface RoleEntry {
  /** Masculine singular or listed canonical form (« députée » → « député », « P.-D.G. » → « PDG »). */
  canonical: string;
  /** Gender shown by the form (« députée » f, « député » m, « ministre » null). */
  gender: Gender | null;
  /** The form is plural (« les députés »). */
  plural: boolean;
}

const roles = lazy(() => new SortedTable(ROLE_KEYS, ROLE_VALUES));

/**
 * A person's role or title (« ministre », « députée », « directeur général », « président de
 * la République »), folded lookup, plurals included. See `roleMaxWords` for longest match.
 */
export function role(word: string): RoleEntry | undefined {
  const row = roles().get(foldWord(word));
  if (row === undefined) return undefined;
  const [canonical = "", gender, plural] = fields(row);
  return { canonical, gender: genderOf(gender), plural: plural === "1" };
}

/** True when some role's folded key starts with these folded words (« chef », « chef de »). */
export function isRolePrefix(phrase: string): boolean {
  return roles().startsKey(phrase);
}

/**
 * Most words in a role key, counting a word after each space and after each apostrophe
 * (« chef de l'État » = 4), so a longest match over tokens split either way never stops short.
 */
export const roleMaxWords: number = ROLE_MAX_WORDS;

// ---- demonyms, places, not-names, titles --------------------------------------------------------

const demonyms = lazy(() => new SortedTable(DEMONYM_KEYS, DEMONYM_VALUES));

/** A nationality or origin noun (« Néerlandaise » f, « Belge » null), folded, plurals included. */
export function demonym(word: string): { gender: Gender | null; plural: boolean } | undefined {
  const row = demonyms().get(foldWord(word));
  if (row === undefined) return undefined;
  const [gender, plural] = fields(row);
  return { gender: genderOf(gender), plural: plural === "1" };
}

const places = lazy(() => setOf(PLACES));
const sports = lazy(() => setOf(SPORTS));

/** True for a sport or sports adjective (« judo », « cycliste », « olympique »; sports.txt); folded lookup. */
export function isSportWord(word: string): boolean {
  return sports().has(foldWord(word));
}

/** True for a country, city, region, sea… (« Bruxelles », « les États-Unis »); folded lookup. */
export function isPlace(name: string): boolean {
  const k = foldWord(name);
  const set = places();
  return set.has(k) || (LEADING_ARTICLE.test(k) && set.has(k.replace(LEADING_ARTICLE, "")));
}

const notNames = lazy(() => setOf(NOT_NAMES));

/** True for capitalised words that are never a name alone (« Lundi », « Selon », « Madame »). */
export function isNotName(word: string): boolean {
  return notNames().has(foldWord(word));
}

const titles = lazy(() => new SortedTable(TITLE_KEYS, TITLE_VALUES));

/** An honorific before a name (« M. », « Mme », « Dr », « Me »): exact case, with or without a final period. */
export function title(word: string): { gender: Gender | null } | undefined {
  const w = word.trim().replace(/[\u2019\u2018]/g, "'");
  const map = titles();
  const t = map.get(w) ?? (w.endsWith(".") ? map.get(w.slice(0, -1)) : map.get(w + "."));
  return t === undefined ? undefined : { gender: genderOf(t) };
}

// ---- boilerplate --------------------------------------------------------------------------------

const boilerplate = lazy(() => {
  const list = (s: string): string[] => (s === "" ? [] : s.split("\n"));
  return {
    exact: new Set(list(BOILERPLATE_EXACT)),
    prefix: list(BOILERPLATE_PREFIX),
    suffix: list(BOILERPLATE_SUFFIX),
    /** The prefixes grouped by their first two characters (one-character prefixes by one). */
    prefixBy: groupBy(list(BOILERPLATE_PREFIX), (p) => p.slice(0, 2)),
    substring: list(BOILERPLATE_SUBSTRING),
  };
});

function groupBy(items: string[], key: (s: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const s of items) {
    const k = key(s);
    const list = map.get(k);
    if (list) list.push(s);
    else map.set(k, [s]);
  }
  return map;
}

/** True when folded `k` starts with one of the prefixes, looked up by its first characters. */
function startsLike(prefixBy: Map<string, string[]>, k: string): boolean {
  return startsWithOne(prefixBy.get(k.slice(0, 2)), k) || startsWithOne(prefixBy.get(k.charAt(0)), k);
}

function startsWithOne(prefixes: string[] | undefined, k: string): boolean {
  if (prefixes) for (const p of prefixes) if (k.startsWith(p)) return true;
  return false;
}

/** Lines longer than this are checked on their first and last END_SPAN characters only. */
const LONG_LINE = 200;
const END_SPAN = 100;

/** What a long line's opening is folded first (see `isBoilerplateLine`). */
const QUICK_SPAN = 48;
const longestPrefix = lazy(() => Math.max(0, ...boilerplate().prefix.map((p) => p.length)));

/** Unanchored boilerplate patterns are only tried on lines this short (see lexicons/boilerplate.txt). */
const SUBSTRING_MAX_LINE = 160;

/** True for a line of paywall, sharing, comment or credit furniture (« Lire aussi : … »). */
export function isBoilerplateLine(line: string): boolean {
  const b = boilerplate();
  // A long line is body text unless it opens or ends like furniture: only its two ends are folded.
  if (line.length > LONG_LINE) {
    // Folded a little at a time: a prefix is decided by as many folded units as the longest one.
    let n = foldInto(line, FOLDED_LINE, 0, QUICK_SPAN);
    if (n >= 0 && n < longestPrefix()) n = foldInto(line, FOLDED_LINE, 0, END_SPAN);
    if (n >= 0 ? foldedStartsLike(FOLDED_LINE, n) : startsLike(b.prefixBy, fold(line.slice(0, END_SPAN)))) return true;
    if (b.suffix.length === 0) return false;
    const m = foldInto(line, FOLDED_LINE, line.length - END_SPAN);
    if (m >= 0) return foldedEndsLike(FOLDED_LINE, m);
    const tail = fold(line.slice(-END_SPAN));
    return b.suffix.some((p) => tail.endsWith(p));
  }
  // Most lines fold without the full definition: test them on code units, with no string built.
  const n = foldInto(line, FOLDED_LINE);
  if (n >= 0) return foldedIsBoilerplate(FOLDED_LINE, n);
  const k = fold(line);
  if (k === "") return false;
  if (b.exact.has(k)) return true;
  if (startsLike(b.prefixBy, k)) return true;
  for (const p of b.suffix) if (k.endsWith(p)) return true;
  if (k.length <= SUBSTRING_MAX_LINE) for (const p of b.substring) if (k.includes(p)) return true;
  return false;
}

/** Room for a short line folded (folding can lengthen a line: `foldInto` says when it is full). */
const FOLDED_LINE = new Uint16Array(4 * LONG_LINE);

/** Patterns as code units, by their first (last, for suffixes) code unit. */
const boilerplateUnits = lazy(() => {
  const b = boilerplate();
  const units = (p: string): Uint16Array => Uint16Array.from({ length: p.length }, (_, i) => p.charCodeAt(i));
  const by = (patterns: Iterable<string>, key: (p: string) => number): Map<number, Uint16Array[]> => {
    const map = new Map<number, Uint16Array[]>();
    for (const p of patterns) {
      if (p === "") continue;
      const k = key(p);
      map.set(k, [...(map.get(k) ?? []), units(p)]);
    }
    return map;
  };
  const first = (p: string): number => p.charCodeAt(0);
  return {
    exact: by(b.exact, first),
    prefix: by(b.prefix, first),
    suffix: by(b.suffix, (p) => p.charCodeAt(p.length - 1)),
    substring: by(b.substring, first),
    /** 1 for a code unit that starts a substring pattern: the scan below reads this per unit. */
    startsSubstring: unitSet(b.substring.map(first)),
    /** 1 for a code unit that is a whole substring pattern (« © »). */
    wholeSubstring: unitSet(b.substring.filter((p) => p.length === 1).map(first)),
    /**
     * 1 at the slot of each pair of code units that opens a longer substring pattern: the scan
     * looks a pattern up only where the next unit fits too (« a », « d », « l », « t » open
     * patterns and open most words).
     */
    substringPairs: pairSet(b.substring.filter((p) => p.length >= 2).map((p) => [p.charCodeAt(0), p.charCodeAt(1)])),
  };
});

/** The slot of a pair of code units in a pair table (see `pairSet`): may be shared by other pairs. */
const pairSlot = (first: number, second: number): number => (Math.imul(first, 0x9e3779b1) ^ second) & 0xffff;

/** A byte per slot of `pairSlot`: 1 for the slots of the given pairs. */
function pairSet(pairs: [number, number][]): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const [first, second] of pairs) set[pairSlot(first, second)] = 1;
  return set;
}

/** A byte per UTF-16 code unit: 1 for the given ones. */
function unitSet(units: number[]): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (const u of units) set[u] = 1;
  return set;
}

/** `isBoilerplateLine` on a line folded into k[0, n): the same four tests as on the folded string. */
function foldedIsBoilerplate(k: Uint16Array, n: number): boolean {
  if (n === 0) return false;
  const b = boilerplateUnits();
  for (const p of b.exact.get(k[0]!) ?? []) if (p.length === n && unitsAt(k, 0, p)) return true;
  if (foldedStartsLike(k, n)) return true;
  if (foldedEndsLike(k, n)) return true;
  if (n <= SUBSTRING_MAX_LINE) {
    const { startsSubstring: starts, wholeSubstring: whole, substringPairs: pairs } = b;
    for (let i = 0; i < n; i++) {
      const u = k[i]!;
      if (starts[u] === 0) continue;
      if (whole[u] === 0 && (i + 1 >= n || pairs[pairSlot(u, k[i + 1]!)] === 0)) continue;
      for (const p of b.substring.get(u)!) if (i + p.length <= n && unitsAt(k, i, p)) return true;
    }
  }
  return false;
}

/** True when the folded k[0, n) ends with one of the suffixes. */
function foldedEndsLike(k: Uint16Array, n: number): boolean {
  if (n === 0) return false;
  for (const p of boilerplateUnits().suffix.get(k[n - 1]!) ?? []) if (p.length <= n && unitsAt(k, n - p.length, p)) return true;
  return false;
}

/** True when the folded k[0, n) starts with one of the prefixes. */
function foldedStartsLike(k: Uint16Array, n: number): boolean {
  if (n === 0) return false;
  for (const p of boilerplateUnits().prefix.get(k[0]!) ?? []) if (p.length <= n && unitsAt(k, 0, p)) return true;
  return false;
}

/** True when k holds the units of `p` from `at` (which leaves room for them). */
function unitsAt(k: Uint16Array, at: number, p: Uint16Array): boolean {
  for (let i = 0; i < p.length; i++) if (k[at + i] !== p[i]) return false;
  return true;
}

// ---- common words --------------------------------------------------------------------------------

const commonWords = lazy(() => setOf(COMMON_WORDS));

/** True for a frequent French (or English) word (« orange », « total », « free »); folded. */
export function isCommonWord(word: string): boolean {
  return commonWords().has(foldWord(word));
}

// ---- attribution and resolve word lists ------------------------------------------------------------
// Small lists keyed by the lower-case accented form (a token's `lower`), split when first asked:
// the stages turn the first three into per-word bit tests at load.

/** Heads that, lower-case after a definite article, stand for an organization named earlier (org-proxies.txt). */
export const orgProxyWords = (): string[] => ORG_PROXIES.split("|");
/** Words for an organization's mouthpiece: « porte-parole », « entourage » (mouthpieces.txt). */
export const mouthpieceWords = (): string[] => MOUTHPIECES.split("|");
/** Nouns that make a channel: « agence », « compte », « entretien » (channel-nouns.txt). */
export const channelNounWords = (): string[] => CHANNEL_NOUNS.split("|");

const institutionHeads = lazy(() => setOf(INSTITUTION_HEADS));
/** True for lower-case heads that with a complement name a body: « parquet », « préfecture » (institution-heads.txt). */
export function isInstitutionHead(lowerWord: string): boolean {
  return institutionHeads().has(lowerWord);
}

const distinctRoles = lazy(() => setOf(DISTINCT_ROLES));
/** True for a role's canonical form that never names the person in focus (distinct-roles.txt). */
export function isDistinctRole(canonical: string): boolean {
  return distinctRoles().has(canonical);
}

/** Each family noun with the (folded) offices it covers, in file order (role-families.tsv). */
export const roleFamilies = lazy((): ReadonlyArray<[string, ReadonlySet<string>]> => {
  const out = new Map<string, Set<string>>();
  for (const line of linesOf(ROLE_FAMILIES)) {
    const [family, office] = line.split("\t") as [string, string];
    let members = out.get(family);
    if (!members) out.set(family, (members = new Set()));
    members.add(office);
  }
  return [...out];
});

// ---- the mention stage's cue lists -----------------------------------------------------------------

/**
 * Small closed lists the mention stage tests words against, each keyed by the form its file's
 * header names (« lower-case »: Word.lower; « folded »: Word.key): see lexicons/<name>.txt.
 */
export const mentionCues: {
  readonly nobleTitles: ReadonlySet<string>;
  readonly streetWords: ReadonlySet<string>;
  readonly creditWords: ReadonlySet<string>;
  readonly orgRoles: ReadonlySet<string>;
  readonly firmRoles: ReadonlySet<string>;
  readonly companyNouns: ReadonlySet<string>;
  readonly businessWords: ReadonlySet<string>;
  readonly firmNouns: ReadonlySet<string>;
  readonly describedHeads: ReadonlySet<string>;
  readonly geoHeads: ReadonlySet<string>;
} = {
  nobleTitles: new Set(NOBLE_TITLE_WORDS.split("|")),
  streetWords: new Set(STREET_WORDS.split("|")),
  creditWords: new Set(CREDIT_WORDS.split("|")),
  orgRoles: new Set(ORG_ROLE_WORDS.split("|")),
  firmRoles: new Set(FIRM_ROLE_WORDS.split("|")),
  companyNouns: new Set(COMPANY_NOUN_WORDS.split("|")),
  businessWords: new Set(BUSINESS_WORDS.split("|")),
  firmNouns: new Set(FIRM_NOUN_WORDS.split("|")),
  describedHeads: new Set(DESCRIBED_HEAD_WORDS.split("|")),
  geoHeads: new Set(GEO_HEAD_WORDS.split("|")),
};

/** A public body's noun (lexicons/body-nouns.tsv, lower-case key): whether alone it names one, and what may complete it. */
export interface BodyNoun {
  alone: boolean;
  complement: "name" | "field";
}
const bodyNouns = lazy(() => {
  const m = new Map<string, BodyNoun>();
  for (const row of BODY_NOUNS.split("\n")) {
    const [noun, alone, complement] = row.split("\t");
    m.set(noun!, { alone: alone === "1", complement: complement === "field" ? "field" : "name" });
  }
  return m;
});

/** The body noun `lowerWord` is (« gouvernement », « ministère »), by its lower-case form. */
export function bodyNoun(lowerWord: string): BodyNoun | undefined {
  return bodyNouns().get(lowerWord);
}
