/**
 * Faults a batch meets in the wild (issue 19), the fast part: each of the five cases of the
 * issue, and the faults of a worker, a disk, a pipe or a file system that a run must survive
 * without a crash, a hang or a lost result. `npm run faults` runs the long part
 * (tests/faults-long.test.ts: kill -9 and --resume over 2,000 inputs, a 48 MB record).
 * Faults that cannot be produced from outside (a worker dying mid-article, a full disk under
 * --out-dir) are injected with PAROLE_TEST_FAULT (src/runner/faults.ts).
 * Texts are written for these tests, not taken from any corpus.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extract } from "../src/extract.js";
import { runBatch } from "../src/runner/batch.js";
import { expand } from "../src/runner/inputs.js";
import type { Item } from "../src/runner/inputs.js";
import type { Result } from "../src/core/types.js";
import { validateRecord } from "../src/schema.js";
import { checkResult } from "./helpers/validate.js";
import { article, runCli, sink } from "./setup/cli-io.js";

const BIN = fileURLToPath(new URL("../bin/parole.js", import.meta.url));
let dir: string;
const p = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parole-faults-"));
  writeFileSync(p("a.txt"), article(1));
  mkdirSync(p("batch"));
  for (let i = 0; i < 40; i++) writeFileSync(p(`batch/${String(i).padStart(2, "0")}.txt`), article(i));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** JSON Lines stdout, each line checked against the schema. */
function records(stdout: string): Array<Record<string, any>> {
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const r = JSON.parse(l) as Record<string, any>;
      expect(validateRecord(r)).toEqual([]);
      return r;
    });
}

/** Run the binary; resolves with its exit code (or 128 + signal number) and output. */
function bin(args: string[], o: { env?: Record<string, string>; stdout?: number; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...o.env },
    stdio: [o.input === undefined ? "ignore" : "pipe", o.stdout ?? "pipe", "pipe"],
    ...(o.input !== undefined ? { input: o.input } : {}),
    timeout: 60_000,
  });
  return { code: r.status ?? 128 + ({ SIGTERM: 15, SIGINT: 2, SIGKILL: 9 } as Record<string, number>)[r.signal ?? ""]!, stdout: r.stdout ?? "", stderr: r.stderr };
}

describe("1. an article too big for the memory budget is an error record, the batch goes on", () => {
  const small = (id: string, said: string): string => JSON.stringify({ id, text: `« ${said} », a dit Léa Morel.` }) + "\n";
  // « a », dit X. repeated: the quote-dense text that costs the most memory per byte.
  const big = (mb: number): string => JSON.stringify({ id: "big", text: "« a », dit Paul Girard. ".repeat(Math.ceil((mb * 2 ** 20) / 25)) }) + "\n";

  test.each([
    { name: "one job", jobs: "1" },
    { name: "two jobs", jobs: "2" },
  ])("--max-article-size: a 2 MB record over a 1 MB limit ($name)", async ({ jobs }) => {
    writeFileSync(p("limit.jsonl"), small("s1", "Oui") + big(2) + small("s2", "Non"));
    const ran = await runCli(["-q", "-j", jobs, "--max-article-size", "1", p("limit.jsonl")]);
    expect(ran.code).toBe(1);
    const out = records(ran.stdout);
    expect(out.map((r) => r.error?.code ?? r.source.id)).toEqual(["s1", "too-large", "s2"]);
    // Its size, the limit, and how to raise it.
    expect(out[1]!.error.message).toMatch(/^line 2: 2 MB is more than the 1 MB one article may have; split it, or raise the limit with --max-article-size \d+/);
    expect(ran.stderr).toMatch(/limit\.jsonl: line 2: 2 MB is more than the 1 MB/);
  });

  test("a record under the limit but too big for a worker's heap runs on the main thread, in order", async () => {
    // Prose, not the quote-dense text: as many bytes cost far less time.
    const prose = article(7).replace(/\n+/g, " ");
    writeFileSync(p("mid.jsonl"), small("s1", "Oui") + JSON.stringify({ id: "big", text: prose.repeat(Math.ceil(1.2 * 2 ** 20 / prose.length)) }) + "\n" + small("s2", "Non"));
    const ran = await runCli(["-q", "-j", "2", p("mid.jsonl")]);
    expect(ran.code).toBe(0);
    const out = records(ran.stdout);
    expect(out.map((r) => r.source.id)).toEqual(["s1", "big", "s2"]);
    expect(out[1]!.quotes.length).toBeGreaterThan(1000);
  }, 120_000);

  test("a single file over the limit: one line, exit 1, no crash", async () => {
    writeFileSync(p("big.txt"), "« a », dit Paul Girard. ".repeat(50_000)); // 1.2 MB
    const ran = await runCli(["--max-article-size", "0.5", p("big.txt")]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(/^parole: \S+big\.txt: 1 MB is more than the 0\.50 MB one article may have; split it, or raise the limit with --max-article-size \d+/);
  });

  test.each(["0", "-1", "abc", "100000"])("--max-article-size %s is a usage error", async (v) => {
    const ran = await runCli(["--max-article-size", v, p("a.txt")]);
    expect(ran.code).toBe(2);
  });

  test("the issue's 48 MB record: too-large by default, the records after it still come out", () => {
    writeFileSync(p("dump48.jsonl"), small("s1", "Oui") + JSON.stringify({ id: "big", text: "« a », dit Paul Girard. ".repeat(2e6) }) + "\n" + small("s2", "Non"));
    const r = bin(["-q", "-j", "2", p("dump48.jsonl")]);
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => x.error?.code ?? x.source.id)).toEqual(["s1", "too-large", "s2"]);
    expect(r.stderr).toMatch(/^parole: \S+dump48\.jsonl#?\S*: line 2: \d+ MB is more than the 32 MB one article may have; split it, or raise the limit with --max-article-size \d+/);
    unlinkSync(p("dump48.jsonl"));
  }, 120_000);
});

