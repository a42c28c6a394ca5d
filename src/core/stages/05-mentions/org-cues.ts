/**
 * Cues around a run that make it an organization: a head noun before (« la start-up X »), an
 * apposition after (« X, une ONG »), a defined acronym, a firm's role before (« le PDG de X »),
 * a demonym in a sentence about business.
 */
import { businessVerb, orgHeadMaxWords } from "../../../lexicon/index.js";
import { foldName } from "../../fold.js";
import { BUSINESS_AUXILIARIES } from "../../french.js";
import type { OrgType } from "../../types.js";
import { demonym, endsOrgHead, orgHead, role } from "../../word-lexicon.js";
import type { Finder } from "./finder.js";
import { BUSINESS_WORDS, COMPANY_NOUNS, COMPANY_ROLES, DEFINITE, FIRM_NOUNS, FIRM_APPOSITIONS, GEO_HEADS, LETTER_ACRONYM, MONEY_WORDS, ORG_GLUE, firstName, STAFF_WORDS, ORG_ROLES, REACH_WORDS, hasBreak, inAdjectives, inArticles, inSingularDefinite, initialsMatch, isAcronym, mayStartOrgHead } from "./lists.js";

/** Endings of a firm's sector adjective after its head (« le groupe hôtelier », « la société minière », « le groupe agroalimentaire »). */
const SECTOR_ADJECTIVE = /(?:ier|ière|iers|ières|ique|iques|aire|aires)$/;

/** Type announced by an org head right before s, maybe with one adjective between. */
export function headBefore(f: Finder, s: number): OrgType | undefined {
  return headMatch(f, s)?.type;
}

/** The org head before s (see headBefore): its type, first token and whether it is part of the name. */
export function headMatch(f: Finder, s: number): { type: OrgType; start: number; inName: boolean } | undefined {
  // « une société américaine (Acme) »
  if (f.tokens[s - 1]?.text === "(" && f.tokens[s + 1]?.text === ")" && s >= 2) return headMatch(f, s - 1);
  // Set once a gap word is only a sector adjective by its ending (« hôtelier »): then only a firm's head counts.
  let sectorOnly = false;
  for (let gap = 0; gap <= 2; gap++) {
    const end = s - gap; // head ends at end-1
    if (gap > 0) {
      const adj = f.tokens[end];
      if (!adj || adj.kind !== "word" || adj.cap) break;
      if (!(demonym(adj) || inAdjectives(adj))) {
        if (!SECTOR_ADJECTIVE.test(adj.lower)) break;
        sectorOnly = true;
      }
    }
    if (end < 1 || !endsOrgHead(f.tokens[end - 1]!)) continue;
    for (let len = Math.min(orgHeadMaxWords + 1, end); len >= 1; len--) {
      const hs = end - len;
      if (hs < 0) continue;
      const ht = f.tokens[hs]!;
      if (f.doc.tokPara[hs] !== f.doc.tokPara[s] || ht.kind !== "word") continue;
      // A head of several words starts with a word that starts one.
      if (len > 1 && !mayStartOrgHead(ht)) continue;
      if (hasBreak(f.tokens, hs, end)) continue;
      const h = orgHead(f.phrase(hs, end));
      const headTok = f.tokens[end - 1]!;
      if (h && h.kind === "head" && (!headTok.cap || isAcronym(headTok)) && !GEO_HEADS.has(ht.key) && (!sectorOnly || h.type === "company")) {
        return { type: h.type, start: hs, inName: h.inName && gap === 0 && !headTok.cap };
      }
    }
  }
  return firmHeadWithField(f, s);
}

/** Heads of a firm's rank in its trade, before « du »: « le géant du e-commerce X ». */
const RANK_HEADS = new Set(["géant", "leader"]);

/**
 * « le fabricant de jouets X », « la banque d'affaires X », « la maison de disques X »: a
 * firm's one-word head, « de » and one or two lower-case words of its trade, right before s.
 */
