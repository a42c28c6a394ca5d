/**
 * Resolve each attribution's subject to an entity, as a reader would: a pronoun or « ce
 * dernier » to the nearest earlier person of matching gender (the running speaker first), a
 * role noun (« la ministre ») to the person who holds that role, an organization proxy
 * (« le groupe », « le parquet ») to the organization of that kind named last, a running
 * quote to the previous quote's speaker, and a headline quote to the speaker of the body quote
 * that repeats it. Unnamed speakers keep their description.
 */
import { firstName, firstNameGender, isCommonWord, isDistinctRole, isInstitutionHead, isNotName, isPlace, isSpeechNoun, knownOrg, roleFamilies } from "../../lexicon/index.js";
import { demonym, roleOfLower } from "../word-lexicon.js";
import { inDefinite, inPrepositions } from "../french.js";
import { fold, foldName } from "../fold.js";
import { newEntity, tokenEnd, type Doc, type Entity, type Resolved, type SubjectRef } from "../document.js";
import { byKey, firstAtOrAfter } from "../order.js";
import { describedSubject, opensOnRole } from "./08-resolve-described.js";
import { resolveHeadlines, resolvePullQuotes } from "./08-resolve-echoes.js";
import type { Gender } from "../types.js";

// Offices a family noun covers (« la magistrate » may be the prosecutor) are in
// lexicons/role-families.tsv; offices that never name the person in focus (« le juge » is not
// « l'avocat »; kin and neighbours are someone new) in lexicons/distinct-roles.txt.

/** How many tokens back from a subject any scan looks: beyond it, nobody reads a sentence as one. */
const WINDOW = 150;

/** How many sentences back a pronoun may reach for its antecedent. */
const PRONOUN_REACH = 6;

export const resolve = (doc: Doc): void => {
  const out: Resolved[] = [];
  const ix = new Indexes(doc);
  // The last quote's named speaker, kept as we go (a rescan per quote would be quadratic).
  let previousSpeaker: number | null = null;
  doc.quotes.forEach((q, qi) => {
    if (qi > 0 && out[qi - 1]!.entity !== null) previousSpeaker = out[qi - 1]!.entity;
    const a = doc.attributions[qi];
    if (!a) {
      out.push({ entity: null, description: null });
      return;
    }
    if (a.rule === "running") {
      const prev = out[qi - 1];
      out.push(prev ? { ...prev } : { entity: null, description: null });
      return;
    }
    if (a.rule === "headline" || !a.subject) {
      out.push({ entity: null, description: null });
      return;
    }
    // The speaker of the quote right before, when it is in this paragraph or the one before.
    const before = qi > 0 ? doc.quotes[qi - 1]! : null;
    const recentSpeaker = before && doc.tokPara[before.tokStart]! >= doc.tokPara[q.tokStart]! - 1 ? out[qi - 1]!.entity : null;
    const resolved = resolveSubject(ix, a.subject, previousSpeaker, recentSpeaker);
    // « Une infirmière … décrit des équipes « à bout ». « … », témoigne-t-elle. »: when the
    // previous quote's unnamed speaker is nearer than any named person, the pronoun is hers.
    if (a.subject.kind === "pronoun" && !a.subject.plural && qi > 0) {
      const prev = out[qi - 1]!;
      const prevQuote = doc.quotes[qi - 1]!;
      if (prev.entity === null && prev.description && nearerThan(doc, prevQuote.tokStart, resolved.entity, a.subject.tok)) {
        out.push({ entity: null, description: prev.description });
        return;
      }
    }
    out.push(resolved);
  });
  resolveHeadlines(doc, out);
  resolvePullQuotes(doc, out);
  doc.resolved = out;
};

/** True when token `quoteTok` is in the pronoun's sentence or the one before, after every mention of `entity`. */
function nearerThan(doc: Doc, quoteTok: number, entity: number | null, pronounTok: number): boolean {
  const qs = doc.tokSent[quoteTok] ?? -1;
  const ps = doc.tokSent[pronounTok] ?? -1;
  if (ps - qs > 1) return false;
  if (entity === null) return true;
  const e = doc.entities[entity]!;
  return e.mentions.every((m) => doc.mentions[m]!.tokStart < quoteTok || doc.mentions[m]!.tokStart > pronounTok);
}


