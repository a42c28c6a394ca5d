/**
 * Cues around a run that make it a person (a title, a role or nationality before, a speech
 * verb, an age or a role in apposition) or that make it nobody (a photo credit, a product).
 */
import { roleMaxWords } from "../../../lexicon/index.js";
import type { Gender } from "../../types.js";
import { demonym, endsRole, orgHead, role, startsRole, title } from "../../word-lexicon.js";
import type { Word } from "../../document.js";
import type { Finder } from "./finder.js";
import type { MentionReason } from "./reasons.js";
import { AUXILIARIES, GEO_HEADS, INITIALS, inArticles, NOBLE_TITLES, articleGender, firstName, hasBreak, inAdjectives, inCreditWords, inDefiniteBefore, inParticles, isAcronym, isCommonWord, isNotName, isOriginNoun, isPlace, knownOrg, speechVerb, titleWithDot } from "./lists.js";

/** Title token(s) right before s: « M. », « Mme », « Dr ». */
export function titleBefore(f: Finder, s: number): { start: number; gender: Gender | null } | undefined {
  const p = f.tokens[s - 1];
  if (!p || f.doc.tokPara[s - 1] !== f.doc.tokPara[s]) return undefined;
  if (p.text === "." ) {
    const pp = f.tokens[s - 2];
    if (pp && f.glued(s - 1)) {
      const t = titleWithDot(pp);
      if (t) return { start: s - 2, gender: t.gender };
    }
    return undefined;
  }
  const t = p.kind === "word" ? title(p) : undefined;
  if (!t) return undefined;
  // « Madame la ministre » is not followed by a name; a capitalised word right after is.
  return { start: s - 1, gender: t.gender };
}

/** A singular role noun right before token i (« le général de Villaret »). */
export function roleJustBefore(f: Finder, i: number): boolean {
  const p = f.tokens[i - 1];
  if (!p || p.kind !== "word" || p.cap) return false;
  const next = f.tokens[i + 1];
  const det = f.tokens[i - 2];
  if (!det || !(det.lower === "le" || det.lower === "la" || det.lower === "du" || det.lower === "au")) return false;
  return NOBLE_TITLES.has(p.lower) && !!next && !isPlace(next) && !knownOrg(next) && !firstName(next);
}

/** A first name followed by another capitalised word (« Claire Vasseur »). */
export function firstNameFollowed(f: Finder, i: number): boolean {
  const t = f.tokens[i]!;
  return !!firstName(t) && f.isCapWord(i + 1) && f.samePara(i, i + 1) && !isNotName(f.tokens[i + 1]!);
}

export function looksLikeFullName(f: Finder, i: number): boolean {
  return firstNameFollowed(f, i) && !knownOrg(f.tokens[i + 1]!) && !isPlace(f.tokens[i]!);
}

/** « Le Pen » after a first name: a capitalised particle that is part of a surname. */
export function particleName(f: Finder, i: number): boolean {
  const t = f.tokens[i]!;
  if (!inParticles(t)) return false;
  return f.isCapWord(i - 1) && f.isCapWord(i + 1) && f.samePara(i - 1, i + 1) && !f.clauseStart(i);
}

