/**
 * Determiners, shared by the stages that read noun phrases (mentions, attribution, entities).
 */
import type { Gender } from "./types.js";

const FEMININE = new Set(["la", "une", "cette"]);
const MASCULINE = new Set(["le", "un", "ce", "cet"]);

/** The gender a determiner shows (« la », « une », « cette » f; « le », « un », « ce », « cet » m), or null. */
export function determinerGender(word: string): Gender | null {
  return FEMININE.has(word) ? "f" : MASCULINE.has(word) ? "m" : null;
}

/** Possessive determiners: « son cofondateur », « sa présidente », « leur porte-parole ». */
export const POSSESSIVES: ReadonlySet<string> = new Set(["son", "sa", "ses", "leur", "leurs"]);