function resolveSubject(ix: Indexes, s: SubjectRef, previousSpeaker: number | null, recentSpeaker: number | null): Resolved {
  const doc = ix.doc;
  switch (s.kind) {
    case "mention": {
      const e = doc.mentions[s.mention]?.entity ?? -1;
      return e >= 0 ? { entity: e, description: null } : { entity: null, description: doc.mentions[s.mention]?.text ?? null };
    }
    case "pronoun": {
      if (s.plural) return { entity: null, description: null };
      // « Une infirmière du service décrit … « … », confie-t-elle. »: an unnamed person nearer
      // than anyone named keeps the pronoun (and the quote its description).
      const described = describedSubject(doc, s.tok, s.gender);
      if (described !== null) return { entity: null, description: described };
      let e = antecedent(ix, s.tok, s.gender, previousSpeaker);
      // « Philippe … « … », s'inquiète-t-il. Mouloud (1) a rencontré des problèmes. « … », dit-il. »:
      // a first name alone named after the antecedent's last mention is nearer.
      if (e !== null) e = loneName(ix, s.tok, s.gender, lastMentionBefore(doc, e, s.tok) + 1) ?? e;
      if (e !== null && s.gender) learnGender(doc.entities[e]!, s.gender, "pronoun");
      // « La société Fortal a perdu. Selon elle, … »: no person in reach, an organization is meant.
      const org = e ?? organizationSubject(doc, s.tok);
      if (org !== null) return { entity: org, description: null };
      // « Yanis (le prénom a été changé) vit près du port. … il me dit : »: a person named by a
      // first name or a pseudonym alone, which no mention took.
      const lone = loneName(ix, s.tok, s.gender);
      if (lone !== null && s.gender) learnGender(doc.entities[lone]!, s.gender, "pronoun");
      return { entity: lone, description: null };
    }
    case "latest": {
      // « celle-ci » may point to an organization; « ce dernier » to a person.
      const e = /-(ci|là)$/.test(s.text.toLowerCase()) ? lastNamed(doc, s.tok) : (lastPersonBefore(doc, s.tok, (x) => fits(doc, x, s.gender)) ?? antecedent(ix, s.tok, s.gender, null));
      return { entity: e, description: e === null ? s.text : null };
    }
    case "role": {
      // No one holds that role by name: the reader takes the person in focus, as for a pronoun.
      // (A statement's author by office, « le témoignage du pompier », only its known holder.)
      const e = roleHolder(ix, s.role, s.gender, s.tok) ?? (s.author ? null : antecedent(ix, s.tok, s.gender, previousSpeaker, s.role));
      if (e !== null && s.gender) learnGender(doc.entities[e]!, s.gender, "agreement");
      return { entity: e, description: e === null ? s.text : null };
    }
    case "org-role": {
      // « le communiqué », « le rapport » alone: the document of the organization that spoke
      // last, else of the organization named last, else of whoever spoke last.
      if (isSpeechNoun(s.head)) {
        // (A person's document only right after a quote of theirs: « … », ajoute la lettre.)
        const e = previousSpeaker !== null && doc.entities[previousSpeaker]!.kind === "organization" ? previousSpeaker : (lastOrganization(doc, s.tok) ?? recentSpeaker);
        return { entity: e, description: e === null ? s.text : null };
      }
      const e = orgOfKind(ix, s.head, s.orgType, s.tok) ?? namedInstitution(ix, s);
      return { entity: e, description: e === null ? s.text : null };
    }
    case "description":
      return { entity: null, description: s.text === "on" ? null : s.text };
    case "name":
      return { entity: namedPerson(ix, s), description: null };
  }
  return { entity: null, description: null };
}

/**
 * The person a singular pronoun points back to: in the nearest sentence (going back) that names
 * a person of compatible gender, the running speaker if named there, else the first such person
 * (French puts the subject first); the running speaker when no sentence in reach names one.
 */
