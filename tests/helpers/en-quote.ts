/** The row and the check the English attribution tables share: one quote of an invented article and its speaker. */
import { expect } from "vitest";
import { extract } from "../../src/extract.js";

export const en = (text: string) => extract(text, { lang: "en" });

export interface Row {
  name: string;
  text: string;
  quote: string;
  speaker: string | null;
  description?: string;
}

/** The quote starting with `quote` is found, with that speaker (and description, when given). */
export function check({ text, quote, speaker, description }: Row): void {
  const r = en(text);
  const q = r.quotes.find((x) => x.text.startsWith(quote));
  expect(q, `no quote starting «${quote}» in ${JSON.stringify(r.quotes.map((x) => x.text))}`).toBeDefined();
  expect(q?.speaker?.name ?? null).toBe(speaker);
  if (description !== undefined) expect(q?.speaker_description).toBe(description);
}
