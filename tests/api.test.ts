/**
 * The public API: pins the export list of src/index.ts and checks the contract of `extract`
 * that every caller relies on (source, language, determinism).
 */
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import * as api from "../src/index.js";
import { checkResult } from "./helpers/validate.js";

const ARTICLE =
  "Une grève au port\n\nLe syndicat a appelé à la grève lundi. « Nous ne lâcherons rien », a déclaré Paul Girard, délégué de la CGT.\n";

describe("public API", () => {
  test("exports exactly these values", () => {
    expect(Object.keys(api).sort()).toEqual(["SCHEMA_VERSION", "extract", "fold"]);
  });

  test("extract fills source: bytes and sha256 of the UTF-8 text, path as given", () => {
    const r = api.extract(ARTICLE, { source: { path: "a.txt" } });
    expect(r.source.path).toBe("a.txt");
    expect(r.source.bytes).toBe(Buffer.byteLength(ARTICLE, "utf8"));
    expect(r.source.sha256).toBe(createHash("sha256").update(ARTICLE, "utf8").digest("hex"));
    expect(r.schema_version).toBe(api.SCHEMA_VERSION);
    expect(checkResult(ARTICLE, r)).toEqual([]);
  });

  test("bytes and sha256 stay those of the UTF-8 text whatever came before: lone surrogates, astral, long texts", () => {
    const texts = ["", "é", "un \ud800 seul", "😀 « là »", "x".repeat(1_200_000) + "’", "é".repeat(70_000), "court"];
    for (const text of texts) {
      const r = api.extract(text, { lang: "fr" });
      const utf8 = Buffer.from(text, "utf8");
      expect(r.source.bytes).toBe(utf8.length);
      expect(r.source.sha256).toBe(createHash("sha256").update(utf8).digest("hex"));
    }
    const given = api.extract("abc", { source: { bytes: 7, sha256: "given" } }).source;
    expect([given.bytes, given.sha256]).toEqual([7, "given"]);
  });

  test("same input, same output, byte for byte", () => {
    expect(JSON.stringify(api.extract(ARTICLE))).toBe(JSON.stringify(api.extract(ARTICLE)));
  });

  test("empty and white-space texts give an empty, valid result", () => {
    for (const text of ["", "   \n\n\t "]) {
      const r = api.extract(text);
      expect(r.quotes).toEqual([]);
      expect(r.people).toEqual([]);
      expect(r.organizations).toEqual([]);
      expect(checkResult(text, r)).toEqual([]);
    }
  });

  test("a French article runs the French pipeline and attributes its quote", () => {
    const r = api.extract(ARTICLE);
    expect(r.language.pipeline).toBe("fr");
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker?.name).toBe("Paul Girard");
    expect(r.quotes[0]!.cue?.lemma).toBe("déclarer");
  });

  test("fold lower-cases and strips accents", () => {
    expect(api.fold("  L’Élysée ")).toBe("l'elysee");
  });
});
