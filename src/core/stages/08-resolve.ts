/**
 * Resolve each attribution's subject to an entity. (Being written.)
 */
import type { Doc } from "../document.js";

export const resolve = (doc: Doc): void => {
  doc.resolved = doc.quotes.map(() => ({ entity: null, description: null }));
};
