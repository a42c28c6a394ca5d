/**
 * French grammar words shared by the stages that read clauses and noun phrases (attribution,
 * resolve): auxiliaries, articles, clitics, relatives, pronouns, prepositions. Closed lists of
 * grammar only, keyed by the lower-case accented form (`Word.lower`); content vocabulary
 * (roles, organization heads, channel nouns…) lives in lexicons/.
 *
 * The `in…` tests are `wordList`s: one bit test on a token's word (the first 31 lists declared
 * are read from the word's own field, the fastest: src/core/words.ts).
 */
import type { Gender } from "./types.js";
import { wordList } from "./words.js";

/** Auxiliaries before a participle: « a déclaré », « s'est dite », « avait confié ». */
export const AUX: ReadonlySet<string> = new Set(["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "est", "sont", "était", "étaient", "sera", "serait", "avons", "avez", "ai"]);
export const inAux = wordList(AUX);

/** Words that may stand between an auxiliary and its participle, or between a subject and its verb. */
export const ADVERBS: ReadonlySet<string> = new Set([
  "aussi", "également", "encore", "notamment", "déjà", "ensuite", "alors", "enfin", "pourtant", "toutefois", "même", "bien",
  "plus", "tard", "immédiatement", "aussitôt", "longtemps", "souvent", "toujours", "ainsi", "simplement", "clairement",
  "publiquement", "vivement", "fermement", "récemment", "volontiers", "cependant", "néanmoins", "pas", "jamais", "d'ailleurs",
  "lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "seulement", "surtout", "plutôt", "désormais", "longuement",
  "rapidement", "brièvement", "franchement", "ouvertement", "directement", "sobrement",
]);
export const inAdverbs = wordList(ADVERBS);

/** Words after which « des », « du » are articles, not « de » + article: « selon des », « pour du ». */
export const VERB_LIKE_BEFORE: ReadonlySet<string> = new Set(["selon", "pour", "avec", "par", "sans", "contre", "chez", "et", "ou", "mais", "que", "qu'", "a", "ont", "est", "sont", "dont"]);
export const inVerbLikeBefore = wordList(VERB_LIKE_BEFORE);

/** Relative pronouns: they end a noun phrase read backwards. */
export const RELATIVES: ReadonlySet<string> = new Set(["que", "qu'", "dont", "où", "qui", "lequel", "laquelle"]);
export const inRelatives = wordList(RELATIVES);

/** Clitics between a subject and its verb: « il l'a dit », « elle s'est dite », « ne lui a pas ». */
export const CLITICS: ReadonlySet<string> = new Set(["l'", "le", "la", "les", "lui", "leur", "s'", "se", "y", "en", "n'", "ne", "m'", "t'", "me", "te", "nous", "vous"]);
export const inClitics = wordList(CLITICS);

/** Object pronouns that may stand between an incise's comma and its verb (« …, nous explique X, … »). */
export const OBJECT_CLITICS: ReadonlySet<string> = new Set(["me", "m'", "te", "t'", "lui", "leur", "nous", "vous", "l'"]);

/** Person, number and gender of a pronoun. */
export interface PronounFeatures {
  gender: Gender | null;
  plural: boolean;
}

// (Maps, not object literals: « constructor » or « toString » in a text must find nothing.)
/** Subject pronouns of the third person. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounFeatures> = new Map<string, PronounFeatures>([
  ["il", { gender: "m", plural: false }],
  ["elle", { gender: "f", plural: false }],
  ["ils", { gender: "m", plural: true }],
  ["elles", { gender: "f", plural: true }],
  ["on", { gender: null, plural: false }],
]);
export const inSubjectPronouns = wordList(SUBJECT_PRONOUNS.keys());

/** Stressed pronouns after « selon », « pour », « d'après ». */
export const STRESSED_PRONOUNS: ReadonlyMap<string, PronounFeatures> = new Map<string, PronounFeatures>([
  ["lui", { gender: "m", plural: false }],
  ["elle", { gender: "f", plural: false }],
  ["eux", { gender: "m", plural: true }],
  ["elles", { gender: "f", plural: true }],
]);

/** Definite, demonstrative and possessive determiners. */
export const DEFINITE: ReadonlySet<string> = new Set(["le", "la", "l'", "les", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "mon", "ma", "mes", "votre", "vos"]);
export const inDefinite = wordList(DEFINITE);

/** The definite articles alone: « le », « la », « l' », « les » (DEFINITE adds demonstratives and possessives). */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(["le", "la", "l'", "les"]);

/** Determiners and prepositions (and an opening bracket): a capitalised « … » after one fills a noun's slot (a name). */
export const NOUN_SLOT: ReadonlySet<string> = new Set("le la les l' un une des du de d' au aux à en sa son ses leur leurs ce cet cette ces notre nos votre vos (".split(" "));

/** Personal subject pronouns: « ce qu'il appelle « … » » makes the naming his own words. */
export const PERSONAL: ReadonlySet<string> = new Set("il elle ils elles je j' nous vous tu".split(" "));

/** Pronouns, clitics and negation before « dit » that make it a verb of speech (« il se dit « … » »), not « X, dit « le Borgne » ». */
export const SUBJECTS_OF_DIT: ReadonlySet<string> = new Set("se s' il elle ils elles on qui je nous vous ne lui leur me m' te t' j'".split(" "));

/** First words that make a short « … » a predicate, not a label: clitics, negation, articles, auxiliaries (« ne rouvrira pas »). */
export const NOT_LABEL_START: ReadonlySet<string> = new Set("ne n' se s' y en le la les l' un une des du de d' à au aux est sont a ont va vont doit peut sera était".split(" "));

/** Determiners that show a gender: « la », « une », « cette » feminine; « le », « un », « ce », « cet » masculine. */
const FEMININE_DETERMINERS: ReadonlySet<string> = new Set(["la", "une", "cette"]);
const MASCULINE_DETERMINERS: ReadonlySet<string> = new Set(["le", "un", "ce", "cet"]);

/** The gender a determiner shows (« la », « une », « cette » f; « le », « un », « ce », « cet » m), or null. */
export function determinerGender(word: string): Gender | null {
  return FEMININE_DETERMINERS.has(word) ? "f" : MASCULINE_DETERMINERS.has(word) ? "m" : null;
}

/** Possessive determiners: « son cofondateur », « sa présidente », « leur porte-parole ». */
export const POSSESSIVES: ReadonlySet<string> = new Set(["son", "sa", "ses", "leur", "leurs"]);

/** Indefinite determiners and quantifiers: « un magistrat », « plusieurs élus ». */
export const INDEFINITE: ReadonlySet<string> = new Set(["un", "une", "des", "plusieurs", "certains", "certaines", "deux", "trois", "quelques", "d'autres", "nombre", "beaucoup"]);
export const inIndefinite = wordList(INDEFINITE);

/** Prepositions (and contracted articles) that open a complement. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(["à", "au", "aux", "auprès", "sur", "dans", "de", "du", "des", "d'", "pour", "par", "avec", "chez", "devant", "lors", "pendant", "depuis", "après", "avant", "en", "sous", "contre", "via", "face"]);
export const inPrepositions = wordList(PREPOSITIONS);

/** Prepositions that open a channel after a speech verb: à l'AFP, sur X, auprès de Reuters. */
export const CHANNEL_PREPS: ReadonlySet<string> = new Set(["à", "au", "aux", "auprès", "sur", "dans"]);
export const inChannelPreps = wordList(CHANNEL_PREPS);

/** Time words that may stand between a verb and its inverted subject: « a déclaré mardi X ». */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "matin", "soir", "midi",
  "après-midi", "récemment", "encore", "aussi", "également", "alors", "ensuite", "enfin", "notamment", "déjà", "ainsi",
  "cette", "semaine", "dernier", "dernière", "dernièrement", "plus", "tôt", "tard", "jour", "même", "toutefois", "pourtant",
]);
export const inTimeWords = wordList(TIME_WORDS);

