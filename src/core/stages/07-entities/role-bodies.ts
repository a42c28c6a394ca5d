/**
 * The body a role's complement names when no organization mention is in it (« conseillère du
 * gouvernement », « ministre de l'Intérieur » → « ministère de l'Intérieur », « directrice du
 * groupe » → the group named before), and the entity it stands for.
 */
import { BODY_END } from "../../french.js";
import { foldName } from "../../fold.js";
import { orgHeadOfLower } from "../../word-lexicon.js";
import { orgHead } from "../../../lexicon/index.js";
import { tokenEnd, type Doc, type Entity, type EntityMention, type Word } from "../../document.js";
import { inDefiniteArticle, inOf } from "./words.js";

/**
 * A lone lower-case head noun that names no body unless the article named one before: « le
 * présentateur du journal », « le directeur du groupe ». Institutions are one of a kind
 * (« chef du gouvernement ») and stay.
 */
export function genericHead(body: string): boolean {
  if (/[\s'’]/u.test(body) || body !== body.toLowerCase()) return false;
  return orgHead(body)?.type !== "institution";
}

/** Folded, with hyphens as spaces: « Sud-Énergie » and « Sud Énergie » are one key. */
const bodyKey = (s: string): string => foldName(s).replace(/-/g, " ");

/**
 * The organization entity a role's complement names: one whose name or alias is the
 * complement (« membre de Sud Énergie » for « Sud-Énergie »), or, for a bare head noun, the
 * last one mentioned before the person whose name starts with it (« proviseur du lycée » →
 * « lycée Jean-Vilar »), else the last one of the head's type in the four sentences before
 * (« Fortal … Léa Morel, directrice du groupe » → Fortal), as a reader takes « le groupe ».
 */
export function bodyEntity(doc: Doc, ents: readonly Entity[], body: string, person: EntityMention): string | undefined {
  const { mentions } = doc;
  const at = person.start;
  const key = bodyKey(body);
  let headMatch: string | undefined;
  let headPos = -1;
  for (const e of ents) {
    if (e.kind !== "organization" || e.mentions.length === 0) continue;
    if (bodyKey(e.name) === key) return e.name;
    for (const a of e.aliases) if (bodyKey(a) === key) return e.name;
    if (!key.includes(" ") && bodyKey(e.name).startsWith(`${key} `)) {
      for (const mi of e.mentions) {
        const p = mentions[mi]!.start;
        if (p < at && p > headPos) {
          headPos = p;
          headMatch = e.name;
        }
      }
    }
  }
  if (headMatch !== undefined || key.includes(" ")) return headMatch;
  const head = orgHead(key);
  if (head?.kind !== "head" || head.type === "other") return undefined;
  const sent = doc.tokSent[person.tokStart]!;
  for (let mi = mentions.length - 1; mi >= 0; mi--) {
    const m = mentions[mi]!;
    if (m.start >= at || m.kind !== "organization" || m.entity < 0) continue;
    if (doc.tokSent[m.tokStart]! < sent - 4) break;
    const e = ents[m.entity]!;
    if (e.orgType === head.type) return e.name;
  }
  return undefined;
}

// A plain Set (not wordList): asked only inside a role's complement.
/** A word that ends a body's name inside a role's complement (french.ts BODY_END). */
const inBodyEnd = (w: Word | undefined): boolean => w !== undefined && BODY_END.has(w.lower);

/** The noun phrase a preposition at `prep` opens, without its article, up to a BODY_END word or `to`. */
function segmentAfter(tokens: readonly Word[], prep: number, to: number): [number, number] {
  let s = prep + 1;
  const p = tokens[prep]!.lower;
  if (p !== "du" && p !== "des" && p !== "au" && p !== "aux" && inDefiniteArticle(tokens[s])) s++;
  let e = s;
  while (e < to && !inBodyEnd(tokens[e])) e++;
  return [s, e];
}

/** A noun phrase names a body when it is a proper name or opens with an organization head noun. */
function namesBody(t: Word): boolean {
  return t.cap || orgHeadOfLower(t)?.kind === "head";
}

/**
 * The body named by a role's complement [from, to) when it holds no organization mention:
 * « de » + a noun phrase that is a proper name or starts with an organization head noun, or,
 * further on, « à la direction du budget » (where the role is held wins over the department
 * inside it). « ministre » + complement names its ministry. Undefined for « directeur de
 * l'information ».
 */
export function complementBody(doc: Doc, k: number, len: number, to: number): string | undefined {
  const { tokens } = doc;
  // The complement may start inside the role when the lexicon spells it (« chef du gouvernement »).
  let from = k + 1;
  while (from < to && !inOf(tokens[from])) from++;
  const inRole = from < k + len;
  for (let i = Math.min(from, k + len); i < to; i++) {
    const mi = doc.mentionAt[i] ?? -1;
    if (mi >= 0 && doc.mentions[mi]!.kind === "person") return undefined;
  }
  const slice = (s: number, e: number): string => doc.text.slice(doc.tokStart[s]!, tokenEnd(doc, e - 1));
  // « à la direction du budget », « au Vallonnais », « chez Fortal »: where the role is held.
  // `headed`: only a lower-case head noun names the body (« à l'université de Vallon », not
  // « envoyé spécial au Cannet », a place).
  const where = (start: number, headed = false): string | undefined => {
    for (let i = start; i < to; i++) {
      const w = tokens[i]!.lower;
      if (w !== "à" && w !== "au" && w !== "aux" && w !== "chez") continue;
      const [s2, e2] = segmentAfter(tokens, i, to);
      if (s2 < e2 && (headed ? !tokens[s2]!.cap && orgHeadOfLower(tokens[s2]!)?.kind === "head" : namesBody(tokens[s2]!))) return slice(s2, e2);
    }
    return undefined;
  };
  // « chercheuse à l'institut Vallon »: no « de », only where the role is held; « professeur à
  // l'université de Vallon »: the « de » is the body's own.
  if (from >= to) return where(k + len, true);
  for (let i = k + len; i < from; i++) {
    const w = tokens[i]!.lower;
    if (w === "à" || w === "au" || w === "aux" || w === "chez") return where(k + len, true);
  }
  const [s, e] = segmentAfter(tokens, from, to);
  if (tokens[k]!.lower === "ministre") return `ministère ${slice(from, e)}`;
  // A body spelled inside a lexicon role (« chef du gouvernement ») must be a head
  // noun: « chef de l'État », « président de la République » name no body.
  if (inRole && !(orgHeadOfLower(tokens[s]!)?.kind === "head" && !tokens[s]!.cap)) return undefined;
  // « directeur de cabinet », « chef d'agence »: a lower-case noun without article is a kind,
  // not a body (« professeure de droit à l'université de Vallon » is held at the university).
  const bare = (tokens[from]!.lower === "de" || tokens[from]!.lower === "d'") && s === from + 1;
  if (bare && !tokens[s]!.cap) return where(e, true);
  if (s >= e) return undefined;
  return where(e) ?? (namesBody(tokens[s]!) ? slice(s, e) : undefined);
}
