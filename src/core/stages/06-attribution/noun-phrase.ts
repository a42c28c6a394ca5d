/**
 * The noun phrase naming who speaks, read forwards from a token: a mention (with any role or
 * demonym before it), a role (« le ministre », « la présidente de la région »), an
 * organization proxy (« le groupe »), a mouthpiece of a named organization (« un porte-parole
 * de la SNCF »), « ce dernier », or an unnamed description (« une source proche du dossier »).
 */
import { attributionCues, isPlace, isRolePrefix, mouthpieceWords, orgProxyWords, roleMaxWords } from "../../../lexicon/index.js";
import { CLAUSE_END, determinerGender, inDefinite, inIndefinite, inPrepositions, inSubjectPronouns, LATEST, POSSESSIVES } from "../../french.js";
import { tokenEnd, type SubjectRef } from "../../document.js";
import type { Gender } from "../../types.js";
import { demonym, orgHead, orgHeadOfLower, role, roleOfLower, startsRole, title } from "../../word-lexicon.js";
import { perWordPair, wordList } from "../../words.js";
import type { Context } from "./context.js";
import { pronounRef, speechNounOf, verbAt } from "./cues.js";

/** Heads that, written lower-case with a definite article, stand for an organization named earlier. */
export const inOrgProxies = wordList(orgProxyWords());
/** Words for an organization's mouthpiece: « un porte-parole de la SNCF » makes the SNCF speak. */
const inMouthpieces = wordList(mouthpieceWords());
// A person's staff, who speak for him: « le cabinet de X » (staff-nouns.txt); members who, in the plural with their
// body as complement, speak for it: « les dirigeants de X » (member-nouns.txt); a person's close circle, which
// « son entourage » makes the person in focus (close-staff-nouns.txt).
const { staffNouns: STAFF, memberNouns: MEMBERS, closeStaffNouns: CLOSE_STAFF } = attributionCues;
/** The word names a person's staff (« entourage », « cabinet », « proches »). */
export const isStaff = (lower: string): boolean => STAFF.has(lower);
/** Some role's key starts with these two words (joined as `roleAt` joins them). */
const continuesRole = perWordPair((first, second) => isRolePrefix(first.lower.endsWith("'") ? first.key + second.key : `${first.key} ${second.key}`));

interface RoleEntry {
  canonical: string;
  gender: Gender | null;
  plural: boolean;
}

