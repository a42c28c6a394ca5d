/**
 * Merge organization mentions into entities: by the lexicon's canonical name, else the folded
 * written form; « (UNEF) » right after its full name; a one-word mention onto the multi-word
 * name it starts (« Kalio » for « Kalio Robotics », even when seen first); a longer form onto
 * the shorter name that starts it (« l'hôpital Vercors de Grenoble » … « l'hôpital Vercors »).
 */
import { foldName } from "../../fold.js";
import { firstName } from "../../../lexicon/index.js";
import { tokenEnd, type Doc, type Entity, type EntityMention, type Word } from "../../document.js";
import { byKey } from "../../order.js";
import { addEntity, attach } from "./entity-list.js";

export function mergeOrganizations(doc: Doc, ents: Entity[]): void {
  const { mentions, tokens } = doc;
  const byOrgKey = new Map<string, number>();
  const byFirstWord = new Map<string, number>();
  const byOrgPrefix = new Map<string, number>();
  mentions.forEach((m, mi) => {
    if (m.kind !== "organization") return;
    // Folded written form (a one-token name's is its word's key) and folded canonical name.
    const textKey = mentionKey(tokens, m);
    if (m.canonical !== undefined && runsOn(doc, m)) delete m.canonical;
    const key = m.canonical === undefined ? textKey : foldName(m.canonical);
    // « FN » (canonical « Front national ») then « Front national » (canonical another name): the written form joins it.
    // « Le Monde.fr », « Le Monde » and « (du) Monde »: an outlet's web name, and its name
    // without its article, are the outlet.
    const bareKey = textKey.replace(WEB_SUFFIX, "").replace(LEADING_ARTICLE, "");
    let ei = byOrgKey.get(key) ?? byOrgKey.get(textKey) ?? byOrgKey.get(bareKey);
    // « (UNEF) » right after its full name.
    if (ei === undefined && m.reason === "acronym-definition") {
      const prev = mentions[mi - 1];
      if (prev && prev.kind === "organization" && prev.tokEnd === m.tokStart - 1 && prev.entity >= 0) ei = prev.entity;
    }
    if (ei === undefined && m.tokEnd - m.tokStart === 1) ei = byFirstWord.get(textKey);
    // « l'hôpital Vercors de Grenoble » … « l'hôpital Vercors »: the shorter name that starts it.
    if (ei === undefined && m.tokEnd - m.tokStart >= 2) ei = byOrgPrefix.get(textKey);
    if (ei === undefined) {
      ei = addEntity(ents, m);
      if (m.tokEnd - m.tokStart >= 2) {
        const fw = tokens[m.tokStart]!.key;
        if (!byFirstWord.has(fw)) byFirstWord.set(fw, ei);
        // Its leading words up to each capitalised word after the second (kept by the first holder).
        for (let k = m.tokStart + 2; k < m.tokEnd; k++) {
          if (!tokens[k - 1]!.cap) continue;
          const prefix = foldName(doc.text.slice(doc.tokStart[m.tokStart]!, tokenEnd(doc, k - 1)));
          if (!byOrgPrefix.has(prefix)) byOrgPrefix.set(prefix, ei);
        }
      }
    }
    byOrgKey.set(key, ei);
    byOrgKey.set(textKey, ei);
    if (!byOrgKey.has(bareKey)) byOrgKey.set(bareKey, ei);
    attach(ents, mentions, mi, ei);
  });
  // Short forms seen before their full form (« Kalio » … « Kalio Robotics »): merge them in.
  mergeEarlyShortForms(ents, mentions, byFirstWord, tokens);
}

/** A web domain ending a folded name (« le monde.fr »). */
const WEB_SUFFIX = /\.(?:fr|com|net|org|info|be|ch|ca|eu|io|tv|news)$/;
/** A leading article of a folded name (« le monde »). */
const LEADING_ARTICLE = /^(?:le |la |les |l')/;

/** A mention's text folded: a one-token mention's is its word's key, already folded. */
export function mentionKey(tokens: readonly Word[], m: EntityMention): string {
  return m.tokEnd - m.tokStart === 1 ? tokens[m.tokStart]!.key : foldName(m.text);
}

/**
 * « Sorbonne Nouvelle » found as « Sorbonne »: a name known by another one's short form runs on
 * in capitals, so the article names some other body and the word list's name is not its own.
 * A mention spelled as the list's own name (« Sciences Po ») or followed by a first name or
 * another mention is not concerned.
 */
function runsOn(doc: Doc, m: EntityMention): boolean {
  const next = doc.tokens[m.tokEnd];
  if (!next || next.kind !== "word" || !next.cap || doc.tokSent[m.tokEnd] !== doc.tokSent[m.tokStart]) return false;
  if ((doc.mentionAt[m.tokEnd] ?? -1) >= 0 || firstName(next.text) !== undefined) return false;
  return foldName(m.canonical ?? "") !== foldName(m.text);
}

/** Merge single-word organization entities into the multi-word one starting with that word. */
function mergeEarlyShortForms(ents: Entity[], mentions: EntityMention[], byFirstWord: Map<string, number>, tokens: readonly Word[]): void {
  ents.forEach((e, ei) => {
    if (e.kind !== "organization" || e.mentions.length === 0) return;
    if (!e.mentions.every((mi) => mentions[mi]!.tokEnd - mentions[mi]!.tokStart === 1)) return;
    const target = byFirstWord.get(mentionKey(tokens, mentions[e.mentions[0]!]!));
    if (target === undefined || target === ei) return;
    const t = ents[target]!;
    for (const mi of e.mentions) {
      mentions[mi]!.entity = target;
      t.mentions.push(mi);
    }
    byKey(t.mentions, (m) => m);
    e.mentions = [];
  });
}
