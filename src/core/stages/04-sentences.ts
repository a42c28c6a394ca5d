/**
 * Cut each paragraph's tokens into sentences. A sentence ends at . ! ? … outside quotes, and
 * after a closing » whose quote ends with such a mark when the next word is capitalised.
 * Abbreviations (M., Mme., etc.) and initials do not end a sentence.
 */
import { TokenClass, tokenEnd, type Doc, type Sentence } from "../document.js";
import { endsSentenceCode } from "../chars.js";
import { wordList } from "../words.js";
import { abbreviationWords } from "../../lexicon/index.js";

/** lexicons/abbreviations.txt */
const isAbbreviation = wordList(abbreviationWords);

export const sentences = (doc: Doc): void => {
  const { tokens, tokStart, tokPara, tokQuote, tokClass, tokSent } = doc;
  const n = tokens.length;
  const out: Sentence[] = [];
  let start = 0;
  const close = (endTok: number): void => {
    if (endTok <= start) return;
    const index = out.length;
    tokSent.fill(index, start, endTok);
    out.push({ start: tokStart[start]!, end: tokenEnd(doc, endTok - 1), tokStart: start, tokEnd: endTok, para: tokPara[start]! });
    start = endTok;
  };
  // (The last token ends the last sentence below, whatever it is.)
  for (let i = 0; i + 1 < n; i++) {
    const para = tokPara[i]!;
    if (tokPara[i + 1] !== para) {
      close(i + 1);
      continue;
    }
    if (tokClass[i] !== TokenClass.punct || tokQuote[i]! >= 0) continue;
    const t = tokens[i]!;
    if (isEndMark(t.text)) {
      const prev = tokens[i - 1];
      if (t.text === "." && prev && prev.kind === "word" && isAbbreviation(prev) && tokenEnd(doc, i - 1) === tokStart[i]) continue;
      // Closing marks and brackets right after the full stop stay in this sentence.
      let j = i + 1;
      while (j < n && tokPara[j] === para && /^[»”")\]]$/.test(tokens[j]!.text) && tokQuote[j]! < 0) j++;
      const after = tokens[j];
      if (after && tokPara[j] === para && !startsSentence(after.text)) continue;
      close(j);
      i = j - 1;
      continue;
    }
    if (t.text === "»" || t.text === "”" || t.text === '"') {
      // « … phrase finie. » Suite : the quote's final mark ends the sentence.
      const prev = tokens[i - 1];
      const next = tokens[i + 1]!;
      if (prev && isEndMark(prev.text) && next.cap && !isContinuation(next.lower)) close(i + 1);
    }
  }
  close(n);
  doc.sentences = out;
};

/** One of . ! ? … (a mark is one token of one code unit). */
function isEndMark(text: string): boolean {
  return text.length === 1 && endsSentenceCode(text.charCodeAt(0));
}

function startsSentence(word: string): boolean {
  const c = word.charCodeAt(0);
  // Upper case, digit, opening mark or dash.
  return /^[\p{Lu}\d«“"(—–-]/u.test(word) || c === 0x2014;
}

/** Words that, capitalised after a quote, still belong to the same sentence (rare). */
function isContinuation(lower: string): boolean {
  return lower === "a" || lower === "ont";
}
