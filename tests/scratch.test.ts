/**
 * The per-article working memory: arrays come zeroed and apart, a reset hands the same memory
 * out again, and an article's results do not depend on what the previous one left in it.
 */
import { describe, expect, test, vi } from "vitest";
import { Scratch } from "../src/core/scratch.js";
import { extract } from "../src/index.js";

describe("Scratch", () => {
  test("arrays come zeroed and never overlap", () => {
    const s = new Scratch();
    s.int32(100); // first article: nothing to reuse yet, but sizes the buffer
    s.reset();
    const a = s.int32(10).fill(7);
    const b = s.uint8(3).fill(9);
    const c = s.int32(5);
    expect([...c]).toEqual([0, 0, 0, 0, 0]);
    c.fill(-1);
    expect([...a]).toEqual(Array(10).fill(7));
    expect([...b]).toEqual([9, 9, 9]);
    expect(a.buffer).toBe(c.buffer); // both taken from the kept buffer
  });

  test("after a reset the memory is handed out again, zeroed", () => {
    const s = new Scratch();
    s.int32(50);
    s.reset();
    const first = s.int32(50).fill(123);
    s.reset();
    const again = s.int32(50);
    expect(again.buffer).toBe(first.buffer);
    expect(again.byteOffset).toBe(first.byteOffset);
    expect([...again]).toEqual(Array(50).fill(0));
  });

  test("a Scratch that does not reuse gives new arrays every time", () => {
    const s = new Scratch(false);
    s.int32(50);
    s.reset();
    expect(s.int32(50).buffer).not.toBe(s.int32(50).buffer);
  });

  test("a long article's memory is kept while long articles keep coming", () => {
    let t = 0;
    const s = new Scratch({ now: () => t });
    s.uint8(64 << 20); // a long article: fresh memory, and the size of the next buffer
    s.reset();
    const again = s.uint8(64 << 20);
    expect(again.buffer.byteLength).toBeGreaterThanOrEqual(64 << 20); // the kept buffer
    s.reset();
    t = 5_000;
    expect(s.uint8(16).buffer).toBe(again.buffer); // a short article meanwhile uses it too
  });

  test("… and given back once none has needed it for ten seconds", () => {
    let t = 0;
    const s = new Scratch({ now: () => t });
    s.uint8(64 << 20);
    s.reset();
    t = 10_001;
    s.uint8(16); // short articles only since
    s.reset();
    expect(s.uint8(16).buffer.byteLength).toBeLessThan(1 << 20);
  });

  test("… also when no article comes at all (a server gone idle): a timer gives it back", () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const s = new Scratch({ now: () => t });
      s.uint8(64 << 20);
      s.reset();
      expect(s.uint8(16).buffer.byteLength).toBeGreaterThanOrEqual(64 << 20);
      t = 11_000;
      vi.advanceTimersByTime(11_000);
      expect(s.uint8(16).buffer.byteLength).toBeLessThan(1 << 20);
    } finally {
      vi.useRealTimers();
    }
  });

  test("a huge article does not leave a huge buffer behind", () => {
    const s = new Scratch();
    s.uint8(300 << 20); // more than any buffer kept
    s.reset();
    const small = s.uint8(16);
    expect(small.buffer.byteLength).toBeLessThan(1 << 20); // a new array: nothing was kept
  });
});

describe("extraction with reused memory", () => {
  const short = "« Nous ne lâcherons rien », a déclaré Marie Dubois, la présidente de l'association Terre Vive, mardi à Lyon.";
  const long = Array.from({ length: 400 }, (_, i) => `Paul Martin, directeur de la société Numéro ${i}, a parlé. « Tout va bien », a-t-il affirmé.`).join("\n\n");

  test("an article gives the same result before and after a longer one", () => {
    const before = JSON.stringify(extract(short, { lang: "fr" }));
    extract(long, { lang: "fr" });
    expect(JSON.stringify(extract(short, { lang: "fr" }))).toBe(before);
    expect(extract(short, { lang: "fr" }).quotes[0]?.speaker?.name).toBe("Marie Dubois");
  });
});
