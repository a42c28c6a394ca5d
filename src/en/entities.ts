/**
 * Stage 3: people and organizations. Capitalised runs of tokens are cut into chunks, titles
 * are peeled off, and each chunk is typed by the lexicons (known organizations, head words,
 * titles) and by compromise's tags; one-word mentions are then merged into the full names
 * they shorten ("Holloway" → "Grace Holloway", "Fortal" → "Fortal Holdings").
 */
import type { Gender, OrgType } from "../core/types.js";
import { fold } from "../core/fold.js";
import { firstNameGender } from "../lexicon/index.js";
import { GENDERED, KNOWN_ORGS, ORG_HEADS, ORG_PROXIES, SPEECH_FORMS, TITLES, type KnownOrg } from "./lexicon.js";
import type { EnDoc, Tok } from "./tokens.js";
import type { EnQuote } from "./quotes.js";

/** One mention of a person or organization, UTF-16 offsets. */
export interface EnMention {
  kind: "person" | "organization";
  start: number;
  end: number;
  /** Token range of the name itself (title excluded). */
  tokStart: number;
  tokEnd: number;
  entity: number;
  inQuote: boolean;
}

/** A person merged over all mentions. */
export interface EnPerson {
  name: string;
  words: string[];
  roles: string[];
  affiliations: string[];
  gender: Gender | null;
  genderEvidence: string | null;
  mentions: EnMention[];
}

/** An organization merged over all mentions. */
export interface EnOrg {
  name: string;
  type: OrgType;
  aliases: string[];
  mentions: EnMention[];
  /** Set when merged into another organization. */
  mergedInto: number;
}

/** Everything the entity stage found. */
export interface EnEntities {
  people: EnPerson[];
  orgs: EnOrg[];
  /** All mentions, by start offset. */
  mentions: EnMention[];
}

/** A lookup the lead's lexicon may provide: known organization by name. */
export type OrgLookup = (name: string) => (KnownOrg & { ambiguous?: boolean }) | null;

