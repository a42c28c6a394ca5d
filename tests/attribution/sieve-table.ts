/**
 * The shape of a sieve's table test: a short invented article, which quote to read, and the
 * rule and speaker (or description) the pipeline must give it.
 */
import { expect, test } from "vitest";
import { extract } from "../../src/extract.js";

export interface SieveRow {
  name: string;
  text: string;
  /** The rule expected on the quote; another rule when the row shows the sieve passing. */
  rule: string;
  speaker: string | null;
  description?: string;
  /** Which quote to check (0-based). */
  quote?: number;
}

/** A title line, so that the text's first paragraph is body. */
export const P = "Titre de l'article\n\n";

export function sieveTable(rows: SieveRow[]): void {
  test.each(rows)("$name", (row) => {
    const q = extract(row.text, { lang: "fr" }).quotes[row.quote ?? 0];
    expect(q, "quote found").toBeDefined();
    expect(q!.rule).toBe(row.rule);
    expect(q!.speaker?.name ?? null).toBe(row.speaker);
    if (row.description !== undefined) expect(q!.speaker_description).toBe(row.description);
  });
}