describe("2. a signal ends a run whose read blocks (a named pipe with no writer)", () => {
  test.each([
    { sig: "SIGTERM" as const, code: 143 },
    { sig: "SIGINT" as const, code: 130 },
  ])("$sig: ends within 2 s with $code, nothing written", async ({ sig, code }) => {
    const fifo = p(`fifo-${sig}.txt`);
    spawnSync("mkfifo", [fifo]);
    const child = spawn(process.execPath, [BIN, fifo], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const ended = new Promise<number>((res) => child.on("close", (c, s) => res(c ?? 128 + (s === "SIGINT" ? 2 : 15))));
    await new Promise((r) => setTimeout(r, 800)); // started and blocked on the pipe
    const t0 = Date.now();
    child.kill(sig);
    const exit = await Promise.race([ended, new Promise<number>((res) => setTimeout(() => res(-1), 5000))]);
    if (exit === -1) child.kill("SIGKILL");
    expect(exit).toBe(code);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(stdout).toBe("");
  }, 30_000);

  test("a named pipe given as input is read once its writer comes", async () => {
    const fifo = p("fifo-fed.txt");
    spawnSync("mkfifo", [fifo]);
    const child = spawn(process.execPath, [BIN, "--lang", "fr", fifo], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const ended = new Promise<number | null>((res) => child.on("close", (c) => res(c)));
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(fifo, "« Nous verrons », a dit Léa Morel.\n");
    expect(await ended).toBe(0);
    expect((JSON.parse(stdout) as Result).quotes[0]?.speaker?.name).toBe("Léa Morel");
  }, 30_000);
});

describe("3. an unclosed « does not swallow the rest of the article", () => {
  const opening = "Le ministre a déclaré : « nous irons jusqu'au bout.";
  const filler = " Les travaux de la digue reprendront au printemps.".repeat(2000);
  const text = `${opening}${filler}\n\n« Oui », a dit Marie Curie.\n`;

  test("a paragraph whose own « … » closes before a cue is a new quote; the open one ends with its paragraph", () => {
    const r = extract(text);
    expect(checkResult(text, r)).toEqual([]);
    expect(r.quotes.map((q) => [q.text.slice(0, 20), q.multi_paragraph])).toEqual([
      ["nous irons jusqu'au ", false],
      ["Oui", false],
    ]);
    expect(r.quotes[0]!.end).toBe(opening.length + filler.length);
    expect(r.quotes[1]!.speaker?.name).toBe("Marie Curie");
    const warning = r.messages.find((m) => m.rule === "unclosed-quote");
    expect(warning?.start).toBe(opening.indexOf("«"));
    expect(warning?.severity).toBe("warning");
  });

  test.each([
    { name: "« … », a dit X", next: "« Oui », a dit Léa Morel.", quotes: 2 },
    { name: "« … », dit-elle", next: "« Non », dit-elle.", quotes: 2 },
    { name: "« … », selon X", next: "« Jamais », selon la préfecture.", quotes: 2 },
    { name: "« … », ajoute X", next: "« Peut-être », ajoute Paul Girard.", quotes: 2 },
    // A continuation: the paragraph reopens with « and goes on; it closes at the quote's end.
    { name: "continuation closed at its end", next: "« Il faudra du temps. Beaucoup de temps. »", quotes: 1 },
    { name: "continuation with no cue after the close", next: "« Rien ne presse. » La séance a été levée.", quotes: 1 },
    // No colon before the first «: the cue at the end attributes the whole quote.
    { name: "a quote opening its paragraph, its cue after the last close", first: "« Nous avons attendu trop longtemps.", next: "« Il faudra du temps », a dit Léa Morel.", quotes: 1 },
    { name: "continuation still open", next: "« Nous verrons bien.", quotes: 1 },
  ])("$name", ({ first, next, quotes }: { first?: string; next: string; quotes: number }) => {
    const t = `${first ?? "La maire, Léa Morel, a expliqué : « Nous avons attendu trop longtemps."}\n\n${next}\n`;
    const r = extract(t, { lang: "fr" });
    expect(checkResult(t, r)).toEqual([]);
    expect(r.quotes).toHaveLength(quotes);
    if (quotes === 1) expect(r.quotes[0]!.multi_paragraph).toBe(true);
  });
});

describe("4. a write error on the output is reported, never silent", () => {
  const full = (): number => openSync("/dev/full", "w");

  test.each([
    { name: "one article", args: () => [p("a.txt")] },
    { name: "JSON Lines on stdin", args: () => ["--jsonl", "-"], input: JSON.stringify({ id: "x", text: article(2) }) + "\n" },
    { name: "a folder", args: () => ["-j", "2", p("batch")] },
  ])("stdout to /dev/full ($name): one line, exit 3", ({ args, input }) => {
    const fd = full();
    try {
      const r = bin(args(), { stdout: fd, ...(input !== undefined ? { input } : {}) });
      expect(r.stderr).toBe("parole: cannot write output: no space left on device\n");
      expect(r.code).toBe(3);
    } finally {
      closeSync(fd);
    }
  }, 60_000);

  test("--out-dir on a full disk (injected): no partial .json, the failing input named, exit 3", async () => {
    const out = p("out-full");
    const env = { PAROLE_TEST_FAULT: "write-enospc:05.json" };
    const saved = process.env["PAROLE_TEST_FAULT"];
    process.env["PAROLE_TEST_FAULT"] = env.PAROLE_TEST_FAULT;
    let ran;
    try {
      ran = await runCli(["-j", "1", "--out-dir", out, p("batch")]);
    } finally {
      if (saved === undefined) delete process.env["PAROLE_TEST_FAULT"];
      else process.env["PAROLE_TEST_FAULT"] = saved;
    }
    expect(ran.code).toBe(3);
    expect(ran.stderr).toMatch(/^parole: \S+batch\/05\.txt: cannot write \S+05\.json: no space left on device\nparole: cannot write output: no space left on device\n$/);
    const files = readdirSync(out, { recursive: true, withFileTypes: false }) as string[];
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files.filter((f) => /05/.test(f))).toEqual([]);
    // What was written before is whole; the run stopped there.
    expect(files.sort()).toEqual(["00.json", "01.json", "02.json", "03.json", "04.json"]);
    for (const f of files) JSON.parse(readFileSync(join(out, f), "utf8"));
  });
});

describe("5. a short French text is read as French", () => {
  test("« Oui », a dit Marie Curie. through the CLI: its speaker, and how the language was decided", async () => {
    const ran = await runCli(["-"], { stdin: "« Oui », a dit Marie Curie.\n" });
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    const r = JSON.parse(ran.stdout) as Result;
    expect(r.language).toEqual({ detected: "fra", pipeline: "fr", method: "short-text" });
    expect(r.quotes[0]?.speaker?.name).toBe("Marie Curie");
  });
});

describe("a worker that throws or dies mid-article", () => {
  test.each([
    { fault: "worker-throw", name: "throws" },
    { fault: "worker-exit", name: "exits" },
  ])("$name: that article gets an error record, the pool goes on, order kept", ({ fault }) => {
    const r = bin(["-q", "-j", "2", p("batch")], { env: { PAROLE_TEST_FAULT: `${fault}:batch/07.txt,${fault}:batch/31.txt` } });
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out.map((x) => x.source.path.slice(-6))).toEqual(Array.from({ length: 40 }, (_, i) => `${String(i).padStart(2, "0")}.txt`));
    expect(out.filter((x) => x.error).map((x) => [x.source.path.slice(-6), x.error.code])).toEqual([
      ["07.txt", "internal"],
      ["31.txt", "internal"],
    ]);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(2);
  }, 60_000);
});