const ABBREVIATIONS = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Lt", "Gen", "Col", "Capt", "Sgt",
  "Prof", "Rev", "Adm", "Inc", "Corp", "Co", "Ltd", "No", "Mt", "Ft",
]);
const MISSIONS = new Set(["Embassy", "Consulate", "Mission"]);
/** Function words written with a capital only inside a title-case name. */
const TITLE_CASE_LINKS = new Set(["Without", "Against", "Beyond", "Across", "Under", "Over", "Within"]);
const CONNECTORS = new Set(["of", "for", "de", "du", "von", "van", "der", "la", "le"]);
const PROPER_TAGS = ["ProperNoun", "Person", "Organization", "Place", "Acronym", "FirstName", "LastName"];
const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"];
const LOWER_ORG_AFTER: ReadonlyMap<string, { type: OrgType; include: boolean }> = new Map([
  ["government", { type: "institution", include: true }],
  ["administration", { type: "institution", include: true }],
  ["police", { type: "institution", include: true }],
  ["magazine", { type: "media", include: false }],
  ["newspaper", { type: "media", include: false }],
]);
/** "an analyst at X", "a researcher at X": the kind of organization X is. */
const ROLE_AT: ReadonlyMap<string, OrgType> = new Map([
  ...["analyst", "analysts", "strategist", "economist", "banker", "trader", "executive", "engineer", "partner"].map((w) => [w, "company"] as const),
  ...["professor", "researcher", "scientist", "lecturer", "fellow"].map((w) => [w, "institution"] as const),
]);
/** Nouns after a body's name for someone who speaks for it. */
const AGENTS_AFTER = new Set(["spokesman", "spokeswoman", "spokesperson", "official", "officials", "representative", "source", "sources"]);
const MEDIA_BEFORE = new Set(["journal", "newspaper", "magazine", "broadcaster", "tabloid", "website", "outlet", "daily", "weekly"]);
const LOWER_ORG_BEFORE = new Set(["state", "federal", "city", "county", "national"]);
const QUOTE_MARK = /["\u201c\u201d\u2018\u2019']/;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(com|org|net|co\.uk|gov|edu|io)$/u;

/** The token as written with the abbreviation dot compromise moves into `post`. */
export function word(t: Tok): string {
  return t.post.startsWith(".") && !t.text.endsWith(".") && ABBREVIATIONS.has(t.text) ? `${t.text}.` : t.text;
}

function hasAny(t: Tok, tags: readonly string[]): boolean {
  return tags.some((g) => t.tags.has(g));
}

function isPossessive(t: Tok): boolean {
  return /['\u2019]s$/.test(t.text);
}

/** Joined only by white space (no comma, dot, dash or quote between them). */
function joined(a: Tok, b: Tok): boolean {
  const post = a.post;
  if (/^\s+$/.test(post) && !/\n/.test(post) && b.pre === "") return true;
  // "Mr. Pardo", "John F. Pardo": an abbreviation or a middle initial and its dot.
  return post.startsWith(".") && /^\.\s+$/.test(post) && (ABBREVIATIONS.has(a.text) || /^\p{Lu}$/u.test(a.text)) && b.pre === "";
}

/** Words that make a title into another ("Deputy Attorney General", "Acting Gov."). */
const TITLE_PREFIXES = new Set(["Deputy", "Acting", "Assistant", "Associate", "Interim", "Former", "Chief", "Senior", "Principal", "Executive"]);

function titleAt(toks: readonly Tok[], i: number, end: number): { len: number; text: string; gender: Gender | null } | null {
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
function atClauseStart(doc: EnDoc, i: number): boolean {
  const t = doc.toks[i];
  const prev = doc.toks[i - 1];
  if (t === undefined) return false;
  if (t.sentStart === i || prev === undefined) return true;
  return QUOTE_MARK.test(t.pre) || /[:\u2014\u2013-]\s*$/.test(prev.post) || /\n/.test(prev.post);
}

interface Chunk {
  a: number;
  b: number;
  titles: string[];
  gender: Gender | null;
  /** Start offset including the title. */
  start: number;
  /** The body named after a title and "of" ("Secretary of Coastal Affairs"): an organization. */
  body?: boolean;
}

function chunkText(doc: EnDoc, a: number, b: number): string {
  const first = doc.toks[a];
  const last = doc.toks[b - 1];
  if (first === undefined || last === undefined) return "";
  return doc.text.slice(first.start, chunkEnd(doc, b)).replace(/\s+/g, " ");
}

function chunkEnd(doc: EnDoc, b: number): number {
  const last = doc.toks[b - 1];
  if (last === undefined) return 0;
  if (isPossessive(last)) return last.end - 2;
  // "Inc." keeps its dot, which compromise moved out of the word.
  return word(last) !== last.text && ORG_HEADS.has(word(last)) ? last.end + 1 : last.end;
}

/** "Workers' Federation": a plural possessive, its apostrophe after the s. */
function isPluralPossessive(t: Tok): boolean {
  return /s$/.test(t.text) && /^['\u2019]\s+$/.test(t.post);
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

/** Does the run [a, b) name an organization as a whole (known, or ending on a head word)? */
function namesOrg(doc: EnDoc, a: number, b: number): boolean {
  const last = doc.toks[b - 1];
  if (last === undefined) return false;
  const head = ORG_HEADS.get(word(last));
  return KNOWN_ORGS.has(chunkText(doc, a, b)) || (head !== undefined && b - a >= 2);
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

function isNameTok(t: Tok): boolean {
  return t.cap || /^\p{Lu}/u.test(t.text) || /^[a-z]+\p{Lu}/u.test(t.text);
}

/** A person's name: two or three capitalised words, the first a given name or all tagged a person. */
function isNameTail(doc: EnDoc, n: number, b: number): boolean {
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
function gluedTitle(
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
      if (title === null || k + title.len !== n || !namesOrg(doc, a, k)) continue;
      return { orgA: a, orgB: k, name: n, role: text.slice(toks[a]?.start ?? 0, toks[n - 1]?.end ?? 0), gender: title.gender, start: toks[k]?.start ?? 0 };
    }
  }
  return null;
}

/** Cut the text into capitalised chunks, titles peeled off. */
function chunks(doc: EnDoc): Chunk[] {
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
      a++;
    }
    // A lone sentence-initial noun may still be a surname ("Marsh wrote"): kept as a candidate.
    const lone = toks[i];
    if (a === b && b - i === 1 && lone !== undefined && lone.tags.has("Noun") && !lone.tags.has("Pronoun")) a = i;
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
    } else if (a < b) out.push({ a, b, titles, gender, start });
    i = Math.max(b, i + 1);
  }
  return out;
}

interface Classified {
  kind: "person" | "organization";
  a: number;
  b: number;
  start: number;
  end: number;
  name: string;
  orgType: OrgType;
  titles: string[];
  gender: Gender | null;
  known: boolean;
  /** A capitalised run that is a person only if a later surname-only mention speaks. */
  weak?: boolean;
}

/** Forms that put the speaker right after them: "…," said Priya Raman. */
const SAID_BEFORE = new Set(["said", "says", "added", "adds", "wrote", "writes", "asked", "explained", "recalled", "continued"]);

/**
 * A known organization: the English list first, then the project lexicon. A lone word takes
 * the lexicon's answer only when it is the name itself (not "Lab" for "Labour Party"), and not
 * when the lexicon calls it ambiguous ("Orange", "Total") unless `sure` (not at a clause start).
 */
function knownOrg(name: string, lookup: OrgLookup | null, sure = true): KnownOrg | null {
  const own = KNOWN_ORGS.get(name);
  if (own !== undefined) return own;
  const hit = lookup?.(name) ?? null;
  if (hit === null || name.includes(" ")) return hit;
  if (!/^\p{Lu}{2,}$/u.test(name) && hit.name !== name && !hit.name.startsWith(`${name} `)) return null;
  if (!sure && hit.ambiguous !== false) return null;
  return { name: hit.name, type: hit.type };
}

function classify(doc: EnDoc, c: Chunk, lookup: OrgLookup | null, out: Classified[]): void {
  const { toks, text } = doc;
  const name = chunkText(doc, c.a, c.b);
  const end = chunkEnd(doc, c.b);
  const first = toks[c.a];
  const last = toks[c.b - 1];
  if (first === undefined || last === undefined) return;
  const base = { a: c.a, b: c.b, start: first.start, end, titles: c.titles, gender: c.gender };
  const org = (n: string, type: OrgType, known: boolean, over: Partial<Classified> = {}): void => {
    out.push({ ...base, kind: "organization", name: n, orgType: type, known, ...over });
  };
  if (c.titles.length === 0) {
    const before = toks[c.a - 1];
    const headOnly = c.b - c.a === 1 ? ORG_HEADS.get(word(first)) : undefined;
    // "the state Senate": a lowercase level makes a body of its own.
    if (headOnly !== undefined && before !== undefined && LOWER_ORG_BEFORE.has(before.text) && joined(before, first)) {
      return org(`${before.text} ${name}`, headOnly.type, false, { start: before.start });
    }
    // A lone letter ("X") is an organization only as a platform: "on X".
    const sure = c.b - c.a > 1 || (!atClauseStart(doc, c.a) && (name.length > 1 || toks[c.a - 1]?.lower === "on"));
    const known = knownOrg(name, lookup, sure);
    if (known !== null) return org(known.name, known.type, true);
    const span = toks.slice(c.a, c.b);
    // "Norway's regulator, Finanstilsynet, said": a name in apposition to an organization noun.
    const noun = toks[c.a - 1];
    const proxy = noun === undefined ? undefined : ORG_PROXIES.get(noun.lower);
    if (proxy?.kind === "anaphor" && noun !== undefined && /^,\s+$/.test(noun.post) && /^,/.test(last.post) && !span.some((t) => hasAny(t, PERSON_TAGS))) {
      return org(name, proxy.type ?? "other", false);
    }
    // "a Treasury spokesman", "a Harbour Board official": a body that someone speaks for.
    const agent = toks[c.b];
    if (agent !== undefined && joined(last, agent) && AGENTS_AFTER.has(agent.lower) && !span.some((t) => hasAny(t, PERSON_TAGS) || t.tags.has("Place"))) {
      return org(name, ORG_HEADS.get(word(last))?.type ?? "institution", false);
    }
    // "an analyst at Brightline Research": where someone works.
    const at = toks[c.a - 1];
    const role = toks[c.a - 2];
    const roleType = role === undefined ? undefined : ROLE_AT.get(role.lower);
    if (at?.lower === "at" && roleType !== undefined && !span.some((t) => hasAny(t, PERSON_TAGS) || t.tags.has("Place"))) {
      return org(name, roleType, false);
    }
    // "Morrow & Pike", "Research and Manufacturers of America": the chunker joined them as a name.
    if (span.some((t) => t.text === "&")) return org(name, "company", false);
    // "Doctors Against Hunger": a capitalised link word inside, a title-case name, not a person.
    if (span.length >= 3 && span.slice(1, -1).some((t) => TITLE_CASE_LINKS.has(t.text))) return org(name, ORG_HEADS.get(word(last))?.type ?? "other", false);
    if (span.some((t) => t.text === "and")) return org(name, ORG_HEADS.get(word(last))?.type ?? "other", false);
    // "the journal Nature Geoscience": an outlet named after its kind.
    const kind = toks[c.a - 1];
    if (kind !== undefined && MEDIA_BEFORE.has(kind.lower) && joined(kind, first) && toks[c.a - 2]?.lower === "the") {
      return org(name, "media", false);
    }
    // A known organization opening a longer run ("Microsoft Outlook"), unless a head word
    // ends the run ("Senate Health Committee").
    const headEnds = c.b - c.a >= 2 && ORG_HEADS.has(word(last));
    for (let b = c.b - 1; b > c.a && !headEnds; b--) {
      const k = knownOrg(chunkText(doc, c.a, b), lookup);
      if (k !== null) return org(k.name, k.type, true, { b, end: chunkEnd(doc, b) });
    }
    // "New Jersey Republicans": places before a known name still name it.
    for (let a = c.a + 1; a < c.b; a++) {
      const k = knownOrg(chunkText(doc, a, c.b), lookup);
      if (k !== null && toks.slice(c.a, a).every((t) => t.tags.has("Place"))) return org(k.name, k.type, true);
    }
    if (c.b - c.a === 1 && DOMAIN.test(name)) return org(name, /\.org$/.test(name) ? "ngo" : "media", false);
    if (c.body === true) return org(name, ORG_HEADS.get(word(last))?.type ?? "institution", false);
    const lastWord = word(last);
    const headLast = ORG_HEADS.get(lastWord);
    let head = headLast;
    if (head === undefined) {
      for (let k = c.a; k < c.b; k++) {
        const h = ORG_HEADS.get(word(toks[k] as Tok));
        if (h !== undefined && !h.last) head = h;
      }
    }
    const prev = toks[c.a - 1];
    const next = toks[c.b];
    if (head !== undefined) {
      if (c.b - c.a === 1) {
        // A bare head word names an institution only with a lowercase level before it.
        if (prev !== undefined && LOWER_ORG_BEFORE.has(prev.text) && joined(prev, first)) {
          return org(`${prev.text} ${name}`, head.type, false, { start: prev.start });
        }
        return;
      }
      return org(name, head.type, false);
    }
    if (next !== undefined && joined(last, next) && !isPossessive(last)) {
      const lowerHead = LOWER_ORG_AFTER.get(next.text);
      if (lowerHead !== undefined) {
        // "The Arland government": the article before a country's name is not part of it.
        const bare = /^The\s/.test(name) && !KNOWN_ORGS.has(name) ? name.slice(4) : name;
        const from = bare === name ? {} : { a: c.a + 1, start: toks[c.a + 1]?.start ?? first.start };
        if (lowerHead.include) return org(`${bare} ${next.text}`, lowerHead.type, false, { b: c.b + 1, end: next.end, ...from });
        return org(name, lowerHead.type, false);
      }
    }
    // "No. 4 Ohio State": a ranked team.
    const p1 = toks[c.a - 1];
    const p2 = toks[c.a - 2];
    if (p1 !== undefined && p2 !== undefined && /^\d+$/.test(p1.text) && word(p2) === "No.") return org(name, "other", false);
    if (c.b - c.a >= 2 && toks.slice(c.a, c.b).every((t) => t.tags.has("Organization")) && !/-/.test(name)) {
      return org(name, "other", false);
    }
  }
  // People: a title, compromise's person tags, or a name before a speech verb.
  const span = toks.slice(c.a, c.b);
  const connector = span.findIndex((t) => CONNECTORS.has(t.text));
  if (connector > 0) {
    classify(doc, { ...c, b: c.a + connector }, lookup, out);
    return;
  }
  if (span.length > 4 || /\.\p{Lu}/u.test(name) && !/^\p{Lu}\.\s/u.test(name)) return;
  if (span.some((t) => t.tags.has("Date") || t.tags.has("Month")) && span.length === 1) {
    const next = toks[c.b];
    if (next !== undefined && /^\d/.test(next.text)) return;
  }
  const next = toks[c.b];
  const prev = toks[c.a - 1];
  // «"…," predicted Ivo Brandt»: any speech verb right after a closing quote mark.
  const afterQuote = prev !== undefined && SPEECH_FORMS.has(prev.lower) && (QUOTE_MARK.test(prev.pre) || QUOTE_MARK.test(toks[c.a - 2]?.post ?? ""));
  const beforeVerb =
    (next !== undefined && SPEECH_FORMS.has(next.lower) && !isPossessive(last)) || (prev !== undefined && SAID_BEFORE.has(prev.lower)) || afterQuote;
  // "Marta Kessler": a common given name, then one or two capitalised words that name no place.
  const givenName =
    span.length >= 2 && span.length <= 3 && firstNameGender(first.text) !== null && !span.slice(1).some((t) => t.tags.has("Place") || ORG_HEADS.has(word(t)));
  const afterRole = prev !== undefined && !prev.cap && (GENDERED.has(prev.lower) || prev.tags.has("Actor"));
  const personTagged = span.some((t) => hasAny(t, PERSON_TAGS));
  const placeOnly = span.every((t) => t.tags.has("Place") && !hasAny(t, PERSON_TAGS));
  if (c.titles.length > 0 || (personTagged && !placeOnly) || givenName || ((beforeVerb || afterRole) && span.length >= 2 && (!placeOnly || afterRole))) {
    out.push({ ...base, kind: "person", name, orgType: "other", known: false, start: c.start });
    return;
  }
  if (span.length === 1 && !placeOnly) {
    // A lone capitalised word: kept as a candidate surname, resolved later.
    out.push({ ...base, kind: "person", name, orgType: "other", known: false, start: c.start, titles: c.titles });
  } else if (span.length <= 3 && !placeOnly && !span.some((t) => t.tags.has("Place") || t.tags.has("Date"))) {
    // "Klara Ström": a name only if its last word later speaks alone ("Ström said").
    out.push({ ...base, kind: "person", name, orgType: "other", known: false, start: c.start, weak: true });
  }
  void text;
}

/** Find, type and merge the people and organizations of the article. */
export function findEntities(doc: EnDoc, quotes: readonly EnQuote[], lookup: OrgLookup | null): EnEntities {
  const { toks } = doc;
  // Inside a quote: between its marks, over every paragraph a multi-paragraph quote runs on.
  const inQuote = (off: number): boolean => quotes.some((q) => off >= q.start && off < (q.multi ? q.after : q.end));
  const found: Classified[] = [];
  for (const c of chunks(doc)) classify(doc, c, lookup, found);

  const people: EnPerson[] = [];
  const orgs: EnOrg[] = [];
  const mentions: EnMention[] = [];
  const orgByKey = new Map<string, number>();
  const personByName = new Map<string, number>();

  const addOrgMention = (f: Classified): void => {
    const key = fold(f.name);
    let id = orgByKey.get(key);
    if (id === undefined) {
      id = orgs.length;
      orgs.push({ name: f.name, type: f.orgType, aliases: [], mentions: [], mergedInto: -1 });
      orgByKey.set(key, id);
    }
    const m: EnMention = { kind: "organization", start: f.start, end: f.end, tokStart: f.a, tokEnd: f.b, entity: id, inQuote: inQuote(f.start) };
    orgs[id]?.mentions.push(m);
    mentions.push(m);
    const written = doc.text.slice(f.start, f.end).replace(/\s+/g, " ");
    const o = orgs[id];
    if (o !== undefined && written !== o.name && !o.aliases.includes(written)) o.aliases.push(written);
  };

  // A weak run becomes a person when its last word, alone, speaks or gets a title.
  const speaksAt = (f: Classified): boolean => {
    const next = toks[f.b];
    const prev = toks[f.a - 1];
    const last = toks[f.b - 1];
    return (next !== undefined && last !== undefined && SPEECH_FORMS.has(next.lower) && !isPossessive(last)) || (prev !== undefined && SAID_BEFORE.has(prev.lower));
  };
  const speakingSingles = new Set(found.filter((f) => f.kind === "person" && f.b - f.a === 1 && (f.titles.length > 0 || speaksAt(f))).map((f) => f.name));
  const promoted = (f: Classified): boolean => speakingSingles.has(f.name.split(" ").pop() ?? "");

  // Full names first, so that one-word mentions can find them.
  const singles: Classified[] = [];
  for (const f of found) {
    if (f.weak === true && !promoted(f)) continue;
    if (f.kind === "organization") {
      addOrgMention(f);
      continue;
    }
    if (f.b - f.a === 1 && f.titles.length === 0) {
      singles.push(f);
      continue;
    }
    if (f.b - f.a === 1) {
      singles.push(f);
      continue;
    }
    let id = personByName.get(f.name);
    if (id === undefined) {
      id = people.length;
      people.push({ name: f.name, words: f.name.split(" "), roles: [], affiliations: [], gender: null, genderEvidence: null, mentions: [] });
      personByName.set(f.name, id);
    }
    addPersonMention(people, mentions, id, f, inQuote(f.start));
  }
  for (const f of singles) {
    const orgId = orgByKey.get(fold(f.name));
    if (orgId !== undefined) {
      addOrgMention({ ...f, kind: "organization" });
      continue;
    }
    // "Nordvale" for "Nordvale Motors Inc.": the first word of a company's name.
    const orgFirst = orgs.findIndex((o) => o.type === "company" && o.name.split(" ").length > 1 && o.name.split(" ")[0] === f.name);
    if (orgFirst >= 0 && f.titles.length === 0) {
      addOrgMention({ ...f, kind: "organization", name: orgs[orgFirst]?.name ?? f.name });
      continue;
    }
    const matches = people.map((p, i) => [p, i] as const).filter(([p]) => p.words.length > 1 && p.words[p.words.length - 1] === f.name);
    let id: number | undefined;
    if (matches.length > 0) {
      // Several people share the surname: the last one named before this mention.
      const before = matches.filter(([p]) => p.mentions.some((m) => m.start < f.start));
      const pick = before.length > 0 ? before.reduce((x, y) => (lastBefore(x[0], f.start) > lastBefore(y[0], f.start) ? x : y)) : matches[0];
      id = pick?.[1];
    } else {
      const next = toks[f.b];
      const tok = toks[f.a];
      const speaks = next !== undefined && SPEECH_FORMS.has(next.lower) && tok !== undefined && !isPossessive(tok);
      if (f.titles.length === 0 && !(speaks && tok !== undefined && hasAny(tok, PERSON_TAGS))) continue;
      id = personByName.get(f.name);
      if (id === undefined) {
        id = people.length;
        people.push({ name: f.name, words: [f.name], roles: [], affiliations: [], gender: null, genderEvidence: null, mentions: [] });
        personByName.set(f.name, id);
      }
    }
    if (id !== undefined) addPersonMention(people, mentions, id, f, inQuote(f.start));
  }
  mergeOrgs(orgs);
  typeByApposition(doc, orgs);
  // Re-point mentions of merged organizations.
  for (const m of mentions) {
    if (m.kind !== "organization") continue;
    let id = m.entity;
    while ((orgs[id]?.mergedInto ?? -1) >= 0) id = orgs[id]?.mergedInto ?? id;
    m.entity = id;
  }
  mentions.sort((x, y) => x.start - y.start);
  describePeople(doc, people, orgs, mentions);
  return { people, orgs, mentions };
}

function lastBefore(p: EnPerson, off: number): number {
  return Math.max(-1, ...p.mentions.filter((m) => m.start < off).map((m) => m.start));
}

function addPersonMention(people: EnPerson[], mentions: EnMention[], id: number, f: Classified, quoted: boolean): void {
  const p = people[id];
  if (p === undefined) return;
  const m: EnMention = { kind: "person", start: f.start, end: f.end, tokStart: f.a, tokEnd: f.b, entity: id, inQuote: quoted };
  p.mentions.push(m);
  mentions.push(m);
  for (const t of f.titles) if (!p.roles.includes(t)) p.roles.push(t);
  if (f.gender !== null && p.gender === null) {
    p.gender = f.gender;
    p.genderEvidence = "title";
  }
}

/** Merge organizations whose names are a prefix/suffix, acronym or domain stem of another's. */
function mergeOrgs(orgs: EnOrg[]): void {
  const words = (s: string): string[] => s.split(" ");
  const isPart = (short: string[], long: string[]): boolean => {
    if (short.length >= long.length) return false;
    const pre = short.every((w, i) => long[i] === w);
    const suf = short.every((w, i) => long[long.length - short.length + i] === w);
    return pre || suf;
  };
  const initials = (s: string): string =>
    words(s)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
  for (let i = 0; i < orgs.length; i++) {
    const a = orgs[i];
    if (a === undefined) continue;
    for (let j = 0; j < orgs.length; j++) {
      const b = orgs[j];
      if (b === undefined || i === j || b.mergedInto >= 0) continue;
      const aw = words(a.name);
      const stem = b.name.replace(/\.(com|org|net)$/, "");
      const acronym = /^\p{Lu}{2,6}$/u.test(a.name) && initials(b.name) === a.name && words(b.name).length > 1;
      // "Velmont" for "Velmont Inc.": a company's name without its legal suffix, whatever type
      // the short form was given ("a Velmont spokeswoman").
      const suffixed = ORG_HEADS.get(words(b.name).pop() ?? "")?.type === "company" && b.type === "company";
      const part = isPart(aw, words(b.name)) && !ORG_HEADS.has(a.name) && (a.type === b.type || suffixed);
      if (part || acronym || (stem !== b.name && stem === a.name) || b.aliases.includes(a.name)) {
        a.mergedInto = j;
        b.mentions.push(...a.mentions);
        for (const al of [a.name, ...a.aliases]) if (al !== b.name && !b.aliases.includes(al)) b.aliases.push(al);
        break;
      }
    }
  }
}

/** Words of an apposition that make an organization a non-profit ("the main lobbying group"). */
const NGO_WORDS = /\b(?:lobby|lobbying|advocacy|campaign|campaigning|trade|industry|nonprofit|non-profit|charity|charitable|rights)\b/;

/**
 * An organization of no known type takes the type of the noun in its apposition:
 * "X, the industry's main lobbying group," → ngo; "X, a regional lender," → company.
 */
function typeByApposition(doc: EnDoc, orgs: EnOrg[]): void {
  const { toks, text } = doc;
  for (const o of orgs) {
    if (o.type !== "other" || o.mergedInto >= 0) continue;
    for (const m of o.mentions) {
      const last = toks[m.tokEnd - 1];
      const det = toks[m.tokEnd];
      if (last === undefined || det === undefined || !/^,\s+$/.test(last.post) || !["the", "a", "an"].includes(det.lower)) continue;
      let type: OrgType | null = null;
      for (let k = m.tokEnd + 1; k < Math.min(m.tokEnd + 8, toks.length); k++) {
        const t = toks[k];
        if (t === undefined) break;
        const proxy = ORG_PROXIES.get(t.lower);
        if (proxy?.kind === "anaphor") type = proxy.type ?? "other";
        if (/[,.;:!?]/.test(t.post)) break;
      }
      if (type === null) continue;
      const phrase = text.slice(det.start, toks[Math.min(m.tokEnd + 8, toks.length) - 1]?.end ?? det.end).toLowerCase();
      o.type = NGO_WORDS.test(phrase) ? "ngo" : type;
      break;
    }
  }
}

/** ", a union leader," / ", chief executive of X,": what opens an apposition. */
function isApposition(t: Tok): boolean {
  if (["a", "an", "the"].includes(t.lower)) return true;
  return !t.cap && (t.tags.has("Actor") || t.tags.has("Adjective") || t.tags.has("Noun")) && !hasAny(t, ["Verb", "Pronoun", "Adverb"]);
}

const ROLE_STOP = new Set(["Determiner", "Preposition", "Verb", "Conjunction", "Pronoun", "QuestionWord", "Adverb"]);

/** Roles, affiliations and gender from the words around each person mention. */
function describePeople(doc: EnDoc, people: EnPerson[], orgs: EnOrg[], mentions: EnMention[]): void {
  const { toks, text } = doc;
  const orgAt = (a: number, b: number): string[] => {
    const from = toks[a]?.start ?? 0;
    const to = toks[b - 1]?.end ?? 0;
    return mentions
      .filter((m) => m.kind === "organization" && m.start >= from && m.end <= to)
      .map((m) => orgs[m.entity]?.name ?? "")
      .filter((n) => n !== "");
  };
  const add = (p: EnPerson, role: string, affils: string[]): void => {
    if (role !== "" && !p.roles.includes(role)) p.roles.push(role);
    for (const a of affils) if (!p.affiliations.includes(a)) p.affiliations.push(a);
  };
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.inQuote) continue;
      const first = toks[m.tokStart];
      if (first === undefined) continue;
      if (p.gender === null && first.tags.has("MaleName") !== first.tags.has("FemaleName") && p.words.length > 1) {
        p.gender = first.tags.has("MaleName") ? "m" : "f";
        p.genderEvidence = "first-name";
      }
      // Role before the name: "Transport Ministry spokesman Ivo Brandt".
      let a = m.tokStart;
      while (a > 0) {
        const t = toks[a - 1];
        const n = toks[a];
        if (t === undefined || n === undefined || !joined(t, n) || t.sentStart !== n.sentStart) break;
        if (a - 1 < first.sentStart || hasAny(t, [...ROLE_STOP]) && !t.cap) break;
        if (isPossessive(t) || /^\d/.test(t.text) || mentions.some((x) => x.kind === "person" && x.start <= t.start && x.end >= t.end)) break;
        a--;
      }
      const adj = toks[m.tokStart - 1];
      const titled = text.slice(m.start, first.start).trim() !== "";
      if (a < m.tokStart && adj !== undefined && !titled && (adj.tags.has("Noun") || adj.tags.has("Acronym"))) {
        const role = text.slice(toks[a]?.start ?? 0, adj.end);
        add(p, role, orgAt(a, m.tokStart));
        const g = GENDERED.get(adj.lower);
        if (g !== undefined && p.gender === null) {
          p.gender = g;
          p.genderEvidence = "agreement";
        }
      }
      // Apposition after the name: ", a former player at Vallon,".
      const last = toks[m.tokEnd - 1];
      const det = toks[m.tokEnd];
      if (last !== undefined && det !== undefined && /^,\s+$/.test(last.post) && det.pre === "" && isApposition(det)) {
        let b = m.tokEnd + 1;
        while (b < toks.length && b - m.tokEnd < 14) {
          const t = toks[b];
          b++;
          if (t === undefined || /[,.;:!?\u2014]/.test(t.post)) break;
        }
        const from = toks[["a", "an", "the"].includes(det.lower) ? m.tokEnd + 1 : m.tokEnd];
        const to = toks[b - 1];
        if (from !== undefined && to !== undefined && from.start < to.end) {
          let role = text.slice(from.start, to.end);
          const affils = orgAt(m.tokEnd + 1, b);
          const cut = /\s+(?:at|of|for|with)\s+/.exec(role);
          if (cut !== null && affils.length > 0) role = role.slice(0, cut.index);
          add(p, role, affils);
          const g = GENDERED.get(role.split(" ").pop()?.toLowerCase() ?? "");
          if (g !== undefined && p.gender === null) {
            p.gender = g;
            p.genderEvidence = "agreement";
          }
        }
      }
      // "Smith said he", "Smith said she": the pronoun right after the verb.
      const v = toks[m.tokEnd];
      const pr = toks[m.tokEnd + 1];
      if (p.gender === null && v !== undefined && pr !== undefined && SPEECH_FORMS.has(v.lower) && (pr.lower === "he" || pr.lower === "she")) {
        p.gender = pr.lower === "he" ? "m" : "f";
        p.genderEvidence = "pronoun";
      }
    }
  }
}
