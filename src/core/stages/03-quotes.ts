/**
 * Find quotation spans in one linear scan. « » are the outer marks when the article has any;
 * otherwise “ ” or straight " (agency copy). Nested marks belong to the outer quote. A quote
 * open at the end of a paragraph continues when the next paragraph opens with a mark (the
 * French multi-paragraph convention) — unless the open quote followed a colon (its speaker is
 * given) and that paragraph's own « … » closes and an attribution cue follows (« Oui », a dit
 * X: a new quote); otherwise it is closed at the paragraph's end and reported, so one stray «
 * never swallows the rest of the article.
 * Guillemets around titles, names, terms or banners' words ("la loi « Travail »", "le concept de
 * « … »", "Sur les pancartes : « … »") are not quotes (03-names.ts), nor any short « … » that
 * repeats such a name.
 */
import { speechVerb } from "../../lexicon/index.js";
import { quoteEndsSentence, type Doc, type RawQuote } from "../document.js";
import { fold } from "../fold.js";
import { CUE_AUXILIARIES, CUE_WORDS } from "../french.js";
import { nameNotWords } from "./03-names.js";
import { isDigit, isLatinLetter as isLetter, isTypographicSpace as isSpace, isWhiteSpace } from "../chars.js";

interface Marks {
  open: number;
  close: number;
  /** Straight quotes: the same mark opens and closes. */
  toggle: boolean;
}

const GUILLEMETS: Marks = { open: 0xab, close: 0xbb, toggle: false };
const CURLY: Marks = { open: 0x201c, close: 0x201d, toggle: false };
const STRAIGHT: Marks = { open: 0x22, close: 0x22, toggle: true };

export const quotes = (doc: Doc): void => {
  const { text } = doc;
  const paras = doc.paragraphs.filter((p) => p.kind !== "boilerplate");
  const marks = chooseMarks(text, paras);
  const found: RawQuote[] = [];
  const { report, done } = reporter(doc);
  if (!marks) {
    doc.quotes = found;
    return;
  }
  // The marks are found with native searches (most characters are no mark): the next opening
  // and closing mark at or after a position, -1 when there are no more.
  const openMark = String.fromCharCode(marks.open);
  const closeMark = String.fromCharCode(marks.close);
  let nextOpen = -2;
  let nextClose = -2;
  const nextMark = (from: number): number => {
    if (nextOpen !== -1 && nextOpen < from) nextOpen = text.indexOf(openMark, from);
    if (nextClose !== -1 && nextClose < from) nextClose = text.indexOf(closeMark, from);
    return nextOpen < 0 ? nextClose : nextClose < 0 ? nextOpen : Math.min(nextOpen, nextClose);
  };
  let openPos = -1;
  let openPara = -1;
  let depth = 0;
  let multi = false;
  let lastParaEnd = 0;

  const emit = (close: number, innerEnd: number, para: number): void => {
    let s = openPos + 1;
    let e = innerEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      found.push({
        open: openPos,
        close,
        start: s,
        end: e,
        multiParagraph: multi,
        kind: "full",
        para: openPara,
        tokStart: 0,
        tokEnd: 0,
        openTok: -1,
        closeTok: -1,
      });
    }
    openPos = -1;
    depth = 0;
    multi = false;
  };

  for (const p of paras) {
    let i = p.start;
    if (depth > 0) {
      const c = text.charCodeAt(p.start);
      const reopens = c === marks.open || c === marks.close || (marks !== GUILLEMETS && c === 0xab);
      if (reopens && !(introducedByColon(text, openPos) && newAttributedQuote(text, p.start, p.end, marks))) {
        multi = true;
        i = p.start + 1; // the reopening mark of a continued quote
      } else if (reopens) {
        // « Oui », a dit X. opens a quote of its own: the one left open ends with its paragraph.
        report("unclosed-quote", "quotation mark opened but never closed: the quote ends with its paragraph, the next one opens an attributed quote of its own", openPos, lastParaEnd);
        emit(-1, lastParaEnd, openPara);
      } else {
        report("unclosed-quote", "quotation mark opened but never closed in its paragraph", openPos, lastParaEnd);
        emit(-1, lastParaEnd, openPara);
      }
    }
    for (; ; i++) {
      i = nextMark(i);
      if (i < 0 || i >= p.end) break;
      const c = text.charCodeAt(i);
      if (marks.toggle) {
        if (depth === 0 && opensHere(text, i, p.end)) {
          openPos = i;
          openPara = p.index;
          depth = 1;
        } else if (depth > 0) {
          emit(i, i, openPara);
        }
        continue;
      }
      if (c === marks.open) {
        if (depth === 0) {
          if (isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1))) {
            report("mark-in-word", "quotation mark inside a word, ignored", i, i + 1);
            continue;
          }
          openPos = i;
          openPara = p.index;
        }
        depth++;
      } else if (depth === 0) {
        report("unopened-quote", "closing quotation mark without an opening one", i, i + 1);
      } else if (--depth === 0) {
        emit(i, i, openPara);
      }
    }
    lastParaEnd = p.end;
  }
  if (depth > 0) {
    report("unclosed-quote", "quotation mark opened but never closed in its paragraph", openPos, lastParaEnd);
    emit(-1, lastParaEnd, openPara);
  }
  doc.quotes = dropNames(text, found, doc.paragraphs);
  done();
  attachTokens(doc);
};

