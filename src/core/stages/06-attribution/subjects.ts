/**
 * Subjects of a speech verb: the phrase before it (« Claire Lavergne, cofondatrice de Kalio,
 * a déclaré »), after it when inverted (« a déclaré à Reuters l'Italien Marco Ferrante »), the
 * object of « selon », the agent of a passive, the subject opening a clause.
 */
import { tokenEnd, type SubjectRef } from "../../document.js";
import { CLAUSE_END, DEMONSTRATIVES, inAdverbs, inChannelPreps, inClitics, inDefinite, inIndefinite, inPrepositions, inRelatives, inSubjectPronouns, inTimeWords, inVerbLikeBefore, isPrepositionBeforeArticle, LATEST, STRESSED_PRONOUNS } from "../../french.js";
import { isCommonWord, isNotName, isPlace, orgHead } from "../../../lexicon/index.js";
import { demonym, roleOfLower, title } from "../../word-lexicon.js";
import { adverbialEnd, timePhraseEnd } from "./between.js";
import { channelEnd } from "./channels.js";
import type { Context } from "./context.js";
import { pronounRef, verbAt, type Cue } from "./cues.js";
import { namedAfterComma, nounPhrase, placeAt, roleAt } from "./noun-phrase.js";

/**
 * The subject written after an inverted verb, skipping the channel and time words:
 * « a déclaré à l'agence Reuters l'Italien Marco Ferrante (S&D), corapporteur du texte ».
 */
export function subjectAfter(ctx: Context, from: number, limit: number, places = false): { subject: SubjectRef | null; channel: string | null; next: number } | null {
  let i = from;
  let channel: string | null = null;
  for (let guard = 0; guard < 4 && i < limit; guard++) {
    const t = ctx.tokens[i]!;
    // « a averti, en petit comité, le président », « interroge, sceptique, X »: an adverbial
    // phrase or an adjective between commas (not a determiner: that is the subject's phrase).
    const w = ctx.tokens[i + 1];
    if (t.text === "," && w && w.kind === "word" && !w.cap && !inDefinite(w) && !inIndefinite(w)) {
      const close = insertEnd(ctx, i + 1, limit);
      if (close > 0) {
        i = close + 1;
        continue;
      }
    }
    if (inTimeWords(t) || t.text === ",") {
      i++;
      continue;
    }
    // « dit sobrement X », « répond simplement X »: an adverb in -ment (no determiner before it,
    // so not « le gouvernement »).
    if (t.kind === "word" && !t.cap && (inAdverbs(t) || (t.lower.length > 6 && t.lower.endsWith("ment") && !inDefinite(ctx.tokens[i - 1])))) {
      i++;
      continue;
    }
    const time = timePhraseEnd(ctx, i, limit);
    if (time > i) {
      i = time;
      guard--;
      continue;
    }
    if (inChannelPreps(t)) {
      const end = channelEnd(ctx, i, limit);
      if (end > i) {
        channel = ctx.doc.text.slice(ctx.doc.tokStart[i]!, tokenEnd(ctx.doc, end - 1));
        i = end;
        continue;
      }
    }
    // « a expliqué lors d'une conférence de presse le préfet X », « a martelé devant les députés X ».
    const adverbial = adverbialEnd(ctx, i, limit);
    if (adverbial > i) {
      i = adverbial;
      continue;
    }
    break;
  }
  // « poursuit celui qui dirige le club depuis 2010, Marc Lenoir »: the name after the relative.
  const who = ctx.tokens[i]?.lower;
  if ((who === "celui" || who === "celle") && ctx.tokens[i + 1]?.lower === "qui") {
    for (let k = i + 2; k < limit && k < i + 16; k++) {
      const x = ctx.tokens[k]!;
      if (ctx.doc.tokQuote[k]! >= 0 || CLAUSE_END.has(x.text)) break;
      if (x.text !== ",") continue;
      const named = namedAfterComma(ctx, k, limit);
      if (named !== null) return { subject: { kind: "mention", mention: named }, channel, next: ctx.doc.mentions[named]!.tokEnd };
      break;
    }
  }
  const np = nounPhrase(ctx, i, limit);
  // « « … », a estimé la France »: `places`, right after a quote, a country or city inverted
  // after the verb is its subject (elsewhere the phrase after a verb is mostly its object).
  if (places && !np?.subject) {
    const d = inDefinite(ctx.tokens[i]) ? i + 1 : i;
    const p = placeAt(ctx, d, limit);
    if (p > d) return { subject: { kind: "description", text: ctx.span(i, p), tok: i }, channel, next: p };
  }
  if (!np) return bareName(ctx, i, limit) ? { subject: { kind: "name", text: ctx.tokens[i]!.text, tok: i }, channel, next: i + 1 } : null;
  return { subject: np.subject, channel, next: np.end };
}

