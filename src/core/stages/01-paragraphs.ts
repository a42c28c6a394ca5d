/**
 * Split the text into lines (paragraphs) and say what each one is: the title, a subheading,
 * a photo caption, a byline, page boilerplate (paywall, "Lire aussi", comments) or body text.
 * Boilerplate yields nothing downstream; everything after a paywall or comment marker is
 * boilerplate too, since pages put only page furniture there.
 */
import { isBoilerplateLine } from "../../lexicon/index.js";
import type { Doc, Paragraph, ParagraphKind } from "../document.js";
// Lines are trimmed of typographic spaces and a BOM; a line's end is read past any \s.
import { endsLineSentenceCode, isLineEdgeSpace as isSpace, isWhiteSpace } from "../chars.js";

const LINE_BREAK = /\r\n|\r|\n/g;
/** Lines after which the page holds no more article text. */
const END_OF_ARTICLE = /^(il vous reste \d|la suite est réservée|cet article est réservé|ajouter un commentaire|commentaires?$|réagissez|vous avez lu \d+ ?% de cet article)/i;
/** "…, à Paris, le 20 février 2024." ends a photo caption. */
const CAPTION_DATE = /,? le \d{1,2}(?:er)? (?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre) \d{4}\.?\s*(?:\([^)]*\))?$/i;
const CREDIT = /(?:photo|crédit|credit|©)\s*:?.*\/\s*(?:afp|reuters|ap|maxppp|sipa|hans lucas|abaca)/i;
/** « Photo : Léa Morel », « Crédit photo : AFP », « ©Léa Morel », « © 2024 Le Journal »: a credit word, then a name. */
const CREDIT_LINE = /^\(?\s*(?:[Pp]hotos?|PHOTOS?|[Cc]r[ée]dits?(?: [Pp]hotos?)?|CR[ÉE]DITS?(?: PHOTOS?)?|[Ii]llustration|©)\s*:?\s*(?:\d{4}\s+)?\p{Lu}/u;
const BYLINE = /^(?:par|propos recueillis par|avec)\s+\p{Lu}[\p{L}'’ .-]+(?:,\s*[\p{L} '’-]+)?$/iu;

/** True when the line's last character other than white space ends a sentence. */
function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isWhiteSpace(line.charCodeAt(i))) i--;
  return i >= 0 && endsLineSentenceCode(line.charCodeAt(i));
}

export const paragraphs = (doc: Doc): void => {
  const { text } = doc;
  const found: Paragraph[] = [];
  let lineStart = 0;
  const push = (start: number, end: number): void => {
    // Trim white space so empty lines vanish and offsets hug the words.
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) found.push({ index: found.length, start, end, kind: "body" });
  };
  if (!text.includes("\r")) {
    // Unix line ends, the usual case: a native search per line.
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", lineStart)) {
      push(lineStart, nl);
      lineStart = nl + 1;
    }
  } else {
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
      push(lineStart, m.index);
      lineStart = m.index + m[0].length;
    }
  }
  push(lineStart, text.length);

  let ended = false;
  for (const p of found) {
    const line = text.slice(p.start, p.end);
    p.kind = ended ? "boilerplate" : classify(line, p.index === 0, found.length);
    if (!ended && END_OF_ARTICLE.test(line)) {
      ended = true;
      p.kind = "boilerplate";
    }
  }
  const first = found[0];
  doc.title = first && first.kind === "title" ? text.slice(first.start, first.end) : null;
  doc.paragraphs = found;
};

function classify(line: string, isFirst: boolean, count: number): ParagraphKind {
  // A photo credit or copyright line names the photographer and the outlet (the gold lists
  // both): a caption, read by the mention stage, not furniture.
  if (line.length < 120 && CREDIT_LINE.test(line)) return "caption";
  if (isBoilerplateLine(line)) return "boilerplate";
  // Length first: these patterns backtrack on long lines, and only short lines can be credits or bylines.
  if (line.length < 200 && CREDIT.test(line)) return "caption";
  if (line.length < 80 && BYLINE.test(line)) return "byline";
  // « > « … » »: a scraped blockquote quotes the body, whatever its length (hook for the chain sieves).
  if (!isFirst && line.charCodeAt(0) === 0x3e) return "body";
  const ends = endsSentence(line);
  if (isFirst && count > 1 && line.length < 250 && !/[.]\s*$/.test(line)) return "title";
  if (line.length < 300 && !line.includes("«") && CAPTION_DATE.test(line)) return "caption";
  // Words are counted only for the two tests that need them (most lines are sentences).
  const lone = line.length < 300 && line.charCodeAt(0) === 0xab;
  if (!ends || lone) {
    const words = wordCount(line, 17);
    // A short line without final punctuation between paragraphs is a subheading.
    if (!ends && words <= 16) return "heading";
    // A lone quote without final punctuation is a subheading quoting the body.
    if (words <= 16 && lone && /^«[^»]*[^.!?…\s\u00a0\u202f][\s\u00a0\u202f]*»$/.test(line)) return "heading";
  }
  return "body";
}

/** Words in `line`, counting no further than `max` (all the classifier needs to know). */
function wordCount(line: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length && n < max; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
