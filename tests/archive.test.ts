/**
 * An archive of 10 500 articles — 8 000 text files in 80 folders and a 2 500-line JSON Lines
 * dump — with broken inputs mixed in (binary files, Latin-1 files, empty files, invalid JSON
 * lines, records without text), run with --jobs 2 to stdout and to --out-dir. Checks: one
 * output per input, in input order, errors exactly where planted, Latin-1 decoded right.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extract } from "../src/index.js";
import { validateRecord } from "../src/schema.js";
import { article, runCli } from "./setup/cli-io.js";

const FOLDERS = 80;
const PER_FOLDER = 100;
const RECORDS = 2500;

interface Expected {
  path: string;
  id?: string | null;
  /** Error code, or "ok". */
  outcome: string;
  /** For Latin-1 files: the text as it should be decoded. */
  latin1?: string;
  /** Where the output goes under --out-dir (relative). */
  out: string;
}

let root: string;
let arch: string;
const expected: Expected[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "parole-archive-"));
  arch = join(root, "arch");
  let n = 0;
  for (let f = 0; f < FOLDERS; f++) {
    const folder = `d${String(f).padStart(2, "0")}`;
    mkdirSync(join(arch, folder), { recursive: true });
    for (let i = 0; i < PER_FOLDER; i++, n++) {
      const name = `${String(i).padStart(3, "0")}.txt`;
      const path = join(arch, folder, name);
      const out = `${folder}/${name.slice(0, -4)}`;
      if (n % 101 === 7) {
        writeFileSync(path, Buffer.concat([Buffer.from("PK"), Buffer.from([0, 1, 2, 0]), Buffer.from(article(n))]));
        expected.push({ path, outcome: "binary", out });
      } else if (n % 97 === 3) {
        // Latin-1 with French accents and a guillemet-delimited quote.
        const text = `${article(n)}Le trésorier a précisé : « Ça coûte très cher à l'État, où qu'on aille. »\n`;
        writeFileSync(path, iconv.encode(text, "latin1"));
        expected.push({ path, outcome: "ok", latin1: text, out });
      } else if (n % 103 === 5) {
        writeFileSync(path, "");
        expected.push({ path, outcome: "ok", out });
      } else {
        writeFileSync(path, article(n));
        expected.push({ path, outcome: "ok", out });
      }
    }
  }
  const dump = join(arch, "dump.jsonl");
  const lines: string[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const id = `rec-${i}`;
    if (i % 50 === 13) {
      lines.push(`{"id": "${id}", "text": "coupé net`);
      expected.push({ path: dump, id: null, outcome: "bad-json", out: `dump/${i + 1}` });
    } else if (i % 77 === 20) {
      lines.push(JSON.stringify({ id, title: "sans texte" }));
      expected.push({ path: dump, id, outcome: "no-text", out: `dump/${id}` });
    } else {
      lines.push(JSON.stringify({ id, text: article(100_000 + i), section: "politique" }));
      expected.push({ path: dump, id, outcome: "ok", out: `dump/${id}` });
    }
  }
  writeFileSync(dump, lines.join("\n") + "\n");
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function checkLatin1(record: Record<string, any>, e: Expected): void {
  expect(record.source.encoding).toBe("windows-1252");
  expect(record.messages.some((m: { rule: string }) => m.rule === "invalid-utf8")).toBe(false);
  // Decoded right means: the same result as the same text given in UTF-8.
  const direct = extract(e.latin1!, { source: record.source });
  expect({ ...record, source: null }).toEqual({ ...direct, source: null });
}

describe("archive of 10 500 articles, --jobs 2", () => {
  test("to stdout: one line per input, in order, errors where planted", async () => {
    expect(expected.length).toBe(FOLDERS * PER_FOLDER + RECORDS);
    const ran = await runCli(["-q", "-j", "2", "--ext", "txt,jsonl", arch]);
    expect(ran.code).toBe(1);
    const lines = ran.stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(expected.length);
    const stderrLines = ran.stderr.split("\n").filter(Boolean);
    // Per error code: the first five in full, then one line counting the rest.
    const perCode = new Map<string, number>();
    for (const e of expected) if (e.outcome !== "ok") perCode.set(e.outcome, (perCode.get(e.outcome) ?? 0) + 1);
    expect(perCode.size).toBeGreaterThan(1);
    expect(stderrLines).toHaveLength([...perCode.values()].reduce((a, n) => a + Math.min(n, 5) + (n > 5 ? 1 : 0), 0));
    for (const [code, n] of perCode) if (n > 5) expect(stderrLines).toContain(`parole: … and ${n - 5} more like « ${code} » (${n} in all)`);
    lines.forEach((line, i) => {
      const r = JSON.parse(line);
      const e = expected[i]!;
      expect(r.source.path).toBe(e.path);
      if (e.id !== undefined) expect(r.source.id ?? null).toBe(e.id);
      expect(r.error?.code ?? "ok").toBe(e.outcome);
      if (i % 500 === 0) expect(validateRecord(r)).toEqual([]);
      if (e.latin1) checkLatin1(r, e);
      if (e.outcome === "ok" && e.id) expect(r.meta).toEqual({ section: "politique" });
    });
  }, 60_000);

  test("to --out-dir: one file per input (.json or .error.json), nothing else", async () => {
    const out = join(root, "out");
    const ran = await runCli(["-q", "-j", "2", "--ext", "txt,jsonl", "--out-dir", out, arch]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe("");
    const found = (readdirSync(out, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(out.length + 1))
      .sort();
    const want = expected.map((e) => `${e.out}${e.outcome === "ok" ? ".json" : ".error.json"}`).sort();
    expect(found).toEqual(want);
    for (const e of expected.filter((x) => x.latin1).slice(0, 5)) checkLatin1(JSON.parse(readFileSync(join(out, `${e.out}.json`), "utf8")), e);
    const bad = JSON.parse(readFileSync(join(out, "dump/14.error.json"), "utf8"));
    expect(bad.error.code).toBe("bad-json");
  }, 60_000);
});