/** A role or a nationality noun right before s (« la ministre X », « l'Italien X »). */
export function personCueBefore(f: Finder, s: number): { reason: MentionReason; gender: Gender | null } | undefined {
  const tokens = f.tokens;
  const para = f.doc.tokPara[s]!;
  // Capitalised demonym just before: « la Néerlandaise Kim … ».
  const p = tokens[s - 1];
  if (!p || f.doc.tokPara[s - 1] !== para) return undefined;
  if (p.kind === "word") {
    const dem = demonym(p);
    if (dem && !dem.plural) return { reason: "demonym-before", gender: dem.gender ?? articleGender(tokens[s - 2]) };
    // « la Montréalaise X », « le Lyonnais X »: a capitalised origin noun after an article.
    const art = tokens[s - 2];
    if (p.cap && art && (art.lower === "la" || art.lower === "le" || art.lower === "l'") && isOriginNoun(p) && !knownOrg(p)) {
      const g = art.lower === "la" || /e$/.test(p.text) ? "f" : art.lower === "le" ? "m" : null;
      return { reason: "demonym-before", gender: g };
    }
  }
  // Role phrase ending at s-1, s-2 or s-3 with adjectives (or an org) between.
  for (let gap = 0; gap <= 3; gap++) {
    const end = s - gap;
    if (gap > 0) {
      const a = tokens[end];
      if (!a || f.doc.tokPara[end] !== para || a.kind !== "word") return undefined;
      const okGap = (!a.cap && (demonym(a) || inAdjectives(a))) || (f.taken[end] === 1 && isAcronym(a));
      if (!okGap) return undefined;
    }
    if (end < 1 || !endsRole(tokens[end - 1]!)) continue;
    for (let len = Math.min(roleMaxWords, end); len >= 1; len--) {
      const rs = end - len;
      const rt = tokens[rs];
      if (!rt || f.doc.tokPara[rs] !== para || rt.kind !== "word") continue;
      if (len > 1 && !startsRole(rt)) continue;
      if (hasBreak(tokens, rs, end)) continue;
      const r = role(f.phrase(rs, end));
      // « a prévenu X »: after an auxiliary the word is a participle, not the role « prévenu ».
      if (r && !r.plural && !AUXILIARIES.has(tokens[rs - 1]?.lower ?? "")) return { reason: "role-before", gender: r.gender ?? articleGender(tokens[rs - 1]) };
    }
  }
  return undefined;
}

/** A speech verb right after the run (« X a déclaré », « X estime »). */
export function speechAfter(f: Finder, e: number): boolean {
  const t = f.tokens[e];
  if (!t || t.kind !== "word") return false;
  const v = speechVerb(t);
  if (v && v.some((x) => x.form === "finite" && !x.homograph)) return true;
  if (AUXILIARIES.has(t.lower)) {
    const n = f.tokens[e + 1];
    const pv = n && n.kind === "word" ? speechVerb(n) : undefined;
    if (pv && pv.some((x) => x.form === "participle")) return true;
  }
  return false;
}

/**
 * « Léa : « … » », « Léa hausse les épaules : « … » »: the run opens its sentence, and the
 * sentence ends a few words on with a colon that introduces a quote (on its line or the next).
 */
export function colonQuoteAfter(f: Finder, s: number, e: number): boolean {
  if (!f.clauseStart(s)) return false;
  const { tokens, doc } = f;
  for (let k = e; k < tokens.length && k < e + 16; k++) {
    const t = tokens[k]!;
    if (doc.tokQuote[k]! >= 0 || t.text === "." || t.text === "!" || t.text === "?" || t.text === ";") return false;
    if (t.text !== ":") continue;
    let n = k + 1;
    while (n < tokens.length && n < k + 4 && (tokens[n]!.text === ">" || tokens[n]!.text === "\\" || tokens[n]!.text === "*")) n++;
    const m = tokens[n]?.text;
    return m === "«" || m === "“" || m === '"';
  }
  return false;
}

/**
 * « Nadir (2) », « Yanis (le prénom a été changé) », « Inès* »: a note after the name, as
 * reporters mark a witness's changed or withheld name.
 */
export function nameNoteAfter(f: Finder, e: number): boolean {
  const { tokens } = f;
  const t = tokens[e];
  if (!t) return false;
  if (t.text === "*") return tokens[e + 1]?.text === "," || tokens[e + 1]?.text === "(";
  if (t.text !== "(") return false;
  if (tokens[e + 1]?.kind === "number" && tokens[e + 2]?.text === ")" && /^\d$/.test(tokens[e + 1]!.text)) return true;
  for (let k = e + 1; k < tokens.length && k < e + 10; k++) {
    const w = tokens[k]!.lower;
    if (w === ")") return false;
    if (w === "prénom" || w === "prénoms" || w === "pseudonyme" || w === "pseudo") return true;
  }
  return false;
}

/** « X, qui vit ici depuis vingt ans, »: a relative clause in apposition. */
export function relativeAfter(f: Finder, e: number): boolean {
  return f.tokens[e]?.text === "," && f.tokens[e + 1]?.lower === "qui";
}

