/**
 * Token tests shared by the entity stage: how a name is written (abbreviation dots, capitals,
 * possessives), what joins two tokens into one name, titles before a name, and where a chunk
 * of tokens starts and ends in the text.
 */
import type { Gender } from "../../core/types.js";
import { KNOWN_ORGS, ORG_HEADS, TITLES } from "../lexicon.js";
import type { EnDoc, Tok } from "../tokens.js";

const ABBREVIATIONS = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Lt", "Gen", "Col", "Capt", "Sgt",
  "Prof", "Rev", "Adm", "Inc", "Corp", "Co", "Ltd", "No", "Mt", "Ft",
]);
/** Function words written with a capital only inside a title-case name. */
export const TITLE_CASE_LINKS = new Set(["Without", "Against", "Beyond", "Across", "Under", "Over", "Within"]);
export const CONNECTORS = new Set(["of", "for", "de", "du", "von", "van", "der", "la", "le"]);
export const PROPER_TAGS = ["ProperNoun", "Person", "Organization", "Place", "Acronym", "FirstName", "LastName"];
export const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"];
export const QUOTE_MARK = /["\u201c\u201d\u2018\u2019']/;

/** The token as written with the abbreviation dot compromise moves into `post`. */
export function word(t: Tok): string {
  return t.post.startsWith(".") && !t.text.endsWith(".") && (ABBREVIATIONS.has(t.text) || PARTY_STATE.test(t.text)) ? `${t.text}.` : t.text;
}

/** A US party and state tag after a name, its dot cut off: "D-N.Y", "R-Ky", "DFL-St" (of "DFL-St. Paul"). */
const PARTY_STATE = /^(?:[DRI]|DFL)-(?:\p{Lu}\p{Ll}{0,4}|(?:\p{Lu}\.)+\p{Lu})$/u;

export function hasAny(t: Tok, tags: readonly string[]): boolean {
  return tags.some((g) => t.tags.has(g));
}

export function isPossessive(t: Tok): boolean {
  return /['\u2019]s$/.test(t.text);
}

/** Joined only by white space (no comma, dot, dash or quote between them). */
export function joined(a: Tok, b: Tok): boolean {
  const post = a.post;
  if (/^\s+$/.test(post) && !/\n/.test(post) && b.pre === "") return true;
  // "Mr. Pardo", "John F. Pardo": an abbreviation or a middle initial and its dot.
  return post.startsWith(".") && /^\.\s+$/.test(post) && (ABBREVIATIONS.has(a.text) || /^\p{Lu}$/u.test(a.text)) && b.pre === "";
}

/** Words that make a title into another ("Deputy Attorney General", "Acting Gov."). */
export const TITLE_PREFIXES = new Set(["Deputy", "Acting", "Assistant", "Associate", "Interim", "Former", "Chief", "Senior", "Principal", "Executive", "Democratic", "Republican", "GOP"]);

export function titleAt(toks: readonly Tok[], i: number, end: number): { len: number; text: string; gender: Gender | null } | null {
  const head = toks[i];
  if (head !== undefined && TITLE_PREFIXES.has(head.text) && i + 1 < end) {
    const rest = titleAt(toks, i + 1, end);
    if (rest !== null) return { ...rest, len: rest.len + 1, text: `${head.text} ${rest.text}` };
  }
  for (const title of TITLES) {
    const n = title.words.length;
    if (i + n > end) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const t = toks[i + k];
      ok = t !== undefined && word(t) === title.words[k];
    }
    if (ok) return { len: n, text: title.words.join(" "), gender: title.gender };
  }
  return null;
}

/** Is this token the start of a sentence or of a quote (where capitals prove nothing)? */
export function atClauseStart(doc: EnDoc, i: number): boolean {
  const t = doc.toks[i];
  const prev = doc.toks[i - 1];
  if (t === undefined) return false;
  if (t.sentStart === i || prev === undefined) return true;
  return QUOTE_MARK.test(t.pre) || /[:\u2014\u2013-]\s*$/.test(prev.post) || /\n/.test(prev.post);
}

export function chunkText(doc: EnDoc, a: number, b: number): string {
  const first = doc.toks[a];
  const last = doc.toks[b - 1];
  if (first === undefined || last === undefined) return "";
  return doc.text.slice(first.start, chunkEnd(doc, b)).replace(/\s+/g, " ");
}

export function chunkEnd(doc: EnDoc, b: number): number {
  const last = doc.toks[b - 1];
  if (last === undefined) return 0;
  if (isPossessive(last)) return last.end - 2;
  // "Inc." keeps its dot, which compromise moved out of the word.
  return word(last) !== last.text && ORG_HEADS.has(word(last)) ? last.end + 1 : last.end;
}

/** "Workers' Federation": a plural possessive, its apostrophe after the s. */
export function isPluralPossessive(t: Tok): boolean {
  return /s$/.test(t.text) && /^['\u2019]\s+$/.test(t.post);
}

/** Does the run [a, b) name an organization as a whole (known, or ending on a head word)? */
export function namesOrg(doc: EnDoc, a: number, b: number): boolean {
  const last = doc.toks[b - 1];
  if (last === undefined) return false;
  const head = ORG_HEADS.get(word(last));
  return KNOWN_ORGS.has(chunkText(doc, a, b)) || (head !== undefined && b - a >= 2);
}
export function isNameTok(t: Tok): boolean {
  // "(D-Minn.)", "R-Andover": a party and a state or town after a name is none.
  if (/^(?:[DRI]|DFL)-\p{Lu}/u.test(t.text)) return false;
  return t.cap || /^\p{Lu}/u.test(t.text) || /^[a-z]+\p{Lu}/u.test(t.text);
}
