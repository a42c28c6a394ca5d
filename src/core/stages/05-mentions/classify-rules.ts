/**
 * The rules of classify's decision list, in the order they are asked (`CLASSIFY_RULES` at the
 * end). Rejections and organization cues come first, person cues after, and the bare shape of
 * a name last: a run with no cue is left out (precision matters as much as recall).
 */
import { foldName } from "../../fold.js";
import { demonym, orgHead, role } from "../../word-lexicon.js";
import type { Draft } from "./finder.js";
import type { ClassifyRule, Outcome, Run } from "./classify.js";
import { REJECT } from "./classify.js";
import { CHANNEL_BEFORE, COMPETITION, INITIALS, POSSESSIVE_BEFORE, allCapsRun, firstName, inArticles, inParticles, inStreetWords, isAcronym, isCommonWord, isNotName, isPlace, knownOrg } from "./lists.js";
import { extendLowerOrg, extendOrgName } from "./extents.js";
import { appositionOrg, bareFirmApposition, boughtBefore, businessSentence, businessVerbAfter, definedAcronym, demonymBefore, firmRoleBefore, headMatch } from "./org-cues.js";
import { ageAfter, colonQuoteAfter, creditEnds, creditName, describedNoun, isCredit, namesDescription, personCueBefore, plainName, productLike, roleAfter, speechAfter, speechBefore, titleBefore, wholeLine, nameNoteAfter, relativeAfter } from "./person-cues.js";
import type { Finder } from "./finder.js";
import type { OrgType } from "../../types.js";
import { knownOrgAt, webDomainAt } from "./known-orgs.js";

const emit = (draft: Draft, acronymAfter = false): Outcome => ({ draft, acronymAfter });

/** A past participle's ending (« contacté », « interrogée », « sollicités »). */
const PARTICIPLE_END = /(?:é|ée|és|ées)$/;

/**
 * « ministre des Armées Jean Dupont »: a first name inside the run starts a new name, unless
 * the words before it could be first names themselves (« Gian Marco Ferri », « Maria Luisa Conti »).
 */
export function firstNameInside(f: Finder, { s, e }: Run): Outcome {
  if (firstName(f.tokens[s]!)) return undefined;
  for (let p = s + 1; p + 1 < e; p++) {
    const t = f.tokens[p]!;
    if (firstName(t) && !isCommonWord(t) && !inParticles(f.tokens[p - 1]) && f.isCapWord(p + 1)) return plainWords(f, s, p) ? undefined : { restart: p };
  }
  return undefined;
}

/** Every word of [s, p) is a plain capitalised word (no common word, place, head, role, acronym…). */
function plainWords(f: Finder, s: number, p: number): boolean {
  for (let i = s; i < p; i++) {
    const t = f.tokens[i]!;
    if (t.kind !== "word" || isAcronym(t) || isCommonWord(t) || isPlace(t) || orgHead(t) || role(t) || demonym(t) || isNotName(t) || knownOrg(t)) return false;
  }
  return true;
}

/**
 * « Léa Morel / AFP » closing a caption: the photographer is a person of the article (its gold
 * lists bylines and credits), the agency after the slash an organization. Any other run next
 * to a slash or after « Photo » is no name of the story.
 */
export function credit(f: Finder, { s, e: runEnd }: Run): Outcome {
  if (!isCredit(f, s, runEnd)) return undefined;
  // « Photo : Kermadec CC »: a Creative Commons licence after the name is not part of it.
  const e = runEnd - s >= 2 && f.tokens[runEnd - 1]!.text === "CC" ? runEnd - 1 : runEnd;
  if (creditName(f, s, e)) return emit({ kind: "person", tokStart: s, tokEnd: e, reason: "photo-credit" });
  const photographer = f.drafts[f.drafts.length - 1];
  if (photographer?.reason === "photo-credit" && photographer.tokEnd === s - 1 && creditEnds(f, e)) {
    return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "photo-agency", orgType: "media" });
  }
  return REJECT;
}