/**
 * A capitalised word alone at i that the mention stage left (a first name or pseudonym:
 * « raconte Yanis. »): not all capitals, not a place, a role, a nationality or a word that is
 * never a name, and followed by punctuation.
 */
function bareName(ctx: Context, i: number, limit: number): boolean {
  const t = ctx.tokens[i];
  if (!t || i >= limit || t.kind !== "word" || !t.cap || t.text.length < 3 || t.text === t.text.toUpperCase()) return false;
  if ((ctx.doc.mentionAt[i] ?? -1) >= 0 || ctx.doc.tokQuote[i]! >= 0) return false;
  const next = ctx.tokens[i + 1];
  if (next && ctx.doc.tokPara[i + 1] === ctx.doc.tokPara[i] && next.kind !== "punct") return false;
  if (next && next.text === "-") return false;
  return !isNotName(t.text) && !isPlace(t.text) && !isCommonWord(t.text) && !demonym(t) && !roleOfLower(t) && !title(t) && !orgHead(t.text);
}

/** The comma closing a short phrase that starts at `from` and names no one, or -1. */
function insertEnd(ctx: Context, from: number, limit: number): number {
  for (let k = from; k < limit && k < from + 6; k++) {
    if ((ctx.doc.mentionAt[k] ?? -1) >= 0 || ctx.doc.tokQuote[k]! >= 0) return -1;
    const text = ctx.tokens[k]!.text;
    if (text === ",") return k;
    if (CLAUSE_END.has(text)) return -1;
  }
  return -1;
}

/**
 * The subject before a verb at `verb`: « Claire Lavergne, cofondatrice de Kalio, a déclaré »,
 * « La fondation a estimé », « il l'a dit », « le ministre de l'Intérieur a annoncé ».
 */
