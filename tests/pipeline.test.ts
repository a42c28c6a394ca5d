/**
 * The pipeline's shared working memory and vocabulary cannot hand one article's data to another
 * (issue 22, part 5): a Doc on the shared scratch never outlives its article, an article read
 * inside another throws with what to do, and one text is one Word throughout an article however
 * many distinct words it brings.
 */
import { describe, expect, test } from "vitest";
import type { Doc } from "../src/core/document.js";
import { extractFrench, newDoc, onSharedScratch } from "../src/core/pipeline.js";
import { paragraphs } from "../src/core/stages/01-paragraphs.js";
import { tokens } from "../src/core/stages/02-tokens.js";
import { VOCABULARY_LIMIT } from "../src/core/vocabulary.js";

const ARTICLE = "« Nous ouvrirons l'usine en mars », a déclaré Léa Morel, directrice de la société Fortal.";

describe("onSharedScratch", () => {
  test("an article started while another is being read throws, saying what to do", () => {
    expect(() => onSharedScratch("Premier texte.", () => extractFrench(ARTICLE))).toThrow(/use newDoc\(text\)/);
    // The outer call ended: the shared memory is free again.
    expect(extractFrench(ARTICLE).quotes).toHaveLength(1);
  });

  test("a Doc kept after its article reads as empty, never as the next article's arrays", () => {
    let kept: Doc | undefined;
    onSharedScratch(ARTICLE, (doc) => {
      paragraphs(doc);
      tokens(doc);
      kept = doc;
      expect(doc.tokens.length).toBeGreaterThan(10);
    });
    extractFrench("Un autre texte, plus long que le premier, sur un autre sujet : « Oui », dit-elle.");
    expect([kept!.tokens.length, kept!.tokStart.length, kept!.tokClass.length, kept!.tokLists.length, kept!.mentionAt.length]).toEqual([0, 0, 0, 0, 0]);
  });

  test("a newDoc has its own arrays and may be read during another article", () => {
    const inner = onSharedScratch(ARTICLE, () => {
      const doc = newDoc("Léa Morel parle.");
      paragraphs(doc);
      tokens(doc);
      return doc.tokens.map((w) => w.text);
    });
    expect(inner).toEqual(["Léa", "Morel", "parle", "."]);
  });
});

describe("vocabulary within one article", () => {
  test("an article with more distinct words than the vocabulary's limit gives one Word per text", () => {
    const count = 2 * VOCABULARY_LIMIT;
    const made = Array.from({ length: count }, (_, i) => `mot${i.toString(36)}`);
    const text = `Fortal ${made.join(" ")} Fortal ${made.slice(0, 50).join(" ")}.`;
    const doc = newDoc(text);
    paragraphs(doc);
    tokens(doc);
    const first = new Map<string, unknown>();
    const split: string[] = [];
    for (const w of doc.tokens) {
      const seen = first.get(w.text);
      if (seen === undefined) first.set(w.text, w);
      else if (seen !== w) split.push(w.text);
    }
    expect(doc.tokens.length).toBe(count + 53);
    expect(split).toEqual([]);
  });
});
