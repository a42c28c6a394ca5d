/**
 * Turn the working document into the output contract: ids in order of appearance (q1, p1, o1),
 * speakers with their quote ids, and offsets converted from UTF-16 to code points.
 * Deterministic: the same document always gives the same result, key order included.
 */
import type { Doc, Entity } from "../document.js";
import { codePointIndex, minOf } from "../offsets.js";
import { byKey } from "../order.js";
import type { Mention, Organization, Person, Quote, Result, Speaker, SpeakerRef } from "../types.js";

export type Assembled = Pick<Result, "title" | "quotes" | "speakers" | "people" | "organizations" | "messages">;

export function assemble(doc: Doc): Assembled {
  const at = codePointIndex(doc.text);
  const ids = new Map<number, string>();
  const people: Person[] = [];
  const organizations: Organization[] = [];

  // Entities ordered by first mention so ids follow the text.
  const order = doc.entities
    .map((e, i) => ({ e, i, first: minOf(e.mentions.map((m) => doc.mentions[m]!.start)) }))
    .filter((x) => x.e.mentions.length > 0)
    .sort((a, b) => a.first - b.first || a.i - b.i);
  for (const { e, i } of order) {
    const mentions: Mention[] = byKey(
      e.mentions.map((m) => doc.mentions[m]!),
      (m) => m.start,
    ).map((m) => ({ text: m.text, start: at(m.start), end: at(m.end) }));
    if (e.kind === "person") {
      const id = `p${people.length + 1}`;
      ids.set(i, id);
      people.push({
        id,
        name: e.name,
        roles: [...e.roles],
        affiliations: [...e.affiliations],
        gender: e.gender,
        gender_evidence: e.gender ? e.genderEvidence : null,
        mentions,
      });
    } else {
      const id = `o${organizations.length + 1}`;
      ids.set(i, id);
      const aliases = [...e.aliases].filter((a) => a !== e.name).sort();
      const type = e.orgType ?? "other";
      // Key order: id, name, canonical (when there is one), type, aliases, mentions.
      organizations.push(
        e.canonical === undefined
          ? { id, name: e.name, type, aliases, mentions }
          : { id, name: e.name, canonical: e.canonical, type, aliases, mentions },
      );
    }
  }

  const speakers = new Map<number, Speaker>();
  const quotes: Quote[] = doc.quotes.map((q, qi) => {
    const attribution = doc.attributions[qi] ?? null;
    const resolved = doc.resolved[qi];
    const entityIndex = resolved?.entity ?? null;
    const entity = entityIndex === null ? undefined : doc.entities[entityIndex];
    const id = `q${qi + 1}`;
    let speaker: SpeakerRef | null = null;
    if (entity && entityIndex !== null && ids.has(entityIndex)) {
      speaker = speakerRef(ids.get(entityIndex)!, entity);
      let s = speakers.get(entityIndex);
      if (!s) {
        const ref = speakerRef(ids.get(entityIndex)!, entity);
        s = { id: ref.id, name: ref.name, type: ref.type, roles: ref.roles, affiliations: ref.affiliations, gender: entity.kind === "person" ? entity.gender : null, quote_ids: [] };
        speakers.set(entityIndex, s);
      }
      s.quote_ids.push(id);
    }
    return {
      id,
      text: doc.text.slice(q.start, q.end),
      start: at(q.start),
      end: at(q.end),
      kind: q.kind,
      multi_paragraph: q.multiParagraph,
      speaker,
      speaker_description: speaker ? null : (resolved?.description ?? null),
      cue:
        attribution && attribution.cueEnd > attribution.cueStart
          ? {
              text: doc.text.slice(attribution.cueStart, attribution.cueEnd),
              lemma: attribution.cueLemma,
              start: at(attribution.cueStart),
              end: at(attribution.cueEnd),
            }
          : null,
      channel: attribution?.channel ?? null,
      confidence: round(attribution ? (speaker || resolved?.description ? attribution.confidence : Math.min(attribution.confidence, 0.3)) : 0),
      rule: attribution?.rule ?? "none",
    };
  });

  const speakerList = [...speakers.values()].sort((a, b) => idOrder(a.id) - idOrder(b.id));
  return {
    title: doc.title,
    quotes,
    speakers: speakerList,
    people,
    organizations,
    messages: doc.messages
      .map((m) => ({ ...m, start: at(m.start), end: at(m.end) }))
      .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule)),
  };
}

function speakerRef(id: string, e: Entity): SpeakerRef {
  return { id, name: e.name, type: e.kind, roles: [...e.roles], affiliations: [...e.affiliations] };
}

/** p3 before o1: people first, then organizations, each by number. */
function idOrder(id: string): number {
  return (id.startsWith("p") ? 0 : 1e9) + Number(id.slice(1));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
