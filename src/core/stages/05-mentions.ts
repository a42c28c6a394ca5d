/**
 * Find every mention of a person or an organization, in two linear passes over the tokens.
 * Pass 1 reads capitalised runs (with name particles and initials) and decides from the
 * lexicons and the context: a known organization (longest match), a title (M., Mme), a first
 * name, an organization head before (« la start-up X ») or inside (« Fondation X »), a legal
 * suffix, an apposition (« X, un think tank »), a role or nationality noun before (« la
 * Néerlandaise X »), an acronym defined in brackets, or a speech verb after a two-word name.
 * Pass 2 adds single-word re-mentions (a surname, an organization's short form or acronym)
 * of names found in pass 1, before or after them in the article.
 * Runs with no cue are left out: precision matters as much as recall.
 */
import { determinerGender } from "../determiners.js";
import { fold, foldName } from "../fold.js";
import { lookup, lookupFlag, perWord, perWordFlag, wordList } from "../words.js";
import { demonym, endsOrgHead, endsRole, orgHead, role, startsRole, title } from "../word-lexicon.js";
import * as lexicon from "../../lexicon/index.js";
import { orgHeadMaxWords, roleMaxWords } from "../../lexicon/index.js";
import { TokenClass, tokenEnd, type Doc, type EntityMention, type MentionKind, type Word } from "../document.js";
import type { Gender, OrgType } from "../types.js";

/** A known organization read at a token: its length in tokens and its lexicon entry. */
interface KnownOrgHit {
  len: number;
  name: string;
  type: OrgType;
  platform: boolean;
}

/** Roles (canonical, folded) held in a firm or an organization: « le président de X ». */
const ORG_ROLES = new Set([
  "president", "pdg", "directeur", "directeur general", "fondateur", "cofondateur", "patron", "porte-parole",
  "dirigeant", "secretaire general", "delegue general", "responsable", "salarie", "employe", "analyste",
]);
/** Of those, roles that only firms have. */
const COMPANY_ROLES = new Set(["pdg", "fondateur", "cofondateur", "patron", "salarie", "employe", "directeur general"]);
/** Nouns for a firm, met with a definite article: « la société », « la firme ». */
const COMPANY_NOUNS = new Set(["société", "entreprise", "firme", "start-up", "startup", "compagnie"]);
const DEFINITE = new Set(["la", "l'", "le", "cette"]);

