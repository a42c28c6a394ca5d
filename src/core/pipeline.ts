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
 * so the previous one's Doc must be done with (the extract functions below never hand it out).
 */
const shared = new Scratch();

/** A Doc on the shared scratch memory: the previous one from here must be done with. */
export function nextDoc(text: string): Doc {
  shared.reset();
  return newDoc(text, shared);
}

/** Run the French pipeline on one article's text. */
export function extractFrench(text: string): Assembled {
  const doc = nextDoc(text);
  for (const stage of STAGES) stage(doc);
  return assemble(doc);
}

/** Quotes only, without attribution: for languages parole has no pipeline for. */
export function extractQuotesOnly(text: string): Assembled {
  const doc = nextDoc(text);
  for (const stage of [paragraphs, tokens, quotes]) stage(doc);
  return assemble(doc);
}