/** « X, 45 ans, » : an age apposition. */
export function ageAfter(f: Finder, e: number): boolean {
  const c = f.tokens[e];
  if (!c || c.text !== ",") return false;
  let k = e + 1;
  const w = f.tokens[k];
  if (w && /^âgée?$/.test(w.lower) && f.tokens[k + 1]?.lower === "de") k += 2;
  const n = f.tokens[k];
  const a = f.tokens[k + 1];
  return !!n && !!a && n.kind === "number" && a.lower === "ans";
}

/** « X, le président de Y » / « X, ministre de … »: a role in apposition after the run. */
export function roleAfter(f: Finder, e: number): boolean {
  const c = f.tokens[e];
  if (!c || c.text !== ",") return false;
  let k = e + 1;
  const a = f.tokens[k];
  if (a && (a.lower === "le" || a.lower === "la" || a.lower === "l'" || a.lower === "un" || a.lower === "une" || a.lower === "son" || a.lower === "sa")) k++;
  if (!f.tokens[k] || !startsRole(f.tokens[k]!)) return false;
  for (let len = Math.min(roleMaxWords, 4); len >= 1; len--) {
    if (k + len > f.tokens.length || hasBreak(f.tokens, k, k + len)) continue;
    const r = role(f.phrase(k, k + len));
    if (r && !r.plural) return true;
  }
  return false;
}

/**
 * « un vendeur de journaux de 26 ans, Wilfrid. »: a name closing an indefinite phrase. The
 * phrase's noun (its token), or -1: a person unless that noun is an organization's head
 * (« une start-up, Fortalix. ») or a place's (« une seule ville, Kermor. »).
 */
export function describedNoun(f: Finder, s: number): number {
  const t = f.tokens;
  if (t[s - 1]?.text !== ",") return -1;
  const after = t[s + 1];
  if (after && f.doc.tokPara[s + 1] === f.doc.tokPara[s] && after.text !== "." && after.text !== "," && after.text !== ")") return -1;
  for (let k = s - 2; k >= 0 && k >= s - 10; k--) {
    const w = t[k]!;
    if (w.kind === "punct" || f.doc.tokPara[k] !== f.doc.tokPara[s]) return -1;
    // « une seule ville »: one adjective may come before the noun.
    const n = (t[k + 1]?.lower === "seul" || t[k + 1]?.lower === "seule") && k + 2 < s - 1 ? k + 2 : k + 1;
    const noun = t[n];
    if ((w.lower === "un" || w.lower === "une") && noun && noun.kind === "word" && !noun.cap) return n;
  }
  return -1;
}

/** describedNoun names a person: its noun is no organization's or place's head. */
export function namesDescription(f: Finder, s: number): boolean {
  const n = describedNoun(f, s);
  if (n < 0) return false;
  const noun = f.tokens[n]!;
  return orgHead(noun)?.kind !== "head" && !GEO_HEADS.has(noun.key);
}

/** A speech verb right before the run (« a déclaré X », « explique X »). */
export function speechBefore(f: Finder, s: number): boolean {
  const p = f.tokens[s - 1];
  if (!p || p.kind !== "word" || f.doc.tokPara[s - 1] !== f.doc.tokPara[s]) return false;
  const v = speechVerb(p);
  // « le titre X », « un constat »: after a determiner the word is a noun, not the verb.
  return !!v && v.some((x) => (x.form === "finite" || x.form === "participle") && !x.homograph) && !inArticles(f.tokens[s - 2]);
}

/** True when [s, e) is all of its paragraph (a name on a line of its own). */
export function wholeLine(f: Finder, s: number, e: number): boolean {
  const paras = f.doc.tokPara;
  return (s === 0 || paras[s - 1] !== paras[s]) && (e >= paras.length || paras[e] !== paras[s]);
}

/**
 * Two or three capitalised words that are none of: common words, places, org heads or
 * suffixes, acronyms, roles, demonyms. Mid-sentence such a run is most often a person.
 */
export function plainName(f: Finder, s: number, e: number): boolean {
  const p = f.tokens[s - 1];
  if (p && inDefiniteBefore(p)) return false;
  for (let i = s; i < e; i++) {
    const t = f.tokens[i]!;
    if (inParticles(t)) {
      if (!t.cap && (t.lower === "de" || t.lower === "d'" || t.lower === "du" || t.lower === "des")) return false;
      continue;
    }
    if (t.kind !== "word" || isAcronym(t) || isCommonWord(t) || isPlace(t) || orgHead(t) || role(t) || demonym(t) || isNotName(t) || knownOrg(t)) return false;
  }
  return true;
}

