/**
 * Lexicon questions that several stages ask of a token's word, each declared once so its answer
 * is remembered once on the word (see src/core/words.ts): a stage declaring its own copy would
 * ask every word the same question again and keep a second answer beside the first.
 */
import * as lexicon from "../lexicon/index.js";
import { lookup, perWord, perWordFlag } from "./words.js";

/** A nationality or origin noun (« Néerlandaise »), of a word's text or of any string. */
export const demonym = lookup(lexicon.demonym);
/** An honorific (« M. », « Mme »), exact case, of a word's text or of any string. */
export const title = lookup(lexicon.title);
/** An organization head or legal suffix, of a word's text or of any string. */
export const orgHead = lookup(lexicon.orgHead);
/** A person's role (« ministre »), of a word's text or of any string (a phrase of several words). */
export const role = lookup(lexicon.role);
/** `orgHead` of a word's lower-case form. */
export const orgHeadOfLower = perWord(lexicon.orgHead, "lower");
/** `role` of a word's lower-case form. */
export const roleOfLower = perWord(lexicon.role, "lower");
/** Some role starts with this word (« chef » of « chef de l'État »). */
export const startsRole = perWordFlag(lexicon.mayStartRoleKey, "key");
/** Some organization head ends with this word (the last word of « Banque de France »). */
export const endsOrgHead = perWordFlag(lexicon.mayEndOrgHeadKey, "key");
/** Some role ends with this word (« général » of « directeur général »). */
export const endsRole = perWordFlag(lexicon.mayEndRoleKey, "key");