/** The subject a noun phrase at i names, and the token just past the phrase. */
export function nounPhrase(ctx: Context, i: number, limit: number): { subject: SubjectRef | null; end: number } | null {
  const { doc, tokens } = ctx;
  const t = tokens[i];
  if (!t || i >= limit) return null;
  const m = doc.mentionAt[i] ?? -1;
  if (m >= 0) return { subject: { kind: "mention", mention: m }, end: doc.mentions[m]!.tokEnd };
  if (inSubjectPronouns(t) && t.lower !== "on") return { subject: pronounRef(t.lower, i), end: i + 1 };
  if (t.kind !== "word") return null;
  const det = t.lower;
  const isDet = inDefinite(t) || inIndefinite(t);
  let k = isDet ? i + 1 : i;
  // « ce dernier », « cette dernière »
  const latest = det === "ce" || det === "cette" ? LATEST.get(tokens[k]?.lower ?? "") : undefined;
  if (latest) return { subject: { kind: "latest", gender: latest, tok: i, text: ctx.span(i, k + 1) }, end: k + 1 };
  // Role words, demonyms and adjectives up to a name: « l'Italien Marco Ferrante », « le ministre de l'Intérieur, X ».
  let roleHit: { canonical: string; gender: Gender | null; plural: boolean; at: number } | null = null;
  let proxy: string | null = null;
  let docNoun: string | null = null;
  let docNounAt = -1;
  let mouthpiece = false;
  // Past a preposition we are in the head's complement: « la directrice de l'école », « sa conclusion devant les analystes ».
  let inComplement = false;
  // The token right after the last role word read: « le sénateur » ends there.
  let afterRole = -1;
  let steps = 0;
  while (k < limit && steps < 14) {
    steps++;
    const w = tokens[k]!;
    const wm = doc.mentionAt[k] ?? -1;
    if (wm >= 0) {
      const mention = doc.mentions[wm]!;
      const prevWord = tokens[k - 1]?.lower ?? "";
      const inPP = prevWord === "de" || prevWord === "du" || prevWord === "des" || prevWord === "d'" || prevWord === "chez" || (prevWord === "l'" && /^d/.test(tokens[k - 2]?.lower ?? "")) || (prevWord === "la" && tokens[k - 2]?.lower === "de");
      // « une responsable de la communication chez X »: an unnamed member speaks for the organization.
      // (« les dirigeants de Fortal », « les magistrats de la Cour »: members speaking as a body.)
      const unnamedMember = roleHit !== null && (inIndefinite(t) || (det === "les" && MEMBERS.has(tokens[roleHit.at]?.lower ?? "")));
      // « le cabinet de Paul Girard », « l'entourage du ministre X »: his staff speaks for him.
      const head = i + (isDet ? 1 : 0);
      if (mention.kind === "person" && inPP && (roleHit === null || roleHit.at === head) && !docNoun && STAFF.has(tokens[head]?.lower ?? "")) return { subject: { kind: "mention", mention: wm }, end: mention.tokEnd };
      // « le constat de Julie Vasseur », « l'analyse sévère de Léa Morel »: a statement's author.
      if (mention.kind === "person" && docNounAt >= 0 && (prevWord === "de" || prevWord === "d'") && k - docNounAt <= 4 && roleHit === null) return { subject: { kind: "mention", mention: wm }, end: mention.tokEnd };
      // (« une porte-parole de la société Fortal »: the organization deeper in the complement.)
      if (mention.kind === "organization" && (inPP || (inComplement && (mouthpiece || unnamedMember))) && (mouthpiece || proxy || docNoun || unnamedMember)) {
        // « le porte-parole du Kremlin, Dmitri Peskov »: the spokesperson is named after all.
        const named = namedAfterComma(ctx, mention.tokEnd, limit);
        if (named !== null && !docNoun) return { subject: { kind: "mention", mention: named }, end: doc.mentions[named]!.tokEnd };
        // « un porte-parole de la SNCF », « le communiqué du parquet de Lyon »: the organization speaks.
        return { subject: { kind: "mention", mention: wm }, end: mention.tokEnd };
      }
      // (« le patron des députés LR »: an organization deeper in the complement too.)
      if (inPP || (inComplement && roleHit !== null && mention.kind === "organization")) {
        k = mention.tokEnd;
        continue;
      }
      // « le sénateur LR », « la déléguée CGT »: a party or union right after the role is the
      // person's label; the role (a person) speaks.
      if (k === afterRole && !mouthpiece && mention.kind === "organization" && (mention.orgType === "party" || mention.orgType === "ngo")) {
        k = mention.tokEnd;
        continue;
      }
      return { subject: { kind: "mention", mention: wm }, end: mention.tokEnd };
    }
    if (w.text === "," || w.text === "(") {
      const nm = namedAfterComma(ctx, k, limit);
      if (nm !== null) return { subject: { kind: "mention", mention: nm }, end: doc.mentions[nm]!.tokEnd };
      break;
    }
    if (w.cap && title(w)) {
      k++;
      continue;
    }
    // « le commissaire européen à l'Agriculture »: a capitalised complement of the role.
    if (w.cap && (roleHit || mouthpiece || proxy) && inPrepositions(tokens[k - 1]) || (w.cap && (roleHit || mouthpiece || proxy) && inDefinite(tokens[k - 1]) && inPrepositions(tokens[k - 2]))) {
      k++;
      continue;
    }
    // « un marchand de 26 ans »: numbers inside a complement.
    if (w.kind === "number" && inComplement) {
      k++;
      continue;
    }
    if (w.kind !== "word" || CLAUSE_END.has(w.text)) break;
    // « la lettre de la juge », « la note du directeur »: a statement's author named by
    // an office (a definite one, the holder the article means).
    const authorSlot = inComplement && docNoun !== null && roleHit === null && !mouthpiece && proxy === null && k - docNounAt <= 3;
    const definite = authorSlot ? definiteOf(ctx, k) : false;
    if (definite !== false) {
      const author = roleAt(ctx, k, limit);
      if (author && !author.entry.plural) {
        const end = k + author.words;
        return { subject: { kind: "role", role: author.entry.canonical, gender: author.entry.gender ?? definite, tok: k, text: ctx.span(i, end), author: true }, end };
      }
    }
    // (« les prévisions d'un universitaire »: an unnamed author; the document stays a description.)
    if (authorSlot && inIndefinite(tokens[k - 1]) && /^d/.test(tokens[k - 2]?.lower ?? "")) {
      const author = roleAt(ctx, k, limit);
      if (author) return { subject: { kind: "description", text: ctx.span(i, k + author.words), tok: i }, end: k + author.words };
    }
    const r = inComplement ? null : roleAt(ctx, k, limit);
    if (r) {
      roleHit ??= { canonical: r.entry.canonical, gender: r.entry.gender, plural: r.entry.plural, at: k };
      if (inMouthpieces(w)) mouthpiece = true;
      k += r.words;
      afterRole = k;
      continue;
    }
    if (inMouthpieces(w)) {
      mouthpiece = true;
      k++;
      continue;
    }
    if (speechNounOf(w) && !inComplement) {
      if (docNoun === null) docNounAt = k;
      docNoun ??= w.lower;
      k++;
      continue;
    }
    const dem = inComplement ? undefined : demonym(w);
    if (dem) {
      // (« le groupe américain »: after a body's head, the nationality is its adjective.)
      if (proxy === null) roleHit ??= { canonical: w.lower, gender: dem.gender, plural: dem.plural, at: k };
      k++;
      continue;
    }
    // « l'ONG Greenpeace »: an all-caps head noun right before the organization it names.
    const nextMention = doc.mentionAt[k + 1] ?? -1;
    if (w.cap && nextMention >= 0 && doc.mentions[nextMention]!.kind === "organization" && orgHead(w)?.kind === "head") {
      k++;
      continue;
    }
    // (« l'ONG », « la Cour » right after its article: a capitalised head stands for the body too.)
    const proxyCase = !w.cap || w.text === w.text.toUpperCase();
    const head = proxyCase && inOrgProxies(w) ? orgHeadOfLower(w) : undefined;
    if (head && (!roleHit || mouthpiece || docNoun) && proxy === null) {
      proxy = w.lower;
      k++;
      continue;
    }
    // « l'opérateur sur X »: a channel after the head ends the phrase.
    if ((roleHit || proxy || docNoun) && (w.lower === "sur" || w.lower === "via" || w.lower === "dans" || w.lower === "auprès")) break;
    // « sa compagne à Ouest-France »: « à » before a news outlet is the channel too.
    if (roleHit && (w.lower === "à" || w.lower === "au") && mediaAt(ctx, k + 1)) break;
    if (inPrepositions(w) || inDefinite(w) || inIndefinite(w) || (!w.cap && k > i && steps < 8)) {
      // Words inside the phrase: « de la », « proche du dossier », adjectives.
      if (inSubjectPronouns(w) || verbAt(ctx, k, limit)) break;
      if (w.lower === "qui" || w.lower === "que") break;
      if (inPrepositions(w)) inComplement = true;
      // « le PDG et fondateur, X »: a second role joined by « et »; any other « et » ends the phrase.
      if (w.lower === "et" && !(roleHit && roleAt(ctx, k + 1, limit))) break;
      k++;
      continue;
    }
    break;
  }
  const text = ctx.span(i, Math.max(i + 1, ctx.trimPhraseEnd(i, k)));
  const orgRole = (head: string): SubjectRef => ({ kind: "org-role", orgType: orgHead(head)?.type ?? null, head, tok: i, text });
  // « un porte-parole du groupe », « le communiqué de l'entreprise »: the organization speaks.
  if (proxy !== null && (mouthpiece || docNoun !== null)) return { subject: orgRole(proxy), end: k };
  if (inIndefinite(t)) return { subject: { kind: "description", text, tok: i }, end: k };
  if (roleHit) {
    if (roleHit.plural) {
      // « les militants de l'association »: members of a body named before speak for it.
      if (proxy !== null && det === "les" && MEMBERS.has(tokens[roleHit.at]?.lower ?? "")) return { subject: orgRole(proxy), end: k };
      return { subject: { kind: "description", text, tok: i }, end: k };
    }
    // An epicene role takes its gender from the article: « la syndicaliste », « le juge ».
    const gender = roleHit.gender ?? determinerGender(det);
    return { subject: { kind: "role", role: roleHit.canonical, gender, tok: roleHit.at, text }, end: k };
  }
  if (proxy !== null && isDet) return { subject: orgRole(proxy), end: k };
  // « Sa conclusion : », « son message » — the statement of the person in focus.
  if (docNoun !== null && POSSESSIVES.has(det)) return { subject: { kind: "pronoun", gender: null, plural: false, tok: i }, end: k };
  if (docNoun !== null && isDet) return { subject: orgRole(docNoun), end: k };
  // « son entourage », « ses proches »: the staff of the person in focus speaks for that person.
  // (Not « son cabinet », « ses services »: a minister's cabinet may speak for the ministry.)
  if (POSSESSIVES.has(det) && CLOSE_STAFF.has(tokens[i + 1]?.lower ?? "") && k === i + 2) return { subject: { kind: "pronoun", gender: null, plural: false, tok: i }, end: k };
  // « le cabinet », « un porte-parole »: a mouthpiece of no named organization stays unnamed.
  if (mouthpiece && isDet) return { subject: { kind: "description", text, tok: i }, end: k };
  if (isDet && k > i + 1 && (det === "les" || det === "des")) return { subject: { kind: "description", text, tok: i }, end: k };
  return null;
}