/** Competitions named with an organization's head noun (folded). */
const COMPETITION = /^(?:ligue (?:des champions|europa|des nations|[12]\b)|coupe (?:du monde|de france|d'europe|de la ligue|davis)|championnat)/;
/** Indefinite determiners: what follows is not a named body. */
const INDEFINITE_BEFORE = new Set(["un", "une", "plusieurs", "certains", "certaines", "deux", "trois", "quelques", "chaque", "tout", "toute"]);
const inIndefiniteBefore = wordList(INDEFINITE_BEFORE);
/** Contracted articles and the article they hold: « aux Échos » is « les Échos ». */
const CONTRACTED = new Map([["au", "le"], ["aux", "les"], ["du", "le"], ["des", "les"]]);
const inContracted = wordList(CONTRACTED.keys());
/** Heads of described bodies not in the org-head lexicon (too generic elsewhere). */
const DESCRIBED_HEADS = new Set(["bureau", "programme", "haut-commissariat", "fonds", "office", "agence", "organisation", "conseil", "comite", "commission", "centre", "institut", "observatoire"]);
/** Determiners before a described body: « le bureau … », « du fonds … ». */
const DESCRIBED_DETERMINERS = new Set(["le", "la", "l'", "les", "du", "des", "au", "aux"]);

/** Articles before a demonym that names a company: « le Chinois X », « du Chinois X ». */
const DEMONYM_ARTICLES = new Set(["le", "la", "l'", "du", "au"]);
/** How far (tokens) a sentence is searched for business words. */
const REACH_WORDS = 40;
/** Words of a sentence about a firm's business, not about a person or a match. */
const BUSINESS_WORDS = new Set([
  "ventes", "vendu", "vendus", "écoulé", "écoulés", "livraisons", "chiffre", "actionnaires", "bourse", "cotation",
  "capitalisation", "bénéfice", "bénéfices", "parts", "smartphones", "usines", "usine", "filiale", "filiales",
  "rachat", "racheté", "fabricant", "constructeur", "enseigne", "magasins", "clients", "salariés", "unités",
]);

/** Nouns whose « de X » makes X a firm: « les dirigeants de X », « la maison mère de X ». */
const FIRM_NOUNS = new Set([
  "dirigeant", "dirigeants", "direction", "patron", "patronne", "pdg", "fondateur", "fondatrice", "cofondateur",
  "cofondatrice", "salarié", "salariés", "salariée", "salariées", "employé", "employés", "employée", "employées",
  "actionnaire", "actionnaires", "propriétaire", "mère", "filiale", "rachat", "siège", "bénéfices", "bénéfice",
  "chiffre", "cadres", "ingénieurs", "effectifs", "valorisation", "capitalisation",
]);
// Lexicon lookups, remembered on the token's word (or by text for longer names): names and cue
// words repeat through an article.
const firstName = lookup(lexicon.firstName);
const isCommonWord = lookupFlag(lexicon.isCommonWord);
const isNotName = lookupFlag(lexicon.isNotName);
const isPlace = lookupFlag(lexicon.isPlace);
const knownOrg = lookup(lexicon.knownOrg);
const speechVerb = lookup(lexicon.speechVerb);
/** The title a word spells with a full stop after it (« M » + « . »). */
const titleWithDot = perWord((text) => lexicon.title(`${text}.`));
/** An all-capitals word of 2–8 characters: « CGT », « BNP ». */
const isAcronym = perWordFlag((text) => ACRONYM.test(text));
const mayStartOrg = perWordFlag(lexicon.mayStartOrgKey, "key");
const mayStartOrgHead = perWordFlag(lexicon.mayStartOrgHeadKey, "key");
/** Per first word: what each following word answered (see `continuesOrgName`). */
const followers = perWord(() => new Map<Word, number>());

/**
 * Whether some known name (or, with `heads`, organization head) starts with these two words,
 * written glued (« S&D ») or spaced: asked once per pair of words and way of joining them.
 * Bits of the remembered number: 1 << v says variant v was asked, 16 << v its answer.
 */
function continuesOrgName(first: Word, second: Word, glued: boolean, heads: boolean): boolean {
  const asked = followers(first);
  const variant = (glued ? 1 : 0) + (heads ? 2 : 0);
  const known = asked.get(second) ?? 0;
  if ((known & (1 << variant)) !== 0) return (known & (16 << variant)) !== 0;
  const answer = lexicon.isOrgNamePrefix(glued ? first.key + second.key : `${first.key} ${second.key}`, heads);
  asked.set(second, known | (1 << variant) | (answer ? 16 << variant : 0));
  return answer;
}

/** Some known organization's name starts with « le » or « les » and this word (« du Monde »). */
const startsOrgNameAfterLe = perWordFlag((key) => lexicon.isOrgNamePrefix(`le ${key}`), "key");
const startsOrgNameAfterLes = perWordFlag((key) => lexicon.isOrgNamePrefix(`les ${key}`), "key");
/** Some known organization's name (article included) starts with this word. */
const startsOrgName = perWordFlag((key) => lexicon.isOrgNamePrefix(key), "key");

/** Longest known-organization name tried, in tokens. */
const MAX_ORG_TOKENS = 10;
/** Longest capitalised run read as one name, in tokens. */
const MAX_RUN = 8;

/** Lower-case particles that sit inside a name between capitalised words. */
const PARTICLES = new Set(["de", "d'", "du", "des", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "do", "ben", "bin", "ibn", "el", "al", "le", "la", "ter", "ten", "y", "zu", "af"]);
const inParticles = wordList(PARTICLES);
/** Particles that may also glue an organization name's words (« Banque de France »). */
const ORG_GLUE = new Set(["de", "d'", "du", "des", "et", "&", "pour", "sans", "la", "le", "les", "l'", "en", "à", "aux", "au"]);
/** Punctuation after which a capitalised word starts a clause (sentence-initial reading). */
const CLAUSE_OPENERS = new Set(["«", "“", '"', "—", "–", "-", ":", ".", "!", "?", "…", ";"]);
const ARTICLES = new Set(["le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "son", "sa", "ses", "leur", "notre", "du", "des", "au", "aux"]);
const inArticles = wordList(ARTICLES);
/** Photo-credit words: a name right after them is a photographer, not a person of the story. */
const CREDIT_WORDS = new Set(["photo", "photos", "crédit", "credit", "crédits", "©", "illustration", "infographie"]);
const inCreditWords = wordList(CREDIT_WORDS);
/** Determiners right before a run that make it a thing, not a person (« le Daily X »). */
const DEFINITE_BEFORE = new Set(["à", "en", "le", "la", "les", "l'", "du", "au", "aux", "un", "une", "des", "ce", "cet", "cette"]);
const inDefiniteBefore = wordList(DEFINITE_BEFORE);
/** Words before a channel or a source (« sur X », « selon Y »). */
const CHANNEL_BEFORE = new Set(["sur", "chez", "selon", "via"]);
/** Heads of places rather than bodies (« la région Bretagne »). */
const GEO_HEADS = new Set(["region", "regions", "departement", "departements", "metropole", "municipalite", "gouvernement", "gouvernements", "police", "armee", "armees", "gendarmerie", "ville", "commune", "province"]);
const POSSESSIVE_BEFORE = new Set(["son", "sa", "ses", "leur", "leurs", "notre", "votre", "mon", "ma"]);
const AUXILIARIES = new Set(["a", "avait", "aura", "aurait", "ont", "avaient", "auront", "auraient", "est", "sont"]);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;
const INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
/** Nouns of origin by their ending (« Montréalaise », « Lyonnais », « Marseillaise »). */
const ORIGIN_NOUN = /^\p{Lu}\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine)$/u;
/** ORIGIN_NOUN asked of a token's word (remembered on it). */
const isOriginNoun = perWordFlag((text) => ORIGIN_NOUN.test(text));
/** An acronym made of letters only (for bracket definitions). */
const LETTER_ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

interface Draft {
  kind: MentionKind;
  tokStart: number;
  tokEnd: number;
  reason: string;
  orgType?: OrgType;
  gender?: Gender;
  genderEvidence?: string;
  canonical?: string;
}

export const mentions = (doc: Doc): void => {
  const finder = new Finder(doc);
  const drafts = finder.run();
  drafts.sort((a, b) => a.tokStart - b.tokStart);
  const out: EntityMention[] = [];
  const at = doc.scratch.int32(doc.tokens.length).fill(-1);
  let lastEnd = 0;
  for (const d of drafts) {
    if (d.tokStart < lastEnd || d.tokEnd <= d.tokStart) continue;
    const start = doc.tokStart[d.tokStart]!;
    const end = tokenEnd(doc, d.tokEnd - 1);
    const m: EntityMention = {
      kind: d.kind,
      start,
      end,
      tokStart: d.tokStart,
      tokEnd: d.tokEnd,
      text: doc.text.slice(start, end),
      reason: d.reason,
      entity: -1,
    };
    if (d.orgType) m.orgType = d.orgType;
    if (d.gender) {
      m.gender = d.gender;
      m.genderEvidence = d.genderEvidence ?? "agreement";
    }
    if (d.canonical) m.canonical = d.canonical;
    for (let i = d.tokStart; i < d.tokEnd; i++) at[i] = out.length;
    out.push(m);
    lastEnd = d.tokEnd;
  }
  doc.mentions = out;
  doc.mentionAt = at;
};

/** The stateful scanner behind `mentions`. */
class Finder {
  private readonly tokens: Word[];
  private readonly skip: Uint8Array;
  private readonly taken: Uint8Array;
  private readonly drafts: Draft[] = [];
  /** Index of every token of class capWord, in order (skipped ones included: see isCapWord). */
  private readonly caps: Int32Array;
  /** knownOrgAtUncached's candidates: folded keys of the first n + 1 tokens, and whether spaced. */
  private readonly probeKeys: string[] = [];
  private readonly probeSpaced: boolean[] = [];

  constructor(private readonly doc: Doc) {
    this.tokens = doc.tokens;
    this.skip = doc.scratch.uint8(doc.tokens.length);
    this.orgAtRead = doc.scratch.uint8(doc.tokens.length);
    this.taken = doc.scratch.uint8(doc.tokens.length);
    // One pass over the tokens. The capitalised words, by index: passes 0, 1 and 2 act only at
    // or around one (a tenth of the tokens), so they visit these instead of every token. And
    // bylines are skipped: those the paragraph stage found, and « Par Jean Dupont » on a line
    // of its own whatever it said (checked at each paragraph's last token).
    const classes = doc.tokClass;
    const paraOf = doc.tokPara;
    const n = classes.length;
    const caps = doc.scratch.int32(n + 1);
    let capCount = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      if (classes[i] === TokenClass.capWord) caps[capCount++] = i;
      if (i + 1 < n && paraOf[i + 1] === paraOf[i]) continue;
      const e = i + 1;
      const kind = doc.paragraphs[paraOf[s]!]!.kind;
      if (kind === "byline" || kind === "boilerplate" || (e - s <= 8 && this.bylineAt(s, e))) this.skip.fill(1, s, e);
      s = e;
    }
    this.caps = caps.subarray(0, capCount);
  }

  /** Tokens [s, e), a whole paragraph, are « Par » or « Avec » and names: a byline. */
  private bylineAt(s: number, e: number): boolean {
    const toks = this.tokens;
    const head = toks[s]!;
    if (head.lower !== "par" && head.lower !== "avec") return false;
    for (let i = s + 1; i < e; i++) if (!(toks[i]!.cap || toks[i]!.kind === "punct" || inParticles(toks[i]))) return false;
    return true;
  }

  run(): Draft[] {
    this.acronymPass();
    this.institutionPass();
    this.firstPass();
    this.secondPass();
    return this.drafts;
  }

  // ---- token helpers -------------------------------------------------------------------------

  /**
   * How many tokens from i (at most max, one paragraph) can still start a known org or head:
   * the tokens' folded keys joined as lexicon keys are (no space where the text has none).
   */
  private reach(i: number, max: number, heads: boolean): number {
    const toks = this.tokens;
    const first = toks[i];
    // The first word answers from its remembered facts: most runs stop there.
    if (!first || max < 1 || !(heads ? mayStartOrgHead(first) : startsOrgName(first))) return 0;
    const para = this.doc.tokPara[i];
    if (max < 2 || i + 1 >= toks.length || this.doc.tokPara[i + 1] !== para) return 1;
    // The second word, asked of the pair of words (remembered): most runs stop there too.
    if (!continuesOrgName(first, toks[i + 1]!, this.glued(i + 1), heads)) return 1;
    let phrase = this.withKey(first.key, i + 1);
    let n = 2;
    for (; n < max && i + n < toks.length; n++) {
      if (this.doc.tokPara[i + n] !== para) break;
      phrase = this.withKey(phrase, i + n);
      if (!lexicon.isOrgNamePrefix(phrase, heads)) break;
    }
    return n;
  }

  /**
   * `phrase` followed by token k's folded key, joined as lexicon keys are written: no space
   * where the text has none (« S&D », « l'Oréal »).
   */
  private withKey(phrase: string, k: number): string {
    const t = this.tokens[k]!;
    if (phrase === "") return t.key;
    return this.glued(k) ? phrase + t.key : `${phrase} ${t.key}`;
  }

  /** Token k follows token k-1 with no space between (« S&D », « l'Oréal », « M. »). */
  private glued(k: number): boolean {
    return tokenEnd(this.doc, k - 1) === this.doc.tokStart[k];
  }

  private tok(i: number): Word | undefined {
    return this.tokens[i];
  }

  private text(s: number, e: number): string {
    return this.doc.text.slice(this.doc.tokStart[s]!, tokenEnd(this.doc, e - 1));
  }

  private isCapWord(i: number): boolean {
    return this.doc.tokClass[i] === TokenClass.capWord && this.skip[i] === 0;
  }

  /** Same paragraph as token i (runs never cross lines). */
  private samePara(i: number, j: number): boolean {
    const paras = this.doc.tokPara;
    return i >= 0 && j >= 0 && i < paras.length && j < paras.length && paras[i] === paras[j];
  }

  /** True when token i opens its sentence or a clause after a quote mark, colon or dash. */
  private clauseStart(i: number): boolean {
    const p = this.tokens[i - 1];
    if (!p || this.doc.tokPara[i - 1] !== this.doc.tokPara[i] || this.doc.tokSent[i - 1] !== this.doc.tokSent[i]) return true;
    return p.kind === "punct" && CLAUSE_OPENERS.has(p.text);
  }

  private emit(d: Draft): void {
    for (let i = d.tokStart; i < d.tokEnd; i++) if (this.taken[i]) return;
    for (let i = d.tokStart; i < d.tokEnd; i++) this.taken[i] = 1;
    this.drafts.push(d);
  }

  // ---- pass 0: « Nom en toutes lettres (SIGLE) » -----------------------------------------------

  /**
   * An acronym in brackets defines the words before it whose initials it spells, lower-case
   * words included (« Union nationale des étudiants de France (UNEF) »). Read backwards from
   * the bracket, matching the acronym's letters from the end.
   */
  private acronymPass(): void {
    const tokens = this.tokens;
    const classes = this.doc.tokClass;
    for (const cap of this.caps) {
      const i = cap - 1;
      if (i < 1 || i + 2 >= tokens.length || classes[i] !== TokenClass.punct || classes[i + 2] !== TokenClass.punct) continue;
      const open = tokens[i]!;
      const acr = tokens[i + 1]!;
      if (open.text !== "(" || tokens[i + 2]!.text !== ")" || !LETTER_ACRONYM.test(acr.text) || this.skip[i]) continue;
      let start = this.acronymStart(i, acr.text);
      let described = false;
      if (start < 0) {
        // « le bureau des Nations unies pour les réfugiés (UNCR) »: a
        // French description of a body known by its foreign acronym.
        start = this.describedBodyStart(i);
        described = start >= 0;
      }
      if (start < 0) continue;
      // A person's party in brackets (« Jean Dupont (PS) ») is not a definition.
      if (firstName(tokens[start]!) && this.isCapWord(start + 1)) continue;
      const name = this.text(start, i);
      const known = knownOrg(name) ?? knownOrg(acr);
      const head = orgHead(tokens[start]!);
      // « Fédération … (FNX) » by its head, « Reporters Network International (RNI) » by its suffix.
      const suffix = i - start >= 2 ? orgHead(tokens[i - 1]!) : undefined;
      const type: OrgType = known?.type ?? (head?.kind === "head" ? head.type : suffix?.kind === "suffix" ? suffix.type : described ? "institution" : "other");
      const d: Draft = { kind: "organization", tokStart: start, tokEnd: i, reason: "acronym-defined", orgType: type };
      if (known) d.canonical = known.name;
      this.emit(d);
      const a: Draft = { kind: "organization", tokStart: i + 1, tokEnd: i + 2, reason: "acronym-definition", orgType: type };
      if (known) a.canonical = known.name;
      this.emit(a);
    }
  }

  /**
   * First token of a described body before bracket `open`: a determiner, a body's head noun
   * (« bureau », « agence », « fonds »…), then at least two more words, all in one clause.
   * -1 when the words before the bracket are not such a description.
   */
  private describedBodyStart(open: number): number {
    const tokens = this.tokens;
    const para = this.doc.tokPara[open]!;
    for (let k = open - 3; k >= 1 && open - k <= 16; k--) {
      const t = tokens[k]!;
      if (this.doc.tokPara[k] !== para || this.skip[k] || this.taken[k] || t.kind !== "word") return -1;
      if (!DESCRIBED_DETERMINERS.has(tokens[k - 1]!.lower)) continue;
      const head = DESCRIBED_HEADS.has(t.key) ? true : orgHead(t)?.kind === "head";
      if (!head) continue;
      for (let j = k + 1; j < open; j++) if (tokens[j]!.kind !== "word" || this.taken[j]) return -1;
      return k;
    }
    return -1;
  }

  /** First token of the words before bracket `open` that `acr` abbreviates, or -1. */
  private acronymStart(open: number, acr: string): number {
    const letters = fold(acr).replace(/[^a-z]/g, "");
    if (letters.length < 2) return -1;
    let k = letters.length - 1;
    let skipped = 0;
    const para = this.doc.tokPara[open]!;
    for (let i = open - 1; i >= 0 && open - i <= 24; i--) {
      const t = this.tokens[i]!;
      if (this.doc.tokPara[i] !== para || this.skip[i] || this.taken[i]) return -1;
      if (t.kind === "punct") {
        if (t.text === "-" || t.text === "&") continue;
        return -1;
      }
      if (ORG_GLUE.has(t.lower) && !t.cap) continue;
      // Hyphenated words count each part (« Verts-Alliance »): the first letter of each, last
      // part first, read in place (no parts cut out: this runs for every word before a bracket).
      const key = t.key;
      for (let end = key.length; end > 0 && k >= 0; ) {
        const dash = key.lastIndexOf("-", end - 1);
        if (dash + 1 < end) {
          if (key.charCodeAt(dash + 1) === letters.charCodeAt(k)) k--;
          else if (++skipped > 1) return -1;
        }
        end = Math.max(dash, 0);
      }
      if (k < 0) return t.cap ? i : -1;
    }
    return -1;
  }

  // ---- institutions named by a lower-case head: « le tribunal correctionnel de Lyon » -------------

  /**
   * A public body written with a lower-case head, maybe adjectives, then « de/du/des/d' » and a
   * capitalised name: « le ministère de la Culture », « la préfecture du Rhône », « le centre
   * hospitalier de Nantes ». The head is part of the name.
   */
  private institutionPass(): void {
    const tokens = this.tokens;
    const classes = this.doc.tokClass;
    for (let i = 0; i < tokens.length; i++) {
      const cls = classes[i]!;
      if (cls < TokenClass.word || this.skip[i] || this.taken[i]) continue;
      const t = tokens[i]!;
      if (cls === TokenClass.capWord && !isAcronym(t)) continue;
      if (!mayStartOrgHead(t)) continue;
      // « dans un collège de Rennes »: an indefinite head is some place, not a named body.
      if (inIndefiniteBefore(tokens[i - 1])) continue;
      let headEnd = -1;
      let type: OrgType | undefined;
      for (let len = this.reach(i, orgHeadMaxWords, true); len >= 1; len--) {
        if (hasBreak(tokens, i, i + len)) continue;
        const h = orgHead(this.phrase(i, i + len));
        if (h && h.kind === "head" && h.type === "institution" && !GEO_HEADS.has(tokens[i]!.key)) {
          headEnd = i + len;
          type = h.type;
          break;
        }
      }
      if (headEnd < 0 || !type) continue;
      // Adjectives after the head (« correctionnel », « régionale », « fédéral »).
      let j = headEnd;
      while (j < tokens.length && j - headEnd < 3 && tokens[j]!.kind === "word" && !tokens[j]!.cap && (inAdjectives(tokens[j]) || ADJECTIVE_LIKE.test(tokens[j]!.lower)) && !ORG_GLUE.has(tokens[j]!.lower)) j++;
      // Glue: de, du, des, d', de la, de l'.
      const g = tokens[j];
      if (!g || !(g.lower === "de" || g.lower === "du" || g.lower === "des" || g.lower === "d'")) continue;
      let k = j + 1;
      if (g.lower === "de" && (tokens[k]?.lower === "la" || tokens[k]?.lower === "l'")) k++;
      if (!this.isCapWord(k) || this.taken[k] || !this.samePara(i, k) || isNotName(tokens[k]!)) continue;
      if (firstName(tokens[k]!) && this.isCapWord(k + 1)) continue; // « le ministère de Jean Dupont »
      if (this.knownOrgAt(k) || (k > j + 1 && this.isCapWord(j + 1) && this.knownOrgAt(j + 1))) continue; // « la direction de la SNCF »: the body is the SNCF
      const end = this.extendOrgName(k + 1);
      this.emit({ kind: "organization", tokStart: i, tokEnd: end, reason: "institution-head", orgType: type });
      i = end - 1;
    }
  }

  // ---- pass 1 --------------------------------------------------------------------------------

  /**
   * Left to right, each token is read once unless a name read before it covers it: a capitalised
   * word starts a run (see `at`), and « de » before one may end a role (« le général de X »).
   * Only a capitalised word and the token before it can start anything, so just those are read.
   */
  private firstPass(): void {
    let next = 0;
    for (const cap of this.caps) {
      for (let i = Math.max(next, cap - 1); i <= cap; i++) if (i >= next) next = this.readAt(i);
    }
  }

  /** What pass 1 makes of token i: the next token to read. */
  private readAt(i: number): number {
    if (this.taken[i] || !this.isCapWord(i)) {
      // (The capital after it first: a byte read, where the word costs a lookup.)
      if (this.isCapWord(i + 1) && !this.taken[i + 1] && (this.tokens[i]!.lower === "de" || this.tokens[i]!.lower === "d'") && this.roleJustBefore(i)) {
        const end = this.runEnd(i + 1);
        this.emit({ kind: "person", tokStart: i, tokEnd: end, reason: "role-before" });
        return end;
      }
      return i + 1;
    }
    return this.at(i);
  }

  /** Reads whatever starts at capitalised token i; returns the next token to look at. */
  private at(i: number): number {
    const t = this.tokens[i]!;
    // « Mme Roche »: after a title, a name that is also a company is the person.
    const org = this.titleBefore(i) ? undefined : this.knownOrgAt(i);
    if (org) {
      const personInstead = org.len === 1 && this.looksLikeFullName(i);
      const after = i + org.len;
      if (org.len === 1 && isAcronym(t) && this.isCapWord(after) && this.samePara(i, after) && !this.taken[after] && !knownOrg(this.tokens[after]!) && !firstName(this.tokens[after]!)) {
        const end = this.extendOrgName(after);
        this.emit({ kind: "organization", tokStart: i, tokEnd: end, reason: "acronym-led-name", orgType: "other" });
        return end;
      }
      if (!personInstead) {
        // « La Mozilla Foundation »: the article is not part of the mention.
        const from = org.len > 1 && inArticles(t) && this.clauseStart(i) ? i + 1 : i;
        const firm = org.platform && org.type === "media" && this.firmCue(from, i + org.len);
        this.emit({ kind: "organization", tokStart: from, tokEnd: i + org.len, reason: firm ? "platform-firm" : "known-org", orgType: firm ? "company" : org.type, canonical: org.name });
        this.acronymAfter(i + org.len, org.type, org.name);
        return i + org.len;
      }
    }
    // « CGT-Cheminots »: a known acronym glued to a capitalised word names a branch of it.
    const dash = t.text.indexOf("-");
    if (dash > 1 && ACRONYM.test(t.text.slice(0, dash)) && /^\p{Lu}/u.test(t.text.slice(dash + 1))) {
      const parent = knownOrg(t.text.slice(0, dash));
      if (parent && !parent.ambiguous) {
        this.emit({ kind: "organization", tokStart: i, tokEnd: i + 1, reason: "acronym-branch", orgType: parent.type });
        return i + 1;
      }
    }
    // Words that are never names alone, but may be cues for what follows.
    if (title(t) || this.tokens[i + 1]?.text === "." && titleWithDot(t)) return i + 1;
    const lowerFirst = isNotName(t) || (this.clauseStart(i) && isCommonWord(t) && !this.firstNameFollowed(i));
    if (lowerFirst && !this.particleName(i)) return i + 1;
    if (role(t) || (demonym(t) && !firstName(t))) return i + 1;
    // « l'ONG Greenpeace »: an all-caps head is a cue, not part of the name.
    const ah = isAcronym(t) ? orgHead(t) : undefined;
    if (ah && ah.kind === "head" && this.isCapWord(i + 1)) return i + 1;
    const art = this.tokens[i - 1];
    if (art && (art.lower === "la" || art.lower === "le" || art.lower === "l'") && isOriginNoun(t) && this.isCapWord(i + 1) && !knownOrg(t)) return i + 1;
    const end = this.runEnd(i);
    this.classify(i, end);
    return Math.max(end, i + 1);
  }

  /** A singular role noun right before token i (« le général de Villaret »). */
  private roleJustBefore(i: number): boolean {
    const p = this.tokens[i - 1];
    if (!p || p.kind !== "word" || p.cap) return false;
    const next = this.tokens[i + 1];
    const det = this.tokens[i - 2];
    if (!det || !(det.lower === "le" || det.lower === "la" || det.lower === "du" || det.lower === "au")) return false;
    return NOBLE_TITLES.has(p.lower) && !!next && !isPlace(next) && !knownOrg(next) && !firstName(next);
  }

  /** A first name followed by another capitalised word (« Claire Vasseur »). */
  private firstNameFollowed(i: number): boolean {
    const t = this.tokens[i]!;
    return !!firstName(t) && this.isCapWord(i + 1) && this.samePara(i, i + 1) && !isNotName(this.tokens[i + 1]!);
  }

  private looksLikeFullName(i: number): boolean {
    return this.firstNameFollowed(i) && !knownOrg(this.tokens[i + 1]!) && !isPlace(this.tokens[i]!);
  }

  /** « Le Pen » after a first name: a capitalised particle that is part of a surname. */
  private particleName(i: number): boolean {
    const t = this.tokens[i]!;
    if (!inParticles(t)) return false;
    return this.isCapWord(i - 1) && this.isCapWord(i + 1) && this.samePara(i - 1, i + 1) && !this.clauseStart(i);
  }

  /**
   * knownOrgAt answers by token: a byte says « not read yet » (0), « none » (1) or « found »
   * (2, the hit in `orgHits`). Most tokens start no organization, so the Map stays small.
   */
  private readonly orgAtRead: Uint8Array;
  private readonly orgHits = new Map<number, KnownOrgHit>();

  /** The longest known organization starting at token i (ambiguous names need a cue). */
  private knownOrgAt(i: number): KnownOrgHit | undefined {
    const read = this.orgAtRead[i];
    if (read === 2) return this.orgHits.get(i);
    if (read === 1) return undefined;
    const hit = this.knownOrgAtUncached(i);
    if (i >= 0 && i < this.orgAtRead.length) {
      this.orgAtRead[i] = hit ? 2 : 1;
      if (hit) this.orgHits.set(i, hit);
    }
    return hit;
  }

  private knownOrgAtUncached(i: number): KnownOrgHit | undefined {
    const tokens = this.tokens;
    const para = this.doc.tokPara[i]!;
    // « aux Échos », « du Parisien »: a name whose article is fused with « à » or « de ».
    const fused = i > 0 && inContracted(tokens[i - 1]) ? CONTRACTED.get(tokens[i - 1]!.lower) : undefined;
    if (fused !== undefined && this.doc.tokPara[i - 1]! === para && (fused === "le" ? startsOrgNameAfterLe : startsOrgNameAfterLes)(tokens[i]!)) {
      const hit = this.knownOrgAfterContraction(i, fused);
      if (hit) return hit;
    }
    // Acronyms are looked up as written; any other name must start like a known one.
    if (!mayStartOrg(tokens[i]!) && !isAcronym(tokens[i]!)) return undefined;
    const article = inArticles(tokens[i]) ? 1 : 0;
    // With its article and, after « le », « la »… without it (« Le Monde », « la SNCF »). After
    // an article, a name of more than one word needs the next word capitalised (`core` below):
    // « Le gouvernement », « La plupart » — most sentences start so — are read as one word.
    const oneWord = article === 1 && !tokens[i + 1]?.cap;
    const maxLen = oneWord ? 1 : Math.max(1, this.reach(i, MAX_ORG_TOKENS, false), article === 0 ? 0 : 1 + this.reach(i + 1, MAX_ORG_TOKENS - 1, false));
    // The folded form of each candidate (what knownOrg folds `written` to) and whether it holds
    // a space (then it cannot be an acronym): most long candidates are dismissed on it.
    // (Arrays kept on the finder and overwritten: this runs for every capitalised word.)
    const { probeKeys: keys, probeSpaced: spaced } = this;
    let count = 0;
    for (; count < maxLen && i + count < tokens.length; count++) {
      keys[count] = this.withKey(count > 0 ? keys[count - 1]! : "", i + count);
      spaced[count] = count > 0 && (spaced[count - 1]! || !this.glued(i + count));
    }
    for (let len = count; len >= 1; len--) {
      const last = tokens[i + len - 1]!;
      if (this.doc.tokPara[i + len - 1] !== para) continue;
      if (last.kind === "punct") continue;
      if (len > 1 && hasBreak(tokens, i, i + len)) continue;
      if (spaced[len - 1] && !lexicon.isKnownOrgKey(keys[len - 1]!)) continue;
      // One word: the token itself is asked (its word remembers the answers).
      const written = len === 1 ? tokens[i]! : this.text(i, i + len);
      const entry = knownOrg(written);
      if (!entry || isNotName(entry.name) || (len === 1 && isNotName(written))) continue;
      // « Le gouvernement »: the word after a leading article must be capitalised too.
      const core = inArticles(tokens[i]) && len > 1 ? tokens[i + 1]! : tokens[i]!;
      if (!core.cap) continue;
      // Only forms that are also common words, first names, places or one letter need a cue.
      const ambiguous = entry.ambiguous && len === 1 && (isCommonWord(written) || !!firstName(written) || isPlace(written) || tokens[i]!.text.length <= 2);
      const channel = entry.type === "media" && tokens[i - 1]?.lower === "sur";
      if (ambiguous && !channel && !this.orgCue(i, i + 1)) continue;
      // A common word at a clause start (« Total », « Orange ») is a word, not the company.
      if (ambiguous && this.clauseStart(i) && !this.headBefore(i)) continue;
      return { len, name: entry.name, type: entry.type, platform: entry.platform === true };
    }
    return undefined;
  }

  /**
   * A platform (social network) treated as a firm at this mention: « chez X », « les
   * dirigeants de X », « la société X ». Elsewhere it is the channel (« sur X »): media.
   */
  private firmCue(s: number, e: number): boolean {
    const before = this.tokens[s - 1];
    if (!before || this.doc.tokPara[s - 1] !== this.doc.tokPara[s]) return false;
    if (before.lower === "chez") return true;
    if (this.headBefore(s) === "company" || this.appositionOrg(e) === "company") return true;
    if (before.lower !== "de" && before.lower !== "d'" && before.lower !== "du") return false;
    const noun = this.tokens[s - 2];
    return !!noun && this.doc.tokPara[s - 2] === this.doc.tokPara[s - 1] && FIRM_NOUNS.has(noun.lower);
  }

  /** A known name written with its article (« Les Échos ») met after « aux », « du », « au », « des ». */
  private knownOrgAfterContraction(i: number, article: string): KnownOrgHit | undefined {
    const tokens = this.tokens;
    const para = this.doc.tokPara[i]!;
    let key = article;
    let best: KnownOrgHit | undefined;
    for (let n = 0; n < 4 && i + n < tokens.length; n++) {
      const t = tokens[i + n]!;
      if (this.doc.tokPara[i + n] !== para || t.kind !== "word" || (n === 0 && !t.cap)) break;
      key = this.withKey(key, i + n);
      if (!lexicon.isOrgNamePrefix(key)) break;
      if (!lexicon.isKnownOrgKey(key)) continue;
      // « la cuisine du Parisien »: a one-word name that is also a demonym or a word is the word.
      if (n === 0 && (demonym(t) || isCommonWord(t))) continue;
      const entry = knownOrg(`${article} ${this.text(i, i + n + 1)}`);
      if (entry && !entry.ambiguous) best = { len: n + 1, name: entry.name, type: entry.type, platform: entry.platform === true };
    }
    return best;
  }

  /** An org head before, or an apposition after: « le groupe X », « X, une ONG ». */
  private orgCue(s: number, e: number): OrgType | undefined {
    return this.headBefore(s) ?? this.appositionOrg(e);
  }

  /** Capitalised run from i: capitalised words, initials, particles between capitalised words. */
  private runEnd(i: number): number {
    let j = i + 1;
    while (j < this.tokens.length && j - i < MAX_RUN && this.samePara(i, j)) {
      const t = this.tokens[j]!;
      if (this.skip[j] || this.taken[j]) break;
      if (t.kind === "word" && t.cap) {
        if (isNotName(t) && !inParticles(t)) break;
        if (title(t)) break;
        j++;
        continue;
      }
      if (t.text === "&" && this.isCapWord(j + 1) && !this.taken[j + 1]) {
        j += 2;
        continue;
      }
      // One or two particles then a capitalised word: « van der Hoek », « de La Tour ».
      const two = t.kind === "word" && inParticles(t) && inParticles(this.tokens[j + 1]) && !this.tokens[j + 1]!.cap ? 1 : 0;
      if (t.kind === "word" && inParticles(t) && this.isCapWord(j + 1 + two) && !this.taken[j + 1 + two] && this.samePara(j, j + 1 + two)) {
        const next = this.tokens[j + 1 + two]!;
        // « Claire Vasseur de Paris »: a place or a known body after « de » is not the surname.
        if ((t.lower === "de" || t.lower === "d'" || t.lower === "du" || t.lower === "des") && (isPlace(next) || knownOrg(next))) break;
        // « à Paris de Jean Dupont »: a place before « de » and a full name is no first name
        // (« Florence de Lamarzelle » keeps hers: one word after « de »).
        if (j === i + 1 && isPlace(this.tokens[i]!) && this.isCapWord(j + 2 + two) && this.samePara(j, j + 2 + two)) break;
        j += 2 + two;
        continue;
      }
      break;
    }
    return j;
  }

  /** Decide what the capitalised run [s, e) is, and emit it. */
  private classify(s: number, e: number): void {
    const tokens = this.tokens;
    // « ministre des Armées Jean Dupont »: a first name inside the run starts a new name.
    if (!firstName(tokens[s]!)) {
      for (let p = s + 1; p + 1 < e; p++) {
        const t = tokens[p]!;
        if (firstName(t) && !isCommonWord(t) && !inParticles(tokens[p - 1]) && this.isCapWord(p + 1)) {
          this.classify(p, e);
          return;
        }
      }
    }
    const len = e - s;
    if (this.isCredit(s, e)) return;
    // « rue Montorgueil », « place Bellecour »: a street or square, not a name of anybody.
    if (inStreetWords(tokens[s - 1])) return;
    // Places and runs that begin with a place (« Paris Saint-Germain » is in the lexicon).
    if (len === 1 ? isPlace(tokens[s]!) : isPlace(this.text(s, e))) return;
    const first = tokens[s]!;
    // « sur X Civic Lab »: a known org's short name before another name.
    if (len >= 2 && CHANNEL_BEFORE.has(tokens[s - 1]?.lower ?? "")) {
      const k = knownOrg(first);
      if (k) {
        this.emit({ kind: "organization", tokStart: s, tokEnd: s + 1, reason: "known-org", orgType: k.type, canonical: k.name });
        this.classify(s + 1, e);
        return;
      }
    }
    const lastTok = tokens[e - 1]!;
    const isFirstName = !!firstName(first) && !isPlace(first);

    // Title right before: a person.
    const ti = this.titleBefore(s);
    if (ti) {
      const d: Draft = { kind: "person", tokStart: ti.start, tokEnd: e, reason: "title" };
      if (ti.gender) {
        d.gender = ti.gender;
        d.genderEvidence = "title";
      }
      this.emit(d);
      return;
    }
    // Organization cues: head inside or before, legal suffix, apposition, defined acronym.
    const innerHead = orgHead(first);
    // A body's head usually written in lower case counts as capitalised when the text
    // capitalises it after an article: « le Syndicat des producteurs » (not a company word:
    // « la Maison d'en face » is more often a title than a firm).
    const capitalisedHead = !!innerHead && (innerHead.capitalised || (innerHead.type !== "company" && inArticles(tokens[s - 1]) && !this.clauseStart(s)));
    const lowerEnd = innerHead && innerHead.kind === "head" && capitalisedHead ? this.extendLowerOrg(s + 1) : s + 1;
    if (innerHead && innerHead.kind === "head" && !firstName(first) && (len >= 2 || lowerEnd > s + 1)) {
      const end = len >= 2 ? this.extendOrgName(e) : this.extendOrgName(lowerEnd);
      // « la Ligue des champions », « la Coupe du monde »: a competition, not an organization.
      if (COMPETITION.test(foldName(this.text(s, end)))) return;
      this.emit({ kind: "organization", tokStart: s, tokEnd: end, reason: "org-head-inside", orgType: innerHead.type });
      this.acronymAfter(end, innerHead.type, null);
      return;
    }
    const suffix = len >= 2 ? orgHead(lastTok) : undefined;
    if (suffix && suffix.kind === "suffix") {
      this.emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "org-suffix", orgType: suffix.type });
      this.acronymAfter(e, suffix.type, null);
      return;
    }
    const match = this.headMatch(s);
    const head = match?.type;
    // « son promoteur Jean Dupont »: after a possessive, a head noun is the person's role.
    const possessiveHead = head && len >= 2 && isFirstName && POSSESSIVE_BEFORE.has(tokens[s - 2]?.lower ?? "");
    if (match && head && !possessiveHead) {
      const end = this.extendOrgName(e);
      // « l'hôpital Vercors »: the head is part of an establishment's name.
      const from = match.inName && !this.taken[match.start] ? match.start : s;
      this.emit({ kind: "organization", tokStart: from, tokEnd: end, reason: "org-head-before", orgType: head });
      this.acronymAfter(end, head, null);
      return;
    }
    const appos = this.appositionOrg(e);
    if (appos) {
      this.emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "org-apposition", orgType: appos });
      return;
    }
    if (len >= 2 && this.definedAcronym(s, e) && !isFirstName) {
      this.emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "org-acronym", orgType: "other" });
      this.acronymAfter(e, "other", null);
      return;
    }
    if (len <= 2 && this.tokens[s - 1]?.lower === "chez" && !isFirstName) {
      this.emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "chez", orgType: "company" });
      return;
    }
    // « le président de X », « la fondatrice de X »: an unknown name after a firm's role.
    const firmRole = len <= 2 && !isFirstName && !isAcronym(first) ? this.firmRoleBefore(s) : undefined;
    if (firmRole) {
      this.emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "role-of", orgType: firmRole });
      return;
    }
    // A lone acronym is an organization only with a cue (head or apposition, handled above).
    if (len === 1 && isAcronym(first)) return;
    // A lone unknown word right after an inverted speech verb (« », se désole Wilfrid) or
    // naming a described person (« un vendeur de 26 ans, Wilfrid. ») is a person's name.
    const signs = (this.tokens[s - 1]?.text === "—" || this.tokens[s - 1]?.text === "–") && /^[»”"]$/.test(this.tokens[s - 2]?.text ?? "");
    if (len === 1 && (signs || (!this.clauseStart(s) && this.plainName(s, e) && !firstName(first) && (this.speechBefore(s) || this.namesDescription(s))))) {
      this.emit({ kind: "person", tokStart: s, tokEnd: e, reason: this.speechBefore(s) ? "speech-verb-before" : "description-apposition" });
      return;
    }

    // « le Sud-Coréen X » in a sentence about sales or markets: a company, where a sports page
    // would name a player the same way.
    if (len === 1 && !isFirstName && this.demonymBefore(s) && this.businessSentence(s)) {
      this.emit({ kind: "organization", tokStart: s, tokEnd: e, reason: "demonym-company", orgType: "company" });
      return;
    }
    // Person cues.
    const cue = this.personCueBefore(s);
    if (cue) {
      const d: Draft = { kind: "person", tokStart: s, tokEnd: e, reason: cue.reason };
      if (cue.gender) {
        d.gender = cue.gender;
        d.genderEvidence = "agreement";
      }
      this.emit(d);
      return;
    }
    if (len >= 2 && isFirstName && (!allCapsRun(tokens, s, e) || this.wholeLine(s, e))) {
      this.emit({ kind: "person", tokStart: s, tokEnd: e, reason: "first-name" });
      return;
    }
    if (len >= 2 && INITIALS.test(first.text) && !isAcronym(lastTok)) {
      this.emit({ kind: "person", tokStart: s, tokEnd: e, reason: "initials" });
      return;
    }
    if (len >= 2 && this.speechAfter(e) && !this.clauseStart(s)) {
      this.emit({ kind: "person", tokStart: s, tokEnd: e, reason: "speech-verb-subject" });
      return;
    }
    if (isFirstName && len === 1 && !isCommonWord(first) && (this.speechAfter(e) || this.ageAfter(e))) {
      this.emit({ kind: "person", tokStart: s, tokEnd: e, reason: "first-name-alone" });
      return;
    }
    if (len >= 2 && this.ageAfter(e)) {
      this.emit({ kind: "person", tokStart: s, tokEnd: e, reason: "age-apposition" });
      return;
    }
    if (len >= 2 && !this.clauseStart(s) && (this.roleAfter(e) || this.speechBefore(s))) {
      this.emit({ kind: "person", tokStart: s, tokEnd: e, reason: this.roleAfter(e) ? "role-after" : "speech-verb-before" });
      return;
    }
    if (len >= 2 && len <= 3 && !this.clauseStart(s) && this.plainName(s, e) && !this.productLike(s, e)) {
      this.emit({ kind: "person", tokStart: s, tokEnd: e, reason: "name-shape" });
    }
  }

  /**
   * A product rather than a person: right after a company's name (« Google Firebase
   * Messaging ») or followed by a model code in brackets (« Ground Master (GM200) »).
   */
  private productLike(s: number, e: number): boolean {
    const prev = this.drafts[this.drafts.length - 1];
    if (prev && prev.kind === "organization" && prev.tokEnd === s) return true;
    const open = this.tokens[e];
    const code = this.tokens[e + 1];
    return open?.text === "(" && !!code && /\d/.test(code.text) && /^[\p{Lu}\d-]+$/u.test(code.text);
  }

  /** True when [s, e) is all of its paragraph (a name on a line of its own). */
  private wholeLine(s: number, e: number): boolean {
    const paras = this.doc.tokPara;
    return (s === 0 || paras[s - 1] !== paras[s]) && (e >= paras.length || paras[e] !== paras[s]);
  }

  /**
   * Two or three capitalised words that are none of: common words, places, org heads or
   * suffixes, acronyms, roles, demonyms. Mid-sentence such a run is most often a person.
   */
  private plainName(s: number, e: number): boolean {
    const p = this.tokens[s - 1];
    if (p && inDefiniteBefore(p)) return false;
    for (let i = s; i < e; i++) {
      const t = this.tokens[i]!;
      if (inParticles(t)) {
        if (!t.cap && (t.lower === "de" || t.lower === "d'" || t.lower === "du" || t.lower === "des")) return false;
        continue;
      }
      if (t.kind !== "word" || isAcronym(t) || isCommonWord(t) || isPlace(t) || orgHead(t) || role(t) || demonym(t) || isNotName(t) || knownOrg(t)) return false;
    }
    return true;
  }

  /** A name followed or preceded by « / » or after « Photo » is a photo credit. */
  private isCredit(s: number, e: number): boolean {
    const before = this.tokens[s - 1];
    const after = this.tokens[e];
    if (after && after.text === "/" && this.doc.tokPara[e] === this.doc.tokPara[s]) return true;
    if (before && before.text === "/" && this.doc.tokPara[s - 1] === this.doc.tokPara[s]) return true;
    const b2 = this.tokens[s - 2];
    if (before && inCreditWords(before)) return true;
    if (before && before.text === ":" && b2 && inCreditWords(b2)) return true;
    return false;
  }

  /** After a capitalised org head, the name may go on with particles and capitalised words. */
  private extendOrgName(e: number): number {
    let j = e;
    const a0 = this.tokens[j];
    if (a0 && a0.kind === "word" && !a0.cap && this.tokens[j - 1]?.cap && this.samePara(j - 1, j) && !this.taken[j] && NAME_ADJECTIVE.test(a0.lower) && !NAME_STOP.has(a0.lower) && !speechVerb(a0.text)) j++;
    while (j < this.tokens.length && this.samePara(e - 1, j)) {
      const t = this.tokens[j]!;
      if (this.skip[j] || this.taken[j]) break;
      if (t.kind === "word" && ORG_GLUE.has(t.lower) && this.isCapWord(j + 1) && !this.taken[j + 1]) {
        j += 2;
        continue;
      }
      if (t.kind === "word" && t.cap && (!isNotName(t) || this.isCapWord(j + 1)) && !title(t)) {
        j++;
        // « l'Éducation nationale », « l'Union européenne »: one adjective after a capitalised word.
        const a = this.tokens[j];
        if (a && a.kind === "word" && !a.cap && this.samePara(j - 1, j) && !this.taken[j] && NAME_ADJECTIVE.test(a.lower) && !NAME_STOP.has(a.lower) && !speechVerb(a)) j++;
        continue;
      }
      break;
    }
    return j;
  }

  /**
   * « Association des journalistes bretons », « Syndicat national des enseignants »: after a
   * capitalised head, the name goes on over glue words, the nouns they introduce and
   * adjective-like words, up to punctuation or a word that cannot be in a name.
   */
  private extendLowerOrg(from: number): number {
    let j = from;
    let end = from;
    const limit = Math.min(this.tokens.length, from + 10);
    let afterGlue = false;
    while (j < limit && this.samePara(from - 1, j)) {
      const t = this.tokens[j]!;
      if (t.kind !== "word" || this.taken[j] || this.skip[j]) break;
      if (NAME_STOP.has(t.lower) || speechVerb(t)) break;
      if (ORG_GLUE.has(t.lower) && !t.cap) {
        const nx = this.tokens[j + 1];
        // « en battant … » is a gerund, not part of the name.
        if (t.lower === "en" && nx && /ant$/.test(nx.lower)) break;
        // « et » joins names (« Caisse des dépôts et consignations »), not a participle (« et réalisée »).
        if (t.lower === "et" && !(nx && nx.kind === "word" && !NAME_STOP.has(nx.lower) && !speechVerb(nx) && (nx.cap || NAME_ADJECTIVE.test(nx.lower) || !/(?:é|ée|és|ées)$/.test(nx.lower)))) break;
        afterGlue = true;
        j++;
        continue;
      }
      if (afterGlue || ADJECTIVE_LIKE.test(t.lower) || t.cap) {
        afterGlue = false;
        j++;
        end = j;
        continue;
      }
      break;
    }
    return end;
  }

  /** Title token(s) right before s: « M. », « Mme », « Dr ». */
  private titleBefore(s: number): { start: number; gender: Gender | null } | undefined {
    const p = this.tokens[s - 1];
    if (!p || this.doc.tokPara[s - 1] !== this.doc.tokPara[s]) return undefined;
    if (p.text === "." ) {
      const pp = this.tokens[s - 2];
      if (pp && this.glued(s - 1)) {
        const t = titleWithDot(pp);
        if (t) return { start: s - 2, gender: t.gender };
      }
      return undefined;
    }
    const t = p.kind === "word" ? title(p) : undefined;
    if (!t) return undefined;
    // « Madame la ministre » is not followed by a name; a capitalised word right after is.
    return { start: s - 1, gender: t.gender };
  }

  /** Type announced by an org head right before s, maybe with one adjective between. */
  private headBefore(s: number): OrgType | undefined {
    return this.headMatch(s)?.type;
  }

  /** The org head before s (see headBefore): its type, first token and whether it is part of the name. */
  private headMatch(s: number): { type: OrgType; start: number; inName: boolean } | undefined {
    // « une société américaine (Acme) »
    if (this.tokens[s - 1]?.text === "(" && this.tokens[s + 1]?.text === ")" && s >= 2) return this.headMatch(s - 1);
    for (let gap = 0; gap <= 2; gap++) {
      const end = s - gap; // head ends at end-1
      if (gap > 0) {
        const adj = this.tokens[end];
        if (!adj || adj.kind !== "word" || adj.cap || !(demonym(adj) || inAdjectives(adj))) return undefined;
      }
      if (end < 1 || !endsOrgHead(this.tokens[end - 1]!)) continue;
      for (let len = Math.min(orgHeadMaxWords + 1, end); len >= 1; len--) {
        const hs = end - len;
        if (hs < 0) continue;
        const ht = this.tokens[hs]!;
        if (this.doc.tokPara[hs] !== this.doc.tokPara[s] || ht.kind !== "word") continue;
        // A head of several words starts with a word that starts one.
        if (len > 1 && !mayStartOrgHead(ht)) continue;
        if (hasBreak(this.tokens, hs, end)) continue;
        const h = orgHead(this.phrase(hs, end));
        const headTok = this.tokens[end - 1]!;
        if (h && h.kind === "head" && (!headTok.cap || isAcronym(headTok)) && !GEO_HEADS.has(ht.key)) {
          return { type: h.type, start: hs, inName: h.inName && gap === 0 && !headTok.cap };
        }
      }
    }
    return undefined;
  }


  /** « X, un think tank » / « X, la start-up … »: an apposition naming an org head. */
  private appositionOrg(e: number): OrgType | undefined {
    const c = this.tokens[e];
    if (!c || c.text !== "," || this.doc.tokPara[e] !== this.doc.tokPara[e - 1]) return undefined;
    const art = this.tokens[e + 1];
    if (!art || !inArticles(art)) return undefined;
    if (!this.tokens[e + 2] || !mayStartOrgHead(this.tokens[e + 2]!)) return undefined;
    for (let len = Math.min(orgHeadMaxWords + 1, 4); len >= 1; len--) {
      if (e + 2 + len > this.tokens.length) continue;
      if (hasBreak(this.tokens, e + 2, e + 2 + len)) continue;
      const h = orgHead(this.phrase(e + 2, e + 2 + len));
      // « X, la société Y »: the head names another organization, Y.
      if (h && h.kind === "head" && !this.tokens[e + 2]!.cap && !this.isCapWord(e + 2 + len)) return h.type;
    }
    return undefined;
  }

  /** « … (ABC) » right after [s, e) whose initials spell ABC. */
  private definedAcronym(s: number, e: number): boolean {
    const open = this.tokens[e];
    const acr = this.tokens[e + 1];
    const close = this.tokens[e + 2];
    if (!open || !acr || !close || open.text !== "(" || close.text !== ")" || !LETTER_ACRONYM.test(acr.text)) return false;
    return initialsMatch(this.tokens, s, e, acr.text);
  }

  /** An acronym in brackets right after an organization: emit it as a mention of the same org. */
  private acronymAfter(e: number, type: OrgType, canonical: string | null): void {
    const open = this.tokens[e];
    const acr = this.tokens[e + 1];
    const close = this.tokens[e + 2];
    if (!open || !acr || !close || open.text !== "(" || close.text !== ")" || !isAcronym(acr)) return;
    if (this.taken[e + 1]) return;
    const d: Draft = { kind: "organization", tokStart: e + 1, tokEnd: e + 2, reason: "acronym-definition", orgType: type };
    const known = knownOrg(acr);
    if (canonical) d.canonical = canonical;
    else if (known) d.canonical = known.name;
    this.emit(d);
    this.definitions.set(e + 1, e);
  }

  /** Acronym token → token after the defined name (for the entity stage's alias merge). */
  readonly definitions = new Map<number, number>();

  /**
   * « le président de X »: a role held in a firm or body, then « de », right before s. The
   * org type: company for roles only firms have (PDG, fondateur), or when the sentence or the
   * one before speaks of « la société », « l'entreprise », « la firme »; otherwise other.
   */
  private firmRoleBefore(s: number): OrgType | undefined {
    const t = this.tokens;
    const de = t[s - 1];
    const r = t[s - 2];
    if (!de || !r || (de.lower !== "de" && de.lower !== "d'") || this.doc.tokPara[s - 2] !== this.doc.tokPara[s] || r.kind !== "word") return undefined;
    const canonical = role(r)?.canonical;
    if (!canonical || !ORG_ROLES.has(foldName(canonical))) return undefined;
    if (COMPANY_ROLES.has(foldName(canonical))) return "company";
    const sents = this.doc.tokSent;
    const sent = sents[s]!;
    for (let i = s - 3; i > 0 && s - i <= 2 * REACH_WORDS && sents[i]! >= sent - 1; i--) {
      if (COMPANY_NOUNS.has(t[i]!.lower) && DEFINITE.has(t[i - 1]!.lower)) return "company";
    }
    return "other";
  }

  /** A singular capitalised demonym after an article right before s: « le Chinois X ». */
  private demonymBefore(s: number): boolean {
    const d = this.tokens[s - 1];
    const art = this.tokens[s - 2];
    if (!d || !art || !d.cap || this.doc.tokPara[s - 1] !== this.doc.tokPara[s] || !DEMONYM_ARTICLES.has(art.lower)) return false;
    const dem = demonym(d);
    return !!dem && !dem.plural;
  }

  /** The sentence of token s speaks of sales, markets or shareholders (BUSINESS_WORDS). */
  private businessSentence(s: number): boolean {
    const t = this.tokens;
    const sents = this.doc.tokSent;
    const sent = sents[s];
    for (let i = s - 1; i >= 0 && s - i <= REACH_WORDS && sents[i] === sent; i--) if (BUSINESS_WORDS.has(t[i]!.lower)) return true;
    for (let i = s + 1; i < t.length && i - s <= REACH_WORDS && sents[i] === sent; i++) if (BUSINESS_WORDS.has(t[i]!.lower)) return true;
    return false;
  }

  /** A role or a nationality noun right before s (« la ministre X », « l'Italien X »). */
  private personCueBefore(s: number): { reason: string; gender: Gender | null } | undefined {
    const tokens = this.tokens;
    const para = this.doc.tokPara[s]!;
    // Capitalised demonym just before: « la Néerlandaise Kim … ».
    const p = tokens[s - 1];
    if (!p || this.doc.tokPara[s - 1] !== para) return undefined;
    if (p.kind === "word") {
      const dem = demonym(p);
      if (dem && !dem.plural) return { reason: "demonym-before", gender: dem.gender ?? articleGender(tokens[s - 2]) };
      // « la Montréalaise X », « le Lyonnais X »: a capitalised origin noun after an article.
      const art = tokens[s - 2];
      if (p.cap && art && (art.lower === "la" || art.lower === "le" || art.lower === "l'") && isOriginNoun(p) && !knownOrg(p)) {
        const g = art.lower === "la" || /e$/.test(p.text) ? "f" : art.lower === "le" ? "m" : null;
        return { reason: "demonym-before", gender: g };
      }
    }
    // Role phrase ending at s-1, s-2 or s-3 with adjectives (or an org) between.
    for (let gap = 0; gap <= 3; gap++) {
      const end = s - gap;
      if (gap > 0) {
        const a = tokens[end];
        if (!a || this.doc.tokPara[end] !== para || a.kind !== "word") return undefined;
        const okGap = (!a.cap && (demonym(a) || inAdjectives(a))) || (this.taken[end] === 1 && isAcronym(a));
        if (!okGap) return undefined;
      }
      if (end < 1 || !endsRole(tokens[end - 1]!)) continue;
      for (let len = Math.min(roleMaxWords, end); len >= 1; len--) {
        const rs = end - len;
        const rt = tokens[rs];
        if (!rt || this.doc.tokPara[rs] !== para || rt.kind !== "word") continue;
        if (len > 1 && !startsRole(rt)) continue;
        if (hasBreak(tokens, rs, end)) continue;
        const r = role(this.phrase(rs, end));
        // « a prévenu X »: after an auxiliary the word is a participle, not the role « prévenu ».
        if (r && !r.plural && !AUXILIARIES.has(tokens[rs - 1]?.lower ?? "")) return { reason: "role-before", gender: r.gender ?? articleGender(tokens[rs - 1]) };
      }
    }
    return undefined;
  }

  /**
   * The words of [s, e) as one lookup key: the token's own word when there is one (its answers
   * are remembered on it), else the words joined as the lexicons write them.
   */
  private phrase(s: number, e: number): Word | string {
    return e - s === 1 ? this.tokens[s]! : this.joinTokens(s, e);
  }

  /** Tokens [s, e) joined the way lexicon keys are written (space, none after an apostrophe). */
  private joinTokens(s: number, e: number): string {
    let out = "";
    for (let i = s; i < e; i++) {
      const t = this.tokens[i]!;
      out += t.text;
      if (i + 1 < e && !t.text.endsWith("'") && !t.text.endsWith("’")) out += " ";
    }
    return out;
  }

  /** A speech verb right after the run (« X a déclaré », « X estime »). */
  private speechAfter(e: number): boolean {
    const t = this.tokens[e];
    if (!t || t.kind !== "word") return false;
    const v = speechVerb(t);
    if (v && v.some((x) => x.form === "finite" && !x.homograph)) return true;
    if (AUXILIARIES.has(t.lower)) {
      const n = this.tokens[e + 1];
      const pv = n && n.kind === "word" ? speechVerb(n) : undefined;
      if (pv && pv.some((x) => x.form === "participle")) return true;
    }
    return false;
  }

  /** « X, 45 ans, » : an age apposition. */
  private ageAfter(e: number): boolean {
    const c = this.tokens[e];
    if (!c || c.text !== ",") return false;
    let k = e + 1;
    const w = this.tokens[k];
    if (w && /^âgée?$/.test(w.lower) && this.tokens[k + 1]?.lower === "de") k += 2;
    const n = this.tokens[k];
    const a = this.tokens[k + 1];
    return !!n && !!a && n.kind === "number" && a.lower === "ans";
  }

  /** « X, le président de Y » / « X, ministre de … »: a role in apposition after the run. */
  private roleAfter(e: number): boolean {
    const c = this.tokens[e];
    if (!c || c.text !== ",") return false;
    let k = e + 1;
    const a = this.tokens[k];
    if (a && (a.lower === "le" || a.lower === "la" || a.lower === "l'" || a.lower === "un" || a.lower === "une" || a.lower === "son" || a.lower === "sa")) k++;
    if (!this.tokens[k] || !startsRole(this.tokens[k]!)) return false;
    for (let len = Math.min(roleMaxWords, 4); len >= 1; len--) {
      if (k + len > this.tokens.length || hasBreak(this.tokens, k, k + len)) continue;
      const r = role(this.phrase(k, k + len));
      if (r && !r.plural) return true;
    }
    return false;
  }

  /** A speech verb right before the run (« a déclaré X », « explique X »). */
  /** « un vendeur de journaux de 26 ans, Wilfrid. »: a name closing an indefinite role phrase. */
  private namesDescription(s: number): boolean {
    const t = this.tokens;
    if (t[s - 1]?.text !== ",") return false;
    const after = t[s + 1];
    if (after && this.doc.tokPara[s + 1] === this.doc.tokPara[s] && after.text !== "." && after.text !== "," && after.text !== ")") return false;
    for (let k = s - 2; k >= 0 && k >= s - 10; k--) {
      const w = t[k]!;
      if (w.kind === "punct" || this.doc.tokPara[k] !== this.doc.tokPara[s]) return false;
      const noun = t[k + 1];
      if ((w.lower === "un" || w.lower === "une") && noun && noun.kind === "word" && !noun.cap) return true;
    }
    return false;
  }

  private speechBefore(s: number): boolean {
    const p = this.tokens[s - 1];
    if (!p || p.kind !== "word" || this.doc.tokPara[s - 1] !== this.doc.tokPara[s]) return false;
    const v = speechVerb(p);
    return !!v && v.some((x) => (x.form === "finite" || x.form === "participle") && !x.homograph);
  }

  // ---- pass 2: re-mentions -----------------------------------------------------------------------

  private secondPass(): void {
    const surnames = new Map<string, number>();
    const orgForms = new Map<string, Draft>();
    for (const d of this.drafts) {
      if (d.kind === "person") {
        let s = d.tokStart;
        while (s < d.tokEnd && (title(this.tokens[s]!) || this.tokens[s]!.text === ".")) s++;
        if (d.tokEnd - s >= 2) {
          const last = this.tokens[d.tokEnd - 1]!;
          if (!INITIALS.test(last.text)) surnames.set(last.key, d.tokEnd - s);
        }
      } else {
        const len = d.tokEnd - d.tokStart;
        const firstTok = this.tokens[d.tokStart]!;
        if (len === 1) orgForms.set(firstTok.key, d);
        else if (len >= 2 && !orgHead(firstTok) && !isCommonWord(firstTok) && !firstName(firstTok) && !isPlace(firstTok)) {
          orgForms.set(firstTok.key, d);
        }
        if (d.canonical) {
          const k = knownOrg(d.canonical);
          if (k?.acronym) orgForms.set(foldName(k.acronym), d);
        }
      }
    }
    // « Amélie Roche … Roche a ajouté »: a one-word known org that is a person's surname here.
    for (const d of this.drafts) {
      const one = d.tokEnd - d.tokStart === 1;
      const word = this.tokens[d.tokStart]!.key;
      if (d.kind === "organization" && one && !d.reason.startsWith("acronym") && surnames.has(word)) {
        d.kind = "person";
        d.reason = "surname";
        delete d.orgType;
        delete d.canonical;
      } else if (d.kind === "person" && one && !surnames.has(word)) {
        // « la Toulousaine Kalio » … « Kalio SAS »: the one word is that company's short name.
        const org = orgForms.get(word);
        if (org && org.tokEnd - org.tokStart >= 2) {
          d.kind = "organization";
          d.reason = "org-short-form";
          if (org.orgType) d.orgType = org.orgType;
          delete d.gender;
          delete d.genderEvidence;
        }
      }
    }
    for (const i of this.caps) {
      if (this.taken[i] || this.skip[i]) continue;
      const t = this.tokens[i]!;
      const k = t.key;
      if (surnames.has(k) && !this.isCapWord(i + 1) && !isNotName(t)) {
        const ti = this.titleBefore(i);
        const d: Draft = { kind: "person", tokStart: ti ? ti.start : i, tokEnd: i + 1, reason: "surname" };
        if (ti?.gender) {
          d.gender = ti.gender;
          d.genderEvidence = "title";
        }
        this.emit(d);
        continue;
      }
      const org = orgForms.get(k);
      if (org && !this.isCapWord(i + 1) && !isNotName(t) && !(this.clauseStart(i) && isCommonWord(t))) {
        const d: Draft = { kind: "organization", tokStart: i, tokEnd: i + 1, reason: "org-short-form" };
        if (org.orgType) d.orgType = org.orgType;
        if (org.canonical) d.canonical = org.canonical;
        this.emit(d);
      }
    }
  }
}

