import { describe, expect, it } from "vitest";
import { Word } from "../src/core/document.js";
import { Scratch } from "../src/core/scratch.js";
import { newArticle, VOCABULARY_LIMIT, vocabularySize, wordAt } from "../src/core/vocabulary.js";
import { lookup, lookupFlag, perWord, perWordFlag, perWordPair, wordList } from "../src/core/words.js";

const make = (text: string, kind: "word" | "number" | "punct") => new Word(text, kind, text.toLowerCase(), text.toLowerCase(), /^[A-Z]/.test(text));
const codesOf = (text: string) => new Scratch(false).codes(text);
const at = (text: string, start: number, end: number, kind: "word" | "number" | "punct" = "word") => wordAt(codesOf(text), text, start, end, kind, make);
/** The word spelt by the whole of `s`. */
const wordOf = (s: string, kind: "word" | "number" | "punct") => at(s, 0, s.length, kind);

describe("vocabulary", () => {
  it("gives one shared word to every occurrence of a text, found in place", () => {
    const text = "Paris, puis Paris et paris.";
    const a = at(text, 0, 5);
    const b = at(text, 12, 17);
    expect(b).toBe(a);
    expect(a.text).toBe("Paris");
    expect(at(text, 21, 26)).not.toBe(a);
    expect(wordOf("Paris", "word")).toBe(a);
  });

  it("keeps kinds apart and words of equal hash prefix apart", () => {
    const w = wordOf("12", "number");
    expect(wordOf("12", "word")).not.toBe(w);
    expect(wordOf("12", "number")).toBe(w);
    expect(wordOf("ab", "word").text).toBe("ab");
    expect(wordOf("abc", "word").text).toBe("abc");
  });

  it("tells apart two words of the same length and the same hash by their characters", () => {
    // FNV-1a (32 bits) gives these two the same hash: only the comparison of code units parts them.
    const a = wordOf("mot126wu", "word");
    const b = wordOf("mot1dwfa", "word");
    expect(b).not.toBe(a);
    expect([a.text, b.text]).toEqual(["mot126wu", "mot1dwfa"]);
    expect(wordOf("mot126wu", "word")).toBe(a);
    expect(wordOf("mot1dwfa", "word")).toBe(b);
  });

  it("keeps a word longer than its whole character store, and works on afterwards", () => {
    const huge = "a".repeat(1_000_000);
    const w = wordOf(huge, "word");
    expect(w.text.length).toBe(1_000_000);
    expect(wordOf(huge, "word").text).toBe(huge);
    expect(wordOf("ensuite", "word").text).toBe("ensuite");
    expect(wordOf("ensuite", "word")).toBe(wordOf("ensuite", "word"));
  });

  it("stays bounded: past its limit it starts over when the next article starts, and still answers right", () => {
    newArticle();
    const first = wordOf("zzz-premier", "word");
    const wrong: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      if (i % 1000 === 0) newArticle();
      if (wordOf(`w${i}`, "word").text !== `w${i}`) wrong.push(`w${i}`);
    }
    expect(wrong).toEqual([]);
    expect(vocabularySize()).toBeLessThan(VOCABULARY_LIMIT + 1000);
    const again = wordOf("zzz-premier", "word");
    expect(again.text).toBe("zzz-premier");
    expect(again).not.toBe(first);
  });

  it("never starts over within an article: one text is one Word however many words the article brings", () => {
    newArticle();
    const first = wordOf("zzz-premier", "word");
    const early = Array.from({ length: 100 }, (_, i) => wordOf(`v${i}`, "word"));
    // Past the limit and past the default table's 32,768 words: the table grows instead.
    for (let i = 0; i < 3 * VOCABULARY_LIMIT; i++) wordOf(`u${i}`, "word");
    expect(vocabularySize()).toBeGreaterThan(3 * VOCABULARY_LIMIT);
    expect(wordOf("zzz-premier", "word")).toBe(first);
    expect(early.map((w, i) => wordOf(`v${i}`, "word") === w)).toEqual(early.map(() => true));
    expect(wordOf(`u${3 * VOCABULARY_LIMIT - 1}`, "word").text).toBe(`u${3 * VOCABULARY_LIMIT - 1}`);
    // The next article starts over, back to its default size.
    newArticle();
    expect(vocabularySize()).toBe(0);
    expect(wordOf("zzz-premier", "word")).not.toBe(first);
    expect(wordOf("zzz-premier", "word").text).toBe("zzz-premier");
  });
});