/** « celui-ci », « celle-ci »: the last named person or organization. */
export const DEMONSTRATIVES: ReadonlyMap<string, Gender> = new Map<string, Gender>([["celui-ci", "m"], ["celle-ci", "f"], ["celui-là", "m"], ["celle-là", "f"]]);

/** « ce dernier », « cette dernière ». */
export const LATEST: ReadonlyMap<string, Gender> = new Map<string, Gender>([["dernier", "m"], ["dernière", "f"]]);

/** Words that link a channel noun to what follows: « entretien accordé au », « son compte sur ». */
export const CHANNEL_LINKS: ReadonlySet<string> = new Set(["accordé", "accordée", "publié", "publiée", "diffusé", "diffusée", "de", "du", "des", "d'", "au", "à", "sur", "le", "la", "l'", "les", "son", "sa", "ses", "leur", "nos", "notre", "un", "une", "x", "officiel"]);
export const inChannelLinks = wordList(CHANNEL_LINKS);

/** Marks that end a clause when scanning for a subject. */
export const CLAUSE_END: ReadonlySet<string> = new Set([".", "!", "?", "…", ";", ":", "«", "»", "“", "”", '"', "(", ")", "—", "–"]);

// ---- the entity stage's grammar words (07-entities) ---------------------------------------------

