/**
 * Grammar words the entity stage's files share, by lower-case form (`Word.lower`). Plain Sets
 * where a test is asked only a few times per entity; wordLists where a test runs per token of
 * a role's complement.
 */
import type { Word } from "../../document.js";
import { wordList } from "../../words.js";
import { CLAUSE_WORDS, DEFINITE_ARTICLES, OF } from "../../french.js";

// The definite articles, by lower-case form: before a newspaper's name, or opening a role's complement after « de ».
// Not french.ts DEFINITE (which adds demonstratives and possessives; same output on dev and fixtures). A plain Set: asked at a few places per entity.
export const inDefiniteArticle = (w: Word | undefined): boolean => w !== undefined && DEFINITE_ARTICLES.has(w.lower);

/** Lower-case words that end a role's complement: relatives, auxiliaries, clitics. */
export const inClauseWords = wordList(CLAUSE_WORDS);

// A plain Set (not wordList): asked only inside a role's complement.
/** « de », « d' », « du », « des ». */
export const inOf = (w: Word | undefined): boolean => w !== undefined && OF.has(w.lower);
