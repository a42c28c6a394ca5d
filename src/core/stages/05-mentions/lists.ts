/**
 * The mention stage's word lists, patterns and per-word lookups (remembered on each token's
 * word). All are declared here, at module load, before any word is read (see words.ts).
 */
import * as lexicon from "../../../lexicon/index.js";
import { fold } from "../../fold.js";
import type { Word } from "../../document.js";
import type { Gender, OrgType } from "../../types.js";
import { lookup, lookupFlag, perWord, perWordFlag, wordList } from "../../words.js";
import {
  ARTICLES,
  CONTRACTED,
  DEFINITE_BEFORE,
  DEFINITE_BEFORE_APPOSITION,
  determinerGender,
  INDEFINITE_BEFORE,
  ORG_GLUE,
  SINGULAR_DEFINITE,
} from "../../french.js";
// The mention stage's grammar words live in core/french.ts, INITIALS in core/chars.ts; re-exported for its files.
export { INITIALS } from "../../chars.js";
export { ARTICLES, CHANNEL_BEFORE, CONTRACTED, DESCRIBED_DETERMINERS, DEFINITE_BEFORE, INDEFINITE_BEFORE, MENTION_AUXILIARIES as AUXILIARIES, NAME_STOP, ORG_GLUE, POSSESSIVE_BEFORE } from "../../french.js";

/** A known organization read at a token: its length in tokens and its lexicon entry. */
export interface KnownOrgHit {
  len: number;
  name: string;
  type: OrgType;
  platform: boolean;
}

/** lexicons/org-roles.txt */
export const ORG_ROLES = lexicon.mentionCues.orgRoles;
/** lexicons/firm-roles.txt */
export const COMPANY_ROLES = lexicon.mentionCues.firmRoles;
/** lexicons/company-nouns.txt */
export const COMPANY_NOUNS = lexicon.mentionCues.companyNouns;
/** Money words after « a levé » (lexicons/money-words.txt), lower-case. */
export const MONEY_WORDS = lexicon.mentionCues.moneyWords;
/** Nouns of a firm in apposition without article (lexicons/firm-appositions.txt), lower-case. */
export const FIRM_APPOSITIONS = lexicon.mentionCues.firmAppositions;
/** Staff words after « emploie » (lexicons/staff-words.txt), lower-case. */
export const STAFF_WORDS = lexicon.mentionCues.staffWords;
/** Before a company noun in apposition: french.ts DEFINITE_BEFORE_APPOSITION. */
export const DEFINITE = DEFINITE_BEFORE_APPOSITION;

