/**
 * Role phrases around a person's name: « la ministre du Logement, X », « le PDG de Y, X »,
 * « son cofondateur, X », « le député X » before it; « X, présidente de l'UNEF », « X,
 * ancienne directrice de Y » after it. A role is the lexicon's longest role noun, with its
 * complement up to the next punctuation; the organizations in the complement, or the body it
 * names, become affiliations.
 */
import { BRIDGES, COMPLEMENT_GLUE, COPULAS, determinerGender, NOT_SUBJECT, POSSESSIVES, ROLE_ADJUNCTS, ROLE_AUXILIARIES as AUXILIARIES } from "../../french.js";
import { perWordPair, wordList } from "../../words.js";
import { orgHeadOfLower, role, startsRole } from "../../word-lexicon.js";
import { entityCues, isRolePrefix, mentionCues, roleMaxWords } from "../../../lexicon/index.js";
import { foldName } from "../../fold.js";
import { tokenEnd, type Doc, type EntityMention, type Word } from "../../document.js";
import type { Gender } from "../../types.js";
import { nameRange } from "./merge-people.js";
import { complementBody } from "./role-bodies.js";
import { inClauseWords, inDefiniteArticle } from "./words.js";

/** Auxiliaries: a role-looking word right after one is a past participle (« a prévenu »); french.ts ROLE_AUXILIARIES. */
const inAuxiliaries = wordList(AUXILIARIES);

/** Words allowed between a role and the name it describes (complements, adjectives). */
const inComplementGlue = wordList(COMPLEMENT_GLUE);
const inPossessives = wordList(POSSESSIVES);
/** Tokens that may stand between a role noun and the name: a comma only. */
const MAX_ROLE_SPAN = 9;
/**
 * Tokens a role after the name may run over up to the next punctuation: « X, chef du service
 * de chirurgie et de médecine du sport de l'hôpital Vercors, … » names its body at the end.
 */
const MAX_ROLE_SPAN_AFTER = 20;
/** Gender evidence, strongest first. */

export interface RoleFound {
  text: string;
  canonical: string;
  gender: Gender | null;
  /** Mention indices of organizations inside the role's complement. */
  orgs: number[];
  possessive: boolean;
  start: number;
  /** « A et B, cofondateurs de Y »: the other people a plural role describes. */
  partners?: number[];
  /**
   * The body the role's complement names when no organization mention is in it: « conseillère
   * du gouvernement » → « gouvernement », « ministre de l'Intérieur » → « ministère de
   * l'Intérieur », « membre de Sud Énergie » → « Sud Énergie ».
   */
  body?: string;
  /** The role alone, with no complement: « le PDG, Léa Morel », « Léa Morel, porte-parole, … ». */
  bare?: boolean;
}

/** Role noun ending at or after token k, longest match; returns its length. */
function roleAt(tokens: Word[], k: number, limit: number): { len: number; canonical: string; gender: Gender | null; plural: boolean } | undefined {
  if (!tokens[k]) return undefined;
  if (!startsRole(tokens[k]!)) {
    // « ex-directeur de Fortal », « l'ex-PDG »: a former holder's one-word role.
    const w = tokens[k]!;
    const r = w.kind === "word" && w.lower.startsWith("ex-") ? role(w.text.slice(3)) : undefined;
    return r ? { len: 1, canonical: r.canonical, gender: r.gender, plural: r.plural } : undefined;
  }
  // How far the words from k can still spell the start of a role: longer keys need not be built.
  const most = Math.min(roleMaxWords, limit - k);
  let reach = 1;
  for (let phrase = tokens[k]!.key; reach < most; reach++) {
    const t = tokens[k + reach];
    if (!t || t.kind !== "word") break;
    // The first pair of words is asked once per pair (most probes stop there).
    if (reach === 1) {
      if (!continuesRole(tokens[k]!, t)) break;
      phrase = pairKey(tokens[k]!, t);
      continue;
    }
    phrase += tokens[k + reach - 1]!.key.endsWith("'") ? t.key : ` ${t.key}`;
    if (!isRolePrefix(phrase)) break;
  }
  for (let len = reach; len >= 1; len--) {
    if (len === 1) {
      const r = tokens[k]!.kind === "word" ? role(tokens[k]!) : undefined;
      if (r) return { len, canonical: r.canonical, gender: r.gender, plural: r.plural };
      continue;
    }
    let key = "";
    let broken = false;
    for (let i = k; i < k + len; i++) {
      const t = tokens[i]!;
      if (t.kind !== "word") {
        broken = true;
        break;
      }
      key += t.text;
      if (i + 1 < k + len && !t.text.endsWith("'") && !t.text.endsWith("’")) key += " ";
    }
    if (broken) continue;
    const r = role(key);
    if (r) return { len, canonical: r.canonical, gender: r.gender, plural: r.plural };
  }
  return undefined;
}

