/**
 * The working document every stage of the French pipeline reads and enriches.
 * All offsets here are UTF-16 indices into `text` (JavaScript's own); the assemble stage
 * converts them to code points for the output.
 */
import type { Scratch } from "./scratch.js";
import { endsSentenceCode } from "./chars.js";
import type { Rule } from "./rules.js";
import type { Gender, Message, OrgType, QuoteKind } from "./types.js";

export type ParagraphKind = "title" | "heading" | "body" | "caption" | "byline" | "boilerplate";

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: ParagraphKind;
}

export type TokenKind = "word" | "number" | "punct";

/** doc.tokClass values: a token's kind, capitalised words apart. */
export const TokenClass = { punct: 0, number: 1, word: 2, capWord: 3 } as const;

/**
 * One distinct token text, shared by every token that spells it (doc.tokens holds one per
 * token): its forms, computed once, and the lexicon answers stages ask about it, remembered
 * in `facts` (see src/core/words.ts). An article repeats its words, an archive its
 * vocabulary: sharing keeps one record per word instead of an object and strings per token,
 * and turns repeated lookups into one array read.
 */
export class Word {
  /** Lexicon answers by slot (src/core/words.ts), allocated on the first question. */
  facts: unknown[] | null = null;
  /** Yes/no lexicon answers, two bits each: asked, and the answer (src/core/words.ts). */
  flags = 0;
  /** The sixteenth to thirtieth yes/no answers, as `flags`. */
  flags2 = 0;
  /** Any further ones, fifteen to a number (null until the first is asked). */
  moreFlags: number[] | null = null;
  /** One bit per closed word list that holds its lower-case form, -1 until first asked (`wordList`). */
  lists = -1;
  /** The same for lists past the first 31, 31 to a number (null until the first is asked). */
  moreLists: number[] | null = null;
  /** Its TokenClass, copied into doc.tokClass for each of its tokens. */
  readonly cls: number;
  constructor(
    readonly text: string,
    readonly kind: TokenKind,
    /** Lower case, apostrophes as '. */
    readonly lower: string,
    /** Folded (lexicon key form: lower case, no accents, apostrophes as '). */
    readonly key: string,
    /** First character is an upper-case letter (words only). */
    readonly cap: boolean,
  ) {
    this.cls = cap ? TokenClass.capWord : TokenClass[kind];
  }
}

export interface RawQuote {
  /** Position of the opening and closing marks (close = -1 when never closed). */
  open: number;
  close: number;
  /** Trimmed inside. */
  start: number;
  end: number;
  multiParagraph: boolean;
  kind: QuoteKind;
  para: number;
  /** Token range of the inside [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** Token index of the opening mark and of the closing mark (-1 when missing). */
  openTok: number;
  closeTok: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  para: number;
}

export type MentionKind = "person" | "organization";

export interface EntityMention {
  kind: MentionKind;
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  text: string;
  orgType?: OrgType;
  /** Gender cue carried by the mention itself (title, agreement before it). */
  gender?: Gender;
  genderEvidence?: string;
  /** Why the mention was classified as it was. */
  reason: string;
  /** Index into doc.entities, set by the entity stage. */
  entity: number;
  /** Lexicon canonical name, when known. */
  canonical?: string;
}

export interface Entity {
  kind: MentionKind;
  name: string;
  /** A lexicon's full name for the organization when it differs from `name` (the article's fullest form). */
  canonical?: string;
  orgType?: OrgType;
  mentions: number[];
  /** Written forms other than the name (NO_STRINGS until the first: add with `withString`). */
  aliases: ReadonlySet<string>;
  roles: string[];
  affiliations: string[];
  gender: Gender | null;
  genderEvidence: string | null;
  /** Canonical role words seen with this person ("ministre", "avocat"), for role re-mentions (like aliases, NO_STRINGS until the first). */
  roleWords: ReadonlySet<string>;
}

