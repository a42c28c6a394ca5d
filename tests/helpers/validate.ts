/**
 * A checker for any parole `Result`: the schema, plus what a schema cannot say (ranges cut
 * back to the reported text in code points, ids unique and resolvable, quotes in order).
 * Every test that produces a Result can run it: `expect(checkResult(text, r)).toEqual([])`.
 */
import type { Result } from "../../src/core/types.js";
import { validateResult } from "../../src/schema.js";

/** Problems with `result` as the output for `text`; [] when it is sound. */
export function checkResult(text: string, result: Result): string[] {
  const errors = validateResult(result).map((e) => `schema: ${e}`);
  if (errors.length > 0 && (typeof result !== "object" || result === null)) return errors;
  const chars = [...text];
  const cut = (start: number, end: number): string => chars.slice(start, end).join("");

  const range = (where: string, o: { start: number; end: number; text?: string }): void => {
    if (!Number.isInteger(o.start) || !Number.isInteger(o.end) || o.start < 0 || o.end < o.start || o.end > chars.length) {
      errors.push(`${where}: bad range [${o.start}, ${o.end}) for a text of ${chars.length} code points`);
    } else if (o.text !== undefined && cut(o.start, o.end) !== o.text) {
      errors.push(`${where}: text ${JSON.stringify(o.text)} but the range holds ${JSON.stringify(cut(o.start, o.end))}`);
    }
  };
  const unique = (where: string, ids: string[]): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) errors.push(`${where}: duplicate id ${id}`);
      seen.add(id);
    }
  };

  const quotes = Array.isArray(result.quotes) ? result.quotes : [];
  const people = Array.isArray(result.people) ? result.people : [];
  const orgs = Array.isArray(result.organizations) ? result.organizations : [];
  const speakers = Array.isArray(result.speakers) ? result.speakers : [];
  const personIds = new Set(people.map((p) => p.id));
  const orgIds = new Set(orgs.map((o) => o.id));
  const quoteIds = new Set(quotes.map((q) => q.id));
  unique("quotes", quotes.map((q) => q.id));
  unique("people/organizations", [...people.map((p) => p.id), ...orgs.map((o) => o.id)]);
  unique("speakers", speakers.map((s) => s.id));

  const entityExists = (where: string, id: string, type: string): void => {
    const ok = type === "person" ? personIds.has(id) : type === "organization" ? orgIds.has(id) : false;
    if (!ok) errors.push(`${where}: ${type} id ${id} is not in ${type === "person" ? "people" : "organizations"}`);
  };

  let prevStart = -1;
  quotes.forEach((q, i) => {
    const where = `quotes[${i}] (${q.id})`;
    range(where, q);
    if (q.start < prevStart) errors.push(`${where}: starts at ${q.start}, before the previous quote (${prevStart})`);
    prevStart = q.start;
    if (q.cue) range(`${where}.cue`, q.cue);
    if (q.speaker) entityExists(`${where}.speaker`, q.speaker.id, q.speaker.type);
  });
  people.forEach((p, i) => p.mentions?.forEach((m, j) => range(`people[${i}] (${p.name}).mentions[${j}]`, m)));
  orgs.forEach((o, i) => o.mentions?.forEach((m, j) => range(`organizations[${i}] (${o.name}).mentions[${j}]`, m)));
  (Array.isArray(result.messages) ? result.messages : []).forEach((m, i) => range(`messages[${i}]`, m));

  speakers.forEach((s, i) => {
    const where = `speakers[${i}] (${s.name})`;
    entityExists(where, s.id, s.type);
    for (const qid of s.quote_ids ?? []) {
      if (!quoteIds.has(qid)) {
        errors.push(`${where}: quote id ${qid} does not exist`);
        continue;
      }
      const q = quotes.find((x) => x.id === qid);
      if (q && q.speaker?.id !== s.id) errors.push(`${where}: lists ${qid}, whose speaker is ${q.speaker?.id ?? "null"}`);
    }
  });
  // Every attributed quote appears under its speaker.
  quotes.forEach((q) => {
    if (!q.speaker) return;
    const s = speakers.find((x) => x.id === q.speaker?.id);
    if (!s) errors.push(`quote ${q.id}: speaker ${q.speaker.id} is not in speakers`);
    else if (!s.quote_ids.includes(q.id)) errors.push(`quote ${q.id}: not in speaker ${s.id}'s quote_ids`);
  });
  return errors;
}
