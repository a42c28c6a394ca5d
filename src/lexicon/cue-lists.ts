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
  MONEY_WORDS,
  FIRM_APPOSITION_WORDS,
  STAFF_WORDS,
  BUSINESS_VERBS,
  CREDIT_WORDS,
  DESCRIBED_HEAD_WORDS,
  DISTINCT_ROLES,
  FIRM_NOUN_WORDS,
  FIRM_ROLE_WORDS,
  FOUNDED_WORDS,
  GEO_HEAD_WORDS,
  GROUP_NOUN_WORDS,
  IMPLIED_BODY_ROLE_WORDS,
  HEAD_ADJECTIVE_WORDS,
  INSTITUTION_HEADS,
  LABEL_NOUN_WORDS,
  LEADS_AFTER_QUE_WORDS,
  LED_BY_WORDS,
  MEMBER_NOUN_WORDS,
  PRIVATE_ROLE_WORDS,
  MOUTHPIECES,
  NAME_PARTICLE_WORDS,
  NAMING_NOUN_WORDS,
  NAMING_VERB_WORDS,
  NOBLE_TITLE_WORDS,
  NOT_BODY_ADJECTIVE_WORDS,
  ORG_PROXIES,
  ORG_ROLE_WORDS,
  PRESS_AGENCY_WORDS,
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

// ---- the stages' cue lists ---------------------------------------------------------------------------

/** A generated "|"-joined list as a read-only Set, built at load (the stages test them per word). */
const words = (packed: string): ReadonlySet<string> => setOf(packed);

/**
 * Small closed lists the mention stage tests words against, each keyed by the form its file's
 * header names (« lower-case »: Word.lower; « folded »: Word.key): see lexicons/<name>.txt.
 */
export const mentionCues = {
  nobleTitles: words(NOBLE_TITLE_WORDS),
  streetWords: words(STREET_WORDS),
  creditWords: words(CREDIT_WORDS),
  orgRoles: words(ORG_ROLE_WORDS),
  firmRoles: words(FIRM_ROLE_WORDS),
  companyNouns: words(COMPANY_NOUN_WORDS),
  /** Money words after « a levé » (money-words.txt). */
  moneyWords: words(MONEY_WORDS),
  /** Nouns of a firm in apposition without article, « X, filiale de Y » (firm-appositions.txt). */
  firmAppositions: words(FIRM_APPOSITION_WORDS),
  /** Staff words after « emploie » (staff-words.txt). */
  staffWords: words(STAFF_WORDS),
  businessWords: words(BUSINESS_WORDS),
  firmNouns: words(FIRM_NOUN_WORDS),
  describedHeads: words(DESCRIBED_HEAD_WORDS),
  geoHeads: words(GEO_HEAD_WORDS),
  /** Roles of a news outlet's staff (the entity stage gives them the article's own outlet). */
  pressRoles: words(PRESS_ROLE_WORDS),
  /** Press and photo agencies, by lower-case name: credited, they are no own outlet (press-agencies.txt). */
  pressAgencies: words(PRESS_AGENCY_WORDS),
  /** Particles inside a name: « de », « van », « ben » (name-particles.txt). */
  nameParticles: words(NAME_PARTICLE_WORDS),
  /** Adjectives between a head or role and the name: « le géant américain X » (head-adjectives.txt). */
  headAdjectives: words(HEAD_ADJECTIVE_WORDS),
  /** Words with an adjective's ending that never complete a body's name (not-body-adjectives.txt). */
  notBodyAdjectives: words(NOT_BODY_ADJECTIVE_WORDS),
  /** Top-level domains of news sites' names, compared with the token's text (web-domains.txt). */
  webDomains: words(WEB_DOMAIN_WORDS),
  /** Roles of private life or circumstance (kin, neighbour, counsel, victim): no body of their own (private-roles.txt). */
  privateRoles: words(PRIVATE_ROLE_WORDS),
} as const;

// ---- the attribution stage's cue lists -------------------------------------------------------------