/**
 * « Léa Morel / AFP », « LÉA MOREL/AFP », « (L. Morel/Agence) » ending a paragraph: two or three
 * words of a name (a first name, initials or all capitals) opening a sentence or a bracket,
 * then « / » and the agency's one to three words; or a full name after « Photo », « © ».
 */
export function creditName(f: Finder, s: number, e: number): boolean {
  const t = f.tokens;
  // « Photo Léa Morel », « © Léa Morel »: a full name after a credit word; or a photographer's
  // one-word name or pseudonym ending the credit (« Photo : Kermadec », « Photo : Kermadec CC via … »).
  const b = t[s - 1]?.text === ":" ? s - 2 : s - 1;
  if (inCreditWords(t[b]) && f.samePara(b, s)) {
    if (e - s >= 2 && e - s <= 3 && firstName(t[s]!) && !knownOrg(t[e - 1]!)) return true;
    if (e - s === 1 && !isPlace(t[s]!) && !knownOrg(t[s]!) && !isNotName(t[s]!) && !isCommonWord(t[s]!) && !isAcronym(t[s]!) && creditTail(f, e)) return true;
  }
  if (e - s < 2 || e - s > 3 || t[e]?.text !== "/" || !f.samePara(s, e + 1) || !f.isCapWord(e + 1)) return false;
  const before = t[s - 1];
  if (before && f.samePara(s - 1, s) && !(before.text === "." || before.text === "(" || before.text === "»")) return false;
  const first = t[s]!;
  if (!(firstName(first) || INITIALS.test(first.text) || upperCaseRun(t, s, e))) return false;
  for (let i = s; i < e; i++) if (isPlace(t[i]!) || knownOrg(t[i]!) || isNotName(t[i]!)) return false;
  let k = e + 1;
  while (k < e + 5 && f.samePara(e + 1, k) && t[k]!.kind !== "punct") k++;
  return creditEnds(f, k);
}

/** What may follow a credit's name: the line's or bracket's end, a licence (« CC »), « via » or « pour ». */
function creditTail(f: Finder, k: number): boolean {
  const w = f.tokens[k];
  return creditEnds(f, k) || (f.samePara(k - 1, k) && (w?.text === "CC" || w?.lower === "via" || w?.lower === "pour" || w?.text === "/"));
}

/** Every word of [s, e) in capitals (« LÉA MOREL », « JEAN-MARC DUMOUTIER »). */
function upperCaseRun(t: Word[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!UPPER_WORD.test(t[i]!.text)) return false;
  return true;
}
const UPPER_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;

/** Token k ends a credit: its paragraph ends there, or a closing bracket does. */
export function creditEnds(f: Finder, k: number): boolean {
  return !f.samePara(k - 1, k) || f.tokens[k]?.text === ")" || (f.tokens[k]?.text === "." && !f.samePara(k, k + 1));
}

/** A name followed or preceded by « / » or after « Photo » is a photo credit. */
export function isCredit(f: Finder, s: number, e: number): boolean {
  const before = f.tokens[s - 1];
  const after = f.tokens[e];
  if (after && after.text === "/" && f.doc.tokPara[e] === f.doc.tokPara[s]) return true;
  if (before && before.text === "/" && f.doc.tokPara[s - 1] === f.doc.tokPara[s]) return true;
  const b2 = f.tokens[s - 2];
  if (before && inCreditWords(before)) return true;
  if (before && before.text === ":" && b2 && inCreditWords(b2)) return true;
  return false;
}

/**
 * A product rather than a person: right after a company's name (« Google Firebase
 * Messaging ») or followed by a model code in brackets (« Ground Master (GM200) »).
 */
export function productLike(f: Finder, s: number, e: number): boolean {
  const prev = f.drafts[f.drafts.length - 1];
  if (prev && prev.kind === "organization" && prev.tokEnd === s) return true;
  const open = f.tokens[e];
  const code = f.tokens[e + 1];
  return open?.text === "(" && !!code && /\d/.test(code.text) && /^[\p{Lu}\d-]+$/u.test(code.text);
}
