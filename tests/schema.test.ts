import { describe, expect, test } from "vitest";
import { SCHEMA_VERSION } from "../src/core/types.js";
import type { Result } from "../src/core/types.js";
import { schema, validateRecord, validateResult } from "../src/schema.js";
import { checkResult } from "./helpers/validate.js";

// Code-point offset of `sub` in `text` (the emoji makes UTF-16 and code points differ).
function cp(text: string, sub: string): number {
  const i = text.indexOf(sub);
  if (i < 0) throw new Error(`${sub} not in text`);
  return [...text.slice(0, i)].length;
}

const TEXT = "Grève 🚆 à Vals\n\nLe maire Paul Roux a déclaré : « Nous tiendrons bon. » La CGT approuve.";
const Q = "Nous tiendrons bon.";

function valid(): Result {
  const qs = cp(TEXT, Q);
  const ps = cp(TEXT, "Paul Roux");
  const cs = cp(TEXT, "a déclaré");
  const os = cp(TEXT, "CGT");
  return {
    schema_version: SCHEMA_VERSION,
    source: { path: "a.txt", bytes: 99, sha256: "a".repeat(64) },
    language: { detected: "fra", pipeline: "fr" },
    title: "Grève 🚆 à Vals",
    quotes: [
      {
        id: "q1",
        text: Q,
        start: qs,
        end: qs + [...Q].length,
        kind: "full",
        multi_paragraph: false,
        speaker: { id: "p1", name: "Paul Roux", type: "person", roles: ["maire"], affiliations: [] },
        speaker_description: null,
        cue: { text: "a déclaré", lemma: "déclarer", start: cs, end: cs + 9 },
        channel: null,
        confidence: 0.9,
        rule: "colon",
      },
    ],
    speakers: [
      { id: "p1", name: "Paul Roux", type: "person", roles: ["maire"], affiliations: [], gender: "m", quote_ids: ["q1"] },
    ],
    people: [
      {
        id: "p1",
        name: "Paul Roux",
        roles: ["maire"],
        affiliations: [],
        gender: "m",
        gender_evidence: "agreement",
        mentions: [{ text: "Paul Roux", start: ps, end: ps + 9 }],
      },
    ],
    organizations: [
      { id: "o1", name: "CGT", type: "ngo", aliases: [], mentions: [{ text: "CGT", start: os, end: os + 3 }] },
    ],
    messages: [],
  };
}

