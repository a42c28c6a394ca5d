/**
 * Cut every non-boilerplate paragraph into tokens with exact offsets: words (hyphenated words
 * and initials kept whole, elided articles split off: l’|Italien), numbers, and single
 * punctuation marks. One linear regex pass; no backtracking-prone pattern.
 */
import type { Doc, Token, TokenKind } from "../document.js";

// Initials (J.-P., M.), words with inner hyphens/apostrophes, numbers, or any other non-space.
const TOKEN = /(\p{Lu}\.(?:-?\p{Lu}\.)*)|([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
/** Elided words that stick to the next word: l’, d’, qu’, jusqu’… */
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;
/** Words with an apostrophe that are one word. */
const KEEP_WHOLE = new Set(["aujourd'hui", "aujourd’hui", "presqu'île", "presqu’île", "prud'hommes", "prud’hommes"]);
const UPPER_START = /^\p{Lu}/u;

export const tokens = (doc: Doc): void => {
  const out: Token[] = [];
  const { text } = doc;
  for (const p of doc.paragraphs) {
    if (p.kind === "boilerplate") continue;
    const slice = text.slice(p.start, p.end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
      const start = p.start + m.index;
      const word = m[0];
      if (m[3] !== undefined) {
        out.push(make(word, start, "punct", p.index));
        continue;
      }
      if (m[1] !== undefined) {
        out.push(make(word, start, "word", p.index));
        continue;
      }
      // Only words with an apostrophe can hold an elision: skip the regex for the rest.
      const elided = word.includes("'") || word.includes("’") ? ELISION.exec(word) : null;
      if (elided && !KEEP_WHOLE.has(word.toLowerCase())) {
        const head = elided[0];
        out.push(make(head, start, "word", p.index));
        pushWord(out, word.slice(head.length), start + head.length, p.index);
      } else {
        pushWord(out, word, start, p.index);
      }
    }
  }
  doc.tokens = out;
};

function pushWord(out: Token[], word: string, start: number, para: number): void {
  out.push(make(word, start, /^\d/.test(word) ? "number" : "word", para));
}

function lowerToken(text: string): string {
  const l = text.toLowerCase();
  return l.includes("’") ? l.replace(/’/g, "'") : l;
}

/** First character upper case: an ASCII fast path, the Unicode property for the rest. */
function isUpperStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

function make(text: string, start: number, kind: TokenKind, para: number): Token {
  return {
    text,
    start,
    end: start + text.length,
    kind,
    lower: lowerToken(text),
    cap: kind === "word" && isUpperStart(text),
    para,
    sent: -1,
    inQuote: -1,
  };
}
