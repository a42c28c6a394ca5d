/**
 * The HTML outputs without a browser: `--format html` (marks per quote, escaping, offsets in
 * code points, paragraphs crossed by a quote), its CLI wiring, and `parole stats --html`.
 * tests/browser/ opens the same pages in Chromium.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { extract } from "../src/index.js";
import { esc, monthOf, outletOf } from "../src/runner/html-page.js";
import { formatHtml } from "../src/runner/html-view.js";
import { HOSTILE, manyQuotes, SEED_LIKE } from "./browser/articles.js";
import { runCli } from "./setup/cli-io.js";

const dir = mkdtempSync(join(tmpdir(), "parole-html-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function view(text: string): { html: string; result: ReturnType<typeof extract> } {
  const result = extract(text);
  return { html: formatHtml(result, text), result };
}

/** The opening marks of quotes (continuations of a quote over paragraphs are not counted). */
function firstMarks(html: string): string[] {
  return [...html.matchAll(/<mark class="q [^"]*"[^>]* id="(q\d+)"/g)].map((m) => m[1]!);
}

describe("escaping", () => {
  test.each([
    ["<script>", "&lt;script&gt;"],
    ["</mark>", "&lt;/mark&gt;"],
    ['"onmouseover=', "&quot;onmouseover="],
    ["l'État & co", "l&#39;État &amp; co"],
    ["a\u2028b\u2029c", "a&#8232;b&#8233;c"],
  ])("%j", (raw, escaped) => {
    expect(esc(raw)).toBe(escaped);
  });

  test("the hostile article's markup stays text: one script (the page's), no element from the article", () => {
    const { html, result } = view(HOSTILE);
    expect(result.quotes.length).toBeGreaterThanOrEqual(3);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>dément|\u2028|\u2029/);
    expect(html).toContain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
    expect(html).toContain("&lt;/mark&gt;&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;");
    expect(html).toContain("&quot;onmouseover=&quot;window.__pwned=3&quot;");
    // Every mark that opens is closed in its paragraph.
    for (const p of html.match(/<(p|h1)>.*?<\/\1>/g) ?? []) {
      expect((p.match(/<mark /g) ?? []).length).toBe((p.match(/<\/mark>/g) ?? []).length);
    }
  });
});

describe("marks", () => {
  test.each([
    ["the seed-like article", SEED_LIKE],
    ["200 quotes", manyQuotes(200)],
    ["hostile text", HOSTILE],
  ])("%s: one opening mark per quote, in order, holding the quote's text", (_name, text) => {
    const { html, result } = view(text);
    expect(firstMarks(html)).toEqual(result.quotes.map((q) => q.id));
    for (const q of result.quotes) {
      const m = new RegExp(`<mark [^>]*id="${q.id}"[^>]*>(.*?)</mark>`).exec(html);
      // The mark's text without the spans inside it is the quote's text (escaped).
      expect(m![1]!.replace(/<[^>]+>/g, "")).toBe(esc(q.text));
    }
  });

  test("offsets count code points: a quote after an emoji is cut at the right place", () => {
    const text = "Titre 🙂 du jour\n\n« Un 🙂 et un 🚀 ici », a déclaré Léa Morel, directrice de la société Fortal.\n";
    const { html, result } = view(text);
    expect(result.quotes[0]!.text).toBe("Un 🙂 et un 🚀 ici");
    expect(html).toMatch(/<mark [^>]*id="q1"[^>]*>Un 🙂 et un 🚀 ici<\/mark>/);
    expect(html).toMatch(/<span class="m" data-e="p1">Léa Morel<\/span>/);
  });

  test("a quote over two paragraphs: one mark that opens it, a continuation in the next paragraph", () => {
    const text =
      "La maire a pris la parole devant le conseil municipal réuni lundi soir.\n\n" +
      "« Nous allons rénover les écoles du quartier dès cet été.\n\n" +
      "« Les travaux dureront deux ans et coûteront huit millions d’euros », a déclaré Léa Morel, maire de la ville.\n";
    const { html, result } = view(text);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]!.multi_paragraph).toBe(true);
    expect(firstMarks(html)).toEqual(["q1"]);
    expect(html.match(/class="q [^"]*q-cont" data-q="q1" aria-hidden="true"/g)).toHaveLength(1);
  });

  test("accessible names: speaker, role, cue, rule and confidence; unattributed quotes say so", () => {
    const { html, result } = view(SEED_LIKE);
    for (const q of result.quotes) {
      const label = new RegExp(`id="${q.id}"[^>]* aria-label="([^"]*)"`).exec(html)![1]!;
      expect(label).toContain(esc(q.speaker ? q.speaker.name : "no speaker found"));
      expect(label).toContain(`rule ${q.rule}`);
      if (!q.speaker) expect(label).toContain("to check: no speaker");
    }
  });

  test("organizations are listed companies first", () => {
    const { html, result } = view(SEED_LIKE);
    const orgSection = /<h2>Organizations<\/h2>(.*?)<\/section>/s.exec(html)![1]!;
    const order = [...orgSection.matchAll(/data-e="(o\d+)"/g)].map((m) => result.organizations.find((o) => o.id === m[1])!.type);
    const firstOther = order.findIndex((t) => t !== "company");
    expect(order[0]).toBe("company");
    expect(order.slice(firstOther)).not.toContain("company");
  });
});