/** How far after a closing mark a cue is looked for, characters. */
const CUE_REACH = 40;

/**
 * True when the quote opening at `open` follows a colon (« X a déclaré : « … »): its speaker is
 * already given, so a cue after a later close belongs to another quote. A quote opening a
 * paragraph on its own may run over several and take its cue at the end (« … ¶ « … », a dit X).
 */
function introducedByColon(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 && text.charCodeAt(k) === 0x3a;
}

/**
 * True when the paragraph [start, end), which opens with a mark while a quote is still open,
 * holds a quote of its own: its « … » closes in the paragraph and an attribution cue follows
 * (« Oui », a dit X / « Non », explique-t-elle / « … », selon X). A continued quote's paragraph
 * reopens with « and closes only at the quote's end; a cue after that close ends the quote
 * rather than starting one, so this is only asked of paragraphs whose close comes first and is
 * followed at once by the cue's comma.
 */
function newAttributedQuote(text: string, start: number, end: number, marks: Marks): boolean {
  if (marks.toggle || text.charCodeAt(start) !== marks.open) return false;
  let depth = 0;
  let close = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === marks.open) depth++;
    else if (c === marks.close && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  // The quote is the paragraph's opening: a comma (or dash) after the close, then the cue.
  let k = close + 1;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  const sep = text.charCodeAt(k);
  if (sep !== 0x2c && sep !== 0x2013 && sep !== 0x2014) return false;
  const words = text.slice(k + 1, Math.min(end, k + 1 + CUE_REACH)).toLowerCase().match(/[\p{L}]+(?:['’](?=\p{L}))?/gu) ?? [];
  const [w1, w2] = words;
  if (w1 === undefined) return false;
  if (CUE_WORDS.has(w1) || (w1 === "d" && w2 === "après")) return true;
  if (speechVerb(w1) !== undefined) return true;
  return CUE_AUXILIARIES.has(w1) && w2 !== undefined && speechVerb(w2) !== undefined;
}

function chooseMarks(text: string, paras: Doc["paragraphs"]): Marks | null {
  if (occursIn(text, "«", paras)) return GUILLEMETS;
  if (occursIn(text, "“", paras)) return CURLY;
  return occursIn(text, '"', paras) ? STRAIGHT : null;
}

/** True when `mark` occurs inside one of `paras` (in text order), by native searches. */
function occursIn(text: string, mark: string, paras: Doc["paragraphs"]): boolean {
  let p = 0;
  for (let k = text.indexOf(mark); k >= 0; ) {
    while (p < paras.length && paras[p]!.end <= k) p++;
    if (p === paras.length) return false;
    if (k >= paras[p]!.start) return true;
    k = text.indexOf(mark, paras[p]!.start);
  }
  return false;
}

/**
 * A straight quote opens after a space, a bracket or a line start, before a non-space; not after
 * « = », which opens an attribute's value in markup left in scraped text ({width="300"}).
 */
function opensHere(text: string, i: number, end: number): boolean {
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  const after = i + 1 < end ? text.charCodeAt(i + 1) : 32;
  return !isLetter(before) && !isDigit(before) && before !== 0x3d && !isSpace(after);
}

/**
 * The quotes whose marks hold somebody's words: those the text around them shows to be a name,
 * a title or a term (03-names.ts) go, and so does any other short « … » that repeats such a
 * name or its beginning (« Le « Bilan des entreprises 2024 » » … « le « bilan des entreprises » »,
 * a headline's « Jour de fête » when the body says « le film « Jour de fête » »).
 */
function dropNames(text: string, found: RawQuote[], paras: Doc["paragraphs"]): RawQuote[] {
  const names: string[] = [];
  const kept = found.filter((q) => {
    const p = paras[q.para];
    if (nameNotWords(text, q.open, q.close, q.start, q.end, p?.start ?? 0, p?.end ?? text.length) === null) return true;
    if (!quoteEndsSentence(text, q)) names.push(fold(text.slice(q.start, q.end)));
    return false;
  });
  if (names.length === 0) return kept;
  return kept.filter((q) => {
    if (q.end - q.start > 80 || quoteEndsSentence(text, q)) return true;
    const f = fold(text.slice(q.start, q.end));
    return !names.some((n) => n === f || (n.startsWith(f + " ") && f.includes(" ")));
  });
}

/**
 * The word (letters and hyphens) that ends `s` once trailing apostrophes, commas and white
 * space are set aside, or "": what /([\p{L}-]+)['’,\s\u00a0\u202f]*$/u would capture, read
 * backwards from the end instead of tried from every position.
 */
export function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && isTrailing(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0) {
    const c = s.charCodeAt(start - 1);
    if (c === 0x2d || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) start--;
    else if (c < 128) break;
    else if (c >= 0xdc00 && c <= 0xdfff && start >= 2 && LETTER.test(s.slice(start - 2, start))) start -= 2;
    else if (LETTER.test(String.fromCharCode(c))) start--;
    else break;
  }
  return s.slice(start, end);
}
const LETTER = /^\p{L}$/u;

/** ' ’ , or white space (JavaScript's \s). */
function isTrailing(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2c || isWhiteSpace(c);
}

/** Give each quote its token range and mark the tokens inside it. */
function attachTokens(doc: Doc): void {
  const { tokens, tokStart } = doc;
  let t = 0;
  doc.quotes.forEach((q, qi) => {
    while (t < tokens.length && tokStart[t]! < q.open) t++;
    if (t < tokens.length && tokStart[t] === q.open) q.openTok = t++;
    q.tokStart = t;
    // A token that starts inside ends inside: q.end is followed by white space and the closing
    // mark, or is a paragraph's end, and no token runs across either (its start is a byte read).
    while (t < tokens.length && tokStart[t]! < q.end) doc.tokQuote[t++] = qi;
    q.tokEnd = t;
    // Closing mark: the first token at or after the quote's close position.
    let c = t;
    while (c < tokens.length && tokStart[c]! < q.close) c++;
    if (q.close >= 0 && c < tokens.length && tokStart[c] === q.close) q.closeTok = c;
    const first = tokens[q.tokStart];
    const para = doc.paragraphs[q.para];
    if (para && (para.kind === "title" || para.kind === "heading")) q.kind = "headline";
    else q.kind = first && first.cap ? "full" : "partial";
  });
}

/** At most this many messages of one rule per article; the rest are counted in one summary. */
const MAX_MESSAGES_PER_RULE = 100;

type Report = (rule: string, reason: string, start: number, end: number) => void;

/**
 * A reporter that adds warnings to the document, at most MAX_MESSAGES_PER_RULE per rule (a file
 * of 10⁶ stray » must not give 10⁶ messages), and `done()` adds one summary per capped rule.
 */
function reporter(doc: Doc): { report: Report; done: () => void } {
  const counts = new Map<string, number>();
  return {
    report: (rule, reason, start, end) => {
      const n = (counts.get(rule) ?? 0) + 1;
      counts.set(rule, n);
      if (n <= MAX_MESSAGES_PER_RULE) doc.messages.push({ rule, reason, start, end, severity: "warning" });
    },
    done: () => {
      for (const [rule, n] of counts) {
        if (n > MAX_MESSAGES_PER_RULE) {
          doc.messages.push({ rule, reason: `${n - MAX_MESSAGES_PER_RULE} more "${rule}" problems not listed`, start: 0, end: 0, severity: "info" });
        }
      }
    },
  };
}
