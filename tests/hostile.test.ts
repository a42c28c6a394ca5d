/**
 * Hostile and broken input (issue 6): every case gets a one-line error naming the input and
 * the reason, the documented exit code, and in a batch an error record while the rest goes
 * on. In-process through run(argv, io); the real binary where only a process shows it
 * (closed pipes, signals, memory caps, another user's permissions).
 * Texts are written for these tests, not taken from any corpus.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { run } from "../src/cli/run.js";
import { lines } from "../src/runner/inputs.js";
import { validateRecord } from "../src/schema.js";
import type { Result } from "../src/core/types.js";
import { checkResult } from "./helpers/validate.js";
import { article, runCli, sink } from "./setup/cli-io.js";

const BIN = fileURLToPath(new URL("../bin/parole.js", import.meta.url));
const isRoot = process.getuid?.() === 0;
let dir: string;
const p = (name: string): string => join(dir, name);

const PARA = "Le maire de la commune a déclaré : « Nous ne lâcherons rien, il faut écouter les habitants. » Les discussions ont repris mardi.\n\n";
const LAST = "Le préfet a ajouté : « Rien n'est encore décidé. »\n";
const LAST_QUOTE = "Rien n'est encore décidé.";
/** A short paragraph for the 10⁵-quote case (≈ 40 bytes each). */
const MANY = "« Oui, nous verrons bien demain. »\n\n";
const MANY_QUOTE = "Oui, nous verrons bien demain.";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parole-hostile-"));
  writeFileSync(p("a.txt"), article(1));
  writeFileSync(p("b.txt"), article(2));
  writeFileSync(p("nul.txt"), Buffer.from("du texte\u0000 et un octet nul"));
  writeFileSync(p("png.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(p("pdf.txt"), Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n"));
  writeFileSync(p("gzip.txt"), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]));
  writeFileSync(p("zip.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
  writeFileSync(p("empty.txt"), "");
  writeFileSync(p("blank.txt"), " \n\t\r\n\u00a0 \r  \n");
  mkdirSync(p("nomatch"));
  writeFileSync(p("nomatch/notes.md"), "rien ici");
  mkdirSync(p("emptydir"));
  // A gzip'd dump named .jsonl: one "binary" error, not one "bad JSON" per garbage line.
  writeFileSync(p("dump-gz.jsonl"), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x0a, 0x7b, 0x0a, 0x7d, 0x0a, 0x41, 0x0a]));
  mkdirSync(p("fifodir"));
  writeFileSync(p("fifodir/a.txt"), article(5));
  // A named pipe nobody writes to: opening it would block the whole run.
  spawnSync("mkfifo", [p("fifodir/x.txt")]);
  writeFileSync(p("bom.jsonl"), "\ufeff" + JSON.stringify({ id: "x", text: article(3) }) + "\n");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parse a JSON Lines stdout, checking each record against the schema. */
function records(stdout: string): Array<Record<string, any>> {
  const rows = stdout.split("\n");
  expect(rows.pop()).toBe("");
  return rows.map((l) => {
    const r = JSON.parse(l) as Record<string, any>;
    expect(validateRecord(r)).toEqual([]);
    return r;
  });
}

interface Case {
  name: string;
  argv: () => string[];
  code: number;
  /** The whole stderr: one line naming the input and the reason. */
  stderr: RegExp;
  /** Error codes of the stdout records in order ("ok" for results); omitted: no stdout. */
  codes?: string[];
}

// Each bad input sits between two good ones: the batch goes on around it.
const sandwich = (bad: string): string[] => ["-j", "1", p("a.txt"), p(bad), p("b.txt")];

