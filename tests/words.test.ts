import { describe, expect, it } from "vitest";
import { Word } from "../src/core/document.js";
import { wordAt, wordOf } from "../src/core/vocabulary.js";
import { lookup, perWord } from "../src/core/words.js";

const make = (text: string, kind: "word" | "number" | "punct") => new Word(text, kind, text.toLowerCase(), text.toLowerCase(), /^[A-Z]/.test(text));

describe("vocabulary", () => {
  it("gives one shared word to every occurrence of a text, found in place", () => {
    const text = "Paris, puis Paris et paris.";
    const a = wordAt(text, 0, 5, "word", make);
    const b = wordAt(text, 12, 17, "word", make);
    expect(b).toBe(a);
    expect(a.text).toBe("Paris");
    expect(wordAt(text, 21, 26, "word", make)).not.toBe(a);
    expect(wordOf("Paris", "word", make)).toBe(a);
  });

  it("keeps kinds apart and words of equal hash prefix apart", () => {
    const w = wordOf("12", "number", make);
    expect(wordOf("12", "word", make)).not.toBe(w);
    expect(wordOf("12", "number", make)).toBe(w);
    expect(wordOf("ab", "word", make).text).toBe("ab");
    expect(wordOf("abc", "word", make).text).toBe("abc");
  });

  it("stays bounded: past its limit it starts over and still answers right", () => {
    const first = wordOf("zzz-premier", "word", make);
    for (let i = 0; i < 120_000; i++) expect(wordOf(`w${i}`, "word", make).text).toBe(`w${i}`);
    const again = wordOf("zzz-premier", "word", make);
    expect(again.text).toBe("zzz-premier");
    expect(again).not.toBe(first);
  });
});

describe("perWord", () => {
  it("asks the lexicon once per word, however often it is met, and remembers undefined answers", () => {
    const asked: string[] = [];
    const f = perWord((s) => {
      asked.push(s);
      return s.length > 3 ? s.length : undefined;
    });
    const w = wordOf("Dupont", "word", make);
    const short = wordOf("Le", "word", make);
    expect(f(w)).toBe(6);
    expect(f(wordOf("Dupont", "word", make))).toBe(6);
    expect(f(short)).toBeUndefined();
    expect(f(short)).toBeUndefined();
    expect(asked).toEqual(["Dupont", "Le"]);
  });

  it("asks by folded key when told to, and lookup accepts tokens and strings alike", () => {
    const byKey = perWord((s) => s, "key");
    const w = new Word("Éric", "word", "éric", "eric", true);
    expect(byKey(w)).toBe("eric");
    const upper = lookup((s) => s.toUpperCase());
    expect(upper(w)).toBe("ÉRIC");
    expect(upper("deux mots")).toBe("DEUX MOTS");
  });
});