function firmHeadWithField(f: Finder, s: number): { type: OrgType; start: number; inName: boolean } | undefined {
  const t = f.tokens;
  // « le leader du parti Léa Morel »: a person's name after a role's field.
  if (firstName(t[s]!)) return undefined;
  for (let n = 1; n <= 2; n++) {
    const de = s - n - 1;
    if (de < 1) return undefined;
    const w = t[s - n]!;
    if (w.kind !== "word" || w.cap || ORG_GLUE.has(w.lower) || inArticles(w) || !f.samePara(de - 1, s)) return undefined;
    const d = t[de]!.lower;
    // « le géant du e-commerce X », « le leader mondial du luxe X » (an adjective before « du »).
    // (« du » only after a firm's rank: « des fonds du plan X » is no firm.)
    if (d !== "de" && d !== "d'" && d !== "d’" && !(d === "du" && RANK_HEADS.has(t[de - 1]!.lower) && !isAcronym(t[s]!))) continue;
    if (d === "du" && inAdjectives(t[de - 1]!) && n === 1) {
      const h2 = t[de - 2];
      if (h2 && h2.kind === "word" && !h2.cap && orgHead(h2)?.type === "company" && inArticles(t[de - 3]) && h2.lower !== "groupe") return { type: "company", start: de - 2, inName: false };
    }
    const head = t[de - 1]!;
    // One firm, named: a singular article before its head (« la marque de … X », not « des entreprises de la X »).
    if (!inSingularDefinite(t[de - 2]) && !inArticles(t[de - 2])) return undefined;
    // (Not « le groupe de travail X », « le groupe de presse X »: a group's trade says little.)
    const h = head.kind === "word" && !head.cap && head.lower !== "groupe" ? orgHead(head) : undefined;
    return h && h.kind === "head" && h.type === "company" ? { type: "company", start: de - 1, inName: false } : undefined;
  }
  return undefined;
}

/** « X, un think tank » / « X, la start-up … »: an apposition naming an org head. */
export function appositionOrg(f: Finder, e: number): OrgType | undefined {
  const c = f.tokens[e];
  if (!c || c.text !== "," || f.doc.tokPara[e] !== f.doc.tokPara[e - 1]) return undefined;
  const art = f.tokens[e + 1];
  if (!art || !inArticles(art)) return undefined;
  if (!f.tokens[e + 2] || !mayStartOrgHead(f.tokens[e + 2]!)) return undefined;
  for (let len = Math.min(orgHeadMaxWords + 1, 4); len >= 1; len--) {
    if (e + 2 + len > f.tokens.length) continue;
    if (hasBreak(f.tokens, e + 2, e + 2 + len)) continue;
    const h = orgHead(f.phrase(e + 2, e + 2 + len));
    // « X, la société Y »: the head names another organization, Y.
    if (h && h.kind === "head" && !f.tokens[e + 2]!.cap && !f.isCapWord(e + 2 + len)) return h.type;
  }
  return undefined;
}

/** « … (ABC) » right after [s, e) whose initials spell ABC. */
export function definedAcronym(f: Finder, s: number, e: number): boolean {
  const open = f.tokens[e];
  const acr = f.tokens[e + 1];
  const close = f.tokens[e + 2];
  if (!open || !acr || !close || open.text !== "(" || close.text !== ")" || !LETTER_ACRONYM.test(acr.text)) return false;
  return initialsMatch(f.tokens, s, e, acr.text);
}

/**
 * « le président de X »: a role held in a firm or body, then « de », right before s. The
 * org type: company for roles only firms have (PDG, fondateur), or when the sentence or the
 * one before speaks of « la société », « l'entreprise », « la firme »; otherwise other.
 */
export function firmRoleBefore(f: Finder, s: number): OrgType | undefined {
  const t = f.tokens;
  const de = t[s - 1];
  const r = t[s - 2];
  if (!de || !r || (de.lower !== "de" && de.lower !== "d'") || f.doc.tokPara[s - 2] !== f.doc.tokPara[s] || r.kind !== "word") return undefined;
  // « les salariés de X », « le rachat de X », « le chiffre d'affaires de X »: a firm's noun.
  if (firmNounOf(f, s - 2)) return "company";
  const canonical = role(r)?.canonical;
  if (!canonical || !ORG_ROLES.has(foldName(canonical))) return undefined;
  if (COMPANY_ROLES.has(foldName(canonical))) return "company";
  const sents = f.doc.tokSent;
  const sent = sents[s]!;
  for (let i = s - 3; i > 0 && s - i <= 2 * REACH_WORDS && sents[i]! >= sent - 1; i--) {
    if (COMPANY_NOUNS.has(t[i]!.lower) && DEFINITE.has(t[i - 1]!.lower)) return "company";
  }
  return "other";
}

/**
 * Token k is a noun only a firm has (lexicons/firm-nouns.txt): « salariés », « rachat », « la
 * maison mère », « chiffre d'affaires »; not « mère » alone nor « direction » (a person's
 * mother, « sous la direction de » an editor).
 */