const cases: Case[] = [
  { name: "missing path (single)", argv: () => [p("nope.txt")], code: 1, stderr: /^parole: \S*nope\.txt: no such file or folder\n$/ },
  { name: "missing path (batch)", argv: () => sandwich("nope.txt"), code: 1, stderr: /^parole: \S*nope\.txt: no such file or folder\n$/, codes: ["ok", "not-found", "ok"] },
  { name: "folder without matching files", argv: () => [p("nomatch")], code: 1, stderr: /^parole: \S*nomatch: no \.txt, \.html, \.htm, \.warc, \.warc\.gz file in this folder\n$/, codes: ["no-match"] },
  { name: "empty folder", argv: () => ["-j", "1", p("a.txt"), p("emptydir")], code: 1, stderr: /^parole: \S*emptydir: no \.txt, \.html, \.htm, \.warc, \.warc\.gz file in this folder\n$/, codes: ["ok", "no-match"] },
  { name: "glob matching nothing", argv: () => [`${dir}/zz-*.txt`], code: 1, stderr: /^parole: \S*zz-\*\.txt: no file matches this pattern\n$/, codes: ["no-match"] },
  { name: "binary: NUL bytes", argv: () => sandwich("nul.txt"), code: 1, stderr: /^parole: \S*nul\.txt: binary file \(NUL bytes\), not text\n$/, codes: ["ok", "binary", "ok"] },
  { name: "binary: PNG image", argv: () => sandwich("png.txt"), code: 1, stderr: /^parole: \S*png\.txt: binary file \(PNG image\), not text: parole reads text: run OCR on it first[^\n]*\n$/, codes: ["ok", "binary", "ok"] },
  { name: "binary: PDF document", argv: () => sandwich("pdf.txt"), code: 1, stderr: /^parole: \S*pdf\.txt: binary file \(PDF document\), not text: extract its text first: `pdftotext[^\n]*\n$/, codes: ["ok", "binary", "ok"] },
  { name: "binary: gzip archive", argv: () => sandwich("gzip.txt"), code: 1, stderr: /^parole: \S*gzip\.txt: binary file \(gzip archive\), not text: decompress it on the fly: `zcat[^\n]*\n$/, codes: ["ok", "binary", "ok"] },
  { name: "binary: zip archive", argv: () => sandwich("zip.txt"), code: 1, stderr: /^parole: \S*zip\.txt: binary file \(zip archive\), not text: unzip it[^\n]*\n$/, codes: ["ok", "binary", "ok"] },
  { name: "binary: gzip'd JSON Lines dump", argv: () => ["-j", "1", p("dump-gz.jsonl"), p("a.txt")], code: 1, stderr: /^parole: \S*dump-gz\.jsonl: binary file \(gzip archive\), not text: [^\n]*parole --jsonl -` for a JSON Lines dump\n$/, codes: ["binary", "ok"] },
  { name: "binary: a device (/dev/zero never ends)", argv: () => ["-j", "1", "/dev/zero", p("a.txt")], code: 1, stderr: /^parole: \/dev\/zero: not a regular file \(device or socket\), not read\n$/, codes: ["not-a-file", "ok"] },
  { name: "a named pipe inside a folder is not opened", argv: () => ["-j", "1", p("fifodir")], code: 1, stderr: /^parole: \S*fifodir\/x\.txt: not a regular file \(pipe, device or socket\), not read\n$/, codes: ["ok", "not-a-file"] },
  { name: "empty file", argv: () => sandwich("empty.txt"), code: 0, stderr: /^$/, codes: ["ok", "ok", "ok"] },
  { name: "white space only", argv: () => sandwich("blank.txt"), code: 0, stderr: /^$/, codes: ["ok", "ok", "ok"] },
  { name: "JSON Lines with a byte order mark", argv: () => ["-j", "1", p("bom.jsonl")], code: 0, stderr: /^$/, codes: ["ok"] },
];

describe("bad inputs: one line on stderr, an error record, the rest goes on", { timeout: 30_000 }, () => {
  test.each(cases)("$name", async (c) => {
    const ran = await runCli(["-q", ...c.argv()]);
    expect(ran.code, ran.stderr).toBe(c.code);
    expect(ran.stderr).toMatch(c.stderr);
    if (c.codes === undefined) {
      expect(ran.stdout).toBe("");
      return;
    }
    const rs = records(ran.stdout);
    expect(rs.map((r) => r.error?.code ?? "ok")).toEqual(c.codes);
    for (const r of rs) if (!r.error) expect(r.quotes).toBeInstanceOf(Array);
  });

  test.each(["empty.txt", "blank.txt"])("%s alone: a valid empty result, exit 0", async (name) => {
    const ran = await runCli([p(name)]);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    const r = JSON.parse(ran.stdout) as Result;
    expect(checkResult(readFileSync(p(name), "utf8"), r)).toEqual([]);
    expect([r.quotes, r.people, r.organizations, r.speakers]).toEqual([[], [], [], []]);
  });

  test("--verbose adds the stack, and only then", async () => {
    const quiet = await runCli(["-q", "-j", "1", p("png.txt")]);
    expect(quiet.stderr.split("\n")).toHaveLength(2);
    const loud = await runCli(["-q", "-v", "-j", "1", p("png.txt")]);
    expect(loud.stderr).toMatch(/PNG image.*\n.*InputError[\s\S]*\n\s+at /);
  });

  test("binary on stdin is refused too", async () => {
    const ran = await runCli(["-q"], { stdin: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]) });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^parole: -: binary file \(PDF document\), not text: extract its text first: [^\n]*\n$/);
  });
});

describe("permissions", () => {
  test.skipIf(isRoot)("unreadable file (chmod 000): an error record, the rest goes on — skipped as root, who reads anything", async () => {
    writeFileSync(p("locked.txt"), article(4));
    chmodSync(p("locked.txt"), 0o000);
    try {
      const ran = await runCli(["-q", ...sandwich("locked.txt")]);
      expect(ran.code).toBe(1);
      expect(ran.stderr).toMatch(/^parole: \S*locked\.txt: permission denied\n$/);
      expect(records(ran.stdout).map((r) => r.error?.code ?? "ok")).toEqual(["ok", "unreadable", "ok"]);
    } finally {
      chmodSync(p("locked.txt"), 0o644);
    }
  });

  // As root, the same case runs for real through the binary under the "nobody" user, when
  // that user can reach node and the project (not on every machine).
  const nobodyCanRun = ((): boolean => {
    if (!isRoot) return false;
    const r = spawnSync(process.execPath, ["-e", "0"], { uid: 65534, gid: 65534, cwd: "/" });
    return r.status === 0 && spawnSync(process.execPath, [BIN, "--version"], { uid: 65534, gid: 65534, cwd: "/" }).status === 0;
  })();
  test.skipIf(!nobodyCanRun)("unreadable file, as another user through the binary", () => {
    const d = mkdtempSync(join(tmpdir(), "parole-perm-"));
    chmodSync(d, 0o755);
    try {
      writeFileSync(join(d, "a.txt"), article(1), { mode: 0o644 });
      writeFileSync(join(d, "locked.txt"), article(4), { mode: 0o000 });
      chmodSync(join(d, "locked.txt"), 0o000);
      const r = spawnSync(process.execPath, [BIN, "-q", "-j", "1", join(d, "locked.txt"), join(d, "a.txt")], { uid: 65534, gid: 65534, cwd: "/", encoding: "utf8" });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toBe(`parole: ${join(d, "locked.txt")}: permission denied\n`);
      expect(records(r.stdout).map((x) => x.error?.code ?? "ok")).toEqual(["unreadable", "ok"]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe("invalid UTF-8", () => {
  // An astral character first, so UTF-16 and code-point offsets differ.
  const before = "Titre 😀\n\nLe maire a dit : « Un café ";
  const after = " très cher. » Puis il est parti.\n\n" + LAST;
  const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0xff]), Buffer.from(after)]);

  test("file: replaced, reported in messages, offsets still exact", async () => {
    writeFileSync(p("bad.txt"), bytes);
    const ran = await runCli([p("bad.txt")]);
    expect(ran.code).toBe(0);
    const r = JSON.parse(ran.stdout) as Result;
    const text = bytes.toString("utf8");
    expect(checkResult(text, r)).toEqual([]);
    const bad = r.messages.filter((m) => m.rule === "invalid-utf8");
    expect(bad).toHaveLength(1);
    expect([...text].slice(bad[0]!.start, bad[0]!.end).join("")).toMatch(/^\ufffd+$/);
    expect(bad[0]!.start).toBe([...before].length);
    expect(r.quotes.map((q) => q.text)).toContain(LAST_QUOTE);
  });

  test("JSON Lines record: replaced and reported as well", async () => {
    const line = Buffer.concat([Buffer.from(`{"id":"r1","text":${JSON.stringify(before).slice(0, -1)}`), Buffer.from([0xc3, 0xff]), Buffer.from(`${JSON.stringify(after).slice(1)}}\n`)]);
    writeFileSync(p("bad.jsonl"), line);
    const ran = await runCli(["-q", p("bad.jsonl")]);
    expect(ran.code, ran.stderr).toBe(0);
    const [r] = records(ran.stdout) as unknown as Result[];
    const text = bytes.toString("utf8");
    expect(checkResult(text, r!)).toEqual([]);
    const bad = r!.messages.filter((m) => m.rule === "invalid-utf8");
    expect(bad.map((m) => m.start)).toEqual([[...before].length]);
  });
});

/** Run the CLI on one file and return the parsed result with the wall time. */
async function timed(file: string, extra: string[] = []): Promise<{ r: Result; ms: number; stderr: string }> {
  const t0 = performance.now();
  const ran = await runCli([...extra, file]);
  const ms = performance.now() - t0;
  expect(ran.code, ran.stderr).toBe(0);
  return { r: JSON.parse(ran.stdout) as Result, ms, stderr: ran.stderr };
}

describe("unbalanced marks: found or reported, never swallowing the rest, linear", () => {
  const cases: Array<{ name: string; text: () => string; rule?: string; maxMs: number }> = [
    { name: "« never closed", text: () => "Le maire a déclaré : « Nous ne lâcherons rien.\n\nLa suite parle d'autre chose.\n\n" + LAST, rule: "unclosed-quote", maxMs: 2000 },
    { name: "» never opened", text: () => "Le maire a déclaré que tout allait bien. » La suite.\n\n" + LAST, rule: "unopened-quote", maxMs: 2000 },
    { name: "« inside a word", text: () => "Le mot abc«def est étrange.\n\n" + LAST, rule: "mark-in-word", maxMs: 2000 },
    { name: "“ never closed (curly marks only)", text: () => "Le maire a déclaré : “Nous ne lâcherons rien.\n\nLa suite.\n\nLe préfet a ajouté : “Rien n'est encore décidé.”\n", rule: "unclosed-quote", maxMs: 2000 },
    { name: "« repeated 10⁶ times", text: () => "Début. " + "«".repeat(1_000_000) + " fin.\n\n" + LAST, rule: "unclosed-quote", maxMs: 8000 },
    { name: "« followed by a space, 10⁶ times", text: () => "Début. " + "« ".repeat(1_000_000) + "fin.\n\n" + LAST, rule: "unclosed-quote", maxMs: 8000 },
    { name: "» repeated 10⁵ times", text: () => "Début. " + "» ".repeat(100_000) + "fin.\n\n" + LAST, rule: "unopened-quote", maxMs: 8000 },
    { name: "a quote of 1 MB", text: () => "Le maire a déclaré : « " + "Nous ne lâcherons rien et il faut écouter les habitants. ".repeat(18_000) + "»\n\n" + LAST, maxMs: 8000 },
  ];
  test.each(cases)("$name", async (c) => {
    const text = c.text();
    writeFileSync(p("marks.txt"), text);
    const { r, ms } = await timed(p("marks.txt"), ["--lang", "fr"]);
    expect(checkResult(text, r)).toEqual([]);
    // The paragraph after the trouble still gives its quote, whole and alone.
    expect(r.quotes.at(-1)?.text).toBe(LAST_QUOTE);
    if (c.rule) expect(r.messages.map((m) => m.rule)).toContain(c.rule);
    // No quote runs across a paragraph it did not open with a mark.
    for (const q of r.quotes) if (!q.multi_paragraph) expect(q.text).not.toMatch(/\n/);
    expect(ms).toBeLessThan(c.maxMs);
  }, 60_000);

  // Without a speech verb: an attributed "Il a dit : « … »" ×10⁵ still takes ~20 s because
  // 08-resolve scans all earlier quotes for the last speaker (reported to the lead).
  test("10⁵ quotes in one file are all found, in linear time", async () => {
    const text = MANY.repeat(100_000) + LAST;
    writeFileSync(p("many-quotes.txt"), text);
    const { r, ms } = await timed(p("many-quotes.txt"), ["--lang", "fr"]);
    expect(r.quotes).toHaveLength(100_001);
    expect(new Set(r.quotes.slice(0, -1).map((q) => q.text))).toEqual(new Set([MANY_QUOTE]));
    expect(r.quotes.at(-1)!.text).toBe(LAST_QUOTE);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});

describe("big inputs: linear time, flat memory", () => {
  // Ratios, not absolute times: a quadratic step makes 8× the text cost ~64× the time.
  test("an article 8× bigger takes at most ~3× longer than linear", async () => {
    const small = PARA.repeat(1_000); // ≈ 0.14 MB
    const big = PARA.repeat(8_000); // ≈ 1.1 MB
    writeFileSync(p("small.txt"), small);
    writeFileSync(p("big.txt"), big);
    await timed(p("small.txt"), ["--lang", "fr"]); // warm up the JIT
    const best = async (f: string): Promise<number> => Math.min((await timed(f, ["--lang", "fr"])).ms, (await timed(f, ["--lang", "fr"])).ms);
    const ts = await best(p("small.txt"));
    const tb = await best(p("big.txt"));
    expect(tb / ts).toBeLessThan(8 * 3);
  }, 60_000);

  test("a 4 MB article goes through, its last quote found", async () => {
    const text = PARA.repeat(29_000) + LAST; // ≈ 4 MB (the 100 MB case is measured by hand)
    writeFileSync(p("huge.txt"), text);
    const { r, ms } = await timed(p("huge.txt"), ["--lang", "fr"]);
    expect(r.quotes).toHaveLength(29_001);
    expect(r.quotes.at(-1)!.text).toBe(LAST_QUOTE);
    expect(r.source.bytes).toBe(Buffer.byteLength(text));
    expect(ms).toBeLessThan(45_000);
  }, 90_000);

  test("a too-large input is refused with an error record, not a crash", async () => {
    const { MAX_INPUT_BYTES } = await import("../src/runner/errors.js");
    // A sparse file: its size says too large without writing the bytes.
    writeFileSync(p("sparse.txt"), "");
    const { truncateSync } = await import("node:fs");
    truncateSync(p("sparse.txt"), MAX_INPUT_BYTES + 1);
    const ran = await runCli(["-q", ...sandwich("sparse.txt")]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^parole: \S*sparse\.txt: \d+ MB is more than the \d+ MB one article may have; split it, or raise the limit with --max-article-size \d+ \(about 25 MB of memory per MB of text\)\n$/);
    expect(records(ran.stdout).map((r) => r.error?.code ?? "ok")).toEqual(["ok", "too-large", "ok"]);
  });

  test("a JSON Lines dump streams: peak memory does not grow with the file", () => {
    // Records with a 20 KB pass-through field: cheap to extract, heavy to hold. Peak RSS
    // for 40 MB must stay near that for 10 MB; loading the file whole would add ≥ 80 MB.
    const pad = "x".repeat(20_000);
    const rec = (i: number): string => JSON.stringify({ id: i, text: "Le maire a déclaré : « Nous verrons bien demain matin. »", pad }) + "\n";
    const make = (name: string, n: number): string => {
      writeFileSync(p(name), Array.from({ length: n }, (_, i) => rec(i)).join(""));
      return p(name);
    };
    const peakMb = (file: string): number => {
      const script = `
        import { run } from ${JSON.stringify(new URL("../dist/cli/run.js", import.meta.url).href)};
        import { createWriteStream } from "node:fs";
        const code = await run(["-q", "-j", "1", process.argv[1]], { stdin: process.stdin, stdout: createWriteStream("/dev/null"), stderr: process.stderr });
        console.log(JSON.stringify({ code, rss: process.resourceUsage().maxRSS / 1024 }));`;
      const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, file], { encoding: "utf8" });
      const out = JSON.parse(r.stdout) as { code: number; rss: number };
      expect(out.code, r.stderr).toBe(0);
      return out.rss;
    };
    const small = peakMb(make("pad10.jsonl", 500));
    const big = peakMb(make("pad40.jsonl", 2000));
    expect(big - small).toBeLessThan(45);
  }, 60_000);

  test("one JSON Lines line with no end: read in linear time", async () => {
    // 40 MB without a newline, fed in 64 KB chunks (as a file stream does).
    const chunk = Buffer.alloc(65_536, 0x61);
    async function* src(): AsyncGenerator<Buffer> {
      for (let i = 0; i < 640; i++) yield chunk;
    }
    const t0 = performance.now();
    const got = [];
    for await (const l of lines(src(), 64 << 20)) got.push(l.line.length);
    expect(got).toEqual([640 * 65_536]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  test("a runaway line beyond the limit is reported and the next line is read", async () => {
    async function* src(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"id":"a","text":"x"}\n{"id":"b","text":"');
      for (let i = 0; i < 20; i++) yield Buffer.alloc(1000, 0x61);
      yield Buffer.from('"}\n{"id":"c","text":"y"}\n');
    }
    const got = [];
    for await (const l of lines(src(), 10_000)) got.push([l.no, l.tooLong ?? false, l.line.length]);
    expect(got).toEqual([
      [1, false, 21],
      [2, true, 0],
      [3, false, 21],
    ]);
  });
});

describe("stdout closed early", () => {
  test("in-process: an EPIPE on stdout stops quietly", async () => {
    const files = Array.from({ length: 50 }, (_, i) => {
      writeFileSync(p(`pipe-${i}.txt`), article(i));
      return p(`pipe-${i}.txt`);
    });
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _enc, cb) {
        writes++;
        if (writes > 1) {
          const e = new Error("write EPIPE") as NodeJS.ErrnoException;
          e.code = "EPIPE";
          cb(e);
        } else cb();
      },
    });
    const stderr = sink();
    const code = await run(["-j", "1", "-q", ...files], { stdin: Readable.from([]), stdout, stderr });
    expect(code).toBe(0);
    expect(stderr.text()).toBe("");
  });

  test.each([
    ["a folder", (): string => `-q -j 2 "${p("pipefolder")}"`],
    ["a JSON Lines dump on stdin", (): string => `-q -j 2 --jsonl - < "${p("pipe.jsonl")}"`],
    ["one big article", (): string => `-q "${p("pipe-big.txt")}"`],
  ])("%s | head -1: quiet exit, no EPIPE trace", (_name, args) => {
    if (!existsSync(p("pipefolder"))) {
      mkdirSync(p("pipefolder"));
      for (let i = 0; i < 400; i++) writeFileSync(p(`pipefolder/${String(i).padStart(3, "0")}.txt`), article(i));
      writeFileSync(p("pipe.jsonl"), Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: article(i) })).join("\n") + "\n");
      writeFileSync(p("pipe-big.txt"), PARA.repeat(5000));
    }
    const r = spawnSync("sh", ["-c", `node "${BIN}" ${args()} | head -1`], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.stdout.split("\n")[0]!.length, `stdout ${JSON.stringify(r.stdout.slice(0, 200))}, stderr ${JSON.stringify(r.stderr.slice(0, 500))}`).toBeGreaterThan(0);
  }, 30_000);

  test("the binary's own exit code after head -1 is 0 (bash PIPESTATUS)", () => {
    const r = spawnSync("bash", ["-c", `node "${BIN}" -q -j 2 "${p("pipefolder")}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    expect(r.stderr).toBe("");
  }, 30_000);
});

