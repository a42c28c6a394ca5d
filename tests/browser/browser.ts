/**
 * Chromium for the browser tests: Debian's `chromium` driven by playwright-core (never a
 * downloaded browser). Without it the tests skip with a message, unless PAROLE_REQUIRE_BROWSER
 * is set (CI sets it): then a missing browser fails them.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

export const CHROMIUM = process.env["PAROLE_CHROMIUM"] ?? "/usr/bin/chromium";
export const REQUIRED = !!process.env["PAROLE_REQUIRE_BROWSER"];
export const AVAILABLE = existsSync(CHROMIUM);
/** Run the browser tests: when Chromium is there, or when CI requires it (and they fail without it). */
export const RUN = AVAILABLE || REQUIRED;

if (!RUN) {
  console.warn(`tests/browser: skipped — no Chromium at ${CHROMIUM} (apt-get install chromium, or set PAROLE_CHROMIUM)`);
}

/** Seconds a browser test may take on a loaded 2-core machine. */
export const TIMEOUT = 120_000;

export async function launch(): Promise<Browser> {
  if (!AVAILABLE) throw new Error(`PAROLE_REQUIRE_BROWSER is set but there is no Chromium at ${CHROMIUM}`);
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
}

/** A fresh folder for the pages and screenshots of one test file (removed by its afterAll). */
export function workDir(): string {
  return mkdtempSync(join(tmpdir(), "parole-browser-"));
}

/** Write a page and open it from the file system (file://, as a user would). */
export async function open(page: Page, dir: string, name: string, html: string): Promise<number> {
  const path = join(dir, name);
  writeFileSync(path, html);
  const t0 = performance.now();
  await page.goto(`file://${path}`, { waitUntil: "load" });
  return performance.now() - t0;
}

/** Accessible names of the page's nodes of one role, as Chromium computes them. */
export async function accessibleNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: Array<{ role?: { value?: string }; name?: { value?: string }; ignored?: boolean }> };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? "");
}

/** Where screenshots go: docs/ with UPDATE_DOCS=1 (the README's images), else the run's folder. */
export function screenshotPath(dir: string, name: string): string {
  return process.env["UPDATE_DOCS"] ? fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)) : join(dir, name);
}