/**
 * « Kermor.fr », « Le Quotidien.fr »: a name glued to a web domain is a news site (with the
 * capitalised article right before it, part of the outlet's name).
 */
export function webOutlet(f: Finder, { s, e }: Run): Outcome {
  if (!webDomainAt(f, e)) return undefined;
  const from = s > 0 && LEADING_ARTICLES.has(f.tokens[s - 1]!.text) && f.samePara(s - 1, s) && !f.taken[s - 1] ? s - 1 : s;
  return emit({ kind: "organization", tokStart: from, tokEnd: e + 2, reason: "web-outlet", orgType: "media" });
}

/** Capitalised articles that open an outlet's name (« Le Quotidien.fr »). */
const LEADING_ARTICLES = new Set(["Le", "La", "Les", "L'", "L’"]);

/** « Loi Dumoutier »: a law named after a person names no one in the story. */
export function namedLaw(f: Finder, { s }: Run): Outcome {
  const p = f.tokens[s - 1];
  return p && !p.cap && (p.lower === "loi" || p.lower === "lois") && f.samePara(s - 1, s) ? REJECT : undefined;
}

/** « rue Montorgueil », « place Bellecour »: a street or square, not a name of anybody. */
export function street(f: Finder, { s }: Run): Outcome {
  return inStreetWords(f.tokens[s - 1]) ? REJECT : undefined;
}

/** Places and runs that begin with a place (« Paris Saint-Germain » is in the lexicon). */
export function place(f: Finder, { s, e, len }: Run): Outcome {
  return (len === 1 ? isPlace(f.tokens[s]!) : isPlace(f.text(s, e))) ? REJECT : undefined;
}

/** « sur X Civic Lab »: a known org's short name before another name; the rest is read again. */
export function channelShortName(f: Finder, { s, len, first }: Run): Outcome {
  if (len < 2 || !CHANNEL_BEFORE.has(f.tokens[s - 1]?.lower ?? "")) return undefined;
  const k = knownOrg(first);
  if (!k) return undefined;
  return { draft: { kind: "organization", tokStart: s, tokEnd: s + 1, reason: "known-org", orgType: k.type, canonical: k.name }, rest: s + 1 };
}

/** « M. Morel », « Mme Léa Morel »: a title right before, a person. */
export function title(f: Finder, { s, e }: Run): Outcome {
  const ti = titleBefore(f, s);
  if (!ti) return undefined;
  const d: Draft = { kind: "person", tokStart: ti.start, tokEnd: e, reason: "title" };
  if (ti.gender) {
    d.gender = ti.gender;
    d.genderEvidence = "title";
  }
  return emit(d);
}

/** « Fondation Vasseur », « le Syndicat des producteurs »: an organization head opens the run. */
export function orgHeadInside(f: Finder, { s, e, len, first }: Run): Outcome {
  const innerHead = orgHead(first);
  if (!innerHead || innerHead.kind !== "head" || firstName(first)) return undefined;
  // A body's head usually written in lower case counts as capitalised when the text
  // capitalises it after an article: « le Syndicat des producteurs » (not a company word:
  // « la Maison d'en face » is more often a title than a firm).
  const capitalisedHead = innerHead.capitalised || (innerHead.type !== "company" && inArticles(f.tokens[s - 1]) && !f.clauseStart(s));
  const lowerEnd = capitalisedHead ? extendLowerOrg(f, s + 1) : s + 1;
  if (len < 2 && lowerEnd <= s + 1) return undefined;
  const end = len >= 2 ? extendOrgName(f, e) : extendOrgName(f, lowerEnd);
  // « la Ligue des champions », « la Coupe du monde »: a competition, not an organization.
  if (COMPETITION.test(foldName(f.text(s, end)))) return REJECT;
  return emit({ kind: "organization", tokStart: s, tokEnd: end, reason: "org-head-inside", orgType: innerHead.type }, true);
}