/** Titles after which « de X » is a surname with its particle (« le général de Villaret »). */
/** Words before a street or square's name. */
const STREET_WORDS = new Set(["rue", "avenue", "boulevard", "bd", "place", "quai", "allée", "impasse", "chemin", "route", "cours", "square", "passage", "esplanade", "parvis", "faubourg", "rond-point"]);
const inStreetWords = wordList(STREET_WORDS);

const NOBLE_TITLES = new Set([
  "général", "maréchal", "amiral", "colonel", "capitaine", "commandant", "lieutenant", "abbé", "cardinal", "comte",
  "comtesse", "duc", "duchesse", "marquis", "marquise", "baron", "baronne", "chevalier", "vicomte", "vicomtesse", "prince", "princesse",
]);

/** Words that end an organization's name read over lower-case words. */
const NAME_STOP = new Set([
  "qui", "que", "qu'", "dont", "où", "a", "ont", "est", "sont", "était", "avait", "sera", "ne", "n'", "se", "s'", "il", "elle",
  "ils", "elles", "on", "y", "pas", "plus", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "lui", "depuis", "selon",
  "mais", "ou", "donc", "car", "avec", "par", "sur", "dans", "chez", "vers", "entre", "contre", "après", "avant", "lors",
]);
/** Endings of French adjectives that may follow a noun inside a name (« national », « bretons »). */
const ADJECTIVE_LIKE = /(?:iste|istes|al|ale|aux|ales|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ique|iques|el|elle|els|elles|if|ive|ifs|ives|aire|aires|ain|aine|ains|aines|éen|éenne|éens|éennes|é|ée|és|ées|eur|eurs|euse|euses)$/;

