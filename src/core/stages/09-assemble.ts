/**
 * Turn the working document into the output contract through the shared builder (../output.ts,
 * which the English pipeline uses too): the French records mapped to its neutral shapes.
 * Deterministic: the same document always gives the same result, key order included.
 */
import type { Doc } from "../document.js";
import { buildOutput, type Assembled, type FoundEntity, type FoundQuote } from "../output.js";

export type { Assembled };

export function assemble(doc: Doc): Assembled {
  const entities: FoundEntity[] = doc.entities.map((e) => {
    const found: FoundEntity = {
      kind: e.kind,
      name: e.name,
      roles: e.roles,
      affiliations: e.affiliations,
      gender: e.gender,
      genderEvidence: e.genderEvidence,
      mentions: e.mentions.map((mi) => doc.mentions[mi]!),
    };
    if (e.kind === "organization") {
      found.orgType = e.orgType ?? "other";
      found.aliases = [...e.aliases].filter((a) => a !== e.name).sort();
      if (e.canonical !== undefined) found.canonical = e.canonical;
    }
    return found;
  });
  const quotes: FoundQuote[] = doc.quotes.map((q, qi) => {
    const attribution = doc.attributions[qi] ?? null;
    const resolved = doc.resolved[qi];
    const speaker = resolved?.entity ?? null;
    const described = resolved?.description ?? null;
    const named = speaker !== null && (doc.entities[speaker]?.mentions.length ?? 0) > 0;
    return {
      start: q.start,
      end: q.end,
      kind: q.kind,
      multiParagraph: q.multiParagraph,
      speaker: named ? speaker : null,
      description: described,
      cue: attribution && attribution.cueEnd > attribution.cueStart ? { start: attribution.cueStart, end: attribution.cueEnd, lemma: attribution.cueLemma } : null,
      channel: attribution?.channel ?? null,
      // An attribution that named no one is only as sure as a guess.
      confidence: attribution ? (named || described ? attribution.confidence : Math.min(attribution.confidence, 0.3)) : 0,
      rule: attribution?.rule ?? "none",
    };
  });
  const messages = [...doc.messages].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return buildOutput(doc.text, entities, quotes, doc.title, messages);
}