/** Two words' folded keys as a role key joins them (no space after an apostrophe). */
const pairKey = (first: Word, second: Word): string => (first.key.endsWith("'") ? first.key + second.key : `${first.key} ${second.key}`);
/** Some role's key starts with these two words (asked once per pair of words). */
const continuesRole = perWordPair((first, second) => isRolePrefix(pairKey(first, second)));

/** « la ministre du Logement, X » / « le PDG de Y, X » / « son cofondateur, X » / « le député X ». */
export function roleBefore(doc: Doc, m: EntityMention): RoleFound | undefined {
  const { tokens } = doc;
  const [ns] = nameRange(tokens, m);
  let end = m.tokStart; // exclusive end of the role phrase
  if (ns !== m.tokStart) end = m.tokStart;
  const sent = doc.tokSent[m.tokStart]!;
  // « L'avocat de l'accusée, Me X »: in apposition, the phrase's head describes X.
  const apposition = tokens[end - 1]?.text === ",";
  if (apposition) end--;
  // « La secrétaire générale de la Confédération (CGT), X »: step over a bracketed acronym.
  if (tokens[end - 1]?.text === ")") {
    let o = end - 2;
    while (o >= 0 && o > end - 6 && tokens[o]!.text !== "(") o--;
    if (o >= 0 && tokens[o]!.text === "(") end = o;
  }
  let best: RoleFound | undefined;
  for (let k = end - 1; k >= 0 && end - k <= MAX_ROLE_SPAN; k--) {
    const t = tokens[k]!;
    if (doc.tokSent[k] !== sent || (t.kind === "punct" && !isComplementWord(doc, k))) break;
    const mk = doc.mentionAt[k] ?? -1;
    // « l'avocat de Denis Garnier, Me X »: a person in the role's complement is not the one described.
    if (mk >= 0 && doc.mentions[mk]!.kind === "person" && !isComplementWord(doc, k)) break;
    const r = roleAt(tokens, k, end);
    if (!r || r.plural) continue;
    // « a prévenu Mme X », « a été nommée X »: a participle after an auxiliary is a verb.
    if (inAuxiliaries(tokens[k - 1])) continue;
    // Only a role that reaches the one already found extends it (« directeur général »);
    // a role further back describes someone else (« l'assistant du député X »), unless the name
    // is in apposition and the nearer role is that role's complement (« l'avocat de l'accusée, X »).
    if (best && k + r.len < best.start) {
      if (!apposition || !onlyGlue(tokens, k + r.len, best.start)) break;
      const head = describeRole(doc, k, r.len, end, r);
      if (head) best = head;
      break;
    }
    const found = describeRole(doc, k, r.len, end, r);
    if (found) best = found;
  }
  return best;
}

/** True when tokens [s, e) are only « de », « du », « des », « d' » and articles. */
function onlyGlue(tokens: readonly Word[], s: number, e: number): boolean {
  if (e <= s) return false;
  for (let i = s; i < e; i++) if (!inComplementGlue(tokens[i])) return false;
  return tokens[s]!.lower === "de" || tokens[s]!.lower === "d'" || tokens[s]!.lower === "du" || tokens[s]!.lower === "des";
}

/** « l'un des », « une des »: one of a plural role's holders. */
const ONE_OF = new Set(["un", "une"]);

/** Marks that close a role's complement after the name (punctuation tokens, code logic: stays here). */
const CLOSES_ROLE = new Set([",", ".", ")", ";", "(", ":", "—", "–", "-", "!", "?"]);

/** « A et B, … », « A, B et C, … »: the person mentions coordinated before m, nearest first. */
function coordinated(doc: Doc, m: EntityMention): number[] {
  const out: number[] = [];
  let k = m.tokStart - 1;
  if (doc.tokens[k]?.lower !== "et") return out;
  while (k > 0) {
    const pi = doc.mentionAt[k - 1] ?? -1;
    const pm = pi >= 0 ? doc.mentions[pi]! : undefined;
    if (!pm || pm.kind !== "person" || pm.tokEnd !== k || doc.tokSent[pm.tokStart] !== doc.tokSent[m.tokStart]) break;
    out.push(pi);
    k = pm.tokStart - 1;
    if (doc.tokens[k]?.text !== ",") break;
  }
  return out;
}

