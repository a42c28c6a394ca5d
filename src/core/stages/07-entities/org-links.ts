/**
 * Affiliations read from the organization's side, once people have their gender: « Fortal,
 * fondée par X », « la société Fortal, que X dirige », « l'association Terre Commune qu'elle
 * préside », « X … avec sa troupe de Y », and a role phrase later in the article naming the
 * organization of the one person holding that role (« Léa Morel … la présidente de Fortal »).
 * Each is a narrow syntactic cue: a wrong affiliation is worse than none.
 */
import { FRONTED, POSSESSIVES } from "../../french.js";
import { foldName } from "../../fold.js";
import type { Doc, Entity, EntityMention, Word } from "../../document.js";
import { orgHead, orgHeadOfLower, startsRole } from "../../word-lexicon.js";
import { entityCues, knownOrg, mentionCues } from "../../../lexicon/index.js";
import { addAffiliation, addAffiliationName, ledBody } from "./affiliations.js";
import { bodyEntity, genericHead } from "./role-bodies.js";
import { roleAround } from "./role-phrase.js";
import { inDefiniteArticle } from "./words.js";

// Participles that make the agent after « par » a member of the organization before (led-by.txt); verbs whose
// subject leads the organization a relative « que » points back to (leads-after-que.txt); participles after « a »
// in the same relative (founded.txt); nouns of a group a person belongs to, besides the organization heads:
// « sa troupe de X » (group-nouns.txt).
const { ledBy: LED_BY, leadsAfterQue: LEADS_AFTER_QUE, founded: FOUNDED, groupNouns: GROUP_NOUNS } = entityCues;
/** A role text whose complement names a body: a head noun or a capitalised word after its first word. */
const namesBody = (text: string): boolean => text.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w) || orgHead(w.replace(/^\p{L}'/u, ""))?.kind === "head");
/**
 * A press role's text names a body, but for the place a correspondent is posted to: « envoyé
 * spécial au Cannet », « correspondante à Bruxelles » name none (the outlet is the article's),
 * « journaliste au Point », « journaliste du Quotidien » do.
 */
const namesPressBody = (text: string): boolean => namesBody(/^(?:envoyée?s?|correspondante?s?)(?=\s|$)/u.test(text) ? text.split(/\s+(?:à|au|aux|en)\s+/u)[0]! : text);
const isPossessive = (w: Word | undefined): boolean => w !== undefined && POSSESSIVES.has(w.lower);

export function orgLinks(doc: Doc, ents: Entity[]): void {
  const { mentions } = doc;
  mentions.forEach((om) => {
    if (om.kind !== "organization" || om.entity < 0) return;
    const p = ledBy(doc, om) ?? ledByRelative(doc, ents, om) ?? possessiveGroup(doc, om);
    if (p !== undefined && p.entity >= 0) addAffiliation(ents[p.entity]!, ents, om);
  });
  laterRoles(doc, ents);
  demonstrativeRoles(doc, ents);
  pronounLeads(doc, ents);
  frontedBodies(doc, ents);
  ownOutlet(doc, ents);
}

/**
 * The article's own outlet: the one media outlet it names, or the one it names most (at least
 * twice, more than any other). Its journalists (a press role with no body of its own) and the
 * people of its bylines (a name alone on its line, or after « Par » opening one) work there.
 */
function ownOutlet(doc: Doc, ents: Entity[]): void {
  let best = -1;
  let count = 0;
  let tie = false;
  // Not a social network.
  const outletLike = (e: Entity): boolean => e.kind === "organization" && e.orgType === "media" && e.mentions.length > 0 && knownOrg(e.name)?.platform !== true;
  // One pass, each entity asked once (a lexicon lookup of its name for the media ones).
  let media = 0;
  ents.forEach((e, ei) => {
    if (!outletLike(e)) return;
    media++;
    if (e.mentions.length > count) {
      best = ei;
      tie = false;
      count = e.mentions.length;
    } else if (e.mentions.length === count) tie = true;
  });
  if (best < 0 || tie) return;
  if (media > 1 && count < 2) return;
  const outlet = ents[best]!;
  // An agency a photo credit or « (avec AFP) » names is not the article's own outlet; another
  // outlet credited for a photo (« (Léa Morel/Le Quotidien) ») is.
  const agency = [outlet.name, ...outlet.aliases].some((n) => mentionCues.pressAgencies.has(n.toLowerCase()));
  if (agency && outlet.mentions.some((mi) => agencyCredit(doc, doc.mentions[mi]!))) return;
  const { pressRoles } = mentionCues;
  ents.forEach((e, ei) => {
    if (e.kind !== "person" || e.affiliations.length > 0 || e.mentions.length === 0) return;
    const press = [...e.roleWords].some((w) => pressRoles.has(w)) && !e.roles.some(namesPressBody);
    if (press || e.mentions.some((mi) => byline(doc, doc.mentions[mi]!))) addAffiliationName(ents[ei]!, outlet.name);
  });
}

/** « … / AFP », « AFP/LÉA MOREL », « (avec AFP) », « Le Quotidien avec AFP »: an agency credited for the text or a photo. */
function agencyCredit(doc: Doc, m: EntityMention): boolean {
  const { tokens } = doc;
  const w = tokens[m.tokStart - 1];
  if (w?.text === "/") return true;
  // « AFP/LÉA MOREL »: the agency then its photographer, glued by the slash.
  const slash = tokens[m.tokEnd];
  if (slash?.text === "/" && doc.tokPara[m.tokEnd] === doc.tokPara[m.tokStart] && tokens[m.tokEnd + 1]?.cap && doc.tokPara[m.tokEnd + 1] === doc.tokPara[m.tokStart]) return true;
  if (w?.lower !== "avec") return false;
  const b = m.tokStart - 2;
  return tokens[b]?.text === "(" || doc.mentions[doc.mentionAt[b] ?? -1]?.orgType === "media";
}

/** A name alone on its line (« LÉA MOREL »), or after « Par » opening it (« Par Léa Morel »). */
function byline(doc: Doc, m: EntityMention): boolean {
  const { tokens } = doc;
  const para = doc.tokPara[m.tokStart];
  let s = m.tokStart;
  if (tokens[s - 1]?.lower === "par" && doc.tokPara[s - 1] === para) s--;
  const before = tokens[s - 1];
  const after = tokens[m.tokEnd];
  return (!before || doc.tokPara[s - 1] !== para) && (!after || doc.tokPara[m.tokEnd] !== para);
}

/**
 * « Chez Fortal, Léa Morel, directrice commerciale, explique … », « Du côté de Kalio, son
 * porte-parole Paul Girard … »: a sentence opening on an organization and a comma; the people
 * it then names with a role and no affiliation of their own work there.
 */
function frontedBodies(doc: Doc, ents: Entity[]): void {
  const { tokens, mentions } = doc;
  // Most sentences open on none of the openers' first words: only those that do try the list.
  const firsts = new Set(FRONTED.map((f) => f[0]));
  for (const s of doc.sentences) {
    if (!firsts.has(tokens[s.tokStart]?.lower)) continue;
    const open = FRONTED.find((f) => f.every((w, j) => tokens[s.tokStart + j]?.lower === w));
    if (!open) continue;
    const at = s.tokStart + open.length;
    const om = mentions[doc.mentionAt[at] ?? -1];
    if (!om || om.kind !== "organization" || om.tokStart !== at || tokens[om.tokEnd]?.text !== ",") continue;
    for (let mi = doc.mentionAt[at]! + 1; mi < mentions.length && mentions[mi]!.tokStart < s.tokEnd; mi++) {
      const pm = mentions[mi]!;
      if (pm.kind !== "person" || pm.entity < 0 || doc.tokQuote[pm.tokStart]! >= 0) continue;
      const e = ents[pm.entity]!;
      if (e.roles.length > 0 && e.affiliations.length === 0) addAffiliation(e, ents, om);
    }
  }
}

/** « Fortal, fondée par Léa Morel », « Kalio, créée en 2014 par Léa Morel »: the person after « par ». */
function ledBy(doc: Doc, om: EntityMention): EntityMention | undefined {
  const { tokens } = doc;
  let k = om.tokEnd;
  if (tokens[k]?.text === ",") k++;
  if (!tokens[k] || !LED_BY.has(tokens[k]!.lower)) return undefined;
  k++;
  // « créée en 2014 par »
  if (tokens[k]?.lower === "en" && tokens[k + 1]?.kind === "number") k += 2;
  if (tokens[k]?.lower !== "par") return undefined;
  return personAt(doc, k + 1, om);
}

/** The person mention starting at token k in om's sentence, outside quotes. */
function personAt(doc: Doc, k: number, om: EntityMention): EntityMention | undefined {
  const pm = doc.mentions[doc.mentionAt[k] ?? -1];
  if (!pm || pm.kind !== "person" || pm.tokStart !== k || doc.tokSent[k] !== doc.tokSent[om.tokStart] || doc.tokQuote[k]! >= 0) return undefined;
  return pm;
}

/**
 * « Fortal, que Léa Morel dirige », « l'association Terre Commune qu'elle préside », « la
 * société qu'il a fondée »: the named subject, or for « il »/« elle » the last person before
 * (two sentences back at most) of that gender.
 */
function ledByRelative(doc: Doc, ents: readonly Entity[], om: EntityMention): EntityMention | undefined {
  const { tokens } = doc;
  let k = om.tokEnd;
  if (tokens[k]?.text === ",") k++;
  const que = tokens[k]?.lower;
  if (que !== "que" && que !== "qu'") return undefined;
  k++;
  const subject = tokens[k];
  if (!subject) return undefined;
  const verbAt = (v: number): boolean => LEADS_AFTER_QUE.has(tokens[v]?.lower ?? "") || (tokens[v]?.lower === "a" && FOUNDED.has(tokens[v + 1]?.lower ?? ""));
  const named = personAt(doc, k, om);
  if (named) return verbAt(named.tokEnd) ? named : undefined;
  const gender = subject.lower === "il" ? "m" : subject.lower === "elle" ? "f" : null;
  if (gender === null || !verbAt(k + 1)) return undefined;
  const sent = doc.tokSent[om.tokStart]!;
  for (let mi = doc.mentionAt[om.tokStart]! - 1; mi >= 0; mi--) {
    const pm = doc.mentions[mi]!;
    if (doc.tokSent[pm.tokStart]! < sent - 2) break;
    if (pm.kind !== "person" || pm.entity < 0 || doc.tokQuote[pm.tokStart]! >= 0) continue;
    // The nearest person decides: another gender means « il » or « elle » is someone else.
    return ents[pm.entity]!.gender === gender ? pm : undefined;
  }
  return undefined;
}

/**
 * « Léa Morel jouait avec sa troupe de Clowns du Monde »: a possessive group noun before the
 * organization (« de », a comma or nothing between), owned by the one person named before it
 * in the sentence.
 */
function possessiveGroup(doc: Doc, om: EntityMention): EntityMention | undefined {
  const { tokens } = doc;
  let k = om.tokStart - 1;
  if (tokens[k]?.lower === "de" || tokens[k]?.lower === "d'" || tokens[k]?.text === ",") k--;
  const noun = tokens[k];
  if (!noun || noun.cap || !(GROUP_NOUNS.has(noun.lower) || orgHeadOfLower(noun)?.kind === "head")) return undefined;
  if (!isPossessive(tokens[k - 1])) return undefined;
  const sent = doc.tokSent[om.tokStart];
  let owner: EntityMention | undefined;
  for (let mi = doc.mentionAt[om.tokStart]! - 1; mi >= 0; mi--) {
    const pm = doc.mentions[mi]!;
    if (doc.tokSent[pm.tokStart] !== sent) break;
    if (pm.kind !== "person" || doc.tokQuote[pm.tokStart]! >= 0) continue;
    if (owner && owner.entity !== pm.entity) return undefined;
    owner = pm;
  }
  return owner;
}

/**
 * « Léa Morel … . La présidente de Fortal a ensuite … »: a definite role phrase that names no
 * person beside it, whose complement names an organization, gives that organization to the
 * one person named before with that role word (none when two people hold it).
 */
function laterRoles(doc: Doc, ents: Entity[]): void {
  const { tokens } = doc;
  // Role word → the people holding it, built once: an article naming many people stays linear.
  let holders: Map<string, number[]> | undefined;
  const holdersOf = (): Map<string, number[]> => {
    if (holders === undefined) {
      holders = new Map();
      for (let ei = 0; ei < ents.length; ei++) {
        const e = ents[ei]!;
        if (e.kind !== "person") continue;
        for (const w of e.roleWords) {
          const list = holders.get(w) ?? [];
          if (list.length < 4) list.push(ei);
          holders.set(w, list);
        }
      }
    }
    return holders;
  };
  // « la ministre de l'Intérieur » is a role of its own in the list: « ministre » holds it too.
  const firstWord = (canonical: string): string => canonical.split(" ")[0]!;
  // A role nobody named before holds has no holder: its complement is not read (most are such).
  const held = (canonical: string): boolean => holdersOf().has(canonical) || holdersOf().has(firstWord(canonical));
  for (let k = 1; k < tokens.length; k++) {
    if (!startsRole(tokens[k]!) || !inDefiniteArticle(tokens[k - 1]) || (doc.mentionAt[k] ?? -1) >= 0) continue;
    const r = roleAround(doc, k, held);
    if (!r || (r.orgs.length === 0 && (r.body === undefined || genericHead(r.body)))) continue;
    const byRole = holdersOf();
    const first = firstWord(r.canonical);
    const candidates = new Set([...(byRole.get(r.canonical) ?? []), ...(first !== r.canonical ? (byRole.get(first) ?? []) : [])]);
    // Four or more people hold it: none of them is surely the one meant.
    if (candidates.size > 3) continue;
    let holder = -1;
    for (const ei of candidates) {
      const e = ents[ei]!;
      // « la présidente » is not the man who is « président ».
      if (r.gender !== null && e.gender !== null && r.gender !== e.gender) continue;
      // « X, président de l'association » holds another presidency than « le président de Fortal ».
      if (e.roles.some(namesBody)) continue;
      if (holder !== -1) {
        holder = -2;
        break;
      }
      holder = ei;
    }
    if (holder < 0) continue;
    const e = ents[holder]!;
    if (doc.mentions[e.mentions[0]!]!.tokStart > k) continue;
    // « Léa Morel, présidente de Fortal … la présidente de Fortal »: one who holds the role and
    // already works there is the one meant, not another holder of a bare « présidente ». Asked
    // only once a holder is found, as it reads every person.
    const names = r.orgs.map((oi) => ents[doc.mentions[oi]!.entity]?.name ?? doc.mentions[oi]!.text);
    if (r.orgs.length === 0 && r.body !== undefined) names.push(r.body);
    const sameRole = (e: Entity): boolean => [...e.roleWords].some((w) => firstWord(w) === first);
    const there = (e: Entity): boolean => names.some((n) => e.affiliations.includes(n) || e.roles.some((t) => t.includes(n)));
    if (ents.some((e) => e.kind === "person" && sameRole(e) && there(e))) continue;
    for (const oi of r.orgs) addAffiliation(e, ents, doc.mentions[oi]!);
    // « la ministre de la Culture » names its ministry; « le proviseur du lycée » the lycée named before.
    if (r.orgs.length === 0 && r.body !== undefined) addAffiliationName(e, bodyEntity(doc, ents, r.body, doc.mentions[e.mentions[0]!]!) ?? r.body);
  }
}

const DEMONSTRATIVES = new Set(["ce", "cet", "cette"]);

/**
 * « Léa Morel … , raconte cette salariée de Fortal », « Pour ce militant de la CGT, … »: a role
 * phrase after a demonstrative stands for the person last named, in that sentence or the one
 * before, outside quotes; the organization its complement names is theirs. A role whose gender
 * differs from that person's, or a phrase with a name beside it, gives nothing.
 */
function demonstrativeRoles(doc: Doc, ents: Entity[]): void {
  const { tokens, mentions } = doc;
  for (let k = 1; k < tokens.length; k++) {
    if (!DEMONSTRATIVES.has(tokens[k - 1]!.lower) || !startsRole(tokens[k]!) || (doc.mentionAt[k] ?? -1) >= 0) continue;
    if (doc.tokQuote[k]! >= 0) continue;
    const r = roleAround(doc, k);
    // « ce proche de X », « cet ami »: a role of private life is a relation to someone else.
    if (!r || mentionCues.privateRoles.has(foldName(r.canonical))) continue;
    // A body without an organization mention only when a lower-case head opens it (« université Lyon-I »):
    // « ce chef d'État allie … » names none.
    if (r.orgs.length === 0 && r.body === undefined) continue;
    const person = lastPersonBefore(doc, k - 2, doc.tokSent[k]! - 1);
    if (!person) continue;
    const e = ents[person.entity]!;
    if (r.gender !== null && e.gender !== null && r.gender !== e.gender) continue;
    for (const oi of r.orgs) addAffiliation(e, ents, mentions[oi]!);
    if (r.orgs.length > 0 || r.body === undefined) continue;
    // A body named before, or one a lower-case head opens (« université Lyon-I »): « ce chef d'État
    // allie … » names none.
    const named = bodyEntity(doc, ents, r.body, person);
    const head = r.body.split(/\s+/u)[0]!;
    const headed = !genericHead(r.body) && head === head.toLowerCase() && orgHead(head)?.kind === "head";
    if (named !== undefined || headed) addAffiliationName(e, named ?? r.body);
  }
}

/**
 * « Léa Morel … . Elle dirige Fortal depuis 2010 », « Il a fondé la société Kalio »: a subject
 * pronoun before the verbs that tie a name to a body (ledBody) stands for the last person named,
 * that sentence or the two before, outside quotes, when that person's gender is the pronoun's.
 */
function pronounLeads(doc: Doc, ents: Entity[]): void {
  const { tokens, mentions } = doc;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    if ((w !== "il" && w !== "elle") || doc.tokQuote[k]! >= 0) continue;
    const oi = ledBody(doc, { tokStart: k, tokEnd: k + 1 } as EntityMention);
    if (oi < 0) continue;
    // The nearest person decides: another gender means the pronoun is someone else.
    const person = lastPersonBefore(doc, k - 1, doc.tokSent[k]! - 2);
    const e = person && ents[person.entity]!;
    if (e && e.gender === (w === "il" ? "m" : "f")) addAffiliation(e, ents, mentions[oi]!);
  }
}

/** The person mention nearest before token `from` (inclusive), outside quotes, back to sentence `firstSent`. */
function lastPersonBefore(doc: Doc, from: number, firstSent: number): EntityMention | undefined {
  for (let i = from; i >= 0 && doc.tokSent[i]! >= firstSent; i--) {
    const pm = doc.mentions[doc.mentionAt[i] ?? -1];
    if (pm && pm.kind === "person" && pm.entity >= 0 && doc.tokQuote[pm.tokStart]! < 0) return pm;
  }
  return undefined;
}