export function subjectBefore(ctx: Context, verb: number, start: number): SubjectRef | null {
  const { doc, tokens } = ctx;
  // « Et Julie Vasseur de conclure »: the name before « de » and a narrating infinitive.
  const de = tokens[verb - 1]?.lower;
  if ((de === "de" || de === "d'") && verb - 2 >= start) {
    const m = doc.mentionAt[verb - 2] ?? -1;
    if (m >= 0 && doc.mentions[m]!.tokEnd === verb - 1 && readsInfinitive(tokens[verb])) return { kind: "mention", mention: m };
  }
  let i = verb - 1;
  let relative = false;
  while (i >= start && (inClitics(tokens[i]) || inAdverbs(tokens[i]) || tokens[i]!.lower === "qui")) {
    if (inSubjectPronouns(tokens[i])) break;
    if (tokens[i]!.lower === "qui") relative = true;
    i--;
  }
  // « la décision de Nadia Benali, qui a promis »: « qui » stands for the name right before it.
  if (relative && i >= start && tokens[i]!.text === ",") {
    const m = doc.mentionAt[i - 1] ?? -1;
    if (m >= 0 && doc.mentions[m]!.tokEnd === i) return { kind: "mention", mention: m };
    // (« …, la Norvège, qui rappelle volontiers »: a place.)
    const place = i - 1 >= start && tokens[i - 1]!.cap ? placeOpening(ctx, i - 1, start) : null;
    if (place) return place;
  }
  // « La Fédération des X (FFE) dénonce »: step over a parenthesis.
  i = beforeBracket(ctx, i, start);
  if (i < start) return null;
  const t = tokens[i]!;
  if (t.text === ",") {
    // An apposition between commas: the subject stands before the first comma.
    let j = i - 1;
    while (j >= start && tokens[j]!.text !== "," && !CLAUSE_END.has(tokens[j]!.text)) j--;
    // « X (LR), a écrit »: a bracket inside the apposition does not end it.
    while (j >= start && tokens[j]!.text === ")") {
      while (j >= start && tokens[j]!.text !== "(") j--;
      j--;
      while (j >= start && tokens[j]!.text !== "," && !CLAUSE_END.has(tokens[j]!.text)) j--;
    }
    // « Julie Pagis, chercheuse au CNRS, qui a écrit un livre, s'exclame »: a relative clause
    // after an apposition; the person named before the apposition speaks.
    const rel = tokens[j + 1]?.lower;
    if (j > start && tokens[j]!.text === "," && (rel === "qui" || rel === "dont")) {
      let h = j - 1;
      while (h >= start && h > j - 16 && tokens[h]!.text !== "," && !CLAUSE_END.has(tokens[h]!.text)) h--;
      const named = h > start && tokens[h]!.text === "," ? (doc.mentionAt[h - 1] ?? -1) : -1;
      if (named >= 0 && doc.mentions[named]!.kind === "person" && doc.mentions[named]!.tokEnd === h && (doc.mentionAt[h + 1] ?? -1) < 0) return { kind: "mention", mention: named };
    }
    // « La directrice, Nathalie Brunet, parle » — the segment is the name itself.
    let n = j + 1;
    // « Le président du jury, l'acteur Jean Dupont, a salué »: article and role before the name.
    while (n < i - 1 && n <= j + 3 && (doc.mentionAt[n] ?? -1) < 0 && (inDefinite(tokens[n]) || inIndefinite(tokens[n]) || roleAt(ctx, n, i) || demonym(tokens[n]!))) n++;
    const inner = doc.mentionAt[n] ?? -1;
    if (inner >= 0 && doc.mentions[inner]!.kind === "person") {
      // (with a party or age in brackets after it: « Olivier Pujol (LR), a écrit »)
      const end = doc.mentions[inner]!.tokEnd;
      if (end === i || (tokens[end]?.text === "(" && tokens[i - 1]?.text === ")")) return { kind: "mention", mention: inner };
      // « Les deux dirigeants, Léa Morel et Paul Girard, ont » — coordinated speakers: the first.
      if (tokens[end]?.lower === "et" && personAt(ctx, end + 1)?.tokEnd === i) return { kind: "mention", mention: inner };
    }
    if (j >= start && tokens[j]!.text === ",") {
      const s = endingAt(ctx, j - 1, start);
      if (s) return s;
    }
    // « Dans un communiqué, la CGT … , a » — the phrase just after the opening comma.
    return nounPhrase(ctx, j + 1, i)?.subject ?? null;
  }
  return endingAt(ctx, i, start);
}

/** When token i closes a short bracket « (FFE) », the token before its opening; else i. */
function beforeBracket(ctx: Context, i: number, start: number): number {
  if (i < start || ctx.tokens[i]!.text !== ")") return i;
  let j = i - 1;
  while (j >= start && j > i - 12 && ctx.tokens[j]!.text !== "(") j--;
  return j >= start && ctx.tokens[j]!.text === "(" ? j - 1 : i;
}

/** The subject phrase that ends at token i (a mention, pronoun, role phrase, proxy). */
function endingAt(ctx: Context, i: number, start: number): SubjectRef | null {
  const { doc, tokens } = ctx;
  // « Force ouvrière (FO), premier syndicat » : step over a parenthesis.
  i = beforeBracket(ctx, i, start);
  if (i < start) return null;
  const t = tokens[i]!;
  if (inSubjectPronouns(t)) return t.lower === "on" ? null : pronounRef(t.lower, i);
  const m = doc.mentionAt[i] ?? -1;
  if (m >= 0) {
    const mention = doc.mentions[m]!;
    // « le ministre de l'Intérieur a dit »: a name inside a role's complement is not the subject.
    const headStart = phraseStart(ctx, mention.tokStart, start);
    if (headStart < mention.tokStart) {
      const np = nounPhrase(ctx, headStart, mention.tokEnd);
      if (np?.subject) return np.subject;
    }
    return { kind: "mention", mention: firstCoordinated(ctx, m, start) };
  }
  const latest = LATEST.get(t.lower);
  if (latest && (tokens[i - 1]?.lower === "ce" || tokens[i - 1]?.lower === "cette")) {
    return { kind: "latest", gender: latest, tok: i - 1, text: ctx.span(i - 1, i + 1) };
  }
  if (t.kind !== "word") return null;
  const place = t.cap ? placeOpening(ctx, i, start) : null;
  if (place) return place;
  const s = phraseStart(ctx, i + 1, start);
  if (s > i) return null;
  return nounPhrase(ctx, s, i + 1)?.subject ?? null;
}