/** Adjectives that may stand before a role after the name (« X, ancienne directrice de Y »). */
const ROLE_ADJECTIVES = entityCues.roleAdjectives;

/** « X, présidente de l'UNEF, … » / « X, ministre du Travail ». */
export function roleAfter(doc: Doc, m: EntityMention): RoleFound | undefined {
  const { tokens } = doc;
  let after = m.tokEnd;
  // « X (ancienne porte-parole de Y) »: a role in brackets stands as in apposition.
  let bracket = false;
  // « X (S&D), corapporteur du texte »: step over a bracket after the name.
  if (tokens[after]?.text === "(") {
    let close = after + 1;
    while (close < tokens.length && close - after < 16 && tokens[close]!.text !== ")") close++;
    const inside = tokens[after + 1] && ROLE_ADJECTIVES.has(tokens[after + 1]!.lower) ? after + 2 : after + 1;
    if (tokens[close]?.text === ")" && tokens[inside] && !tokens[inside]!.cap && startsRole(tokens[inside]!)) bracket = true;
    else if (tokens[close]?.text === ")") after = close + 1;
  }
  const c = tokens[after];
  const sent = doc.tokSent[after];
  // « X est présidente de Y », « X était directeur de Y »: a copula instead of the comma.
  // Not « le fils de X est directeur de Y »: X must be the subject.
  const copula = c !== undefined && COPULAS.has(c.lower) && !inAuxiliaries(tokens[after + 1]) && !NOT_SUBJECT.has(tokens[m.tokStart - 1]?.lower ?? "");
  if (!c || (c.text !== "," && !copula && !bracket)) return undefined;
  let k = after + 1;
  if (!copula && !bracket) {
    // « X, 45 ans, directrice de Y »: past an age in apposition.
    if (tokens[k]?.kind === "number" && tokens[k + 1]?.lower === "ans" && tokens[k + 2]?.text === ",") k += 3;
    // « X, qui est directrice de Y », « X, devenue directrice de Y », « X, désormais directrice de Y ».
    if (tokens[k]?.lower === "qui" && COPULAS.has(tokens[k + 1]?.lower ?? "")) k += 2;
    else if (BRIDGES.has(tokens[k]?.lower ?? "")) k++;
    // « X, agronome et fondatrice de Y »: a first noun the lexicon lacks, coordinated with the role.
    const noun = tokens[k];
    if (noun && noun.kind === "word" && !noun.cap && tokens[k + 1]?.lower === "et" && !startsRole(noun) && determinerGender(noun.lower) === null && !inClauseWords(noun)) {
      const second = tokens[k + 2];
      if (second && second.kind === "word" && !second.cap && startsRole(second)) k += 2;
    }
  }
  // « X, l'une des fondatrices de Y », « X, un des responsables de Y »: a plural role that is one person's.
  let oneOf = false;
  const one = tokens[k]?.lower === "l'" && ONE_OF.has(tokens[k + 1]?.lower ?? "") ? k + 1 : k;
  if (one > k && (tokens[one + 1]?.lower === "des" || tokens[one + 1]?.lower === "de")) k = one;
  if (ONE_OF.has(tokens[k]?.lower ?? "") && (tokens[k + 1]?.lower === "des" || tokens[k + 1]?.lower === "de")) {
    oneOf = true;
    k += tokens[k + 1]!.lower === "de" && inDefiniteArticle(tokens[k + 2]) ? 3 : 2;
  }
  const first = tokens[k];
  if (!first || doc.tokSent[k] !== sent) return undefined;
  if (!oneOf && first.kind === "word" && (determinerGender(first.lower) !== null || first.lower === "l'" || inPossessives(first))) k++;
  // « X, ancienne directrice de Y », « X, l'actuel président de Y »: the role follows its adjective.
  if (tokens[k] && ROLE_ADJECTIVES.has(tokens[k]!.lower)) k++;
  if (!tokens[k]) return undefined;
  let stop = k;
  while (stop < tokens.length && stop - k < MAX_ROLE_SPAN_AFTER && tokens[stop]!.kind !== "punct" && doc.tokSent[stop] === sent) stop++;
  const r = roleAt(tokens, k, stop);
  if (!r) return undefined;
  // « A et B, cofondateurs de Fortal »: a plural role after coordinated names is each one's.
  const partners = r.plural && !oneOf ? coordinated(doc, m) : [];
  if (r.plural && !oneOf && partners.length === 0) return undefined;
  // The complement ends at the next punctuation; keep it only if it reads as one.
  let e = k + r.len;
  while (e < stop && isComplementWord(doc, e)) e++;
  // « X, juge « prématuré » … »: a verb that looks like a role is followed by its object, not a pause.
  const next = tokens[e];
  const nextIsName = next !== undefined && (doc.mentionAt[e] ?? -1) >= 0;
  // « X, salariée de Fortal depuis 2010, … »: a time adjunct may close the role too.
  const adjunct = next !== undefined && ROLE_ADJUNCTS.has(next.lower);
  // « X, coprésidente de Fortal se dit … »: a verb right after a complement naming an organization.
  let named = false;
  for (let i = k + r.len; i < e && !named; i++) named = doc.mentions[doc.mentionAt[i] ?? -1]?.kind === "organization";
  const clause = named && inClauseWords(next);
  if (next && doc.tokSent[e] === sent && !nextIsName && !adjunct && !clause && !CLOSES_ROLE.has(next.text)) return undefined;
  const found = describeRole(doc, k, r.len, e, r.plural ? { canonical: r.canonical, gender: null } : r, true);
  if (found && partners.length > 0) found.partners = partners;
  // « X, présentatrice du journal du soir, à Radio Vallon »: where the role is held;
  // « X, doctorante en histoire, Université de Vallon »: a signature's body after the role.
  if (found && tokens[e]?.text === "," && doc.tokSent[e + 1] === sent) {
    const prep = tokens[e + 1]?.lower === "à" || tokens[e + 1]?.lower === "chez";
    const at = prep ? e + 2 : e + 1;
    const oi = doc.mentionAt[at] ?? -1;
    const om = oi >= 0 ? doc.mentions[oi]! : undefined;
    const last = om ? tokens[om.tokEnd] : undefined;
    const ends = om !== undefined && (!last || last.kind === "punct" || doc.tokSent[om.tokEnd] !== sent);
    if (om && om.kind === "organization" && om.tokStart === at && (prep || ends) && !found.orgs.includes(oi)) found.orgs.push(oi);
  }
  // « X, une députée européenne (Groupe des Verts), … »: the bracket names her group.
  const om = tokens[e]?.text === "(" ? (doc.mentionAt[e + 1] ?? -1) : -1;
  if (found && om >= 0 && doc.mentions[om]!.kind === "organization" && !found.orgs.includes(om)) found.orgs.push(om);
  return found;
}

