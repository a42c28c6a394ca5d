/**
 * Lookup tables over the English word lists (lexicons/en-*.txt, compiled into
 * generated/lexicons.ts by scripts/build-en-lexicons.mjs).
 */
import type { Gender, OrgType } from "../core/types.js";
import {
  EN_GENDERED_NOUNS,
  EN_KNOWN_ORGS,
  EN_LOWER_BODIES,
  EN_ORG_HEADS,
  EN_ORG_PROXIES,
  EN_SPEECH_VERBS,
  EN_STANCE_VERBS,
  EN_TITLES,
  EN_DOCUMENT_NOUNS,
  EN_FINDING_VERBS,
  EN_INVERTED_OPENERS,
  EN_PERSON_VOICE_VERBS,
  EN_PERSONAL_PRONOUNS,
} from "./generated/lexicons.js";

const ORG_TYPES = new Set<string>(["company", "institution", "party", "media", "ngo", "other"]);

function orgType(s: string | undefined): OrgType {
  return s !== undefined && ORG_TYPES.has(s) ? (s as OrgType) : "other";
}

function gender(s: string | undefined): Gender | null {
  return s === "m" || s === "f" ? s : null;
}

/** Each form of a verb list's rows (lemma, then its inflected forms) → the lemma. */
function formsToLemma(rows: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  return new Map(
    rows.flatMap(([lemma = "", forms = ""]) => [lemma, ...forms.split(" ").filter((f) => f !== "")].map((f) => [f, lemma] as const)),
  );
}

/** Inflected speech-verb form → lemma ("said" → "say"). */
export const SPEECH_FORMS = formsToLemma(EN_SPEECH_VERBS);

/** Stance-verb form → lemma ("branded" → "brand"): a partial quote in its sentence is the subject's. */
export const STANCE_FORMS = formsToLemma(EN_STANCE_VERBS);

/** A title written before a name, split into its words ("State Sen." → ["State", "Sen."]). */
export interface Title {
  text: string;
  words: string[];
  gender: Gender | null;
  kind: string;
}

/** Titles, longest first so that "State Sen." wins over "Sen.". */
export const TITLES: readonly Title[] = EN_TITLES.map(([text = "", g, kind = ""]) => ({
  text,
  words: text.split(" "),
  gender: gender(g),
  kind,
})).sort((a, b) => b.words.length - a.words.length);

/** An organization head word ("Ministry") with the type it gives and where it must stand. */
export interface OrgHead {
  type: OrgType;
  last: boolean;
}

/** Head word → type and position. */
export const ORG_HEADS: ReadonlyMap<string, OrgHead> = new Map(
  EN_ORG_HEADS.map(([w = "", t, pos]) => [w, { type: orgType(t), last: pos === "last" }] as const),
);

/** A well-known organization with its canonical name and type. */
export interface KnownOrg {
  name: string;
  type: OrgType;
}

/** Folded name or alias (case kept) → known organization. */
export const KNOWN_ORGS: ReadonlyMap<string, KnownOrg> = new Map(
  EN_KNOWN_ORGS.flatMap(([name = "", t, aliases = ""]) => {
    const org = { name, type: orgType(t) };
    return [name, ...aliases.split("|").filter((a) => a !== "")].map((a) => [a, org] as const);
  }),
);

/** Gendered noun or pronoun (lower case) → gender. */
export const GENDERED: ReadonlyMap<string, Gender> = new Map(
  EN_GENDERED_NOUNS.flatMap(([w = "", g]) => {
    const v = gender(g);
    return v === null ? [] : [[w, v] as const];
  }),
);

/** Someone or something speaking for an organization ("spokesman", "statement", "the company"). */
export interface OrgProxy {
  kind: "agent" | "document" | "anaphor";
  type: OrgType | null;
}

/** Proxy noun (lower case) → what it stands for. */
export const ORG_PROXIES: ReadonlyMap<string, OrgProxy> = new Map(
  EN_ORG_PROXIES.map(([w = "", kind, t]) => {
    const k = kind === "agent" || kind === "document" ? kind : "anaphor";
    return [w, { kind: k, type: t === "-" || t === undefined ? null : orgType(t) }] as const;
  }),
);

/** A word of a lower-case public body's name: its role there, and the type a head word gives. */
export interface LowerBodyWord {
  role: "level" | "domain" | "head" | "tail";
  type: OrgType;
}

/** Lower-case word → its part in a body's name ("federal" level, "health" domain, "department" head). */
export const LOWER_BODIES: ReadonlyMap<string, LowerBodyWord> = new Map(
  EN_LOWER_BODIES.map(([w = "", role, t]) => [w, { role: role === "head" ? "head" : role === "level" ? "level" : role === "tail" ? "tail" : "domain", type: orgType(t) }] as const),
);

/** Finding-verb form → lemma ("found" → "find"): a document as its subject gives who wrote it. */
export const FINDING_FORMS: ReadonlyMap<string, string> = new Map(EN_FINDING_VERBS.map(([f = "", l = ""]) => [f, l] as const));

/** Lower-case research nouns ("audit", "inquiry") that may be the subject of a finding verb. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(EN_DOCUMENT_NOUNS.map(([w = ""]) => w));

/** Verb forms that make the name before them a person speaking ("Marsh said"). */
export const PERSON_VOICE_FORMS: ReadonlySet<string> = new Set(EN_PERSON_VOICE_VERBS.map(([w = ""]) => w));

/** Pronouns only a person takes ("he", "herself"). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(EN_PERSONAL_PRONOUNS.map(([w = ""]) => w));

/** Speech-verb forms that may open a sentence before the speaker ("Said Ana Ruiz: …"). */
export const INVERTED_OPENERS: ReadonlySet<string> = new Set(EN_INVERTED_OPENERS.map(([w = ""]) => w));