function antecedent(ix: Indexes, tok: number, gender: Gender | null, previousSpeaker: number | null, role: string | null = null): number | null {
  const doc = ix.doc;
  const sent = doc.tokSent[tok] ?? -1;
  const compatible = (e: number): boolean => {
    const entity = doc.entities[e];
    if (!entity || !fits(doc, e, gender)) return false;
    // A role re-mention (« le magistrat ») falls back only on someone whose office we do not
    // know, or on the running speaker when the offices are not distinct (« le dirigeant »).
    // A distinct office (« le magistrat ») names only its known holder, found by roleHolder.
    if (role === null) return true;
    return !isDistinctRole(role);
  };
  const exact = (e: number): boolean => gender === null || doc.entities[e]?.gender === gender;
  for (let s = sent; s >= 0 && s > sent - PRONOUN_REACH; s--) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    if (s < sent) {
      // Whom that sentence is about: « Elle affrontera X » and « La Nantaise a … » speak of the
      // same person as our pronoun, so X there is an object; « Ce dernier … » names the last person.
      const about = sentenceSubject(ix, sentence.tokStart, sentence.tokEnd);
      if (about === "chain" && (gender === null || doc.tokens[sentence.tokStart]!.lower !== (gender === "m" ? "elle" : "il"))) continue;
      if (typeof about === "number") {
        const e = lastPersonBefore(doc, about, compatible);
        if (e !== null) return e;
      }
    }
    const found: number[] = [];
    const complements = new Set<number>();
    // (A window of the sentence: a run-on « sentence » of 10⁵ tokens must not make this quadratic.)
    for (let i = Math.max(sentence.tokStart, tok - WINDOW); i < sentence.tokEnd && i < tok; i++) {
      // Names inside quoted words are what the speaker talks about, not antecedents; nor is a
      // name right after a guillemet (a nickname: « Monsieur Vrac »).
      if (doc.tokQuote[i]! >= 0 || doc.tokens[i - 1]?.text === "«") continue;
      const m = doc.mentionAt[i] ?? -1;
      let e = -1;
      if (m >= 0) {
        const mention = doc.mentions[m]!;
        if (mention.tokStart !== i) continue;
        e = mention.entity;
      } else {
        // « la ministre a reconnu… » ¶ « … », a-t-elle admis: a role phrase refers too.
        e = roleReference(ix, i) ?? -1;
      }
      if (e >= 0 && compatible(e) && !found.includes(e)) {
        found.push(e);
        const before = doc.tokens[i - 1]?.lower;
        if (before === "de" || before === "d'" || before === "du" || before === "à" || before === "avec" || before === "contre" || before === "par") complements.add(e);
      }
    }
    if (found.length === 0) {
      // A quote in this sentence attributed earlier counts as its speaker being named here.
      // (Not the pronoun's own sentence: its quote is the one being attributed.)
      if (s < sent && previousSpeaker !== null && compatible(previousSpeaker) && sentenceHasQuoteOf(doc, s, tok)) return previousSpeaker;
      continue;
    }
    if (previousSpeaker !== null && found.includes(previousSpeaker)) return previousSpeaker;
    // « l'avocat de Denis Garnier, Me Audibert » — a name after « de » is a complement, not the subject.
    const subjects = found.filter((e) => !complements.has(e));
    const pool = subjects.length > 0 ? subjects : found;
    return pool.find(exact) ?? pool[0]!;
  }
  if (previousSpeaker !== null && compatible(previousSpeaker)) return previousSpeaker;
  return null;
}

/** The entity is a person whose gender does not contradict `gender`. */
function fits(doc: Doc, e: number, gender: Gender | null): boolean {
  const entity = doc.entities[e]!;
  if (entity.kind !== "person" || gender === null) return entity.kind === "person";
  // « Sophie (le prénom a été changé) … il me dit »: a person named by a first name alone has that name's gender.
  const own = entity.gender ?? (entity.name.includes(" ") ? null : firstNameGender(entity.name));
  return own === null || own === undefined || own === gender;
}

/** Words that do not follow a subject: a name before them is in a list or a complement. */
const NOT_AFTER_SUBJECT: ReadonlySet<string> = new Set(["and", "et", "ou", "mais", "que", "qu'", "dont", "qui"]);

/**
 * The person a pronoun means when no mention is in reach: a capitalised word alone that is the
 * subject of one of the sentences before (at its start, after « Et » or an opening phrase and
 * its comma, before a lower-case word or a bracket: « Yanis (le prénom a été changé) vit… »,
 * « À l'époque, Binti panique. »), that is a known first name or is written so elsewhere in
 * the text mid-sentence (« l'affaire Binti »), and is no common word, place or organization.
 * Made a person, with a mention over it; null when no sentence in reach has one.
 */
