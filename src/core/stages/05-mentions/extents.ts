/**
 * Where a name ends: a capitalised run with particles, an organization's name going on over
 * glue words and adjectives, and a bracketed acronym right after an organization.
 */
import type { OrgType } from "../../types.js";
import { orgHead, title } from "../../word-lexicon.js";
import type { Draft, Finder } from "./finder.js";
import { ADJECTIVE_LIKE, MAX_RUN, NAME_ADJECTIVE, NAME_STOP, ORG_GLUE, inParticles, isAcronym, isNotName, isPlace, knownOrg, speechVerb } from "./lists.js";

/** Capitalised run from i: capitalised words, initials, particles between capitalised words. */
export function runEnd(f: Finder, i: number): number {
  let j = i + 1;
  while (j < f.tokens.length && j - i < MAX_RUN && f.samePara(i, j)) {
    const t = f.tokens[j]!;
    if (f.skip[j] || f.taken[j]) break;
    if (t.kind === "word" && t.cap) {
      if (isNotName(t) && !inParticles(t)) break;
      // « Léa Morel Le 12 mars »: a capitalised particle goes on only before a capitalised word.
      if (inParticles(t) && !(f.isCapWord(j + 1) && f.samePara(j, j + 1))) break;
      // « Me Louis Baron », « Léa Comte »: a title word closing the name is the surname (« M. »,
      // « Mme », « Dr », or a title before another capitalised word, starts another name).
      if (title(t) && (t.text.length < 4 || f.isCapWord(j + 1))) break;
      j++;
      continue;
    }
    if (t.text === "&" && f.isCapWord(j + 1) && !f.taken[j + 1]) {
      j += 2;
      continue;
    }
    // One or two particles then a capitalised word: « van der Hoek », « de La Tour ».
    // « de l'Eprevier » too, unless an organization's head follows (« de l'Institut »).
    const elided = t.lower === "de" && f.tokens[j + 1]?.lower === "l'" && !!f.tokens[j + 2] && !orgHead(f.tokens[j + 2]!);
    const two = t.kind === "word" && ((inParticles(t) && inParticles(f.tokens[j + 1]) && !f.tokens[j + 1]!.cap) || elided) ? 1 : 0;
    if (t.kind === "word" && inParticles(t) && f.isCapWord(j + 1 + two) && !f.taken[j + 1 + two] && f.samePara(j, j + 1 + two)) {
      const next = f.tokens[j + 1 + two]!;
      // « Claire Vasseur de Paris »: a place or a known body after « de » is not the surname.
      if ((t.lower === "de" || t.lower === "d'" || t.lower === "du" || t.lower === "des") && (isPlace(next) || knownOrg(next))) break;
      // « à Paris de Jean Dupont »: a place before « de » and a full name is no first name
      // (« Florence de Lamarzelle » keeps hers: one word after « de »).
      if (j === i + 1 && isPlace(f.tokens[i]!) && f.isCapWord(j + 2 + two) && f.samePara(j, j + 2 + two)) break;
      j += 2 + two;
      continue;
    }
    break;
  }
  return j;
}

/** After a capitalised org head, the name may go on with particles and capitalised words. */
export function extendOrgName(f: Finder, e: number): number {
  let j = e;
  const a0 = f.tokens[j];
  if (a0 && a0.kind === "word" && !a0.cap && f.tokens[j - 1]?.cap && f.samePara(j - 1, j) && !f.taken[j] && NAME_ADJECTIVE.test(a0.lower) && !NAME_STOP.has(a0.lower) && !speechVerb(a0.text)) j++;
  while (j < f.tokens.length && f.samePara(e - 1, j)) {
    const t = f.tokens[j]!;
    if (f.skip[j] || f.taken[j]) break;
    if (t.kind === "word" && ORG_GLUE.has(t.lower) && f.isCapWord(j + 1) && !f.taken[j + 1]) {
      j += 2;
      continue;
    }
    if (t.kind === "word" && t.cap && (!isNotName(t) || f.isCapWord(j + 1)) && !title(t)) {
      j++;
      // « l'Éducation nationale », « l'Union européenne »: one adjective after a capitalised word.
      const a = f.tokens[j];
      if (a && a.kind === "word" && !a.cap && f.samePara(j - 1, j) && !f.taken[j] && NAME_ADJECTIVE.test(a.lower) && !NAME_STOP.has(a.lower) && !speechVerb(a)) j++;
      continue;
    }
    break;
  }
  return j;
}

/**
 * « Association des journalistes bretons », « Syndicat national des enseignants »: after a
 * capitalised head, the name goes on over glue words, the nouns they introduce and
 * adjective-like words, up to punctuation or a word that cannot be in a name.
 */
export function extendLowerOrg(f: Finder, from: number): number {
  let j = from;
  let end = from;
  const limit = Math.min(f.tokens.length, from + 10);
  let afterGlue = false;
  while (j < limit && f.samePara(from - 1, j)) {
    const t = f.tokens[j]!;
    if (t.kind !== "word" || f.taken[j] || f.skip[j]) break;
    if (NAME_STOP.has(t.lower) || speechVerb(t)) break;
    if (ORG_GLUE.has(t.lower) && !t.cap) {
      const nx = f.tokens[j + 1];
      // « en battant … » is a gerund, not part of the name.
      if (t.lower === "en" && nx && /ant$/.test(nx.lower)) break;
      // « et » joins names (« Caisse des dépôts et consignations »), not a participle (« et réalisée »).
      if (t.lower === "et" && !(nx && nx.kind === "word" && !NAME_STOP.has(nx.lower) && !speechVerb(nx) && (nx.cap || NAME_ADJECTIVE.test(nx.lower) || !/(?:é|ée|és|ées)$/.test(nx.lower)))) break;
      afterGlue = true;
      j++;
      continue;
    }
    if (afterGlue || ADJECTIVE_LIKE.test(t.lower) || t.cap) {
      afterGlue = false;
      j++;
      end = j;
      continue;
    }
    break;
  }
  return end;
}

/** An acronym in brackets right after an organization: emit it as a mention of the same org. */
export function acronymAfter(f: Finder, e: number, type: OrgType, canonical: string | null): void {
  const open = f.tokens[e];
  const acr = f.tokens[e + 1];
  const close = f.tokens[e + 2];
  if (!open || !acr || !close || open.text !== "(" || close.text !== ")" || !isAcronym(acr)) return;
  if (f.taken[e + 1]) return;
  const d: Draft = { kind: "organization", tokStart: e + 1, tokEnd: e + 2, reason: "acronym-definition", orgType: type };
  const known = knownOrg(acr);
  if (canonical) d.canonical = canonical;
  else if (known) d.canonical = known.name;
  f.emit(d);
  f.definitions.set(e + 1, e);
}
