/**
 * Stage 2: find quotes. Outer marks are “ ” and straight "; single marks (‘ ’ ') only nest
 * inside a quote, so they are never tracked (’ is also the apostrophe). A quote left open at
 * the end of a paragraph runs on when the next paragraph opens with a double mark: that is
 * the English multi-paragraph convention (each paragraph reopens, only the last closes).
 */
import type { Message } from "../core/types.js";
import type { EnDoc } from "./tokens.js";

/** A quote as found: mark positions and trimmed inside, UTF-16 offsets. */
export interface EnQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark of the last paragraph, or that paragraph's end. */
  after: number;
  /** Trimmed inside, first paragraph only (the gold convention for multi-paragraph quotes). */
  start: number;
  end: number;
  multi: boolean;
  /** Paragraph index of the opening mark, and of the last paragraph the quote runs over. */
  para: number;
  lastPara: number;
  /** Offset of the opening mark of the last paragraph's segment (for its context). */
  lastOpen: number;
}

interface Seg {
  open: number;
  close: number;
  para: number;
}

function isOpener(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\u201c") return true;
  if (c !== '"') return false;
  return true;
}

/** Find the double-mark segments of every paragraph. */
function segments(doc: EnDoc, messages: Message[]): Seg[] {
  const { text } = doc;
  const segs: Seg[] = [];
  doc.paras.forEach((p, pi) => {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c !== '"' && c !== "\u201c" && c !== "\u201d") continue;
      if (open < 0) {
        if (c === "\u201d") {
          messages.push({ rule: "en-stray-close", reason: "closing ” with no opening mark", start: i, end: i + 1, severity: "warning" });
          continue;
        }
        if (isOpener(text, i)) open = i;
      } else if (c === "\u201c") {
        // A second opener inside an open quote is a stray mark: the quote goes on.
        messages.push({ rule: "en-stray-open", reason: "opening “ inside an open quote", start: i, end: i + 1, severity: "warning" });
      } else {
        segs.push({ open, close: i, para: pi });
        open = -1;
      }
    }
    if (open >= 0) segs.push({ open, close: -1, para: pi });
  });
  return segs;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return [s, e];
}

/** Find every quote of the article, joining multi-paragraph ones. */
export function findQuotes(doc: EnDoc, messages: Message[]): EnQuote[] {
  const { text, paras } = doc;
  const segs = segments(doc, messages);
  const out: EnQuote[] = [];
  for (let i = 0; i < segs.length; i++) {
    const first = segs[i];
    if (first === undefined) continue;
    let last = first;
    // Open at the end of its paragraph: does the next paragraph reopen it?
    while (last.close < 0) {
      const next = segs[i + 1];
      const nextPara = paras[last.para + 1];
      const reopens =
        next !== undefined &&
        nextPara !== undefined &&
        next.para === last.para + 1 &&
        text.slice(nextPara.start, next.open).trim() === "";
      if (!reopens) break;
      last = next;
      i++;
    }
    const firstPara = paras[first.para];
    const lastPara = paras[last.para];
    if (firstPara === undefined || lastPara === undefined) continue;
    const innerEnd = first.close >= 0 ? first.close : firstPara.end;
    const [start, end] = trimmed(text, first.open + 1, innerEnd);
    if (end <= start) continue;
    if (last.close < 0) {
      messages.push({
        rule: "en-unclosed-quote",
        reason: "quote never closed: it ends with its paragraph",
        start: last.open,
        end: last.open + 1,
        severity: "warning",
      });
    }
    out.push({
      open: first.open,
      after: last.close >= 0 ? last.close + 1 : lastPara.end,
      start,
      end,
      multi: last !== first,
      para: first.para,
      lastPara: last.para,
      lastOpen: last.open,
    });
  }
  return out;
}