describe("the file system under a batch", () => {
  test("a symlink loop, a folder named x.txt, a named pipe: each reported or walked, the rest goes on", async () => {
    const d = p("odd");
    mkdirSync(d);
    writeFileSync(join(d, "a.txt"), article(3));
    symlinkSync("loop.txt", join(d, "loop.txt"));
    mkdirSync(join(d, "x.txt"));
    writeFileSync(join(d, "x.txt", "inner.txt"), article(4));
    spawnSync("mkfifo", [join(d, "pipe.txt")]);
    const ran = await runCli(["-q", d]);
    expect(ran.code).toBe(1);
    expect(records(ran.stdout).map((r) => [r.source.path.slice(d.length + 1), r.error?.code ?? "ok"])).toEqual([
      ["a.txt", "ok"],
      ["loop.txt", "unreadable"],
      ["pipe.txt", "not-a-file"],
      ["x.txt/inner.txt", "ok"],
    ]);
  });

  test("files that vanish between listing and reading: not-found records, the rest goes on", async () => {
    const d = p("vanish");
    mkdirSync(d);
    for (let i = 0; i < 6; i++) writeFileSync(join(d, `${i}.txt`), article(i));
    const opts = { ext: ["txt"], jsonl: false, resume: false, cwd: dir, stdin: process.stdin, format: "json" as const };
    // The folder is listed when the first item is asked for; two files go before they are read.
    async function* items(): AsyncGenerator<Item> {
      let first = true;
      for await (const item of expand([d], opts)) {
        if (first) {
          unlinkSync(join(d, "2.txt"));
          unlinkSync(join(d, "4.txt"));
          first = false;
        }
        yield item;
      }
    }
    const stdout = sink();
    const stderr = sink();
    const settings = { format: "json" as const, pretty: false, lang: "fr" as const, textField: "text", idField: "id", colour: false, verbose: false, resume: false };
    const s = await runBatch(items(), { settings, jobs: 1, parallel: false, stdout, stderr, progress: false });
    expect(s.errors).toBe(2);
    expect(records(stdout.text()).map((r) => r.error?.code ?? "ok")).toEqual(["ok", "ok", "not-found", "ok", "not-found", "ok"]);
  });

  test("stdin closed (0<&-): an empty result, no crash", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" 0<&-`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Result).quotes).toEqual([]);
    expect(r.stderr).toBe("");
  });

  test("SIGPIPE / EPIPE (| head -1) on a JSON Lines stream: quiet, exit 0", () => {
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: article(i) })).join("\n") + "\n";
    writeFileSync(p("many.jsonl"), lines);
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" -q -j 2 "${p("many.jsonl")}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 60_000);

  test("--version reads package.json", async () => {
    const ran = await runCli(["--version"]);
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(ran.stdout.trim()).toBe(pkg.version);
    expect(existsSync(BIN)).toBe(true);
  });
});
