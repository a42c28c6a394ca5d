import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { Organization, Person, Quote, QuoteRule, Result } from "../src/core/types.js";
import { aggregate, prf } from "../src/eval/aggregate.js";
import { GoldError, parseGold } from "../src/eval/gold.js";
import type { Gold } from "../src/eval/gold.js";
import { isTrailingPart, matchEntities, normaliseText, rangesMatch, sameName, sameSpeaker } from "../src/eval/match.js";
import { formatText } from "../src/eval/report.js";
import { runEval } from "../src/eval/run.js";
import { affiliationNamed, scoreArticle } from "../src/eval/score.js";

// --- builders for synthetic results -------------------------------------------------------

interface Q {
  /** A substring of the text: the predicted quote's range. */
  at: string;
  /** Which occurrence of `at` (0 = first). */
  nth?: number;
  speaker?: string | null;
  speakerType?: "person" | "organization";
  speakerId?: string;
  multi?: boolean;
  rule?: QuoteRule;
  confidence?: number;
}

function cpOffset(text: string, sub: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(sub, i + 1);
    if (i < 0) throw new Error(`"${sub}" #${nth} not in text`);
  }
  return [...text.slice(0, i)].length;
}

function result(text: string, quotes: Q[], people: string[] = [], orgs: Partial<Organization>[] = []): Result {
  return {
    schema_version: "1.0",
    source: { path: null, bytes: 0, sha256: "" },
    language: { detected: "fra", pipeline: "fr" },
    title: null,
    quotes: quotes.map((q, i): Quote => {
      const start = cpOffset(text, q.at, q.nth);
      return {
        id: `q${i + 1}`,
        text: q.at,
        start,
        end: start + [...q.at].length,
        kind: "full",
        multi_paragraph: q.multi ?? false,
        speaker:
          q.speaker == null
            ? null
            : { id: q.speakerId ?? "p1", name: q.speaker, type: q.speakerType ?? "person", roles: [], affiliations: [] },
        speaker_description: null,
        cue: null,
        channel: null,
        confidence: q.confidence ?? 1,
        rule: q.rule ?? "colon",
      };
    }),
    speakers: [],
    people: people.map((name, i): Person => ({
      id: `p${i + 1}`,
      name,
      roles: [],
      affiliations: [],
      gender: null,
      gender_evidence: null,
      mentions: [],
    })),
    organizations: orgs.map((o, i): Organization => ({
      id: `o${i + 1}`,
      name: o.name ?? "",
      type: o.type ?? "company",
      aliases: o.aliases ?? [],
      mentions: [],
    })),
    messages: [],
  };
}

function gold(partial: Partial<Gold>): Gold {
  return { id: "t", lang: "fr", quotes: [], people: [], organizations: [], tags: [], ...partial };
}

function gq(text: string, speaker: string | null, speaker_type: "person" | "organization" | null = speaker ? "person" : null) {
  return { text, speaker, speaker_type, kind: "full" as const };
}

// --- matching rules -------------------------------------------------------------------------