/** « Fortal Industries SA »: a legal or organization suffix ends the run. */
export function orgSuffix(_f: Finder, { s, e, len, last }: Run): Outcome {
  const suffix = len >= 2 ? orgHead(last) : undefined;
  if (!suffix || suffix.kind !== "suffix") return undefined;
  return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "org-suffix", orgType: suffix.type }, true);
}

/** « du », « de la »…: the head before the run completes a role (« le leader du parti X »). */
const ROLE_COMPLEMENT = new Set(["du", "de", "des", "d'", "d’"]);

/** « la start-up Fortal », « l'hôpital Vercors »: an organization head right before. */
export function orgHeadBefore(f: Finder, { s: runStart, e, len, isFirstName }: Run): Outcome {
  // « l'hebdomadaire Le Petit Vallonnais »: a capitalised article between a news outlet's head
  // and the name opens the name (titles of papers; « l'association La Vie … » may run on in lower case).
  const art = f.tokens[runStart - 1];
  const withArticle = !!art && art.cap && inArticles(art) && !f.taken[runStart - 1] && f.samePara(runStart - 1, runStart) && !f.clauseStart(runStart - 1);
  const outlet = withArticle ? headMatch(f, runStart - 1) : undefined;
  const s = outlet?.type === "media" ? runStart - 1 : runStart;
  const match = s < runStart ? outlet : headMatch(f, s);
  if (!match) return undefined;
  // « son promoteur Jean Dupont »: after a possessive, a head noun is the person's role.
  if (len >= 2 && isFirstName && POSSESSIVE_BEFORE.has(f.tokens[s - 2]?.lower ?? "")) return undefined;
  // « le leader du parti Léa Morel »: a head completing a role names the person's body, not her.
  if (len >= 2 && isFirstName && !match.inName && match.start === s - 1 && ROLE_COMPLEMENT.has(f.tokens[s - 2]?.lower ?? "") && role(f.tokens[s - 3]!)) return undefined;
  const end = extendOrgName(f, e);
  // « l'hôpital Vercors »: the head is part of an establishment's name.
  const from = match.inName && !f.taken[match.start] ? match.start : s;
  return emit({ kind: "organization", tokStart: from, tokEnd: end, reason: "org-head-before", orgType: match.type }, true);
}

/** « Fortal, une start-up nantaise »: an organization head in apposition. */
export function orgApposition(f: Finder, { s, e, len, first, isFirstName }: Run): Outcome {
  const appos = appositionOrg(f, e);
  // « Quilmo Dumoutier, le leader de l'opposition »: a head that is also a person's role
  // (leader, numéro un) after a plain name is that person's.
  if (appos && len >= 2 && (role(f.tokens[e + 1]!) || role(f.tokens[e + 2]!)) && plainName(f, s, e)) return undefined;
  // « Contacté, le ministère … », « Interrogée, la société … »: a fronted participle, no name.
  if (appos && len === 1 && f.clauseStart(s) && PARTICIPLE_END.test(f.tokens[s]!.lower)) return REJECT;
  if (appos) return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "org-apposition", orgType: appos });
  // « Kelvora, filiale de Dassoria »: a firm's noun without article; a noun that is also a
  // person's role (« X, spécialiste de … ») after one word or a name that is not plain words.
  const bare = len <= 4 && !isFirstName ? bareFirmApposition(f, e) : undefined;
  if (bare && (bare === "firm" || len === 1 || !plainName(f, s, e)) && !(len === 1 && (isCommonWord(first) || isNotName(first)))) {
    return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "org-apposition", orgType: "company" });
  }
  return undefined;
}

/** « Bureau Vallon Recherche (BVR) »: the bracketed acronym after the run spells its initials. */
export function orgAcronym(f: Finder, { s, e, len, isFirstName }: Run): Outcome {
  if (len < 2 || !definedAcronym(f, s, e) || isFirstName) return undefined;
  return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "org-acronym", orgType: "other" }, true);
}

