/**
 * The command line, in-process: run(argv, io) with fake stdin/stdout/stderr, one table of
 * cases covering inputs, encodings, errors and exit codes, then out-dir, CSV and text format.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import iconv from "iconv-lite";
import { validateRecord, validateResult } from "../src/schema.js";
import { article, runCli } from "./setup/cli-io.js";

let dir: string;
const p = (name: string): string => join(dir, name);
const FR = article(1);
const LATIN = "Le maire a déclaré : « Ça coûte très cher, où est l'économie ? »\n";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parole-cli-"));
  writeFileSync(p("a.txt"), FR);
  writeFileSync(p("b.txt"), article(2));
  writeFileSync(p("bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FR)]));
  writeFileSync(p("crlf.txt"), FR.replace(/\n/g, "\r\n"));
  writeFileSync(p("latin1.txt"), iconv.encode(LATIN, "latin1"));
  writeFileSync(p("utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FR, "utf16le")]));
  writeFileSync(p("utf16be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FR, "utf16be")]));
  writeFileSync(p("nul.txt"), Buffer.from("du texte\u0000\u0001\u0002 et des octets nuls"));
  writeFileSync(p("image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42]));
  writeFileSync(p("gzip.txt"), Buffer.from([0x1f, 0x8b, 0x08, 0x08, 0x41, 0x42]));
  writeFileSync(p("empty.txt"), "");
  writeFileSync(p("blank.txt"), "  \n\t\r\n  ");
  writeFileSync(p("bad-utf8.txt"), Buffer.concat([Buffer.from("Un café « très »"), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(" et la fin é")]));
  mkdirSync(p("folder/sub"), { recursive: true });
  writeFileSync(p("folder/sub/z.txt"), article(3));
  writeFileSync(p("folder/y.txt"), article(4));
  writeFileSync(p("folder/x.md"), article(5));
  mkdirSync(p("mixed/sub"), { recursive: true });
  writeFileSync(p("mixed/sub/z.txt"), article(3));
  writeFileSync(p("mixed/y.txt"), article(4));
  mkdirSync(p("nomatch"));
  writeFileSync(p("nomatch/only.md"), "rien");
  writeFileSync(
    p("dump.jsonl"),
    [
      JSON.stringify({ id: "r1", text: article(6), url: "https://example.org/1" }),
      "{ not json",
      JSON.stringify({ id: "r3", body: "no text field" }),
      "",
      JSON.stringify({ id: 4, text: article(7) }),
    ].join("\n") + "\n",
  );
  writeFileSync(p("mixed/dump.jsonl"), readFileSync(p("dump.jsonl")));
  // A byte order mark, CRLF line ends, lines blank in Unicode's sense only (no-break space,
  // ideographic space), and a record with bytes that are not UTF-8 inside its text.
  writeFileSync(
    p("edges.jsonl"),
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`${JSON.stringify({ id: "bom", text: article(9) })}\r\n \u00a0\r\n\u3000\n\r\n`),
      Buffer.from('{"id":"latin1","text":"Un caf'),
      Buffer.from([0xe9]),
      Buffer.from(` \u00ab tr\u00e8s \u00bb, a dit Marie Dubois."}\r\n`),
      Buffer.from(`${JSON.stringify({ id: "last", text: article(10) })}`),
    ]),
  );
  writeFileSync(p("list.txt"), `${p("b.txt")}\n${p("a.txt")}\n\n${p("missing.txt")}\n`);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Case {
  name: string;
  argv: () => string[];
  stdin?: () => string | Buffer;
  code: number;
  /** Number of JSON Lines expected on stdout, or "pretty" for one pretty object. */
  out: number | "pretty" | "none";
  stderr?: RegExp;
  check?: (records: Array<Record<string, any>>) => void;
}

