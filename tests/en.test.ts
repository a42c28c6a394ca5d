import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractEnglish } from "../src/en/index.js";
import { extract } from "../src/extract.js";

const root = join(import.meta.dirname, "..");
const fixturesDir = join(root, "fixtures/en");
const fixtures = readdirSync(fixturesDir).sort();

interface Expected {
  quotes: { text: string; speaker: string | null; kind: string; multi_paragraph?: boolean; speaker_description?: string }[];
  people: { name: string }[];
  organizations: { name: string; type: string }[];
}

function slice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join("");
}

describe("English fixtures", () => {
  test("there are at least ten", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  test.each(fixtures)("%s", (name) => {
    const text = readFileSync(join(fixturesDir, name, "article.txt"), "utf8");
    const expected = JSON.parse(readFileSync(join(fixturesDir, name, "expected.json"), "utf8")) as Expected;
    // Through the library entry, as `parole` runs it (the project lexicon's organizations included).
    const r = extract(text, { lang: "en" });
    expect(r.language.pipeline).toBe("en");
    expect(
      r.quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, kind: q.kind, multi: q.multi_paragraph })),
    ).toEqual(
      expected.quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind, multi: q.multi_paragraph === true })),
    );
    for (const [i, q] of expected.quotes.entries()) {
      if (q.speaker === null) expect(r.quotes[i]?.speaker_description).toBe(q.speaker_description);
    }
    expect(r.people.map((p) => p.name).sort()).toEqual(expected.people.map((p) => p.name).sort());
    expect(r.organizations.map((o) => `${o.name}/${o.type}`).sort()).toEqual(
      expected.organizations.map((o) => `${o.name}/${o.type}`).sort(),
    );
    // speakers[] lists exactly the quoted entities, with their quote ids.
    const quoted = new Set(r.quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker.id])));
    expect(new Set(r.speakers.map((s) => s.id))).toEqual(quoted);
    for (const s of r.speakers) {
      expect(s.quote_ids).toEqual(r.quotes.filter((q) => q.speaker?.id === s.id).map((q) => q.id));
    }
    // Every range gives back its text, in code points.
    for (const q of r.quotes) {
      expect(slice(text, q.start, q.end)).toBe(q.text);
      if (q.cue !== null) expect(slice(text, q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
    for (const e of [...r.people, ...r.organizations]) {
      for (const m of e.mentions) expect(slice(text, m.start, m.end)).toBe(m.text);
    }
  });
});

describe("attribution details", () => {
  const cases: { name: string; text: string; quote: number; field: "channel" | "rule" | "cue"; want: string | null }[] = [
    { name: "told a news agency", text: "“Sales will fall,” chief executive Paul Dorsey told Reuters.", quote: 0, field: "channel", want: "Reuters" },
    { name: "in a statement", text: "“We disagree,” Halvern Foods Inc. said in a statement.", quote: 0, field: "channel", want: "in a statement" },
    { name: "wrote on X", text: "Nina Petrova posted late at night.\n\n“Never again,” Petrova wrote on X.", quote: 0, field: "channel", want: "on X" },
    { name: "inverted", text: "“It rained all week,” said farmer Owen Tully.", quote: 0, field: "rule", want: "inverted" },
    { name: "pronoun incise", text: "Judge Rosa Ibarra left the court early.\n\n“The hearing is over,” she said.", quote: 0, field: "rule", want: "incise-pronoun" },
    { name: "according to", text: "According to Kevin Marr, “nobody saw it coming.”", quote: 0, field: "cue", want: "according to" },
    { name: "as X put it", text: "The deal was “a rescue in all but name,” as the Daily Chronicle put it.", quote: 0, field: "cue", want: "put it" },
  ];
  test.each(cases)("$name", ({ text, quote, field, want }) => {
    const q = extractEnglish(text).quotes[quote];
    expect(q).toBeDefined();
    const got = field === "cue" ? (q?.cue?.lemma ?? null) : (q?.[field] ?? null);
    expect(got).toBe(want);
  });

  test("the company said goes to the last company named", () => {
    const r = extractEnglish("Brightwater Energy Corp. cut 300 jobs.\n\n“The market has changed,” the company said.");
    expect(r.quotes[0]?.speaker?.name).toBe("Brightwater Energy Corp.");
    expect(r.quotes[0]?.speaker?.type).toBe("organization");
  });

  test("a term after 'called' is not a quote", () => {
    const r = extractEnglish("Lena Ford runs a program called “Second Chance” in Denver.");
    expect(r.quotes).toEqual([]);
  });

  test("an unclosed quote ends with its paragraph and is reported", () => {
    const r = extractEnglish("“We will rebuild,” Mayor Ellen Shaw said. “Every house\n\nThe storm passed.");
    expect(r.quotes.map((q) => q.text)).toEqual(["We will rebuild,", "Every house"]);
    expect(r.messages.some((m) => m.rule === "en-unclosed-quote")).toBe(true);
  });
});

test("generated English lexicons are up to date", () => {
  expect(() => execFileSync("node", [join(root, "scripts/build-en-lexicons.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
});