function loneName(ix: Indexes, tok: number, gender: Gender | null, from = 0): number | null {
  const doc = ix.doc;
  const sent = doc.tokSent[tok] ?? -1;
  for (let s = sent; s >= 0 && s > sent - PRONOUN_REACH; s--) {
    const sentence = doc.sentences[s];
    if (!sentence || sentence.tokEnd <= from) break;
    // « Le préfet a condamné … Il a adressé « … » »: a sentence about a role holder ends the search.
    if (s < sent && opensOnRole(doc, sentence.tokStart)) break;
    for (let i = Math.max(from, sentence.tokStart); i < sentence.tokEnd && i < sentence.tokStart + 12 && i < tok; i++) {
      const t = doc.tokens[i]!;
      if (doc.tokQuote[i]! >= 0) break;
      const before = doc.tokens[i - 1];
      const opens = i === sentence.tokStart || before?.text === "," || before?.lower === "et";
      if (!opens || !t.cap || t.kind !== "word" || (doc.mentionAt[i] ?? -1) >= 0) continue;
      // (Before a verb, as far as words tell: not « and », « et », an article or a preposition.)
      const next = doc.tokens[i + 1];
      // (« Pierre, ancien coursier, … »: an apposition after a known first name.)
      const apposition = next?.text === "," && firstName(t.text) !== undefined;
      if (!next || !(next.text === "(" || apposition || (next.kind === "word" && !next.cap && !NOT_AFTER_SUBJECT.has(next.lower) && !inDefinite(next) && !inPrepositions(next)))) continue;
      // (An acronym, « CRS », is a body, not a first name.)
      if (t.text.length < 3 || t.text === t.text.toUpperCase() || isCommonWord(t.text) || isNotName(t.text) || isPlace(t.text) || knownOrg(t.text)) continue;
      const known = firstName(t.text) !== undefined;
      if (known && gender && firstNameGender(t.text) === (gender === "m" ? "f" : "m")) continue;
      if (!known && !ix.writtenMidSentence(t.text, i)) continue;
      return namedPerson(ix, { kind: "name", text: t.text, tok: i });
    }
  }
  return null;
}

/**
 * Token of entity e's last mention before `tok` (-1 when none), among its last 256 mentions
 * (they are mostly in text order): a bound for a name repeated thousands of times.
 */
function lastMentionBefore(doc: Doc, e: number, tok: number): number {
  const mentions = doc.entities[e]!.mentions;
  let last = -1;
  for (let k = mentions.length - 1; k >= 0 && k >= mentions.length - 256; k--) {
    const at = doc.mentions[mentions[k]!]!.tokStart;
    if (at < tok && at > last) last = at;
  }
  return last;
}

/** The organization opening the pronoun's sentence or one of the two before it (its subject), if any. */
function organizationSubject(doc: Doc, tok: number): number | null {
  const sent = doc.tokSent[tok] ?? -1;
  for (let s = sent; s >= 0 && s > sent - 3; s--) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    // (Past an article or an organization head: « La société Fortal », « Le syndicat X ».)
    for (let i = sentence.tokStart; i < sentence.tokEnd && i < sentence.tokStart + 3 && i < tok; i++) {
      const m = doc.mentionAt[i] ?? -1;
      if (m < 0) continue;
      const mention = doc.mentions[m]!;
      if (mention.kind === "organization" && mention.entity >= 0) return mention.entity;
      break;
    }
  }
  return null;
}

/** The organization mentioned last before `tok`, outside quotes, within a few sentences. */
function lastOrganization(doc: Doc, tok: number): number | null {
  for (let i = tok - 1; i >= 0 && i >= tok - WINDOW; i--) {
    if (doc.tokQuote[i]! >= 0) continue;
    const m = doc.mentionAt[i] ?? -1;
    if (m >= 0 && doc.mentions[m]!.kind === "organization" && doc.mentions[m]!.entity >= 0) return doc.mentions[m]!.entity;
  }
  return null;
}

/** The entity of the last mention before `tok`, outside quotes. */
function lastNamed(doc: Doc, tok: number): number | null {
  for (let i = tok - 1; i >= 0 && i >= tok - WINDOW * 4; i--) {
    if (doc.tokQuote[i]! >= 0) continue;
    const m = doc.mentionAt[i] ?? -1;
    if (m >= 0 && doc.mentions[m]!.entity >= 0) return doc.mentions[m]!.entity;
  }
  return null;
}