/**
 * End of a place named at k and not part of a longer name (« France », « États-Unis », « Corée
 * du Nord »), or k. Only a capitalised word that no mention covers is looked up.
 */
export function placeAt(ctx: Context, k: number, limit: number): number {
  const t = ctx.tokens[k];
  if (!t || k >= limit || !t.cap || t.kind !== "word" || (ctx.doc.mentionAt[k] ?? -1) >= 0) return k;
  const { doc } = ctx;
  for (let n = Math.min(4, limit - k); n >= 1; n--) {
    const end = k + n;
    // (A capitalised word right after the span continues some other name: « France Télévisions ».)
    const next = ctx.tokens[end];
    if (next && end < limit && (next.text === "-" || (next.kind === "word" && next.cap))) continue;
    if (doc.tokPara[end - 1] !== doc.tokPara[k]) continue;
    if (isPlace(doc.text.slice(doc.tokStart[k]!, tokenEnd(doc, end - 1)))) return end;
  }
  return k;
}

/** The gender a singular definite article right before k gives (« du », « de la », « de l' »), else null: false when there is none. */
function definiteOf(ctx: Context, k: number): Gender | null | false {
  const before = ctx.tokens[k - 1]?.lower;
  if (before === "du" || before === "au") return "m";
  if (before === "l'" && /^d/.test(ctx.tokens[k - 2]?.lower ?? "")) return null;
  if (before === "la" && ctx.tokens[k - 2]?.lower === "de") return "f";
  return false;
}

