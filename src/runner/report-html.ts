/**
 * `parole stats --html`: the corpus tables of `parole stats` with charts, as one page that needs
 * no script and no network. The charts are Observable Plot's, rendered here to inline SVG with
 * linkedom's document (Plot's `document` option): Plot is a maintained charting library whose
 * bars, scales and axes come out as plain SVG elements, and linkedom is the small DOM that
 * Plot's server-side rendering needs (jsdom would work too, at ~10× the install and start-up).
 * Every bar carries a <title> with its number, so a reader (and the browser test) can check it.
 */
import type { CorpusStats, RankRow } from "./stats.js";
import { esc, GENDER_COLOURS, monthOf, outletOf, page, PALETTE, sourceInfo } from "./html-page.js";

/** Quotes by the gender of their (person) speaker, in one group. */
export interface GenderQuotes {
  women: number;
  men: number;
  unknown: number;
}

/** What the report adds to `parole stats`: quotes by gender per outlet and per month. */
export interface ReportGroups {
  outlets: Map<string, GenderQuotes>;
  months: Map<string, GenderQuotes>;
  /** Articles with no outlet (neither `source.site` nor `source.url`) / no `source.published`. */
  noOutlet: number;
  noMonth: number;
}

/** Collects the per-outlet and per-month counts from the results `parole stats` reads. */
export class ReportAccumulator {
  readonly groups: ReportGroups = { outlets: new Map(), months: new Map(), noOutlet: 0, noMonth: 0 };

  add(value: unknown): void {
    if (!value || typeof value !== "object" || "error" in value) return;
    const r = value as { source?: unknown; quotes?: unknown; speakers?: Array<{ type?: string; gender?: string | null; quote_ids?: unknown[] }> };
    if (!Array.isArray(r.quotes)) return;
    const info = sourceInfo(r.source);
    const outlet = outletOf(info);
    const month = monthOf(info.published);
    if (outlet === null) this.groups.noOutlet++;
    if (month === null) this.groups.noMonth++;
    if (outlet === null && month === null) return;
    const counts: GenderQuotes = { women: 0, men: 0, unknown: 0 };
    for (const s of r.speakers ?? []) {
      if (s.type !== "person") continue;
      const n = Array.isArray(s.quote_ids) ? s.quote_ids.length : 0;
      if (s.gender === "f") counts.women += n;
      else if (s.gender === "m") counts.men += n;
      else counts.unknown += n;
    }
    const addTo = (map: Map<string, GenderQuotes>, key: string): void => {
      const g = map.get(key) ?? { women: 0, men: 0, unknown: 0 };
      g.women += counts.women;
      g.men += counts.men;
      g.unknown += counts.unknown;
      map.set(key, g);
    };
    if (outlet !== null) addTo(this.groups.outlets, outlet);
    if (month !== null) addTo(this.groups.months, month);
  }
}

type PlotModule = typeof import("@observablehq/plot");
interface Charts {
  Plot: PlotModule;
  document: unknown;
}

async function charts(): Promise<Charts> {
  const [Plot, { parseHTML }] = await Promise.all([import("@observablehq/plot"), import("linkedom")]);
  const { document } = parseHTML("<!DOCTYPE html><html><head></head><body></body></html>");
  return { Plot, document };
}

/** Plot's SVG as markup (linkedom escapes text and attributes as a browser's serializer does). */
function svg(c: Charts, options: Record<string, unknown>): string {
  const el = c.Plot.plot({ width: 880, ...options, document: c.document } as Parameters<PlotModule["plot"]>[0]) as unknown as { outerHTML: string };
  return el.outerHTML;
}

function figure(id: string, title: string, chart: string, note = ""): string {
  return `<figure class="chart" data-chart="${id}"><figcaption>${esc(title)}</figcaption>${chart}${note ? `<p class="note">${esc(note)}</p>` : ""}</figure>`;
}

function share(n: number, known: number): string {
  return known ? `${((n / known) * 100).toFixed(1)} %` : "n/a";
}

interface GenderBar {
  group: string;
  gender: "women" | "men";
  count: number;
  label: string;
}

/** Women/men bars, normalised to 100 % of the quotes (or people) whose gender is known. */
function genderRows(groups: Array<[string, GenderQuotes]>): GenderBar[] {
  const rows: GenderBar[] = [];
  for (const [group, g] of groups) {
    const known = g.women + g.men;
    if (!known) continue;
    rows.push({ group, gender: "women", count: g.women, label: `${group} — women: ${g.women} (${share(g.women, known)})` });
    rows.push({ group, gender: "men", count: g.men, label: `${group} — men: ${g.men} (${share(g.men, known)})` });
  }
  return rows;
}

