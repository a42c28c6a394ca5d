/**
 * Invented news pages and WARC archives for the HTML and WARC tests: the articles are written
 * for these tests (« la société Fortal », « Léa Morel »), the archives are made with warcio's
 * own writer, gzip'd per record as Common Crawl ships them.
 */
import { WARCRecord, WARCSerializer } from "warcio";

/** The body of an invented French article: paragraphs with three attributed quotes. */
export const PARAGRAPHS = [
  "La société Fortal a annoncé mardi l'ouverture d'une usine de batteries à Brest, qui doit employer trois cents personnes d'ici à la fin de l'année prochaine, selon la direction.",
  "« Nous avons choisi la Bretagne pour ses ingénieurs et pour son port », a déclaré Léa Morel, présidente de Fortal, lors d'une conférence de presse organisée sur le chantier.",
  "Le maire de la ville, Hugo Renard, s'est félicité de cette décision attendue depuis des mois par les élus du département et par les syndicats du bassin d'emploi.",
  "« C'est une excellente nouvelle pour toute la région », a-t-il assuré devant les salariés réunis dans le hall de la mairie, avant de rappeler le soutien financier de la ville.",
  "Les travaux doivent commencer au printemps. Selon Léa Morel, « les premières cellules sortiront de la chaîne avant l'hiver », un calendrier jugé serré par plusieurs observateurs du secteur.",
];

/** What a test page says of itself. */
export interface PageOptions {
  title?: string;
  lang?: string | null;
  canonical?: string;
  ogUrl?: string;
  site?: string;
  published?: string;
  jsonLdPublished?: string;
  author?: string;
  charset?: string;
  /** Raw HTML of the article's body; default: PARAGRAPHS as <p>. */
  body?: string;
}

/** A whole page: head with meta tags, a navigation menu, the article, a footer. */
export function page(o: PageOptions = {}): string {
  const title = o.title ?? "Fortal ouvre une usine de batteries à Brest";
  const meta = [
    o.charset ? `<meta charset="${o.charset}">` : `<meta charset="utf-8">`,
    `<title>${title} | Le Courrier de l'Ouest</title>`,
    o.canonical ? `<link rel="canonical" href="${o.canonical}">` : "",
    o.ogUrl ? `<meta property="og:url" content="${o.ogUrl}">` : "",
    o.site ? `<meta property="og:site_name" content="${o.site}">` : "",
    o.published ? `<meta property="article:published_time" content="${o.published}">` : "",
    o.author ? `<meta name="author" content="${o.author}">` : "",
    o.jsonLdPublished
      ? `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"${title}","datePublished":"${o.jsonLdPublished}"}]}</script>`
      : "",
  ].join("\n");
  const body = o.body ?? PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n");
  const lang = o.lang === null ? "" : ` lang="${o.lang ?? "fr"}"`;
  return `<!DOCTYPE html>
<html${lang}>
<head>
${meta}
</head>
<body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/economie">Économie</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>${title}</h1>
${body}
</article></main>
<footer><p>© Le Courrier de l'Ouest — <a href="/mentions">Mentions légales</a></p></footer>
</body>
</html>
`;
}

/** A page that is no article: a home page of short links. */
export function homePage(): string {
  const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/article-${i}">Titre ${i}</a></li>`).join("");
  return `<!DOCTYPE html><html lang="fr"><head><title>Accueil</title></head><body><nav><ul>${links}</ul></nav></body></html>`;
}

/** One response record to write. */
export interface ResponseSpec {
  url: string;
  date?: string;
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  body: Uint8Array | string;
}

const enc = new TextEncoder();

/** Serialised WARC records (gzip'd per record when `gzip`), a warcinfo record first. */
export async function warc(records: ResponseSpec[], gzip = true, requests = true): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const info = await WARCRecord.createWARCInfo({ filename: "test.warc.gz", warcVersion: "WARC/1.1" }, { software: "parole tests" });
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const r of records) {
    const status = r.status ?? 200;
    const body = typeof r.body === "string" ? enc.encode(r.body) : r.body;
    const httpHeaders: Record<string, string> = { ...(r.contentType !== undefined ? { "Content-Type": r.contentType } : {}), ...(r.headers ?? {}) };
    const record = await WARCRecord.create(
      { url: r.url, date: r.date ?? "2024-03-05T10:00:00Z", type: "response", warcVersion: "WARC/1.1", httpHeaders, statusline: `HTTP/1.1 ${status} ${status === 200 ? "OK" : "Other"}` },
      (async function* () {
        yield body;
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
    // A request record as crawlers write them: not a page, never counted.
    if (!requests) continue;
    const req = await WARCRecord.create({ url: r.url, date: r.date ?? "2024-03-05T10:00:00Z", type: "request", warcVersion: "WARC/1.1", httpHeaders: { Host: "exemple.fr" }, statusline: `GET ${new URL(r.url).pathname} HTTP/1.1` }, (async function* () {})());
    parts.push(await WARCSerializer.serialize(req, { gzip }));
  }
  return Buffer.concat(parts);
}
