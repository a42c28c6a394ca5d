/**
 * Resolve, unnamed people: a pronoun that means a person described without a name nearer than
 * anyone named (part of the resolve stage, 08-resolve.ts).
 */
import { tokenEnd, type Doc } from "../document.js";
import type { Gender } from "../types.js";
import { demonym, roleOfLower } from "../word-lexicon.js";

/** How many tokens of a sentence the scan reads back from the pronoun. */
const WINDOW = 150;

/** How many sentences back an unnamed described person may hold a pronoun. */
const DESCRIBED_REACH = 3;

/**
 * The description of an unnamed person a pronoun means: going back from the pronoun, a sentence
 * that opens on « un » / « une » and a role or a nationality of the pronoun's gender (« Une
 * infirmière du service », « Un habitant »), with no person named between it and the pronoun;
 * sentences opening on « il » / « elle » continue the search. null otherwise.
 */
export function describedSubject(doc: Doc, tok: number, gender: Gender | null): string | null {
  if (gender === null) return null;
  const sent = doc.tokSent[tok] ?? -1;
  for (let s = sent; s >= 0 && s > sent - DESCRIBED_REACH; s--) {
    const sentence = doc.sentences[s];
    if (!sentence) return null;
    const end = Math.min(sentence.tokEnd, tok);
    for (let i = Math.max(sentence.tokStart, end - WINDOW); i < end; i++) {
      if (doc.tokQuote[i]! >= 0) continue;
      const m = doc.mentionAt[i] ?? -1;
      if (m >= 0 && doc.mentions[m]!.kind === "person") return null;
    }
    if (s === sent) continue;
    const first = doc.tokens[sentence.tokStart]!;
    const det = first.lower;
    if (det === "il" || det === "elle") continue;
    if (det !== (gender === "m" ? "un" : "une")) return null;
    const noun = doc.tokens[sentence.tokStart + 1];
    if (!noun || noun.kind !== "word" || noun.cap) return null;
    const r = roleOfLower(noun);
    const d = r ? null : demonym(noun);
    if (!(r && !r.plural && (r.gender === null || r.gender === gender)) && !(d && !d.plural && (d.gender === null || d.gender === gender))) return null;
    // The description: the noun and one complement (« du service », « de la ville »).
    let last = sentence.tokStart + 1;
    const after = doc.tokens[last + 1]?.lower;
    if (after === "du" || after === "de" || after === "d'" || after === "des") {
      let k = last + 2;
      const art = doc.tokens[k]?.lower;
      if (art === "la" || art === "l'") k++;
      if (k < sentence.tokEnd && doc.tokens[k]!.kind === "word" && (doc.mentionAt[k] ?? -1) < 0) last = k;
    }
    return doc.text.slice(doc.tokStart[sentence.tokStart]!, tokenEnd(doc, last));
  }
  return null;
}

/** The sentence at `start` opens on a definite role, « Le préfet », « la ministre ». */
export function opensOnRole(doc: Doc, start: number): boolean {
  const det = doc.tokens[start]?.lower;
  const next = doc.tokens[start + 1];
  return (det === "le" || det === "la" || det === "l'") && next !== undefined && next.kind === "word" && !next.cap && roleOfLower(next) !== undefined && roleOfLower(next) !== null;
}

