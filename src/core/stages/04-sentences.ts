/**
 * Cut each paragraph's tokens into sentences. A sentence ends at . ! ? … outside quotes, and
 * after a closing » whose quote ends with such a mark when the next word is capitalised.
 * Abbreviations (M., Mme., etc.) and initials do not end a sentence.
 */
import { TokenClass, tokenEnd, type Doc, type Sentence } from "../document.js";

const END = new Set([".", "!", "?", "…"]);
const ABBREVIATIONS = new Set(["m", "mm", "mme", "mmes", "mlle", "me", "dr", "pr", "mgr", "st", "ste", "etc", "cf", "p", "av", "apr", "j.-c", "n°", "no", "vol", "art"]);

export const sentences = (doc: Doc): void => {
  const { tokens, tokStart, tokPara, tokQuote } = doc;
  const out: Sentence[] = [];
  let start = 0;
  const close = (endTok: number): void => {
    if (endTok <= start) return;
    const index = out.length;
    doc.tokSent.fill(index, start, endTok);
    out.push({ start: tokStart[start]!, end: tokenEnd(doc, endTok - 1), tokStart: start, tokEnd: endTok, para: tokPara[start]! });
    start = endTok;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const para = tokPara[i]!;
    if (next && tokPara[i + 1] !== para) {
      close(i + 1);
      continue;
    }
    if (!next) continue;
    if (doc.tokClass[i] !== TokenClass.punct) continue;
    if (tokQuote[i]! >= 0) continue;
    if (END.has(t.text)) {
      const prev = tokens[i - 1];
      if (t.text === "." && prev && prev.kind === "word" && ABBREVIATIONS.has(prev.lower) && tokenEnd(doc, i - 1) === tokStart[i]) continue;
      // Closing marks and brackets right after the full stop stay in this sentence.
      let j = i + 1;
      while (j < tokens.length && tokPara[j] === para && /^[»”")\]]$/.test(tokens[j]!.text) && tokQuote[j]! < 0) j++;
      const after = tokens[j];
      if (after && tokPara[j] === para && !startsSentence(after.text)) continue;
      close(j);
      i = j - 1;
      continue;
    }
    if (t.text === "»" || t.text === "”" || t.text === '"') {
      // « … phrase finie. » Suite : the quote's final mark ends the sentence.
      const prev = tokens[i - 1];
      if (prev && END.has(prev.text) && tokPara[i + 1] === para && next.cap && !isContinuation(next.lower)) close(i + 1);
    }
  }
  close(tokens.length);
  doc.sentences = out;
};

function startsSentence(word: string): boolean {
  const c = word.charCodeAt(0);
  // Upper case, digit, opening mark or dash.
  return /^[\p{Lu}\d«“"(—–-]/u.test(word) || c === 0x2014;
}

/** Words that, capitalised after a quote, still belong to the same sentence (rare). */
function isContinuation(lower: string): boolean {
  return lower === "a" || lower === "ont";
}