/** « (éd. Fortalis) », « aux éditions Fortalis », « (Fortalis, 220 p.) », « (Fortalis, 220 pages) »: a publisher. */
export function publisher(f: Finder, { s, e, len }: Run): Outcome {
  const t = f.tokens;
  const p = t[s - 1];
  if (len > 3 || !p || !f.samePara(s - 1, s)) return undefined;
  const afterEd = (p.text === "." && (t[s - 2]?.lower === "éd" || t[s - 2]?.lower === "ed")) || p.lower === "éditions" && !p.cap;
  const pages = p.text === "(" && t[e]?.text === "," && t[e + 1]?.kind === "number" && (t[e + 2]?.lower === "p" || t[e + 2]?.lower === "pages") && f.samePara(s, e + 2);
  if (!afterEd && !pages) return undefined;
  return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "publisher", orgType: "company" });
}

/** « chez Fortal »: a firm. */
export function chez(f: Finder, { s, e, len, isFirstName }: Run): Outcome {
  if (len > 2 || f.tokens[s - 1]?.lower !== "chez" || isFirstName) return undefined;
  return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "chez", orgType: "company" });
}

/** « le président de X », « la fondatrice de X »: an unknown name after a firm's role. */
export function roleOf(f: Finder, { s, e, len, first, isFirstName }: Run): Outcome {
  const firmRole = len <= 2 && !isFirstName && !isAcronym(first) ? firmRoleBefore(f, s) : undefined;
  return firmRole ? emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "role-of", orgType: firmRole }) : undefined;
}

/**
 * « Kelvora a levé 40 millions d'euros », « Valmoran emploie 3 000 salariés », « racheté par
 * Dassoria », « a racheté Fortalix »: a name without first name, subject of a business verb or
 * bought or buying, is a firm (a person's surname found elsewhere goes back to the person in
 * the re-mentions pass).
 */
export function businessVerbRule(f: Finder, { s, e, len, first, isFirstName }: Run): Outcome {
  if (len > 3 || isFirstName || isNotName(first) || (len === 1 && isCommonWord(first) && !isAcronym(first))) return undefined;
  if (len > 1 && firstName(f.tokens[s + 1]!)) return undefined;
  if (!businessVerbAfter(f, e) && !boughtBefore(f, s)) return undefined;
  return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "business-verb", orgType: "company" });
}

/** A token that separates the items of a list: « , », « et », « ou ». */
const listSeparator = (f: Finder, k: number): boolean => {
  const t = f.tokens[k];
  return !!t && f.samePara(k, k + 1) && (t.text === "," || t.lower === "et" || t.lower === "ou");
};

/**
 * « Kermor Bank, Fortal, BVNQ et Valmoran Capital »: an item of a list whose neighbour is a
 * known organization (or an item read so) is an organization of the same type.
 */
export function enumeration(f: Finder, { s, e, len, first, isFirstName }: Run): Outcome {
  // (A common word only when it is a known name too: « Total, Kermor et Valmoran ».)
  if (len > 3 || isFirstName || (len === 1 && isCommonWord(first) && !isAcronym(first) && !knownOrg(first))) return undefined;
  // « Kermor Valdi, Fortal et … »: two plain words may as well be a person's name.
  if (len > 1 && plainName(f, s, e)) return undefined;
  let type: OrgType | undefined;
  const prev = f.drafts[f.drafts.length - 1];
  if (listSeparator(f, s - 1) && prev?.kind === "organization" && prev.tokEnd === s - 1 && (prev.reason === "known-org" || prev.reason === "enumeration")) type = prev.orgType;
  if (!type && listSeparator(f, e) && f.isCapWord(e + 1)) type = knownOrgAt(f, e + 1)?.type;
  if (!type) return undefined;
  const known = knownOrg(f.text(s, e));
  const d: Draft = { kind: "organization", tokStart: s, tokEnd: e, reason: "enumeration", orgType: known?.type ?? type };
  if (known) d.canonical = known.name;
  return emit(d);
}