describe("signals mid-batch with --out-dir", () => {
  test.each([
    ["SIGINT", 130, "folder"],
    ["SIGTERM", 143, "jsonl"],
  ] as const)("%s: whole files only, --resume finishes", async (sig, code, kind) => {
    const src = p(`sig-${kind}`);
    let input: string;
    let total: number;
    if (kind === "folder") {
      mkdirSync(src, { recursive: true });
      for (let i = 0; i < 800; i++) writeFileSync(join(src, `${String(i).padStart(4, "0")}.txt`), article(i));
      input = src;
      total = 800;
    } else {
      input = `${src}.jsonl`;
      writeFileSync(input, Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: `r${i}`, text: article(i) })).join("\n") + "\n");
      total = 1500;
    }
    const out = p(`out-${kind}`);
    const outFiles = (): string[] => (existsSync(out) ? readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith(".json") || f.endsWith(".tmp")) : []);
    const child = spawn(process.execPath, [BIN, "-j", "2", "--out-dir", out, input], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((res) => {
      const t = setInterval(() => {
        if (outFiles().length > 50) {
          clearInterval(t);
          res();
        }
      }, 5);
    });
    child.kill(sig);
    const exit = await new Promise<number | null>((res) => child.on("close", res));
    expect(exit).toBe(code);
    expect(stderr).toMatch(new RegExp(`stopped by ${sig}`));
    expect(stderr).not.toMatch(/\n\s+at /);
    const files = outFiles();
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files.length).toBeLessThan(total);
    for (const f of files) JSON.parse(readFileSync(join(out, f), "utf8"));
    const rest = spawnSync(process.execPath, [BIN, "-j", "2", "--out-dir", out, "--resume", input], { encoding: "utf8" });
    expect(rest.status, rest.stderr).toBe(0);
    expect(rest.stderr).toMatch(new RegExp(`parole: ${total - files.length} articles, .* ${files.length} skipped`));
    expect(outFiles()).toHaveLength(total);
  }, 60_000);
});

