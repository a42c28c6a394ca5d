/**
 * Small closed content lists the stages test words against (organization proxies, mouthpieces,
 * channel nouns, institution heads, role families, the names, mention, attribution and entity stages' cues,
 * body nouns), each keyed by the form its file's header names.
 */
import {
  ABBREVIATION_WORDS,
  ASKED_VERB_WORDS,
  BODY_NOUNS,
  BUSINESS_WORDS,
  CHANNEL_NOUNS,
  CLOSE_STAFF_NOUN_WORDS,
  COMPANY_NOUN_WORDS,
  CREDIT_WORDS,
  DESCRIBED_HEAD_WORDS,
  DISTINCT_ROLES,
  FIRM_NOUN_WORDS,
  FIRM_ROLE_WORDS,
  FOUNDED_WORDS,
  GEO_HEAD_WORDS,
  GROUP_NOUN_WORDS,
  HEAD_ADJECTIVE_WORDS,
  INSTITUTION_HEADS,
  LABEL_NOUN_WORDS,
  LEADS_AFTER_QUE_WORDS,
  LED_BY_WORDS,
  MEMBER_NOUN_WORDS,
  MOUTHPIECES,
  NAME_PARTICLE_WORDS,
  NAMING_NOUN_WORDS,
  NAMING_VERB_WORDS,
  NOBLE_TITLE_WORDS,
  NOT_BODY_ADJECTIVE_WORDS,
  ORG_PROXIES,
  ORG_ROLE_WORDS,
  PRESS_ROLE_WORDS,
  ROLE_ADJECTIVE_WORDS,
  ROLE_FAMILIES,
  SPORTS_BODY_HEAD_WORDS,
  STAFF_NOUN_WORDS,
  STREET_WORDS,
  TITLE_CUE_WORDS,
  WEB_DOMAIN_WORDS,
  WORK_NOUN_WORDS,
  WRITTEN_ON_WORDS,
} from "./generated/lexicons.js";
import { lazy, setOf, linesOf } from "./table.js";

// ---- attribution and resolve word lists ------------------------------------------------------------
// Small lists keyed by the lower-case accented form (a token's `lower`), split when first asked:
// the stages turn the first three into per-word bit tests at load.

/** Heads that, lower-case after a definite article, stand for an organization named earlier (org-proxies.txt). */
export const orgProxyWords = (): string[] => ORG_PROXIES.split("|");
/** Words for an organization's mouthpiece: « porte-parole », « entourage » (mouthpieces.txt). */
export const mouthpieceWords = (): string[] => MOUTHPIECES.split("|");
/** Nouns that make a channel: « agence », « compte », « entretien » (channel-nouns.txt). */
export const channelNounWords = (): string[] => CHANNEL_NOUNS.split("|");

const institutionHeads = lazy(() => setOf(INSTITUTION_HEADS));
/** True for lower-case heads that with a complement name a body: « parquet », « préfecture » (institution-heads.txt). */
export function isInstitutionHead(lowerWord: string): boolean {
  return institutionHeads().has(lowerWord);
}

const distinctRoles = lazy(() => setOf(DISTINCT_ROLES));
/** True for a role's canonical form that never names the person in focus (distinct-roles.txt). */
export function isDistinctRole(canonical: string): boolean {
  return distinctRoles().has(canonical);
}

/** Each family noun with the (folded) offices it covers, in file order (role-families.tsv). */
export const roleFamilies = lazy((): ReadonlyArray<[string, ReadonlySet<string>]> => {
  const out = new Map<string, Set<string>>();
  for (const line of linesOf(ROLE_FAMILIES)) {
    const [family, office] = line.split("\t") as [string, string];
    let members = out.get(family);
    if (!members) out.set(family, (members = new Set()));
    members.add(office);
  }
  return [...out];
});

// ---- the mention stage's cue lists -----------------------------------------------------------------