/** A lone acronym is an organization only with a cue (head or apposition, asked above). */
export function loneAcronym(_f: Finder, { len, first }: Run): Outcome {
  return len === 1 && isAcronym(first) ? REJECT : undefined;
}

/**
 * A lone unknown word right after an inverted speech verb (« », se désole Wilfrid) or naming a
 * described person (« un vendeur de 26 ans, Wilfrid. ») is a person's name.
 */
export function loneNameAfterCue(f: Finder, { s, e, len, first }: Run): Outcome {
  if (len !== 1) return undefined;
  const t = f.tokens;
  // « il monte une start-up, Fortalix. »: the description is an organization's.
  const noun = f.clauseStart(s) ? -1 : describedNoun(f, s);
  const head = noun >= 0 ? orgHead(t[noun]!) : undefined;
  if (head?.kind === "head" && !knownOrg(first) && !isCommonWord(first)) return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "org-head-before", orgType: head.type });
  const signs = (t[s - 1]?.text === "—" || t[s - 1]?.text === "–") && /^[»”"]$/.test(t[s - 2]?.text ?? "");
  if (!(signs || (!f.clauseStart(s) && plainName(f, s, e) && !firstName(first) && (speechBefore(f, s) || namesDescription(f, s))))) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: speechBefore(f, s) ? "speech-verb-before" : "description-apposition" });
}

/**
 * « le Sud-Coréen X » in a sentence about sales or markets: a company, where a sports page
 * would name a player the same way.
 */
export function demonymCompany(f: Finder, { s, e, len, isFirstName }: Run): Outcome {
  if (len !== 1 || isFirstName || !demonymBefore(f, s) || !businessSentence(f, s)) return undefined;
  return emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "demonym-company", orgType: "company" });
}

/** « la ministre X », « l'Italien X »: a role or a nationality noun right before. */
export function personCue(f: Finder, { s, e }: Run): Outcome {
  const cue = personCueBefore(f, s);
  if (!cue) return undefined;
  const d: Draft = { kind: "person", tokStart: s, tokEnd: e, reason: cue.reason };
  if (cue.gender) {
    d.gender = cue.gender;
    d.genderEvidence = "agreement";
  }
  return emit(d);
}

/** « Léa Morel »: a first name then a capitalised word (an all-caps run only on a line of its own). */
export function firstNameRun(f: Finder, { s, e, len, isFirstName }: Run): Outcome {
  if (len < 2 || !isFirstName || (allCapsRun(f.tokens, s, e) && !wholeLine(f, s, e))) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: "first-name" });
}

/**
 * « Léa Morvandiau » on a line of its own among the article's last three lines of text: the
 * journalist's signature, whatever the first name (the gold lists bylines). (At the top, such a
 * line is as often a rubric, « Grand Format ».)
 */
export function bylineLine(f: Finder, { s, e, len }: Run): Outcome {
  if (len < 2 || len > 3 || !wholeLine(f, s, e) || !plainName(f, s, e)) return undefined;
  const paras = f.doc.paragraphs;
  let after = 0;
  for (let k = f.doc.tokPara[s]! + 1; k < paras.length && after < 3; k++) if (paras[k]!.kind !== "boilerplate") after++;
  if (after >= 3) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: "byline" });
}

/** « J.-P. Morel »: initials then a name. */
export function initials(_f: Finder, { s, e, len, first, last }: Run): Outcome {
  if (len < 2 || !INITIALS.test(first.text) || isAcronym(last)) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: "initials" });
}

