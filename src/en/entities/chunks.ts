/**
 * Capitalised runs of tokens cut into chunks: possessives and "and", "of", "for the" inside a
 * name, datelines and title-case headlines skipped, titles peeled off the front, and a title
 * glued between an organization and a name split in two.
 */
import type { Gender } from "../../core/types.js";
import { firstNameGender } from "../../lexicon/index.js";
import { KNOWN_ORGS, ORG_HEADS, SPEECH_FORMS } from "../lexicon.js";
import type { EnDoc, Tok } from "../tokens.js";
import {
  CONNECTORS, PERSON_TAGS, PROPER_TAGS, TITLE_CASE_LINKS, atClauseStart, chunkText, hasAny, isNameTok, isPluralPossessive,
  isPossessive, joined, namesOrg, titleAt, word,
} from "./names.js";

const MISSIONS = new Set(["Embassy", "Consulate", "Mission"]);
/** Capitalised words that open a sentence before a name, never a name's first word. */
const LEADING_LINKS = new Set(["And", "But", "Or", "Nor", "Yet", "After", "Before", "When", "While", "Since", "Although", "Though", "Because", "If", "Unlike", "Despite", "Meanwhile"]);
/** Tags of a word that never is a surname, even before a speech verb. */
const NOT_NAME_TAGS = ["Pronoun", "Determiner", "Conjunction", "Preposition", "Adverb", "Value", "Date"];

