/**
 * The article view (`--format html`) in Chromium, as a reader uses it: the invented seed-like
 * article, an article of 200 quotes, hostile text, and a 1 MB article (load time reported).
 */
import { rmSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { extract } from "../../src/index.js";
import type { Result } from "../../src/core/types.js";
import { formatHtml } from "../../src/runner/html-view.js";
import { HOSTILE, longArticle, manyQuotes, SEED_LIKE } from "./articles.js";
import { accessibleNames, launch, open, RUN, screenshotPath, TIMEOUT, workDir } from "./browser.js";

describe.runIf(RUN)("article view in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const dir = workDir();
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launch();
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function fresh(width = 1100, height = 760): Promise<Page> {
    await page?.close();
    page = await browser.newPage({ viewport: { width, height } });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => errors.push(`${m.type()}: ${m.text()}`));
    errors.length = 0;
    return page;
  }

  const articles: Array<[string, string]> = [
    ["the seed-like article", SEED_LIKE],
    ["200 quotes", manyQuotes(200)],
  ];

  test.each(articles)(
    "%s: one highlighted quote per quote of the JSON, each named with its speaker",
    async (name, text) => {
      const slug = name.replace(/\W+/g, "-");
      const result = extract(text, { source: { path: `exemples/${slug}.txt` } });
      const p = await fresh(1000, 640);
      await open(p, dir, `${slug}.html`, formatHtml(result, text));
      expect(await p.locator("mark.q:not(.q-cont)").count()).toBe(result.quotes.length);
      const names = await accessibleNames(p, "mark");
      expect(names).toHaveLength(result.quotes.length);
      for (const q of result.quotes) {
        const label = names.find((n) => n.startsWith(`Quote ${q.id},`));
        expect(label, q.id).toContain(q.speaker ? q.speaker.name : "no speaker found");
      }
      const shot = screenshotPath(dir, name === "200 quotes" ? "view-200-quotes.png" : "view.png");
      if (name !== "200 quotes" || !process.env["UPDATE_DOCS"]) {
        // With a quote's tooltip showing, as a reader checking it sees the page.
        const shown = result.quotes.find((q) => q.speaker && q.cue && q.kind === "full");
        if (shown) await p.locator(`#${shown.id}`).hover();
        await p.screenshot({ path: shot });
        expect(statSync(shot).size).toBeGreaterThan(10_000);
      }
      expect(errors).toEqual([]);
    },
    TIMEOUT,
  );

  test(
    "clicking an organization highlights its mentions; again clears them; hovering and focusing a quote show who said it",
    async () => {
      const result = extract(SEED_LIKE);
      const p = await fresh();
      await open(p, dir, "seed-click.html", formatHtml(result, SEED_LIKE));
      const org = result.organizations.find((o) => o.type === "company" && o.mentions.length > 1)!;
      expect(org).toBeDefined();
      const button = p.locator(`button.ent[data-e="${org.id}"]`);
      await button.click();
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      const lit = p.locator(`#article .m.hl`);
      expect(await lit.count()).toBe(org.mentions.length);
      expect(await lit.allTextContents()).toEqual(org.mentions.map((m) => m.text));
      expect(await p.locator("#live").textContent()).toBe(`${org.mentions.length} highlighted`);
      await button.click();
      expect(await p.locator(".hl").count()).toBe(0);

      const q = result.quotes.find((x) => x.speaker && x.cue)!;
      await p.locator(`#${q.id}`).hover();
      const tip = p.locator("#tip");
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(q.speaker!.name);
      expect(await tip.textContent()).toContain(q.cue!.text);
      expect(await tip.textContent()).toContain(`rule ${q.rule}`);

      // Keyboard: n moves to the next quote, Tab reaches quotes, Esc hides the tooltip.
      await p.mouse.move(0, 0);
      await p.locator("body").press("n");
      expect(await p.evaluate("document.activeElement.id")).toBe("q1");
      await p.keyboard.press("n");
      expect(await p.evaluate("document.activeElement.id")).toBe("q2");
      expect(await tip.textContent()).toContain(result.quotes[1]!.speaker?.name ?? "no speaker found");
      await p.keyboard.press("Tab");
      expect(await p.evaluate("document.activeElement.id")).toBe("q3");
      await p.keyboard.press("Escape");
      expect(await tip.isVisible()).toBe(false);

      // Quotes without a speaker and low-confidence ones are flagged.
      const unattributed = result.quotes.filter((x) => !x.speaker).map((x) => x.id);
      expect(await p.locator("mark.q.none:not(.q-cont)").evaluateAll((els) => els.map((e) => e.id))).toEqual(unattributed);
      expect(errors).toEqual([]);
    },
    TIMEOUT,
  );

  test(
    "a quote over two paragraphs: hovering its second part shows the whole quote's speaker",
    async () => {
      const text =
        "La maire a pris la parole devant le conseil municipal réuni lundi soir.\n\n" +
        "« Nous allons rénover les écoles du quartier dès cet été.\n\n" +
        "« Les travaux dureront deux ans et coûteront huit millions d’euros », a déclaré Léa Morel, maire de la ville.\n";
      const result = extract(text);
      expect(result.quotes[0]?.multi_paragraph).toBe(true);
      const p = await fresh();
      await open(p, dir, "multi.html", formatHtml(result, text));
      expect(await p.locator("mark.q:not(.q-cont)").count()).toBe(1);
      await p.locator("mark.q-cont").hover();
      expect(await p.locator("#tip").textContent()).toContain(result.quotes[0]!.speaker!.name);
    },
    TIMEOUT,
  );

  test.each([
    ["with the page's Content-Security-Policy", false],
    ["with the policy removed (escaping alone)", true],
  ])(
    "hostile text %s: renders as text, runs no script of the article's",
    async (_name, stripPolicy) => {
      const result = extract(HOSTILE);
      let html = formatHtml(result, HOSTILE);
      if (stripPolicy) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
      expect(html.includes("Content-Security-Policy")).toBe(!stripPolicy);
      const p = await fresh();
      await open(p, dir, `hostile-${stripPolicy ? "no-csp" : "csp"}.html`, html);
      for (const q of result.quotes) await p.locator(`#${q.id}`).hover();
      await p.locator("#article p").nth(1).hover();
      expect(await p.evaluate("typeof window.__pwned")).toBe("undefined");
      expect(await p.evaluate("document.scripts.length")).toBe(1);
      expect(await p.evaluate("document.querySelectorAll('img, #article b, #article script').length")).toBe(0);
      const handlers = await p.evaluate("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on'))");
      expect(handlers).toEqual([]);
      const text = (await p.locator("#article").textContent())!;
      expect(text).toContain("<script>window.__pwned = 1</script>");
      expect(text).toContain('</mark><img src=x onerror="window.__pwned = 2">');
      expect(text).toContain('"onmouseover="window.__pwned=3"');
      expect(text).toContain("communiqué\u2028sur deux lignes\u2029et");
      expect(await p.locator("mark.q:not(.q-cont)").count()).toBe(result.quotes.length);
      expect(await p.locator("#q1").textContent()).toContain(result.quotes[0]!.text);
      expect(errors).toEqual([]);
    },
    TIMEOUT,
  );

  test(
    "a 1 MB article opens, scrolls and answers clicks without freezing",
    async () => {
      const text = longArticle(1 << 20);
      const result: Result = extract(text);
      const html = formatHtml(result, text);
      const p = await fresh();
      const loadMs = await open(p, dir, "long.html", html);
      const quotes = await p.locator("mark.q:not(.q-cont)").count();
      expect(quotes).toBe(result.quotes.length);
      // Scroll to the end in steps; each step must be answered by a frame soon after.
      let worstFrameMs = 0;
      for (let i = 1; i <= 5; i++) {
        const ms = (await p.evaluate(`new Promise(r => { const t = performance.now(); window.scrollTo(0, document.body.scrollHeight * ${i / 5}); requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now() - t))); })`)) as number;
        worstFrameMs = Math.max(worstFrameMs, ms);
      }
      const org = [...result.organizations].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
      const t0 = performance.now();
      await p.locator(`button.ent[data-e="${org.id}"]`).click();
      await p.locator("#live").filter({ hasText: "highlighted" }).waitFor();
      const clickMs = performance.now() - t0;
      expect(await p.locator(`#article .m.hl`).count()).toBe(org.mentions.length);
      console.log(
        `tests/browser: 1 MB view (${(Buffer.byteLength(text) / 2 ** 20).toFixed(2)} MB text, ${(html.length / 2 ** 20).toFixed(1)} MB page, ${quotes} quotes, ` +
          `${org.mentions.length} mentions of ${org.name}): load ${loadMs.toFixed(0)} ms, worst scroll frame ${worstFrameMs.toFixed(0)} ms, highlight click ${clickMs.toFixed(0)} ms`,
      );
      // Generous bounds for a loaded 2-core CI machine: « freezing » is seconds, not these.
      expect(loadMs).toBeLessThan(20_000);
      expect(worstFrameMs).toBeLessThan(2_000);
      expect(clickMs).toBeLessThan(5_000);
      expect(errors).toEqual([]);
    },
    TIMEOUT,
  );
});