/**
 * The empty set an entity's aliases and role words start as: most entities never get one, and
 * two new Sets for each of an article's entities were a measurable part of the entity stage.
 * Never added to: `withString` replaces it.
 */
export const NO_STRINGS: ReadonlySet<string> = new Set<string>();

/** A new entity: no mentions, aliases, roles or gender yet. */
export function newEntity(kind: MentionKind, name: string, orgType?: OrgType): Entity {
  const e: Entity = { kind, name, mentions: [], aliases: NO_STRINGS, roles: [], affiliations: [], gender: null, genderEvidence: null, roleWords: NO_STRINGS };
  if (orgType) e.orgType = orgType;
  return e;
}

/** `set` with `s` added: a new Set when `set` is NO_STRINGS, else `set` itself. */
export function withString(set: ReadonlySet<string>, s: string): ReadonlySet<string> {
  if (set === NO_STRINGS) return new Set([s]);
  (set as Set<string>).add(s);
  return set;
}

/** Who a cue's grammatical subject is, before coreference is resolved. */
export type SubjectRef =
  | { kind: "mention"; mention: number }
  | { kind: "pronoun"; gender: Gender | null; plural: boolean; tok: number }
  /** `author`: the office of a statement's author (« la lettre de la juge »), which only a known holder fills. */
  | { kind: "role"; role: string; gender: Gender | null; tok: number; text: string; author?: true }
  | { kind: "org-role"; orgType: OrgType | null; head: string; tok: number; text: string }
  | { kind: "latest"; gender: Gender | null; tok: number; text: string }
  | { kind: "description"; text: string; tok: number }
  /** A single capitalised word no earlier stage took for a name, right after a speech verb (« raconte Yanis »). */
  | { kind: "name"; text: string; tok: number };

export { ATTRIBUTION_RULES, type Rule } from "./rules.js";

export interface Attribution {
  subject: SubjectRef | null;
  cueStart: number;
  cueEnd: number;
  cueLemma: string;
  channel: string | null;
  rule: Rule;
  confidence: number;
}

export interface Resolved {
  entity: number | null;
  description: string | null;
}

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  /**
   * The word of each token, in text order. Tokens are no objects of their own: a 10 MB article
   * holds two million of them, and the garbage collector would copy every one. Where each
   * token is lives in the typed arrays below, by token index.
   */
  tokens: Word[];
  /** Per token: offset of its first character. */
  tokStart: Int32Array;
  /** Per token: index of its paragraph. */
  tokPara: Int32Array;
  /** Per token: index of its sentence (set by the sentence stage; -1 before). */
  tokSent: Int32Array;
  /** Per token: index into doc.quotes of the quote whose inside holds it, or -1. */
  tokQuote: Int32Array;
  /**
   * Per token, its class (TokenClass): what scans over every token test first, a byte read
   * where the token's word would cost a lookup in memory.
   */
  tokClass: Uint8Array;
  /**
   * Per token, its word's closed word lists (bits of `wordList` tests, src/core/words.ts): a
   * pass that can start only after a few listed words tests this instead of every word.
   */
  tokLists: Int32Array;
  quotes: RawQuote[];
  sentences: Sentence[];
  mentions: EntityMention[];
  /** mentionAt[tokenIndex] = index of the mention covering that token, or -1. */
  mentionAt: Int32Array;
  entities: Entity[];
  attributions: (Attribution | null)[];
  resolved: Resolved[];
  title: string | null;
  messages: Message[];
  /** Where stages take their per-token working arrays from (see src/core/scratch.ts). */
  scratch: Scratch;
}

export type Stage = (doc: Doc) => void;

/** The quote's inside ends with a mark that ends a sentence: . ! ? … */
export function quoteEndsSentence(text: string, q: RawQuote): boolean {
  return endsSentenceCode(text.charCodeAt(q.end - 1));
}

/** Offset just past token i's last character. */
export function tokenEnd(doc: Doc, i: number): number {
  return doc.tokStart[i]! + doc.tokens[i]!.text.length;
}