describe("perWord", () => {
  it("asks the lexicon once per word, however often it is met, and remembers undefined answers", () => {
    const asked: string[] = [];
    const f = perWord((s) => {
      asked.push(s);
      return s.length > 3 ? s.length : undefined;
    });
    const w = wordOf("Dupont", "word");
    const short = wordOf("Le", "word");
    expect(f(w)).toBe(6);
    expect(f(wordOf("Dupont", "word"))).toBe(6);
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

describe("perWordFlag", () => {
  it("asks a yes/no question once per word, remembers no as well as yes, and keeps questions apart", () => {
    const asked: string[] = [];
    const long = perWordFlag((s) => {
      asked.push(s);
      return s.length > 3;
    });
    const upper = perWordFlag((s) => s === s.toUpperCase(), "text");
    const w = wordOf("Bordeaux", "word");
    const short = wordOf("Au", "word");
    expect([long(w), long(w), long(short), long(short)]).toEqual([true, true, false, false]);
    expect(asked).toEqual(["Bordeaux", "Au"]);
    expect([upper(w), upper(wordOf("UE", "word"))]).toEqual([false, true]);
    expect(long(w)).toBe(true); // the other question's bits left this one alone
  });

  it("asks by the form it is told to, and lookupFlag takes words and strings", () => {
    const byKey = perWordFlag((k) => k === "eric", "key");
    expect(byKey(new Word("Éric", "word", "éric", "eric", true))).toBe(true);
    const isShort = lookupFlag((s) => s.length < 3);
    expect([isShort(wordOf("de", "word")), isShort("trois mots")]).toEqual([true, false]);
  });

  it.each([16, 31, 70])("with %i questions, every answer comes right and stays on the word (no facts array)", (count) => {
    const questions = Array.from({ length: count }, (_, n) => perWordFlag((s) => s.length % count === n % count));
    const w = wordOf(`q${"x".repeat(count + 4)}`, "word"); // length count + 5
    const expected = questions.map((_, n) => n === 5);
    expect(questions.map((q) => q(w))).toEqual(expected);
    expect(questions.map((q) => q(w))).toEqual(expected);
    expect(w.facts).toBeNull();
  });
});


describe("perWordPair", () => {
  it("asks each ordered pair of words once and answers for that pair", () => {
    const asked: string[] = [];
    const joined = perWordPair((a, b) => {
      asked.push(`${a.text}+${b.text}`);
      return a.text.length < b.text.length;
    });
    const [le, chef, de] = [make("le", "word"), make("chef", "word"), make("de", "word")];
    expect(joined(le, chef)).toBe(true);
    expect(joined(chef, le)).toBe(false);
    expect(joined(le, de)).toBe(false);
    expect(joined(le, chef)).toBe(true);
    expect(joined(chef, le)).toBe(false);
    expect(asked).toEqual(["le+chef", "chef+le", "le+de"]);
  });
});

// Declared at load, as stages declare theirs.
const inArticles = wordList(["le", "la", "l'", "les"]);
const inParticles = wordList(["de", "du", "le"]);

describe("wordList", () => {
  const word = (text: string) => new Word(text, "word", text.toLowerCase().replace("’", "'"), text.toLowerCase(), /^[A-Z]/.test(text));

  it("answers by the word's lower-case form, each list on its own", () => {
    expect(inArticles(word("Le"))).toBe(true);
    expect(inParticles(word("Le"))).toBe(true);
    expect(inArticles(word("l’"))).toBe(true);
    expect(inArticles(word("de"))).toBe(false);
    expect(inParticles(word("de"))).toBe(true);
    expect(inArticles(word("Lesage"))).toBe(false);
    expect(inArticles(undefined)).toBe(false);
  });

  it("keeps the answer on the word", () => {
    const w = word("La");
    expect(w.lists).toBe(-1);
    inParticles(w);
    expect(w.lists).not.toBe(-1);
    expect(inArticles(w)).toBe(true);
    expect(inParticles(w)).toBe(false);
  });

  it("answers right for a list declared after words were read, even for a word read before", () => {
    const les = word("les");
    expect(inArticles(les)).toBe(true);
    const inConjunctions = wordList(["et", "ou", "les"]);
    expect([inConjunctions(word("et")), inConjunctions(les), inConjunctions(word("de"))]).toEqual([true, true, false]);
    expect([inArticles(les), inParticles(les)]).toEqual([true, false]);
  });

  it("gives its bit in Word.lists to the first 31 lists; a later list's bit throws, saying what to do", () => {
    expect(inArticles.bit).toBe(1);
    expect(inParticles.bit).toBe(2);
    const late = wordList(["plus", "tard"]);
    expect(late(word("tard"))).toBe(true);
    expect(() => late.bit).toThrow(/test tokens with the list itself, or declare it at module load/);
  });

  it("has no limit on the number of lists: a hundred, each answering for its own word", () => {
    const lists = Array.from({ length: 100 }, (_, n) => wordList([`mot${n}`]));
    const words = Array.from({ length: 100 }, (_, n) => word(`mot${n}`));
    expect(words.map((w, n) => lists[n]!(w))).toEqual(words.map(() => true));
    expect(words.map((w, n) => lists[(n + 1) % 100]!(w))).toEqual(words.map(() => false));
    expect(lists.map((l) => l(word("le")))).toEqual(lists.map(() => false));
  });
});
