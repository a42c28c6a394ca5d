/**
 * Pass « re-mentions »: single-word re-mentions (a surname, an organization's short form or
 * acronym) of names the passes before found, before or after them in the article; and a
 * one-word name read two ways is settled by the article's fuller mention.
 */
import { foldName } from "../../fold.js";
import { orgHead, title } from "../../word-lexicon.js";
import type { Draft, Finder } from "./finder.js";
import { INITIALS, firstName, isCommonWord, isNotName, isPlace, knownOrg } from "./lists.js";
import { titleBefore } from "./person-cues.js";

export function reMentionPass(f: Finder): void {
  const surnames = new Map<string, number>();
  const orgForms = new Map<string, Draft>();
  for (const d of f.drafts) {
    if (d.kind === "person") {
      let s = d.tokStart;
      while (s < d.tokEnd && (title(f.tokens[s]!) || f.tokens[s]!.text === ".")) s++;
      if (d.tokEnd - s >= 2) {
        const last = f.tokens[d.tokEnd - 1]!;
        if (!INITIALS.test(last.text)) surnames.set(last.key, d.tokEnd - s);
      }
    } else {
      const len = d.tokEnd - d.tokStart;
      const firstTok = f.tokens[d.tokStart]!;
      if (len === 1) orgForms.set(firstTok.key, d);
      else if (len >= 2 && !orgHead(firstTok) && !isCommonWord(firstTok) && !firstName(firstTok) && !isPlace(firstTok)) {
        orgForms.set(firstTok.key, d);
      }
      if (d.canonical) {
        const k = knownOrg(d.canonical);
        if (k?.acronym) orgForms.set(foldName(k.acronym), d);
      }
    }
  }
  // « Mistral AI a signé … . Mistral AI plaide »: a name of several words found once, written again
  // where a clause's first capitalised word was not read as a name. Keyed by its first word.
  const multi = new Map<string, Draft>();
  for (const d of f.drafts) {
    if (d.kind !== "organization" || d.tokEnd - d.tokStart < 2) continue;
    let caps = true;
    for (let i = d.tokStart; i < d.tokEnd && caps; i++) caps = f.tokens[i]!.cap;
    if (caps && !multi.has(f.tokens[d.tokStart]!.key)) multi.set(f.tokens[d.tokStart]!.key, d);
  }
  // « Amélie Roche … Roche a ajouté »: a one-word known org that is a person's surname here.
  for (const d of f.drafts) {
    const one = d.tokEnd - d.tokStart === 1;
    const word = f.tokens[d.tokStart]!.key;
    if (d.kind === "organization" && one && !d.reason.startsWith("acronym") && surnames.has(word)) {
      d.kind = "person";
      d.reason = "surname";
      delete d.orgType;
      delete d.canonical;
    } else if (d.kind === "person" && one && !surnames.has(word)) {
      // « la Toulousaine Kalio » … « Kalio SAS »: the one word is that company's short name.
      const org = orgForms.get(word);
      if (org && org.tokEnd - org.tokStart >= 2) {
        d.kind = "organization";
        d.reason = "org-short-form";
        if (org.orgType) d.orgType = org.orgType;
        delete d.gender;
        delete d.genderEvidence;
      }
    }
  }
  // Indexed: a for-of over the typed array allocated an iterator result per capitalised word here.
  const caps = f.caps;
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c]!;
    if (f.taken[i] || f.skip[i]) continue;
    const t = f.tokens[i]!;
    const k = t.key;
    if (surnames.has(k) && !f.isCapWord(i + 1) && !isNotName(t)) {
      const ti = titleBefore(f, i);
      const d: Draft = { kind: "person", tokStart: ti ? ti.start : i, tokEnd: i + 1, reason: "surname" };
      if (ti?.gender) {
        d.gender = ti.gender;
        d.genderEvidence = "title";
      }
      f.emit(d);
      continue;
    }
    const full = multi.get(k);
    if (full && f.clauseStart(i)) {
      const n = full.tokEnd - full.tokStart;
      let same = true;
      for (let j = 1; j < n && same; j++) same = f.tokens[i + j]?.text === f.tokens[full.tokStart + j]!.text && !f.taken[i + j];
      if (same && !f.isCapWord(i + n)) {
        const d: Draft = { kind: "organization", tokStart: i, tokEnd: i + n, reason: "org-short-form" };
        if (full.orgType) d.orgType = full.orgType;
        if (full.canonical) d.canonical = full.canonical;
        f.emit(d);
        continue;
      }
    }
    const org = orgForms.get(k);
    if (org && !f.isCapWord(i + 1) && !isNotName(t) && !(f.clauseStart(i) && isCommonWord(t))) {
      const d: Draft = { kind: "organization", tokStart: i, tokEnd: i + 1, reason: "org-short-form" };
      if (org.orgType) d.orgType = org.orgType;
      if (org.canonical) d.canonical = org.canonical;
      f.emit(d);
    }
  }
}