/**
 * What a sentence's subject tells the pronoun search: "chain" when it is a pronoun or a
 * definite role/nationality without a known holder (the sentence is about someone named
 * earlier), the token of « ce dernier » (the last person named before it), or null.
 */
function sentenceSubject(ix: Indexes, start: number, end: number): "chain" | number | null {
  const doc = ix.doc;
  let f = start;
  // Step over an opening adverbial phrase: « En conférence de presse, … ».
  for (let k = start; k < end && k < start + 8; k++) {
    if ((doc.mentionAt[k] ?? -1) >= 0 || doc.tokQuote[k]! >= 0) break;
    if (doc.tokens[k]!.text === ",") {
      f = k + 1;
      break;
    }
  }
  const t = doc.tokens[f];
  if (!t || f >= end) return null;
  if (t.lower === "il" || t.lower === "elle") return "chain";
  if ((t.lower === "ce" || t.lower === "cette") && /^derni(er|ère)$/.test(doc.tokens[f + 1]?.lower ?? "")) return f;
  if ((t.lower === "le" || t.lower === "la" || t.lower === "l'") && (doc.mentionAt[f + 1] ?? -1) < 0) {
    const w = doc.tokens[f + 1];
    // (Unless a name follows: « La Polonaise Anna Nowak … » introduces her, it does not chain.)
    const named = (doc.mentionAt[f + 2] ?? -1) >= 0 && doc.mentions[doc.mentionAt[f + 2]!]!.kind === "person";
    if (w && w.kind === "word" && (roleOfLower(w) || demonym(w)) && !named && roleReference(ix, f) === null) return "chain";
  }
  return null;
}

/** The last person mentioned before token `tok`, outside quotes, that `ok` accepts. */
function lastPersonBefore(doc: Doc, tok: number, ok: (e: number) => boolean): number | null {
  for (let i = tok - 1; i >= 0 && i > tok - 400; i--) {
    if (doc.tokQuote[i]! >= 0) continue;
    const m = doc.mentionAt[i] ?? -1;
    if (m < 0) continue;
    const e = doc.mentions[m]!.entity;
    if (e >= 0 && ok(e)) return e;
  }
  return null;
}

/** The person a definite role phrase at token i (« la ministre », « le dirigeant ») names, if any. */
function roleReference(ix: Indexes, i: number): number | null {
  const doc = ix.doc;
  const det = doc.tokens[i]!.lower;
  if (det !== "le" && det !== "la" && det !== "l'") return null;
  const next = doc.tokens[i + 1];
  if (!next || next.kind !== "word" || next.cap || (doc.mentionAt[i + 1] ?? -1) >= 0) return null;
  const r = roleOfLower(next);
  if (!r || r.plural) return null;
  return roleHolder(ix, r.canonical, r.gender, i);
}

function sentenceHasQuoteOf(doc: Doc, s: number, before: number): boolean {
  const sentence = doc.sentences[s]!;
  for (let i = Math.max(sentence.tokStart, before - WINDOW); i < sentence.tokEnd && i < before; i++) if (doc.tokQuote[i]! >= 0) return true;
  return false;
}

/** The person holding `role` mentioned last before `tok` (else first after), gender permitting. */
function roleHolder(ix: Indexes, role: string, gender: Gender | null, tok: number): number | null {
  const ok = (e: number): boolean => {
    const g = ix.doc.entities[e]!.gender;
    return !gender || !g || g === gender;
  };
  return lookup(ix.roles().roles.get(foldName(role)), tok, ok);
}

/** [token position of a mention, entity]. */
type Posting = [number, number];

/** People by role word, for `roleHolder`. */
interface RoleIndex {
  roles: Map<string, Posting[]>;
}
/** Organizations by name word and by type, for `orgOfKind`. */
interface OrgIndex {
  orgWords: Map<string, Posting[]>;
  orgTypes: Map<string, Posting[]>;
}

/**
 * One article's indexes: for each folded role word, and for each organization name word or
 * type, the mentions of the entities it fits, in text order. A lookup is then a binary search,
 * so resolving n quotes among n people stays O(n log n). Each is built on first use (many
 * articles need one of them, or none), and lives as long as the stage's call.
 */
