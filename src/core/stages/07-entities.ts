/**
 * Merge mentions into entities. (Being written.)
 */
import type { Doc } from "../document.js";

export const entities = (doc: Doc): void => {
  doc.entities = [];
};