describe("usage errors: commander's message, exit 2", () => {
  test.each([
    ["unknown long option", ["--frobnicate"], /error: unknown option '--frobnicate'/],
    ["unknown short option", ["-Z"], /error: unknown option '-Z'/],
    ["--jobs not a number", ["--jobs", "many"], /option '-j, --jobs <n>' argument 'many' is invalid/],
    ["--jobs 0", ["--jobs", "0"], /argument '0' is invalid/],
    ["--jobs negative", ["--jobs", "-3"], /argument '-3' is invalid|unknown option '-3'/],
    ["--jobs fractional", ["--jobs", "1.5"], /argument '1.5' is invalid/],
    ["--jobs without a value", ["--jobs"], /option '-j, --jobs <n>' argument missing/],
    ["--format unknown", ["--format", "xml"], /argument 'xml' is invalid\. Allowed choices are json, text, csv/],
    ["--lang unknown", ["--lang", "de"], /argument 'de' is invalid\. Allowed choices are fr, en, auto/],
    ["--encoding unknown", ["--encoding", "klingon"], /unknown encoding "klingon"/],
    ["--ext empty", ["--ext", ","], /expected extensions/],
    ["--text-field without a value", ["--text-field"], /argument missing/],
    ["--resume without --out-dir", ["--resume"], /--resume needs --out-dir/],
    ["stats --top not a number", ["stats", "--top", "x", "results.jsonl"], /argument 'x' is invalid/],
  ])("%s", async (_name, argv, message) => {
    const ran = await runCli(argv[0] === "stats" ? argv : [p("a.txt"), ...argv]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(message);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });

  test("the binary exits 2 as well", () => {
    const r = spawnSync(process.execPath, [BIN, "--jobs", "x", "a.txt"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: option '-j, --jobs <n>' argument 'x' is invalid/);
  });
});