/**
 * Small closed lists the mention stage tests words against, each keyed by the form its file's
 * header names (« lower-case »: Word.lower; « folded »: Word.key): see lexicons/<name>.txt.
 */
export const mentionCues: {
  readonly nobleTitles: ReadonlySet<string>;
  readonly streetWords: ReadonlySet<string>;
  readonly creditWords: ReadonlySet<string>;
  readonly orgRoles: ReadonlySet<string>;
  readonly firmRoles: ReadonlySet<string>;
  readonly companyNouns: ReadonlySet<string>;
  readonly businessWords: ReadonlySet<string>;
  readonly firmNouns: ReadonlySet<string>;
  readonly describedHeads: ReadonlySet<string>;
  readonly geoHeads: ReadonlySet<string>;
  /** Roles of a news outlet's staff (the entity stage gives them the article's own outlet). */
  readonly pressRoles: ReadonlySet<string>;
  /** Particles inside a name: « de », « van », « ben » (name-particles.txt). */
  readonly nameParticles: ReadonlySet<string>;
  /** Adjectives between a head or role and the name: « le géant américain X » (head-adjectives.txt). */
  readonly headAdjectives: ReadonlySet<string>;
  /** Words with an adjective's ending that never complete a body's name (not-body-adjectives.txt). */
  readonly notBodyAdjectives: ReadonlySet<string>;
  /** Top-level domains of news sites' names, compared with the token's text (web-domains.txt). */
  readonly webDomains: ReadonlySet<string>;
} = {
  nobleTitles: new Set(NOBLE_TITLE_WORDS.split("|")),
  streetWords: new Set(STREET_WORDS.split("|")),
  creditWords: new Set(CREDIT_WORDS.split("|")),
  orgRoles: new Set(ORG_ROLE_WORDS.split("|")),
  firmRoles: new Set(FIRM_ROLE_WORDS.split("|")),
  companyNouns: new Set(COMPANY_NOUN_WORDS.split("|")),
  businessWords: new Set(BUSINESS_WORDS.split("|")),
  firmNouns: new Set(FIRM_NOUN_WORDS.split("|")),
  describedHeads: new Set(DESCRIBED_HEAD_WORDS.split("|")),
  geoHeads: new Set(GEO_HEAD_WORDS.split("|")),
  pressRoles: new Set(PRESS_ROLE_WORDS.split("|")),
  nameParticles: new Set(NAME_PARTICLE_WORDS.split("|")),
  headAdjectives: new Set(HEAD_ADJECTIVE_WORDS.split("|")),
  notBodyAdjectives: new Set(NOT_BODY_ADJECTIVE_WORDS.split("|")),
  webDomains: new Set(WEB_DOMAIN_WORDS.split("|")),
};

// ---- the attribution stage's cue lists -------------------------------------------------------------

/** Words the attribution stage reads subjects and cues with, keyed lower-case: see lexicons/<name>.txt. */
export const attributionCues: {
  /** Lemmas whose participle with « par X » names who asked (asked-verbs.txt). */
  readonly askedVerbs: ReadonlySet<string>;
  /** « le cabinet de X », « l'entourage de X »: X speaks (staff-nouns.txt). */
  readonly staffNouns: ReadonlySet<string>;
  /** « son entourage », « ses proches » (close-staff-nouns.txt). */
  readonly closeStaffNouns: ReadonlySet<string>;
  /** « les dirigeants de X »: members speaking for X (member-nouns.txt). */
  readonly memberNouns: ReadonlySet<string>;
} = {
  askedVerbs: new Set(ASKED_VERB_WORDS.split("|")),
  staffNouns: new Set(STAFF_NOUN_WORDS.split("|")),
  closeStaffNouns: new Set(CLOSE_STAFF_NOUN_WORDS.split("|")),
  memberNouns: new Set(MEMBER_NOUN_WORDS.split("|")),
};

/** Abbreviations a glued full stop does not end a sentence after: « m », « mme », « etc » (abbreviations.txt, lower-case). */
export const abbreviationWords: ReadonlySet<string> = new Set(ABBREVIATION_WORDS.split("|"));

