/**
 * Find every mention of a person or an organization. (Being written.)
 */
import type { Doc } from "../document.js";

export const mentions = (doc: Doc): void => {
  doc.mentions = [];
  doc.mentionAt = new Int32Array(doc.tokens.length).fill(-1);
};
