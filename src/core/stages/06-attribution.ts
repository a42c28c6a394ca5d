/**
 * Find, for each quote, the cue that attributes it and the grammatical subject of that cue. (Being written.)
 */
import type { Doc } from "../document.js";

export const attribution = (doc: Doc): void => {
  doc.attributions = doc.quotes.map(() => null);
};
