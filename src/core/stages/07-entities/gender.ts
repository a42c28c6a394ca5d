/**
 * A person's gender with its evidence, strongest first: a title, then agreement (a role's
 * article, a participle in apposition), then a pronoun opening the next sentence, then the
 * first-name list.
 */
import { INITIALS } from "../../chars.js";
import { memo } from "../../memo.js";
import { role } from "../../word-lexicon.js";
import { firstNameGender } from "../../../lexicon/index.js";
import type { Doc, Entity, Word } from "../../document.js";
import type { Gender } from "../../types.js";

/** Gender evidence, strongest first. */
const EVIDENCE_RANK: Record<string, number> = { title: 4, agreement: 3, pronoun: 2, "first-name": 1 };

/** A person's gender evidence as it is offered; the strongest kind wins, the first on a tie. */
export type Offer = (ei: number, gender: Gender | null | undefined, kind: string) => void;

/** The evidence collected over an article, then each person's gender from it. */
export function genderEvidence(): { offer: Offer; settle(ents: readonly Entity[]): void } {
  const evidence = new Map<number, { gender: Gender; rank: number; kind: string }>();
  const offer = (ei: number, gender: Gender | null | undefined, kind: string): void => {
    if (!gender) return;
    const rank = EVIDENCE_RANK[kind] ?? 0;
    const cur = evidence.get(ei);
    if (!cur || rank > cur.rank) evidence.set(ei, { gender, rank, kind });
  };
  const settle = (ents: readonly Entity[]): void => {
    ents.forEach((e, ei) => {
      if (e.kind !== "person") return;
      if (!evidence.has(ei)) {
        // First-name fallback: the first word of the fullest name.
        const space = /\s/.exec(e.name);
        const first = space ? e.name.slice(0, space.index) : e.name;
        if (e.name.includes(" ") && !INITIALS.test(first)) offer(ei, genderOfFirstName(first), "first-name");
      }
      const ev = evidence.get(ei);
      if (ev) {
        e.gender = ev.gender;
        e.genderEvidence = ev.kind;
      }
    });
  };
  return { offer, settle };
}

/** The first-name list's gender for a first name: the same names come back article after article. */
const genderOfFirstName = memo(firstNameGender, 20_000);

/**
 * The gender a past participle right after « Name, » shows: « jugée », « née » → f;
 * « interrogé » → m. Roles (« élu », « député ») are left to roleAfter; words too short to
 * tell are skipped.
 */
export function participleGender(tokens: readonly Word[], after: number): Gender | null {
  if (tokens[after]?.text !== ",") return null;
  const w = tokens[after + 1];
  if (!w || w.kind !== "word" || w.cap || w.lower.length < 4 || role(w)) return null;
  if (/[^e]ée$/.test(w.lower) || w.lower === "née") return "f";
  if (/[^e]é$/.test(w.lower) && tokens[after + 2]?.kind === "word") return "m";
  return null;
}

/**
 * « X a présenté … . Elle a ajouté … »: when a sentence's subject is the one person named in
 * it and the next sentence opens with il/elle, that pronoun shows X's gender.
 */
export function pronounGender(doc: Doc, offer: Offer): void {
  const { sentences, tokens, mentions } = doc;
  let mi = 0;
  for (let si = 0; si + 1 < sentences.length; si++) {
    const s = sentences[si]!;
    let subject = -1;
    let people = 0;
    while (mi < mentions.length && mentions[mi]!.tokStart < s.tokEnd) {
      const m = mentions[mi]!;
      if (m.tokStart >= s.tokStart && m.kind === "person" && doc.tokQuote[m.tokStart]! < 0) {
        people++;
        if (subject < 0 && m.tokStart - s.tokStart <= 8) subject = m.entity;
      }
      mi++;
    }
    if (subject < 0 || people !== 1) continue;
    const next = sentences[si + 1]!;
    if (next.para !== s.para && next.para !== s.para + 1) continue;
    const first = tokens[next.tokStart]!;
    if (first.lower === "il") offer(subject, "m", "pronoun");
    else if (first.lower === "elle") offer(subject, "f", "pronoun");
  }
}
