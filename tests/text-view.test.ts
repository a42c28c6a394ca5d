/**
 * The text view (`--format text`) as a reader sees it: a guessed speaker is marked « ? » and
 * explained by a legend, colour shows it on a terminal, « speaker not given » and « unnamed: … »
 * are told apart, labels in French with --ui fr or a French locale, messages at line:column.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Quote, Result } from "../src/core/types.js";
import { colourStyles, formatText, lineColumns, PLAIN_STYLES } from "../src/runner/format.js";
import { runCli } from "./setup/cli-io.js";

function quote(id: string, over: Partial<Quote>): Quote {
  return {
    id,
    text: "Nous tiendrons.",
    start: 0,
    end: 15,
    kind: "full",
    multi_paragraph: false,
    speaker: null,
    speaker_description: null,
    cue: null,
    channel: null,
    confidence: 0,
    rule: "none",
    ...over,
  };
}

const MOREL = { id: "p1", name: "Léa Morel", type: "person" as const, roles: ["maire"], affiliations: ["Fortal"] };

const RESULT: Result = {
  schema_version: "1.0",
  source: { path: "article.txt", bytes: 100, sha256: "0".repeat(64) },
  language: { detected: "fra", pipeline: "fr" },
  title: null,
  quotes: [
    quote("q1", { speaker: MOREL, cue: { text: "a déclaré", lemma: "déclarer", start: 20, end: 29 }, confidence: 0.95, rule: "after-inversion" }),
    quote("q2", { speaker: MOREL, confidence: 0.4, rule: "nearest" }),
    quote("q3", { speaker_description: "une source proche du dossier", cue: { text: "selon", lemma: "selon", start: 40, end: 45 }, confidence: 0.85, rule: "selon" }),
    quote("q4", {}),
  ],
  speakers: [],
  people: [{ id: "p1", name: "Léa Morel", roles: ["maire"], affiliations: ["Fortal"], gender: "f", gender_evidence: "title", mentions: [] }],
  organizations: [],
  messages: [],
};

describe("who said it, and how sure", () => {
  const plain = formatText(RESULT, PLAIN_STYLES);
  test.each([
    { id: "q1", line: "     — Léa Morel, maire, Fortal · a déclaré" },
    { id: "q2", line: "     — ? Léa Morel, maire, Fortal · guess: rule nearest, confidence 0.4" },
    { id: "q3", line: "     — unnamed: une source proche du dossier · selon" },
    { id: "q4", line: "     — speaker not given" },
  ])("$id", ({ id, line }) => {
    const lines = plain.split("\n");
    const at = lines.findIndex((l) => l.startsWith(id));
    expect(lines[at + 1]).toBe(line);
  });

  test("a legend explains the mark, only when a quote has it", () => {
    expect(plain).toContain("? = a guess: nothing in the text ties the quote to this speaker (confidence under 0.7); check it");
    const sure = formatText({ ...RESULT, quotes: [RESULT.quotes[0]!] }, PLAIN_STYLES);
    expect(sure).not.toContain("?");
  });

  test("on a terminal (colour level 1): the mark in red, the guessed name in magenta, sure names in bold cyan", async () => {
    const tty = formatText(RESULT, await colourStyles(1)).replaceAll("\x1b", "␛");
    const who = tty.split("\n").filter((l) => l.includes("— ") || l.startsWith("␛[31m?"));
    expect(who).toMatchInlineSnapshot(`
      [
        "␛[1marticle.txt␛[22m␛[2m — 4 quotes, 1 person, 0 organizations (fra)␛[22m",
        "     — ␛[1m␛[36mLéa Morel␛[39m␛[22m, ␛[33mmaire␛[39m, ␛[32mFortal␛[39m␛[2m · a déclaré␛[22m",
        "     — ␛[31m?␛[39m ␛[35mLéa Morel␛[39m, ␛[33mmaire␛[39m, ␛[32mFortal␛[39m␛[2m · guess: rule nearest, confidence 0.4␛[22m",
        "     — ␛[2munnamed:␛[22m une source proche du dossier␛[2m · selon␛[22m",
        "     — ␛[2mspeaker not given␛[22m",
        "␛[31m?␛[39m␛[2m = a guess: nothing in the text ties the quote to this speaker (confidence under 0.7); check it␛[22m",
      ]
    `);
  });
});

test("--ui fr: French labels", () => {
  const fr = formatText(RESULT, PLAIN_STYLES, { ui: "fr" });
  expect(fr.split("\n")[0]).toBe("article.txt — 4 citations, 1 personne, 0 organisations (fra)");
  expect(fr).toContain("— ? Léa Morel, maire, Fortal · supposé : règle nearest, confiance 0.4");
  expect(fr).toContain("— non nommé : une source proche du dossier · selon");
  expect(fr).toContain("— locuteur non indiqué");
  expect(fr).toContain("? = attribution supposée");
  expect(fr).toContain("\nPersonnes\n");
});

test.each([
  { text: "abc", offsets: [0, 3], want: [[0, [1, 1]], [3, [1, 4]]] },
  { text: "ab\ncd", offsets: [3, 4], want: [[3, [2, 1]], [4, [2, 2]]] },
  { text: "a\r\nb\rc", offsets: [3, 5], want: [[3, [2, 1]], [5, [3, 1]]] },
  { text: "😀é\nx", offsets: [1, 2, 3], want: [[1, [1, 2]], [2, [1, 3]], [3, [2, 1]]] },
])("lineColumns($text)", ({ text, offsets, want }) => {
  expect([...lineColumns(text, offsets)]).toEqual(want);
});

describe("through the command line", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "parole-text-"));
  test("messages say line:column", async () => {
    const file = join(dir, "unclosed.txt");
    writeFileSync(file, "Titre\n\nPremier paragraphe sans citation.\nLa maire a dit : « Nous tiendrons.\n");
    const ran = await runCli(["--format", "text", file]);
    expect(ran.stdout).toMatch(/! line 4:18: unclosed-quote: /);
  });

  test.each([
    [{}, undefined, "en"],
    [{ LANG: "fr_FR.UTF-8" }, undefined, "fr"],
    [{ LANG: "fr_CA" }, undefined, "fr"],
    [{ LANG: "fr" }, undefined, "fr"],
    [{ LANG: "C.UTF-8" }, undefined, "en"],
    [{ LANG: "en_US.UTF-8", LC_MESSAGES: "fr_BE.UTF-8" }, undefined, "fr"],
    [{ LANG: "fr_FR.UTF-8", LC_MESSAGES: "en_GB.UTF-8" }, undefined, "en"],
    [{ LANG: "en_US.UTF-8", LC_MESSAGES: "en_US.UTF-8", LC_ALL: "fr_FR.UTF-8" }, undefined, "fr"],
    [{ LC_ALL: "", LANG: "fr_FR.UTF-8" }, undefined, "fr"],
    [{ LANG: "french" }, undefined, "en"],
    [{ LANG: "fr_FR.UTF-8" }, "en", "en"],
    [{ LANG: "en_US.UTF-8" }, "fr", "fr"],
  ] as const)("locale %o with --ui %s: %s labels", async (env, ui, want) => {
    const file = join(dir, "locale.txt");
    writeFileSync(file, "La maire Léa Morel a déclaré : « Nous tiendrons. »\n");
    const ran = await runCli(["--format", "text", ...(ui ? ["--ui", ui] : []), file], { env: { ...env } });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(want === "fr" ? /1 citation, 1 personne/ : /1 quote, 1 person/);
  });

  test("parole convert --format text follows the locale too", async () => {
    const file = join(dir, "convert.txt");
    writeFileSync(file, "La maire Léa Morel a déclaré : « Nous tiendrons. »\n");
    const json = await runCli([file]);
    const fr = await runCli(["convert", "--format", "text", "-"], { stdin: json.stdout, env: { LANG: "fr_FR.UTF-8" } });
    const en = await runCli(["convert", "--format", "text", "-"], { stdin: json.stdout, env: { LANG: "en_US.UTF-8" } });
    expect([fr.code, en.code]).toEqual([0, 0]);
    expect(fr.stdout).toMatch(/1 citation, 1 personne/);
    expect(en.stdout).toMatch(/1 quote, 1 person/);
  });

  test("--ui fr through the CLI", async () => {
    const file = join(dir, "a.txt");
    writeFileSync(file, "La maire Léa Morel a déclaré : « Nous tiendrons. »\n");
    const ran = await runCli(["--format", "text", "--ui", "fr", file]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/1 citation, 1 personne/);
  });
});
