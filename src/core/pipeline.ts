/**
 * The French pipeline: an ordered list of stages, each reading and enriching one `Doc`.
 * Stage numbers in file names give the order; each stage's header says what it adds.
 */
import type { Doc, Stage } from "./document.js";
import { paragraphs } from "./stages/01-paragraphs.js";
import { tokens } from "./stages/02-tokens.js";
import { quotes } from "./stages/03-quotes.js";
import { sentences } from "./stages/04-sentences.js";
import { mentions } from "./stages/05-mentions/index.js";
import { attribution } from "./stages/06-attribution/index.js";
import { entities } from "./stages/07-entities/index.js";
import { resolve } from "./stages/08-resolve.js";
import { assemble, type Assembled } from "./stages/09-assemble.js";
import { Scratch } from "./scratch.js";

export const STAGES: readonly Stage[] = [paragraphs, tokens, quotes, sentences, mentions, attribution, entities, resolve];

/** Empty until the stages fill them (shared: nothing can be written into a length-0 array). */
const NO_INT32 = new Int32Array(0);
const NO_UINT8 = new Uint8Array(0);

/**
 * A Doc for `text`. Without `scratch`, its working arrays are its own; the pipeline below passes
 * its shared one, reset for each article.
 */
export function newDoc(text: string, scratch: Scratch = new Scratch(false)): Doc {
  return {
    text,
    paragraphs: [],
    tokens: [],
    tokStart: NO_INT32,
    tokPara: NO_INT32,
    tokSent: NO_INT32,
    tokQuote: NO_INT32,
    tokClass: NO_UINT8,
    tokLists: NO_INT32,
    quotes: [],
    sentences: [],
    mentions: [],
    mentionAt: NO_INT32,
    entities: [],
    attributions: [],
    resolved: [],
    title: null,
    messages: [],
    scratch,
  };
}

/**
 * The working memory of this thread's articles, one at a time: reset when an article starts,
 * which would overwrite the arrays of any Doc still in use from it. So no Doc on it leaves
 * `onSharedScratch`: the extract functions below return plain objects, a call made while another
 * article is being read throws, and the Doc is emptied once its article is done.
 */
const shared = new Scratch();
let sharedBusy = false;

/**
 * `read(doc)` for a Doc of `text` on the shared scratch memory. Throws when called from inside
 * another such call (its Doc's arrays would be overwritten): give the inner one its own Doc,
 * `newDoc(text)`. Once `read` returns, the Doc holds no arrays: one kept from it reads as empty,
 * never as the next article's.
 */
export function onSharedScratch<T>(text: string, read: (doc: Doc) => T): T {
  if (sharedBusy) throw new Error("parole: an article was started on the shared scratch memory while another was being read; use newDoc(text) for the inner one, which has its own arrays");
  sharedBusy = true;
  shared.reset();
  const doc = newDoc(text, shared);
  try {
    return read(doc);
  } finally {
    sharedBusy = false;
    doc.tokens = [];
    doc.tokStart = doc.tokPara = doc.tokSent = doc.tokQuote = doc.tokLists = doc.mentionAt = NO_INT32;
    doc.tokClass = NO_UINT8;
  }
}

/** Run the French pipeline on one article's text. */
export function extractFrench(text: string): Assembled {
  return onSharedScratch(text, (doc) => {
    for (const stage of STAGES) stage(doc);
    return assemble(doc);
  });
}

/** Quotes only, without attribution: for languages parole has no pipeline for. */
export function extractQuotesOnly(text: string): Assembled {
  return onSharedScratch(text, (doc) => {
    for (const stage of [paragraphs, tokens, quotes]) stage(doc);
    return assemble(doc);
  });
}
