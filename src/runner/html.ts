/**
 * HTML page → the article's own text and what the page says of itself, before the pipeline:
 * the DOM is linkedom's (fast, no layout), the main text is chosen by Mozilla's Readability
 * (Firefox's Reader View), and the chosen element is walked into paragraphs — one line per
 * <p>, heading, blockquote, caption, list item or <br> — which is the plain text the core
 * expects. The core never sees markup: offsets in the result are into this text.
 */
import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import type { Message } from "../core/types.js";
import { decode, refuseBinary } from "./decode.js";
import type { Decoded } from "./decode.js";
import { InputError } from "./errors.js";

/** What a page says of itself; `null` where it says nothing. */
export interface PageInfo {
  /** Canonical URL (`<link rel=canonical>`, else `og:url`), else the URL it was fetched from. */
  url: string | null;
  title: string | null;
  byline: string | null;
  /** `og:site_name` or the JSON-LD publisher, else the URL's host name. */
  site: string | null;
  /** ISO 8601 date or date-time from the usual meta tags or JSON-LD. */
  published: string | null;
  /** The page's language tag (`<html lang>`, Content-Language, og:locale). */
  lang: string | null;
}

/** The text read from a page: a title line, then one line per paragraph. */
export interface Page {
  text: string;
  info: PageInfo;
}

/**
 * Start tags beyond which a page is not read as an article: building the DOM costs ~20–50 µs
 * an element here, and real article pages hold a few thousand (the Le Monde test page 629).
 */
export const MAX_ELEMENTS = 50_000;

/** Fewer characters of main text than this: a home page, a gallery or an error page. */
const MIN_ARTICLE_CHARS = 200;

const require = createRequire(import.meta.url);

type ReadabilityCtor = typeof import("@mozilla/readability").Readability;
let deps: { parseHTML: typeof import("linkedom").parseHTML; Readability: ReadabilityCtor } | undefined;
/** linkedom and Readability load on the first page: text-only runs never pay for them. */
function load(): NonNullable<typeof deps> {
  deps ??= {
    parseHTML: (require("linkedom") as typeof import("linkedom")).parseHTML,
    Readability: (require("@mozilla/readability") as typeof import("@mozilla/readability")).Readability,
  };
  return deps;
}

/** True when these first bytes (or characters) are an HTML document rather than text. */
export function looksLikeHtml(head: Uint8Array | string): boolean {
  const s = (typeof head === "string" ? head.slice(0, 1024) : Buffer.from(head.subarray(0, 1024)).toString("latin1")).replace(/^\uFEFF|^\xEF\xBB\xBF/, "");
  const t = s.replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, "");
  return /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i.test(t);
}

// WHATWG: these labels mean windows-1252 in a browser; iconv-lite would read strict Latin-1.
const AS_1252 = new Set(["iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252"]);

function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (l === "") return undefined;
  if (AS_1252.has(l)) return "windows-1252";
  if (l === "utf8" || l === "utf-8" || l === "unicode-1-1-utf-8") return "utf-8";
  const iconv = require("iconv-lite") as typeof import("iconv-lite");
  return iconv.encodingExists(l) ? l : undefined;
}

/** The charset a `<meta charset>` or `<meta http-equiv content-type>` declares in the first 4 KB. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w:.]+)/i.exec(head);
  return m?.[1];
}

/**
 * Bytes of a page → its HTML source: a forced encoding wins, then a BOM, then the HTTP header's
 * charset, then the page's own `<meta charset>`, then the detection plain text gets.
 */
export function decodeHtml(bytes: Uint8Array, forced?: string, headerCharset?: string): Decoded {
  if (forced) return decode(bytes, forced);
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = bom ? undefined : (normaliseCharset(headerCharset) ?? normaliseCharset(metaCharset(bytes)));
  if (declared === undefined || declared === "utf-8") {
    const d = decode(bytes);
    // A page declared UTF-8 that is not: detection already picked the better reading.
    return d;
  }
  refuseBinary(bytes);
  const iconv = require("iconv-lite") as typeof import("iconv-lite");
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A page declared in a legacy charset that is valid UTF-8 with accents was saved as UTF-8 later.
  if (isUtf8(buf) && /[\u0080-\uffff]/.test(buf.toString("utf8"))) return decode(bytes);
  return { text: iconv.decode(buf, declared), encoding: declared, messages: [] };
}

/** Messages about the page's bytes (their offsets are into the HTML, not the text read). */
export function pageMessages(decoded: Message[]): Message[] {
  if (!decoded.some((m) => m.rule === "invalid-utf8")) return [];
  return [{ rule: "invalid-utf8", reason: "invalid UTF-8 bytes in the page were replaced by U+FFFD", start: 0, end: 0, severity: "warning" }];
}

// Elements whose text is never article prose.
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "button", "select", "textarea", "input", "form", "nav", "head"]);
// Elements that start and end a paragraph.
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "figure", "figcaption",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
  "tr", "caption", "pre", "hr", "address", "details", "summary", "center", "body", "html",
]);
const CELL = new Set(["td", "th"]);
const ASCII_SPACES = /[ \t\n\r\f]+/g;
const EDGE_SPACES = /^[ \t\n\r\f]+|[ \t\n\r\f]+$/g;

interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  data?: string;
}