describe("source fields", () => {
  test.each([
    [{ site: "Le Petit Quotidien", url: "https://www.example.org/a" }, "Le Petit Quotidien"],
    [{ url: "https://www.gazette.example/2026/01/a" }, "gazette.example"],
    [{ url: "not a url" }, null],
    [{}, null],
  ])("outlet of %j", (info, outlet) => {
    expect(outletOf(info)).toBe(outlet);
  });
  test.each([
    ["2026-03-04T08:00:00Z", "2026-03"],
    ["2026-11", "2026-11"],
    ["mardi 4 mars", null],
    [null, null],
  ])("month of %j", (published, month) => {
    expect(monthOf(published)).toBe(month);
  });
});

describe("CLI", () => {
  const a = join(dir, "a.txt");
  const b = join(dir, "b.txt");
  writeFileSync(a, SEED_LIKE);
  writeFileSync(b, HOSTILE);

  test("--format html on one article: one page", async () => {
    const ran = await runCli(["--format", "html", a]);
    expect(ran.code).toBe(0);
    expect(ran.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(firstMarks(ran.stdout)).toHaveLength(extract(SEED_LIKE).quotes.length);
  });

  test("--format html on several articles without --out-dir is a usage error", async () => {
    const ran = await runCli(["--format", "html", a, b]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/--format html writes one page per article/);
    expect(ran.stdout).toBe("");
  });

  test("--out-dir with --format html: one .html per input, and --resume skips them", async () => {
    const out = join(dir, "out");
    const ran = await runCli(["--format", "html", "-q", "-j", "1", "--out-dir", out, a, b]);
    expect(ran.code).toBe(0);
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith(".html")).sort();
    expect(files).toHaveLength(2);
    expect(readFileSync(join(out, files[0]!), "utf8")).toMatch(/^<!DOCTYPE html>/);
    const again = await runCli(["--format", "html", "-j", "1", "--out-dir", out, "--resume", a, b]);
    expect(again.stderr).toMatch(/2 skipped/);
  });

  test("stats --html: tables, inline SVG charts, no script, names escaped", async () => {
    const results = [SEED_LIKE, HOSTILE, manyQuotes(20)].map((t, i) => {
      const r = extract(t) as ReturnType<typeof extract> & { source: Record<string, unknown> };
      r.source.site = i === 1 ? "<b>Site</b>" : "Le Petit Quotidien";
      r.source.published = `2026-0${i + 1}-15`;
      return JSON.stringify(r);
    });
    const jsonl = join(dir, "r.jsonl");
    writeFileSync(jsonl, results.join("\n") + "\n");
    const ran = await runCli(["stats", "--html", jsonl]);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe("");
    const html = ran.stdout;
    expect(html).not.toMatch(/<script/);
    for (const chart of ["gender", "gender-outlet", "gender-month", "speakers", "organizations", "companies", "per-article"]) {
      expect(html).toMatch(new RegExp(`<figure class="chart" data-chart="${chart}">.*?<svg[^>]*>.*?</svg>`, "s"));
    }
    expect(html).toContain("&lt;b&gt;Site&lt;/b&gt;");
    expect(html).not.toContain("<b>Site</b>");
    const json = JSON.parse((await runCli(["stats", "--json", jsonl])).stdout) as { speakers: Array<{ name: string; count: number }> };
    for (const s of json.speakers) expect(html).toContain(`<title>${esc(s.name)}: ${s.count} quotes`);
  });
});
