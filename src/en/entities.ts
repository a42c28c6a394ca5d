/**
 * Stage 3: people and organizations. Capitalised runs of tokens are cut into chunks, titles
 * are peeled off, and each chunk is typed by the lexicons (known organizations, head words,
 * titles) and by compromise's tags; one-word mentions are then merged into the full names
 * they shorten ("Holloway" → "Grace Holloway", "Fortal" → "Fortal Holdings").
 */
import type { Gender, OrgType } from "../core/types.js";
import { fold } from "../core/fold.js";
import { ORG_HEADS, SPEECH_FORMS, type KnownOrg } from "./lexicon.js";
import type { EnDoc } from "./tokens.js";
import type { EnQuote } from "./quotes.js";
import { chunks } from "./entities/chunks.js";
import { SAID_BEFORE, classify, type Classified } from "./entities/classify.js";
import { describePeople, typeByApposition } from "./entities/describe.js";
import { lowerBodies } from "./entities/lower-bodies.js";
import { companyVoiceAt, voicedCompany } from "./entities/voiced-company.js";
import { hasAny, isPossessive, PERSON_TAGS } from "./entities/names.js";

export { word } from "./entities/names.js";

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
/** Find, type and merge the people and organizations of the article. */
export function findEntities(doc: EnDoc, quotes: readonly EnQuote[], lookup: OrgLookup | null): EnEntities {
  const { toks } = doc;
  // Inside a quote: between its marks, over every paragraph a multi-paragraph quote runs on.
  const inQuote = (off: number): boolean => quotes.some((q) => off >= q.start && off < (q.multi ? q.after : q.end));
  const found: Classified[] = [];
  for (const c of chunks(doc)) classify(doc, c, lookup, found);
  for (const body of lowerBodies(doc)) {
    const over = found.filter((f) => f.start < body.end && body.start < f.end);
    // A word inside the body that the names found alone ("UN" in "the UN security council")
    // gives way to it; a known name or a longer one keeps its place.
    if (over.some((f) => (f.known && body.orgType === "party") || f.start < body.start || f.end > body.end || f.end - f.start >= body.end - body.start)) continue;
    for (const f of over) found.splice(found.indexOf(f), 1);
    found.push(body);
  }

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

  // "said Ollander spokesperson Ana Ruiz": a lone word typed a body only by its context is the
  // person of that surname when one is named in full ("Ray Ollander").
  const surnames = new Set(found.filter((f) => f.kind === "person" && f.b - f.a > 1 && f.weak !== true).map((f) => f.name.split(" ").pop() ?? ""));
  const lonePerson = (f: Classified): boolean => f.kind === "organization" && !f.known && f.b - f.a === 1 && f.titles.length === 0 && surnames.has(f.name);

  // Full names first, so that one-word mentions can find them.
  const singles: Classified[] = [];
  for (const f of found) {
    if (f.weak === true && !promoted(f)) continue;
    if (lonePerson(f)) {
      singles.push({ ...f, kind: "person" });
      continue;
    }
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
  const unplaced: Classified[] = [];
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
      if (f.titles.length === 0 && !(speaks && tok !== undefined && hasAny(tok, PERSON_TAGS))) {
        unplaced.push(f);
        continue;
      }
      id = personByName.get(f.name);
      if (id === undefined) {
        id = people.length;
        people.push({ name: f.name, words: [f.name], roles: [], affiliations: [], gender: null, genderEvidence: null, mentions: [] });
        personByName.set(f.name, id);
      }
    }
    if (id !== undefined) addPersonMention(people, mentions, id, f, inQuote(f.start));
  }
  // "the company said" with no company named: the business an early sentence opens on.
  if (unplaced.length > 0) {
    const voiceAt = companyVoiceAt(doc, inQuote);
    const known = voiceAt >= 0 && mentions.some((m) => m.kind === "organization" && m.start < voiceAt && orgs[m.entity]?.type === "company");
    const f = voiceAt < 0 || known ? null : voicedCompany(doc, unplaced.sort((x, y) => x.start - y.start), voiceAt, inQuote);
    if (f !== null) for (const g of unplaced) if (g.name === f.name) addOrgMention({ ...g, kind: "organization", orgType: "company" });
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