/** Stricter endings for an adjective right after a capitalised name word (« nationale », « européenne »). */
const NAME_ADJECTIVE = /(?:al|ale|ales|aux|ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises|ique|iques|aire|aires|éen|éenne|éens|éennes)$/;

/** Lower-case adjectives that may sit between a head or role and the name. */
const ADJECTIVES = new Set([
  "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "futur", "future", "jeune", "célèbre",
  "puissant", "puissante", "grand", "grande", "petit", "petite", "géant", "influent", "influente", "européen", "européenne",
  "national", "nationale", "régional", "régionale", "local", "locale", "public", "publique", "privé", "privée",
  "général", "générale", "adjoint", "adjointe", "délégué", "déléguée", "sortant", "sortante", "socialiste", "écologiste",
  "centriste", "communiste", "insoumis", "insoumise", "conservateur", "conservatrice", "libéral", "libérale", "rival", "rivale",
  "concurrent", "concurrente", "spécialisé", "spécialisée", "historique", "emblématique", "discret", "discrète", "fameux", "fameuse",
  "numérique", "technologique", "pharmaceutique", "automobile", "financier", "financière", "aérien", "aérienne", "pétrolier",
  "énergétique", "industriel", "industrielle", "immobilier", "immobilière", "bancaire", "chinois", "américain",
]);
const inAdjectives = wordList(ADJECTIVES);

function articleGender(t: Word | undefined): Gender | null {
  return t ? determinerGender(t.lower) : null;
}

/** True when [s, e) holds punctuation other than « & » or a hyphen (lexicon keys hold none). */
function hasBreak(tokens: Word[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && t.text !== "&" && t.text !== "-" && t.text !== "+") return true;
  }
  return false;
}

function allCapsRun(tokens: Word[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isAcronym(tokens[i]!)) return false;
  return true;
}

/** Do the content words of [s, e) begin with the letters of `acr`, in order? */
function initialsMatch(tokens: Word[], s: number, e: number, acr: string): boolean {
  const letters = fold(acr).replace(/[^a-z]/g, "");
  let k = 0;
  for (let i = s; i < e && k <= letters.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || ORG_GLUE.has(t.lower)) continue;
    const c = t.key.charAt(0);
    if (c === letters.charAt(k)) k++;
    else if (!t.cap) continue;
    else return false;
  }
  return k === letters.length && letters.length > 0;
}