function genderChart(c: Charts, rows: GenderBar[], vertical: boolean): string {
  const color = { domain: ["women", "men"], range: [GENDER_COLOURS.women, GENDER_COLOURS.men] };
  if (vertical) {
    return svg(c, {
      height: 260,
      marginBottom: 40,
      color,
      y: { label: "share of quotes with a known gender", percent: true, domain: [0, 100] },
      x: { type: "band", label: null, tickRotate: rows.length > 24 ? -45 : 0 },
      marks: [
        c.Plot.barY(rows, c.Plot.stackY({ x: "group", y: "count", fill: "gender", offset: "normalize", order: ["women", "men"], title: "label" })),
        c.Plot.ruleY([0.5], { stroke: "#000", strokeDasharray: "4,3" }),
      ],
    });
  }
  const groups = new Set(rows.map((r) => r.group)).size;
  const longest = Math.max(0, ...rows.map((r) => r.group.length));
  return svg(c, {
    height: 40 + groups * 28,
    marginLeft: Math.min(220, 12 + longest * 6.5),
    color,
    x: { label: "share with a known gender", percent: true, domain: [0, 100] },
    y: { label: null, domain: [...new Set(rows.map((r) => r.group))] },
    marks: [
      c.Plot.barX(rows, c.Plot.stackX({ y: "group", x: "count", fill: "gender", offset: "normalize", order: ["women", "men"], title: "label" })),
      c.Plot.ruleX([0.5], { stroke: "#000", strokeDasharray: "4,3" }),
    ],
  });
}

function rankChart(c: Charts, rows: RankRow[], unit: string, fill: (r: RankRow) => string): string {
  const longest = Math.max(0, ...rows.map((r) => r.name.length));
  const data = rows.map((r, i) => ({ ...r, rank: i, label: `${r.name}: ${r.count} ${unit}, ${r.articles} articles (${r.type})` }));
  return svg(c, {
    height: 40 + rows.length * 22,
    marginLeft: Math.min(240, 12 + longest * 6.5),
    x: { label: unit, grid: true },
    y: { label: null, domain: data.map((d) => d.name), tickFormat: (name: string) => (name.length > 36 ? `${name.slice(0, 35)}…` : name) },
    marks: [c.Plot.barX(data, { x: "count", y: "name", fill: (d: RankRow) => fill(d), title: "label" }), c.Plot.ruleX([0])],
  });
}

const ORG_FILL: Record<string, string> = {
  company: PALETTE[0],
  institution: PALETTE[2],
  party: PALETTE[6],
  media: PALETTE[5],
  ngo: PALETTE[3],
  other: "#999999",
};

function swatches(items: Array<[string, string]>): string {
  return `<ul class="swatches">${items.map(([label, colour]) => `<li><span style="background:${colour}"></span>${esc(label)}</li>`).join("")}</ul>`;
}

