/**
 * For each quote, find the cue that attributes it (a speech verb, "selon", a colon…) and the
 * grammatical subject of that cue: a mention, a pronoun, a role noun ("le ministre"), an
 * organization's spokesperson or document, or an unnamed description ("un magistrat").
 * Coreference (which entity a pronoun or role means) is left to the resolve stage.
 *
 * Rules, tried in order; the first that finds a cue wins and names itself in `rule`:
 *   headline        the quote is in a title or subheading (resolve copies the body quote's speaker)
 *   incise          « Nous irons, a-t-il assuré, jusqu'au bout. »
 *   after-inversion « … », a déclaré à Reuters l'Italien Marco Ferrante.
 *   after-selon     « … », selon le parquet.
 *   colon           Le ministre a déclaré : « … »
 *   selon           Selon lui, « … ».  /  Pour la CGT, « … ».
 *   subject-verb    La fondation a estimé que l'accord soulevait des « questions ».
 *   running         a quote without a cue right after another quote keeps its speaker
 *   previous        the sentence before names a speaker with a speech verb or a colon
 */
import { isRolePrefix, isSpeechNoun, mayStartLongerSpeechVerb, mayStartSpeechVerb, roleMaxWords, speechVerb, speechVerbMaxWords, type VerbEntry } from "../../lexicon/index.js";
import { determinerGender, POSSESSIVES } from "../determiners.js";
import { quoteEndsSentence, TokenClass, tokenEnd, type Attribution, type Doc, type SubjectRef, type Word } from "../document.js";
import type { Gender } from "../types.js";
import { demonym, orgHead, orgHeadOfLower, role, roleOfLower, startsRole, title } from "../word-lexicon.js";
import { perWord, perWordFlag, perWordPair, wordList } from "../words.js";

/** A speech-verb cue found at some token. */
interface Cue {
  lemma: string;
  /** Token range of the cue [start, end). */
  start: number;
  end: number;
  form: "finite" | "participle" | "gerund";
  /** The subject pronoun glued to the verb (a-t-il, dit-elle), when inverted. */
  pronoun: SubjectRef | null;
}