class Indexes {
  private roleIndex: RoleIndex | null = null;
  private orgIndex: OrgIndex | null = null;
  constructor(readonly doc: Doc) {}
  roles(): RoleIndex {
    return (this.roleIndex ??= roleIndexOf(this.doc));
  }
  orgs(): OrgIndex {
    return (this.orgIndex ??= orgIndexOf(this.doc));
  }
  /** Words asked of `writtenMidSentence`, and the answer (each asked once: a scan of the text). */
  private midSentence = new Map<string, boolean>();
  /**
   * The capitalised word is written so elsewhere than at token `at`, after a lower-case word
   * (« l'affaire Binti »): a name, not a sentence's first word. Bounded: a handful of words per
   * article are asked, each once.
   */
  writtenMidSentence(word: string, at: number): boolean {
    const known = this.midSentence.get(word);
    if (known !== undefined) return known;
    if (this.midSentence.size >= 16) return false;
    const doc = this.doc;
    let found = false;
    for (let i = 1; i < doc.tokens.length && !found; i++) {
      if (i === at || doc.tokens[i]!.text !== word) continue;
      // (Not after a preposition or an article, « place Tahrir », where a place or a work is named.)
      const before = doc.tokens[i - 1]!;
      found = before.kind === "word" && !before.cap && !inPrepositions(before) && !inDefinite(before) && before.lower !== "place" && before.lower !== "rue";
    }
    this.midSentence.set(word, found);
    return found;
  }
  /** A new person was made: the role index is rebuilt when next asked. */
  roleIndexStale(): void {
    this.roleIndex = null;
  }
  /** A new organization was made: later lookups must find it (the role index holds people only). */
  organizationAdded(): void {
    this.orgIndex = null;
  }
}

/** Add a posting to `map` under `key` for each mention of entity `e`. */
function addPostings(doc: Doc, map: Map<string, Posting[]>, key: string, e: number): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  for (const m of doc.entities[e]!.mentions) list.push([doc.mentions[m]!.tokStart, e]);
}

/** Each list of the maps in text order. */
function sortPostings(...maps: Map<string, Posting[]>[]): void {
  for (const map of maps) for (const list of map.values()) byKey(list, (p) => p[0]);
}

function roleIndexOf(doc: Doc): RoleIndex {
  const ix: RoleIndex = { roles: new Map() };
  doc.entities.forEach((e, i) => {
    if (e.kind !== "person") return;
    const keys = new Set<string>();
    for (const w of e.roleWords) keys.add(foldName(w));
    // « Me Lucie Ferrand » … « l'avocate »: the title says the office.
    for (const m of e.mentions) {
      const t = doc.tokens[doc.mentions[m]!.tokStart]!.text;
      if (t === "Me" || t === "Maître") keys.add("avocat");
    }
    for (const r of e.roles) {
      const f = foldName(r);
      keys.add(f);
      for (const w of f.split(" ")) keys.add(w);
    }
    // « la magistrate » for the avocate générale, « l'élu » for the mayor: an office's family.
    for (const [family, members] of roleFamilies()) {
      for (const k of keys) {
        if (members.has(k)) {
          keys.add(family);
          break;
        }
      }
    }
    for (const k of keys) addPostings(doc, ix.roles, k, i);
  });
  sortPostings(ix.roles);
  return ix;
}

function orgIndexOf(doc: Doc): OrgIndex {
  const ix: OrgIndex = { orgWords: new Map(), orgTypes: new Map() };
  doc.entities.forEach((e, i) => {
    if (e.kind === "person") return;
    const keys = new Set<string>();
    for (const name of [e.name, ...e.aliases]) for (const w of foldName(name).split(" ")) keys.add(w);
    for (const k of keys) addPostings(doc, ix.orgWords, k, i);
    if (e.orgType) addPostings(doc, ix.orgTypes, e.orgType, i);
  });
  sortPostings(ix.orgWords, ix.orgTypes);
  return ix;
}

/** Index of the first posting at or after token `tok` (postings are sorted). */
const firstPostingAt = (list: Posting[], tok: number): number => firstAtOrAfter(list, tok, (p) => p[0]);

/** The entity `ok` accepts with the last mention before `tok`; else the first one after it. */
function lookup(list: Posting[] | undefined, tok: number, ok: (e: number) => boolean): number | null {
  if (!list || list.length === 0) return null;
  const lo = firstPostingAt(list, tok);
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) if (ok(list[i]![1])) return list[i]![1];
  for (let i = lo; i < list.length && i < lo + 64; i++) if (ok(list[i]![1])) return list[i]![1];
  return null;
}