/**
 * The text of an element as paragraphs, one per line: blocks, headings, captions and <br>
 * break lines; inline markup joins; runs of ASCII white space become one space while
 * no-break spaces (U+00A0, U+202F) stay, as French typography puts them before « » : ? !.
 * Iterative, so a page nested ten thousand deep does not overflow the stack.
 */
export function elementText(root: DomNode): string[] {
  const paras: string[] = [];
  let cur = "";
  const flush = (): void => {
    if (cur === "") return;
    const p = cur.replace(ASCII_SPACES, " ").replace(EDGE_SPACES, "");
    if (p !== "") paras.push(p);
    cur = "";
  };
  // A stack of nodes to enter, and of block ends (null marks the end of a block).
  const stack: Array<DomNode | null> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      cur += node.data ?? node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (tag === "br") {
      flush();
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(null);
    } else if (CELL.has(tag)) cur += " ";
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  return paras;
}

/** The little of a DOM document this module uses (the project has no DOM typings). */
interface DomElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface DomDocument {
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Start tags in `html` (a `<` then a letter), counting no further than `limit + 1`. */
export function countTags(html: string, limit: number): number {
  let n = 0;
  for (let i = html.indexOf("<"); i >= 0 && n <= limit; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

function attr(doc: DomDocument, selector: string, name: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date as ISO 8601: kept as written when it already is (its time zone included), else parsed. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (ISO_DATE.test(v)) return v.replace(" ", "T");
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** `datePublished` anywhere in the page's JSON-LD (objects, arrays, @graph). */
function jsonLdPublished(doc: DomDocument): string | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(s.textContent ?? "");
    } catch {
      continue;
    }
    const todo: unknown[] = [value];
    for (let n = 0; todo.length > 0 && n < 1000; n++) {
      const v = todo.pop();
      if (Array.isArray(v)) todo.push(...(v as unknown[]));
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (typeof o["datePublished"] === "string") return o["datePublished"];
        if (o["@graph"]) todo.push(o["@graph"]);
      }
    }
  }
  return null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function absolute(url: string | null, base: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function clean(s: string | null | undefined): string | null {
  if (typeof s !== "string") return null;
  const t = s.replace(ASCII_SPACES, " ").replace(EDGE_SPACES, "");
  return t === "" ? null : t;
}

/** Options for reading a page. */
export interface ReadOptions {
  /** Where the page was fetched from (a WARC record's target URI): resolves relative links. */
  url?: string;
}

/**
 * The article of an HTML page as text, and what the page says of itself. Throws
 * InputError("no-article") when Readability finds no main text and ("too-complex") for pages
 * too big or too deep to read as an article.
 */
export function readPage(html: string, options: ReadOptions = {}): Page {
  // Counted before parsing: a DOM of a 10 MB page of nested divs takes minutes to build.
  const tags = countTags(html, MAX_ELEMENTS);
  if (tags > MAX_ELEMENTS) {
    throw new InputError("too-complex", `more than ${MAX_ELEMENTS} HTML elements, more than an article page has; not read`);
  }
  const { parseHTML, Readability } = load();
  // A fragment (no <html>: a CMS export, a JSON field) gets the document around it that a
  // browser would infer; linkedom leaves it without one.
  const whole = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const doc = parseHTML(whole).document as unknown as DomDocument;
  // What Readability does not read, read before it rewrites the document.
  const canonical = absolute(attr(doc, 'link[rel~="canonical"]', "href") ?? attr(doc, 'meta[property="og:url"]', "content"), options.url);
  const published =
    attr(doc, 'meta[property="article:published_time"]', "content") ??
    jsonLdPublished(doc) ??
    attr(doc, 'meta[itemprop="datePublished"]', "content") ??
    attr(doc, 'meta[name="date"]', "content") ??
    attr(doc, 'meta[name="DC.date.issued"]', "content") ??
    attr(doc, 'meta[name="pubdate"]', "content") ??
    attr(doc, 'meta[name="publish-date"]', "content") ??
    attr(doc, "time[datetime]", "datetime");
  const lang =
    clean(doc.documentElement?.getAttribute("lang")) ??
    attr(doc, 'meta[http-equiv="content-language" i]', "content") ??
    attr(doc, 'meta[property="og:locale"]', "content")?.replace("_", "-") ??
    null;
  let article;
  try {
    article = new Readability<DomNode>(doc as never, { serializer: (n) => n as unknown as DomNode }).parse();
  } catch (err) {
    if (err instanceof RangeError) throw new InputError("too-complex", "HTML nested too deeply to read as an article");
    throw err;
  }
  const paras = article?.content ? elementText(article.content) : [];
  const chars = paras.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS) {
    throw new InputError("no-article", chars === 0 ? "no article in this page (no main text found)" : `no article in this page (${chars} characters of main text)`);
  }
  const title = clean(article?.title);
  // The title as the first line, where the pipeline looks for a headline; Readability has
  // usually removed the <h1> repeating it from the content.
  if (title !== null && paras[0] !== title) paras.unshift(title);
  const url = canonical ?? options.url ?? null;
  return {
    text: paras.join("\n\n") + "\n",
    info: {
      url,
      title,
      byline: clean(article?.byline),
      site: clean(article?.siteName) ?? hostOf(url),
      published: isoDate(article?.publishedTime) ?? isoDate(published),
      lang: clean(article?.lang) ?? lang,
    },
  };
}
