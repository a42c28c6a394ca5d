/**
 * Merge person mentions into entities: full names first (« Léa Morel » and « Mme Léa Morel »
 * are one key), then lone surnames onto the full name that ends with them (the nearest one
 * before when two people share a surname, else the first after).
 */
import { title } from "../../word-lexicon.js";
import type { Doc, Entity, EntityMention, Word } from "../../document.js";
import { addEntity, attach } from "./entity-list.js";

export function mergePeople(doc: Doc, ents: Entity[], nameTokens: readonly [number, number][]): void {
  const { mentions, tokens } = doc;
  const byFull = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  mentions.forEach((m, mi) => {
    if (m.kind !== "person") return;
    const [s, e] = nameTokens[mi]!;
    if (e - s < 2) return;
    const key = foldRange(tokens, s, e);
    let ei = byFull.get(key);
    if (ei === undefined) {
      ei = addEntity(ents, m);
      byFull.set(key, ei);
      const last = tokens[e - 1]!.key;
      const list = bySurname.get(last) ?? [];
      list.push(ei);
      bySurname.set(last, list);
    }
    attach(ents, mentions, mi, ei);
  });
  // Lone surnames: the full name whose last word it is (nearest before, else first after).
  const lone = new Map<string, number>();
  mentions.forEach((m, mi) => {
    if (m.kind !== "person" || m.entity >= 0) return;
    const [s, e] = nameTokens[mi]!;
    const key = foldRange(tokens, s, e);
    const candidates = bySurname.get(tokens[e - 1]!.key);
    let ei: number | undefined;
    if (candidates && candidates.length === 1) ei = candidates[0];
    else if (candidates && candidates.length > 1) ei = nearest(candidates, ents, mentions, m.start);
    if (ei === undefined) {
      ei = lone.get(key);
      if (ei === undefined) {
        ei = addEntity(ents, m);
        lone.set(key, ei);
      }
    }
    attach(ents, mentions, mi, ei);
  });
}

/** The name part of a mention: its tokens without a leading title (« M. », « Mme »). */
export function nameRange(tokens: Word[], m: EntityMention): [number, number] {
  let s = m.tokStart;
  if (m.kind === "person") {
    while (s < m.tokEnd - 1 && (title(tokens[s]!) || tokens[s]!.text === ".")) s++;
  }
  return [s, m.tokEnd];
}

function foldRange(tokens: Word[], s: number, e: number): string {
  if (e <= s) return "";
  let key = tokens[s]!.key;
  for (let i = s + 1; i < e; i++) key += ` ${tokens[i]!.key}`;
  return key;
}

/** Of several entities, the one with a mention nearest before `at` (else the first). */
function nearest(candidates: number[], ents: Entity[], mentions: EntityMention[], at: number): number {
  let best = candidates[0]!;
  let bestPos = -1;
  for (const ei of candidates) {
    for (const mi of ents[ei]!.mentions) {
      const p = mentions[mi]!.start;
      if (p < at && p > bestPos) {
        bestPos = p;
        best = ei;
      }
    }
  }
  return best;
}
