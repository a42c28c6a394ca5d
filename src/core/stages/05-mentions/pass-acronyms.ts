/**
 * Pass « acronyms »: « Nom en toutes lettres (SIGLE) ». An acronym in brackets defines the words
 * before it whose initials it spells, or a described body (« le bureau des Nations unies pour
 * les réfugiés (UNCR) »): both are emitted, the acronym as a mention of the same organization.
 */
import { TokenClass } from "../../document.js";
import { fold } from "../../fold.js";
import type { OrgType } from "../../types.js";
import { orgHead } from "../../word-lexicon.js";
import type { Draft, Finder } from "./finder.js";
import { DESCRIBED_DETERMINERS, DESCRIBED_HEADS, LETTER_ACRONYM, ORG_GLUE, firstName, knownOrg } from "./lists.js";

/**
 * An acronym in brackets defines the words before it whose initials it spells, lower-case
 * words included (« Union nationale des étudiants de France (UNEF) »). Read backwards from
 * the bracket, matching the acronym's letters from the end.
 */
export function acronymPass(f: Finder): void {
  const tokens = f.tokens;
  const classes = f.doc.tokClass;
  for (const cap of f.caps) {
    const i = cap - 1;
    if (i < 1 || i + 2 >= tokens.length || classes[i] !== TokenClass.punct || classes[i + 2] !== TokenClass.punct) continue;
    const open = tokens[i]!;
    const acr = tokens[i + 1]!;
    if (open.text !== "(" || tokens[i + 2]!.text !== ")" || !LETTER_ACRONYM.test(acr.text) || f.skip[i]) continue;
    let start = acronymStart(f, i, acr.text);
    let described = false;
    if (start < 0) {
      // « le bureau des Nations unies pour les réfugiés (UNCR) »: a
      // French description of a body known by its foreign acronym.
      start = describedBodyStart(f, i);
      described = start >= 0;
    }
    if (start < 0) continue;
    // A person's party in brackets (« Jean Dupont (PS) ») is not a definition.
    if (firstName(tokens[start]!) && f.isCapWord(start + 1)) continue;
    const name = f.text(start, i);
    const known = knownOrg(name) ?? knownOrg(acr);
    const head = orgHead(tokens[start]!);
    // « Fédération … (FNX) » by its head, « Reporters Network International (RNI) » by its suffix.
    const suffix = i - start >= 2 ? orgHead(tokens[i - 1]!) : undefined;
    const type: OrgType = known?.type ?? (head?.kind === "head" ? head.type : suffix?.kind === "suffix" ? suffix.type : described ? "institution" : "other");
    const d: Draft = { kind: "organization", tokStart: start, tokEnd: i, reason: "acronym-defined", orgType: type };
    if (known) d.canonical = known.name;
    f.emit(d);
    const a: Draft = { kind: "organization", tokStart: i + 1, tokEnd: i + 2, reason: "acronym-definition", orgType: type };
    if (known) a.canonical = known.name;
    f.emit(a);
  }
}

/**
 * First token of a described body before bracket `open`: a determiner, a body's head noun
 * (« bureau », « agence », « fonds »…), then at least two more words, all in one clause.
 * -1 when the words before the bracket are not such a description.
 */
export function describedBodyStart(f: Finder, open: number): number {
  const tokens = f.tokens;
  const para = f.doc.tokPara[open]!;
  for (let k = open - 3; k >= 1 && open - k <= 16; k--) {
    const t = tokens[k]!;
    if (f.doc.tokPara[k] !== para || f.skip[k] || f.taken[k] || t.kind !== "word") return -1;
    if (!DESCRIBED_DETERMINERS.has(tokens[k - 1]!.lower)) continue;
    const head = DESCRIBED_HEADS.has(t.key) ? true : orgHead(t)?.kind === "head";
    if (!head) continue;
    for (let j = k + 1; j < open; j++) if (tokens[j]!.kind !== "word" || f.taken[j]) return -1;
    return k;
  }
  return -1;
}

/** First token of the words before bracket `open` that `acr` abbreviates, or -1. */
export function acronymStart(f: Finder, open: number, acr: string): number {
  const letters = fold(acr).replace(/[^a-z]/g, "");
  if (letters.length < 2) return -1;
  let k = letters.length - 1;
  let skipped = 0;
  const para = f.doc.tokPara[open]!;
  for (let i = open - 1; i >= 0 && open - i <= 24; i--) {
    const t = f.tokens[i]!;
    if (f.doc.tokPara[i] !== para || f.skip[i] || f.taken[i]) return -1;
    if (t.kind === "punct") {
      if (t.text === "-" || t.text === "&") continue;
      return -1;
    }
    if (ORG_GLUE.has(t.lower) && !t.cap) continue;
    // Hyphenated words count each part (« Verts-Alliance »): the first letter of each, last
    // part first, read in place (no parts cut out: this runs for every word before a bracket).
    const key = t.key;
    for (let end = key.length; end > 0 && k >= 0; ) {
      const dash = key.lastIndexOf("-", end - 1);
      if (dash + 1 < end) {
        if (key.charCodeAt(dash + 1) === letters.charCodeAt(k)) k--;
        else if (++skipped > 1) return -1;
      }
      end = Math.max(dash, 0);
    }
    if (k < 0) return t.cap ? i : -1;
  }
  return -1;
}