describe("quote overlap threshold (50% of the longer, normalised)", () => {
  const text = "« abcdefghij » et « Il l’a dit  ici » fin";
  const t = normaliseText(text);
  const g = { start: 2, end: 12 };
  test.each([
    ["identical", { start: 2, end: 12 }, true],
    ["half of the longer exactly", { start: 2, end: 7 }, true],
    ["just under half", { start: 2, end: 6 }, false],
    ["longer prediction, gold is half of it", { start: 2, end: 22 }, true],
    ["longer prediction, gold under half", { start: 2, end: 23 }, false],
    ["disjoint", { start: 13, end: 20 }, false],
  ])("%s", (_n, p, expected) => {
    expect(rangesMatch(g, p)).toBe(expected);
  });

  test("white space runs count once and ’ equals '", () => {
    expect(t.norm).toContain("Il l'a dit ici");
    const s = scoreArticle(text, result(text, [{ at: "Il l’a dit  ici" }]), gold({ quotes: [gq("Il l'a dit ici", null)] }));
    expect(s.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("quote matching", () => {
  const text = "« Oui. » dit A. Puis « Non, jamais de la vie. » dit B. Puis « Oui. » redit A.";

  test("repeated gold texts take successive occurrences; ranges, not texts, are compared", () => {
    const g = gold({ quotes: [gq("Oui.", "A"), gq("Non, jamais de la vie.", "B"), gq("Oui.", "A")] });
    // Only the second « Oui. » is predicted: it must match the third gold quote, not the first.
    const s = scoreArticle(text, result(text, [{ at: "Oui.", nth: 1, speaker: "A" }]), g);
    expect(s.matches.map((m) => [m.gold, m.predicted])).toEqual([[2, 0]]);
    expect(s.missedQuotes.map((q) => q.index)).toEqual([0, 1]);
  });

  test("one-to-one: two predictions over one gold quote give one match and one invention", () => {
    const g = gold({ quotes: [gq("Non, jamais de la vie.", "B")] });
    const r = result(text, [{ at: "Non, jamais de la vie", speaker: "B" }, { at: "Non, jamais de la vie.", speaker: "B" }]);
    const s = scoreArticle(text, r, g);
    expect(s.quotes).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.matches[0]!.predicted).toBe(1); // the larger overlap wins
  });

  test("a multi-paragraph prediction is compared by its first paragraph", () => {
    const long = "Premier paragraphe, bien long, très long même.\n\n« Second paragraphe encore plus long que le premier, vraiment bien plus long.";
    const mtext = `Il dit : « ${long} »`;
    const g = gold({ quotes: [{ ...gq("Premier paragraphe, bien long, très long même.", "A"), multi_paragraph: true }] });
    expect(scoreArticle(mtext, result(mtext, [{ at: long, speaker: "A", multi: true }]), g).quotes.tp).toBe(1);
    // Without the flag the whole range counts, and the gold part is under half of it.
    expect(scoreArticle(mtext, result(mtext, [{ at: long, speaker: "A" }]), g).quotes.tp).toBe(0);
  });

  test("a gold quote missing from the article is reported as a gold problem", () => {
    const s = scoreArticle(text, result(text, []), gold({ quotes: [gq("absent", null)] }));
    expect(s.warnings[0]).toMatch(/gold quote 1 is not in the article/);
    expect(s.quotes.fn).toBe(1);
  });
});

describe("speaker rules", () => {
  test.each<[string, string | null, string | null, string[], string[], boolean]>([
    ["both null", null, null, [], [], true],
    ["gold null, predicted named", null, "Paul Roux", [], [], false],
    ["gold named, predicted null", "Paul Roux", null, [], [], false],
    ["equal", "Paul Roux", "Paul Roux", [], [], true],
    ["case and accents", "Hélène Écoffier", "helene ecoffier", [], [], true],
    ["surname only", "Claire Lavergne", "Lavergne", [], [], true],
    ["surname with particle", "Kim van Sparren", "van Sparren", [], [], true],
    ["first name only is not the surname", "Claire Lavergne", "Claire", [], [], false],
    ["other person with the same first name", "Claire Lavergne", "Claire Roux", [], [], false],
    ["predicted is an alias of the gold organization", "Société nationale des chemins de fer", "SNCF", ["SNCF"], [], true],
    ["gold is an alias of the predicted organization", "SNCF", "Société nationale des chemins de fer", [], ["SNCF"], true],
    ["unrelated organization", "SNCF", "RATP", [], [], false],
  ])("%s", (_n, g, p, gForms, pForms, expected) => {
    expect(sameSpeaker(g, p, gForms, pForms)).toBe(expected);
  });

  test("trailing part is symmetric", () => {
    expect(isTrailingPart("Lavergne", "Claire Lavergne")).toBe(true);
    expect(isTrailingPart("Claire Lavergne", "Lavergne")).toBe(true);
    expect(isTrailingPart("", "Lavergne")).toBe(false);
  });

  test("scoreArticle uses gold and predicted aliases", () => {
    const text = "« On ne cède pas », dit la SNCF.";
    const g = gold({
      quotes: [gq("On ne cède pas", "Société nationale des chemins de fer", "organization")],
      organizations: [{ name: "Société nationale des chemins de fer", type: "company", aliases: ["SNCF"] }],
    });
    const r = result(text, [{ at: "On ne cède pas", speaker: "SNCF", speakerType: "organization", speakerId: "o1" }], [], [
      { name: "SNCF", type: "company" },
    ]);
    const s = scoreArticle(text, r, g);
    expect(s.speakerRight).toBe(1);
    expect(s.organizations).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("gender", () => {
  test("counted on matched people whose gold gender is given; a missing guess is wrong", () => {
    const text = "Anne Roux et Paul Girard et Lou Vidal.";
    const g = gold({
      people: [
        { name: "Anne Roux", roles: [], affiliations: [], gender: "f" },
        { name: "Paul Girard", roles: [], affiliations: [], gender: "m" },
        { name: "Lou Vidal", roles: [], affiliations: [], gender: null },
      ],
    });
    const r = result(text, [], ["Anne Roux", "Paul Girard", "Lou Vidal"]);
    r.people[0]!.gender = "f";
    const s = scoreArticle(text, r, g);
    expect([s.genderKnown, s.genderRight]).toEqual([2, 1]);
    expect(s.wrongGenders).toEqual([{ name: "Paul Girard", gold: "m", predicted: null }]);
  });
});

describe("affiliation right", () => {
  test.each<[string, string, string, boolean]>([
    ["equal", "Fortal", "Fortal", true],
    ["case, accents, apostrophe", "Société d’Études", "societe d'etudes", true],
    ["shorter form ending the same", "groupe Fortal", "Fortal", true],
    ["shorter form ending differently", "Fortal Énergie", "Fortal", false],
    ["honorific dropped", "M. Paul Roux", "Paul Roux", true],
    ["unrelated", "Fortal", "Kalio", false],
    ["empty", "", "Fortal", false],
  ])("sameName: %s", (_n, a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
    expect(sameName(b, a)).toBe(expected);
  });

  const goldOrgs = [{ name: "Union des travailleurs du rail", aliases: ["UTR"] }];
  const predOrgs = [{ name: "Kalio Robotics", aliases: ["Kalio"] }];
  test.each<[string, string[], string[], boolean]>([
    ["same name", ["Kalio Robotics"], ["Kalio Robotics"], true],
    ["predicted alias of its organization", ["Kalio"], ["Kalio Robotics"], true],
    ["predicted short form names the organization", ["Kalio Robotics"], ["Kalio"], true],
    ["gold alias", ["Union des travailleurs du rail"], ["UTR"], true],
    ["one of several", ["Mairie de Vallon", "UTR"], ["Parti du Centre", "UTR"], true],
    ["another organization", ["UTR"], ["Kalio Robotics"], false],
    ["none predicted", ["UTR"], [], false],
  ])("%s", (_n, g, p, expected) => {
    expect(affiliationNamed(g, p, goldOrgs, predOrgs)).toBe(expected);
  });

  test("counted on matched people whose gold lists an affiliation; misses are listed", () => {
    const text = "Anne Roux, Paul Girard et Lou Vidal.";
    const g = gold({
      people: [
        { name: "Anne Roux", roles: [], affiliations: ["Kalio Robotics"] },
        { name: "Paul Girard", roles: [], affiliations: ["UTR"] },
        { name: "Lou Vidal", roles: [], affiliations: [] },
        { name: "Nina Bel", roles: [], affiliations: ["UTR"] },
      ],
    });
    const r = result(text, [], ["Anne Roux", "Paul Girard", "Lou Vidal"], [{ name: "Kalio Robotics", aliases: ["Kalio"] }]);
    r.people[0]!.affiliations = ["Kalio"];
    r.people[1]!.affiliations = ["Kalio"];
    r.people[2]!.affiliations = ["UTR"];
    const s = scoreArticle(text, r, g);
    expect([s.affiliationKnown, s.affiliationRight]).toEqual([2, 1]);
    expect(s.wrongAffiliations).toEqual([{ name: "Paul Girard", gold: ["UTR"], predicted: ["Kalio"] }]);
    const sum = aggregate([s]);
    expect(sum.affiliationRight).toEqual({ n: 1, of: 2, value: 0.5 });
    expect(formatText(sum, [s], true)).toContain("  wrong affiliation: Paul Girard: gold UTR, predicted Kalio");
    expect(formatText(sum, [s])).toContain("affiliation right (of matched people with a gold affiliation): 0.50 (1/2)");
  });
});

describe("null speakers, rules and confidence bands", () => {
  const text = "« Un. » « Deux. » « Trois. » « Quatre. » « Cinq. » « Six. »";
  const g = gold({
    quotes: [gq("Un.", "Paul Roux"), gq("Deux.", "Paul Roux"), gq("Trois.", null), gq("Quatre.", "Anne Roy"), gq("Cinq.", "Anne Roy"), gq("Six.", "Anne Roy")],
  });
  const r = result(text, [
    { at: "Un.", speaker: "Paul Roux", rule: "incise", confidence: 0.95 },
    { at: "Deux.", speaker: "Anne Roy", rule: "incise", confidence: 0.9 },
    { at: "Trois.", speaker: null, rule: "none", confidence: 0 },
    { at: "Quatre.", speaker: null, rule: "none", confidence: 0 },
    { at: "Cinq.", speaker: "Anne Roy", rule: "running", confidence: 0.7 },
    { at: "Six.", speaker: "Anne Roy", rule: "running", confidence: 0.6 },
  ]);
  const s = scoreArticle(text, r, g);
  const sum = aggregate([s]);

  test("null speakers of matched quotes, predicted and gold", () => {
    expect([s.nullPredicted, s.nullGold]).toEqual([2, 1]);
    expect(sum.nullSpeakers.predicted).toEqual({ n: 2, of: 6, value: 2 / 6 });
    expect(sum.nullSpeakers.gold).toEqual({ n: 1, of: 6, value: 1 / 6 });
  });

  test("per rule: count and speaker precision, most frequent first", () => {
    expect(sum.byRule.map((x) => [x.rule, x.count, x.speakerRight.n])).toEqual([
      ["incise", 2, 1],
      ["none", 2, 1],
      ["running", 2, 2],
    ]);
  });

  test("per confidence band: bounds are [min, max)", () => {
    expect(sum.byConfidence.map((b) => [b.band, b.count, b.share.n, b.speakerRight.n])).toEqual([
      [">=0.9", 2, 2, 1],
      ["0.7-0.9", 1, 1, 1],
      ["0.5-0.7", 1, 1, 1],
      ["<0.5", 2, 2, 1],
    ]);
  });

  test("the text report prints bands always and the rule table on request", () => {
    const plain = formatText(sum, [s]);
    expect(plain).toContain("null speakers (of matched quotes): predicted 0.33 (2/6), gold 0.17 (1/6)");
    expect(plain).toMatch(/^>=0\.9 +2 +0\.33 +0\.50 \(1\/2\)$/m);
    expect(plain).not.toMatch(/^running /m);
    expect(formatText(sum, [s], { byRule: true })).toMatch(/^running +2 +1\.00 \(2\/2\)$/m);
  });
});

describe("people and organizations", () => {
  test.each<[string, { name: string; aliases?: string[] }[], { name: string; aliases?: string[] }[], number]>([
    ["folded names", [{ name: "Élise Roux" }], [{ name: "elise roux" }], 1],
    ["predicted name is a gold alias", [{ name: "Union européenne", aliases: ["UE"] }], [{ name: "UE" }], 1],
    ["gold name is a predicted alias", [{ name: "UE" }], [{ name: "Union européenne", aliases: ["UE"] }], 1],
    ["surname alone does not match a person", [{ name: "Élise Roux" }], [{ name: "Roux" }], 0],
    ["one-to-one: a duplicate prediction is invented", [{ name: "A B" }], [{ name: "A B" }, { name: "a b" }], 1],
  ])("%s", (_n, g, p, tp) => {
    const m = matchEntities(g, p);
    expect(m.pairs.length).toBe(tp);
    expect(m.missed.length).toBe(g.length - tp);
    expect(m.invented.length).toBe(p.length - tp);
  });

  test("companies count only type company on both sides; wrong types are listed", () => {
    const g = gold({
      organizations: [
        { name: "Acme", type: "company", aliases: [] },
        { name: "CGT", type: "ngo", aliases: [] },
      ],
    });
    const r = result("x", [], [], [
      { name: "Acme", type: "other" },
      { name: "CGT", type: "company" },
    ]);
    const s = scoreArticle("x", r, g);
    expect(s.organizations).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.companies).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.wrongOrgTypes).toEqual([
      { name: "Acme", gold: "company", predicted: "other" },
      { name: "CGT", gold: "ngo", predicted: "company" },
    ]);
  });
});

describe("aggregation and report", () => {
  test("prf: micro figures and undefined cases", () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: 6 / 9 });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
  });

  test("micro-averaged over articles, with end-to-end and per-tag figures", () => {
    const text = "« Un. » dit Paul Roux. « Deux. » dit Anne Roy.";
    const g1 = gold({ id: "a", tags: ["x"], quotes: [gq("Un.", "Paul Roux"), gq("Deux.", "Anne Roy")] });
    const g2 = gold({ id: "b", tags: ["x", "y"], quotes: [gq("Un.", "Paul Roux")] });
    const s1 = scoreArticle(text, result(text, [{ at: "Un.", speaker: "Roux" }, { at: "Deux.", speaker: "Paul Roux" }]), g1);
    const s2 = scoreArticle(text, result(text, [{ at: "Un.", speaker: "Paul Roux" }, { at: "Deux." }]), g2);
    const sum = aggregate([s1, s2]);
    expect(sum.quotes).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(sum.speakerRight).toEqual({ n: 2, of: 3, value: 2 / 3 });
    expect(sum.endToEnd).toEqual({ n: 2, of: 3, value: 2 / 3 });
    expect(sum.tags.map((t) => [t.tag, t.articles, t.goldQuotes, t.speakerRight.n])).toEqual([
      ["x", 2, 3, 2],
      ["y", 1, 1, 1],
    ]);
    const report = formatText(sum, [s1, s2], true);
    expect(report).toMatch(/^quotes +0\.75 +1\.00 +0\.86 +3 +1 +0$/m);
    expect(report).toContain("speaker right (of matched quotes): 0.67 (2/3)");
    expect(report).toContain("end-to-end (span and speaker right, of all gold): 0.67 (2/3)");
    expect(report).toContain("  wrong speaker: «Deux.» gold Anne Roy, predicted Paul Roux");
    expect(report).toContain("  invented quote: «Deux.» (no speaker)");
    expect(report).toMatch(/^x +2 +3 /m);
  });
});

describe("parseGold", () => {
  test("accepts the corpus format", () => {
    const g = parseGold({
      id: "n",
      lang: "fr",
      quotes: [{ text: "t", speaker: null, speaker_type: null, speaker_description: "un élu", kind: "partial" }],
      people: [{ name: "A B", roles: [], affiliations: [], gender: "f" }],
      organizations: [{ name: "O", type: "media", aliases: ["OO"] }],
      tags: ["selon"],
    });
    expect(g.quotes[0]!.speaker_description).toBe("un élu");
    expect(g.tags).toEqual(["selon"]);
  });

  test.each<[string, unknown, RegExp]>([
    ["not an object", [], /expected a JSON object/],
    ["quotes missing", { people: [], organizations: [] }, /gold\.quotes: expected an array/],
    ["bad kind", { quotes: [{ text: "t", speaker: null, speaker_type: null, kind: "quote" }], people: [], organizations: [] }, /quotes\[0\]\.kind/],
    ["speaker without type", { quotes: [{ text: "t", speaker: "A", speaker_type: null, kind: "full" }], people: [], organizations: [] }, /quotes\[0\]: speaker and speaker_type/],
    ["bad org type", { quotes: [], people: [], organizations: [{ name: "O", type: "club", aliases: [] }] }, /organizations\[0\]\.type/],
  ])("rejects %s", (_n, json, expected) => {
    expect(() => parseGold(json)).toThrow(GoldError);
    expect(() => parseGold(json)).toThrow(expected);
  });
});

// --- runEval on a temp folder ---------------------------------------------------------------

describe("runEval", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "parole-eval-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function io() {
    const out = { stdout: "", stderr: "" };
    return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
  }

  test("missing folder: exit 2 with a one-line error", async () => {
    const { out, io: i } = io();
    expect(await runEval(path.join(dir, "nope"), {}, i)).toBe(2);
    expect(out.stderr).toMatch(/no such folder\n$/);
    expect(out.stdout).toBe("");
  });

  test("no gold files: exit 2", async () => {
    const empty = path.join(dir, "empty");
    mkdirSync(empty);
    writeFileSync(path.join(empty, "lonely.txt"), "texte");
    const { out, io: i } = io();
    expect(await runEval(empty, {}, i)).toBe(2);
    expect(out.stderr).toMatch(/no gold files/);
  });

  test("both layouts are found and reported as text and JSON", async () => {
    const corpus = path.join(dir, "corpus");
    mkdirSync(path.join(corpus, "01-fixture"), { recursive: true });
    const g = { id: "a", lang: "fr", quotes: [gq("Rien.", "Paul Roux")], people: [{ name: "Paul Roux", roles: [], affiliations: [] }], organizations: [] };
    writeFileSync(path.join(corpus, "a.txt"), "Titre\n\n« Rien. », a dit Paul Roux.\n");
    writeFileSync(path.join(corpus, "a.gold.json"), JSON.stringify(g));
    writeFileSync(path.join(corpus, "01-fixture", "article.txt"), "Titre\n\n« Rien. », a dit Paul Roux.\n");
    writeFileSync(path.join(corpus, "01-fixture", "expected.json"), JSON.stringify({ ...g, id: "01-fixture", tags: ["inversion-after"] }));

    const text = io();
    expect(await runEval(corpus, { verbose: true }, text.io)).toBe(0);
    expect(text.out.stdout).toContain("2 article(s), 2 gold quote(s)");
    expect(text.out.stdout).toMatch(/^01-fixture: quotes /m);
    expect(text.out.stdout).toMatch(/^a: quotes /m);
    expect(text.out.stdout).toMatch(/^inversion-after +1 +1 /m);

    const json = io();
    expect(await runEval(corpus, { json: true }, json.io)).toBe(0);
    const report = JSON.parse(json.out.stdout) as {
      summary: {
        articles: number;
        quotes: { tp: number; fn: number };
        affiliationRight: { of: number };
        nullSpeakers: { gold: { n: number } };
        byRule: { rule: string; count: number }[];
        byConfidence: { band: string; min: number | null; max: number | null }[];
      };
      articles: { id: string }[];
    };
    expect(report.summary.articles).toBe(2);
    expect(report.summary.nullSpeakers.gold.n).toBe(0);
    expect(report.summary.affiliationRight.of).toBe(0);
    expect(report.summary.byRule.reduce((n, r) => n + r.count, 0)).toBe(report.summary.quotes.tp);
    expect(report.summary.byConfidence[0]).toMatchObject({ band: ">=0.9", min: 0.9, max: null });

    const rules = io();
    expect(await runEval(corpus, { byRule: true }, rules.io)).toBe(0);
    expect(rules.out.stdout).toMatch(/^rule +quotes +speaker right$/m);
    expect(report.summary.quotes.tp + report.summary.quotes.fn).toBe(2);
    expect(report.articles.map((a) => a.id)).toEqual(["01-fixture", "a"]);
  });

  test("an invalid gold file is reported, skipped, and makes the exit code 1", async () => {
    const bad = path.join(dir, "bad");
    mkdirSync(bad);
    writeFileSync(path.join(bad, "b.txt"), "x");
    writeFileSync(path.join(bad, "b.gold.json"), JSON.stringify({ quotes: "no" }));
    const { out, io: i } = io();
    expect(await runEval(bad, {}, i)).toBe(1);
    expect(out.stderr).toMatch(/b\.gold\.json: gold\.quotes: expected an array/);
    expect(out.stdout).toContain("0 article(s)");
  });
});