// ---- the names stage's cue lists -------------------------------------------------------------------

/** Words around a « … » that make it a name or a title (03-names.ts), keyed lower-case: see lexicons/<name>.txt. */
export const nameCues: {
  /** Before the mark, or first in it: « la loi « … » », « baptisé « … » » (title-cues.txt). */
  readonly titleCues: ReadonlySet<string>;
  /** After a definite article, before a short « … »: « l'offre « … » » (label-nouns.txt). */
  readonly labelNouns: ReadonlySet<string>;
  /** Before a capitalised « … »: « le reportage « … » » (work-nouns.txt). */
  readonly workNouns: ReadonlySet<string>;
  /** « ce qu'on appelle « … » » (naming-verbs.txt). */
  readonly namingVerbs: ReadonlySet<string>;
  /** Before « de »: « le concept de « … » » (naming-nouns.txt). */
  readonly namingNouns: ReadonlySet<string>;
  /** « Sur les pancartes : « … » » (written-on.txt). */
  readonly writtenOn: ReadonlySet<string>;
} = {
  titleCues: new Set(TITLE_CUE_WORDS.split("|")),
  labelNouns: new Set(LABEL_NOUN_WORDS.split("|")),
  workNouns: new Set(WORK_NOUN_WORDS.split("|")),
  namingVerbs: new Set(NAMING_VERB_WORDS.split("|")),
  namingNouns: new Set(NAMING_NOUN_WORDS.split("|")),
  writtenOn: new Set(WRITTEN_ON_WORDS.split("|")),
};

// ---- the entity stage's cue lists ------------------------------------------------------------------

/** Words the entity stage reads roles and affiliations with, keyed as each file's header says: see lexicons/<name>.txt. */
export const entityCues: {
  /** « la société fondée par X » (led-by.txt, lower-case). */
  readonly ledBy: ReadonlySet<string>;
  /** « la société que dirige X » (leads-after-que.txt, lower-case). */
  readonly leadsAfterQue: ReadonlySet<string>;
  /** « la société qu'elle a fondée » (founded.txt, lower-case). */
  readonly founded: ReadonlySet<string>;
  /** « sa troupe de X » (group-nouns.txt, lower-case). */
  readonly groupNouns: ReadonlySet<string>;
  /** « Fédération … de voile » (sports-body-heads.txt, folded). */
  readonly sportsBodyHeads: ReadonlySet<string>;
  /** « X, ancienne directrice de Y » (role-adjectives.txt, lower-case). */
  readonly roleAdjectives: ReadonlySet<string>;
} = {
  ledBy: new Set(LED_BY_WORDS.split("|")),
  leadsAfterQue: new Set(LEADS_AFTER_QUE_WORDS.split("|")),
  founded: new Set(FOUNDED_WORDS.split("|")),
  groupNouns: new Set(GROUP_NOUN_WORDS.split("|")),
  sportsBodyHeads: new Set(SPORTS_BODY_HEAD_WORDS.split("|")),
  roleAdjectives: new Set(ROLE_ADJECTIVE_WORDS.split("|")),
};

/** A public body's noun (lexicons/body-nouns.tsv, lower-case key): whether alone it names one, and what may complete it. */
export interface BodyNoun {
  alone: boolean;
  complement: "name" | "field";
}
const bodyNouns = lazy(() => {
  const m = new Map<string, BodyNoun>();
  for (const row of BODY_NOUNS.split("\n")) {
    const [noun, alone, complement] = row.split("\t");
    m.set(noun!, { alone: alone === "1", complement: complement === "field" ? "field" : "name" });
  }
  return m;
});

/** The body noun `lowerWord` is (« gouvernement », « ministère »), by its lower-case form. */
export function bodyNoun(lowerWord: string): BodyNoun | undefined {
  return bodyNouns().get(lowerWord);
}