/** Words the attribution stage reads subjects and cues with, keyed lower-case: see lexicons/<name>.txt. */
export const attributionCues = {
  /** Lemmas whose participle with « par X » names who asked (asked-verbs.txt). */
  askedVerbs: words(ASKED_VERB_WORDS),
  /** « le cabinet de X », « l'entourage de X »: X speaks (staff-nouns.txt). */
  staffNouns: words(STAFF_NOUN_WORDS),
  /** « son entourage », « ses proches » (close-staff-nouns.txt). */
  closeStaffNouns: words(CLOSE_STAFF_NOUN_WORDS),
  /** « les dirigeants de X »: members speaking for X (member-nouns.txt). */
  memberNouns: words(MEMBER_NOUN_WORDS),
} as const;

/** Abbreviations a glued full stop does not end a sentence after: « m », « mme », « etc » (abbreviations.txt, lower-case). */
export const abbreviationWords = words(ABBREVIATION_WORDS);

// ---- the names stage's cue lists -------------------------------------------------------------------

/** Words around a « … » that make it a name or a title (03-names.ts), keyed lower-case: see lexicons/<name>.txt. */
export const nameCues = {
  /** Before the mark, or first in it: « la loi « … » », « baptisé « … » » (title-cues.txt). */
  titleCues: words(TITLE_CUE_WORDS),
  /** After a definite article, before a short « … »: « l'offre « … » » (label-nouns.txt). */
  labelNouns: words(LABEL_NOUN_WORDS),
  /** Before a capitalised « … »: « le reportage « … » » (work-nouns.txt). */
  workNouns: words(WORK_NOUN_WORDS),
  /** « ce qu'on appelle « … » » (naming-verbs.txt). */
  namingVerbs: words(NAMING_VERB_WORDS),
  /** Before « de »: « le concept de « … » » (naming-nouns.txt). */
  namingNouns: words(NAMING_NOUN_WORDS),
  /** « Sur les pancartes : « … » » (written-on.txt). */
  writtenOn: words(WRITTEN_ON_WORDS),
} as const;

// ---- the entity stage's cue lists ------------------------------------------------------------------

/** Words the entity stage reads roles and affiliations with, keyed as each file's header says: see lexicons/<name>.txt. */
export const entityCues = {
  /** « la société fondée par X » (led-by.txt, lower-case). */
  ledBy: words(LED_BY_WORDS),
  /** « la société que dirige X » (leads-after-que.txt, lower-case). */
  leadsAfterQue: words(LEADS_AFTER_QUE_WORDS),
  /** « la société qu'elle a fondée » (founded.txt, lower-case). */
  founded: words(FOUNDED_WORDS),
  /** « sa troupe de X » (group-nouns.txt, lower-case). */
  groupNouns: words(GROUP_NOUN_WORDS),
  /** « Fédération … de voile » (sports-body-heads.txt, folded). */
  sportsBodyHeads: words(SPORTS_BODY_HEAD_WORDS),
  /** « Fortal … . « … », dit le PDG, X »: roles alone standing for the body just named (implied-body-roles.txt, folded). */
  impliedBodyRoles: words(IMPLIED_BODY_ROLE_WORDS),
  /** « X, ancienne directrice de Y » (role-adjectives.txt, lower-case). */
  roleAdjectives: words(ROLE_ADJECTIVE_WORDS),
} as const;

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

/** What must follow a business verb for its subject to be a firm (business-verbs.tsv). */
export type BusinessNeeds = "money" | "staff" | "none";
const businessVerbs = lazy(() => {
  const m = new Map<string, BusinessNeeds>();
  for (const row of BUSINESS_VERBS.split("\n")) {
    const [form, needs] = row.split("\t");
    if (form) m.set(form, needs === "money" || needs === "staff" ? needs : "none");
  }
  return m;
});

/** The business verb `lowerWord` is (« levé », « emploie »): what it needs after it. */
export function businessVerb(lowerWord: string): BusinessNeeds | undefined {
  return businessVerbs().get(lowerWord);
}