const cases: Case[] = [
  { name: "single file", argv: () => [p("a.txt")], code: 0, out: "pretty", check: ([r]) => expect(r!.source.encoding).toBe("utf-8") },
  { name: "stdin with -", argv: () => ["-"], stdin: () => FR, code: 0, out: "pretty", check: ([r]) => expect(r!.source.path).toBe("-") },
  { name: "stdin without a path", argv: () => [], stdin: () => FR, code: 0, out: "pretty", check: ([r]) => expect(r!.source.bytes).toBe(Buffer.byteLength(FR)) },
  {
    name: "UTF-8 BOM",
    argv: () => [p("bom.txt")],
    code: 0,
    out: "pretty",
    check: ([r]) => {
      expect(r!.source.encoding).toBe("utf-8");
      expect(r!.source.bytes).toBe(Buffer.byteLength(FR) + 3);
    },
  },
  { name: "CRLF kept", argv: () => [p("crlf.txt")], code: 0, out: "pretty", check: ([r]) => expect(r!.messages).toEqual([]) },
  { name: "Latin-1 file", argv: () => [p("latin1.txt")], code: 0, out: "pretty", check: ([r]) => expect(r!.source.encoding).toBe("windows-1252") },
  { name: "forced encoding", argv: () => ["--encoding", "latin1", p("latin1.txt")], code: 0, out: "pretty", check: ([r]) => expect(r!.source.encoding).toBe("latin1") },
  { name: "UTF-16 LE with BOM", argv: () => [p("utf16.txt")], code: 0, out: "pretty", check: ([r]) => expect(r!.source.encoding).toBe("utf-16le") },
  { name: "UTF-16 BE with BOM", argv: () => [p("utf16be.txt")], code: 0, out: "pretty", check: ([r]) => expect(r!.source.encoding).toBe("utf-16be") },
  {
    name: "invalid UTF-8 is replaced and reported",
    argv: () => [p("bad-utf8.txt")],
    code: 0,
    out: "pretty",
    check: ([r]) => {
      const m = r!.messages.filter((x: { rule: string }) => x.rule === "invalid-utf8");
      expect(m.length).toBeGreaterThan(0);
      // "Un café « très »" is 16 code points: the bad bytes start right after it.
      expect(m[0].start).toBe(16);
    },
  },
  { name: "binary file (NUL bytes)", argv: () => [p("nul.txt")], code: 1, out: "none", stderr: /nul\.txt: binary file/ },
  { name: "binary file (PNG)", argv: () => [p("image.txt")], code: 1, out: "none", stderr: /image\.txt: binary file \(PNG image\)/ },
  { name: "binary file (gzip)", argv: () => [p("gzip.txt")], code: 1, out: "none", stderr: /binary file \(gzip archive\)/ },
  { name: "empty file", argv: () => [p("empty.txt")], code: 0, out: "pretty", check: ([r]) => expect(r!.quotes).toEqual([]) },
  { name: "white space only", argv: () => [p("blank.txt")], code: 0, out: "pretty", check: ([r]) => expect(r!.quotes).toEqual([]) },
  { name: "missing path", argv: () => [p("missing.txt")], code: 1, out: "none", stderr: /^parole: .*missing\.txt: no such file or folder\n$/ },
  {
    name: "folder, recursive, .txt only, sorted",
    argv: () => ["-j", "1", p("folder")],
    code: 0,
    out: 2,
    check: (rs) => expect(rs.map((r) => r.source.path)).toEqual([p("folder/sub/z.txt"), p("folder/y.txt")]),
  },
  {
    name: "--ext picks other extensions",
    argv: () => ["-j", "1", "--ext", "md,txt", p("folder")],
    code: 0,
    out: 3,
    check: (rs) => expect(rs.map((r) => r.source.path)).toEqual([p("folder/sub/z.txt"), p("folder/x.md"), p("folder/y.txt")]),
  },
  { name: "folder with no matching file", argv: () => [p("nomatch")], code: 1, out: 1, stderr: /nomatch: no \.txt, \.html, \.htm, \.warc, \.warc\.gz file in this folder/, check: ([r]) => expect(r!.error.code).toBe("no-match") },
  {
    name: "glob",
    argv: () => ["-j", "1", `${dir}/folder/**/*.txt`],
    code: 0,
    out: 2,
    check: (rs) => expect(rs.map((r) => r.source.path).sort()).toEqual([p("folder/sub/z.txt"), p("folder/y.txt")]),
  },
  { name: "glob matching nothing", argv: () => [`${dir}/nothing-*.txt`], code: 1, out: 1, check: ([r]) => expect(r!.error.code).toBe("no-match") },
  {
    name: "--files-from, errors kept in order",
    argv: () => ["-j", "1", "--files-from", p("list.txt")],
    code: 1,
    out: 3,
    stderr: /missing\.txt: no such file or folder/,
    check: (rs) => {
      expect(rs.map((r) => r.source.path)).toEqual([p("b.txt"), p("a.txt"), p("missing.txt")]);
      expect(rs[2]!.error.code).toBe("not-found");
    },
  },
  {
    name: "--files-from - reads the list on stdin",
    argv: () => ["-j", "1", "--files-from", "-"],
    stdin: () => `${p("a.txt")}\n${p("b.txt")}\n`,
    code: 0,
    out: 2,
    check: (rs) => expect(rs.map((r) => r.source.path)).toEqual([p("a.txt"), p("b.txt")]),
  },
  {
    name: "several files: JSON Lines in order, errors as records",
    argv: () => ["-j", "1", p("b.txt"), p("nul.txt"), p("a.txt"), p("missing.txt"), p("empty.txt")],
    code: 1,
    out: 5,
    check: (rs) => {
      expect(rs.map((r) => r.source.path)).toEqual(["b.txt", "nul.txt", "a.txt", "missing.txt", "empty.txt"].map(p));
      expect(rs.map((r) => r.error?.code ?? "ok")).toEqual(["ok", "binary", "ok", "not-found", "ok"]);
    },
  },
  {
    name: "JSON Lines file with bad lines",
    argv: () => ["-j", "1", p("dump.jsonl")],
    code: 1,
    out: 4,
    stderr: /dump\.jsonl:2: not valid JSON/,
    check: (rs) => {
      expect(rs.map((r) => r.source.id ?? null)).toEqual(["r1", null, "r3", "4"]);
      expect(rs.map((r) => r.error?.code ?? "ok")).toEqual(["ok", "bad-json", "no-text", "ok"]);
      expect(rs[0]!.meta).toEqual({ url: "https://example.org/1" });
      expect(rs[0]!.source.bytes).toBe(Buffer.byteLength(article(6)));
    },
  },
  {
    name: "JSON Lines with a byte order mark, CRLF, Unicode-blank lines and bad UTF-8",
    argv: () => ["-j", "1", p("edges.jsonl")],
    code: 0,
    out: 3,
    check: (rs) => {
      expect(rs.map((r) => r.source.id)).toEqual(["bom", "latin1", "last"]);
      expect(rs.map((r) => r.error?.code ?? "ok")).toEqual(["ok", "ok", "ok"]);
      expect(rs[0]!.source.bytes).toBe(Buffer.byteLength(article(9)));
      expect(rs[1]!.messages.some((m: { rule: string }) => m.rule === "invalid-utf8")).toBe(true);
      expect(rs[1]!.quotes[0]?.text).toBe("très");
    },
  },
  {
    name: "--jsonl - on stdin, custom fields",
    argv: () => ["-j", "1", "--jsonl", "--text-field", "body", "--id-field", "key", "-"],
    stdin: () => [{ key: "a", body: FR }, { key: "b", body: article(8), lang: "fr" }].map((r) => JSON.stringify(r)).join("\n"),
    code: 0,
    out: 2,
    check: (rs) => {
      expect(rs.map((r) => r.source.id)).toEqual(["a", "b"]);
      expect(rs[1]!.meta).toEqual({ lang: "fr" });
    },
  },
  {
    name: "two jobs keep the order",
    argv: () => ["-j", "2", p("b.txt"), p("a.txt"), p("folder"), p("nul.txt")],
    code: 1,
    out: 5,
    check: (rs) => expect(rs.map((r) => r.source.path)).toEqual([p("b.txt"), p("a.txt"), p("folder/sub/z.txt"), p("folder/y.txt"), p("nul.txt")]),
  },
  { name: "unknown option", argv: () => ["--bogus", p("a.txt")], code: 2, out: "none", stderr: /unknown option '--bogus'/ },
  { name: "bad --jobs value", argv: () => ["--jobs", "zero", p("a.txt")], code: 2, out: "none", stderr: /--jobs <n>' argument 'zero' is invalid/ },
  { name: "--jobs 0", argv: () => ["--jobs", "0", p("a.txt")], code: 2, out: "none", stderr: /is invalid/ },
  { name: "bad --format value", argv: () => ["--format", "xml", p("a.txt")], code: 2, out: "none", stderr: /Allowed choices are json, text, csv/ },
  { name: "unknown encoding", argv: () => ["--encoding", "klingon", p("a.txt")], code: 2, out: "none", stderr: /unknown encoding/ },
  { name: "--resume without --out-dir", argv: () => ["--resume", p("a.txt")], code: 2, out: "none", stderr: /--resume needs --out-dir/ },
  { name: "no input on a terminal", argv: () => [], code: 2, out: "none", stderr: /no input/ },
];

describe("run(argv, io)", () => {
  test.each(cases)("$name", async (c) => {
    const ran = await runCli(["-q", ...c.argv()], { stdin: c.stdin?.(), stdinTTY: c.stdin === undefined && c.argv().length === 0 });
    expect(ran.code, ran.stderr).toBe(c.code);
    if (c.stderr) expect(ran.stderr).toMatch(c.stderr);
    if (c.code !== 2) expect(ran.stderr).not.toMatch(/\n\s+at /); // no stack without --verbose
    let records: Array<Record<string, any>> = [];
    if (c.out === "none") expect(ran.stdout).toBe("");
    else if (c.out === "pretty") {
      expect(ran.stdout).toMatch(/^\{\n {2}"schema_version"/);
      expect(ran.stdout.endsWith("}\n")).toBe(true);
      records = [JSON.parse(ran.stdout)];
      expect(validateResult(records[0])).toEqual([]);
    } else {
      const lines = ran.stdout.split("\n");
      expect(lines.pop()).toBe("");
      expect(lines).toHaveLength(c.out);
      records = lines.map((l) => JSON.parse(l));
      for (const r of records) expect(validateRecord(r)).toEqual([]);
    }
    c.check?.(records);
  });

  test("--help and --version exit 0 on stdout", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: parole/);
    const v = await runCli(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test("a batch prints a summary line on stderr unless --quiet", async () => {
    const ran = await runCli(["-j", "1", p("a.txt"), p("nul.txt")]);
    expect(ran.stderr).toMatch(/^parole: .*nul\.txt: binary file.*\nparole: 2 articles, \d+ quotes?, 1 error in [\d.]+ s/);
  });

  test("--verbose adds the stack to an error line", async () => {
    const ran = await runCli(["-q", "-v", "-j", "1", p("a.txt"), p("nul.txt")]);
    expect(ran.stderr).toMatch(/binary file.*\n.*InputError/);
  });

  test("parole schema prints the JSON Schema", async () => {
    const ran = await runCli(["schema"]);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout).$schema).toMatch(/json-schema\.org/);
  });

  test("parole eval on a missing folder fails without a stack", async () => {
    const ran = await runCli(["eval", p("no-gold-here")]);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toMatch(/no-gold-here/);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });
});

const unreadable = process.getuid?.() === 0;
describe("permissions", () => {
  // root reads any file whatever its mode, so chmod 000 proves nothing when tests run as root.
  test.skipIf(unreadable)("unreadable file (chmod 000) — skipped when running as root, who can read it anyway", async () => {
    writeFileSync(p("locked.txt"), FR);
    chmodSync(p("locked.txt"), 0o000);
    const ran = await runCli(["-q", "-j", "1", p("locked.txt"), p("a.txt")]);
    chmodSync(p("locked.txt"), 0o644);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/locked\.txt: permission denied/);
    expect(JSON.parse(ran.stdout.split("\n")[0]!).error.code).toBe("unreadable");
  });
});

