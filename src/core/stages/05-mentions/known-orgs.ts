/**
 * Known organizations at a token: the longest lexicon name starting there (with or without its
 * article, or fused into « du », « aux »), answered once per token; ambiguous one-word names
 * need a cue (a head before, an apposition after).
 */
import * as lexicon from "../../../lexicon/index.js";
import type { OrgType } from "../../types.js";
import { demonym } from "../../word-lexicon.js";
import type { Finder } from "./finder.js";
import { CONTRACTED, FIRM_NOUNS, type KnownOrgHit, MAX_ORG_TOKENS, firstName, hasBreak, inArticles, inContracted, isAcronym, isCommonWord, isNotName, isPlace, knownOrg, mayStartOrg, inChannelNouns, speechVerb, startsOrgNameAfterLe, startsOrgNameAfterLes } from "./lists.js";
import { appositionOrg, headBefore } from "./org-cues.js";

/** The longest known organization starting at token i (ambiguous names need a cue). */
export function knownOrgAt(f: Finder, i: number): KnownOrgHit | undefined {
  const read = f.orgAtRead[i];
  if (read === 2) return f.orgHits.get(i);
  if (read === 1) return undefined;
  const hit = knownOrgAtUncached(f, i);
  if (i >= 0 && i < f.orgAtRead.length) {
    f.orgAtRead[i] = hit ? 2 : 1;
    if (hit) f.orgHits.set(i, hit);
  }
  return hit;
}

export function knownOrgAtUncached(f: Finder, i: number): KnownOrgHit | undefined {
  const tokens = f.tokens;
  const para = f.doc.tokPara[i]!;
  // « aux Échos », « du Parisien »: a name whose article is fused with « à » or « de ».
  const fused = i > 0 && inContracted(tokens[i - 1]) ? CONTRACTED.get(tokens[i - 1]!.lower) : undefined;
  if (fused !== undefined && f.doc.tokPara[i - 1]! === para && (fused === "le" ? startsOrgNameAfterLe : startsOrgNameAfterLes)(tokens[i]!)) {
    const hit = knownOrgAfterContraction(f, i, fused);
    if (hit) return hit;
  }
  // Acronyms are looked up as written; any other name must start like a known one.
  if (!mayStartOrg(tokens[i]!) && !isAcronym(tokens[i]!)) return undefined;
  const article = inArticles(tokens[i]) ? 1 : 0;
  // With its article and, after « le », « la »… without it (« Le Monde », « la SNCF »). After
  // an article, a name of more than one word needs the next word capitalised (`core` below):
  // « Le gouvernement », « La plupart » — most sentences start so — are read as one word.
  const oneWord = article === 1 && !tokens[i + 1]?.cap;
  const maxLen = oneWord ? 1 : Math.max(1, f.reach(i, MAX_ORG_TOKENS, false), article === 0 ? 0 : 1 + f.reach(i + 1, MAX_ORG_TOKENS - 1, false));
  // The folded form of each candidate (what knownOrg folds `written` to) and whether it holds
  // a space (then it cannot be an acronym): most long candidates are dismissed on it.
  // (Arrays kept on the finder and overwritten: this runs for every capitalised word.)
  const { probeKeys: keys, probeSpaced: spaced } = f;
  let count = 0;
  for (; count < maxLen && i + count < tokens.length; count++) {
    keys[count] = f.withKey(count > 0 ? keys[count - 1]! : "", i + count);
    spaced[count] = count > 0 && (spaced[count - 1]! || !f.glued(i + count));
  }
  for (let len = count; len >= 1; len--) {
    const last = tokens[i + len - 1]!;
    if (f.doc.tokPara[i + len - 1] !== para) continue;
    if (last.kind === "punct") continue;
    if (len > 1 && hasBreak(tokens, i, i + len)) continue;
    if (spaced[len - 1] && !lexicon.isKnownOrgKey(keys[len - 1]!)) continue;
    // One word: the token itself is asked (its word remembers the answers).
    const written = len === 1 ? tokens[i]! : f.text(i, i + len);
    const entry = knownOrg(written);
    if (!entry || isNotName(entry.name) || (len === 1 && isNotName(written))) continue;
    // « Le gouvernement »: the word after a leading article must be capitalised too.
    const core = inArticles(tokens[i]) && len > 1 ? tokens[i + 1]! : tokens[i]!;
    if (!core.cap) continue;
    // Only forms that are also common words, first names, places or one letter need a cue.
    const ambiguous = entry.ambiguous && len === 1 && (isCommonWord(written) || !!firstName(written) || isPlace(written) || tokens[i]!.text.length <= 2);
    const channel = entry.type === "media" && tokens[i - 1]?.lower === "sur";
    if (ambiguous && !channel && !orgCue(f, i, i + 1)) continue;
    // A common word at a clause start (« Total », « Orange ») is a word, not the company.
    if (ambiguous && f.clauseStart(i) && !headBefore(f, i)) continue;
    return { len, name: entry.name, type: entry.type, platform: entry.platform === true };
  }
  return undefined;
}

