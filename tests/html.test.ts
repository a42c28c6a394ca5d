/**
 * HTML → text and page metadata (src/runner/html.ts): paragraph breaks, entities and spaces,
 * what a page says of itself, charsets, and pages that are no article. Pages are invented
 * (tests/helpers/pages.ts); the Le Monde page of Mozilla's tests is read from ../shared when
 * present, never copied here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { extract } from "../src/index.js";
import { countTags, decodeHtml, elementText, isoDate, looksLikeHtml, readPage } from "../src/runner/html.js";
import { InputError } from "../src/runner/errors.js";
import { page, homePage, PARAGRAPHS } from "./helpers/pages.js";

function textOf(fragment: string): string[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="x">${fragment}</div></body></html>`);
  return elementText(document.getElementById("x") as never);
}

describe("elementText: paragraphs as the pipeline expects them", () => {
  test.each([
    { name: "paragraphs", html: "<p>Un.</p><p>Deux.</p>", lines: ["Un.", "Deux."] },
    { name: "br breaks a line", html: "<p>Ligne un<br>ligne deux<br/>trois</p>", lines: ["Ligne un", "ligne deux", "trois"] },
    { name: "headings, blockquote, caption are their own lines", html: "<h2>Intertitre « fort »</h2><p>Corps.</p><blockquote>« Citée », dit-elle.</blockquote><figure><img src=x><figcaption>Légende, à Brest.</figcaption></figure>", lines: ["Intertitre « fort »", "Corps.", "« Citée », dit-elle.", "Légende, à Brest."] },
    { name: "inline markup joins", html: "<p>Le <em>mot</em> <a href=#>lié</a>,<strong>gras</strong>.</p>", lines: ["Le mot lié,gras."] },
    { name: "ASCII white space collapses", html: "<p>  un\n\t deux   trois \n</p>", lines: ["un deux trois"] },
    { name: "entities decoded", html: "<p>&laquo;&nbsp;Caf&eacute; &amp; th&#233;&nbsp;&raquo;</p>", lines: ["«\u00a0Café & thé\u00a0»"] },
    { name: "no-break spaces kept, narrow ones too", html: "<p>Vraiment&#8239;? Oui&nbsp;!</p>", lines: ["Vraiment\u202f? Oui\u00a0!"] },
    { name: "scripts and styles are no text", html: "<p>Avant<script>var a = 1;</script><style>p{}</style> après</p>", lines: ["Avant après"] },
    { name: "list items and table rows", html: "<ul><li>un</li><li>deux</li></ul><table><tr><td>a</td><td>b</td></tr></table>", lines: ["un", "deux", "a b"] },
    { name: "empty blocks vanish", html: "<div><p> </p><div></div><p>Seul.</p></div>", lines: ["Seul."] },
  ])("$name", ({ html, lines }) => {
    expect(textOf(html)).toEqual(lines);
  });

  test("a page nested 20,000 deep does not overflow the stack", () => {
    const n = 20000;
    expect(textOf("<div>".repeat(n) + "fond" + "</div>".repeat(n))).toEqual(["fond"]);
  });
});

describe("readPage: the article and what the page says of itself", () => {
  test("title first, then the article's paragraphs; no menu, no footer", () => {
    const p = readPage(page());
    const lines = p.text.split("\n").filter(Boolean);
    expect(lines[0]).toBe("Fortal ouvre une usine de batteries à Brest");
    expect(lines.slice(1)).toEqual(PARAGRAPHS);
    expect(p.text).not.toMatch(/Accueil|Mentions légales/);
  });

  test.each([
    { name: "canonical wins over og:url", o: { canonical: "https://exemple.fr/eco/a", ogUrl: "https://exemple.fr/og" }, url: undefined, want: { url: "https://exemple.fr/eco/a" } },
    { name: "og:url when no canonical", o: { ogUrl: "https://exemple.fr/og" }, url: undefined, want: { url: "https://exemple.fr/og" } },
    { name: "relative canonical resolved against the fetched URL", o: { canonical: "/eco/b" }, url: "https://exemple.fr/x?y=1", want: { url: "https://exemple.fr/eco/b" } },
    { name: "the fetched URL when the page says nothing", o: {}, url: "https://exemple.fr/z", want: { url: "https://exemple.fr/z", site: "exemple.fr" } },
    { name: "site from og:site_name", o: { site: "Le Courrier de l'Ouest" }, url: "https://exemple.fr/z", want: { site: "Le Courrier de l'Ouest" } },
    { name: "published from article:published_time, zone kept", o: { published: "2024-03-05T08:15:00+01:00" }, url: undefined, want: { published: "2024-03-05T08:15:00+01:00" } },
    { name: "published from JSON-LD in an @graph", o: { jsonLdPublished: "2023-11-20" }, url: undefined, want: { published: "2023-11-20" } },
    { name: "byline from meta author", o: { author: "Claire Dubois" }, url: undefined, want: { byline: "Claire Dubois" } },
    { name: "lang from <html lang>", o: { lang: "fr-FR" }, url: undefined, want: { lang: "fr-FR" } },
    { name: "nothing said: nulls", o: { lang: null }, url: undefined, want: { url: null, site: null, published: null, byline: null, lang: null } },
  ])("$name", ({ o, url, want }) => {
    const info = readPage(page(o), url ? { url } : {}).info;
    expect(info).toMatchObject(want);
  });

  test.each([
    ["2024-03-05", "2024-03-05"],
    ["2024-03-05 10:20:00", "2024-03-05T10:20:00"],
    ["2024-03-05T10:20:00Z", "2024-03-05T10:20:00Z"],
    ["Tue, 05 Mar 2024 09:00:00 GMT", "2024-03-05T09:00:00.000Z"],
    ["pas une date", null],
    ["", null],
  ])("isoDate(%j) = %j", (input, want) => {
    expect(isoDate(input)).toBe(want);
  });

  test.each([
    { name: "a home page of links", html: homePage(), code: "no-article" },
    { name: "an empty body", html: "<!DOCTYPE html><html><body></body></html>", code: "no-article" },
    { name: "a 10 MB page of nested divs", html: "<html><body>" + "<div>".repeat(1_000_000) + "texte" + "</div>".repeat(1_000_000) + "</body></html>", code: "too-complex" },
  ])("$name → InputError $code", ({ html, code }) => {
    const t0 = Date.now();
    let err: unknown;
    try {
      readPage(html);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe(code);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test("a fragment without <html> is read as a page's body", () => {
    const p = readPage(PARAGRAPHS.map((x) => `<p>${x}</p>`).join(""));
    expect(p.text.split("\n").filter(Boolean)).toEqual(PARAGRAPHS);
  });

  test("countTags stops counting past the limit", () => {
    expect(countTags("<p>a</p><br/> 3 < 4 <b>", 100)).toBe(3);
    expect(countTags("<i>".repeat(1000), 10)).toBe(11);
  });
});

describe("decodeHtml: the charset a page declares", () => {
  const accents = "Une usine à l'œuvre, « déjà » là";
  test.each([
    { name: "windows-1252 declared only in <meta charset>", bytes: iconv.encode(page({ charset: "windows-1252", title: accents }), "windows-1252"), header: undefined, encoding: "windows-1252" },
    { name: "ISO-8859-1 in <meta> read as windows-1252 (as browsers do)", bytes: iconv.encode(page({ charset: "ISO-8859-1", title: accents }), "windows-1252"), header: undefined, encoding: "windows-1252" },
    { name: "the HTTP header wins over <meta>", bytes: iconv.encode(page({ charset: "utf-8", title: accents }), "windows-1252"), header: "windows-1252", encoding: "windows-1252" },
    { name: "UTF-8", bytes: Buffer.from(page({ title: accents })), header: undefined, encoding: "utf-8" },
    { name: "declared Latin-1 but saved as UTF-8", bytes: Buffer.from(page({ charset: "iso-8859-1", title: accents })), header: undefined, encoding: "utf-8" },
  ])("$name", ({ bytes, header, encoding }) => {
    const d = decodeHtml(bytes, undefined, header);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toContain(accents);
  });

  test("binary data named like a page is refused as binary", () => {
    expect(() => decodeHtml(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]))).toThrow(/binary/);
  });

  test.each([
    ["<!DOCTYPE html><html>", true],
    ["\uFEFF  <!-- saved --><html lang=fr>", true],
    ["<?xml version='1.0'?><html>", true],
    ["<HEAD><title>x</title>", true],
    ["Le maire <b>a</b> dit", false],
    ["« Bonjour »", false],
  ])("looksLikeHtml(%j) = %s", (head, want) => {
    expect(looksLikeHtml(Buffer.from(head))).toBe(want);
  });
});

// Mozilla's Readability test page (../shared, not in the repo): what parole reads from the
// page must be what it reads from Reader View's own rendering of it.
const LEMONDE = join(import.meta.dirname, "..", "..", "shared", "corpus", "html", "lemonde-1");
describe.skipIf(!existsSync(join(LEMONDE, "source.html")))("the Le Monde page of Readability's tests", () => {
  test("quotes equal those of expected.html's text; title and byline equal the metadata", () => {
    const meta = JSON.parse(readFileSync(join(LEMONDE, "expected-metadata.json"), "utf8")) as { title: string; byline: string; siteName: string; lang: string };
    const source = readPage(decodeHtml(readFileSync(join(LEMONDE, "source.html"))).text);
    expect(source.info).toMatchObject({ title: meta.title, byline: meta.byline, site: meta.siteName, lang: meta.lang });
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${readFileSync(join(LEMONDE, "expected.html"), "utf8")}</body></html>`);
    const expectedText = [meta.title, ...elementText(document.body as never)].join("\n\n") + "\n";
    const got = extract(source.text).quotes.map((q) => q.text);
    const want = extract(expectedText).quotes.map((q) => q.text);
    expect(got.length).toBeGreaterThan(5);
    expect(got).toEqual(want);
  });
});