/**
 * « La France a dénoncé », « …, Israël juge »: a country or city named alone, ending at i and
 * opening its clause (at the sentence's start or after a comma), stands for no named body —
 * an unnamed description, as a careful reader writes it. (Not « rappelle que la France », « dans
 * le Pas-de-Calais », « Sciences Po Paris ».)
 */
function placeOpening(ctx: Context, i: number, start: number): SubjectRef | null {
  const tokens = ctx.tokens;
  // (The longest place first: « Corée du Nord », not « Nord ».)
  for (let s = Math.max(start, i - 3); s <= i; s++) {
    if (placeAt(ctx, s, i + 1) !== i + 1) continue;
    const head = inDefinite(tokens[s - 1]) && s - 1 >= start ? s - 1 : s;
    if (head > start && tokens[head - 1]!.text !== ",") return null;
    return { kind: "description", text: ctx.span(head, i + 1), tok: head };
  }
  return null;
}

/** The person mention starting at token k, or undefined. */
function personAt(ctx: Context, k: number): { tokStart: number; tokEnd: number } | undefined {
  const m = ctx.doc.mentionAt[k] ?? -1;
  const mention = m >= 0 ? ctx.doc.mentions[m]! : undefined;
  return mention && mention.kind === "person" && mention.tokStart === k ? mention : undefined;
}

/**
 * « Léa Morel et Paul Girard ont dénoncé », « Léa Morel, Paul Girard et Hugo Vautrin ont »:
 * coordinated people speak together; the first named stands for them (the mention index).
 */
function firstCoordinated(ctx: Context, m: number, start: number): number {
  const { doc, tokens } = ctx;
  let first = m;
  for (let guard = 0; guard < 4; guard++) {
    const cur = doc.mentions[first]!;
    if (cur.kind !== "person") break;
    const link = cur.tokStart - 1;
    if (link - 1 < start || (tokens[link]?.lower !== "et" && tokens[link]?.text !== ",")) break;
    const prev = doc.mentionAt[link - 1] ?? -1;
    if (prev < 0 || doc.mentions[prev]!.kind !== "person" || doc.mentions[prev]!.tokEnd !== link) break;
    // (a comma links only inside a list that ends with « et »)
    if (tokens[link]!.text === "," && first === m) break;
    first = prev;
  }
  return first;
}

/** Where the noun phrase ending just before `end` starts: back over words to a determiner. */
function phraseStart(ctx: Context, end: number, start: number): number {
  const tokens = ctx.tokens;
  let k = end - 1;
  let steps = 0;
  while (k >= start && steps < 10) {
    const t = tokens[k]!;
    // « une piste que X juge »: a relative pronoun opens another clause.
    if (t.kind !== "word" || inSubjectPronouns(t) || inRelatives(t)) break;
    // « le patron des députés LR »: « des », « du » after a noun open its complement.
    const contracted = (t.lower === "des" || t.lower === "du") && tokens[k - 1]?.kind === "word" && !tokens[k - 1]!.cap && !inVerbLikeBefore(tokens[k - 1]);
    if ((inDefinite(t) || inIndefinite(t)) && !contracted && !isPrepositionBeforeArticle(tokens[k - 1]?.lower)) return k;
    k--;
    steps++;
  }
  return end;
}

/** The object of selon/d'après/pour: a mention, a stressed pronoun, a role or a description. */
export function selonObject(ctx: Context, i: number, limit: number): SubjectRef | null {
  const t = ctx.tokens[i];
  if (!t || i >= limit) return null;
  const p = STRESSED_PRONOUNS.get(t.lower);
  if (p) return { kind: "pronoun", gender: p.gender, plural: p.plural, tok: i };
  const latest = t.lower === "ce" ? LATEST.get(ctx.tokens[i + 1]?.lower ?? "") : undefined;
  if (latest) return { kind: "latest", gender: latest, tok: i, text: ctx.span(i, i + 2) };
  const demonstrative = DEMONSTRATIVES.get(t.lower);
  if (demonstrative !== undefined) return { kind: "latest", gender: demonstrative, tok: i, text: t.text };
  return nounPhrase(ctx, i, limit)?.subject ?? null;
}