/**
 * A platform (social network) treated as a firm at this mention: « chez X », « les
 * dirigeants de X », « la société X ». Elsewhere it is the channel (« sur X »): media.
 */
export function firmCue(f: Finder, s: number, e: number): boolean {
  const before = f.tokens[s - 1];
  if (!before || f.doc.tokPara[s - 1] !== f.doc.tokPara[s]) return false;
  if (before.lower === "chez") return true;
  if (headBefore(f, s) === "company" || appositionOrg(f, e) === "company") return true;
  if (before.lower !== "de" && before.lower !== "d'" && before.lower !== "du") return false;
  const noun = f.tokens[s - 2];
  return !!noun && f.doc.tokPara[s - 2] === f.doc.tokPara[s - 1] && FIRM_NOUNS.has(noun.lower);
}

/** A known name written with its article (« Les Échos ») met after « aux », « du », « au », « des ». */
export function knownOrgAfterContraction(f: Finder, i: number, article: string): KnownOrgHit | undefined {
  const tokens = f.tokens;
  const para = f.doc.tokPara[i]!;
  let key = article;
  let best: KnownOrgHit | undefined;
  for (let n = 0; n < 4 && i + n < tokens.length; n++) {
    const t = tokens[i + n]!;
    if (f.doc.tokPara[i + n] !== para || t.kind !== "word" || (n === 0 && !t.cap)) break;
    key = f.withKey(key, i + n);
    if (!lexicon.isOrgNamePrefix(key)) break;
    if (!lexicon.isKnownOrgKey(key)) continue;
    // « la cuisine du Parisien »: a one-word name that is also a demonym or a word is the word,
    // unless a statement is given to it (« a confié au Parisien », « un entretien au Parisien »).
    if (n === 0 && (demonym(t) || isCommonWord(t)) && !givenTo(f, i - 1)) continue;
    const entry = knownOrg(`${article} ${f.text(i, i + n + 1)}`);
    if (entry && !entry.ambiguous) best = { len: n + 1, name: entry.name, type: entry.type, platform: entry.platform === true };
  }
  return best;
}

/** « a confié au », « dans un entretien au »: a speech verb or a channel noun right before the contraction at c. */
function givenTo(f: Finder, c: number): boolean {
  const w = f.tokens[c - 1];
  return !!w && w.kind === "word" && !w.cap && f.samePara(c - 1, c) && (inChannelNouns(w) || !!speechVerb(w));
}

/** An org head before, or an apposition after: « le groupe X », « X, une ONG ». */
export function orgCue(f: Finder, s: number, e: number): OrgType | undefined {
  return headBefore(f, s) ?? appositionOrg(f, e);
}

/** Top-level domains of news sites' names (« Kermor.fr »): lexicons/web-domains.txt. */
const WEB_DOMAINS = lexicon.mentionCues.webDomains;

/** Token e is a full stop glued to the name before it and to a web domain after it (« .fr »). */
export function webDomainAt(f: Finder, e: number): boolean {
  const dot = f.tokens[e];
  const tld = f.tokens[e + 1];
  return dot?.text === "." && !!tld && WEB_DOMAINS.has(tld.text) && f.glued(e) && f.glued(e + 1) && f.samePara(e, e + 1);
}