// Not AUX: adds « été », « as », leaves out the conditional, « eut », « sera(it) » (AUX gives the same output on dev and fixtures, kept apart all the same).
/** Auxiliaries before a role-looking word that make it a past participle (« a prévenu »). */
export const ROLE_AUXILIARIES: ReadonlySet<string> = new Set(["a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "été", "était", "étaient", "ai", "as", "avons", "avez"]);

/** Words allowed between a role and the name it describes: prepositions, articles, « chargé(e) » (« chargée de la culture »). */
export const COMPLEMENT_GLUE: ReadonlySet<string> = new Set(["de", "d'", "du", "des", "la", "le", "l'", "les", "et", "à", "au", "aux", "en", "pour", "chez", "un", "une", "chargé", "chargée"]);

/** Words that open a time adjunct after a role's complement: « X, PDG de Fortal depuis 2020 ». */
export const ROLE_ADJUNCTS: ReadonlySet<string> = new Set(["depuis", "jusqu'", "jusqu'à", "dès"]);

/** Copulas between a name and its role: « X est présidente de Y ». */
export const COPULAS: ReadonlySet<string> = new Set(["est", "était", "fut", "sera", "devient", "reste", "demeure", "redevient"]);

/** Prepositions before a name that make it a complement, not a subject. */
export const NOT_SUBJECT: ReadonlySet<string> = new Set(["de", "d'", "du", "des", "à", "au", "aux", "par", "pour", "avec", "chez", "sur", "contre", "entre"]);

/** Words after « X, » that lead to a role: « X, devenue directrice de Y », « X, désormais PDG de Y ». */
export const BRIDGES: ReadonlySet<string> = new Set(["devenu", "devenue", "désormais", "aujourd'hui", "alors", "actuellement", "lui-même", "elle-même"]);

/** Lower-case words that end a role's complement: relatives, auxiliaries, clitics, conjunctions, some prepositions. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(["qui", "que", "qu'", "dont", "où", "a", "ont", "est", "sont", "avait", "était", "sera", "se", "s'", "ne", "n'", "lui", "y", "mais", "car", "donc", "puis", "depuis", "lors", "selon", "après", "avant", "pendant", "comme"]);

/** « de », « d' », « du », « des ». */
export const OF: ReadonlySet<string> = new Set(["de", "d'", "du", "des"]);

/** Words that end a body's name inside a role's complement (« membre de Sud Énergie et élue à Vallon »): conjunctions and prepositions. */
export const BODY_END: ReadonlySet<string> = new Set(["et", "ou", "dans", "à", "au", "aux", "en", "pour", "sur", "avec", "chez", "par", "entre", "contre", "sous", "vers", "depuis"]);

/** Sentence openers that make the organization after them the setting of the sentence: « Chez X, », « Au sein de X, ». */
export const FRONTED: ReadonlyArray<readonly string[]> = [["chez"], ["du", "côté", "de"], ["du", "côté", "d'"], ["au", "sein", "de"], ["au", "sein", "d'"]];

// ---- the mention stage's grammar words (05-mentions) --------------------------------------------

// Not DEFINITE, which adds plurals, possessives and « ce » (DEFINITE gives the same output on dev and fixtures).
/** Singular definite articles and « cette » before a company noun in apposition. */
export const DEFINITE_BEFORE_APPOSITION: ReadonlySet<string> = new Set(["la", "l'", "le", "cette"]);

// Not INDEFINITE: adds « chaque », « tout(e) », leaves out « des » (« de les » before a body), « d'autres », « nombre », « beaucoup » (same output on dev and fixtures with it).
/** Indefinite determiners: what follows is not a named body. */
export const INDEFINITE_BEFORE: ReadonlySet<string> = new Set(["un", "une", "plusieurs", "certains", "certaines", "deux", "trois", "quelques", "chaque", "tout", "toute"]);

/** Contracted articles and the article they hold: « aux Échos » is « les Échos ». */
export const CONTRACTED: ReadonlyMap<string, string> = new Map([["au", "le"], ["aux", "les"], ["du", "le"], ["des", "les"]]);

/** Determiners before a described body: « le bureau … », « du fonds … ». */
export const DESCRIBED_DETERMINERS: ReadonlySet<string> = new Set(["le", "la", "l'", "les", "du", "des", "au", "aux"]);

/** Singular definite articles, contracted ones included: « le gouvernement », « du parquet ». */
export const SINGULAR_DEFINITE: readonly string[] = ["le", "la", "l'", "du", "au"];

/** Particles and articles that may glue an organization name's words (« Banque de France »). */
export const ORG_GLUE: ReadonlySet<string> = new Set(["de", "d'", "du", "des", "et", "&", "pour", "sans", "la", "le", "les", "l'", "en", "à", "aux", "au"]);

/** Articles, demonstratives and possessives before a capitalised run. */
export const ARTICLES: ReadonlySet<string> = new Set(["le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "son", "sa", "ses", "leur", "notre", "du", "des", "au", "aux"]);

/** Determiners (and « à », « en ») right before a run that make it a thing, not a person (« le Daily X »). */
export const DEFINITE_BEFORE: ReadonlySet<string> = new Set(["à", "en", "le", "la", "les", "l'", "du", "au", "aux", "un", "une", "des", "ce", "cet", "cette"]);

// Not CHANNEL_PREPS (prepositions after a speech verb): these precede a name that is a channel or a source.
/** Words before a channel or a source (« sur X », « selon Y »). */
export const CHANNEL_BEFORE: ReadonlySet<string> = new Set(["sur", "chez", "selon", "via"]);

// determiners.ts POSSESSIVES plus « notre », « votre », « mon », « ma » (POSSESSIVES gives the same output on dev and fixtures).
/** Possessive determiners before a name. */
export const POSSESSIVE_BEFORE: ReadonlySet<string> = new Set(["son", "sa", "ses", "leur", "leurs", "notre", "votre", "mon", "ma"]);

// AUX less « était(ent) », « sera(it) », « eut » and first and second persons (AUX gives the same output on dev and fixtures).
/** Auxiliaries the mention stage reads before a participle. */
export const MENTION_AUXILIARIES: ReadonlySet<string> = new Set(["a", "avait", "aura", "aurait", "ont", "avaient", "auront", "auraient", "est", "sont"]);

/** Words that end an organization's name read over lower-case words: relatives, auxiliaries, pronouns, determiners, prepositions. */
export const NAME_STOP: ReadonlySet<string> = new Set([
  "qui", "que", "qu'", "dont", "où", "a", "ont", "est", "sont", "était", "avait", "sera", "ne", "n'", "se", "s'", "il", "elle",
  "ils", "elles", "on", "y", "pas", "plus", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "lui", "depuis", "selon",
  "mais", "ou", "donc", "car", "avec", "par", "sur", "dans", "chez", "vers", "entre", "contre", "après", "avant", "lors",
]);

// ---- the attribution stage's and the quote stage's grammar words (03, 06) -----------------------

/** Negation words after « ne »: « n'a pas dit », « n'a jamais caché ». */
export const NEGATIONS: ReadonlySet<string> = new Set(["pas", "plus", "jamais", "guère", "point"]);

/** Nouns of spans of time: « il y a deux ans », « cette semaine ». */
export const TIME_UNITS: ReadonlySet<string> = new Set(["jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années", "heure", "heures", "minute", "minutes", "temps", "décennie", "décennies"]);

/** The months. */
export const MONTHS: ReadonlySet<string> = new Set(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]);

// Not NOUN_SLOT: leaves out « à », « en », « notre », « nos », « votre », « vos » and « ( » (kept apart: the scare-quote filter was tuned without them).
/** Determiners and contracted articles: a « … » right after one fills a noun's slot (the scare-quote filter). */
export const DETERMINERS: ReadonlySet<string> = new Set("le la les l' un une des du d' de au aux sa son ses leur leurs ce cet cette ces".split(" "));

// Not AUX: only the past and the conditional of « avoir », the incise's (« », a dit X »).
/** Auxiliaries before a speech verb's participle in an incise (« », a dit X »). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set(["a", "ont", "avait", "avaient", "aurait", "auraient"]);

/** Words that attribute a quote on their own right after it (« », selon X »), with either apostrophe (the quote stage reads raw text). */
export const CUE_WORDS: ReadonlySet<string> = new Set(["selon", "d'après", "d’après"]);

/** Elided words (lower case, ASCII, without their apostrophe) that stick to the next word: l’, d’, qu’, jusqu’… */
export const ELIDED_WORDS: readonly string[] = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"];

/** Words with an apostrophe that are one word, with either apostrophe (the tokenizer reads raw text). */
export const KEEP_WHOLE: ReadonlySet<string> = new Set(["aujourd'hui", "aujourd’hui", "presqu'île", "presqu’île", "prud'hommes", "prud’hommes"]);

/** Prepositions after which an article opens a complement, not a subject: « de la », « par le ». */
export function isPrepositionBeforeArticle(prev: string | undefined): boolean {
  return prev === "de" || prev === "à" || prev === "d'" || prev === "sur" || prev === "par" || prev === "pour" || prev === "avec" || prev === "chez";
}

/** Prepositions opening an adverbial phrase that may stand between an inverted verb and its subject. */
export const ADVERBIAL_PREPS: ReadonlySet<string> = new Set(["lors", "devant", "pendant", "durant", "avec", "par", "face", "parmi", "depuis", "après", "avant", "en", "au", "à", "sans"]);
/** Heads after « au » / « à l' » / « en » that open such a phrase: « au cours de », « à l'issue de », « en marge de ». */
export const ADVERBIAL_HEADS: ReadonlySet<string> = new Set(["cours", "issue", "terme", "sortir", "lendemain", "marge", "fin", "début", "aparté", "privé", "substance", "direct", "coulisses", "ouverture", "clôture", "occasion"]);

/** Words between a firm and its business verb (« X a levé », « X vient de lever », « X a été racheté », « X a fait faillite »): auxiliaries and a few adverbs. */
export const BUSINESS_AUXILIARIES: ReadonlySet<string> = new Set(["a", "ont", "avait", "avaient", "aurait", "va", "vont", "vient", "viennent", "de", "d'", "d’", "été", "est", "fait", "déjà", "également", "aussi", "encore", "récemment", "ainsi"]);

/** Words that open a new clause after a quote (a subordinate or coordinated one): « lorsqu'il a souhaité … ». */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["lorsque", "lorsqu'", "quand", "que", "qu'", "où", "si", "s'", "car", "mais", "et", "puis", "comme", "alors", "tandis", "puisque", "puisqu'", "parce"]);
