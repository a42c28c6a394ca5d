/**
 * Affiliations a person gets from the words around a mention, besides a role's complement:
 * « X, de Fortal », « X, chez Kalio », « X, à la tête de Fortal », « X, qui dirige Fortal »,
 * a byline's outlet, and the organization a possessive role (« son cofondateur ») points to.
 */
import type { Doc, Entity, EntityMention } from "../../document.js";
import { inClauseWords, inDefiniteArticle, inOf } from "./words.js";
import { orgHeadOfLower } from "../../word-lexicon.js";

export function addAffiliation(e: Entity, ents: Entity[], om: EntityMention): void {
  const oe = om.entity >= 0 ? ents[om.entity] : undefined;
  addAffiliationName(e, oe?.name || om.canonical || om.text);
}

export function addAffiliationName(e: Entity, name: string): void {
  if (!e.affiliations.includes(name)) e.affiliations.push(name);
}

/**
 * Verbs that tie their subject to the organization they name: « X dirige Y », « X, qui a
 * fondé Y », « X, à la tête de Y ». Words by lower-case form; « à la tête » and « est à la
 * tête » take « de » after them.
 */
const LEADS: readonly (readonly string[])[] = [
  ["à", "la", "tête"],
  ["est", "à", "la", "tête"],
  ["était", "à", "la", "tête"],
  ["dirige"],
  ["dirigeait"],
  ["préside"],
  ["présidait"],
  ["codirige"],
  ["travaille", "chez"],
  ["travaille", "pour"],
  ["travaillait", "chez"],
  ["travaillait", "pour"],
  ["a", "fondé"],
  ["a", "cofondé"],
  ["avait", "fondé"],
  ["avait", "cofondé"],
  ["a", "rejoint"],
];

const LEAD_STARTS = new Set(LEADS.map((l) => l[0]!));

/**
 * « X, à la tête de Fortal », « X, qui dirige Fortal », « X a fondé la société Fortal »: the
 * organization mention these words put right after the name (after « , qui », or « , » for
 * « à la tête de », or nothing), past an article and one lower-case head noun; -1 when none.
 */
export function ledBody(doc: Doc, m: EntityMention): number {
  const { tokens } = doc;
  const sent = doc.tokSent[m.tokStart];
  let from = m.tokEnd;
  const comma = tokens[from]?.text === ",";
  if (comma) from++;
  const qui = comma && tokens[from]?.lower === "qui";
  if (qui) from++;
  // Most names are followed by no lead at all: one look at the next word first.
  if (!LEAD_STARTS.has(tokens[from]?.lower ?? "")) return -1;
  for (const lead of LEADS) {
    let k = from;
    if (!lead.every((w, j) => tokens[k + j]?.lower === w && doc.tokSent[k + j] === sent)) continue;
    const head = lead[lead.length - 1] === "tête";
    // After a bare comma only « à la tête de »: « X, dirige … » is no clause of X.
    if (comma && !qui && lead[0] !== "à") return -1;
    k += lead.length;
    // « à la tête de / du / de l' »
    if (head) {
      if (!inOf(tokens[k])) return -1;
      k++;
      if (tokens[k - 1]!.lower === "de" && inDefiniteArticle(tokens[k])) k++;
    } else if (inDefiniteArticle(tokens[k])) k++;
    // « la société Fortal », « le parti Vallon Debout »: one lower-case head noun before the name.
    if ((doc.mentionAt[k] ?? -1) < 0 && tokens[k] && !tokens[k]!.cap && orgHeadOfLower(tokens[k]!)?.kind === "head") k++;
    // « à la tête du service de cardiologie de l'hôpital Vercors »: the organization ending the complement.
    if (head) {
      for (let i = k; i < k + 10 && (doc.mentionAt[i] ?? -1) < 0; i++) {
        const t = tokens[i];
        if (!t || t.kind !== "word" || t.cap || inClauseWords(t) || doc.tokSent[i] !== sent) return -1;
        if (doc.mentions[doc.mentionAt[i + 1] ?? -1]?.kind === "organization") k = i + 1;
      }
    }
    const oi = doc.mentionAt[k] ?? -1;
    const om = oi >= 0 ? doc.mentions[oi]! : undefined;
    return om && om.kind === "organization" && om.tokStart === k && doc.tokSent[k] === sent ? oi : -1;
  }
  return -1;
}

/**
 * « X, de Fortal », « X de l'association Vallon Solidaire », « X, chez Kalio »: the organization
 * mention that « de » or « chez » (after an optional comma and article, and up to three
 * lower-case head words) puts right after a person's name; -1 when none.
 */
