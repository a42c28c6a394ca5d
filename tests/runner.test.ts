/**
 * Runner pieces on their own: decoding (encodings, binary refusal, invalid UTF-8 offsets),
 * the streaming line splitter, out-dir naming, and `parole stats` on known results.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { decode } from "../src/runner/decode.js";
import { lines, outBaseFor } from "../src/runner/inputs.js";
import { safeName } from "../src/runner/process.js";
import { runCli } from "./setup/cli-io.js";

const FR = "Le député a déclaré : « Ça coûte très cher à l'État », où qu'on aille.\r\nFin.";

describe("decode", () => {
  test.each([
    ["UTF-8", Buffer.from(FR), "utf-8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FR)]), "utf-8"],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FR, "utf16le")]), "utf-16le"],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FR, "utf16be")]), "utf-16be"],
    ["Latin-1", iconv.encode(FR, "latin1"), "windows-1252"],
    ["Windows-1252 (curly apostrophe, œ)", iconv.encode(FR.replace("l'État", "l’État, cœur"), "windows-1252"), "windows-1252"],
  ])("%s", (_name, bytes, encoding) => {
    const d = decode(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(_name.startsWith("Windows") ? FR.replace("l'État", "l’État, cœur") : FR);
    expect(d.messages).toEqual([]);
  });

  test("CRLF is kept as it is", () => {
    expect(decode(Buffer.from("a\r\nb\rc")).text).toBe("a\r\nb\rc");
  });

  test("invalid UTF-8: replaced, reported with code-point offsets (astral characters count once)", () => {
    const bytes = Buffer.concat([Buffer.from("😀é «"), Buffer.from([0xc3, 0x28]), Buffer.from(" ok"), Buffer.from([0xff, 0xff])]);
    const d = decode(bytes);
    expect(d.encoding).toBe("utf-8");
    const chars = [...d.text];
    expect(d.messages.map((m) => [m.rule, m.start, m.end])).toEqual([
      ["invalid-utf8", 4, 5],
      ["invalid-utf8", 9, 11],
    ]);
    for (const m of d.messages) expect(chars.slice(m.start, m.end).every((c) => c === "\ufffd")).toBe(true);
  });

  test.each([
    ["NUL bytes", Buffer.from([0x61, 0x00, 0x62])],
    ["PDF", Buffer.from("%PDF-1.7\n%âãÏÓ\n")],
    ["JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x41])],
    ["control bytes", Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
  ])("binary refused: %s", (_name, bytes) => {
    expect(() => decode(bytes)).toThrow(expect.objectContaining({ code: "binary", exitCode: 1 }));
  });

  test("forced encoding wins over detection", () => {
    const d = decode(iconv.encode("Ça", "latin1"), "iso-8859-1");
    expect(d).toMatchObject({ text: "Ça", encoding: "iso-8859-1" });
  });
});

describe("lines", () => {
  async function collect(chunks: string[]): Promise<Array<[number, string]>> {
    const out: Array<[number, string]> = [];
    for await (const l of lines((async function* () { for (const c of chunks) yield Buffer.from(c); })())) out.push([l.no, l.line]);
    return out;
  }
  test("splits across chunks, CRLF, skips blank lines, keeps numbering, last line without newline", async () => {
    expect(await collect(['{"a":', '1}\r\n\n{"b"', ":2}\n", "  \n", "é", "\n{}"])).toEqual([
      [1, '{"a":1}'],
      [3, '{"b":2}'],
      [5, "é"],
      [6, "{}"],
    ]);
  });
  test("a multi-byte character split between chunks stays whole", async () => {
    const b = Buffer.from("«é»\n");
    const out: string[] = [];
    for await (const l of lines((async function* () { yield b.subarray(0, 3); yield b.subarray(3); })())) out.push(l.line);
    expect(out).toEqual(["«é»"]);
  });
});

describe("out-dir naming", () => {
  test.each([
    ["/out", "/data/arch/a/b.txt", "/data/arch", "/cwd", "/out/a/b"],
    ["/out", "/cwd/x/y.txt", undefined, "/cwd", "/out/x/y"],
    ["/out", "/elsewhere/z.txt", undefined, "/cwd", "/out/elsewhere/z"],
  ])("%s + %s (root %s, cwd %s)", (out, file, root, cwd, want) => {
    expect(outBaseFor(out, file, root, cwd)).toBe(want);
  });
  test.each([
    ["abc-1.2_x", "abc-1.2_x"],
    ["a/b\\c d", "a_b_c_d"],
    ["..", "_.."],
  ])("record id %s → %s", (id, want) => expect(safeName(id)).toBe(want));
});

describe("parole stats", () => {
  test("tables from JSON Lines results", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parole-stats-"));
    try {
      const result = (speakers: Array<{ n: string; g: "f" | "m" | null; q: string[]; t?: string }>, orgs: Array<[string, string, number]>) => ({
        schema_version: "1.0",
        source: { path: "x", bytes: 1, sha256: "0".repeat(64) },
        language: { detected: "fra", pipeline: "fr" },
        title: null,
        quotes: speakers.flatMap((s) => s.q.map((id) => ({ id }))),
        speakers: speakers.map((s, i) => ({ id: `p${i}`, name: s.n, type: s.t ?? "person", roles: [], affiliations: [], gender: s.g, quote_ids: s.q })),
        people: [],
        organizations: orgs.map(([name, type, k], i) => ({ id: `o${i}`, name, type, aliases: [], mentions: Array.from({ length: k }, () => ({ text: name, start: 0, end: 1 })) })),
        messages: [],
      });
      const rows = [
        result([{ n: "Anne Leroy", g: "f", q: ["q1", "q2"] }, { n: "Luc Bernard", g: "m", q: ["q3"] }], [["Renault", "company", 2], ["CGT", "ngo", 1]]),
        result([{ n: "Anne Leroy", g: "f", q: ["q1"] }, { n: "Eve Roux", g: null, q: ["q2"] }], [["Renault", "company", 1]]),
        result([], []),
        { source: { path: "bad.txt" }, error: { code: "binary", message: "binary" } },
      ];
      writeFileSync(join(dir, "r.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
      const ran = await runCli(["stats", "--json", join(dir, "r.jsonl")]);
      expect(ran.code).toBe(0);
      const s = JSON.parse(ran.stdout);
      expect(s).toMatchObject({ articles: 3, errors: 1, quotes: 5 });
      expect(s.quotes_per_article).toMatchObject({ mean: 1.667, median: 2, max: 3 });
      expect(s.speakers[0]).toEqual({ name: "Anne Leroy", type: "person", count: 3, articles: 2 });
      expect(s.companies).toEqual([{ name: "Renault", type: "company", count: 3, articles: 2 }]);
      expect(s.gender_quoted_people).toEqual({ women: 2, men: 1, unknown: 1, share_women: 0.667, share_men: 0.333 });
      const csv = await runCli(["stats", "--csv", join(dir, "r.jsonl")]);
      expect(csv.stdout.split("\r\n")[0]).toBe("table,name,type,count,articles");
      const text = await runCli(["stats", join(dir, "r.jsonl"), join(dir, "missing.jsonl")]);
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(/Most quoted speakers\n {2}Anne Leroy/);
      expect(text.stderr).toMatch(/missing\.jsonl: no such file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