/** « … Kerlan Dumoutier a déclaré »: two words or more, then a speech verb, mid-sentence. */
export function speechVerbSubject(f: Finder, { s, e, len }: Run): Outcome {
  // At a sentence's start only plain words (« Kerlan Dumoutier a déclaré », a foreign first name).
  if (len < 2 || !speechAfter(f, e) || (f.clauseStart(s) && !plainName(f, s, e))) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: "speech-verb-subject" });
}

/**
 * « Léa a expliqué », « Léa, 24 ans », « Léa hausse les épaules : « … » »: a first name alone,
 * then a speech verb, an age, a reporter's note, a role or a relative clause in apposition
 * (« Léa, étudiante en droit, », « Léa, qui vit ici depuis vingt ans, »), or a colon introducing
 * a quote at the end of the sentence it opens.
 */
export function firstNameAlone(f: Finder, { s, e, len, first, isFirstName }: Run): Outcome {
  if (!isFirstName || len !== 1 || isCommonWord(first) || !(speechAfter(f, e) || ageAfter(f, e) || colonQuoteAfter(f, s, e) || nameNoteAfter(f, e) || roleAfter(f, e) || relativeAfter(f, e))) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: "first-name-alone" });
}

/** « Kerlan Dumoutier, 45 ans, »: an age in apposition. */
export function ageApposition(f: Finder, { s, e, len }: Run): Outcome {
  if (len < 2 || !ageAfter(f, e)) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: "age-apposition" });
}

/** « Kerlan Dumoutier, le président de… », « a déclaré Kerlan Dumoutier »: mid-sentence. */
export function roleAfterOrSpeechBefore(f: Finder, { s, e, len }: Run): Outcome {
  if (len < 2 || !(roleAfter(f, e) || speechBefore(f, s))) return undefined;
  // At a sentence's start only plain words with a role after (« Kerlan Dumoutier, le directeur, »).
  if (f.clauseStart(s) && !(len <= 3 && plainName(f, s, e) && roleAfter(f, e))) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: roleAfter(f, e) ? "role-after" : "speech-verb-before" });
}

/** Two or three plain capitalised words mid-sentence, not a product: most often a person. */
export function nameShape(f: Finder, { s, e, len }: Run): Outcome {
  if (len < 2 || len > 3 || f.clauseStart(s) || !plainName(f, s, e) || productLike(f, s, e)) return undefined;
  return emit({ kind: "person", tokStart: s, tokEnd: e, reason: "name-shape" });
}

/** The decision list, in order. */
export const CLASSIFY_RULES: readonly ClassifyRule[] = [
  { name: "first-name-inside", decide: firstNameInside },
  { name: "credit", decide: credit },
  { name: "web-outlet", decide: webOutlet },
  { name: "named-law", decide: namedLaw },
  { name: "street", decide: street },
  { name: "place", decide: place },
  { name: "channel-short-name", decide: channelShortName },
  { name: "title", decide: title },
  { name: "org-head-inside", decide: orgHeadInside },
  { name: "org-suffix", decide: orgSuffix },
  { name: "org-head-before", decide: orgHeadBefore },
  { name: "org-apposition", decide: orgApposition },
  { name: "org-acronym", decide: orgAcronym },
  { name: "publisher", decide: publisher },
  { name: "chez", decide: chez },
  { name: "role-of", decide: roleOf },
  { name: "business-verb", decide: businessVerbRule },
  { name: "enumeration", decide: enumeration },
  { name: "lone-acronym", decide: loneAcronym },
  { name: "lone-name-after-cue", decide: loneNameAfterCue },
  { name: "demonym-company", decide: demonymCompany },
  { name: "person-cue", decide: personCue },
  { name: "first-name", decide: firstNameRun },
  { name: "byline", decide: bylineLine },
  { name: "initials", decide: initials },
  { name: "speech-verb-subject", decide: speechVerbSubject },
  { name: "first-name-alone", decide: firstNameAlone },
  { name: "age-apposition", decide: ageApposition },
  { name: "role-after", decide: roleAfterOrSpeechBefore },
  { name: "name-shape", decide: nameShape },
];