/** An organization mention alone in brackets: « (PS) ». */
function bracketed(doc: Doc, m: EntityMention): boolean {
  return doc.tokens[m.tokStart - 1]?.text === "(" && doc.tokens[m.tokEnd]?.text === ")";
}

function isComplementWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // « la maire (PS) de Vallon »: the brackets around an organization inside the role.
  if (t.text === "(" || t.text === ")") {
    const om = doc.mentions[doc.mentionAt[t.text === "(" ? i + 1 : i - 1] ?? -1];
    return om !== undefined && om.kind === "organization" && bracketed(doc, om);
  }
  // « présentateur du bulletin de 19 h », « élu en 2014 »: a number inside the complement.
  if (t.kind === "number") return true;
  if (t.kind !== "word") return false;
  const mi = doc.mentionAt[i] ?? -1;
  if (mi >= 0) {
    const m = doc.mentions[mi]!;
    if (m.kind === "organization") return true;
    // « l'avocat de Denis Garnier »: a person after « de » is the role's complement.
    const before = doc.tokens[m.tokStart - 1]?.lower;
    return before === "de" || before === "d'" || before === "du";
  }
  // « la présidente de la cour », « assistant parlementaire du député européen allemand »:
  // lower-case nouns and adjectives, up to a relative pronoun or a verb.
  if (!t.cap) return !inClauseWords(t);
  return t.cap || inComplementGlue(t) || /^(?:général|générale|adjoint|adjointe|délégué|déléguée|national|nationale|régional|régionale|européen|européenne|exécutif|exécutive)$/.test(t.lower);
}

