/**
 * What the HTML outputs (the article view, the corpus report) share: escaping, the colour-blind
 * safe palette, and the page shell with its Content-Security-Policy. Everything that comes from
 * an article or a result goes through `esc` before it reaches the page; the policy allows only
 * the page's own inline script (by its hash), so even a slip in escaping could run nothing.
 */
import { hash } from "node:crypto";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "\u2028": "&#8232;",
  "\u2029": "&#8233;",
};

/** Text or an attribute value made safe for HTML (both quote kinds, and U+2028/U+2029). */
export function esc(s: string): string {
  return s.replace(/[&<>"'\u2028\u2029]/g, (c) => ENTITIES[c]!);
}

/**
 * Paul Tol's « muted » scheme: nine colours that stay distinct for the common colour-vision
 * deficiencies (https://personal.sron.nl/~pault/). Pale grey is his colour for missing data:
 * quotes without a speaker.
 */
export const PALETTE = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"] as const;
export const NO_DATA = "#DDDDDD";
/** Women and men in the report's charts (Tol's « bright » red-purple and blue, far apart for every deficiency). */
export const GENDER_COLOURS = { women: "#AA3377", men: "#4477AA", unknown: "#BBBBBB" } as const;

/** Line styles that tell speakers apart without colour (print, monochrome screens). */
export const LINE_STYLES = ["solid", "dashed", "dotted", "double"] as const;

/** A whole page: the policy, the title, inline CSS, the body and an optional inline script. */
export function page(title: string, css: string, body: string, script = ""): string {
  const scriptHash = script ? `'sha256-${hash("sha256", script, "base64")}'` : "'none'";
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptHash}; base-uri 'none'; form-action 'none'`;
  return (
    `<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="parole">\n` +
    `<title>${esc(title)}</title>\n<style>${css}</style>\n</head>\n<body>\n${body}\n` +
    (script ? `<script>${script}</script>\n` : "") +
    `</body>\n</html>\n`
  );
}

/** The `source` fields an upstream fetcher may add (url, title, site, published); all optional. */
export interface SourceInfo {
  url?: string | null;
  title?: string | null;
  site?: string | null;
  published?: string | null;
}

/** The source's extra fields that are strings, whatever the result's version carries. */
export function sourceInfo(source: unknown): SourceInfo {
  const out: SourceInfo = {};
  if (!source || typeof source !== "object") return out;
  const s = source as Record<string, unknown>;
  for (const k of ["url", "title", "site", "published"] as const) {
    const v = s[k];
    if (typeof v === "string" && v.trim() !== "") out[k] = v;
  }
  return out;
}

/** The outlet of a source: its `site`, else the host name of its `url`; null when neither. */
export function outletOf(info: SourceInfo): string | null {
  if (info.site) return info.site;
  if (info.url) {
    try {
      return new URL(info.url).hostname.replace(/^www\./, "") || null;
    } catch {
      return null;
    }
  }
  return null;
}

/** `YYYY-MM` of a publication date, or null when it does not start like an ISO date. */
export function monthOf(published: string | null | undefined): string | null {
  const m = published ? /^(\d{4})-(\d{2})/.exec(published) : null;
  return m ? `${m[1]}-${m[2]}` : null;
}