/** Competitions named with an organization's head noun (folded). */
export const COMPETITION = /^(?:ligue (?:des champions|europa|des nations|[12]\b)|coupe (?:du monde|de france|d'europe|de la ligue|davis)|championnat)/;
/** Indefinite determiners: what follows is not a named body (french.ts INDEFINITE_BEFORE). */
export const inIndefiniteBefore = wordList(INDEFINITE_BEFORE);
/** Contracted articles (french.ts CONTRACTED). */
export const inContracted = wordList(CONTRACTED.keys());
/** lexicons/described-heads.txt */
export const DESCRIBED_HEADS = lexicon.mentionCues.describedHeads;

/**
 * Singular definite articles, contracted ones included: before a demonym that names a company
 * (« le Chinois X », « du Chinois X ») and before a body's noun (« le gouvernement », « du parquet »).
 */
export const inSingularDefinite = wordList(SINGULAR_DEFINITE);
/** How far (tokens) a sentence is searched for business words. */
export const REACH_WORDS = 40;
/** lexicons/business-words.txt */
export const BUSINESS_WORDS = lexicon.mentionCues.businessWords;

/** lexicons/firm-nouns.txt */
export const FIRM_NOUNS = lexicon.mentionCues.firmNouns;
// Lexicon lookups, remembered on the token's word (or by text for longer names): names and cue
// words repeat through an article.
export const firstName = lookup(lexicon.firstName);
export const isCommonWord = lookupFlag(lexicon.isCommonWord);
export const isNotName = lookupFlag(lexicon.isNotName);
export const isPlace = lookupFlag(lexicon.isPlace);
export const knownOrg = lookup(lexicon.knownOrg);
export const speechVerb = lookup(lexicon.speechVerb);
/** The title a word spells with a full stop after it (« M » + « . »). */
export const titleWithDot = perWord((text) => lexicon.title(`${text}.`));
/** An all-capitals word of 2–8 characters: « CGT », « BNP ». */
export const isAcronym = perWordFlag((text) => ACRONYM.test(text));
export const mayStartOrg = perWordFlag(lexicon.mayStartOrgKey, "key");
export const mayStartOrgHead = perWordFlag(lexicon.mayStartOrgHeadKey, "key");
/** Per first word: what each following word answered (see `continuesOrgName`). */
export const followers = perWord(() => new Map<Word, number>());

/**
 * Whether some known name (or, with `heads`, organization head) starts with these two words,
 * written glued (« S&D ») or spaced: asked once per pair of words and way of joining them.
 * Bits of the remembered number: 1 << v says variant v was asked, 16 << v its answer.
 */
export function continuesOrgName(first: Word, second: Word, glued: boolean, heads: boolean): boolean {
  const asked = followers(first);
  const variant = (glued ? 1 : 0) + (heads ? 2 : 0);
  const known = asked.get(second) ?? 0;
  if ((known & (1 << variant)) !== 0) return (known & (16 << variant)) !== 0;
  const answer = lexicon.isOrgNamePrefix(glued ? first.key + second.key : `${first.key} ${second.key}`, heads);
  asked.set(second, known | (1 << variant) | (answer ? 16 << variant : 0));
  return answer;
}

/** Some known organization's name starts with « le » or « les » and this word (« du Monde »). */
export const startsOrgNameAfterLe = perWordFlag((key) => lexicon.isOrgNamePrefix(`le ${key}`), "key");
export const startsOrgNameAfterLes = perWordFlag((key) => lexicon.isOrgNamePrefix(`les ${key}`), "key");
/** Some known organization's name (article included) starts with this word. */
export const startsOrgName = perWordFlag((key) => lexicon.isOrgNamePrefix(key), "key");

/** Longest known-organization name tried, in tokens. */
export const MAX_ORG_TOKENS = 10;
/** Longest capitalised run read as one name, in tokens. */
export const MAX_RUN = 8;

/** Lower-case particles that sit inside a name between capitalised words (lexicons/name-particles.txt). */
export const inParticles = wordList(lexicon.mentionCues.nameParticles);
/** Punctuation after which a capitalised word starts a clause (sentence-initial reading): punctuation tokens, code logic. */
export const CLAUSE_OPENERS = new Set(["«", "“", '"', "—", "–", "-", ":", ".", "!", "?", "…", ";"]);
export const inArticles = wordList(ARTICLES);
/** lexicons/credit-words.txt */
export const CREDIT_WORDS = lexicon.mentionCues.creditWords;
export const inCreditWords = wordList(CREDIT_WORDS);
/** lexicons/channel-nouns.txt: what a statement was given through (« entretien », « interview »). */
export const inChannelNouns = wordList(lexicon.channelNounWords());
/** Determiners right before a run that make it a thing, not a person (french.ts DEFINITE_BEFORE). */
export const inDefiniteBefore = wordList(DEFINITE_BEFORE);
/** lexicons/geo-heads.txt */
export const GEO_HEADS = lexicon.mentionCues.geoHeads;
export const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;
/** Nouns of origin by their ending (« Montréalaise », « Lyonnais », « Marseillaise »). */
export const ORIGIN_NOUN = /^\p{Lu}\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine)$/u;
/** ORIGIN_NOUN asked of a token's word (remembered on it). */
export const isOriginNoun = perWordFlag((text) => ORIGIN_NOUN.test(text));
/** An acronym made of letters only (for bracket definitions). */
export const LETTER_ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/** lexicons/street-words.txt */
export const STREET_WORDS = lexicon.mentionCues.streetWords;
export const inStreetWords = wordList(STREET_WORDS);

/** lexicons/noble-titles.txt */
export const NOBLE_TITLES = lexicon.mentionCues.nobleTitles;

/** Endings of French adjectives that may follow a noun inside a name (« national », « bretons »). */
export const ADJECTIVE_LIKE = /(?:iste|istes|al|ale|aux|ales|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ique|iques|el|elle|els|elles|if|ive|ifs|ives|aire|aires|ain|aine|ains|aines|éen|éenne|éens|éennes|é|ée|és|ées|eur|eurs|euse|euses)$/;

/** Stricter endings for an adjective right after a capitalised name word (« nationale », « européenne »). */
export const NAME_ADJECTIVE = /(?:al|ale|ales|aux|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ique|iques|aire|aires|éen|éenne|éens|éennes)$/;

/** Lower-case adjectives that may sit between a head or role and the name (lexicons/head-adjectives.txt). */
export const inAdjectives = wordList(lexicon.mentionCues.headAdjectives);

export function articleGender(t: Word | undefined): Gender | null {
  return t ? determinerGender(t.lower) : null;
}

/** True when [s, e) holds punctuation other than « & » or a hyphen (lexicon keys hold none). */
export function hasBreak(tokens: Word[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && t.text !== "&" && t.text !== "-" && t.text !== "+") return true;
  }
  return false;
}

export function allCapsRun(tokens: Word[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isAcronym(tokens[i]!)) return false;
  return true;
}

/** Do the content words of [s, e) begin with the letters of `acr`, in order? */
export function initialsMatch(tokens: Word[], s: number, e: number, acr: string): boolean {
  const letters = fold(acr).replace(/[^a-z]/g, "");
  let k = 0;
  for (let i = s; i < e && k <= letters.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || ORG_GLUE.has(t.lower)) continue;
    const c = t.key.charAt(0);
    if (c === letters.charAt(k)) k++;
    else if (!t.cap) continue;
    else return false;
  }
  return k === letters.length && letters.length > 0;
}


/** The body noun a word is (lexicons/body-nouns.tsv, by its lower-case form). */
export const bodyNounOf = perWord((lowerWord) => lexicon.bodyNoun(lowerWord), "lower");
/** Endings of a singular adjective that completes a body's name (« nationale », « fiscale », « britannique »). */
export const BODY_ADJECTIVE = /(?:al|ale|ique|aire|ien|ienne|ais|aise|ois|oise|ain|aine|éen|éenne|iel|ielle)$/;
/** Words with those endings that are no such adjective (lexicons/not-body-adjectives.txt). */
export const BODY_ADJECTIVE_STOP = lexicon.mentionCues.notBodyAdjectives;