/** Build the role found at tokens [k, k+len) with its complement up to `end`. */
function describeRole(doc: Doc, k: number, len: number, end: number, r: { canonical: string; gender: Gender | null }, after = false): RoleFound | undefined {
  const { tokens } = doc;
  for (let i = k + len; i < end; i++) if (!isComplementWord(doc, i)) return undefined;
  const orgs: number[] = [];
  let cut = end;
  for (let i = k + len; i < end; i++) {
    const mi = doc.mentionAt[i] ?? -1;
    if (mi >= 0 && doc.mentions[mi]!.kind === "organization") {
      if (!orgs.includes(mi)) orgs.push(mi);
      // « la maire (PS) de Vallon »: a party in brackets inside the role stays in its text.
      if (cut === end && !bracketed(doc, doc.mentions[mi]!)) {
        // Cut the role before « de l'UNEF »: the org is an affiliation, not part of the role.
        // « analyste au cabinet Xerfi »: the head noun naming that org goes with it.
        let c = i;
        while (c > k + len && (inComplementGlue(tokens[c - 1]) || (!tokens[c - 1]!.cap && orgHeadOfLower(tokens[c - 1]!)?.kind === "head"))) c--;
        cut = c;
      }
    }
  }
  // « l'avocat de X »: a role ending in « de » right before the name is X's counterpart's, not X's.
  if (!after && end > k + len && /^(?:de|d'|du|des)$/.test(tokens[end - 1]!.lower)) return undefined;
  // A lone complement that is only glue words is dropped.
  while (cut > k + len && inComplementGlue(tokens[cut - 1])) cut--;
  let text = doc.text.slice(doc.tokStart[k]!, tokenEnd(doc, cut - 1));
  const prev = tokens[k - 1];
  // « le PDG »: an acronym keeps its capitals.
  if (tokens[k]!.cap && !/^\p{Lu}{2,}$/u.test(tokens[k]!.text) && (!prev || doc.tokSent[k - 1] !== doc.tokSent[k] || determinerGender(prev.lower) !== null || prev.lower === "l'")) {
    text = text.charAt(0).toLowerCase() + text.slice(1);
  }
  let gender = r.gender;
  if (!gender && prev) gender = determinerGender(prev.lower);
  // « son voisin », « l'avocat d'Alexandre »: a role of private life points to no body.
  const personal = mentionCues.privateRoles.has(foldName(r.canonical));
  const possessive = !personal && !!prev && inPossessives(prev);
  const found: RoleFound = { text, canonical: r.canonical, gender, orgs, possessive, start: k };
  if (cut === k + len) found.bare = true;
  if (orgs.length === 0 && !personal) {
    const body = complementBody(doc, k, len, cut);
    if (body !== undefined) found.body = body;
  }
  return found;
}

/**
 * A role phrase at token k that names no one beside it: « la présidente de Fortal a … », not
 * « la présidente de Fortal, Léa Morel » nor « l'avocate de Léa Morel ». Its complement up to
 * the next punctuation; undefined when no singular role starts at k, or when `wanted` says no
 * to its canonical form.
 */
export function roleAround(doc: Doc, k: number, wanted?: (canonical: string) => boolean): RoleFound | undefined {
  const { tokens } = doc;
  const sent = doc.tokSent[k];
  let stop = k;
  while (stop < tokens.length && stop - k < MAX_ROLE_SPAN_AFTER && tokens[stop]!.kind !== "punct" && doc.tokSent[stop] === sent) stop++;
  const r = roleAt(tokens, k, stop);
  if (!r || r.plural) return undefined;
  // The caller has no use for this role: its complement need not be read.
  if (wanted !== undefined && !wanted(r.canonical)) return undefined;
  let e = k + r.len;
  while (e < stop && isComplementWord(doc, e)) e++;
  for (let i = k; i < e; i++) if (doc.mentions[doc.mentionAt[i] ?? -1]?.kind === "person") return undefined;
  // « la présidente de Fortal, Léa Morel » / « (Léa Morel) »: the name beside it is the holder.
  const after = tokens[e]?.text === "," || tokens[e]?.text === "(" ? e + 1 : e;
  if (doc.mentions[doc.mentionAt[after] ?? -1]?.kind === "person") return undefined;
  if (tokens[k - 2]?.text === "," && doc.mentions[doc.mentionAt[k - 3] ?? -1]?.kind === "person") return undefined;
  return describeRole(doc, k, r.len, e, r, true);
}