// Asked of most words of an article: remembered on the word (src/core/words.ts).
const startsSpeechVerb = perWordFlag(mayStartSpeechVerb, "lower");
const speechVerbOf = perWord(speechVerb, "lower");
/** Some speech-verb form of two or more tokens may start with this word. */
const startsLongerSpeechVerb = perWordFlag(mayStartLongerSpeechVerb, "lower");
const speechNounOf = perWordFlag(isSpeechNoun, "lower");
/** Some role's key starts with these two words (joined as `roleAt` joins them). */
const continuesRole = perWordPair((first, second) => isRolePrefix(first.lower.endsWith("'") ? first.key + second.key : `${first.key} ${second.key}`));
const AUX = new Set(["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "est", "sont", "était", "étaient", "sera", "serait", "avons", "avez", "ai"]);
const inAux = wordList(AUX);
/** Words that may stand between an auxiliary and its participle, or between a subject and its verb. */
const ADVERBS = new Set([
  "aussi", "également", "encore", "notamment", "déjà", "ensuite", "alors", "enfin", "pourtant", "toutefois", "même", "bien",
  "plus", "tard", "immédiatement", "aussitôt", "longtemps", "souvent", "toujours", "ainsi", "simplement", "clairement",
  "publiquement", "vivement", "fermement", "récemment", "volontiers", "cependant", "néanmoins", "pas", "jamais", "d'ailleurs",
  "lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "seulement", "surtout", "plutôt", "désormais", "longuement",
  "rapidement", "brièvement", "franchement", "ouvertement", "directement", "sobrement",
]);
const inAdverbs = wordList(ADVERBS);
/** Words after which « des », « du » are articles, not « de » + article: « selon des », « pour du ». */
const VERB_LIKE_BEFORE = new Set(["selon", "pour", "avec", "par", "sans", "contre", "chez", "et", "ou", "mais", "que", "qu'", "a", "ont", "est", "sont", "dont"]);
const inVerbLikeBefore = wordList(VERB_LIKE_BEFORE);
/** Relative pronouns: they end a noun phrase read backwards. */
const RELATIVES = new Set(["que", "qu'", "dont", "où", "qui", "lequel", "laquelle"]);
const inRelatives = wordList(RELATIVES);
/** Clitics between a subject and its verb: « il l'a dit », « elle s'est dite », « ne lui a pas ». */
const CLITICS = new Set(["l'", "le", "la", "les", "lui", "leur", "s'", "se", "y", "en", "n'", "ne", "m'", "t'", "nous", "vous"]);
const inClitics = wordList(CLITICS);
// (Maps, not object literals: « constructor » or « toString » in a text must find nothing.)
const SUBJECT_PRONOUNS = new Map<string, { gender: Gender | null; plural: boolean }>([
  ["il", { gender: "m", plural: false }],
  ["elle", { gender: "f", plural: false }],
  ["ils", { gender: "m", plural: true }],
  ["elles", { gender: "f", plural: true }],
  ["on", { gender: null, plural: false }],
]);
const inSubjectPronouns = wordList(SUBJECT_PRONOUNS.keys());
/** Stressed pronouns after "selon", "pour", "d'après". */
const STRESSED_PRONOUNS = new Map<string, { gender: Gender | null; plural: boolean }>([
  ["lui", { gender: "m", plural: false }],
  ["elle", { gender: "f", plural: false }],
  ["eux", { gender: "m", plural: true }],
  ["elles", { gender: "f", plural: true }],
]);
const DEFINITE = new Set(["le", "la", "l'", "les", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "mon", "ma", "mes", "votre", "vos"]);
const inDefinite = wordList(DEFINITE);
const INDEFINITE = new Set(["un", "une", "des", "plusieurs", "certains", "certaines", "deux", "trois", "quelques", "d'autres", "nombre", "beaucoup"]);
const inIndefinite = wordList(INDEFINITE);
const PREPOSITIONS = new Set(["à", "au", "aux", "auprès", "sur", "dans", "de", "du", "des", "d'", "pour", "par", "avec", "chez", "devant", "lors", "pendant", "depuis", "après", "avant", "en", "sous", "contre", "via", "face"]);
const inPrepositions = wordList(PREPOSITIONS);
/** Prepositions that open a channel after a speech verb: à l'AFP, sur X, auprès de Reuters. */
const CHANNEL_PREPS = new Set(["à", "au", "aux", "auprès", "sur", "dans"]);
const inChannelPreps = wordList(CHANNEL_PREPS);
/** Time words that may stand between a verb and its inverted subject: « a déclaré mardi X ». */
const TIME_WORDS = new Set([
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "matin", "soir", "midi",
  "après-midi", "récemment", "encore", "aussi", "également", "alors", "ensuite", "enfin", "notamment", "déjà", "ainsi",
  "cette", "semaine", "dernier", "dernière", "dernièrement", "plus", "tôt", "tard", "jour", "même", "toutefois", "pourtant",
]);
const inTimeWords = wordList(TIME_WORDS);
/** « celui-ci », « celle-ci »: the last named person or organization. */
const DEMONSTRATIVES = new Map<string, Gender>([["celui-ci", "m"], ["celle-ci", "f"], ["celui-là", "m"], ["celle-là", "f"]]);
/** « ce dernier », « cette dernière ». */
const LATEST = new Map<string, Gender>([["dernier", "m"], ["dernière", "f"]]);
/** Heads that, written lower-case with a definite article, stand for an organization named earlier. */
const ORG_PROXIES = new Set(["groupe", "entreprise", "société", "start-up", "startup", "firme", "compagnie", "enseigne", "marque", "constructeur", "géant", "parquet", "préfecture", "ministère", "gouvernement", "syndicat", "association", "fondation", "ong", "parti", "mairie", "municipalité", "direction", "institution", "organisation", "agence", "autorité", "banque", "club", "fédération", "plateforme", "opérateur", "laboratoire", "hôpital", "tribunal", "cour", "commission", "conseil", "collectif", "réseau", "chaîne", "journal", "quotidien", "équipe", "cabinet", "think", "fonds", "assureur", "distributeur", "éditeur", "studio", "régulateur", "gendarmerie", "police"]);
const inOrgProxies = wordList(ORG_PROXIES);
/** Words for an organization's mouthpiece: « un porte-parole de la SNCF » makes the SNCF speak. */
const MOUTHPIECES = new Set(["porte-parole", "porte-paroles", "représentant", "représentante", "représentants", "service", "services", "entourage", "cabinet", "direction", "communication", "avocat", "avocats", "avocate", "conseil"]);
const inMouthpieces = wordList(MOUTHPIECES);
/** Marks that end a clause when scanning for a subject. */
const CLAUSE_END = new Set([".", "!", "?", "…", ";", ":", "«", "»", "“", "”", '"', "(", ")", "—", "–"]);

export const attribution = (doc: Doc): void => {
  const ctx = new Context(doc);
  doc.attributions = [];
  doc.quotes.forEach((_, qi) => doc.attributions.push(ctx.attribute(qi)));
  dropScareQuotes(doc, ctx);
};

/**
 * A short quote with no cue in a sentence that has no speech word at all is a term held at arm's
 * length (« grands procès ») or a name, not somebody's words: drop it.
 */
function dropScareQuotes(doc: Doc, ctx: Context): void {
  const keep = doc.quotes.map((q, qi) => {
    const rule = doc.attributions[qi]?.rule ?? null;
    if ((rule !== null && rule !== "running" && rule !== "previous") || q.kind === "headline") return true;
    // Words inside, counted as far as the tests below need (7).
    let words = 0;
    for (let i = q.tokStart; i < q.tokEnd && words < 7; i++) if (doc.tokClass[i] !== TokenClass.punct) words++;
    const endsUtterance = quoteEndsSentence(doc.text, q);
    // A capitalised title without final punctuation: « La Nuit des autres ».
    const titleLike = words >= 2 && words <= 6 && q.tokEnd > q.tokStart && doc.tokens[q.tokStart]!.cap && !endsUtterance;
    if (titleLike) return false;
    // A whole utterance (« Non. », « Jamais ! ») is somebody's words even with no cue.
    if (words > 3 || rule !== null || endsUtterance) return true;
    return ctx.sentenceHasSpeechWord(q.openTok >= 0 ? q.openTok : q.tokStart);
  });
  if (keep.every(Boolean)) return;
  const renumber = new Int32Array(doc.quotes.length).fill(-1);
  let n = 0;
  keep.forEach((k, i) => {
    if (k) renumber[i] = n++;
  });
  const inQuote = doc.tokQuote;
  for (let i = 0; i < inQuote.length; i++) if (inQuote[i]! >= 0) inQuote[i] = renumber[inQuote[i]!]!;
  doc.quotes = doc.quotes.filter((_, i) => keep[i]);
  doc.attributions = doc.attributions.filter((_, i) => keep[i]);
}

class Context {
  private readonly tokens: Word[];
  /** Token index just past the end of each paragraph. */
  private readonly paraLimit: Int32Array;
  /**
   * verbAt results by token (×2, +1 when strict): rules scan the same tokens again and again.
   * A byte per key says « not read yet » (0), « no verb » (1) or « a cue » (2, kept in `cues`):
   * most tokens are no verb, so the Map stays small even on million-token articles.
   */
  private readonly verbRead: Uint8Array;
  private readonly cues = new Map<number, Cue>();

  constructor(private readonly doc: Doc) {
    this.tokens = doc.tokens;
    this.verbRead = doc.scratch.uint8(doc.tokens.length * 2);
    this.paraLimit = new Int32Array(doc.paragraphs.length);
    for (let i = doc.tokens.length - 1; i >= 0; i--) {
      const p = doc.tokPara[i]!;
      if (this.paraLimit[p] === 0) this.paraLimit[p] = i + 1;
    }
  }

  attribute(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    const signed = this.signature(qi);
    if (signed) return signed;
    if (q.kind === "headline") {
      // « Anne-Sophie Rivière : « … » » in a title names its speaker; else the body quote will.
      const named = this.colon(qi);
      if (named && named.subject?.kind === "mention") return named;
      return { subject: null, cueStart: 0, cueEnd: 0, cueLemma: "", channel: null, rule: "headline", confidence: 0.5 };
    }
    return (
      this.incise(qi) ??
      this.after(qi) ??
      this.colon(qi) ??
      this.selon(qi) ??
      this.subjectVerb(qi) ??
      this.running(qi) ??
      this.previous(qi) ??
      this.nearest(qi)
    );
  }

  // ---- rules --------------------------------------------------------------------------------

  /**
   * A quote alone on its line, signed on the next line by a name without a verb:
   * « … » ¶ Jeanne Martin, directrice de l'école.
   */
  private signature(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    const para = this.doc.paragraphs[q.para];
    if (!para || q.openTok < 0 || this.doc.tokStart[q.openTok]! !== para.start) return null;
    const after = q.closeTok >= 0 ? q.closeTok + 1 : q.tokEnd;
    const next = this.tokens[after];
    if (next && this.doc.tokPara[after] === q.para && !(next.kind === "punct" && this.doc.tokPara[after + 1] !== q.para)) return null;
    if (!next) return null;
    // The signature line: short, opening with a name, no speech verb.
    let end = after;
    while (end < this.tokens.length && this.doc.tokPara[end] === this.doc.tokPara[after]) end++;
    if (end - after > 16) return null;
    const m = this.doc.mentionAt[after] ?? -1;
    if (m < 0) return null;
    for (let i = after; i < end; i++) if (this.doc.tokQuote[i]! >= 0 || this.verbAt(i, end, true)) return null;
    const at = this.doc.tokStart[after]!;
    return { subject: { kind: "mention", mention: m }, cueStart: at, cueEnd: at, cueLemma: "", channel: null, rule: "signature", confidence: 0.8 };
  }

  /** True when the sentence holding token `tok` has a speech verb (any form) or speech noun outside quotes. */
  sentenceHasSpeechWord(tok: number): boolean {
    const { start, end } = this.sentenceOf(tok);
    for (let i = Math.max(start, tok - REACH); i < end && i < tok + REACH; i++) {
      const t = this.tokens[i]!;
      if (this.doc.tokQuote[i]! >= 0 || t.kind !== "word") continue;
      if (speechVerbOf(t) || speechNounOf(t) || t.lower === "selon") return true;
    }
    return false;
  }

  /** « Nous irons, a-t-il assuré, jusqu'au bout. » — a cue between commas inside the quote. */
  private incise(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    for (let i = q.tokStart; i < q.tokEnd - 1; i++) {
      if (this.tokens[i]!.text !== ",") continue;
      const cue = this.verbAt(i + 1, q.tokEnd);
      if (!cue || cue.form === "gerund") continue;
      const after = this.tokens[cue.end];
      if (cue.pronoun) {
        const on = this.onAt(cue, q.tokEnd);
        if (on) return this.make(cue, on, null, "incise", 0.9);
        if (after && (after.text === "," || after.text === "." || after.text === "…")) return this.make(cue, cue.pronoun, null, "incise", 0.9);
        continue;
      }
      const found = this.subjectAfter(cue.end, q.tokEnd);
      if (found && found.subject) return this.make(cue, found.subject, found.channel, "incise", 0.85);
    }
    return null;
  }

  /** « … », a déclaré X. / « … », estime-t-elle. / « … », selon X. */
  private after(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    if (q.closeTok < 0) return null;
    let i = q.closeTok + 1;
    const para = this.doc.tokPara[q.closeTok]!;
    const limit = this.paraEnd(q.closeTok);
    if (i < limit && this.tokens[i]!.text === ",") i++;
    else if (i < limit && this.tokens[i]!.text === "»") return null;
    if (i >= limit || this.doc.tokPara[i]! !== para) return null;
    // « … » — Jeanne Martin, 26 ans: a dash and a name sign the quote.
    const dash = this.tokens[i]!;
    if ((dash.text === "—" || dash.text === "–") && (this.doc.mentionAt[i + 1] ?? -1) >= 0) {
      return { subject: { kind: "mention", mention: this.doc.mentionAt[i + 1]! }, cueStart: this.doc.tokStart[i]!, cueEnd: tokenEnd(this.doc, i), cueLemma: "—", channel: null, rule: "signature", confidence: 0.8 };
    }
    // « … » leur explique X: clitics may stand before the verb.
    while (i < limit - 1 && (this.tokens[i]!.lower === "leur" || this.tokens[i]!.lower === "lui" || this.tokens[i]!.lower === "nous" || this.tokens[i]!.lower === "vous")) i++;
    const t = this.tokens[i]!;
    if (t.lower === "selon" || t.lower === "d'après" || (t.lower === "d'" && this.tokens[i + 1]?.lower === "après")) {
      const start = t.lower === "d'" ? i + 2 : i + 1;
      const subject = this.selonObject(start, limit);
      if (subject) return this.makeWord(i, start, t.lower === "selon" ? "selon" : "d'après", subject, "after-selon", 0.9);
    }
    const cue = this.verbAt(i, limit);
    if (!cue || cue.form === "gerund") return null;
    if (cue.pronoun) return this.make(cue, this.onAt(cue, limit) ?? cue.pronoun, this.channelAfter(cue.end, limit), "after-inversion", 0.95);
    const found = this.subjectAfter(cue.end, limit);
    if (found?.subject) return this.make(cue, found.subject, found.channel, "after-inversion", 0.95);
    return null;
  }

  /** Le ministre a déclaré : « … » — the subject of the verb before the colon. */
  private colon(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    const before = q.openTok - 1;
    if (before < 0 || this.tokens[before]!.text !== ":" || this.doc.tokPara[before]! !== this.doc.tokPara[q.openTok]!) {
      // A colon ending the previous paragraph introduces this one: « Il a expliqué : » ¶ « … ».
      const prev = this.tokens[q.openTok - 1];
      if (!prev || prev.text !== ":" || q.openTok < 1) return null;
    }
    // « « … » : « … » »: a quote introducing a quote — the running speaker's, not a colon cue.
    if (before > 0 && this.isMark(before - 1) && this.doc.tokQuote[before - 1]! < 0 && this.tokens[before - 1]!.text !== "«") return null;
    const start = this.clauseStart(before);
    // The last speech verb of the clause before the colon.
    for (let i = before - 1; i >= start; i--) {
      if (this.doc.tokQuote[i]! >= 0) continue;
      const cue = this.verbAt(i, before, true);
      if (!cue) continue;
      const subject = cue.pronoun ?? this.subjectBefore(cue.start, start) ?? this.subjectAfter(cue.end, before)?.subject ?? null;
      if (subject) return this.make(cue, subject, this.channelAfter(cue.end, before), "colon", 0.9);
    }
    // No verb: « Claire Lavergne : « … » » or a speech noun « Le communiqué du parquet : »; in a
    // longer clause, its subject (« En fin de journée, son directeur a présenté … : »).
    const subject = before - start <= 6 ? (this.subjectBefore(before, start) ?? this.nounSubject(start, before)) : this.clauseSubject(start, before);
    if (subject) return { subject, cueStart: this.doc.tokStart[before]!, cueEnd: tokenEnd(this.doc, before), cueLemma: ":", channel: null, rule: "colon", confidence: 0.7 };
    return null;
  }

  /** Selon X, « … ». / Pour X, « … ». / D'après X, … — anywhere in the quote's sentence. */
  private selon(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    const { start } = this.sentenceOf(q.openTok);
    // Only before the quote: a « selon » after it belongs to the after rule or to another quote.
    const end = q.openTok >= 0 ? q.openTok : q.tokStart;
    for (let i = Math.max(start, end - REACH); i < end; i++) {
      const t = this.tokens[i]!;
      if (this.doc.tokQuote[i]! >= 0) continue;
      let lemma: string | null = null;
      let object = i + 1;
      if (t.lower === "selon") lemma = "selon";
      else if (t.lower === "d'" && this.tokens[i + 1]?.lower === "après") {
        lemma = "d'après";
        object = i + 2;
      } else if (t.lower === "d'après") lemma = "d'après";
      else if (t.lower === "pour" && (i === start || this.tokens[i - 1]!.text === "," || this.tokens[i - 1]!.text === "»")) lemma = "pour";
      if (!lemma) continue;
      const subject = this.selonObject(object, end);
      if (!subject) continue;
      // « Pour X, … » needs the comma after X: « pour la première fois » is not a cue.
      if (lemma === "pour" && !this.followedByComma(subject, object, end)) continue;
      return this.makeWord(i, object, lemma, subject, "selon", lemma === "pour" ? 0.75 : 0.9);
    }
    return null;
  }

  /** The quote's own sentence has a speech verb outside quotes: its subject speaks. */
  private subjectVerb(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    const { start, end } = this.sentenceOf(q.openTok >= 0 ? q.openTok : q.tokStart);
    const from = q.openTok >= 0 ? q.openTok : q.tokStart;
    // Verbs before the quote, nearest first; then verbs after it.
    for (let i = from - 1; i >= start && i >= from - REACH; i--) {
      if (this.doc.tokQuote[i]! >= 0 || this.isMark(i)) continue;
      const cue = this.verbAt(i, from, true);
      if (!cue || cue.end > from) continue;
      // « …, a justifié la direction, en promettant un « … » »: a gerund shares its sentence's speaker.
      if (cue.form === "gerund" && qi > 0 && this.doc.tokSent[this.doc.quotes[qi - 1]!.tokStart] === this.doc.tokSent[from] && this.doc.attributions[qi - 1]) {
        return { ...this.make(cue, { kind: "description", text: "", tok: cue.start }, null, "running", 0.7), subject: null };
      }
      // « …, son président, X, jugeant … » has its own subject; « a indiqué un porte-parole du
      // régulateur, précisant que … « … » » shares the main verb's.
      if (cue.form === "gerund") {
        // « soutenu par certains internautes, jugeant que … »: the passive's agent judges.
        const agent = this.agentBefore(cue.start, start);
        const channel = this.channelAfter(cue.end, from);
        if (agent) return this.make(cue, agent, channel, "subject-verb", 0.7);
        const own = this.subjectBefore(cue.start, start);
        if (own && (own.kind === "mention" || own.kind === "pronoun")) return this.make(cue, own, channel, "subject-verb", 0.8);
        const main = this.mainCueBefore(cue.start, start);
        if (main) return this.make(cue, main, channel, "subject-verb", 0.75);
        // « La CGT, alliée du syndicat, a fait de même dans un communiqué, estimant que « … » »:
        // after a comma, the participle's subject is the one the sentence opens with.
        if (this.tokens[cue.start - 1]?.text === ",") {
          const opener = this.clauseSubject(start, cue.start);
          if (opener && opener.kind === "mention" && this.doc.tokQuote[this.doc.mentions[opener.mention]!.tokStart]! < 0) {
            return this.make(cue, opener, channel ?? this.channelAfter(start, cue.start), "subject-verb", 0.7);
          }
        }
      }
      const subject = cue.pronoun ?? this.subjectBefore(cue.start, start) ?? this.subjectAfter(cue.end, from)?.subject ?? null;
      if (subject) return this.make(cue, subject, this.channelAfter(cue.end, from), "subject-verb", 0.8);
    }
    const after = q.closeTok >= 0 ? q.closeTok + 1 : q.tokEnd;
    for (let i = after; i < end && i < after + REACH; i++) {
      if (this.doc.tokQuote[i]! >= 0 || this.isMark(i)) continue;
      const cue = this.verbAt(i, end, true);
      if (!cue) continue;
      const subject = cue.pronoun ?? this.subjectAfter(cue.end, end)?.subject ?? this.subjectBefore(cue.start, start) ?? null;
      if (subject) return this.make(cue, subject, this.channelAfter(cue.end, end), "subject-verb", 0.7);
    }
    return null;
  }

  /**
   * A quote without a cue in a run of quotes keeps the running speaker: the previous quote is
   * in the same paragraph, or ends the previous one, with no other person named in between.
   */
  private running(qi: number): Attribution | null {
    if (qi === 0) return null;
    const q = this.doc.quotes[qi]!;
    const prev = this.doc.quotes[qi - 1]!;
    if (prev.kind === "headline") return null;
    const from = prev.closeTok >= 0 ? prev.closeTok + 1 : prev.tokEnd;
    const to = q.openTok >= 0 ? q.openTok : q.tokStart;
    const paraGap = q.para - prev.para;
    if (paraGap > 2) return null;
    // Between them: at most a short stretch of narration that names no one.
    if (to - from > 60) return null;
    // The previous quote's own speaker, named in its attribution, does not break the run.
    const prevSubject = this.doc.attributions[qi - 1]?.subject;
    const speakerText = prevSubject?.kind === "mention" ? lastWord(this.doc.mentions[prevSubject.mention]!.text) : null;
    for (let i = from; i < to; i++) {
      // « - Haine contre la France - »: agency copy's inline subheading starts a new topic.
      if (this.tokens[i]!.text === "-") return null;
      const m = this.doc.mentionAt[i] ?? -1;
      if (m >= 0 && this.doc.mentions[m]!.kind === "person" && lastWord(this.doc.mentions[m]!.text) !== speakerText) return null;
    }
    return { subject: null, cueStart: 0, cueEnd: 0, cueLemma: "", channel: null, rule: "running", confidence: 0.6 };
  }

  /** The sentence before the quote's names a speaker: « X a réagi. » ¶ « … ». */
  private previous(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    const first = q.openTok >= 0 ? q.openTok : q.tokStart;
    const sent = this.doc.tokSent[first]!;
    // Only a quote that opens its sentence: a woven quote without a cue is not said by the last speaker.
    if (this.sentenceOf(first).start !== first) return null;
    const prevSent = this.doc.sentences[sent - 1];
    if (!prevSent || this.doc.tokPara[first]! - prevSent.para > 1) return null;
    for (let i = prevSent.tokEnd - 1; i >= prevSent.tokStart && i >= prevSent.tokEnd - REACH; i--) {
      if (this.doc.tokQuote[i]! >= 0 || this.isMark(i)) continue;
      const cue = this.verbAt(i, prevSent.tokEnd, true);
      if (!cue) continue;
      const subject = cue.pronoun ?? this.subjectBefore(cue.start, prevSent.tokStart) ?? this.subjectAfter(cue.end, prevSent.tokEnd)?.subject ?? null;
      if (subject) return this.make(cue, subject, null, "previous", 0.55);
    }
    return null;
  }

  /**
   * Last resort for a full quote that opens its sentence with no cue anywhere near: the person
   * the paragraph is about, i.e. the last person named before it in the paragraph.
   */
  private nearest(qi: number): Attribution | null {
    const q = this.doc.quotes[qi]!;
    const first = q.openTok >= 0 ? q.openTok : q.tokStart;
    if (q.kind !== "full" || this.sentenceOf(first).start !== first) return null;
    const para = this.doc.tokPara[first]!;
    for (let i = first - 1; i >= 0 && i >= first - REACH * 4 && this.doc.tokPara[i]! === para; i--) {
      if (this.doc.tokQuote[i]! >= 0) continue;
      const m = this.doc.mentionAt[i] ?? -1;
      if (m < 0) continue;
      const mention = this.doc.mentions[m]!;
      const before = this.tokens[mention.tokStart - 1]?.lower;
      if (mention.kind !== "person" || before === "de" || before === "d'" || before === "à") continue;
      const at = this.doc.tokStart[mention.tokStart]!;
      return { subject: { kind: "mention", mention: m }, cueStart: at, cueEnd: at, cueLemma: "", channel: null, rule: "nearest", confidence: 0.4 };
    }
    return null;
  }

  // ---- cues ---------------------------------------------------------------------------------

  /**
   * The speech-verb cue starting at token i: « a-t-il déclaré », « ajoute-t-elle », « a
   * notamment expliqué », « s'est félicité », « déclare », « regrettant », « fait valoir ».
   * `strict`: the form must also look like a verb in context when it is a homograph (juge, critique).
   */
  private verbAt(i: number, limit: number, strict = false): Cue | null {
    const t = this.tokens[i];
    if (!t || i >= limit || t.kind !== "word") return null;
    const key = i * 2 + (strict ? 1 : 0);
    let cue: Cue | null;
    const read = this.verbRead[key];
    if (read === 0) {
      cue = this.readVerb(i, this.paraLimit[this.doc.tokPara[i]!]!, strict);
      this.verbRead[key] = cue ? 2 : 1;
      if (cue) this.cues.set(key, cue);
    } else cue = read === 2 ? this.cues.get(key)! : null;
    return cue && cue.end <= limit ? cue : null;
  }

  /** verbAt without the cache, reading up to the paragraph's end. */
  private readVerb(i: number, limit: number, strict: boolean): Cue | null {
    const t = this.tokens[i];
    if (!t || i >= limit || t.kind !== "word") return null;
    let j = i;
    // Pronominal: s'est félicité, se sont réjouis, s'indigne.
    const reflexive = t.lower === "s'" || t.lower === "se";
    if (reflexive) j++;
    const head = this.tokens[j];
    if (!head || j >= limit) return null;
    const inverted = invertedSubject(head);
    const base = inverted ? inverted[1]! : head.lower;
    const pronoun: SubjectRef | null = inverted ? this.pronounRef(inverted[2]!, j) : null;
    if (inverted ? AUX.has(base) : inAux(head)) {
      let k = j + 1;
      let skipped = 0;
      while (k < limit && skipped < 4) {
        const inserted = this.tokens[k]!.text === "," ? this.insertAt(k + 1) : this.insertAt(k);
        if (inserted === k + 1) break;
        if (inserted > k) {
          k = inserted;
          skipped++;
          continue;
        }
        if (!inAdverbs(this.tokens[k]) || this.participleAt(k, reflexive)) break;
        k++;
        skipped++;
      }
      const p = this.participleAt(k, reflexive);
      if (p && k < limit) return { lemma: p.lemma, start: i, end: k + p.words, form: "finite", pronoun };
      return null;
    }
    const found = this.formAt(j, limit, reflexive, inverted ? base : null) ?? this.idiomAt(j, limit);
    if (!found) return null;
    // « a écrit »: read from the auxiliary, which a backward scan meets next.
    if (!inverted && !reflexive && inAux(this.tokens[j - 1]) && this.participleAt(j, false)) return null;
    if (found.form === "participle") return null;
    if (found.form === "infinitive") return null;
    if (strict && found.homograph && !pronoun && !this.verbContext(i, j + found.words)) return null;
    return { lemma: found.lemma, start: i, end: j + found.words, form: found.form === "gerund" ? "gerund" : "finite", pronoun };
  }

  /** End of an inserted phrase at k (« pour sa part », « de son côté », « quant à lui »), or k. */
  private insertAt(k: number): number {
    const a = this.tokens[k]?.lower;
    const b = this.tokens[k + 1]?.lower;
    const c = this.tokens[k + 2]?.lower;
    let end = k;
    if (a === "pour" && (b === "sa" || b === "son" || b === "leur") && c === "part") end = k + 3;
    else if (a === "de" && (b === "son" || b === "leur") && c === "côté") end = k + 3;
    else if (a === "quant" && b === "à" && (c === "lui" || c === "elle" || c === "eux")) end = k + 3;
    else if ((a === "une" || a === "encore") && (b === "nouvelle" || b === "une") && (c === "fois")) end = k + 3;
    else if ((a === "à" && (b === "son" || b === "leur") && c === "tour")) end = k + 3;
    else if ((a === "lui" || a === "elle" || a === "eux") && b === "aussi") end = k + 2;
    // « a, elle, estimé »: a stressed pronoun between commas.
    else if ((a === "lui" || a === "elle" || a === "eux" || a === "elles") && b === ",") end = k + 1;
    else if ((a === "au" && b === "contraire") || ((a === "de" || a === "à") && b === "nouveau") || (a === "par" && b === "ailleurs") || (a === "en" && b === "outre") || (a === "d'" && b === "ailleurs") || (a === "sans" && (b === "détour" || b === "ambages"))) end = k + 2;
    else return k;
    // The insert may sit between commas: « a, pour sa part, déclaré ».
    return this.tokens[end]?.text === "," ? end + 1 : end;
  }

  /**
   * Verbs that report speech only with a given complement, so the lexicon leaves them out:
   * « appeler à » (a appelé à « … »), « y voir » (X y voit « un scandale »).
   */
  private idiomAt(k: number, limit: number): { lemma: string; form: string; words: number; homograph: boolean } | null {
    const t = this.tokens[k];
    if (!t || k >= limit) return null;
    // (Most words are neither: the words after them are not read.)
    const m = appelerForm(t);
    if (!m && t.lower !== "y") return null;
    let n = k + 1;
    while (n < limit && n < k + 3 && inTimeWords(this.tokens[n])) n++;
    const next = this.tokens[n]?.lower;
    if (m && (next === "à" || next === "au" || next === "aux" || this.callsOnTo(n, limit))) return { lemma: "appeler", form: m[1] === "é" || m[1] === "ée" || m[1] === "és" || m[1] === "ées" ? "participle" : m[1] === "ant" ? "gerund" : "finite", words: 1, homograph: false };
    if (t.lower === "y" && next !== undefined && VOIR.has(next)) return { lemma: "voir", form: "finite", words: 2, homograph: false };
    return null;
  }

  /** A past participle at k (single or multi-word: « fait valoir »). */
  private participleAt(k: number, reflexive: boolean): { lemma: string; words: number } | null {
    const f = this.formAt(k, this.tokens.length, reflexive, null, true) ?? this.idiomAt(k, this.tokens.length);
    return f && f.form === "participle" ? { lemma: f.lemma, words: f.words } : null;
  }

  /** Longest speech-verb form starting at token k. `override` replaces the first word (inverted forms). */
  private formAt(k: number, limit: number, reflexive: boolean, override: string | null, participle = false): { lemma: string; form: string; words: number; homograph: boolean } | null {
    const first = this.tokens[k];
    if (!first || first.kind !== "word") return null;
    let phrase = override ?? first.lower;
    if (override === null ? !startsSpeechVerb(first) : !mayStartSpeechVerb(phrase)) return null;
    let best: { lemma: string; form: string; words: number; homograph: boolean } | null = null;
    // (A word alone that starts no longer form: its own readings are all there is.)
    const most = override === null && !startsLongerSpeechVerb(first) ? 1 : speechVerbMaxWords;
    for (let n = 1; n <= most && k + n - 1 < limit; n++) {
      if (n > 1) {
        const t = this.tokens[k + n - 1]!;
        if (this.doc.tokPara[k + n - 1] !== this.doc.tokPara[k] || t.kind !== "word") break;
        phrase += (this.tokens[k + n - 2]!.lower.endsWith("'") ? "" : " ") + t.lower;
      }
      const entries = n === 1 && override === null ? speechVerbOf(first) : speechVerb(phrase);
      if (!entries) continue;
      // « écrit » is both « il écrit » and « a écrit »: take the reading the context asks for.
      // The first entry of the right voice in the form asked for, else the first of that voice.
      let fit: VerbEntry | undefined;
      let firstFit: VerbEntry | undefined;
      for (const e of entries) {
        if (e.pronominal !== reflexive) continue;
        firstFit ??= e;
        if ((e.form === "participle") === participle) {
          fit = e;
          break;
        }
      }
      fit ??= firstFit;
      if (fit) best = { lemma: fit.lemma, form: fit.form, words: n, homograph: fit.homograph };
    }
    return best;
  }

  /** A homograph (« juge », « critique ») is a verb when a subject or clitic stands before it, or « que » follows. */
  private verbContext(start: number, end: number): boolean {
    const before = this.tokens[start - 1];
    const after = this.tokens[end];
    if (after && (after.lower === "que" || after.lower === "qu'" || after.text === ":" || after.text === "«")) return true;
    if (!before) return false;
    if (inSubjectPronouns(before) || inClitics(before)) return true;
    const m = this.doc.mentionAt[start - 1] ?? -1;
    if (m >= 0) return true;
    // « Le Copa-Cogeca, principal lobby agricole, juge … »: a named subject before an apposition.
    if (before.text === "," || before.text === ")") return this.subjectBefore(start, this.sentenceOf(start).start)?.kind === "mention";
    return false;
  }

  // ---- subjects -----------------------------------------------------------------------------

  /**
   * The subject written after an inverted verb, skipping the channel and time words:
   * « a déclaré à l'agence Reuters l'Italien Marco Ferrante (S&D), corapporteur du texte ».
   */
  private subjectAfter(from: number, limit: number): { subject: SubjectRef | null; channel: string | null; next: number } | null {
    let i = from;
    let channel: string | null = null;
    for (let guard = 0; guard < 4 && i < limit; guard++) {
      const t = this.tokens[i]!;
      if (inTimeWords(t) || t.text === ",") {
        i++;
        continue;
      }
      if (inChannelPreps(t)) {
        const end = this.channelEnd(i, limit);
        if (end > i) {
          channel = this.doc.text.slice(this.doc.tokStart[i]!, tokenEnd(this.doc, end - 1));
          i = end;
          continue;
        }
      }
      break;
    }
    const np = this.nounPhrase(i, limit);
    if (!np) return null;
    return { subject: np.subject, channel, next: np.end };
  }

  /** The channel after a verb, if any: « à l'AFP », « sur X », « dans un communiqué ». */
  private channelAfter(from: number, limit: number): string | null {
    let i = from;
    while (i < limit && inTimeWords(this.tokens[i])) i++;
    const t = this.tokens[i];
    if (!t || i >= limit || !inChannelPreps(t)) return null;
    const end = this.channelEnd(i, limit);
    return end > i ? this.doc.text.slice(this.doc.tokStart[i]!, tokenEnd(this.doc, end - 1)) : null;
  }

  /**
   * End (exclusive) of a channel phrase at i: a preposition, an optional determiner and head
   * (« l'agence », « son compte », « un entretien accordé au »), then a media name or a speech
   * noun; 0-length when what follows is not a channel.
   */
  private channelEnd(i: number, limit: number): number {
    let k = i + 1;
    if (this.tokens[i]!.lower === "auprès" && this.tokens[k]?.lower.startsWith("d")) k++;
    let nouns = 0;
    while (k < limit && nouns < 5) {
      const t = this.tokens[k]!;
      const m = this.doc.mentionAt[k] ?? -1;
      if (m >= 0) {
        const mention = this.doc.mentions[m]!;
        if (mention.kind === "person") return i;
        return mention.tokEnd;
      }
      // A name the mention stage did not take (« sur X », « au Parisien »): one capitalised word.
      if (t.kind === "word" && t.cap) {
        const next = this.doc.mentionAt[k + 1] ?? -1;
        return next >= 0 && this.doc.mentions[next]!.kind === "organization" ? this.doc.mentions[next]!.tokEnd : k + 1;
      }
      if (t.kind !== "word") break;
      if (speechNounOf(t) || inChannelNouns(t)) {
        // « dans un communiqué », « sur son compte X »: take a following name too.
        const next = this.doc.mentionAt[k + 1] ?? -1;
        if (next >= 0 && this.doc.mentions[next]!.kind === "organization") return this.doc.mentions[next]!.tokEnd;
        if (inChannelLinks(this.tokens[k + 1])) {
          k++;
          nouns++;
          continue;
        }
        return k + 1;
      }
      if (!inDefinite(t) && !inIndefinite(t) && !inChannelLinks(t)) break;
      k++;
      nouns++;
    }
    return i;
  }

  /**
   * A noun phrase naming who speaks, at i: a mention (with any role or demonym before it), a
   * role (« le ministre », « la présidente de la région »), an organization proxy (« le groupe »),
   * a mouthpiece of a named organization (« un porte-parole de la SNCF »), « ce dernier », or an
   * unnamed description (« une source proche du dossier »).
   */
  private nounPhrase(i: number, limit: number): { subject: SubjectRef | null; end: number } | null {
    const t = this.tokens[i];
    if (!t || i >= limit) return null;
    const m = this.doc.mentionAt[i] ?? -1;
    if (m >= 0) return { subject: { kind: "mention", mention: m }, end: this.doc.mentions[m]!.tokEnd };
    if (inSubjectPronouns(t) && t.lower !== "on") return { subject: this.pronounRef(t.lower, i), end: i + 1 };
    if (t.kind !== "word") return null;
    const det = t.lower;
    const isDet = inDefinite(t) || inIndefinite(t);
    let k = isDet ? i + 1 : i;
    // « ce dernier », « cette dernière »
    const latest = det === "ce" || det === "cette" ? LATEST.get(this.tokens[k]?.lower ?? "") : undefined;
    if (latest) return { subject: { kind: "latest", gender: latest, tok: i, text: this.span(i, k + 1) }, end: k + 1 };
    // Role words, demonyms and adjectives up to a name: « l'Italien Marco Ferrante », « le ministre de l'Intérieur, X ».
    let roleHit: { canonical: string; gender: Gender | null; plural: boolean; at: number } | null = null;
    let proxy: string | null = null;
    let docNoun: string | null = null;
    let mouthpiece = false;
    // Past a preposition we are in the head's complement: « la directrice de l'école », « sa conclusion devant les analystes ».
    let inComplement = false;
    let steps = 0;
    while (k < limit && steps < 14) {
      steps++;
      const w = this.tokens[k]!;
      const wm = this.doc.mentionAt[k] ?? -1;
      if (wm >= 0) {
        const mention = this.doc.mentions[wm]!;
        const prevWord = this.tokens[k - 1]?.lower ?? "";
        const inPP = prevWord === "de" || prevWord === "du" || prevWord === "des" || prevWord === "d'" || prevWord === "chez" || (prevWord === "l'" && /^d/.test(this.tokens[k - 2]?.lower ?? "")) || (prevWord === "la" && this.tokens[k - 2]?.lower === "de");
        // « une responsable de la communication chez X »: an unnamed member speaks for the organization.
        const unnamedMember = roleHit !== null && inIndefinite(t);
        if (mention.kind === "organization" && inPP && (mouthpiece || proxy || docNoun || unnamedMember)) {
          // « le porte-parole du Kremlin, Dmitri Peskov »: the spokesperson is named after all.
          const named = this.namedAfterComma(mention.tokEnd, limit);
          if (named !== null && !docNoun) return { subject: { kind: "mention", mention: named }, end: this.doc.mentions[named]!.tokEnd };
          // « un porte-parole de la SNCF », « le communiqué du parquet de Lyon »: the organization speaks.
          return { subject: { kind: "mention", mention: wm }, end: mention.tokEnd };
        }
        // (« le patron des députés LR »: an organization deeper in the complement too.)
        if (inPP || (inComplement && roleHit !== null && mention.kind === "organization")) {
          k = mention.tokEnd;
          continue;
        }
        return { subject: { kind: "mention", mention: wm }, end: mention.tokEnd };
      }
      if (w.text === "," || w.text === "(") {
        const nm = this.namedAfterComma(k, limit);
        if (nm !== null) return { subject: { kind: "mention", mention: nm }, end: this.doc.mentions[nm]!.tokEnd };
        break;
      }
      if (w.cap && title(w)) {
        k++;
        continue;
      }
      // « le commissaire européen à l'Agriculture »: a capitalised complement of the role.
      if (w.cap && roleHit && inPrepositions(this.tokens[k - 1]) || (w.cap && roleHit && inDefinite(this.tokens[k - 1]) && inPrepositions(this.tokens[k - 2]))) {
        k++;
        continue;
      }
      // « un marchand de 26 ans »: numbers inside a complement.
      if (w.kind === "number" && inComplement) {
        k++;
        continue;
      }
      if (w.kind !== "word" || CLAUSE_END.has(w.text)) break;
      const r = inComplement ? null : this.roleAt(k, limit);
      if (r) {
        roleHit ??= { canonical: r.entry.canonical, gender: r.entry.gender, plural: r.entry.plural, at: k };
        if (inMouthpieces(w)) mouthpiece = true;
        k += r.words;
        continue;
      }
      if (inMouthpieces(w)) {
        mouthpiece = true;
        k++;
        continue;
      }
      if (speechNounOf(w) && !inComplement) {
        docNoun ??= w.lower;
        k++;
        continue;
      }
      const dem = inComplement ? undefined : demonym(w);
      if (dem) {
        roleHit ??= { canonical: w.lower, gender: dem.gender, plural: dem.plural, at: k };
        k++;
        continue;
      }
      // « l'ONG Greenpeace »: an all-caps head noun right before the organization it names.
      const nextMention = this.doc.mentionAt[k + 1] ?? -1;
      if (w.cap && nextMention >= 0 && this.doc.mentions[nextMention]!.kind === "organization" && orgHead(w)?.kind === "head") {
        k++;
        continue;
      }
      const head = !w.cap && inOrgProxies(w) ? orgHeadOfLower(w) : undefined;
      if (head && (!roleHit || mouthpiece || docNoun) && proxy === null) {
        proxy = w.lower;
        k++;
        continue;
      }
      // « l'opérateur sur X »: a channel after the head ends the phrase.
      if ((roleHit || proxy || docNoun) && (w.lower === "sur" || w.lower === "via" || w.lower === "dans" || w.lower === "auprès")) break;
      // « sa compagne à Ouest-France »: « à » before a news outlet is the channel too.
      if (roleHit && (w.lower === "à" || w.lower === "au") && this.mediaAt(k + 1)) break;
      if (inPrepositions(w) || inDefinite(w) || inIndefinite(w) || (!w.cap && k > i && steps < 8)) {
        // Words inside the phrase: « de la », « proche du dossier », adjectives.
        if (inSubjectPronouns(w) || this.verbAt(k, limit)) break;
        if (w.lower === "qui" || w.lower === "que") break;
        if (inPrepositions(w)) inComplement = true;
        // « le PDG et fondateur, X »: a second role joined by « et »; any other « et » ends the phrase.
        if (w.lower === "et" && !(roleHit && this.roleAt(k + 1, limit))) break;
        k++;
        continue;
      }
      break;
    }
    const text = this.span(i, Math.max(i + 1, this.trimPhraseEnd(i, k)));
    const orgRole = (head: string): SubjectRef => ({ kind: "org-role", orgType: orgHead(head)?.type ?? null, head, tok: i, text });
    // « un porte-parole du groupe », « le communiqué de l'entreprise »: the organization speaks.
    if (proxy !== null && (mouthpiece || docNoun !== null)) return { subject: orgRole(proxy), end: k };
    if (inIndefinite(t)) return { subject: { kind: "description", text, tok: i }, end: k };
    if (roleHit) {
      if (roleHit.plural) return { subject: { kind: "description", text, tok: i }, end: k };
      // An epicene role takes its gender from the article: « la syndicaliste », « le juge ».
      const gender = roleHit.gender ?? determinerGender(det);
      return { subject: { kind: "role", role: roleHit.canonical, gender, tok: roleHit.at, text }, end: k };
    }
    if (proxy !== null && isDet) return { subject: orgRole(proxy), end: k };
    // « Sa conclusion : », « son message » — the statement of the person in focus.
    if (docNoun !== null && POSSESSIVES.has(det)) return { subject: { kind: "pronoun", gender: null, plural: false, tok: i }, end: k };
    if (docNoun !== null && isDet) return { subject: orgRole(docNoun), end: k };
    // « son cabinet », « son entourage »: a mouthpiece of no named organization stays unnamed.
    if (mouthpiece && isDet) return { subject: { kind: "description", text, tok: i }, end: k };
    if (isDet && k > i + 1 && (det === "les" || det === "des")) return { subject: { kind: "description", text, tok: i }, end: k };
    return null;
  }

  /** « appeler les alliés de Kiev à livrer »: a short object, then « à » and an infinitive. */
  private callsOnTo(n: number, limit: number): boolean {
    for (let j = n; j < limit && j < n + 7; j++) {
      const t = this.tokens[j]!;
      if (t.kind !== "word" || this.doc.tokQuote[j]! >= 0) return false;
      if (t.lower === "à") {
        const v = this.tokens[j + 1];
        return !!v && v.kind === "word" && !v.cap && /(?:er|ir|re)$/.test(v.lower);
      }
    }
    return false;
  }

  /** A news outlet named at k, maybe behind an article: « Ouest-France », « l'AFP ». */
  private mediaAt(k: number): boolean {
    const at = inDefinite(this.tokens[k]) ? k + 1 : k;
    const m = this.doc.mentionAt[at] ?? -1;
    return m >= 0 && this.doc.mentions[m]!.orgType === "media";
  }

  /**
   * The person named right after a comma or bracket at k, maybe behind an article, a
   * nationality or a role: « le ministre de l'Intérieur, Gérald Darmanin », « …, l'Autrichien
   * Stefan Weber », « le porte-parole du Kremlin, Dmitri Peskov ». null when none is.
   */
  private namedAfterComma(k: number, limit: number): number | null {
    const c = this.tokens[k]?.text;
    if (c !== "," && c !== "(") return null;
    for (let j = k + 1; j < limit && j <= k + 3; j++) {
      const nm = this.doc.mentionAt[j] ?? -1;
      if (nm >= 0) return this.doc.mentions[nm]!.kind === "person" ? nm : null;
      const x = this.tokens[j]!;
      if (!(inDefinite(x) || demonym(x) || this.roleAt(j, limit))) return null;
    }
    return null;
  }

  /** Longest role at k (« directeur général », « président de la République »). */
  private roleAt(k: number, limit: number): { entry: { canonical: string; gender: Gender | null; plural: boolean }; words: number } | null {
    let phrase = "";
    let best: { entry: { canonical: string; gender: Gender | null; plural: boolean }; words: number } | null = null;
    if (!this.tokens[k] || !startsRole(this.tokens[k]!)) return null;
    let key = ""; // the phrase folded, to stop as soon as no role starts so
    for (let n = 0; n < roleMaxWords && k + n < limit; n++) {
      const t = this.tokens[k + n]!;
      if (t.kind !== "word" && t.text !== "-") break;
      const glued = n === 0 || phrase.endsWith("'");
      // (The first pair of words is asked once per pair: most probes stop there.)
      if (n === 1 && !continuesRole(this.tokens[k]!, t)) break;
      phrase += glued ? t.lower : ` ${t.lower}`;
      key += glued ? t.key : ` ${t.key}`;
      if (n > 1 && !isRolePrefix(key)) break;
      const r = n === 0 ? roleOfLower(t) : role(phrase);
      if (r) best = { entry: r, words: n + 1 };
    }
    return best;
  }

  /**
   * The subject before a verb at `verb`: « Claire Lavergne, cofondatrice de Kalio, a déclaré »,
   * « La fondation a estimé », « il l'a dit », « le ministre de l'Intérieur a annoncé ».
   */
  private subjectBefore(verb: number, start: number): SubjectRef | null {
    let i = verb - 1;
    while (i >= start && (inClitics(this.tokens[i]) || inAdverbs(this.tokens[i]) || this.tokens[i]!.lower === "qui")) {
      if (inSubjectPronouns(this.tokens[i])) break;
      i--;
    }
    // « La Fédération des X (FFE) dénonce »: step over a parenthesis.
    i = this.beforeBracket(i, start);
    if (i < start) return null;
    const t = this.tokens[i]!;
    if (t.text === ",") {
      // An apposition between commas: the subject stands before the first comma.
      let j = i - 1;
      while (j >= start && this.tokens[j]!.text !== "," && !CLAUSE_END.has(this.tokens[j]!.text)) j--;
      // « X (LR), a écrit »: a bracket inside the apposition does not end it.
      while (j >= start && this.tokens[j]!.text === ")") {
        while (j >= start && this.tokens[j]!.text !== "(") j--;
        j--;
        while (j >= start && this.tokens[j]!.text !== "," && !CLAUSE_END.has(this.tokens[j]!.text)) j--;
      }
      // « La directrice, Nathalie Brunet, parle » — the segment is the name itself.
      let n = j + 1;
      // « Le président du jury, l'acteur Jean Dupont, a salué »: article and role before the name.
      while (n < i - 1 && n <= j + 3 && (this.doc.mentionAt[n] ?? -1) < 0 && (inDefinite(this.tokens[n]) || inIndefinite(this.tokens[n]) || this.roleAt(n, i) || demonym(this.tokens[n]!))) n++;
      const inner = this.doc.mentionAt[n] ?? -1;
      if (inner >= 0 && this.doc.mentions[inner]!.kind === "person") {
        // (with a party or age in brackets after it: « Olivier Pujol (LR), a écrit »)
        const end = this.doc.mentions[inner]!.tokEnd;
        if (end === i || (this.tokens[end]?.text === "(" && this.tokens[i - 1]?.text === ")")) return { kind: "mention", mention: inner };
      }
      if (j >= start && this.tokens[j]!.text === ",") {
        const s = this.endingAt(j - 1, start);
        if (s) return s;
      }
      // « Dans un communiqué, la CGT … , a » — the phrase just after the opening comma.
      return this.nounPhrase(j + 1, i)?.subject ?? null;
    }
    return this.endingAt(i, start);
  }

  /** When token i closes a short bracket « (FFE) », the token before its opening; else i. */
  private beforeBracket(i: number, start: number): number {
    if (i < start || this.tokens[i]!.text !== ")") return i;
    let j = i - 1;
    while (j >= start && j > i - 12 && this.tokens[j]!.text !== "(") j--;
    return j >= start && this.tokens[j]!.text === "(" ? j - 1 : i;
  }

  /** The subject phrase that ends at token i (a mention, pronoun, role phrase, proxy). */
  private endingAt(i: number, start: number): SubjectRef | null {
    // « Force ouvrière (FO), premier syndicat » : step over a parenthesis.
    i = this.beforeBracket(i, start);
    if (i < start) return null;
    const t = this.tokens[i]!;
    if (inSubjectPronouns(t)) return t.lower === "on" ? null : this.pronounRef(t.lower, i);
    const m = this.doc.mentionAt[i] ?? -1;
    if (m >= 0) {
      const mention = this.doc.mentions[m]!;
      // « le ministre de l'Intérieur a dit »: a name inside a role's complement is not the subject.
      const headStart = this.phraseStart(mention.tokStart, start);
      if (headStart < mention.tokStart) {
        const np = this.nounPhrase(headStart, mention.tokEnd);
        if (np?.subject) return np.subject;
      }
      return { kind: "mention", mention: m };
    }
    const latest = LATEST.get(t.lower);
    if (latest && (this.tokens[i - 1]?.lower === "ce" || this.tokens[i - 1]?.lower === "cette")) {
      return { kind: "latest", gender: latest, tok: i - 1, text: this.span(i - 1, i + 1) };
    }
    if (t.kind !== "word") return null;
    const s = this.phraseStart(i + 1, start);
    if (s > i) return null;
    return this.nounPhrase(s, i + 1)?.subject ?? null;
  }

  /** Where the noun phrase ending just before `end` starts: back over words to a determiner. */
  private phraseStart(end: number, start: number): number {
    let k = end - 1;
    let steps = 0;
    while (k >= start && steps < 10) {
      const t = this.tokens[k]!;
      // « une piste que X juge »: a relative pronoun opens another clause.
      if (t.kind !== "word" || inSubjectPronouns(t) || inRelatives(t)) break;
      // « le patron des députés LR »: « des », « du » after a noun open its complement.
      const contracted = (t.lower === "des" || t.lower === "du") && this.tokens[k - 1]?.kind === "word" && !this.tokens[k - 1]!.cap && !inVerbLikeBefore(this.tokens[k - 1]);
      if ((inDefinite(t) || inIndefinite(t)) && !contracted && !PP_ARTICLE(this.tokens[k - 1]?.lower)) return k;
      k--;
      steps++;
    }
    return end;
  }

  /** The object of selon/d'après/pour: a mention, a stressed pronoun, a role or a description. */
  private selonObject(i: number, limit: number): SubjectRef | null {
    const t = this.tokens[i];
    if (!t || i >= limit) return null;
    const p = STRESSED_PRONOUNS.get(t.lower);
    if (p) return { kind: "pronoun", gender: p.gender, plural: p.plural, tok: i };
    const latest = t.lower === "ce" ? LATEST.get(this.tokens[i + 1]?.lower ?? "") : undefined;
    if (latest) return { kind: "latest", gender: latest, tok: i, text: this.span(i, i + 2) };
    const demonstrative = DEMONSTRATIVES.get(t.lower);
    if (demonstrative !== undefined) return { kind: "latest", gender: demonstrative, tok: i, text: t.text };
    return this.nounPhrase(i, limit)?.subject ?? null;
  }

  /** « … par certains internautes, » right before a gerund: the agent phrase after « par ». */
  private agentBefore(gerund: number, start: number): SubjectRef | null {
    if (this.tokens[gerund - 1]?.text !== ",") return null;
    for (let k = gerund - 2; k >= start && k >= gerund - 8; k--) {
      const t = this.tokens[k]!;
      if (t.kind === "punct") return null;
      if (t.lower === "par") {
        const np = this.nounPhrase(k + 1, gerund - 1);
        return np && np.end >= gerund - 1 ? np.subject : null;
      }
    }
    return null;
  }

  /** The subject of a speech verb earlier in the sentence, for a gerund that follows it. */
  private mainCueBefore(gerund: number, start: number): SubjectRef | null {
    for (let i = gerund - 1; i >= start; i--) {
      if (this.doc.tokQuote[i]! >= 0) continue;
      const cue = this.verbAt(i, gerund, true);
      if (!cue || cue.form === "gerund") continue;
      // Inverted after a quote or comma (« », a indiqué X, précisant »); else the subject before it.
      const inverted = this.tokens[cue.start - 1]?.text === "," || this.isMark(cue.start - 1);
      if (cue.pronoun) return cue.pronoun;
      return (inverted ? this.subjectAfter(cue.end, gerund)?.subject : this.subjectBefore(cue.start, start)) ?? null;
    }
    return null;
  }

  /** The subject opening a clause, after an introductory phrase: « En fin de journée, X … ». */
  private clauseSubject(start: number, end: number): SubjectRef | null {
    const direct = this.nounPhrase(start, end)?.subject;
    if (direct) return direct;
    let i = start;
    for (let k = start; k < end && k < start + 8; k++) {
      if ((this.doc.mentionAt[k] ?? -1) >= 0) break;
      if (this.tokens[k]!.text === ",") {
        i = k + 1;
        break;
      }
    }
    const np = this.nounPhrase(i, end);
    if (!np?.subject) return null;
    // « son directeur général, Christophe Lenoir, » — the name in apposition.
    const m = this.doc.mentionAt[np.end + 1] ?? -1;
    if (np.subject.kind !== "mention" && this.tokens[np.end]?.text === "," && m >= 0 && this.doc.mentions[m]!.kind === "person") return { kind: "mention", mention: m };
    return np.subject;
  }

  /** Without a verb: « Le communiqué du parquet : » or « Pour la CGT : ». */
  private nounSubject(start: number, end: number): SubjectRef | null {
    let i = start;
    if (this.tokens[i]?.lower === "pour" || this.tokens[i]?.lower === "selon") i++;
    return this.nounPhrase(i, end)?.subject ?? null;
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** « estime-t-on au ministère », « explique-t-on chez Renault »: the organization where « on » speaks. */
  private onAt(cue: Cue, limit: number): SubjectRef | null {
    if (!cue.pronoun || cue.pronoun.kind !== "description" || cue.pronoun.text !== "on") return null;
    let k = cue.end;
    const prep = this.tokens[k]?.lower;
    if (prep !== "à" && prep !== "au" && prep !== "chez" && prep !== "aux") return null;
    k++;
    // « au ministère »: the contracted article holds the determiner the phrase reader wants.
    const w = this.tokens[k];
    if ((prep === "au" || prep === "aux") && w && !w.cap && inOrgProxies(w) && (this.doc.mentionAt[k] ?? -1) < 0) {
      const head = orgHeadOfLower(w);
      if (head) return { kind: "org-role", orgType: head.type, head: w.lower, tok: k, text: w.text };
    }
    return this.nounPhrase(k, limit)?.subject ?? null;
  }

  private pronounRef(word: string, tok: number): SubjectRef | null {
    const p = SUBJECT_PRONOUNS.get(word);
    if (!p) return null;
    if (word === "on") return { kind: "description", text: "on", tok };
    return { kind: "pronoun", gender: p.gender, plural: p.plural, tok };
  }

  private make(cue: Cue, subject: SubjectRef, channel: string | null, rule: string, confidence: number): Attribution {
    return {
      subject,
      cueStart: this.doc.tokStart[cue.start]!,
      cueEnd: tokenEnd(this.doc, cue.end - 1),
      cueLemma: cue.lemma,
      channel,
      rule,
      confidence,
    };
  }

  private makeWord(at: number, endTok: number, lemma: string, subject: SubjectRef, rule: string, confidence: number): Attribution {
    return { subject, cueStart: this.doc.tokStart[at]!, cueEnd: tokenEnd(this.doc, endTok - 1), cueLemma: lemma, channel: null, rule, confidence };
  }

  private followedByComma(subject: SubjectRef, object: number, end: number): boolean {
    let k = object;
    if (subject.kind === "mention") k = this.doc.mentions[subject.mention]!.tokEnd;
    else k = object + 1;
    for (let steps = 0; k < end && steps < 8; k++, steps++) {
      const t = this.tokens[k]!;
      if (t.text === ",") return true;
      if (t.text === "«") return true;
      if (CLAUSE_END.has(t.text)) return false;
    }
    return false;
  }

  private sentenceOf(tok: number): { start: number; end: number } {
    const s = this.doc.sentences[this.doc.tokSent[tok] ?? -1];
    return s ? { start: s.tokStart, end: s.tokEnd } : { start: tok, end: tok + 1 };
  }

  /** Start of the clause holding token i: the sentence start, or just after a full stop or quote inside it. */
  private clauseStart(i: number): number {
    const start = Math.max(this.sentenceOf(Math.max(0, i)).start, i - REACH);
    let k = i - 1;
    while (k >= start) {
      const t = this.tokens[k]!;
      if (t.text === ";") return k + 1;
      k--;
    }
    return start;
  }

  private paraEnd(tok: number): number {
    const para = this.doc.tokPara[tok]!;
    const { end } = this.sentenceOf(tok);
    let k = end;
    // A cue after the quote may sit in the next "sentence" when the quote ended with a full stop.
    while (k < this.tokens.length && this.doc.tokPara[k]! === para && !isSentenceEnd(this.doc, k)) k++;
    return Math.min(k + 1, this.tokens.length);
  }

  private isMark(i: number): boolean {
    const c = this.tokens[i]?.text;
    return c === "«" || c === "»" || c === "“" || c === "”" || c === '"';
  }

  private span(from: number, to: number): string {
    return this.doc.text.slice(this.doc.tokStart[from]!, tokenEnd(this.doc, Math.max(from, to - 1)));
  }

  /** Drop trailing prepositions and articles from a description: « une source proche du » → « une source proche ». */
  private trimPhraseEnd(from: number, to: number): number {
    let k = to;
    while (k > from + 1 && (inPrepositions(this.tokens[k - 1]) || inDefinite(this.tokens[k - 1]))) k--;
    return k;
  }
}

const APPELER = /^appel(le|les|lent|ait|aient|a|èrent|é|ée|és|ées|ant|lera|leront)$/;
const VOIR = new Set(["voit", "voient", "voyait", "voyaient", "verra", "verront"]);
/** A form of « appeler » (its ending captured), remembered on the word. */
const appelerForm = perWord((lower) => APPELER.exec(lower), "lower");
/** « a-t-il », « estime-t-elle »: the verb and its inverted subject pronoun, remembered on the word. */
const invertedSubject = perWord((lower) => /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/.exec(lower), "lower");

/**
 * How far (in tokens) a rule looks from a quote for its cue: farther than any real sentence
 * carries it, and a bound that keeps run-on hostile text linear.
 */
const REACH = 80;

/** Nouns that make a channel: « à l'agence X », « sur son compte X », « dans un entretien ». */
const CHANNEL_NOUNS = new Set([
  "agence", "journal", "quotidien", "hebdomadaire", "magazine", "radio", "chaîne", "antenne", "micro", "plateau", "compte",
  "réseau", "site", "blog", "presse", "journalistes", "journaliste", "entretien", "interview", "émission", "conférence",
  "message", "publication", "post", "vidéo", "lettre", "tribune", "podcast", "audience", "tweet", "média", "médias",
]);
const inChannelNouns = wordList(CHANNEL_NOUNS);
/** Words that link a channel noun to what follows: « entretien accordé au », « son compte sur ». */
const CHANNEL_LINKS = new Set(["accordé", "accordée", "publié", "publiée", "diffusé", "diffusée", "de", "du", "des", "d'", "au", "à", "sur", "le", "la", "l'", "les", "son", "sa", "ses", "leur", "un", "une", "x", "officiel"]);
const inChannelLinks = wordList(CHANNEL_LINKS);

function PP_ARTICLE(prev: string | undefined): boolean {
  return prev === "de" || prev === "à" || prev === "d'" || prev === "sur" || prev === "par" || prev === "pour" || prev === "avec" || prev === "chez";
}

function isSentenceEnd(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return doc.tokQuote[i]! < 0 && (t.text === "." || t.text === "!" || t.text === "?" || t.text === "…");
}

function lastWord(name: string): string {
  const parts = name.split(/\s+/);
  return (parts[parts.length - 1] ?? "").toLowerCase();
}