function rankTable(title: string, unit: string, rows: RankRow[]): string {
  const body = rows.length
    ? rows.map((r) => `<tr><td>${esc(r.name)}</td><td>${esc(r.type)}</td><td class="n">${r.count}</td><td class="n">${r.articles}</td></tr>`).join("")
    : `<tr><td colspan="4">none</td></tr>`;
  return `<table><caption>${esc(title)}</caption><thead><tr><th>name</th><th>type</th><th class="n">${unit}</th><th class="n">articles</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The report page: summary, charts and the tables of `parole stats`. */
export async function statsHtml(stats: CorpusStats, groups: ReportGroups, inputs: string[]): Promise<string> {
  const c = await charts();
  const parts: string[] = [];
  const g = stats.gender_quoted_people;
  const gq = stats.gender_quotes;
  const q = stats.quotes_per_article;
  parts.push(
    `<header><h1>parole — corpus report</h1><p class="meta">${inputs.map(esc).join(", ")}</p>` +
      `<p><b>${stats.articles}</b> articles, <b>${stats.quotes}</b> quotes, ${stats.errors} error records. ` +
      `Quotes per article: mean ${q.mean}, median ${q.median}, max ${q.max}. ` +
      `Quoted people: ${g.women} women, ${g.men} men, ${g.unknown} without a gender shown — women ${share(g.women, g.women + g.men)} of known. ` +
      `Quotes by gender: women ${share(gq.women, gq.women + gq.men)}, men ${share(gq.men, gq.women + gq.men)} of ${gq.women + gq.men}.</p></header>`,
  );
  const legend = swatches([["women", GENDER_COLOURS.women], ["men", GENDER_COLOURS.men]]);
  const overall = genderRows([["quoted people", g], ["quotes", gq]]);
  parts.push(`<section><h2>Women and men</h2>${legend}`);
  parts.push(
    overall.length
      ? figure("gender", "Share of women and men among quoted people and their quotes (known gender only; dashed line: parity)", genderChart(c, overall, false))
      : `<p>No quoted person with a known gender.</p>`,
  );
  const outlets = [...groups.outlets.entries()].sort((a, b) => a[0].localeCompare(b[0], "fr"));
  const outletRows = genderRows(outlets);
  parts.push(
    outletRows.length
      ? figure("gender-outlet", "Share of quotes by women and men, per outlet", genderChart(c, outletRows, false), groups.noOutlet ? `${groups.noOutlet} articles without source.site or source.url are left out.` : "")
      : `<p class="note">Per outlet: the results carry no <code>source.site</code> or <code>source.url</code>.</p>`,
  );
  const months = [...groups.months.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const monthRows = genderRows(months);
  parts.push(
    monthRows.length
      ? figure("gender-month", "Share of quotes by women and men, per month of publication", genderChart(c, monthRows, true), groups.noMonth ? `${groups.noMonth} articles without source.published are left out.` : "")
      : `<p class="note">Per month: the results carry no <code>source.published</code> date.</p>`,
  );
  parts.push(`</section>`);

  parts.push(`<section><h2>Who is quoted</h2>`);
  if (stats.speakers.length) {
    parts.push(swatches([["person", PALETTE[1]], ["organization", PALETTE[0]]]));
    parts.push(figure("speakers", "Most quoted speakers (quotes)", rankChart(c, stats.speakers, "quotes", (r) => (r.type === "person" ? PALETTE[1] : PALETTE[0]))));
  }
  parts.push(rankTable("Most quoted speakers", "quotes", stats.speakers), `</section>`);

  parts.push(`<section><h2>Organizations</h2>`);
  if (stats.organizations.length) {
    parts.push(swatches(Object.entries(ORG_FILL)));
    parts.push(figure("organizations", "Most mentioned organizations (mentions)", rankChart(c, stats.organizations, "mentions", (r) => ORG_FILL[r.type] ?? "#999999")));
  }
  parts.push(rankTable("Most mentioned organizations", "mentions", stats.organizations));
  if (stats.companies.length) parts.push(figure("companies", "Most mentioned companies (mentions)", rankChart(c, stats.companies, "mentions", () => ORG_FILL["company"]!)));
  parts.push(rankTable("Most mentioned companies", "mentions", stats.companies), `</section>`);

  const hist = Object.entries(q.histogram).map(([bucket, articles]) => ({ bucket, articles, label: `${bucket} quotes: ${articles} articles` }));
  parts.push(
    `<section><h2>Quotes per article</h2>` +
      figure(
        "per-article",
        "Articles by number of quotes",
        svg(c, {
          height: 240,
          x: { label: "quotes in the article", domain: hist.map((h) => h.bucket) },
          y: { label: "articles", grid: true },
          marks: [c.Plot.barY(hist, { x: "bucket", y: "articles", fill: PALETTE[2], title: "label" }), c.Plot.ruleY([0])],
        }),
      ) +
      `<table><caption>Articles by number of quotes</caption><thead><tr><th>quotes</th><th class="n">articles</th></tr></thead><tbody>${hist
        .map((h) => `<tr><td>${esc(h.bucket)}</td><td class="n">${h.articles}</td></tr>`)
        .join("")}</tbody></table></section>`,
  );
  return page("parole — corpus report", REPORT_CSS, `<main>${parts.join("\n")}</main>`);
}

const REPORT_CSS = `
:root{color-scheme:light;font:15px/1.5 system-ui,sans-serif;color:#111;background:#fff}
main{max-width:960px;margin:0 auto;padding:1rem 1.5rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.meta,.note{color:#555;font-size:0.85rem}
figure.chart{margin:1rem 0}figcaption{font-weight:600;margin-bottom:0.3rem}
figure.chart svg{max-width:100%;height:auto}
.swatches{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap;font-size:0.85rem}
.swatches span{display:inline-block;width:0.9rem;height:0.9rem;margin-right:0.3rem;vertical-align:-2px;border:1px solid #0003}
table{border-collapse:collapse;margin:1rem 0;font-size:0.85rem;min-width:50%}
caption{text-align:left;font-weight:600;padding-bottom:0.3rem}
th,td{border-bottom:1px solid #e4e4e4;padding:0.15rem 0.6rem;text-align:left}
.n{text-align:right;font-variant-numeric:tabular-nums}
@media print{figure.chart{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;