/** The organization a proxy (« le groupe », « le parquet ») stands for: named last before `tok`. */
function orgOfKind(indexes: Indexes, head: string, type: string | null, tok: number): number | null {
  const ix = indexes.orgs();
  const before = (list: Posting[] | undefined): number | null => {
    const lo = list ? firstPostingAt(list, tok) : 0;
    return lo > 0 ? list![lo - 1]![1] : null;
  };
  // An organization whose name holds the head (« le parquet » → « parquet de Lyon ») first.
  return before(ix.orgWords.get(foldName(head))) ?? (type === null ? null : before(ix.orgTypes.get(type)));
}

/**
 * « le parquet antiterroriste », « la préfecture du Rhône »: a lower-case head with a
 * complement names an institution even though no capital marks it. Make it an organization,
 * with a mention over the phrase (its article left out).
 */
function namedInstitution(ix: Indexes, s: Extract<SubjectRef, { kind: "org-role" }>): number | null {
  // (Heads that, with a complement, name a body on their own: lexicons/institution-heads.txt.)
  if (!isInstitutionHead(s.head)) return null;
  const doc = ix.doc;
  const { tokens } = doc;
  let first = s.tok;
  while (first < tokens.length && tokens[first]!.lower !== s.head) first++;
  const endChar = doc.tokStart[s.tok]! + s.text.length;
  let last = first;
  while (last + 1 < tokens.length && tokenEnd(doc, last + 1) <= endChar) last++;
  if (last <= first) return null;
  // Named so already (by an earlier quote's attribution): that organization.
  const already = doc.mentionAt[first] ?? -1;
  if (already >= 0) {
    const m = doc.mentions[already]!;
    return m.kind === "organization" && m.entity >= 0 ? m.entity : null;
  }
  for (let i = first; i <= last; i++) if ((doc.mentionAt[i] ?? -1) >= 0) return null;
  const start = doc.tokStart[first]!;
  const end = tokenEnd(doc, last);
  const name = doc.text.slice(start, end);
  const existing = doc.entities.findIndex((e) => e.kind === "organization" && foldName(e.name) === foldName(name));
  const entity = existing >= 0 ? existing : doc.entities.length;
  if (existing < 0) {
    doc.entities.push(newEntity("organization", name, "institution"));
  }
  const m = doc.mentions.length;
  doc.mentions.push({ kind: "organization", start, end, tokStart: first, tokEnd: last + 1, text: name, orgType: "institution", reason: "institution-phrase", entity });
  for (let i = first; i <= last; i++) doc.mentionAt[i] = m;
  doc.entities[entity]!.mentions.push(m);
  ix.organizationAdded();
  return entity;
}


/**
 * « raconte Yanis »: a single capitalised word after a speech verb names a person the mention
 * stage did not take. Make it one (or find the person already named so), with a mention over it.
 */
function namedPerson(ix: Indexes, s: Extract<SubjectRef, { kind: "name" }>): number {
  const doc = ix.doc;
  const key = foldName(s.text);
  let entity = doc.entities.findIndex((e) => e.kind === "person" && (foldName(e.name) === key || foldName(e.name).split(" ").includes(key)));
  if (entity < 0) {
    entity = doc.entities.length;
    doc.entities.push(newEntity("person", s.text));
    // (« Maëlle … « … », glisse-t-il »: a known first name's gender keeps « il » off her.)
    const g = firstNameGender(s.text);
    if (g) learnGender(doc.entities[entity]!, g, "first-name");
  }
  const start = doc.tokStart[s.tok]!;
  const m = doc.mentions.length;
  doc.mentions.push({ kind: "person", start, end: tokenEnd(doc, s.tok), tokStart: s.tok, tokEnd: s.tok + 1, text: s.text, reason: "speaker-name", entity });
  doc.mentionAt[s.tok] = m;
  doc.entities[entity]!.mentions.push(m);
  ix.roleIndexStale();
  return entity;
}

function learnGender(e: Entity, gender: Gender, evidence: string): void {
  if (e.kind !== "person" || e.gender !== null) return;
  e.gender = gender;
  e.genderEvidence = evidence;
}