function firmNounOf(f: Finder, k: number): boolean {
  const t = f.tokens;
  const w = t[k];
  if (!w || w.kind !== "word" || w.cap || f.doc.tokPara[k] !== f.doc.tokPara[k + 2]) return false;
  if (w.lower === "affaires") return t[k - 1]?.lower === "d'" && t[k - 2]?.lower === "chiffre";
  if (w.lower === "mère") return t[k - 1]?.lower === "maison";
  // « la direction de X » is a firm's management, but « sous la direction de X » an editor and « en direction de X » a way.
  if (w.lower === "direction") return t[k - 1]?.lower === "la" && t[k - 2]?.lower !== "sous";
  return w.lower !== "chiffre" && FIRM_NOUNS.has(w.lower);
}

/** A singular capitalised demonym after an article right before s: « le Chinois X ». */
export function demonymBefore(f: Finder, s: number): boolean {
  const d = f.tokens[s - 1];
  const art = f.tokens[s - 2];
  if (!d || !art || !d.cap || f.doc.tokPara[s - 1] !== f.doc.tokPara[s] || !inSingularDefinite(art)) return false;
  const dem = demonym(d);
  return !!dem && !dem.plural;
}

/** The sentence of token s speaks of sales, markets or shareholders (BUSINESS_WORDS). */
export function businessSentence(f: Finder, s: number): boolean {
  const t = f.tokens;
  const sents = f.doc.tokSent;
  const sent = sents[s];
  for (let i = s - 1; i >= 0 && s - i <= REACH_WORDS && sents[i] === sent; i--) if (BUSINESS_WORDS.has(t[i]!.lower)) return true;
  for (let i = s + 1; i < t.length && i - s <= REACH_WORDS && sents[i] === sent; i++) if (BUSINESS_WORDS.has(t[i]!.lower)) return true;
  return false;
}


/**
 * « Kelvora a levé 40 millions d'euros », « Valmoran emploie 3 000 salariés », « Brantel a été
 * racheté », « Trevik a fait faillite »: a business verb right after e (lexicons/business-verbs.tsv),
 * with what it needs in the six words after (an amount of money, staff or a number).
 */
export function businessVerbAfter(f: Finder, e: number): boolean {
  const t = f.tokens;
  let k = e;
  while (k - e < 3 && t[k] && BUSINESS_AUXILIARIES.has(t[k]!.lower)) k++;
  const v = t[k];
  if (!v || v.kind !== "word" || v.cap || !f.samePara(e, k)) return false;
  const needs = businessVerb(v.lower);
  if (!needs) return false;
  // « fait faillite »: the noun after « fait » only.
  if (v.lower === "faillite" && t[k - 1]?.lower !== "fait") return false;
  if (needs === "none") return true;
  const sent = f.doc.tokSent[k];
  for (let j = k + 1; j <= k + 6 && j < t.length && f.doc.tokSent[j] === sent; j++) {
    const w = t[j]!;
    if (needs === "money" ? MONEY_WORDS.has(w.lower) : w.kind === "number" || STAFF_WORDS.has(w.lower)) return true;
  }
  return false;
}

/** Forms of « racheter » before its object, and its participles before « par » (lower-case). */
const BUY_FORMS = new Set(["racheté", "rachète", "racheter", "rachetant"]);
const BOUGHT_BY = new Set(["racheté", "rachetée", "rachetés", "rachetées"]);

/** « a racheté X », « racheté par X »: token s is the firm bought or buying. */
export function boughtBefore(f: Finder, s: number): boolean {
  const t = f.tokens;
  const p = t[s - 1];
  if (!p || !f.samePara(s - 1, s)) return false;
  if (BUY_FORMS.has(p.lower)) return true;
  return p.lower === "par" && BOUGHT_BY.has(t[s - 2]?.lower ?? "");
}

/**
 * « Kelvora, filiale de Dassoria », « Zorvane, leader européen du covoiturage »: a firm's noun
 * right after the comma, without article, and « de » within three words. "firm" when the noun
 * is only a firm's, "either" when it is also a person's role (« X, spécialiste de … »).
 */
export function bareFirmApposition(f: Finder, e: number): "firm" | "either" | undefined {
  const t = f.tokens;
  const n = t[e + 1];
  if (t[e]?.text !== "," || !n || n.kind !== "word" || n.cap || !FIRM_APPOSITIONS.has(n.lower) || !f.samePara(e, e + 1)) return undefined;
  let de = false;
  for (let k = e + 2; k <= e + 4 && k < t.length && f.samePara(e, k); k++) {
    const w = t[k]!.lower;
    if (w === "de" || w === "du" || w === "des" || w === "d'" || w === "d’") {
      de = true;
      break;
    }
  }
  if (!de) return undefined;
  return role(n) ? "either" : "firm";
}