/** « … par certains internautes, » right before a gerund: the agent phrase after « par ». */
export function agentBefore(ctx: Context, gerund: number, start: number): SubjectRef | null {
  if (ctx.tokens[gerund - 1]?.text !== ",") return null;
  for (let k = gerund - 2; k >= start && k >= gerund - 8; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind === "punct") return null;
    if (t.lower === "par") {
      const np = nounPhrase(ctx, k + 1, gerund - 1);
      return np && np.end >= gerund - 1 ? np.subject : null;
    }
  }
  return null;
}

/** The subject of a speech verb earlier in the sentence, for a gerund that follows it. */
export function mainCueBefore(ctx: Context, gerund: number, start: number): SubjectRef | null {
  for (let i = gerund - 1; i >= start; i--) {
    if (ctx.doc.tokQuote[i]! >= 0) continue;
    const cue = verbAt(ctx, i, gerund, true);
    if (!cue || cue.form === "gerund") continue;
    // Inverted after a quote or comma (« », a indiqué X, précisant »); else the subject before it.
    const inverted = ctx.tokens[cue.start - 1]?.text === "," || ctx.isMark(cue.start - 1);
    if (cue.pronoun) return cue.pronoun;
    return (inverted ? subjectAfter(ctx, cue.end, gerund)?.subject : subjectBefore(ctx, cue.start, start)) ?? null;
  }
  return null;
}

/** The subject opening a clause, after an introductory phrase: « En fin de journée, X … ». */
export function clauseSubject(ctx: Context, start: number, end: number): SubjectRef | null {
  const direct = nounPhrase(ctx, start, end)?.subject;
  if (direct) return direct;
  let i = start;
  for (let k = start; k < end && k < start + 8; k++) {
    if ((ctx.doc.mentionAt[k] ?? -1) >= 0) break;
    if (ctx.tokens[k]!.text === ",") {
      i = k + 1;
      break;
    }
  }
  const np = nounPhrase(ctx, i, end);
  if (!np?.subject) return null;
  // « son directeur général, Christophe Lenoir, » — the name in apposition.
  const m = ctx.doc.mentionAt[np.end + 1] ?? -1;
  if (np.subject.kind !== "mention" && ctx.tokens[np.end]?.text === "," && m >= 0 && ctx.doc.mentions[m]!.kind === "person") return { kind: "mention", mention: m };
  return np.subject;
}

/** Without a verb: « Le communiqué du parquet : » or « Pour la CGT : ». */
export function nounSubject(ctx: Context, start: number, end: number): SubjectRef | null {
  let i = start;
  if (ctx.tokens[i]?.lower === "pour" || ctx.tokens[i]?.lower === "selon") i++;
  return nounPhrase(ctx, i, end)?.subject ?? null;
}

/** The subject of a cue: its glued pronoun, else the phrase before it, else the phrase after it. */
export function cueSubject(ctx: Context, cue: Cue, start: number, end: number): SubjectRef | null {
  if (cue.passive) return passiveAgent(ctx, cue, end);
  const before = cue.pronoun ?? subjectBefore(ctx, cue.start, start);
  if (before) return before;
  // « X, qui évoque les priorités : »: the subject is « qui », the phrase after is the object.
  if (relativeBefore(ctx, cue.start, start)) return null;
  // The phrase after the verb is its subject only where French inverts (« …, a déclaré X »,
  // « Ainsi parle X »): after a finite verb with its subject left unsaid it is the object
  // (« dénoncent un « racisme » »).
  const after = subjectAfter(ctx, cue.end, end)?.subject ?? null;
  if (after && after.kind === "description" && ctx.isMark(after.tok + 1) && after.text.split(" ").length === 1) return null;
  return after;
}

/** « qui » stands right before the verb at `verb` (past clitics and adverbs). */
function relativeBefore(ctx: Context, verb: number, start: number): boolean {
  for (let i = verb - 1; i >= start && i >= verb - 4; i--) {
    const t = ctx.tokens[i]!;
    if (t.lower === "qui") return true;
    if (!(inClitics(t) || inAdverbs(t))) return false;
  }
  return false;
}

/** The agent of a passive cue: « ont été relevées par la société Fortal ». */
export function passiveAgent(ctx: Context, cue: Cue, limit: number): SubjectRef | null {
  return nounPhrase(ctx, cue.end + 1, limit)?.subject ?? null;
}

/** The word looks like an infinitive (« conclure », « ajouter », « répondre »). */
function readsInfinitive(w: { lower: string } | undefined): boolean {
  return w !== undefined && /(?:er|ir|re)$/.test(w.lower);
}
