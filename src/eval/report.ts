/**
 * Eval reports: an aligned text table for people, a JSON object for programs. Pure.
 */
import type { Ratio, Summary } from "./aggregate.js";
import type { ArticleScore } from "./score.js";

function num(v: number | null): string {
  return v === null ? "-" : v.toFixed(2);
}

function ratioText(r: Ratio): string {
  return `${num(r.value)} (${r.n}/${r.of})`;
}

function table(rows: string[][], rightAligned: (col: number) => boolean): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (rightAligned(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd(),
  );
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, " ");
  const cps = [...one];
  return cps.length > 60 ? `${cps.slice(0, 60).join("")}…` : one;
}

function who(name: string | null): string {
  return name ?? "no speaker";
}

/** One line per article, then every miss and invention (for --verbose). */
export function articleLines(s: ArticleScore): string[] {
  const gq = s.quotes.tp + s.quotes.fn;
  const lines = [
    `${s.id}: quotes ${s.quotes.tp}/${gq} found, ${s.quotes.fp} invented; speaker right ${s.speakerRight}/${s.quotes.tp}; ` +
      `people ${s.people.tp}/${s.people.tp + s.people.fn} (+${s.people.fp}); ` +
      `organizations ${s.organizations.tp}/${s.organizations.tp + s.organizations.fn} (+${s.organizations.fp})`,
  ];
  for (const w of s.warnings) lines.push(`  gold problem: ${w}`);
  for (const q of s.missedQuotes) lines.push(`  missed quote: «${clip(q.text)}» (${who(q.speaker)})`);
  for (const q of s.inventedQuotes) lines.push(`  invented quote: «${clip(q.text)}» (${who(q.speaker)})`);
  for (const m of s.matches) {
    if (!m.speakerRight) {
      lines.push(`  wrong speaker: «${clip(m.text)}» gold ${who(m.goldSpeaker)}, predicted ${who(m.predictedSpeaker)}`);
    }
  }
  for (const n of s.missedPeople) lines.push(`  missed person: ${n}`);
  for (const n of s.inventedPeople) lines.push(`  invented person: ${n}`);
  for (const n of s.missedOrganizations) lines.push(`  missed organization: ${n}`);
  for (const n of s.inventedOrganizations) lines.push(`  invented organization: ${n}`);
  for (const w of s.wrongOrgTypes) lines.push(`  wrong org type: ${w.name}: gold ${w.gold}, predicted ${w.predicted}`);
  for (const w of s.wrongAffiliations) {
    lines.push(`  wrong affiliation: ${w.name}: gold ${w.gold.join(" | ")}, predicted ${w.predicted.join(" | ") || "none"}`);
  }
  for (const w of s.wrongGenders) lines.push(`  wrong gender: ${w.name}: gold ${w.gold}, predicted ${w.predicted ?? "none"}`);
  return lines;
}

/** What the text report adds to the figures: per-article detail, the per-rule table. */
export interface TextReportOptions {
  verbose?: boolean;
  byRule?: boolean;
}

/**
 * The text report: figures table, accuracy lines, confidence bands, per-tag table; per-article
 * detail when verbose, per-rule precision with byRule.
 */
export function formatText(summary: Summary, scores: readonly ArticleScore[], options: TextReportOptions | boolean = {}): string {
  const { verbose = false, byRule = false } = typeof options === "boolean" ? { verbose: options } : options;
  const out: string[] = [];
  if (verbose) {
    for (const s of scores) out.push(...articleLines(s));
    out.push("");
  }
  const goldQuotes = summary.quotes.tp + summary.quotes.fn;
  out.push(`${summary.articles} article(s), ${goldQuotes} gold quote(s)`, "");
  const rows = [["", "P", "R", "F1", "tp", "fp", "fn"]];
  for (const key of ["quotes", "people", "organizations", "companies"] as const) {
    const c = summary[key];
    rows.push([key, num(c.precision), num(c.recall), num(c.f1), String(c.tp), String(c.fp), String(c.fn)]);
  }
  out.push(...table(rows, (c) => c > 0), "");
  out.push(`speaker right (of matched quotes): ${ratioText(summary.speakerRight)}`);
  out.push(`end-to-end (span and speaker right, of all gold): ${ratioText(summary.endToEnd)}`);
  out.push(`org type right (of matched organizations): ${ratioText(summary.orgTypeRight)}`);
  out.push(`gender right (of matched people with a gold gender): ${ratioText(summary.genderRight)}`);
  out.push(`affiliation right (of matched people with a gold affiliation): ${ratioText(summary.affiliationRight)}`);
  out.push(
    `null speakers (of matched quotes): predicted ${ratioText(summary.nullSpeakers.predicted)}, gold ${ratioText(summary.nullSpeakers.gold)}`,
  );
  const bandRows = [["confidence", "quotes", "share", "speaker right"]];
  for (const b of summary.byConfidence) {
    bandRows.push([b.band, String(b.count), num(b.share.value), ratioText(b.speakerRight)]);
  }
  out.push("", ...table(bandRows, (c) => c > 0));
  if (byRule) {
    const ruleRows = [["rule", "quotes", "speaker right"]];
    for (const r of summary.byRule) ruleRows.push([r.rule, String(r.count), ratioText(r.speakerRight)]);
    out.push("", ...table(ruleRows, (c) => c > 0));
  }
  if (summary.tags.length > 0) {
    const tagRows = [["tag", "articles", "quotes", "quote recall", "speaker right"]];
    for (const t of summary.tags) {
      tagRows.push([t.tag, String(t.articles), String(t.goldQuotes), ratioText(t.quoteRecall), ratioText(t.speakerRight)]);
    }
    out.push("", ...table(tagRows, (c) => c > 0));
  }
  return `${out.join("\n")}\n`;
}

/** The JSON report: the summary and every article's detail. */
export function formatJson(summary: Summary, scores: readonly ArticleScore[]): string {
  return `${JSON.stringify({ summary, articles: scores }, null, 2)}\n`;
}
