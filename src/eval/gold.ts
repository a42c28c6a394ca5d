/**
 * The gold answer format (shared/corpus/README.md) and a loader that checks it.
 * Pure: takes already-parsed JSON, so the caller decides where it comes from.
 */
import type { OrgType, QuoteKind } from "../core/types.js";

/** One quote a careful reader extracts. */
export interface GoldQuote {
  /** Exact characters between the marks (first paragraph only when multi_paragraph). */
  text: string;
  speaker: string | null;
  speaker_type: "person" | "organization" | null;
  speaker_description?: string | null;
  kind: QuoteKind;
  multi_paragraph?: boolean;
  note?: string;
}

/** One named person in the gold. */
export interface GoldPerson {
  name: string;
  roles: string[];
  affiliations: string[];
  gender?: "m" | "f" | null;
  aliases?: string[];
}

/** One named organization in the gold. */
export interface GoldOrganization {
  name: string;
  type: OrgType;
  aliases: string[];
}

/** A whole gold file (NAME.gold.json or a fixture's expected.json). */
export interface Gold {
  id: string;
  lang: string;
  quotes: GoldQuote[];
  people: GoldPerson[];
  organizations: GoldOrganization[];
  /** Constructions the article exercises (fixtures only); used for per-tag figures. */
  tags: string[];
}

/** Thrown by `parseGold` when the JSON does not follow the gold format. */
export class GoldError extends Error {
  override name = "GoldError";
}

const KINDS: readonly string[] = ["full", "partial", "headline"];
const ORG_TYPES: readonly string[] = ["company", "institution", "party", "media", "ngo", "other"];

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== "string") throw new GoldError(`${where}.${key}: expected a string, got ${JSON.stringify(v)}`);
  return v;
}

function strOrNull(o: Obj, key: string, where: string): string | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== "string") throw new GoldError(`${where}.${key}: expected a string or null, got ${JSON.stringify(v)}`);
  return v;
}

function strings(o: Obj, key: string, where: string, required: boolean): string[] {
  const v = o[key];
  if (v === undefined && !required) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
    throw new GoldError(`${where}.${key}: expected an array of strings`);
  }
  return v as string[];
}

function array(o: Obj, key: string, where: string): Obj[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new GoldError(`${where}.${key}: expected an array`);
  return v.map((x, i) => {
    if (!isObj(x)) throw new GoldError(`${where}.${key}[${i}]: expected an object`);
    return x;
  });
}

function parseQuote(q: Obj, where: string): GoldQuote {
  const text = str(q, "text", where);
  if (text.length === 0) throw new GoldError(`${where}.text: empty`);
  const speaker = strOrNull(q, "speaker", where);
  const type = q["speaker_type"] ?? null;
  if (type !== null && type !== "person" && type !== "organization") {
    throw new GoldError(`${where}.speaker_type: expected "person", "organization" or null, got ${JSON.stringify(type)}`);
  }
  if ((speaker === null) !== (type === null)) {
    throw new GoldError(`${where}: speaker and speaker_type must both be null or both be set`);
  }
  const kind = str(q, "kind", where);
  if (!KINDS.includes(kind)) throw new GoldError(`${where}.kind: expected one of ${KINDS.join(", ")}, got "${kind}"`);
  const mp = q["multi_paragraph"];
  if (mp !== undefined && typeof mp !== "boolean") throw new GoldError(`${where}.multi_paragraph: expected a boolean`);
  const out: GoldQuote = { text, speaker, speaker_type: type, kind: kind as QuoteKind };
  const desc = strOrNull(q, "speaker_description", where);
  if (desc !== null) out.speaker_description = desc;
  if (mp !== undefined) out.multi_paragraph = mp;
  const note = strOrNull(q, "note", where);
  if (note !== null) out.note = note;
  return out;
}

function parsePerson(p: Obj, where: string): GoldPerson {
  const out: GoldPerson = {
    name: str(p, "name", where),
    roles: strings(p, "roles", where, false),
    affiliations: strings(p, "affiliations", where, false),
  };
  const g = p["gender"];
  if (g !== undefined) {
    if (g !== "m" && g !== "f" && g !== null) throw new GoldError(`${where}.gender: expected "m", "f" or null`);
    out.gender = g;
  }
  if (p["aliases"] !== undefined) out.aliases = strings(p, "aliases", where, true);
  return out;
}

function parseOrganization(o: Obj, where: string): GoldOrganization {
  const name = str(o, "name", where);
  const type = str(o, "type", where);
  if (!ORG_TYPES.includes(type)) throw new GoldError(`${where}.type: expected one of ${ORG_TYPES.join(", ")}, got "${type}"`);
  return { name, type: type as OrgType, aliases: strings(o, "aliases", where, false) };
}

/** Check parsed JSON against the gold format and return it typed; throws `GoldError` naming the bad field. */
export function parseGold(json: unknown): Gold {
  if (!isObj(json)) throw new GoldError("gold: expected a JSON object");
  return {
    id: typeof json["id"] === "string" ? json["id"] : "",
    lang: typeof json["lang"] === "string" ? json["lang"] : "fr",
    quotes: array(json, "quotes", "gold").map((q, i) => parseQuote(q, `quotes[${i}]`)),
    people: array(json, "people", "gold").map((p, i) => parsePerson(p, `people[${i}]`)),
    organizations: array(json, "organizations", "gold").map((o, i) => parseOrganization(o, `organizations[${i}]`)),
    tags: json["tags"] === undefined ? [] : strings(json, "tags", "gold", true),
  };
}
