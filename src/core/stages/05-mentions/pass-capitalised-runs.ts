/**
 * Pass « capitalised runs »: left to right, each capitalised word starts a run (with name
 * particles and initials). A known organization (longest match) is emitted as such; words that
 * are never names alone are skipped; any other run goes to classify's decision list.
 */
import { demonym, orgHead, role, title } from "../../word-lexicon.js";
import { classify } from "./classify.js";
import { acronymAfter, extendOrgName, runEnd } from "./extents.js";
import type { Finder } from "./finder.js";
import { firmCue, knownOrgAt, webDomainAt } from "./known-orgs.js";
import { ACRONYM, firstName, inArticles, isAcronym, isCommonWord, isNotName, isOriginNoun, isPlace, knownOrg, NAME_STOP, ORG_GLUE, titleWithDot } from "./lists.js";
import { firstNameFollowed, looksLikeFullName, particleName, plainName, roleJustBefore, titleBefore } from "./person-cues.js";

/**
 * Left to right, each token is read once unless a name read before it covers it: a capitalised
 * word starts a run (see `at`), and « de » before one may end a role (« le général de X »).
 * Only a capitalised word and the token before it can start anything, so just those are read.
 */
export function capitalisedRunPass(f: Finder): void {
  let next = 0;
  for (const cap of f.caps) {
    for (let i = Math.max(next, cap - 1); i <= cap; i++) if (i >= next) next = readAt(f, i);
  }
}

/** What pass 1 makes of token i: the next token to read. */
export function readAt(f: Finder, i: number): number {
  if (f.taken[i] || !f.isCapWord(i)) {
    // (The capital after it first: a byte read, where the word costs a lookup.)
    if (f.isCapWord(i + 1) && !f.taken[i + 1] && (f.tokens[i]!.lower === "de" || f.tokens[i]!.lower === "d'") && roleJustBefore(f, i)) {
      const end = runEnd(f, i + 1);
      f.emit({ kind: "person", tokStart: i, tokEnd: end, reason: "role-before" });
      return end;
    }
    return i + 1;
  }
  return at(f, i);
}

/** Reads whatever starts at capitalised token i; returns the next token to look at. */
export function at(f: Finder, i: number): number {
  const t = f.tokens[i]!;
  // « Mme Roche »: after a title, a name that is also a company is the person.
  const org = titleBefore(f, i) ? undefined : knownOrgAt(f, i);
  if (org) {
    const personInstead = org.len === 1 && looksLikeFullName(f, i);
    const after = i + org.len;
    if (org.len === 1 && isAcronym(t) && f.isCapWord(after) && f.samePara(i, after) && !f.taken[after] && !knownOrg(f.tokens[after]!) && !firstName(f.tokens[after]!) && !personAfter(f, after)) {
      const end = extendOrgName(f, after);
      f.emit({ kind: "organization", tokStart: i, tokEnd: end, reason: "acronym-led-name", orgType: "other" });
      return end;
    }
    // « une Renault 12 », « la Peugeot 208 »: a carmaker's name then a model number is a product.
    const model = org.type === "company" && f.tokens[after]?.kind === "number" && f.samePara(i, after) && !f.tokens[i - 1]?.cap && inArticles(f.tokens[i - 1]);
    if (model) return after + 1;
    if (!personInstead) {
      // « Le Quotidien.fr »: the outlet's web name, article included (its canonical stays the outlet).
      const web = webDomainAt(f, i + org.len);
      const end = i + org.len + (web ? 2 : 0);
      // « La Mozilla Foundation »: the article is not part of the mention.
      const from = org.len > 1 && inArticles(t) && f.clauseStart(i) && !web ? i + 1 : i;
      const firm = org.platform && org.type === "media" && firmCue(f, from, i + org.len);
      f.emit({ kind: "organization", tokStart: from, tokEnd: end, reason: firm ? "platform-firm" : "known-org", orgType: firm ? "company" : org.type, canonical: org.name });
      acronymAfter(f, end, org.type, org.name);
      return end;
    }
  }
  // « CGT-Cheminots »: a known acronym glued to a capitalised word names a branch of it;
  // « SNESX-FSU »: an acronym glued to a known one, a member union of it.
  const dash = t.text.indexOf("-");
  if (dash > 1 && ACRONYM.test(t.text.slice(0, dash)) && /^\p{Lu}/u.test(t.text.slice(dash + 1))) {
    const tail = t.text.slice(dash + 1);
    const parent = knownOrg(t.text.slice(0, dash)) ?? (ACRONYM.test(tail) ? knownOrg(tail) : undefined);
    if (parent && !parent.ambiguous && !pairAfterNoun(f, i, tail)) {
      f.emit({ kind: "organization", tokStart: i, tokEnd: i + 1, reason: "acronym-branch", orgType: parent.type });
      return i + 1;
    }
  }
  // Words that are never names alone, but may be cues for what follows.
  if (title(t) || f.tokens[i + 1]?.text === "." && titleWithDot(t)) return i + 1;
  const lowerFirst = isNotName(t) || (f.clauseStart(i) && isCommonWord(t) && !firstNameFollowed(f, i) && !listOfKnown(f, i));
  if (lowerFirst && !particleName(f, i)) return i + 1;
  if (role(t) || (demonym(t) && !firstName(t))) return i + 1;
  // « l'ONG Greenpeace »: an all-caps head is a cue, not part of the name.
  const ah = isAcronym(t) ? orgHead(t) : undefined;
  if (ah && ah.kind === "head" && f.isCapWord(i + 1)) return i + 1;
  const art = f.tokens[i - 1];
  if (art && (art.lower === "la" || art.lower === "le" || art.lower === "l'") && isOriginNoun(t) && f.isCapWord(i + 1) && !knownOrg(t)) return i + 1;
  const end = runEnd(f, i);
  classify(f, i, end);
  return Math.max(end, i + 1);
}

/**
 * « l'accord UE-Turquie », « le sommet UE-Chine »: a place after the dash and a lower-case
 * noun before make a pair of parties, not a branch (« l'ENS-Lyon », « la CGT-Vallon » are).
 */
function pairAfterNoun(f: Finder, i: number, tail: string): boolean {
  const p = f.tokens[i - 1];
  return !!p && p.kind === "word" && !p.cap && p.lower.length >= 5 && f.samePara(i - 1, i) && !NAME_STOP.has(p.lower) && !ORG_GLUE.has(p.lower) && isPlace(tail);
}

/**
 * « le député de l'AKP Kerlan Dumoutier »: two or three plain words after a known acronym are
 * a person named after their organization, not the rest of the organization's name.
 */
function personAfter(f: Finder, k: number): boolean {
  const end = runEnd(f, k);
  return end - k >= 2 && end - k <= 3 && plainName(f, k, end);
}

/** « Total, Kermor et … » at a clause start: a known name that is also a word, first of a list of known ones. */
function listOfKnown(f: Finder, i: number): boolean {
  const sep = f.tokens[i + 1];
  return !!sep && sep.text === "," && f.isCapWord(i + 2) && f.samePara(i, i + 2) && !!knownOrg(f.tokens[i]!) && !!knownOrgAt(f, i + 2);
}
