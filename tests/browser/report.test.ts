/**
 * The corpus report (`parole stats --html`) in Chromium: its charts are there as SVG, and their
 * bars say and measure what `parole stats --json` counts.
 */
import { rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { extract } from "../../src/index.js";
import type { CorpusStats } from "../../src/runner/stats.js";
import { HOSTILE, manyQuotes, SEED_LIKE } from "./articles.js";
import { launch, open, RUN, screenshotPath, TIMEOUT, workDir } from "./browser.js";
import { runCli } from "../setup/cli-io.js";

interface Bar {
  title: string;
  width: number;
  height: number;
}

/** Invented outlets and dates, as an upstream fetcher would put them in `source`. */
const SOURCES = [
  { site: "Le Petit Quotidien", published: "2026-01-12T07:00:00Z" },
  { url: "https://www.gazette-inventee.example/eco/1", published: "2026-01-20" },
  { site: "Le Petit Quotidien", published: "2026-02-03" },
  { url: "https://www.gazette-inventee.example/eco/2", published: "2026-03-15" },
  { site: "Radio Vallée", published: "2026-03-21" },
];

describe.runIf(RUN)("corpus report in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let stats: CorpusStats;
  const dir = workDir();

  beforeAll(async () => {
    const texts = [SEED_LIKE, manyQuotes(12), HOSTILE, manyQuotes(3), SEED_LIKE.replace(/Fortal/g, "Kalio")];
    const lines = texts.map((t, i) => {
      const r = extract(t, { source: { path: `article-${i + 1}.txt` } });
      Object.assign(r.source, SOURCES[i]);
      return JSON.stringify(r);
    });
    const jsonl = join(dir, "results.jsonl");
    writeFileSync(jsonl, lines.join("\n") + "\n");
    stats = JSON.parse((await runCli(["stats", "--json", jsonl])).stdout) as CorpusStats;
    const ran = await runCli(["stats", "--html", jsonl]);
    expect(ran.code).toBe(0);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await open(page, dir, "report.html", ran.stdout.replace(jsonl, "results.jsonl"));
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function bars(chart: string): Promise<Bar[]> {
    return page.locator(`figure[data-chart="${chart}"] svg g[aria-label="bar"] rect`).evaluateAll((rects) =>
      rects.map((r) => ({ title: r.querySelector("title")?.textContent ?? "", width: Number(r.getAttribute("width")), height: Number(r.getAttribute("height")) })),
    );
  }

  /** Bars proportional to their numbers: size ÷ number is the same for every bar. */
  function proportional(sizes: number[], values: number[]): void {
    const ratios = sizes.map((s, i) => s / values[i]!).filter((r) => Number.isFinite(r));
    expect(ratios.length).toBeGreaterThan(0);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 6);
  }

  test("every chart is an SVG with bars", async () => {
    for (const chart of ["gender", "gender-outlet", "gender-month", "speakers", "organizations", "companies", "per-article"]) {
      expect(await page.locator(`figure[data-chart="${chart}"] svg`).count(), chart).toBe(1);
      expect((await bars(chart)).length, chart).toBeGreaterThan(0);
    }
    expect(await page.evaluate("document.scripts.length")).toBe(0);
  });

  test(
    "most quoted speakers: one bar per row of the table, titled and sized by its count",
    async () => {
      const b = await bars("speakers");
      expect(b.map((x) => x.title)).toEqual(stats.speakers.map((s) => `${s.name}: ${s.count} quotes, ${s.articles} articles (${s.type})`));
      proportional(b.map((x) => x.width), stats.speakers.map((s) => s.count));
      const o = await bars("organizations");
      expect(o.map((x) => x.title.split(":")[0])).toEqual(stats.organizations.map((s) => s.name));
      proportional(o.map((x) => x.width), stats.organizations.map((s) => s.count));
    },
    TIMEOUT,
  );

  test("women and men: the bars' shares are the shares of parole stats", async () => {
    const b = await bars("gender");
    for (const [row, g] of [["quoted people", stats.gender_quoted_people], ["quotes", stats.gender_quotes]] as const) {
      const women = b.find((x) => x.title.startsWith(`${row} — women: ${g.women} `))!;
      const men = b.find((x) => x.title.startsWith(`${row} — men: ${g.men} `))!;
      expect(women, row).toBeDefined();
      expect(women.width / (women.width + men.width)).toBeCloseTo(g.share_women!, 2);
    }
    const outlets = (await bars("gender-outlet")).map((x) => x.title.split(" — ")[0]);
    expect([...new Set(outlets)]).toEqual(["gazette-inventee.example", "Le Petit Quotidien", "Radio Vallée"]);
    const months = (await bars("gender-month")).map((x) => x.title.split(" — ")[0]);
    expect([...new Set(months)]).toEqual(["2026-01", "2026-02", "2026-03"]);
  });

  test("quotes per article: one bar per bucket, heights in proportion", async () => {
    const b = await bars("per-article");
    const hist = Object.entries(stats.quotes_per_article.histogram);
    expect(b.map((x) => x.title)).toEqual(hist.map(([k, v]) => `${k} quotes: ${v} articles`));
    proportional(b.map((x) => x.height), hist.map(([, v]) => v));
  });

  test("screenshot", async () => {
    const shot = screenshotPath(dir, "report.png");
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
