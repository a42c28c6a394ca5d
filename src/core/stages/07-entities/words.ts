/**
 * Grammar words the entity stage's files share, by lower-case form (`Word.lower`). Plain Sets
 * where a test is asked only a few times per entity; wordLists where a test runs per token of
 * a role's complement.
 */
import type { Word } from "../../document.js";
import { wordList } from "../../words.js";

/** The definite articles, by lower-case form: before a newspaper's name, or opening a role's complement after « de ». */
const DEFINITE_ARTICLES = new Set(["le", "la", "les", "l'"]);
// Not french.ts DEFINITE (which adds demonstratives and possessives; same output on dev and fixtures). A plain Set: asked at a few places per entity.
export const inDefiniteArticle = (w: Word | undefined): boolean => w !== undefined && DEFINITE_ARTICLES.has(w.lower);

/** Lower-case words that end a role's complement: relatives, auxiliaries, clitics. */
const CLAUSE_WORDS = new Set(["qui", "que", "qu'", "dont", "où", "a", "ont", "est", "sont", "avait", "était", "sera", "se", "s'", "ne", "n'", "lui", "y", "mais", "car", "donc", "puis", "depuis", "lors", "selon", "après", "avant", "pendant", "comme"]);
export const inClauseWords = wordList(CLAUSE_WORDS);

// A plain Set (not wordList): asked only inside a role's complement.
const OF = new Set(["de", "d'", "du", "des"]);
/** « de », « d' », « du », « des ». */
export const inOf = (w: Word | undefined): boolean => w !== undefined && OF.has(w.lower);