export function bodyAfterName(doc: Doc, m: EntityMention): number {
  const { tokens } = doc;
  const sent = doc.tokSent[m.tokStart];
  let k = m.tokEnd;
  if (tokens[k]?.text === ",") k++;
  const prep = tokens[k];
  if (!prep || doc.tokSent[k] !== sent || !(inOf(prep) || prep.lower === "chez")) return -1;
  k++;
  if (prep.lower !== "du" && prep.lower !== "des" && inDefiniteArticle(tokens[k])) k++;
  for (let words = 0; words <= 3; words++, k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || doc.tokSent[k] !== sent) return -1;
    const mi = doc.mentionAt[k] ?? -1;
    if (mi >= 0) {
      const om = doc.mentions[mi]!;
      return om.kind === "organization" && om.tokStart === k ? mi : -1;
    }
    // Only head words may stand before the name (« l'organisation non gouvernementale », « l'ONG »),
    // lower-case but for a head written in capitals.
    const head = orgHeadOfLower(t)?.kind === "head";
    if ((t.cap && !(words === 0 && head)) || inClauseWords(t) || (words === 0 && !head && t.lower !== "organisation")) return -1;
  }
  return -1;
}

/**
 * A byline's outlet: « Par Léa Morel » in a paragraph that names a media outlet (« Le
 * Quotidien | 3 mai | Par Léa Morel »). The organization mention's index, or -1. (Photo
 * credits, « Léa Morel / AFP », make no person yet.)
 */
export function creditOutlet(doc: Doc, m: EntityMention): number {
  const { tokens } = doc;
  if (tokens[m.tokStart - 1]?.lower !== "par") return -1;
  const para = doc.tokPara[m.tokStart]!;
  const before = tokens[m.tokStart - 2];
  // « Par X » opening the paragraph or after a separator, not « signé par X » inside a sentence.
  if (before && doc.tokPara[m.tokStart - 2] === para && before.kind === "word") return -1;
  let best = -1;
  for (let i = m.tokStart - 1; i >= 0 && doc.tokPara[i] === para; i--) {
    const oi = doc.mentionAt[i] ?? -1;
    if (oi >= 0 && doc.mentions[oi]!.kind === "organization" && doc.mentions[oi]!.orgType === "media") best = oi;
  }
  return best;
}

/**
 * A credit line « Photo : Léa Morel pour Le Quotidien », « Léa Morel pour « Le Quotidien » »:
 * the media outlet after « pour » that ends the line, in a line of at most a dozen words. The
 * organization mention's index, or -1.
 */
export function creditFor(doc: Doc, m: EntityMention): number {
  const { tokens } = doc;
  const para = doc.tokPara[m.tokStart];
  if (tokens[m.tokEnd]?.lower !== "pour" || doc.tokPara[m.tokEnd] !== para) return -1;
  let k = m.tokEnd + 1;
  // Quotation marks or emphasis around the outlet's name.
  while (tokens[k] && tokens[k]!.kind === "punct" && doc.tokPara[k] === para && k < m.tokEnd + 3) k++;
  const oi = doc.mentionAt[k] ?? -1;
  const om = oi >= 0 ? doc.mentions[oi]! : undefined;
  if (!om || om.kind !== "organization" || om.orgType !== "media" || om.tokStart !== k) return -1;
  // Nothing but punctuation after it on its line, and a short line.
  for (let i = om.tokEnd; i < tokens.length && doc.tokPara[i] === para; i++) if (tokens[i]!.kind !== "punct") return -1;
  let start = m.tokStart;
  while (start > 0 && doc.tokPara[start - 1] === para) start--;
  return om.tokEnd - start <= 16 ? oi : -1;
}

/** The nearest organization mention before token k, up to three sentences back, with no other person between. */
export function recentOrg(doc: Doc, k: number, self: EntityMention): number {
  const sent = doc.tokSent[k]!;
  for (let i = k - 1; i >= 0; i--) {
    const ts = doc.tokSent[i]!;
    // Three sentences back at most (« Le groupe X … . Le constructeur a confirmé … . « … »,
    // a expliqué son directeur »), and never past a person: « son » may be theirs.
    if (ts < sent - 3) break;
    const mi = doc.mentionAt[i] ?? -1;
    if (mi < 0) continue;
    const m = doc.mentions[mi]!;
    // In its own sentence too: « de la chancelière Léa Morel, de son ministre X » is hers.
    if (m.kind === "person" && m !== self && doc.tokQuote[i]! < 0) break;
    // « a écrit l'opérateur sur X »: a channel is not whose « son directeur » it is.
    const before = doc.tokens[m.tokStart - 1]?.lower;
    // « assure à Radio Vallon son avocat »: nor a medium spoken to.
    const spokenTo = m.orgType === "media" && (before === "à" || before === "au");
    if (m.kind === "organization" && before !== "sur" && before !== "via" && !spokenTo) return mi;
  }
  return -1;
}
