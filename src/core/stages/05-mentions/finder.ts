/**
 * The state the mention passes share over one article: its tokens, which tokens are skipped
 * (bylines, boilerplate) or already taken by a mention, the mentions drafted so far, and the
 * token helpers every pass uses. The passes themselves are functions of a Finder (see index.ts).
 */
import * as lexicon from "../../../lexicon/index.js";
import { TokenClass, tokenEnd, type Doc, type MentionKind, type Word } from "../../document.js";
import type { Gender, OrgType } from "../../types.js";
import { CLAUSE_OPENERS, continuesOrgName, inCreditWords, mayStartOrgHead, startsOrgName, type KnownOrgHit } from "./lists.js";
import type { MentionReason } from "./reasons.js";

/** A mention before the stage turns it into an EntityMention (character offsets, text). */
export interface Draft {
  kind: MentionKind;
  tokStart: number;
  tokEnd: number;
  reason: MentionReason;
  orgType?: OrgType;
  gender?: Gender;
  genderEvidence?: string;
  canonical?: string;
}

export class Finder {
  readonly tokens: Word[];
  readonly skip: Uint8Array;
  readonly taken: Uint8Array;
  readonly drafts: Draft[] = [];
  /** Index of every token of class capWord, in order (skipped ones included: see isCapWord). */
  readonly caps: Int32Array;
  /** knownOrgAtUncached's candidates: folded keys of the first n + 1 tokens, and whether spaced. */
  readonly probeKeys: string[] = [];
  readonly probeSpaced: boolean[] = [];
  /**
   * knownOrgAt answers by token: a byte says « not read yet » (0), « none » (1) or « found »
   * (2, the hit in `orgHits`). Most tokens start no organization, so the Map stays small.
   */
  readonly orgAtRead: Uint8Array;
  readonly orgHits = new Map<number, KnownOrgHit>();
  /** Acronym token → token after the defined name (for the entity stage's alias merge). */
  readonly definitions = new Map<number, number>();

  constructor(readonly doc: Doc) {
    this.tokens = doc.tokens;
    this.skip = doc.scratch.uint8(doc.tokens.length);
    this.orgAtRead = doc.scratch.uint8(doc.tokens.length);
    this.taken = doc.scratch.uint8(doc.tokens.length);
    // One pass over the tokens. The capitalised words, by index: the passes act only at
    // or around one (a tenth of the tokens), so they visit these instead of every token. And
    // page furniture is skipped (checked at each paragraph's last token).
    const classes = doc.tokClass;
    const paraOf = doc.tokPara;
    const n = classes.length;
    const caps = doc.scratch.int32(n + 1);
    let capCount = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      if (classes[i] === TokenClass.capWord) caps[capCount++] = i;
      if (i + 1 < n && paraOf[i + 1] === paraOf[i]) continue;
      const e = i + 1;
      // Bylines and photo credits are read (their gold lists the journalist, the photographer
      // and the outlet); any other page furniture (« Lire aussi », paywall lines) is skipped.
      const kind = doc.paragraphs[paraOf[s]!]!.kind;
      if (kind === "boilerplate" && !this.creditLine(s, e)) this.skip.fill(1, s, e);
      s = e;
    }
    this.caps = caps.subarray(0, capCount);
  }

  /**
   * Tokens [s, e), a whole paragraph of page furniture, are a photo credit: a short line that
   * opens with a credit word (« Photo : Léa Morel », « © Léa Morel ») or holds « Nom / AGENCE ».
   */
  private creditLine(s: number, e: number): boolean {
    const toks = this.tokens;
    if (e - s > 40) return false;
    if (inCreditWords(toks[s]) || (toks[s]!.text === "(" && inCreditWords(toks[s + 1]))) return true;
    for (let i = s + 1; i + 1 < e; i++) if (toks[i]!.text === "/" && toks[i + 1]!.cap && toks[i - 1]!.cap) return true;
    return false;
  }

  /**
   * How many tokens from i (at most max, one paragraph) can still start a known org or head:
   * the tokens' folded keys joined as lexicon keys are (no space where the text has none).
   */
  reach(i: number, max: number, heads: boolean): number {
    const toks = this.tokens;
    const first = toks[i];
    // The first word answers from its remembered facts: most runs stop there.
    if (!first || max < 1 || !(heads ? mayStartOrgHead(first) : startsOrgName(first))) return 0;
    const para = this.doc.tokPara[i];
    if (max < 2 || i + 1 >= toks.length || this.doc.tokPara[i + 1] !== para) return 1;
    // The second word, asked of the pair of words (remembered): most runs stop there too.
    if (!continuesOrgName(first, toks[i + 1]!, this.glued(i + 1), heads)) return 1;
    let phrase = this.withKey(first.key, i + 1);
    let n = 2;
    for (; n < max && i + n < toks.length; n++) {
      if (this.doc.tokPara[i + n] !== para) break;
      phrase = this.withKey(phrase, i + n);
      if (!lexicon.isOrgNamePrefix(phrase, heads)) break;
    }
    return n;
  }

  /**
   * `phrase` followed by token k's folded key, joined as lexicon keys are written: no space
   * where the text has none (« S&D », « l'Oréal »).
   */
  withKey(phrase: string, k: number): string {
    const t = this.tokens[k]!;
    if (phrase === "") return t.key;
    return this.glued(k) ? phrase + t.key : `${phrase} ${t.key}`;
  }

  /** Token k follows token k-1 with no space between (« S&D », « l'Oréal », « M. »). */
  glued(k: number): boolean {
    return tokenEnd(this.doc, k - 1) === this.doc.tokStart[k];
  }

  text(s: number, e: number): string {
    return this.doc.text.slice(this.doc.tokStart[s]!, tokenEnd(this.doc, e - 1));
  }

  isCapWord(i: number): boolean {
    return this.doc.tokClass[i] === TokenClass.capWord && this.skip[i] === 0;
  }

  /** Same paragraph as token i (runs never cross lines). */
  samePara(i: number, j: number): boolean {
    const paras = this.doc.tokPara;
    return i >= 0 && j >= 0 && i < paras.length && j < paras.length && paras[i] === paras[j];
  }

  /** True when token i opens its sentence or a clause after a quote mark, colon or dash. */
  clauseStart(i: number): boolean {
    const p = this.tokens[i - 1];
    if (!p || this.doc.tokPara[i - 1] !== this.doc.tokPara[i] || this.doc.tokSent[i - 1] !== this.doc.tokSent[i]) return true;
    return p.kind === "punct" && CLAUSE_OPENERS.has(p.text);
  }

  /** Adds a mention unless one of its tokens is already taken. */
  emit(d: Draft): void {
    for (let i = d.tokStart; i < d.tokEnd; i++) if (this.taken[i]) return;
    for (let i = d.tokStart; i < d.tokEnd; i++) this.taken[i] = 1;
    this.drafts.push(d);
  }

  /**
   * The words of [s, e) as one lookup key: the token's own word when there is one (its answers
   * are remembered on it), else the words joined as the lexicons write them.
   */
  phrase(s: number, e: number): Word | string {
    return e - s === 1 ? this.tokens[s]! : this.joinTokens(s, e);
  }

  /** Tokens [s, e) joined the way lexicon keys are written (space, none after an apostrophe). */
  private joinTokens(s: number, e: number): string {
    let out = "";
    for (let i = s; i < e; i++) {
      const t = this.tokens[i]!;
      out += t.text;
      if (i + 1 < e && !t.text.endsWith("'") && !t.text.endsWith("’")) out += " ";
    }
    return out;
  }
}
