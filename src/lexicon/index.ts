/**
 * Typed lookups over parole's word lists (speech verbs, first names, known organizations,
 * roles, places…). The lists live in `lexicons/` as plain files; `scripts/build-lexicons.mjs`
 * compiles them into the string constants of `./generated/`, keys already folded and sorted.
 * Nothing is built on import; the large tables are binary-searched until a long run has asked
 * them often enough to pay for a Map (see `SortedTable`), the small sets are split on first use.
 * Beside this file: `table.ts` (that machinery and the key forms), `boilerplate.ts` (furniture
 * lines), `cue-lists.ts` (the stages' small closed content lists); all are exported from here.
 */
import type { Gender, OrgType } from "../core/types.js";
import { fold } from "../core/fold.js";
import { memo } from "../core/memo.js";
import {
  COMMON_WORDS,
  DEMONYM_KEYS,
  DEMONYM_VALUES,
  FIRST_NAME_FOLDED_KEYS,
  FIRST_NAME_FOLDED_VALUES,
  FIRST_NAME_KEYS,
  FIRST_NAME_VALUES,
  NOT_NAMES,
  ORGS,
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
  PLACES,
  ROLE_FIRST_WORDS,
  ROLE_KEYS,
  ROLE_LAST_WORDS,
  ROLE_MAX_WORDS,
  ROLE_VALUES,
  SPEECH_EMBEDDER_KEYS,
  SPEECH_EMBEDDER_VALUES,
  SPEECH_NOUNS,
  SPEECH_VERB_HOMOGRAPHS,
  SPEECH_VERB_KEYS,
  SPEECH_VERB_LEMMAS,
  SPEECH_VERB_MAX_WORDS,
  SPEECH_VERB_MULTI_STARTS,
  SPEECH_VERB_VALUES,
  SPORTS,
  TITLE_KEYS,
  TITLE_VALUES,
} from "./generated/lexicons.js";
import { lazy, setOf, linesOf, SortedTable, fields, lowerNfc, LEADING_ARTICLE, foldWord, orgType, genderOf } from "./table.js";

export { HASH_AFTER, SortedTable } from "./table.js";
export { isBoilerplateLine } from "./boilerplate.js";
export * from "./cue-lists.js";

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

// ---- speech embedders -----------------------------------------------------------------------------

/** One reading of a speech embedder's form (« cesse » of « cesser de »). */
export interface EmbedderEntry {
  /** The preposition before the infinitive (« de », « à »), or "" when none (« ose dire »). */
  prep: string;
  form: "finite" | "participle" | "gerund";
  /** The embedder is pronominal (« s'évertuer à »): « s' » / « se » stands before it. */
  pronominal: boolean;
}

const embedderForms = lazy(() => new SortedTable(SPEECH_EMBEDDER_KEYS, SPEECH_EMBEDDER_VALUES));
const EMBEDDER_CLASS: Record<string, EmbedderEntry["form"]> = { f: "finite", p: "participle", g: "gerund" };

/**
 * Readings of a form of a verb that carries a speech verb's infinitive (« cesse », « tenu »,
 * « évertuant »: lexicons/speech-embedders.txt), or undefined. Lower-case form.
 */
export const speechEmbedder: (form: string) => EmbedderEntry[] | undefined = memo((form: string) => {
  const codes = embedderForms().get(lowerNfc(form));
  if (codes === undefined) return undefined;
  return codes.split(",").map((code) => {
    const [prep = "-", cls = "f", pro = "0"] = code.split(" ");
    return { prep: prep === "-" ? "" : prep, form: EMBEDDER_CLASS[cls] ?? "finite", pronominal: pro === "1" };
  });
});

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
  // amb "2": only the name is a common word or place; looked up by acronym (key null), it is not.
  const entry: OrgEntry = { name, type: orgType(type), ambiguous: amb === "1" || (key !== null && (amb === "2" || loose.has(key))) };
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

// ---- common words --------------------------------------------------------------------------------

const commonWords = lazy(() => setOf(COMMON_WORDS));

/** True for a frequent French (or English) word (« orange », « total », « free »); folded. */
export function isCommonWord(word: string): boolean {
  return commonWords().has(foldWord(word));
}