describe("formats", () => {
  const quoted = "Le maire a déclaré : « Il a dit \"non\", puis : oui,\nsans hésiter. »\n";

  test("text format has no colour when stdout is not a terminal", async () => {
    const ran = await runCli([p("a.txt"), "--format", "text"], { stdoutTTY: false });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("a.txt");
    expect(ran.stdout).not.toMatch(/\x1b\[/);
  });

  test("text format is coloured on a terminal, plain with NO_COLOR", async () => {
    const tty = await runCli([p("a.txt"), "--format", "text"], { stdoutTTY: true });
    expect(tty.stdout).toMatch(/\x1b\[/);
    const no = await runCli([p("a.txt"), "--format", "text"], { stdoutTTY: true, env: { NO_COLOR: "1" } });
    expect(no.stdout).not.toMatch(/\x1b\[/);
  });

  test("csv: header once, RFC 4180 rows", async () => {
    const { formatCsv, csvHeader } = await import("../src/runner/format.js");
    expect(csvHeader()).toBe(
      "article_id,path,status,error,quote_id,quote,kind,speaker,speaker_type,speaker_gender,speaker_description,role,affiliation," +
        "cue,channel,rule,confidence,start,end,language,title,url,site,published,meta\r\n",
    );
    const row = formatCsv({
      schema_version: "1.0",
      source: { path: "a,b.txt", bytes: 1, sha256: "0".repeat(64) },
      language: { detected: "fra", pipeline: "fr" },
      title: null,
      quotes: [
        {
          id: "q1",
          text: 'Il a dit "non", puis : oui,\nsans hésiter.',
          start: 22,
          end: 61,
          kind: "full",
          multi_paragraph: false,
          speaker: { id: "p1", name: "Jeanne Martin", type: "person", roles: ["maire", "présidente"], affiliations: ["Ville"] },
          speaker_description: null,
          cue: { text: "a déclaré", lemma: "déclarer", start: 9, end: 18 },
          channel: null,
          confidence: 0.9,
          rule: "colon",
        },
      ],
      speakers: [],
      people: [],
      organizations: [],
      messages: [],
    });
    expect(row).toBe(
      '"a,b.txt","a,b.txt",ok,,q1,"Il a dit ""non"", puis : oui,\nsans hésiter.",full,Jeanne Martin,person,,,"maire; présidente",Ville,a déclaré,,colon,0.9,22,61,fra,,,,,\r\n',
    );
  });

  test("csv over several files writes the header once", async () => {
    writeFileSync(p("q.txt"), quoted);
    const ran = await runCli(["-q", "-j", "1", "--format", "csv", p("q.txt"), p("a.txt"), p("nul.txt")]);
    expect(ran.code).toBe(1);
    expect(ran.stdout.match(/^article_id,/gm)).toHaveLength(1);
    expect(ran.stdout.startsWith("article_id,path,status,")).toBe(true);
  });
});

describe("--out-dir", () => {
  test("one .json per input, mirrored, atomic, then --resume skips done inputs", async () => {
    const out = p("out");
    const ran = await runCli(["-q", "-j", "1", "--ext", "txt,jsonl", "--out-dir", out, p("mixed")]);
    expect(ran.code).toBe(1); // the bad JSON lines
    expect(ran.stdout).toBe("");
    const files = (d: string): string[] =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
        .sort();
    expect(files(out)).toEqual(["dump/2.error.json", "dump/4.json", "dump/r1.json", "dump/r3.error.json", "sub/z.json", "y.json"]);
    const z = JSON.parse(readFileSync(join(out, "sub/z.json"), "utf8"));
    expect(validateResult(z)).toEqual([]);
    expect(z.source.path).toBe(p("mixed/sub/z.txt"));
    expect(files(out).some((f) => f.endsWith(".tmp"))).toBe(false);

    // --resume: nothing changed, so nothing is redone...
    const before = statSync(join(out, "y.json")).mtimeMs;
    const again = await runCli(["-j", "1", "--ext", "txt,jsonl", "--out-dir", out, "--resume", p("mixed")]);
    // The JSON Lines records are skipped too, except the failed ones (no .json: retried).
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/parole: 2 articles.*2 errors.*4 skipped/);
    expect(statSync(join(out, "y.json")).mtimeMs).toBe(before);
    // ...but an input newer than its output is redone.
    const future = new Date(Date.now() + 60_000);
    utimesSync(p("mixed/y.txt"), future, future);
    const third = await runCli(["-j", "1", "--out-dir", out, "--resume", p("mixed")]);
    expect(third.code).toBe(0);
    expect(third.stderr).toMatch(/parole: 1 article,.*1 skipped/);
    expect(statSync(join(out, "y.json")).mtimeMs).toBeGreaterThan(before);
  });

  test("an abort stops the batch cleanly: whole files only, --resume finishes", async () => {
    const src = p("many");
    mkdirSync(src);
    for (let i = 0; i < 200; i++) writeFileSync(join(src, `${String(i).padStart(3, "0")}.txt`), article(i));
    const out = p("out-abort");
    const ac = new AbortController();
    // Stop once some outputs exist: the batch is then surely in the middle.
    const watch = setInterval(() => {
      if (existsSync(out) && readdirSync(out).length >= 20) ac.abort("SIGINT");
    }, 1);
    const first = await runCli(["-j", "1", "--out-dir", out, src], { signal: ac.signal });
    clearInterval(watch);
    const done = readdirSync(out).filter((f) => f.endsWith(".json"));
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    for (const f of done) expect(() => JSON.parse(readFileSync(join(out, f), "utf8"))).not.toThrow();
    expect(done.length).toBeGreaterThanOrEqual(20);
    expect(done.length).toBeLessThan(200);
    expect(first.code).toBe(130);
    expect(first.stderr).toMatch(/stopped by SIGINT/);
    const rest = await runCli(["-q", "-j", "1", "--out-dir", out, "--resume", src]);
    expect(rest.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".json"))).toHaveLength(200);
    expect(existsSync(join(out, "000.json"))).toBe(true);
  });
});
