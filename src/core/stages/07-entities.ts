/**
 * Merge mentions into entities: people by full name, then lone surnames onto the nearest
 * full name that ends with them; organizations by lexicon canonical name, then short forms
 * (« Kalio » for « Kalio Robotics ») and acronyms defined in brackets onto their full name.
 * Each person also gets the roles and affiliations the text gives next to a mention (« la
 * ministre du Logement, X », « X, présidente de l'UNEF », « X (S&D) », « son cofondateur,
 * X »), and a gender with its evidence: title, then agreement, then a pronoun opening the
 * next sentence, then the first-name list.
 */
import { determinerGender, POSSESSIVES } from "../determiners.js";
import { foldName } from "../fold.js";
import { perWordPair, wordList } from "../words.js";
import { orgHeadOfLower, role, startsRole, title } from "../word-lexicon.js";
import { memo } from "../memo.js";
import { firstName, firstNameGender, isRolePrefix, isSportWord, orgHead, roleMaxWords } from "../../lexicon/index.js";
import { newEntity, tokenEnd, withString, type Doc, type Entity, type EntityMention, type Word } from "../document.js";
import { byKey } from "../order.js";
import type { Gender } from "../types.js";

const INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
/** A folded name's leading article (« le figaro », « l'equipe »). */
const LEADING_ARTICLE = /^(?:le |la |les |l')/;
/** The definite articles, by lower-case form: before a newspaper's name, or opening a role's complement after « de ». */
const DEFINITE_ARTICLES = new Set(["le", "la", "les", "l'"]);
// A plain Set (not wordList): asked only at a few places per entity, and wordList's bits are few.
const inDefiniteArticle = (w: Word | undefined): boolean => w !== undefined && DEFINITE_ARTICLES.has(w.lower);
/** Auxiliaries: a role-looking word right after one is a past participle (« a prévenu »). */
const AUXILIARIES = new Set(["a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "été", "était", "étaient", "ai", "as", "avons", "avez"]);
const inAuxiliaries = wordList(AUXILIARIES);

/** Lower-case words that end a role's complement: relatives, auxiliaries, clitics. */
const CLAUSE_WORDS = new Set(["qui", "que", "qu'", "dont", "où", "a", "ont", "est", "sont", "avait", "était", "sera", "se", "s'", "ne", "n'", "lui", "y", "mais", "car", "donc", "puis", "depuis", "lors", "selon", "après", "avant", "pendant", "comme"]);
const inClauseWords = wordList(CLAUSE_WORDS);
/** Words allowed between a role and the name it describes (complements, adjectives). */
const COMPLEMENT_GLUE = new Set(["de", "d'", "du", "des", "la", "le", "l'", "les", "et", "à", "au", "aux", "en", "pour", "chez", "un", "une", "chargé", "chargée"]);
const inComplementGlue = wordList(COMPLEMENT_GLUE);
const inPossessives = wordList(POSSESSIVES);
/** Tokens that may stand between a role noun and the name: a comma only. */
const MAX_ROLE_SPAN = 9;
/**
 * Tokens a role after the name may run over up to the next punctuation: « X, chef du service
 * de chirurgie et de médecine du sport de l'hôpital Vercors, … » names its body at the end.
 */
const MAX_ROLE_SPAN_AFTER = 20;
/** Gender evidence, strongest first. */
const EVIDENCE_RANK: Record<string, number> = { title: 4, agreement: 3, pronoun: 2, "first-name": 1 };

interface RoleFound {
  text: string;
  canonical: string;
  gender: Gender | null;
  /** Mention indices of organizations inside the role's complement. */
  orgs: number[];
  possessive: boolean;
  start: number;
  /**
   * The body the role's complement names when no organization mention is in it: « conseillère
   * du gouvernement » → « gouvernement », « ministre de l'Intérieur » → « ministère de
   * l'Intérieur », « membre de Sud Énergie » → « Sud Énergie ».
   */
  body?: string;
}

export const entities = (doc: Doc): void => {
  const ents: Entity[] = [];
  const { mentions, tokens } = doc;
  const nameTokens = mentions.map((m) => nameRange(tokens, m));

  // ---- people: full names first -------------------------------------------------------------
  const byFull = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  /** A new entity for mention m, its index. */
  const addEntity = (m: EntityMention): number => ents.push(newEntity(m.kind, "", m.orgType)) - 1;
  const attach = (mi: number, ei: number): void => {
    mentions[mi]!.entity = ei;
    ents[ei]!.mentions.push(mi);
  };

  mentions.forEach((m, mi) => {
    if (m.kind !== "person") return;
    const [s, e] = nameTokens[mi]!;
    if (e - s < 2) return;
    const key = foldRange(tokens, s, e);
    let ei = byFull.get(key);
    if (ei === undefined) {
      ei = addEntity(m);
      byFull.set(key, ei);
      const last = tokens[e - 1]!.key;
      const list = bySurname.get(last) ?? [];
      list.push(ei);
      bySurname.set(last, list);
    }
    attach(mi, ei);
  });
  // Lone surnames: the full name whose last word it is (nearest before, else first after).
  const lone = new Map<string, number>();
  mentions.forEach((m, mi) => {
    if (m.kind !== "person" || m.entity >= 0) return;
    const [s, e] = nameTokens[mi]!;
    const key = foldRange(tokens, s, e);
    const candidates = bySurname.get(tokens[e - 1]!.key);
    let ei: number | undefined;
    if (candidates && candidates.length === 1) ei = candidates[0];
    else if (candidates && candidates.length > 1) ei = nearest(candidates, ents, mentions, m.start);
    if (ei === undefined) {
      ei = lone.get(key);
      if (ei === undefined) {
        ei = addEntity(m);
        lone.set(key, ei);
      }
    }
    attach(mi, ei);
  });

  // ---- organizations --------------------------------------------------------------------------
  const byOrgKey = new Map<string, number>();
  const byFirstWord = new Map<string, number>();
  const byOrgPrefix = new Map<string, number>();
  mentions.forEach((m, mi) => {
    if (m.kind !== "organization") return;
    // Folded written form (a one-token name's is its word's key) and folded canonical name.
    const textKey = mentionKey(tokens, m);
    if (m.canonical !== undefined && runsOn(doc, m)) delete m.canonical;
    const key = m.canonical === undefined ? textKey : foldName(m.canonical);
    let ei = byOrgKey.get(key);
    // « (UNEF) » right after its full name.
    if (ei === undefined && m.reason === "acronym-definition") {
      const prev = mentions[mi - 1];
      if (prev && prev.kind === "organization" && prev.tokEnd === m.tokStart - 1 && prev.entity >= 0) ei = prev.entity;
    }
    if (ei === undefined && m.tokEnd - m.tokStart === 1) ei = byFirstWord.get(textKey);
    // « l'hôpital Vercors de Grenoble » … « l'hôpital Vercors »: the shorter name that starts it.
    if (ei === undefined && m.tokEnd - m.tokStart >= 2) ei = byOrgPrefix.get(textKey);
    if (ei === undefined) {
      ei = addEntity(m);
      if (m.tokEnd - m.tokStart >= 2) {
        const fw = tokens[m.tokStart]!.key;
        if (!byFirstWord.has(fw)) byFirstWord.set(fw, ei);
        // Its leading words up to each capitalised word after the second (kept by the first holder).
        for (let k = m.tokStart + 2; k < m.tokEnd; k++) {
          if (!tokens[k - 1]!.cap) continue;
          const prefix = foldName(doc.text.slice(doc.tokStart[m.tokStart]!, tokenEnd(doc, k - 1)));
          if (!byOrgPrefix.has(prefix)) byOrgPrefix.set(prefix, ei);
        }
      }
    }
    byOrgKey.set(key, ei);
    byOrgKey.set(textKey, ei);
    attach(mi, ei);
  });
  // Short forms seen before their full form (« Kalio » … « Kalio Robotics »): merge them in.
  mergeEarlyShortForms(ents, mentions, byFirstWord, tokens);

  // ---- names, aliases ----------------------------------------------------------------------------
  for (const e of ents) {
    if (e.mentions.length === 0) continue;
    if (e.kind === "person") {
      let best = e.mentions[0]!;
      for (const mi of e.mentions) {
        const [s, t] = nameTokens[mi]!;
        const [bs, bt] = nameTokens[best]!;
        if (t - s > bt - bs) best = mi;
      }
      const [s, t] = nameTokens[best]!;
      e.name = doc.text.slice(doc.tokStart[s]!, tokenEnd(doc, t - 1));
    } else {
      const canon = e.mentions.map((mi) => mentions[mi]!.canonical).find((c) => c !== undefined);
      let best = e.mentions[0]!;
      for (const mi of e.mentions) {
        const m = mentions[mi]!;
        const b = mentions[best]!;
        if (m.tokEnd - m.tokStart > b.tokEnd - b.tokStart) best = mi;
      }
      // The article's fullest form is the name; the lexicon's name, when another, is the canonical.
      e.name = mentions[best]!.text;
      // « à La Gazette », « selon Le Courrier »: a capitalised article inside a sentence opens the name.
      const art = tokens[mentions[best]!.tokStart - 1];
      const bs = mentions[best]!.tokStart;
      if (art && art.cap && inDefiniteArticle(art) && doc.tokSent[bs - 2] === doc.tokSent[bs] && tokens[bs - 2]!.kind === "word" && canon === undefined) {
        e.name = doc.text.slice(doc.tokStart[bs - 1]!, tokenEnd(doc, mentions[best]!.tokEnd - 1));
      }
      if (canon !== undefined && foldName(canon) !== foldName(e.name)) {
        // « du Quotidien » for « Le Quotidien »: the contraction took the name's article.
        if (foldName(canon).replace(LEADING_ARTICLE, "") === foldName(e.name)) e.name = canon;
        else e.canonical = canon;
      }
      const typed = e.mentions.map((mi) => mentions[mi]!.orgType).find((t) => t !== undefined);
      // A platform the article treats as a firm once is a company throughout.
      const firm = e.mentions.some((mi) => mentions[mi]!.reason === "platform-firm");
      e.orgType = firm ? "company" : (typed ?? "other");
      // « Fédération française de judo », « Union cycliste internationale »: sports bodies are
      // the corpus's `other`, not associations.
      if (e.orgType === "ngo" && isSportsBody(e.name)) e.orgType = "other";
      const nameKey = foldName(e.name);
      const bareKey = nameKey.replace(LEADING_ARTICLE, "");
      for (const mi of e.mentions) {
        const m = mentions[mi]!;
        // « du Quotidien » is the name « Le Quotidien » with its article contracted, no other form.
        if (bareKey !== nameKey && mentionKey(tokens, m) === bareKey) continue;
        if (mentionKey(tokens, m) !== nameKey) e.aliases = withString(e.aliases, m.text);
      }
    }
  }

  // ---- roles, affiliations, gender ----------------------------------------------------------------
  const evidence = new Map<number, { gender: Gender; rank: number; kind: string }>();
  const offer = (ei: number, gender: Gender | null | undefined, kind: string): void => {
    if (!gender) return;
    const rank = EVIDENCE_RANK[kind] ?? 0;
    const cur = evidence.get(ei);
    if (!cur || rank > cur.rank) evidence.set(ei, { gender, rank, kind });
  };
  mentions.forEach((m, mi) => {
    if (m.kind !== "person" || m.entity < 0) return;
    const e = ents[m.entity]!;
    offer(m.entity, m.gender, m.genderEvidence ?? "agreement");
    const found = [roleBefore(doc, m), roleAfter(doc, m)];
    for (const r of found) {
      if (!r) continue;
      if (r.text && !e.roles.some((x) => foldName(x) === foldName(r.text))) e.roles.push(r.text);
      e.roleWords = withString(e.roleWords, r.canonical);
      offer(m.entity, r.gender, "agreement");
      for (const oi of r.orgs) addAffiliation(e, ents, mentions[oi]!);
      if (r.body !== undefined) {
        const named = bodyEntity(doc, ents, r.body, m);
        if (named !== undefined || !genericHead(r.body)) addAffiliationName(e, named ?? r.body);
      }
      if (r.possessive) {
        const oi = recentOrg(doc, r.start);
        if (oi >= 0) addAffiliation(e, ents, mentions[oi]!);
      }
    }
    // « X, de Fortal », « X de l'association Vallon Solidaire », « X, chez Kalio ».
    const from = bodyAfterName(doc, m);
    if (from >= 0) addAffiliation(e, ents, mentions[from]!);
    const led = ledBody(doc, m);
    if (led >= 0) addAffiliation(e, ents, mentions[led]!);
    const outlet = creditOutlet(doc, m);
    if (outlet >= 0) addAffiliation(e, ents, mentions[outlet]!);
    // « X, jugée depuis lundi », « X, interrogé mardi »: a past participle in apposition agrees.
    offer(m.entity, participleGender(tokens, m.tokEnd), "agreement");
    // « X (S&D) »: an organization in brackets right after the name.
    const open = tokens[m.tokEnd];
    if (open && open.text === "(") {
      const oi = doc.mentionAt[m.tokEnd + 1] ?? -1;
      const om = oi >= 0 ? mentions[oi] : undefined;
      if (om && om.kind === "organization" && om.tokStart === m.tokEnd + 1) addAffiliation(e, ents, om);
    }
    // « Léa Morel / AFP »: a photographer works for the agency the credit names after the slash.
    if (m.reason === "photo-credit" && tokens[m.tokEnd]?.text === "/") {
      const om = mentions[doc.mentionAt[m.tokEnd + 1] ?? -1];
      if (om && om.kind === "organization" && om.tokStart === m.tokEnd + 1) addAffiliation(e, ents, om);
    }
  });
  pronounGender(doc, offer);
  ents.forEach((e, ei) => {
    if (e.kind !== "person") return;
    if (!evidence.has(ei)) {
      // First-name fallback: the first word of the fullest name.
      const space = /\s/.exec(e.name);
      const first = space ? e.name.slice(0, space.index) : e.name;
      if (e.name.includes(" ") && !INITIALS.test(first)) offer(ei, genderOfFirstName(first), "first-name");
    }
    const ev = evidence.get(ei);
    if (ev) {
      e.gender = ev.gender;
      e.genderEvidence = ev.kind;
    }
  });
  doc.entities = ents;
};

/** The name part of a mention: its tokens without a leading title (« M. », « Mme »). */
function nameRange(tokens: Word[], m: EntityMention): [number, number] {
  let s = m.tokStart;
  if (m.kind === "person") {
    while (s < m.tokEnd - 1 && (title(tokens[s]!) || tokens[s]!.text === ".")) s++;
  }
  return [s, m.tokEnd];
}

function foldRange(tokens: Word[], s: number, e: number): string {
  if (e <= s) return "";
  let key = tokens[s]!.key;
  for (let i = s + 1; i < e; i++) key += ` ${tokens[i]!.key}`;
  return key;
}

/** Of several entities, the one with a mention nearest before `at` (else the first). */
function nearest(candidates: number[], ents: Entity[], mentions: EntityMention[], at: number): number {
  let best = candidates[0]!;
  let bestPos = -1;
  for (const ei of candidates) {
    for (const mi of ents[ei]!.mentions) {
      const p = mentions[mi]!.start;
      if (p < at && p > bestPos) {
        bestPos = p;
        best = ei;
      }
    }
  }
  return best;
}

/** A mention's text folded: a one-token mention's is its word's key, already folded. */
function mentionKey(tokens: readonly Word[], m: EntityMention): string {
  return m.tokEnd - m.tokStart === 1 ? tokens[m.tokStart]!.key : foldName(m.text);
}

/**
 * « Sorbonne Nouvelle » found as « Sorbonne »: a name known by another one's short form runs on
 * in capitals, so the article names some other body and the word list's name is not its own.
 * A mention spelled as the list's own name (« Sciences Po ») or followed by a first name or
 * another mention is not concerned.
 */
function runsOn(doc: Doc, m: EntityMention): boolean {
  const next = doc.tokens[m.tokEnd];
  if (!next || next.kind !== "word" || !next.cap || doc.tokSent[m.tokEnd] !== doc.tokSent[m.tokStart]) return false;
  if ((doc.mentionAt[m.tokEnd] ?? -1) >= 0 || firstName(next.text) !== undefined) return false;
  return foldName(m.canonical ?? "") !== foldName(m.text);
}

/** Heads of an association-typed name that a sport word turns into a sports body. */
const SPORTS_BODY_HEADS = new Set(["federation", "ligue", "union", "confederation", "comite", "association"]);

/** A federation, league, union or committee named with a sport (sports.txt). */
function isSportsBody(name: string): boolean {
  const words = foldName(name).split(/[\s']+/);
  return SPORTS_BODY_HEADS.has(words[0] ?? "") && words.some((w) => isSportWord(w));
}

/** Merge single-word organization entities into the multi-word one starting with that word. */
function mergeEarlyShortForms(ents: Entity[], mentions: EntityMention[], byFirstWord: Map<string, number>, tokens: readonly Word[]): void {
  ents.forEach((e, ei) => {
    if (e.kind !== "organization" || e.mentions.length === 0) return;
    if (!e.mentions.every((mi) => mentions[mi]!.tokEnd - mentions[mi]!.tokStart === 1)) return;
    const target = byFirstWord.get(mentionKey(tokens, mentions[e.mentions[0]!]!));
    if (target === undefined || target === ei) return;
    const t = ents[target]!;
    for (const mi of e.mentions) {
      mentions[mi]!.entity = target;
      t.mentions.push(mi);
    }
    byKey(t.mentions, (m) => m);
    e.mentions = [];
  });
}

function addAffiliation(e: Entity, ents: Entity[], om: EntityMention): void {
  const oe = om.entity >= 0 ? ents[om.entity] : undefined;
  addAffiliationName(e, oe?.name || om.canonical || om.text);
}

function addAffiliationName(e: Entity, name: string): void {
  if (!e.affiliations.includes(name)) e.affiliations.push(name);
}

/**
 * A lone lower-case head noun that names no body unless the article named one before: « le
 * présentateur du journal », « le directeur du groupe ». Institutions are one of a kind
 * (« chef du gouvernement ») and stay.
 */
function genericHead(body: string): boolean {
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
function bodyEntity(doc: Doc, ents: readonly Entity[], body: string, person: EntityMention): string | undefined {
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

// Plain Sets (not wordList): asked only inside a role's complement, and wordList's bits are few.
/** Words that end a body's name inside a role's complement (« membre de Sud Énergie et élue à Vallon »). */
const BODY_END = new Set(["et", "ou", "dans", "à", "au", "aux", "en", "pour", "sur", "avec", "chez", "par", "entre", "contre", "sous", "vers", "depuis"]);
const inBodyEnd = (w: Word | undefined): boolean => w !== undefined && BODY_END.has(w.lower);
const OF = new Set(["de", "d'", "du", "des"]);
const inOf = (w: Word | undefined): boolean => w !== undefined && OF.has(w.lower);

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
function complementBody(doc: Doc, k: number, len: number, to: number): string | undefined {
  const { tokens } = doc;
  // The complement may start inside the role when the lexicon spells it (« chef du gouvernement »).
  let from = k + 1;
  while (from < to && !inOf(tokens[from])) from++;
  const inRole = from < k + len;
  if (from >= to) return undefined;
  for (let i = from; i < to; i++) {
    const mi = doc.mentionAt[i] ?? -1;
    if (mi >= 0 && doc.mentions[mi]!.kind === "person") return undefined;
  }
  const slice = (s: number, e: number): string => doc.text.slice(doc.tokStart[s]!, tokenEnd(doc, e - 1));
  const [s, e] = segmentAfter(tokens, from, to);
  if (tokens[k]!.lower === "ministre") return `ministère ${slice(from, e)}`;
  // A body spelled inside a lexicon role (« chef du gouvernement ») must be a head
  // noun: « chef de l'État », « président de la République » name no body.
  if (inRole && !(orgHeadOfLower(tokens[s]!)?.kind === "head" && !tokens[s]!.cap)) return undefined;
  // « directeur de cabinet », « chef d'agence »: a lower-case noun without article is a kind, not a body.
  const bare = (tokens[from]!.lower === "de" || tokens[from]!.lower === "d'") && s === from + 1;
  if (bare && !tokens[s]!.cap) return undefined;
  if (s >= e) return undefined;
  for (let i = e; i < to; i++) {
    const w = tokens[i]!.lower;
    if (w !== "à" && w !== "au" && w !== "aux" && w !== "chez") continue;
    const [s2, e2] = segmentAfter(tokens, i, to);
    if (s2 < e2 && namesBody(tokens[s2]!)) return slice(s2, e2);
  }
  return namesBody(tokens[s]!) ? slice(s, e) : undefined;
}

/** Role noun ending at or after token k, longest match; returns its length. */
function roleAt(tokens: Word[], k: number, limit: number): { len: number; canonical: string; gender: Gender | null; plural: boolean } | undefined {
  if (!tokens[k] || !startsRole(tokens[k]!)) return undefined;
  // How far the words from k can still spell the start of a role: longer keys need not be built.
  const most = Math.min(roleMaxWords, limit - k);
  let reach = 1;
  for (let phrase = tokens[k]!.key; reach < most; reach++) {
    const t = tokens[k + reach];
    if (!t || t.kind !== "word") break;
    // The first pair of words is asked once per pair (most probes stop there).
    if (reach === 1) {
      if (!continuesRole(tokens[k]!, t)) break;
      phrase = pairKey(tokens[k]!, t);
      continue;
    }
    phrase += tokens[k + reach - 1]!.key.endsWith("'") ? t.key : ` ${t.key}`;
    if (!isRolePrefix(phrase)) break;
  }
  for (let len = reach; len >= 1; len--) {
    if (len === 1) {
      const r = tokens[k]!.kind === "word" ? role(tokens[k]!) : undefined;
      if (r) return { len, canonical: r.canonical, gender: r.gender, plural: r.plural };
      continue;
    }
    let key = "";
    let broken = false;
    for (let i = k; i < k + len; i++) {
      const t = tokens[i]!;
      if (t.kind !== "word") {
        broken = true;
        break;
      }
      key += t.text;
      if (i + 1 < k + len && !t.text.endsWith("'") && !t.text.endsWith("’")) key += " ";
    }
    if (broken) continue;
    const r = role(key);
    if (r) return { len, canonical: r.canonical, gender: r.gender, plural: r.plural };
  }
  return undefined;
}

/** The first-name list's gender for a first name: the same names come back article after article. */
const genderOfFirstName = memo(firstNameGender, 20_000);
/** Two words' folded keys as a role key joins them (no space after an apostrophe). */
const pairKey = (first: Word, second: Word): string => (first.key.endsWith("'") ? first.key + second.key : `${first.key} ${second.key}`);
/** Some role's key starts with these two words (asked once per pair of words). */
const continuesRole = perWordPair((first, second) => isRolePrefix(pairKey(first, second)));

/** « la ministre du Logement, X » / « le PDG de Y, X » / « son cofondateur, X » / « le député X ». */
function roleBefore(doc: Doc, m: EntityMention): RoleFound | undefined {
  const { tokens } = doc;
  const [ns] = nameRange(tokens, m);
  let end = m.tokStart; // exclusive end of the role phrase
  if (ns !== m.tokStart) end = m.tokStart;
  const sent = doc.tokSent[m.tokStart]!;
  // « L'avocat de l'accusée, Me X »: in apposition, the phrase's head describes X.
  const apposition = tokens[end - 1]?.text === ",";
  if (apposition) end--;
  // « La secrétaire générale de la Confédération (CGT), X »: step over a bracketed acronym.
  if (tokens[end - 1]?.text === ")") {
    let o = end - 2;
    while (o >= 0 && o > end - 6 && tokens[o]!.text !== "(") o--;
    if (o >= 0 && tokens[o]!.text === "(") end = o;
  }
  let best: RoleFound | undefined;
  for (let k = end - 1; k >= 0 && end - k <= MAX_ROLE_SPAN; k--) {
    const t = tokens[k]!;
    if (doc.tokSent[k] !== sent || t.kind === "punct") break;
    const mk = doc.mentionAt[k] ?? -1;
    // « l'avocat de Denis Garnier, Me X »: a person in the role's complement is not the one described.
    if (mk >= 0 && doc.mentions[mk]!.kind === "person" && !isComplementWord(doc, k)) break;
    const r = roleAt(tokens, k, end);
    if (!r || r.plural) continue;
    // « a prévenu Mme X », « a été nommée X »: a participle after an auxiliary is a verb.
    if (inAuxiliaries(tokens[k - 1])) continue;
    // Only a role that reaches the one already found extends it (« directeur général »);
    // a role further back describes someone else (« l'assistant du député X »), unless the name
    // is in apposition and the nearer role is that role's complement (« l'avocat de l'accusée, X »).
    if (best && k + r.len < best.start) {
      if (!apposition || !onlyGlue(tokens, k + r.len, best.start)) break;
      const head = describeRole(doc, k, r.len, end, r);
      if (head) best = head;
      break;
    }
    const found = describeRole(doc, k, r.len, end, r);
    if (found) best = found;
  }
  return best;
}

/**
 * The gender a past participle right after « Name, » shows: « jugée », « née » → f;
 * « interrogé » → m. Roles (« élu », « député ») are left to roleAfter; words too short to
 * tell are skipped.
 */
function participleGender(tokens: readonly Word[], after: number): Gender | null {
  if (tokens[after]?.text !== ",") return null;
  const w = tokens[after + 1];
  if (!w || w.kind !== "word" || w.cap || w.lower.length < 4 || role(w)) return null;
  if (/[^e]ée$/.test(w.lower) || w.lower === "née") return "f";
  if (/[^e]é$/.test(w.lower) && tokens[after + 2]?.kind === "word") return "m";
  return null;
}

/** True when tokens [s, e) are only « de », « du », « des », « d' » and articles. */
function onlyGlue(tokens: readonly Word[], s: number, e: number): boolean {
  if (e <= s) return false;
  for (let i = s; i < e; i++) if (!inComplementGlue(tokens[i])) return false;
  return tokens[s]!.lower === "de" || tokens[s]!.lower === "d'" || tokens[s]!.lower === "du" || tokens[s]!.lower === "des";
}

/** Adjectives that may stand before a role after the name (« X, ancienne directrice de Y »). */
const ROLE_ADJECTIVES = new Set(["ancien", "ancienne", "actuel", "actuelle", "nouveau", "nouvel", "nouvelle", "futur", "future", "éphémère"]);
/** « X, à la tête de Y », « X, qui dirige Y »: words that tie a person to the body after them. */
const LEADS = [
  ["à", "la", "tête"],
  ["qui", "dirige"],
  ["qui", "préside"],
  ["qui", "codirige"],
  ["qui", "travaille", "chez"],
  ["qui", "travaille", "pour"],
  ["qui", "a", "fondé"],
  ["qui", "a", "cofondé"],
];

/**
 * « X, à la tête de Fortal », « X, qui dirige Fortal », « X, qui a fondé Fortal »: the
 * organization mention these words put right after « X, »; -1 when none.
 */
function ledBody(doc: Doc, m: EntityMention): number {
  const { tokens } = doc;
  if (tokens[m.tokEnd]?.text !== ",") return -1;
  const sent = doc.tokSent[m.tokStart];
  for (const lead of LEADS) {
    let k = m.tokEnd + 1;
    if (!lead.every((w, j) => tokens[k + j]?.lower === w && doc.tokSent[k + j] === sent)) continue;
    k += lead.length;
    // « à la tête de / du / de l' »
    if (lead[0] === "à") {
      if (!inOf(tokens[k])) return -1;
      k++;
      if (tokens[k - 1]!.lower === "de" && inDefiniteArticle(tokens[k])) k++;
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
function bodyAfterName(doc: Doc, m: EntityMention): number {
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
    // Only lower-case head words may stand before the name (« l'organisation non gouvernementale »).
    if (t.cap || inClauseWords(t) || (words === 0 && orgHeadOfLower(t)?.kind !== "head" && t.lower !== "organisation")) return -1;
  }
  return -1;
}

/**
 * A byline's outlet: « Par Léa Morel » in a paragraph that names a media outlet (« Le
 * Quotidien | 3 mai | Par Léa Morel »). The organization mention's index, or -1. (Photo
 * credits, « Léa Morel / AFP », make no person yet.)
 */
function creditOutlet(doc: Doc, m: EntityMention): number {
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

/** « X, présidente de l'UNEF, … » / « X, ministre du Travail ». */
function roleAfter(doc: Doc, m: EntityMention): RoleFound | undefined {
  const { tokens } = doc;
  let after = m.tokEnd;
  // « X (S&D), corapporteur du texte »: step over a bracket after the name.
  if (tokens[after]?.text === "(") {
    let close = after + 1;
    while (close < tokens.length && close - after < 16 && tokens[close]!.text !== ")") close++;
    if (tokens[close]?.text === ")") after = close + 1;
  }
  const c = tokens[after];
  if (!c || c.text !== ",") return undefined;
  let k = after + 1;
  const first = tokens[k];
  const sent = doc.tokSent[after];
  if (!first || doc.tokSent[k] !== sent) return undefined;
  if (first.kind === "word" && (determinerGender(first.lower) !== null || first.lower === "l'" || inPossessives(first))) k++;
  // « X, ancienne directrice de Y », « X, l'actuel président de Y »: the role follows its adjective.
  if (tokens[k] && ROLE_ADJECTIVES.has(tokens[k]!.lower)) k++;
  if (!tokens[k]) return undefined;
  let stop = k;
  while (stop < tokens.length && stop - k < MAX_ROLE_SPAN_AFTER && tokens[stop]!.kind !== "punct" && doc.tokSent[stop] === sent) stop++;
  const r = roleAt(tokens, k, stop);
  if (!r || r.plural) return undefined;
  // The complement ends at the next punctuation; keep it only if it reads as one.
  let e = k + r.len;
  while (e < stop && isComplementWord(doc, e)) e++;
  // « X, juge « prématuré » … »: a verb that looks like a role is followed by its object, not a pause.
  const next = tokens[e];
  const nextIsName = next !== undefined && (doc.mentionAt[e] ?? -1) >= 0;
  if (next && doc.tokSent[e] === sent && !nextIsName && !(next.text === "," || next.text === "." || next.text === ")" || next.text === ";" || next.text === "(")) return undefined;
  const found = describeRole(doc, k, r.len, e, r, true);
  // « X, présentatrice du journal du soir, à Radio Vallon »: where the role is held.
  if (found && tokens[e]?.text === "," && (tokens[e + 1]?.lower === "à" || tokens[e + 1]?.lower === "chez") && doc.tokSent[e + 2] === sent) {
    const oi = doc.mentionAt[e + 2] ?? -1;
    if (oi >= 0 && doc.mentions[oi]!.kind === "organization" && doc.mentions[oi]!.tokStart === e + 2) found.orgs.push(oi);
  }
  // « X, une députée européenne (Groupe des Verts), … »: the bracket names her group.
  const om = tokens[e]?.text === "(" ? (doc.mentionAt[e + 1] ?? -1) : -1;
  if (found && om >= 0 && doc.mentions[om]!.kind === "organization" && !found.orgs.includes(om)) found.orgs.push(om);
  return found;
}

function isComplementWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.kind !== "word") return false;
  const mi = doc.mentionAt[i] ?? -1;
  if (mi >= 0) {
    const m = doc.mentions[mi]!;
    if (m.kind === "organization") return true;
    // « l'avocat de Denis Garnier »: a person after « de » is the role's complement.
    const before = doc.tokens[m.tokStart - 1]?.lower;
    return before === "de" || before === "d'" || before === "du";
  }
  // « la présidente de la cour », « assistant parlementaire du député européen allemand »:
  // lower-case nouns and adjectives, up to a relative pronoun or a verb.
  if (!t.cap) return !inClauseWords(t);
  return t.cap || inComplementGlue(t) || /^(?:général|générale|adjoint|adjointe|délégué|déléguée|national|nationale|régional|régionale|européen|européenne|exécutif|exécutive)$/.test(t.lower);
}

/** Build the role found at tokens [k, k+len) with its complement up to `end`. */
function describeRole(doc: Doc, k: number, len: number, end: number, r: { canonical: string; gender: Gender | null }, after = false): RoleFound | undefined {
  const { tokens } = doc;
  for (let i = k + len; i < end; i++) if (!isComplementWord(doc, i)) return undefined;
  const orgs: number[] = [];
  let cut = end;
  for (let i = k + len; i < end; i++) {
    const mi = doc.mentionAt[i] ?? -1;
    if (mi >= 0 && doc.mentions[mi]!.kind === "organization") {
      if (!orgs.includes(mi)) orgs.push(mi);
      if (cut === end) {
        // Cut the role before « de l'UNEF »: the org is an affiliation, not part of the role.
        // « analyste au cabinet Xerfi »: the head noun naming that org goes with it.
        let c = i;
        while (c > k + len && (inComplementGlue(tokens[c - 1]) || (!tokens[c - 1]!.cap && orgHeadOfLower(tokens[c - 1]!)?.kind === "head"))) c--;
        cut = c;
      }
    }
  }
  // « l'avocat de X »: a role ending in « de » right before the name is X's counterpart's, not X's.
  if (!after && end > k + len && /^(?:de|d'|du|des)$/.test(tokens[end - 1]!.lower)) return undefined;
  // A lone complement that is only glue words is dropped.
  while (cut > k + len && inComplementGlue(tokens[cut - 1])) cut--;
  let text = doc.text.slice(doc.tokStart[k]!, tokenEnd(doc, cut - 1));
  const prev = tokens[k - 1];
  if (tokens[k]!.cap && (!prev || doc.tokSent[k - 1] !== doc.tokSent[k] || determinerGender(prev.lower) !== null || prev.lower === "l'")) {
    text = text.charAt(0).toLowerCase() + text.slice(1);
  }
  let gender = r.gender;
  if (!gender && prev) gender = determinerGender(prev.lower);
  const possessive = !!prev && inPossessives(prev);
  const found: RoleFound = { text, canonical: r.canonical, gender, orgs, possessive, start: k };
  if (orgs.length === 0) {
    const body = complementBody(doc, k, len, cut);
    if (body !== undefined) found.body = body;
  }
  return found;
}

/** The nearest organization mention before token k, in the same or the previous sentence. */
function recentOrg(doc: Doc, k: number): number {
  const sent = doc.tokSent[k]!;
  for (let i = k - 1; i >= 0; i--) {
    const ts = doc.tokSent[i]!;
    // Three sentences back at most (« Le groupe X … . Le constructeur a confirmé … . « … »,
    // a expliqué son directeur »), and never past a person: « son » may be theirs.
    if (ts < sent - 3) break;
    const mi = doc.mentionAt[i] ?? -1;
    if (mi < 0) continue;
    const m = doc.mentions[mi]!;
    if (ts < sent && m.kind === "person" && doc.tokQuote[i]! < 0) break;
    // « a écrit l'opérateur sur X »: a channel is not whose « son directeur » it is.
    const before = doc.tokens[m.tokStart - 1]?.lower;
    if (m.kind === "organization" && before !== "sur" && before !== "via") return mi;
  }
  return -1;
}

/**
 * « X a présenté … . Elle a ajouté … »: when a sentence's subject is the one person named in
 * it and the next sentence opens with il/elle, that pronoun shows X's gender.
 */
function pronounGender(doc: Doc, offer: (ei: number, g: Gender | null, kind: string) => void): void {
  const { sentences, tokens, mentions } = doc;
  let mi = 0;
  for (let si = 0; si + 1 < sentences.length; si++) {
    const s = sentences[si]!;
    let subject = -1;
    let people = 0;
    while (mi < mentions.length && mentions[mi]!.tokStart < s.tokEnd) {
      const m = mentions[mi]!;
      if (m.tokStart >= s.tokStart && m.kind === "person" && doc.tokQuote[m.tokStart]! < 0) {
        people++;
        if (subject < 0 && m.tokStart - s.tokStart <= 8) subject = m.entity;
      }
      mi++;
    }
    if (subject < 0 || people !== 1) continue;
    const next = sentences[si + 1]!;
    if (next.para !== s.para && next.para !== s.para + 1) continue;
    const first = tokens[next.tokStart]!;
    if (first.lower === "il") offer(subject, "m", "pronoun");
    else if (first.lower === "elle") offer(subject, "f", "pronoun");
  }
}
