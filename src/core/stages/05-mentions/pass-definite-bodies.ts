/**
 * Pass « definite bodies »: a public body named by a definite article and its noun, even in
 * lower case (lexicons/body-nouns.tsv): « le gouvernement », « la police nationale », « le
 * gouvernement du Pérou », « le ministère de la culture et de la communication », « le tribunal de
 * grande instance de Vallon »; and a known organization of two words or more written in lower
 * case after such an article (« le parti socialiste »).
 */
import * as lexicon from "../../../lexicon/index.js";
import type { Word } from "../../document.js";
import { demonym, orgHead } from "../../word-lexicon.js";
import type { Finder } from "./finder.js";
import { knownOrgAt } from "./known-orgs.js";
import { BODY_ADJECTIVE, BODY_ADJECTIVE_STOP, MAX_ORG_TOKENS, NAME_STOP, ORG_GLUE, bodyNounOf, firstName, inSingularDefinite, knownOrg, speechVerb } from "./lists.js";

export function definiteBodyPass(f: Finder): void {
  const t = f.tokens;
  // Only a token after « le », « la », « l' », « du », « au » can start a body: that is tested on
  // the token list's bits, read in order, before any word (one token in fourteen passes, on news text).
  const lists = f.doc.tokLists;
  const definite = inSingularDefinite.bit;
  for (let i = 1; i < t.length; i++) {
    if ((lists[i - 1]! & definite) === 0) continue;
    const w = t[i]!;
    if (w.kind !== "word" || f.taken[i] || f.skip[i] || !f.samePara(i - 1, i)) continue;
    if (!w.cap) {
      const known = knownLowerOrg(f, i);
      if (known) {
        f.emit({ kind: "organization", tokStart: i, tokEnd: i + known.len, reason: "known-org", orgType: known.type, canonical: known.name });
        i += known.len - 1;
        continue;
      }
    }
    const body = bodyNounOf(w);
    // A capitalised body the lexicon knows (« le Parlement européen ») is the next pass's.
    if (!body || (w.cap && knownOrgAt(f, i))) continue;
    let j = i + 1;
    while (j < i + 3 && isBodyAdjective(f, j)) j++;
    const c = complementEnd(f, j, body.complement);
    if (c === i + 1 && !body.alone) continue;
    // « le diocèse de Vallon »: the head's own type (a church's body is `other`).
    const head = orgHead(w);
    f.emit({ kind: "organization", tokStart: i, tokEnd: c, reason: "definite-body", orgType: head?.kind === "head" ? head.type : "institution" });
    i = c - 1;
  }
}

/** A lower-case singular adjective at token j, in the body's paragraph (« britannique », « nationale »). */
function isBodyAdjective(f: Finder, j: number): boolean {
  const a = f.tokens[j];
  if (!a || a.kind !== "word" || a.cap || f.taken[j] || !f.samePara(j - 1, j) || NAME_STOP.has(a.lower)) return false;
  const d = demonym(a);
  if (d) return !d.plural;
  return a.lower.length >= 6 && BODY_ADJECTIVE.test(a.lower) && !BODY_ADJECTIVE_STOP.has(a.lower);
}

/** A lower-case word that may be a body's field (« intérieur », « finances »). */
function isFieldWord(f: Finder, k: number): boolean {
  const w = f.tokens[k];
  return !!w && w.kind === "word" && !w.cap && w.lower.length >= 2 && !f.taken[k] && f.samePara(k - 1, k) && !NAME_STOP.has(w.lower) && !ORG_GLUE.has(w.lower) && !speechVerb(w);
}

/** After « de », « du », « des », « d' » (and « de la », « de l' ») at j: the token after them, or -1. */
function afterDe(t: Word[], j: number): number {
  const de = t[j];
  if (!de || !(de.lower === "de" || de.lower === "du" || de.lower === "des" || de.lower === "d'")) return -1;
  return de.lower === "de" && (t[j + 1]?.lower === "la" || t[j + 1]?.lower === "l'") ? j + 2 : j + 1;
}

/**
 * Where a body's name ends, from token j after its noun and adjectives: « de » and a
 * capitalised name (« du Honduras »), maybe after up to two lower-case words (« de grande
 * instance de Vallon »); for a « field » noun, « de » and a lower-case field, maybe joined by
 * « et » to another (« de la culture et de la communication »). j when nothing completes it.
 */
function complementEnd(f: Finder, j: number, kind: "name" | "field"): number {
  const t = f.tokens;
  const k = afterDe(t, j);
  if (k < 0 || !f.samePara(j, k)) return j;
  const named = capitalisedEnd(f, k);
  if (named > k) return named;
  if (named < 0) return j;
  let m = k;
  while (m < k + 2 && isFieldWord(f, m)) m++;
  if (m === k) return j;
  const k2 = afterDe(t, m);
  if (k2 > 0 && f.samePara(m, k2)) {
    const inner = capitalisedEnd(f, k2);
    if (inner > k2) return inner;
  }
  if (kind !== "field") return j;
  // « et des finances », « et de la recherche »
  if (t[m]?.lower === "et") {
    const k3 = afterDe(t, m + 1);
    if (k3 > 0 && f.samePara(m, k3)) {
      let n = k3;
      while (n < k3 + 2 && isFieldWord(f, n)) n++;
      if (n > k3) return n;
    }
  }
  return m;
}

/**
 * The end of a capitalised place or name from token k (at most three words): k when there is
 * none, -1 when one is there but is a person or a known organization (the body is theirs).
 */
function capitalisedEnd(f: Finder, k: number): number {
  const t = f.tokens;
  if (!f.isCapWord(k) || f.taken[k] || !f.samePara(k - 1, k)) return k;
  if ((firstName(t[k]!) && f.isCapWord(k + 1)) || knownOrgAt(f, k)) return -1;
  let e = k + 1;
  while (e < k + 3 && f.isCapWord(e) && !f.taken[e] && f.samePara(k, e)) e++;
  return e;
}

/** A known organization of two words or more starting at lower-case token i: its length and entry. */
function knownLowerOrg(f: Finder, i: number): { len: number; name: string; type: import("../../types.js").OrgType } | undefined {
  const reach = f.reach(i, MAX_ORG_TOKENS, false);
  if (reach < 2) return undefined;
  let key = f.tokens[i]!.key;
  const keys: string[] = [key];
  for (let n = 1; n < reach; n++) keys.push((key = f.withKey(key, i + n)));
  for (let len = reach; len >= 2; len--) {
    if (!lexicon.isKnownOrgKey(keys[len - 1]!)) continue;
    const entry = knownOrg(f.text(i, i + len));
    if (entry && !entry.ambiguous) return { len, name: entry.name, type: entry.type };
  }
  return undefined;
}
