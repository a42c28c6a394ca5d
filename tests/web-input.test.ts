/**
 * HTML pages, folders of mixed pages and text, WARC archives and JSON Lines holding HTML,
 * through the command line (in-process; --jobs 2 runs the built worker threads). Pages and
 * archives are made here from invented articles (tests/helpers/pages.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { validateRecord, validateResult } from "../src/schema.js";
import { article, runCli } from "./setup/cli-io.js";
import { homePage, page, warc } from "./helpers/pages.js";

let dir: string;
const p = (name: string): string => join(dir, name);
const lines = (out: string): Array<Record<string, any>> => out.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parole-web-"));
  writeFileSync(p("page.html"), page({ canonical: "https://exemple.fr/eco/fortal", site: "Le Courrier de l'Ouest", published: "2024-03-05T08:00:00+01:00", author: "Claire Dubois" }));
  writeFileSync(p("saved.txt"), page()); // an HTML page saved under a .txt name
  writeFileSync(p("home.html"), homePage());
  writeFileSync(p("binary.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(p("nested.html"), "<html><body>" + "<div>".repeat(1_000_000) + "texte" + "</div>".repeat(1_000_000) + "</body></html>");
  mkdirSync(p("mixed/sub"), { recursive: true });
  writeFileSync(p("mixed/a.txt"), article(1));
  writeFileSync(p("mixed/b.html"), page({ site: "Le Courrier" }));
  writeFileSync(p("mixed/sub/c.htm"), page({ title: "Brest accueille une usine" }));
  writeFileSync(p("mixed/notes.md"), "pas lu");
  const utf8 = { url: "https://exemple.fr/a", contentType: "text/html; charset=utf-8", body: page({ canonical: "https://exemple.fr/eco/a", site: "Le Courrier", published: "2024-03-05" }) };
  // windows-1252, said only in the page's <meta charset>: the HTTP header has no charset.
  const latin = { url: "https://exemple.fr/b", contentType: "text/html", body: iconv.encode(page({ charset: "windows-1252", title: "Quimper attend son usine à l'œuvre" }), "windows-1252") };
  writeFileSync(
    p("a.warc.gz"),
    await warc([
      utf8,
      latin,
      { url: "https://exemple.fr/old", status: 301, headers: { Location: "https://exemple.fr/a" }, contentType: "text/html", body: "" },
      { url: "https://exemple.fr/doc.pdf", contentType: "application/pdf", body: "%PDF-1.4 pas une page" },
      { url: "https://exemple.fr/", contentType: "text/html", body: homePage() },
    ]),
  );
  writeFileSync(
    p("b.warc"),
    await warc(
      [
        { url: "https://exemple.fr/c", contentType: "text/html", body: page({ title: "Brest accueille une usine" }) },
        // A page in German: no pipeline for it, skipped as "language".
        { url: "https://beispiel.de/w", contentType: "text/html; charset=utf-8", body: page({ lang: "de", title: "Neue Fabrik in Kiel", body: GERMAN.map((x) => `<p>${x}</p>`).join("") }) },
      ],
      false,
    ),
  );
  // The last record cut short, as a crawl stopped mid-write leaves it.
  const whole = await warc([utf8, { url: "https://exemple.fr/d", contentType: "text/html", body: page() }], false, false);
  writeFileSync(p("cut.warc"), whole.subarray(0, whole.length - 400));
  const wholeGz = await warc([utf8, { url: "https://exemple.fr/d", contentType: "text/html", body: page() }], true, false);
  writeFileSync(p("cut.warc.gz"), wholeGz.subarray(0, wholeGz.length - 400));
  writeFileSync(p("pages.jsonl"), [JSON.stringify({ id: "p1", body: page({ site: "Le Courrier" }), rubrique: "eco" }), JSON.stringify({ id: "p2", body: homePage() }), JSON.stringify({ id: "p3", body: PARTIAL })].join("\n") + "\n");
});
const GERMAN = [
  "Die Firma Nordwerk hat am Dienstag angekündigt, dass sie in Kiel eine neue Fabrik für Batterien bauen wird, in der bis zum Ende des nächsten Jahres dreihundert Menschen arbeiten sollen.",
  "Der Bürgermeister der Stadt sagte, dass er sich über die Entscheidung sehr freue und dass die Stadt das Projekt mit allen Kräften unterstützen werde, auch wenn noch viele Fragen offen seien.",
  "Die Arbeiten sollen im Frühjahr beginnen. Nach Angaben des Unternehmens werden die ersten Zellen noch vor dem Winter die Fabrik verlassen, ein Zeitplan, den viele Beobachter für sehr knapp halten.",
];
const PARTIAL = page().replace(/^[\s\S]*<article>|<\/article>[\s\S]*$/g, "");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each run starts the extractor (and with --jobs 2 two workers) on a shared, busy machine.
describe("HTML pages", { timeout: 60_000 }, () => {
  test("parole page.html: one pretty object, the page's source fields, quotes with speakers", async () => {
    const r = await runCli([p("page.html")]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("{\n")).toBe(true);
    const out = JSON.parse(r.stdout);
    expect(validateResult(out)).toEqual([]);
    expect(out.source).toMatchObject({ url: "https://exemple.fr/eco/fortal", title: "Fortal ouvre une usine de batteries à Brest", byline: "Claire Dubois", site: "Le Courrier de l'Ouest", published: "2024-03-05T08:00:00+01:00", lang: "fr", encoding: "utf-8" });
    expect(out.title).toBe("Fortal ouvre une usine de batteries à Brest");
    expect(out.quotes.map((q: any) => q.speaker?.name ?? null)).toEqual(["Léa Morel", "Hugo Renard", "Léa Morel"]);
    expect(JSON.stringify(out)).not.toMatch(/Accueil|Mentions/);
  });

  test("--emit-text writes the text read; the offsets slice it", async () => {
    const out = p("texts");
    const r = await runCli(["--emit-text", out, p("page.html")]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    const text = readFileSync(join(out, readdirSync(out, { recursive: true }).map(String).find((f) => f.endsWith("page.txt"))!), "utf8");
    const cps = [...text];
    for (const q of result.quotes) expect(cps.slice(q.start, q.end).join("")).toBe(q.text);
    expect(text.split("\n")[0]).toBe("Fortal ouvre une usine de batteries à Brest");
  });

  test("an HTML page under a .txt name is read as a page; --input text reads its markup", async () => {
    const sniffed = JSON.parse((await runCli([p("saved.txt")])).stdout);
    expect(sniffed.source.title).toBe("Fortal ouvre une usine de batteries à Brest");
    const forced = JSON.parse((await runCli(["--input", "text", p("saved.txt")])).stdout);
    expect(forced.source.title).toBeUndefined();
  });

  test("a page on stdin is told by its first bytes", async () => {
    const r = await runCli(["-"], { stdin: readFileSync(p("page.html")) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source).toMatchObject({ path: "-", site: "Le Courrier de l'Ouest" });
  });

  test.each([
    { name: "binary named .html", file: "binary.html", code: "binary" },
    { name: "a page with no article", file: "home.html", code: "no-article" },
    { name: "a 10 MB page of nested divs", file: "nested.html", code: "too-complex" },
  ])("$name: one clear line on stderr, exit 1; in a batch an error record", async ({ file, code }) => {
    const one = await runCli([p(file)]);
    expect(one.code).toBe(1);
    expect(one.stdout).toBe("");
    expect(one.stderr.trim().split("\n")).toHaveLength(1);
    const batch = await runCli(["-q", p(file), p("page.html")]);
    const recs = lines(batch.stdout);
    expect(recs[0]!.error.code).toBe(code);
    expect(validateRecord(recs[0])).toEqual([]);
    expect(recs[1]!.quotes.length).toBe(3);
  });

  test("parole dir/: .txt and .html mixed, in order; other extensions left", async () => {
    const r = await runCli(["-q", "-j", "1", p("mixed")]);
    expect(r.code).toBe(0);
    const recs = lines(r.stdout);
    expect(recs.map((x) => x.source.path.slice(dir.length + 1))).toEqual(["mixed/a.txt", "mixed/b.html", "mixed/sub/c.htm"]);
    expect(recs.map((x) => x.source.site ?? null)).toEqual([null, "Le Courrier", null]);
    for (const x of recs) expect(validateResult(x)).toEqual([]);
  });

  test("--jsonl --html-field body: each record's page read; other fields pass through", async () => {
    const r = await runCli(["-q", "--jsonl", "--html-field", "body", p("pages.jsonl")]);
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(3);
    expect(recs[0]!.source).toMatchObject({ id: "p1", site: "Le Courrier", title: "Fortal ouvre une usine de batteries à Brest" });
    expect(recs[0]!.meta).toEqual({ rubrique: "eco" });
    expect(recs[0]!.quotes).toHaveLength(3);
    expect(recs[1]!.error.code).toBe("no-article");
    // An article fragment (no <html>, no <head>) is read too.
    expect(recs[2]!.quotes).toHaveLength(3);
    for (const x of recs) expect(validateRecord(x)).toEqual([]);
  });
});

describe("WARC archives", { timeout: 60_000 }, () => {
  test.each([1, 2])("parole a.warc.gz b.warc --jobs %i: one line per article record, in order; skipped records counted", async (jobs) => {
    const stats = p(`stats-${jobs}.json`);
    const r = await runCli(["--jobs", String(jobs), "--stats-out", stats, p("a.warc.gz"), p("b.warc")]);
    expect(r.code).toBe(0);
    const recs = lines(r.stdout);
    expect(recs.map((x) => x.source.warc_target_uri)).toEqual(["https://exemple.fr/a", "https://exemple.fr/b", "https://exemple.fr/c"]);
    for (const x of recs) {
      expect(validateResult(x)).toEqual([]);
      expect(x.source.warc_record_id).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
      expect(x.source.warc_date).toBe("2024-03-05T10:00:00Z");
      expect(x.quotes).toHaveLength(3);
    }
    expect(recs[0]!.source).toMatchObject({ url: "https://exemple.fr/eco/a", site: "Le Courrier", published: "2024-03-05" });
    // windows-1252 declared only in <meta charset>.
    expect(recs[1]!.source).toMatchObject({ encoding: "windows-1252", title: "Quimper attend son usine à l'œuvre", url: "https://exemple.fr/b", site: "exemple.fr" });
    expect(r.stderr).toMatch(/4 records skipped \(language 1, no-article 1, not-html 1, redirect 1\)/);
    expect(JSON.parse(readFileSync(stats, "utf8"))).toMatchObject({ articles: 3, errors: 0, skipped: { records: 4, by_reason: { language: 1, "no-article": 1, "not-html": 1, redirect: 1 } } });
  });

  test("--keep-skipped: a skip record with its reason where each skipped record was", async () => {
    const r = await runCli(["-q", "--keep-skipped", p("a.warc.gz"), p("b.warc")]);
    const recs = lines(r.stdout);
    expect(recs.map((x) => x.skipped?.reason ?? "article")).toEqual(["article", "article", "redirect", "not-html", "no-article", "article", "language"]);
    expect(recs[6]!.skipped.message).toMatch(/neither French nor English \(detected "deu"\)/);
    expect(recs[6]!.source).toMatchObject({ url: "https://beispiel.de/w", lang: "de", warc_target_uri: "https://beispiel.de/w" });
    for (const x of recs) expect(validateRecord(x)).toEqual([]);
    expect(recs[2]!.source.warc_target_uri).toBe("https://exemple.fr/old");
  });

  test("--keep-skipped with --format csv: rows for the articles only, no JSON in the CSV", async () => {
    const r = await runCli(["-q", "--keep-skipped", "--format", "csv", p("a.warc.gz")]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\r\n");
    expect(rows[0]!.startsWith("article_id,")).toBe(true);
    expect(rows.length).toBeGreaterThan(4);
    expect(r.stdout).not.toContain('"skipped"');
  });

  test.each(["cut.warc", "cut.warc.gz"])("%s (last record cut short): the records before it, then an error record; exit 1", async (file) => {
    const r = await runCli(["-q", p(file)]);
    expect(r.code).toBe(1);
    const recs = lines(r.stdout);
    expect(recs).toHaveLength(2);
    expect(recs[0]!.quotes).toHaveLength(3);
    expect(recs[1]!.error.code).toBe("bad-warc");
    expect(validateRecord(recs[1])).toEqual([]);
    expect(r.stderr).toMatch(/cut short|truncated/);
  });

  test("--input warc -: an archive on stdin, and one not named .warc is told by its first bytes", async () => {
    const piped = await runCli(["-q", "--input", "warc", "-"], { stdin: readFileSync(p("a.warc.gz")) });
    expect(lines(piped.stdout).map((x) => x.source.warc_target_uri)).toEqual(["https://exemple.fr/a", "https://exemple.fr/b"]);
    writeFileSync(p("crawl-00001"), readFileSync(p("a.warc.gz")));
    const sniffed = await runCli(["-q", p("crawl-00001"), p("b.warc")]);
    expect(lines(sniffed.stdout).map((x) => x.source.warc_target_uri)).toEqual(["https://exemple.fr/a", "https://exemple.fr/b", "https://exemple.fr/c"]);
  });

  test("a file that is no WARC but named .warc: one bad-warc error", async () => {
    writeFileSync(p("fake.warc"), "ceci n'est pas une archive\n".repeat(20));
    const r = await runCli(["-q", p("fake.warc")]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.error?.code)).toEqual(["bad-warc"]);
  });

  test("--out-dir: one file per record under a folder named after the archive", async () => {
    const out = p("out");
    const r = await runCli(["-q", "--out-dir", out, p("b.warc")]);
    expect(r.code).toBe(0);
    // Named by the record's uuid, in a folder named after the archive (mirrored from / here).
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith(".json"));
    expect(files).toHaveLength(1); // the German page is skipped: no file without --keep-skipped
    expect(files[0]).toMatch(/(^|\/)b\/[0-9a-f-]{36}\.json$/);
  });
});