/** A news outlet named at k, maybe behind an article: « Ouest-France », « l'AFP ». */
function mediaAt(ctx: Context, k: number): boolean {
  const at = inDefinite(ctx.tokens[k]) ? k + 1 : k;
  const m = ctx.doc.mentionAt[at] ?? -1;
  return m >= 0 && ctx.doc.mentions[m]!.orgType === "media";
}

/**
 * The person named right after a comma or bracket at k, maybe behind an article, a
 * nationality or a role: « le ministre de l'Intérieur, Gérald Darmanin », « …, l'Autrichien
 * Stefan Weber », « le porte-parole du Kremlin, Dmitri Peskov ». null when none is.
 */
export function namedAfterComma(ctx: Context, k: number, limit: number): number | null {
  const c = ctx.tokens[k]?.text;
  if (c !== "," && c !== "(") return null;
  for (let j = k + 1; j < limit && j <= k + 3; j++) {
    const nm = ctx.doc.mentionAt[j] ?? -1;
    if (nm >= 0) return ctx.doc.mentions[nm]!.kind === "person" ? nm : null;
    const x = ctx.tokens[j]!;
    if (!(inDefinite(x) || demonym(x) || roleAt(ctx, j, limit))) return null;
  }
  return null;
}

/** Longest role at k (« directeur général », « président de la République »). */
export function roleAt(ctx: Context, k: number, limit: number): { entry: RoleEntry; words: number } | null {
  const tokens = ctx.tokens;
  let phrase = "";
  let best: { entry: RoleEntry; words: number } | null = null;
  if (!tokens[k] || !startsRole(tokens[k]!)) return null;
  let key = ""; // the phrase folded, to stop as soon as no role starts so
  for (let n = 0; n < roleMaxWords && k + n < limit; n++) {
    const t = tokens[k + n]!;
    if (t.kind !== "word" && t.text !== "-") break;
    const glued = n === 0 || phrase.endsWith("'");
    // (The first pair of words is asked once per pair: most probes stop there.)
    if (n === 1 && !continuesRole(tokens[k]!, t)) break;
    phrase += glued ? t.lower : ` ${t.lower}`;
    key += glued ? t.key : ` ${t.key}`;
    if (n > 1 && !isRolePrefix(key)) break;
    const r = n === 0 ? roleOfLower(t) : role(phrase);
    if (r) best = { entry: r, words: n + 1 };
  }
  return best;
}
