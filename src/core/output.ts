/**
 * The one place both pipelines (French stages, English src/en) turn what they found into the
 * output contract: entity ids in order of first mention (p1…, o1…), mentions in text order,
 * quotes with their speaker reference, speakers with their quote ids, and every offset
 * converted from UTF-16 to code points. Each pipeline maps its own records to the neutral
 * shapes below; nothing here knows a language.
 */
import { codePointIndex } from "./offsets.js";
import { byKey } from "./order.js";
import type { QuoteRule } from "./rules.js";
import type { EntityType, Gender, Message, Mention, Organization, OrgType, Person, Quote, QuoteKind, Result, Speaker, SpeakerRef } from "./types.js";

/** What a pipeline returns: the language-dependent part of a `Result`. */
export type Assembled = Pick<Result, "title" | "quotes" | "speakers" | "people" | "organizations" | "messages">;

/** A half-open UTF-16 range into the text. */
export interface Range16 {
  start: number;
  end: number;
  /** The text of the range when the pipeline has it already (else it is sliced here). */
  text?: string;
}

/** A person or organization as a pipeline found it; entities without mentions are dropped. */
export interface FoundEntity {
  kind: EntityType;
  name: string;
  /** Organizations: a word list's other name for the same body. */
  canonical?: string;
  /** Organizations: their type ("other" when unset). */
  orgType?: OrgType;
  /** Organizations: other written forms, in output order. */
  aliases?: readonly string[];
  roles: readonly string[];
  affiliations: readonly string[];
  gender: Gender | null;
  genderEvidence: string | null;
  /** UTF-16 ranges of the mentions, any order. */
  mentions: readonly Range16[];
}

/** A quote as a pipeline attributed it. */
export interface FoundQuote extends Range16 {
  kind: QuoteKind;
  multiParagraph: boolean;
  /** Index into the entities, or null. */
  speaker: number | null;
  /** How the article describes an unnamed speaker. */
  description: string | null;
  cue: (Range16 & { lemma: string }) | null;
  channel: string | null;
  confidence: number;
  rule: QuoteRule;
}

/** A message with UTF-16 offsets. */
export type FoundMessage = Omit<Message, "start" | "end"> & Range16;

/**
 * Build the output shapes: entities ordered by first mention (ties: input order) and numbered
 * per list; `speakers` ordered as their ids (people, then organizations); messages in the
 * order given.
 */
export function buildOutput(
  text: string,
  entities: readonly FoundEntity[],
  quotes: readonly FoundQuote[],
  title: string | null,
  messages: readonly FoundMessage[],
): Assembled {
  const cp = codePointIndex(text);
  const ids = new Map<number, string>();
  const people: Person[] = [];
  const organizations: Organization[] = [];
  // Entities nearly always come in order of first mention, and byKey is stable (ties keep
  // input order): it checks the order before it sorts, and no array of starts is built.
  const order: { e: FoundEntity; i: number; first: number }[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.mentions.length > 0) order.push({ e, i, first: firstStart(e.mentions) });
  }
  byKey(order, (x) => x.first);
  for (const { e, i } of order) {
    // Mentions nearly always come in text order: copied (to sort) only when they do not.
    const sorted = isSorted(e.mentions) ? e.mentions : byKey([...e.mentions], (m) => m.start);
    const mentions: Mention[] = sorted.map((m) => ({ text: m.text ?? text.slice(m.start, m.end), start: cp(m.start), end: cp(m.end) }));
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
      const type = e.orgType ?? "other";
      const aliases = [...(e.aliases ?? [])];
      // Key order: id, name, canonical (when there is one), type, aliases, mentions.
      organizations.push(
        e.canonical === undefined
          ? { id, name: e.name, type, aliases, mentions }
          : { id, name: e.name, canonical: e.canonical, type, aliases, mentions },
      );
    }
  }

  const speakers = new Map<number, Speaker>();
  const out: Quote[] = quotes.map((q, qi) => {
    const id = `q${qi + 1}`;
    const e = q.speaker === null ? undefined : entities[q.speaker];
    const eid = q.speaker === null ? undefined : ids.get(q.speaker);
    let speaker: SpeakerRef | null = null;
    if (e !== undefined && eid !== undefined && q.speaker !== null) {
      speaker = ref(eid, e);
      let s = speakers.get(q.speaker);
      if (!s) {
        // Fields written out (a spread copies the reference built just above key by key).
        s = { id: speaker.id, name: speaker.name, type: speaker.type, roles: [...e.roles], affiliations: [...e.affiliations], gender: e.kind === "person" ? e.gender : null, quote_ids: [] };
        speakers.set(q.speaker, s);
      }
      s.quote_ids.push(id);
    }
    return {
      id,
      text: text.slice(q.start, q.end),
      start: cp(q.start),
      end: cp(q.end),
      kind: q.kind,
      multi_paragraph: q.multiParagraph,
      speaker,
      speaker_description: speaker ? null : q.description,
      cue: q.cue === null ? null : { text: text.slice(q.cue.start, q.cue.end), lemma: q.cue.lemma, start: cp(q.cue.start), end: cp(q.cue.end) },
      channel: q.channel,
      confidence: Math.round(q.confidence * 100) / 100,
      rule: q.rule,
    };
  });

  return {
    title,
    quotes: out,
    speakers: [...speakers.values()].sort((a, b) => idOrder(a.id) - idOrder(b.id)),
    people,
    organizations,
    messages: messages.map((m) => ({ ...m, start: cp(m.start), end: cp(m.end) })),
  };
}

/** The smallest start of non-empty `mentions`. */
function firstStart(mentions: readonly Range16[]): number {
  let min = mentions[0]!.start;
  for (let k = 1; k < mentions.length; k++) if (mentions[k]!.start < min) min = mentions[k]!.start;
  return min;
}

/** Starts in order (ties allowed): what a stable sort by start would leave as it is. */
function isSorted(mentions: readonly Range16[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1]!.start > mentions[k]!.start) return false;
  return true;
}

function ref(id: string, e: FoundEntity): SpeakerRef {
  return e.kind === "person"
    ? { id, name: e.name, type: "person", roles: [...e.roles], affiliations: [...e.affiliations] }
    : { id, name: e.name, type: "organization", roles: [...e.roles], affiliations: [...e.affiliations] };
}

/** p3 before o1: people first, then organizations, each by number. */
function idOrder(id: string): number {
  return (id.startsWith("p") ? 0 : 1e9) + Number(id.slice(1));
}