describe("schema", () => {
  test("is draft 2020-12, documents code points, and pins the current schema_version", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(String(schema["description"])).toMatch(/code points/);
    const defs = schema["$defs"] as Record<string, { properties?: Record<string, unknown> }>;
    expect(defs["Result"]?.properties?.["schema_version"]).toMatchObject({ const: SCHEMA_VERSION });
  });

  test("every property carries a description", () => {
    const missing: string[] = [];
    const defs = schema["$defs"] as Record<string, { properties?: Record<string, Record<string, unknown>> }>;
    const visit = (where: string, props: Record<string, Record<string, unknown>> | undefined): void => {
      for (const [k, v] of Object.entries(props ?? {})) {
        const ref = typeof v["$ref"] === "string" ? defs[(v["$ref"] as string).split("/").pop()!] : undefined;
        if (!v["description"] && !(ref as { description?: string } | undefined)?.description) missing.push(`${where}.${k}`);
        visit(`${where}.${k}`, v["properties"] as Record<string, Record<string, unknown>> | undefined);
      }
    };
    for (const [name, def] of Object.entries(defs)) visit(name, def.properties);
    expect(missing).toEqual([]);
  });

  test("a hand-made valid Result passes the schema and the checker", () => {
    expect(validateResult(valid())).toEqual([]);
    expect(checkResult(TEXT, valid())).toEqual([]);
  });

  test("meta may hold anything", () => {
    expect(validateResult({ ...valid(), meta: { timing: 3, nested: { a: [1] } } })).toEqual([]);
  });

  test.each<[string, (r: Record<string, unknown> & Result) => void, RegExp]>([
    ["missing quotes", (r) => void delete (r as Partial<Result>).quotes, /^\/ must have required property 'quotes'/],
    ["unknown top-level field", (r) => void (r["extra"] = 1), /^\/ must NOT have additional properties: extra/],
    ["unknown quote field", (r) => void ((r.quotes[0] as unknown as Record<string, unknown>)["who"] = "x"), /^\/quotes\/0 .*additional properties: who/],
    ["bad kind", (r) => void ((r.quotes[0] as { kind: string }).kind = "indirect"), /^\/quotes\/0\/kind must be equal to one of the allowed values/],
    ["negative start", (r) => void (r.quotes[0]!.start = -1), /^\/quotes\/0\/start must be >= 0/],
    ["fractional end", (r) => void (r.quotes[0]!.end = 3.5), /^\/quotes\/0\/end must be integer/],
    ["confidence above 1", (r) => void (r.quotes[0]!.confidence = 2), /^\/quotes\/0\/confidence must be <= 1/],
    ["bad org type", (r) => void ((r.organizations[0] as { type: string }).type = "union"), /^\/organizations\/0\/type/],
    ["bad sha256", (r) => void (r.source.sha256 = "xyz"), /^\/source\/sha256 must match pattern/],
    ["old schema_version", (r) => void (r.schema_version = "0.9"), /^\/schema_version must be equal to constant: "1.0"/],
    ["bad person id", (r) => void (r.people[0]!.id = "x1"), /^\/people\/0\/id must match pattern/],
    ["bad pipeline", (r) => void ((r.language as { pipeline: string }).pipeline = "de"), /^\/language\/pipeline/],
  ])("rejects %s with a useful error", (_name, breakIt, expected) => {
    const r = valid() as Record<string, unknown> & Result;
    breakIt(r);
    const errors = validateResult(r);
    expect(errors.some((e) => expected.test(e)), errors.join("\n")).toBe(true);
  });

  test("batch records: a Result or an ErrorRecord", () => {
    expect(validateRecord(valid())).toEqual([]);
    expect(validateRecord({ source: { path: "x.txt" }, error: { code: "not-found", message: "no such file" } })).toEqual([]);
    expect(validateRecord({ source: { path: "x.txt" }, error: { code: "not-found" } })).toEqual([
      "/error must have required property 'message'",
    ]);
  });
});

describe("checkResult", () => {
  test.each<[string, (r: Result) => void, RegExp]>([
    ["a quote range off by one", (r) => void (r.quotes[0]!.start += 1), /quotes\[0\] \(q1\): text "Nous tiendrons bon\." but the range holds/],
    ["UTF-16 offsets instead of code points", (r) => {
      const i = TEXT.indexOf(Q);
      r.quotes[0]!.start = i;
      r.quotes[0]!.end = i + Q.length;
    }, /quotes\[0\].*but the range holds/],
    ["a range past the end", (r) => void (r.people[0]!.mentions[0]!.end = 10_000), /people\[0\].*mentions\[0\]: bad range/],
    ["a cue that does not match", (r) => void (r.quotes[0]!.cue!.text = "a dit"), /quotes\[0\] \(q1\)\.cue: text "a dit"/],
    ["a speaker id that does not exist", (r) => void (r.quotes[0]!.speaker!.id = "p7"), /quotes\[0\] \(q1\)\.speaker: person id p7 is not in people/],
    ["a speaker typed as the wrong kind", (r) => void (r.speakers[0]!.type = "organization"), /speakers\[0\] \(Paul Roux\): organization id p1 is not in organizations/],
    ["a quote_id that does not exist", (r) => void r.speakers[0]!.quote_ids.push("q9"), /quote id q9 does not exist/],
    ["duplicate quote ids", (r) => void r.quotes.push({ ...r.quotes[0]! }), /quotes: duplicate id q1/],
    ["quotes out of order", (r) => void r.quotes.push({ ...r.quotes[0]!, id: "q2", start: 0, end: 5, text: "Grève", speaker: null }), /quotes\[1\] \(q2\): starts at 0, before the previous quote/],
  ])("reports %s", (_name, breakIt, expected) => {
    const r = valid();
    breakIt(r);
    const errors = checkResult(TEXT, r);
    expect(errors.some((e) => expected.test(e)), errors.join("\n")).toBe(true);
  });
});
