/**
 * The shared output builder (core/output.ts) both pipelines end with: ids, offsets, speakers.
 */
import { describe, expect, test } from "vitest";
import { buildOutput, type FoundEntity, type FoundQuote } from "../src/core/output.js";
import { extract } from "../src/extract.js";

const person = (name: string, mentions: [number, number][]): FoundEntity => ({
  kind: "person", name, roles: [], affiliations: [], gender: null, genderEvidence: null,
  mentions: mentions.map(([start, end]) => ({ start, end })),
});
const org = (name: string, mentions: [number, number][], canonical?: string): FoundEntity => ({
  ...person(name, mentions), kind: "organization", orgType: "company", aliases: [], ...(canonical ? { canonical } : {}),
});
const quote = (start: number, end: number, speaker: number | null): FoundQuote => ({
  start, end, kind: "full", multiParagraph: false, speaker, description: null, cue: null, channel: null, confidence: 0.876, rule: "incise",
});

describe("buildOutput", () => {
  // "😀 " puts one astral character (two UTF-16 units) before everything.
  const text = "😀 Fortal « Oui » Léa Morel « Non » Kalio";
  const at = (s: string): number => text.indexOf(s);
  const entities = [
    org("Kalio", [[at("Kalio"), at("Kalio") + 5]]),
    person("Léa Morel", [[at("Léa"), at("Léa") + 9]]),
    org("Fortal", [[at("Fortal"), at("Fortal") + 6]], "Fortal Industries"),
    person("Nobody", []),
  ];
  const quotes = [quote(at("Oui"), at("Oui") + 3, 0), quote(at("Non"), at("Non") + 3, 1), quote(at("Oui"), at("Oui") + 3, 3)];
  const r = buildOutput(text, entities, quotes, null, []);

  test("ids by first mention, per list; entities without mentions dropped", () => {
    expect(r.organizations.map((o) => [o.id, o.name])).toEqual([["o1", "Fortal"], ["o2", "Kalio"]]);
    expect(r.people.map((p) => [p.id, p.name])).toEqual([["p1", "Léa Morel"]]);
  });

  test("offsets in code points; canonical only when given, after the name", () => {
    expect(r.people[0]!.mentions[0]).toEqual({ text: "Léa Morel", start: at("Léa") - 1, end: at("Léa") + 8 });
    expect(Object.keys(r.organizations[0]!)).toEqual(["id", "name", "canonical", "type", "aliases", "mentions"]);
    expect(Object.keys(r.organizations[1]!)).toEqual(["id", "name", "type", "aliases", "mentions"]);
  });

  test("speakers: people first, then organizations, by id; a dropped entity speaks for no one", () => {
    expect(r.speakers.map((s) => [s.id, s.quote_ids])).toEqual([["p1", ["q2"]], ["o2", ["q1"]]]);
    expect(r.quotes.map((q) => [q.speaker?.id ?? null, q.confidence])).toEqual([["o2", 0.88], ["p1", 0.88], [null, 0.88]]);
  });
});

describe("both pipelines order speakers the same way", () => {
  // The organization speaks first; speakers[] still lists the person (p1) before it (o1).
  test.each([
    ["fr", "« Nous signerons », a annoncé Lactalis mardi. « Moi aussi », a dit Léa Morel.\n"],
    ["en", "\"We will sign,\" the company Fortal Inc. said on Monday. \"So will I,\" said Lea Morel, who runs the plant.\n"],
  ] as const)("%s", (lang, text) => {
    const r = extract(text, { lang });
    expect(r.quotes.map((q) => q.speaker?.id)).toEqual(["o1", "p1"]);
    expect(r.speakers.map((s) => s.id)).toEqual(["p1", "o1"]);
  });
});
