/**
 * What the paragraph stage says each line is: title, subheading, caption, byline, boilerplate
 * or body — the kinds decide what later stages read (boilerplate yields nothing).
 */
import { describe, expect, test } from "vitest";
import { newDoc } from "../src/core/pipeline.js";
import { paragraphs } from "../src/core/stages/01-paragraphs.js";

const kinds = (text: string): string[] => {
  const doc = newDoc(text);
  paragraphs(doc);
  return doc.paragraphs.map((p) => p.kind);
};
const body = "Le conseil municipal a voté mardi soir le budget de l'année prochaine, après trois heures de débat.";

describe("paragraph kinds", () => {
  test.each([
    ["a first line without a final full stop is the title", `Le budget voté à Lyon\n${body}`, ["title", "body"]],
    ["a short line without final punctuation is a subheading", `${body}\nUn débat tendu\n${body}`, ["body", "heading", "body"]],
    ["a short sentence with its full stop is body text", `${body}\nLe maire a remercié les élus.\n${body}`, ["body", "body", "body"]],
    ["seventeen words without final punctuation are body text", `${body}\n${"mot ".repeat(17).trim()}\n${body}`, ["body", "body", "body"]],
    ["a lone quote without final punctuation is a subheading", `${body}\n« Nous ne lâcherons rien »\n${body}`, ["body", "heading", "body"]],
    ["a lone quote ending a sentence is body text", `${body}\n« Nous ne lâcherons rien. »\n${body}`, ["body", "body", "body"]],
    ["a long lone quote is body text", `${body}\n« ${"nous ne lâcherons rien ".repeat(4).trim()} »\n${body}`, ["body", "body", "body"]],
    ["a dated photo caption", `${body}\nLe maire devant l'hôtel de ville, à Lyon, le 3 mars 2025.\n${body}`, ["body", "caption", "body"]],
    ["a byline", `${body}\nPar Julien Castagnac\n${body}`, ["body", "byline", "body"]],
    ["furniture, and everything after a paywall", `${body}\nLire aussi : le vote du budget\n${body}\nIl vous reste 80 % de cet article à lire.\n${body}`, ["body", "boilerplate", "body", "boilerplate", "boilerplate"]],
  ])("%s", (_label, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});