export interface Chunk {
  a: number;
  b: number;
  titles: string[];
  gender: Gender | null;
  /** Start offset including the title. */
  start: number;
  /** The body named after a title and "of" ("Secretary of Coastal Affairs"): an organization. */
  body?: boolean;
}
/** A possessive at `b - 1` inside an organization's name: more capitals up to a head word. */
function possessiveInName(toks: readonly Tok[], b: number): boolean {
  const prev = toks[b - 1];
  if (prev === undefined || !(isPluralPossessive(prev) || /^(?:women|men|children|people)['\u2019]s$/i.test(prev.text))) return false;
  for (let k = b; k < b + 3 && k < toks.length; k++) {
    const t = toks[k];
    if (t === undefined || !isNameTok(t)) return false;
    const head = ORG_HEADS.get(word(t));
    if (head !== undefined && head.type !== "company") return true;
    const next = toks[k + 1];
    if (next === undefined || !joined(t, next)) return false;
  }
  return false;
}

/**
 * "and" inside a name ("Pharmaceutical Research and Manufacturers of America"): only between
 * words that name no person, when the words after it end on "of X" and those before are not a
 * name of their own.
 */
function andInName(toks: readonly Tok[], a: number, b: number): boolean {
  const before = toks.slice(a, b);
  if (before.some((t) => hasAny(t, PERSON_TAGS) || t.text === "of" || ORG_HEADS.has(word(t)) || t.tags.has("Place"))) return false;
  if (KNOWN_ORGS.has(before.map((t) => t.text).join(" "))) return false;
  let k = b + 1;
  let of = false;
  while (k < toks.length) {
    const t = toks[k];
    const next = toks[k + 1];
    if (t === undefined || hasAny(t, PERSON_TAGS)) return false;
    if (next === undefined || !joined(t, next)) break;
    if (next.text === "of") of = true;
    else if (!isNameTok(next)) break;
    k++;
  }
  return of;
}

/** End of "for the 8th Circuit" after a run [a, b) holding a head word, or -1. */
function forTheEnd(toks: readonly Tok[], a: number, b: number): number {
  if (!toks.slice(a, b).some((t) => ORG_HEADS.has(word(t)))) return -1;
  let k = b + 2;
  while (k < toks.length) {
    const t = toks[k];
    const prev = toks[k - 1];
    if (t === undefined || prev === undefined || !joined(prev, t) || !(isNameTok(t) || /^\d+(?:st|nd|rd|th)$/.test(t.text))) break;
    k++;
  }
  return k > b + 2 && isNameTok(toks[k - 1] as Tok) ? k : -1;
}

/** Words of four letters or more in a line, and how many of them are capitalised. */
function titleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

/**
 * Tokens where capitals prove nothing: datelines ("TRENTON —", upper-case place names) and a
 * Title-Case headline, whose names come back in the text below it anyway. Known
 * organizations and tagged people in the headline are still found.
 */
function datelineTokens(doc: EnDoc): Set<number> {
  const out = new Set<number>();
  const head = doc.paras[0];
  if (head !== undefined && doc.paras.length > 1 && !/[.:;,]$/.test(doc.text.slice(head.start, head.end).trim()) && titleCased(doc.text.slice(head.start, head.end))) {
    for (let i = 0; i < doc.toks.length; i++) {
      const t = doc.toks[i];
      if (t === undefined || t.start >= head.end) break;
      if (!KNOWN_ORGS.has(t.text) && !hasAny(t, PERSON_TAGS)) out.add(i);
    }
  }
  for (const p of doc.paras) {
    const m = /^([A-Z][A-Z .'-]+?)\s*[\u2014\u2013-]\s/.exec(doc.text.slice(p.start, p.end));
    if (m === null || m[1] === undefined) continue;
    const end = p.start + m[1].length;
    for (let i = 0; i < doc.toks.length; i++) {
      const t = doc.toks[i];
      if (t !== undefined && t.start >= p.start && t.end <= end) out.add(i);
    }
  }
  return out;
}

/** A person's name: two or three capitalised words, the first a given name or all tagged a person. */
export function isNameTail(doc: EnDoc, n: number, b: number): boolean {
  const tail = doc.toks.slice(n, b);
  if (tail.length < 2 || tail.length > 3 || !tail.every((t) => isNameTok(t) && !ORG_HEADS.has(word(t)))) return false;
  if (KNOWN_ORGS.has(chunkText(doc, n, b))) return false;
  const first = tail[0];
  return first !== undefined && (first.tags.has("FirstName") || firstNameGender(first.text) !== null || tail.every((t) => hasAny(t, PERSON_TAGS)));
}

/**
 * A title glued between an organization and a name: "Harbour Authority Chairman Ivo Brandt"
 * (a title inside the run, an organization's name before it) or "Secretary of Coastal Affairs
 * Ivo Brandt" (a title peeled off, then "of" and a body). The body is an organization of its
 * own; title and body together are the person's role. `titleStart`: where the peeled title
 * began, or -1 when none was.
 */
export function gluedTitle(
  doc: EnDoc,
  a: number,
  b: number,
  titleStart: number,
): { orgA: number; orgB: number; name: number; role: string; gender: Gender | null; start: number } | null {
  const { toks, text } = doc;
  for (const n of [b - 2, b - 3]) {
    if (n <= a || !isNameTail(doc, n, b)) continue;
    if (titleStart >= 0 && toks[a]?.text === "of" && n - a >= 2) {
      const org = toks[n - 1];
      return { orgA: a + 1, orgB: n, name: n, role: text.slice(titleStart, org?.end ?? 0), gender: null, start: toks[n]?.start ?? 0 };
    }
    if (titleStart >= 0) continue;
    for (let k = a + 1; k < n; k++) {
      const title = titleAt(toks, k, n);
      if (title === null || k + title.len !== n) continue;
      const role = text.slice(toks[a]?.start ?? 0, toks[n - 1]?.end ?? 0);
      if (namesOrg(doc, a, k)) return { orgA: a, orgB: k, name: n, role, gender: title.gender, start: toks[k]?.start ?? 0 };
      // "Finance Minister Ana Ruiz": a domain before the title, no body of its own.
      if (!toks.slice(a, k).some((t) => hasAny(t, PERSON_TAGS))) return { orgA: a, orgB: a, name: n, role, gender: title.gender, start: toks[a]?.start ?? 0 };
    }
  }
  return null;
}

/** Cut the text into capitalised chunks, titles peeled off. */
export function chunks(doc: EnDoc): Chunk[] {
  const { toks } = doc;
  const skip = datelineTokens(doc);
  const out: Chunk[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t === undefined || skip.has(i) || !isNameTok(t)) {
      i++;
      continue;
    }
    let b = i + 1;
    while (b < toks.length) {
      const prev = toks[b - 1];
      const cur = toks[b];
      if (prev === undefined || cur === undefined) break;
      if (isPossessive(prev) || isPluralPossessive(prev)) {
        // "Women's Tennis Association", "Workers' Federation": a possessive inside a name.
        if (possessiveInName(toks, b)) {
          b++;
          continue;
        }
        break;
      }
      if (!joined(prev, cur)) break;
      if (isNameTok(cur)) {
        b++;
        continue;
      }
      // "Embassy in Arland": a diplomatic mission is named by the place it sits in.
      if (cur.text === "in" && MISSIONS.has(prev.text) && toks[b + 1] !== undefined && isNameTok(toks[b + 1] as Tok) && joined(cur, toks[b + 1] as Tok)) {
        b += 2;
        continue;
      }
      // "Court of Appeals for the 8th Circuit": a body's remit after "for the".
      const remit = cur.text === "for" && toks[b + 1]?.text === "the" ? forTheEnd(toks, i, b) : -1;
      if (remit > 0) {
        b = remit;
        continue;
      }
      const after = toks[b + 1];
      if (after === undefined || !isNameTok(after) || !joined(cur, after)) break;
      if (CONNECTORS.has(cur.text) || cur.text === "&") {
        b += 2;
        continue;
      }
      if (cur.text === "and" && andInName(toks, i, b)) {
        b += 2;
        continue;
      }
      break;
    }
    let a = i;
    // "Doctors Against Hunger": a capitalised function word inside the run makes it a title-case
    // name, whose first word stays even at a sentence start.
    // "House of Representatives", "Bank of Arland": a capital followed by "of" and a capital is
    // a name too.
    const ofName =
      toks[i + 1]?.text === "of" &&
      (ORG_HEADS.has(word(toks[i] as Tok)) || KNOWN_ORGS.has(chunkText(doc, i, Math.min(b, i + 3))) || KNOWN_ORGS.has(chunkText(doc, i, Math.min(b, i + 4))));
    const titleCase = b - i >= 3 && (toks.slice(i + 1, b - 1).some((t) => TITLE_CASE_LINKS.has(t.text)) || ofName);
    // A capital at a sentence start proves nothing: drop common words there.
    while (a < b) {
      const first = toks[a];
      if (first === undefined || titleCase || !atClauseStart(doc, a) || hasAny(first, PROPER_TAGS) || titleAt(toks, a, b) !== null) break;
      if (a === i && unknownGivenWord(toks, a, b)) break;
      a++;
    }
    // A lone sentence-initial noun may still be a surname ("Marsh wrote"), and so is any lone
    // capital right before a speech verb, which the tagger may call a verb ("Calloway said"):
    // kept as a candidate, a person only when it shortens a full name or speaks.
    const lone = toks[i];
    const next = toks[b];
    const speaks = next !== undefined && !next.cap && SPEECH_FORMS.has(next.lower) && !hasAny(lone ?? next, NOT_NAME_TAGS);
    if (a === b && b - i === 1 && lone !== undefined && ((lone.tags.has("Noun") && !lone.tags.has("Pronoun")) || speaks)) a = i;
    // "But Quillfeather said", "And Hallgren admitted": a capitalised conjunction or preposition opening
    // the run is no part of the name (the tagger may even call it a person).
    while (a < b - 1 && !titleCase && LEADING_LINKS.has(toks[a]?.text ?? "")) a++;
    while (a < b && CONNECTORS.has(toks[a]?.text ?? "")) a++;
    const start = toks[a]?.start ?? 0;
    const titles: string[] = [];
    let gender: Gender | null = null;
    for (let title = titleAt(toks, a, b); title !== null && a + title.len < b; title = titleAt(toks, a, b)) {
      // "Justice Department", "Senate Committee": the title word begins an organization's name.
      if (namesOrg(doc, a, b)) break;
      titles.push(title.text);
      gender = title.gender ?? gender;
      a += title.len;
    }
    // Drop trailing connectors left by a cut.
    while (b > a && CONNECTORS.has(toks[b - 1]?.text ?? "")) b--;
    const glued = gluedTitle(doc, a, b, titles.length > 0 ? start : -1);
    if (glued !== null) {
      if (glued.orgA < glued.orgB) out.push({ a: glued.orgA, b: glued.orgB, titles: [], gender: null, start: toks[glued.orgA]?.start ?? 0, body: true });
      out.push({ a: glued.name, b, titles: [...titles.slice(0, -1), glued.role], gender: glued.gender ?? gender, start: glued.start });
    } else if (a < b && !(titles.length > 0 && CONNECTORS.has(toks[a]?.text ?? ""))) out.push({ a, b, titles, gender, start });
    // (A title then "of Medicine" with no name after it: a field, neither person nor body.)
    i = Math.max(b, i + 1);
  }
  return out;
}

/**
 * "Oren Falk, the mayor,", "Shelter Aid, a charity,": at a sentence start the tagger calls an
 * unknown first word a common noun; a singular noun before one or two proper nouns opens the
 * name (a plural, an adjective or a verb there does not: "Critics", "Furious").
 */
function unknownGivenWord(toks: readonly Tok[], a: number, b: number): boolean {
  const first = toks[a];
  if (first === undefined || b - a < 2 || b - a > 3) return false;
  if (!first.tags.has("Singular") || hasAny(first, ["Plural", "Adjective", "Verb", "Date", "Month", "Pronoun", "Determiner", "Actor"])) return false;
  // "Author Grace Whitfield": a known given name next makes the first word a role.
  if (toks[a + 1]?.tags.has("FirstName") === true) return false;
  return toks.slice(a + 1, b).every((t) => t.tags.has("ProperNoun") && !t.tags.has("Place"));
}
