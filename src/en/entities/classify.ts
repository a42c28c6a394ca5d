/**
 * Each chunk typed: a known organization (the English list, then the project lexicon), an
 * organization by its head word, its context ("a Treasury spokesman", "an analyst at X", "the
 * journal X") or its form, else a person by title, tags, given name or speech verb.
 */
import type { Gender, OrgType } from "../../core/types.js";
import { firstNameGender } from "../../lexicon/index.js";
import { GENDERED, KNOWN_ORGS, ORG_HEADS, ORG_PROXIES, SPEECH_FORMS, type KnownOrg } from "../lexicon.js";
import type { EnDoc, Tok } from "../tokens.js";
import type { OrgLookup } from "../entities.js";
import type { Chunk } from "./chunks.js";
import {
  CONNECTORS, PERSON_TAGS, QUOTE_MARK, TITLE_CASE_LINKS, atClauseStart, chunkEnd, chunkText, hasAny, isPossessive, joined, word,
} from "./names.js";

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
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(com|org|net|co\.uk|gov|edu|io)$/u;

export interface Classified {
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

/** Last words of a place's name. */
const PLACE_HEADS = new Set(["Valley", "Station", "Street", "Road", "Avenue", "Square", "Park", "River", "Lake", "Bay", "Island", "Islands", "Mountain", "Hill", "Hills", "Beach", "County", "City", "Bridge", "Airport", "Harbour", "Harbor", "Heights", "Springs", "Falls"]);

/** Forms that put the speaker right after them: "…," said Priya Raman. */
export const SAID_BEFORE = new Set(["said", "says", "added", "adds", "wrote", "writes", "asked", "explained", "recalled", "continued"]);

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

export function classify(doc: EnDoc, c: Chunk, lookup: OrgLookup | null, out: Classified[]): void {
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
    const known = knownOrg(name, lexiconFor(doc, c.a, c.b, lookup), sure);
    if (known !== null) return org(known.name, known.type, true);
    const span = toks.slice(c.a, c.b);
    // "Norway's regulator, Finanstilsynet, said": a name in apposition to an organization noun.
    const noun = toks[c.a - 1];
    const proxy = noun === undefined ? undefined : ORG_PROXIES.get(noun.lower);
    if (proxy?.kind === "anaphor" && noun !== undefined && /^,\s+$/.test(noun.post) && /^,/.test(last.post) && !span.some((t) => hasAny(t, PERSON_TAGS))) {
      return org(name, proxy.type ?? "other", false);
    }
    // "Shelter Aid, a housing charity,": an organization noun heads the apposition after the name.
    const appKind = appositionOrgType(doc, c.b);
    if (appKind !== null && !span.some((t) => hasAny(t, PERSON_TAGS))) return org(name, appKind, false);
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
    // "security company Top Patch", "the investment firm Vantor": a company named after its kind.
    const kindType = kind === undefined || kind.cap || !joined(kind, first) ? undefined : ORG_PROXIES.get(kind.lower);
    if (kindType?.kind === "anaphor" && kindType.type === "company" && !span.some((t) => hasAny(t, PERSON_TAGS))) {
      return org(name, "company", false);
    }
    // "the charity Shelter Aid", "the union Unite": any body named after its kind and an article.
    // (compromise tags such a name Person: only a given name of the first-name list says so.)
    if (kindType?.kind === "anaphor" && ["the", "a", "an"].includes(toks[c.a - 2]?.lower ?? "") && firstNameGender(first.text) === null && !first.tags.has("FirstName")) {
      return org(name, kindType.type ?? "other", false);
    }
    // A known organization opening a longer run ("Microsoft Outlook"), unless a head word
    // ends the run ("Senate Health Committee").
    const headEnds = c.b - c.a >= 2 && ORG_HEADS.has(word(last));
    for (let b = c.b - 1; b > c.a && !headEnds; b--) {
      const k = knownOrg(chunkText(doc, c.a, b), lexiconFor(doc, c.a, b, lookup));
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
    span.length >= 2 &&
    span.length <= 3 &&
    firstNameGender(first.text) !== null &&
    // The tagger calls "Daniel Marsh" a place for its surname: only a city, region or a place's
    // head word ("Jordan Valley") makes it one.
    !span.slice(1).some((t) => hasAny(t, ["City", "Region", "Country"]) || PLACE_HEADS.has(t.text) || ORG_HEADS.has(word(t)));
  const afterRole = (prev !== undefined && !prev.cap && (GENDERED.has(prev.lower) || prev.tags.has("Actor"))) || roleApposition(doc, c.b);
  const personTagged = span.some((t) => hasAny(t, PERSON_TAGS));
  // "Photograph: Oren Falk/Getty Images", "REUTERS/Oren Falk": the name a photo credit's slash joins.
  const credit = span.length >= 2 && span.length <= 3 && (last.post === "/" || toks[c.a - 1]?.post === "/");
  const placeOnly = span.every((t) => t.tags.has("Place") && !hasAny(t, PERSON_TAGS));
  if (c.titles.length > 0 || (personTagged && !placeOnly) || givenName || credit || ((beforeVerb || afterRole) && span.length >= 2 && (!placeOnly || afterRole))) {
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

/**
 * ", a housing charity," / ", the state's largest lender,": after a name at token `b`, an
 * apposition whose head (the last word before a preposition or the closing punctuation) is an
 * organization noun: that noun's type, else null.
 */
function appositionOrgType(doc: EnDoc, b: number): OrgType | null {
  const { toks } = doc;
  const last = toks[b - 1];
  const det = toks[b];
  if (last === undefined || det === undefined || !/^,\s+$/.test(last.post) || !["a", "an", "the"].includes(det.lower)) return null;
  for (let k = b + 1; k < Math.min(b + 6, toks.length); k++) {
    const t = toks[k];
    if (t === undefined || t.cap || t.tags.has("Preposition") || t.tags.has("Verb")) return null;
    if (/^[,;:.\u2014]/.test(t.post)) {
      const proxy = ORG_PROXIES.get(t.lower);
      return proxy?.kind === "anaphor" ? (proxy.type ?? "other") : null;
    }
  }
  return null;
}

/** ", the mayor,", ", a retired nurse,": an apposition after the name at token `b` headed by a person noun. */
function roleApposition(doc: EnDoc, b: number): boolean {
  const { toks } = doc;
  const last = toks[b - 1];
  const det = toks[b];
  if (last === undefined || det === undefined || !/^,\s+$/.test(last.post) || !["a", "an", "the", "its", "their", "his", "her"].includes(det.lower)) return false;
  for (let k = b + 1; k < Math.min(b + 5, toks.length); k++) {
    const t = toks[k];
    if (t === undefined || t.cap || t.tags.has("Preposition") || t.tags.has("Verb")) return false;
    if (/^[,;:.\u2014]/.test(t.post) || toks[k + 1]?.tags.has("Preposition") === true) return t.tags.has("Actor") || GENDERED.has(t.lower);
  }
  return false;
}

/**
 * The project lexicon (French and European names) for a run [a, b), or null where a lone word
 * names something else in English: a place ("Hartford Town Hall", "US"), a word before a
 * lower-case body ("Hartford police"), an acronym used as a modifier ("VPN services").
 */
function lexiconFor(doc: EnDoc, a: number, b: number, lookup: OrgLookup | null): OrgLookup | null {
  if (b - a !== 1) return lookup;
  const t = doc.toks[a];
  const next = doc.toks[b];
  const before = doc.toks[a - 1];
  // "in Hartford", "from Vallon": a lone name after a preposition of place is where, not who.
  if (t === undefined || t.tags.has("Place") || (before !== undefined && ["in", "from", "near"].includes(before.text))) return null;
  if (next !== undefined && joined(t, next) && !next.cap && (LOWER_ORG_AFTER.has(next.text) || (/^\p{Lu}{2,}$/u.test(t.text) && (next.tags.has("Noun") || next.tags.has("Plural"))))) return null;
  return lookup;
}
