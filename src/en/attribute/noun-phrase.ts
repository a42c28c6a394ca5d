/**
 * Noun phrases to speakers: a person named in the phrase, a pronoun's antecedent, an
 * organization (itself, its spokesman, "the company"), or a description of someone unnamed.
 */
import type { Gender, OrgType } from "../../core/types.js";
import { GENDERED, ORG_HEADS, ORG_PROXIES } from "../lexicon.js";
import { word, type EnMention } from "../entities.js";
import { tokAt, type Tok } from "../tokens.js";
import { insideQuote, mentionAt, mentionsIn, SENTENCE_END, type Attribution, type Ctx } from "./context.js";

function personGender(ctx: Ctx, id: number): Gender | null {
  return ctx.ents.people[id]?.gender ?? null;
}

/** The antecedent of he/she: the last compatible speaker, else the last compatible person. */
export function resolvePronoun(ctx: Ctx, g: Gender, at: number): number | null {
  const ok = (id: number): boolean => {
    const pg = personGender(ctx, id);
    return pg === null || pg === g;
  };
  // A person the current paragraph is about (its subject, before the quote) comes first:
  // "Her coach, Mats Lindqvist, was blunt. “…,” he said."
  const pi = ctx.doc.paras.findIndex((p) => p.start <= at && at <= p.end);
  let para = ctx.doc.paras[pi];
  // A quote opening its paragraph after a paragraph of narration that quotes nobody: that
  // paragraph's subject («Rep. Ana Ruiz offered a bill of her own. ¶ "…," she said.»).
  // There the name must open its sentence: "…for two clients, actor Ivo Brandt" is no subject.
  const before = ctx.doc.paras[pi - 1];
  const narration =
    para !== undefined && before !== undefined && ctx.doc.text.slice(para.start, at).trim() === "" && !ctx.quotes.some((q) => q.after > before.start && q.open < before.end);
  if (narration) para = { ...before, end: at };
  if (para !== undefined) {
    let subject: EnMention | null = null;
    for (const x of mentionsIn(ctx, para.start, at)) {
      if (x.kind === "person" && !x.inQuote && ok(x.entity) && isSubject(ctx, x) && (!narration || opensSentence(ctx, x))) subject = x;
    }
    const last = ctx.events.filter((e) => e.at < at && e.at >= para.start).pop();
    if (subject !== null && (last === undefined || last.at <= subject.start)) return subject.entity;
  }
  let best: { person: number; at: number } | null = null;
  for (const e of ctx.events) if (e.at < at && ok(e.person) && (best === null || e.at > best.at)) best = e;
  if (best !== null) return best.person;
  let m: EnMention | null = null;
  for (const x of ctx.ents.mentions) if (x.kind === "person" && !x.inQuote && x.start < at && ok(x.entity)) m = x;
  return m?.entity ?? null;
}

/** No comma between the sentence's start and the mention: no fronted phrase, no list before it. */
function opensSentence(ctx: Ctx, m: EnMention): boolean {
  const { toks } = ctx.doc;
  const from = toks[m.tokStart]?.sentStart ?? m.tokStart;
  for (let i = from; i < m.tokStart; i++) if (/,/.test(toks[i]?.post ?? "")) return false;
  return true;
}

/** A mention that opens its sentence as its subject: only nouns, adjectives and commas before it. */
export function isSubject(ctx: Ctx, m: EnMention): boolean {
  const { toks } = ctx.doc;
  const first = toks[m.tokStart];
  if (first === undefined) return false;
  // A fronted phrase closed by a comma does not count («Asked whether he would resign, Daniel
  // Marsh shook his head»): only the words after the last comma before the name.
  let from = first.sentStart;
  for (let i = first.sentStart; i < m.tokStart; i++) if (/,/.test(toks[i]?.post ?? "")) from = i + 1;
  for (let i = from; i < m.tokStart; i++) {
    const t = toks[i];
    if (t === undefined || insideQuote(ctx, t.start)) return false;
    // "Rep. Ana Ruiz": a title's abbreviation dot ends no sentence.
    if (hasTag(t, ["Verb", "Preposition", "Conjunction"]) || (SENTENCE_END.test(t.post) && word(t) === t.text)) return false;
  }
  for (let i = first.sentStart; i < from; i++) if (toks[i] !== undefined && insideQuote(ctx, (toks[i] as Tok).start)) return false;
  const next = toks[m.tokEnd];
  // "Okonkwo-Bell's father": the possessive makes another the subject.
  return !/['\u2019]s$/.test(toks[m.tokEnd - 1]?.text ?? "") && next !== undefined;
}

function hasTag(t: Tok, tags: readonly string[]): boolean {
  return tags.some((g) => t.tags.has(g));
}

/**
 * The organization a common noun stands for: the last one named before `at` whose name holds
 * the noun ("the federation" → "… Workers' Federation"), else the last of the noun's type,
 * else the last named at all.
 */
export function anaphorOrg(ctx: Ctx, noun: string, type: OrgType | null, at: number, namedOnly = false): EnMention | null {
  const cap = noun.charAt(0).toUpperCase() + noun.slice(1);
  let named: EnMention | null = null;
  let typed: EnMention | null = null;
  let any: EnMention | null = null;
  for (const m of ctx.ents.mentions) {
    if (m.kind !== "organization" || m.inQuote || m.start >= at) continue;
    const o = ctx.ents.orgs[m.entity];
    any = m;
    if (type === null || o?.type === type) typed = m;
    if (o !== undefined && (o.name.split(" ").includes(cap) || o.name.split(" ").includes(noun))) named = m;
  }
  return namedOnly ? named : (named ?? typed ?? any);
}

export interface Np {
  speaker: Attribution["speaker"];
  description: string | null;
  pronoun: boolean;
}

/** Resolve a noun phrase (token indexes) to a speaker. `first`: take the first name (inverted). */
export function resolveNp(ctx: Ctx, idx: readonly number[], first: boolean, at: number, descEnd: number): Np | null {
  const { toks, text } = ctx.doc;
  if (idx.length === 0) return null;
  // Parentheses hold asides ("(R-Warren)"), never the subject.
  const clean = idx.filter((i) => {
    const t = toks[i];
    return t !== undefined && !(t.pre.includes("(") || (t.post.includes(")") && !t.pre.includes("(") && idx.some((j) => j < i && toks[j]?.pre.includes("("))));
  });
  let person: EnMention | null = null;
  let pronoun: { i: number; g: Gender } | null = null;
  let prepSeen = false;
  const heads: EnMention[] = [];
  for (const i of clean) {
    const t = toks[i];
    if (t === undefined) continue;
    if (t.lower === "he" || t.lower === "she") {
      if (!first || person === null) pronoun = { i, g: t.lower === "he" ? "m" : "f" };
      if (first) break;
    }
    if (t.tags.has("Preposition") && !t.cap) prepSeen = true;
    const m = mentionAt(ctx, t);
    // «said Marsh's attorney, Ivo Brandt»: a possessive name is not the one speaking.
    // «said Ollander spokesperson Ana Ruiz»: a name before a lower-case role noun only modifies it.
    const role = toks[m?.tokEnd ?? -1];
    const modifier =
      role !== undefined && /^ $/.test(toks[(m?.tokEnd ?? 0) - 1]?.post ?? "") && !role.cap && (ORG_PROXIES.get(role.lower)?.kind === "agent" || role.tags.has("Actor"));
    const possessive = m !== undefined && first && (/['\u2019]s$/.test(toks[m.tokEnd - 1]?.text ?? "") || modifier);
    if (m !== undefined && m.kind === "person" && !(first && prepSeen) && !possessive) {
      if (!first && m !== person && !dependent(ctx, m)) heads.push(m);
      if (!first || person === null) person = m;
      if (pronoun !== null && !first && (toks[pronoun.i]?.start ?? 0) < m.start) pronoun = null;
    }
  }
  // Several people in the subject: the first that heads it, not one named inside it («Jane
  // Roe and John Doe wrote», «A lawyer for Jane Roe, John Doe, said»: Jane Roe, John Doe).
  const lead = heads[0];
  if (!first && lead !== undefined && person !== null && lead !== person && (pronoun === null || (toks[pronoun.i]?.start ?? 0) < lead.start)) {
    person = lead;
  }
  if (pronoun !== null && (person === null || (toks[pronoun.i]?.start ?? 0) > person.start)) {
    const described = describerBefore(ctx, pronoun.g, at) ?? agentBefore(ctx, pronoun.g, at, toks[pronoun.i]?.start ?? at);
    // An agent of a body ("A spokesman for Velmont said …") still gives that body.
    const np = described === null ? null : resolveNp(ctx, described.filter((i) => !["he", "she"].includes(toks[i]?.lower ?? "")), false, at, 0);
    if (np !== null) return { ...np, pronoun: true };
    const id = resolvePronoun(ctx, pronoun.g, at);
    return id === null ? null : { speaker: { kind: "person", entity: id }, description: null, pronoun: true };
  }
  if (person !== null) return { speaker: { kind: "person", entity: person.entity }, description: null, pronoun: false };
  // "they wrote": the organization the paragraph has named ("analysts at Morrow & Pike said…"),
  // or the paragraph before when the quote opens its own.
  if (clean.length === 1 && toks[clean[0] ?? -1]?.lower === "they") {
    const pi = ctx.doc.paras.findIndex((p) => p.start <= at && at <= p.end);
    const para = ctx.doc.paras[pi];
    const opens = para !== undefined && ctx.doc.text.slice(para.start, at).trim() === "";
    const from = (opens ? ctx.doc.paras[pi - 1] : para)?.start ?? at;
    const m = ctx.ents.mentions.filter((x) => x.kind === "organization" && !x.inQuote && x.start >= from && x.start < at).pop();
    if (m !== undefined) return { speaker: { kind: "organization", entity: m.entity }, description: null, pronoun: true };
  }
  // "it said": the organization named last, in this paragraph or the two before.
  if (clean.length === 1 && toks[clean[0] ?? -1]?.lower === "it") {
    const m = recentOrg(ctx, at);
    return m === null ? null : { speaker: { kind: "organization", entity: m.entity }, description: null, pronoun: true };
  }
  // "the 54-year-old said", "the 54-year-old nurse said": the person the story is about, the
  // last one named or quoted before.
  const age = /^the\s+\d+-year-old(?:\s+([a-z]+))?$/i.exec(text.slice(toks[clean[0] ?? -1]?.start ?? 0, toks[clean[clean.length - 1] ?? -1]?.end ?? 0));
  if (age !== null) {
    const g = age[1] === undefined ? undefined : GENDERED.get(age[1].toLowerCase());
    const id = g === undefined ? lastPerson(ctx, at) : resolvePronoun(ctx, g, at);
    if (id !== null) return { speaker: { kind: "person", entity: id }, description: null, pronoun: true };
  }
  // Spokesman for X, X's statement, the company.
  const orgIn = (from: number, to: number): EnMention | undefined =>
    ctx.ents.mentions.find((m) => m.kind === "organization" && m.start >= from && m.start < to);
  const startOff = toks[clean[0] ?? -1]?.start ?? 0;
  const endOff = toks[clean[clean.length - 1] ?? -1]?.end ?? 0;
  let firstPrep = -1;
  let agent = false;
  for (const [k, i] of clean.entries()) {
    const t = toks[i];
    if (t === undefined) continue;
    // "the institute's report": the possessive's noun stands for the body.
    const noun = t.lower.replace(/['\u2019]s$/, "");
    const proxy = ORG_PROXIES.get(noun);
    if (firstPrep < 0 && t.tags.has("Preposition") && !t.cap) firstPrep = t.start;
    // "the Corps said": a capitalised head word alone, not itself a name, is the body named before.
    const headWord = ORG_HEADS.has(noun.charAt(0).toUpperCase() + noun.slice(1));
    // A capital opening the sentence ("Analysts at X said") is no name when no mention holds it.
    const initial = proxy !== undefined && mentionAt(ctx, t) === undefined && (i === t.sentStart || /(?:^|[.!?\n]["\u201d]?)\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start)));
    if (t.cap && !initial && !(headWord && mentionAt(ctx, t) === undefined && toks[clean[k - 1] ?? -1]?.lower === "the")) continue;
    if (proxy?.kind === "anaphor" || (headWord && proxy === undefined)) {
      // "the county health department said": the noun ends a body's own name.
      const own = mentionAt(ctx, t);
      if (own?.kind === "organization" && firstPrep < 0) return { speaker: { kind: "organization", entity: own.entity }, description: null, pronoun: false };
      // "the company said"; "a spokesman for the federation said"; not "an ally of the company".
      const det = toks[clean[k - 1] ?? -1];
      // "police said": a bare plural body noun is the whole subject.
      const opens = firstPrep < 0 && (toks[clean[0] ?? -1]?.lower === "the" || clean.length === 1);
      if (!opens && !(agent && (det?.lower === "the" || det?.lower === "its"))) continue;
      const m = anaphorOrg(ctx, noun, proxy?.type ?? null, at, t.cap || clean.length === 1);
      if (m !== null) return { speaker: { kind: "organization", entity: m.entity }, description: null, pronoun: false };
      continue;
    }
    if (proxy === undefined) continue;
    agent = true;
    // "a company spokesman", "a bank spokeswoman": the body of that kind named last.
    const kindNoun = toks[clean[k - 1] ?? -1];
    const kind = kindNoun === undefined || kindNoun.cap ? undefined : ORG_PROXIES.get(kindNoun.lower);
    if (proxy.kind === "agent" && kind?.kind === "anaphor" && kindNoun !== undefined) {
      const m = anaphorOrg(ctx, kindNoun.lower, kind.type, at);
      if (m !== null) return { speaker: { kind: "organization", entity: m.entity }, description: null, pronoun: false };
    }
    const org = orgIn(startOff, endOff);
    if (org !== undefined) return { speaker: { kind: "organization", entity: org.entity }, description: null, pronoun: false };
  }
  // "the statement said", "its spokeswoman said", "a spokesman said": the organization named
  // last, in this paragraph or the two before it.
  const w0 = toks[clean[0] ?? -1]?.lower ?? "";
  const bare = clean.length === 2 ? ORG_PROXIES.get(toks[clean[1] ?? -1]?.lower ?? "") : undefined;
  if (bare !== undefined && bare.kind !== "anaphor" && ["the", "its", "their", "a", "an"].includes(w0)) {
    const m = recentOrg(ctx, at);
    if (m !== null) return { speaker: { kind: "organization", entity: m.entity }, description: null, pronoun: false };
    // "Dana Whitcombe resigned. The statement read: …": no body named, a person's own document.
    const p = bare.kind === "document" && w0 === "the" ? recentPerson(ctx, at) : null;
    if (p !== null) return { speaker: { kind: "person", entity: p.entity }, description: null, pronoun: true };
  }
  const org = orgIn(startOff, endOff);
  if (org !== undefined && (firstPrep < 0 || firstPrep > org.start)) {
    return { speaker: { kind: "organization", entity: org.entity }, description: null, pronoun: false };
  }
  let desc = text.slice(startOff, Math.max(endOff, descEnd)).trim().replace(/[\s,.;:!?]+$/, "");
  desc = desc.replace(/^(and|but|so|then)\s+/i, "");
  if (desc === "" || desc.split(/\s+/).length > 14) return null;
  const head = toks[clean[0] ?? -1];
  // A description opens on a determiner or a noun ("officials", "one farmer"), never on a
  // preposition, conjunction, pronoun or verb: «was a "wasted opportunity" for the climate,
  // adding» has no subject after the quote.
  const noSubject = head === undefined || (!head.tags.has("Determiner") && hasTag(head, ["Preposition", "Conjunction", "Pronoun", "Verb", "Adverb"])) || NOT_HEAD.has(head.lower);
  if (head !== undefined && !noSubject && (head.tags.has("Determiner") || !head.cap || GENDERED.has(head.lower) || head.lower === "one" || head.lower === "another")) {
    const known = roleNoun(ctx, clean, at);
    if (known !== null) return { speaker: { kind: "person", entity: known }, description: null, pronoun: false };
    return { speaker: null, description: desc, pronoun: false };
  }
  return null;
}


/** A name inside a phrase, not its head: a possessive, or the object of a preposition or verb. */
function dependent(ctx: Ctx, m: EnMention): boolean {
  const { toks } = ctx.doc;
  if (/['\u2019]s$/.test(toks[m.tokEnd - 1]?.text ?? "")) return true;
  const before = toks[tokAt(toks, m.start) - 1];
  // The last word of a quote before the name governs nothing in its phrase.
  if (before !== undefined && insideQuote(ctx, before.start)) return false;
  return before !== undefined && !before.cap && (before.tags.has("Preposition") || before.tags.has("Verb") || before.lower === "and");
}

/** The organization mentioned last before `at`, outside quotes, in its paragraph or the two before. */
function recentOrg(ctx: Ctx, at: number): EnMention | null {
  const { paras } = ctx.doc;
  const pi = paras.findIndex((p) => p.start <= at && at <= p.end);
  const from = paras[Math.max(0, pi - 2)]?.start ?? 0;
  let last: EnMention | null = null;
  for (const m of ctx.ents.mentions) {
    if (m.start >= at) break;
    if (m.kind === "organization" && !m.inQuote && m.start >= from) last = m;
  }
  return last;
}

/** The person named last before `at`, outside quotes, as a sentence's subject, in its paragraph or the one before. */
function recentPerson(ctx: Ctx, at: number): EnMention | null {
  const { paras } = ctx.doc;
  const pi = paras.findIndex((p) => p.start <= at && at <= p.end);
  const from = paras[Math.max(0, pi - 1)]?.start ?? 0;
  let last: EnMention | null = null;
  for (const m of mentionsIn(ctx, from, at)) if (m.kind === "person" && !m.inQuote && isSubject(ctx, m)) last = m;
  return last;
}

/**
 * «the senator said», «the former coach said»: "the" and a few lower-case words ending on a
 * noun that one of the people named before `at` has as a title or role; the one named last.
 */
function roleNoun(ctx: Ctx, idx: readonly number[], at: number): number | null {
  const { toks } = ctx.doc;
  if (idx.length < 2 || idx.length > 4 || toks[idx[0] ?? -1]?.lower !== "the") return null;
  const words = idx.slice(1).map((i) => toks[i]);
  if (words.some((t) => t === undefined || t.cap || !/^[a-z-]+$/.test(t.lower))) return null;
  const noun = words[words.length - 1]?.lower ?? "";
  if (noun.length < 3) return null;
  let best: { id: number; at: number } | null = null;
  ctx.ents.people.forEach((p, id) => {
    if (!p.roles.some((r) => r.toLowerCase().split(/[\s,]+/).some((w) => w === noun || TITLE_NOUNS.get(w) === noun))) return;
    for (const m of p.mentions) if (m.start < at && !m.inQuote && (best === null || m.start > best.at)) best = { id, at: m.start };
  });
  return best === null ? null : (best as { id: number }).id;
}

/**
 * «A farmer who asked not to be named said the well was dry. "…," he said.»: the sentence
 * before the quote's, in its paragraph or the paragraph before, has an unnamed person as its
 * subject (a determiner and a person noun open it, nobody is named before the verb): he/she is
 * that person, described, not the last one named. The subject's tokens, or null.
 */
export function describerBefore(ctx: Ctx, g: Gender, at: number): number[] | null {
  const { doc } = ctx;
  const { toks } = doc;
  const pi = doc.paras.findIndex((p) => p.start <= at && at <= p.end);
  const from = doc.paras[Math.max(0, pi - 1)]?.start ?? 0;
  let own = -1;
  let prev = -1;
  for (const s of doc.sentenceStarts) {
    if (s >= at) break;
    if (s < from || insideQuote(ctx, s)) continue;
    prev = own;
    own = s;
  }
  // The quote opens its sentence: the sentence before is the one to read.
  const start = doc.text.slice(own, at).trim() === "" ? prev : own;
  if (start < 0) return null;
  const i0 = tokAt(toks, start);
  const det = toks[i0];
  if (det === undefined || !["a", "an", "one", "another"].includes(det.lower)) return null;
  for (let k = i0 + 1; k < Math.min(i0 + 5, toks.length); k++) {
    const t = toks[k];
    if (t === undefined || t.cap || hasTag(t, ["Verb", "Preposition"])) return null;
    const ng = GENDERED.get(t.lower);
    if (ng !== undefined || t.tags.has("Actor")) {
      if (ng !== undefined && ng !== g) return null;
      // The description runs to the verb or the comma that closes the subject.
      let e = k;
      while (e + 1 < toks.length && e < k + 12) {
        const n = toks[e + 1];
        const cur = toks[e];
        if (n === undefined || cur === undefined || /[,;:.!?\u2014]/.test(cur.post) || (n.tags.has("Verb") && SAID.has(n.lower))) break;
        e++;
      }
      return Array.from({ length: e - i0 + 1 }, (_, j) => i0 + j);
    }
  }
  return null;
}

/** Abbreviated titles and the noun that stands for them later ("Sen. Ana Ruiz" … "the senator"). */
const TITLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ["sen.", "senator"], ["sens.", "senator"], ["rep.", "congressman"], ["gov.", "governor"], ["lt.", "lieutenant"], ["gen.", "general"],
  ["col.", "colonel"], ["sgt.", "sergeant"], ["capt.", "captain"], ["det.", "detective"], ["supt.", "superintendent"], ["prof.", "professor"],
  ["dr.", "doctor"], ["atty.", "attorney"], ["insp.", "inspector"], ["cmdr.", "commander"], ["adm.", "admiral"], ["pres.", "president"],
]);

/**
 * «…, the agency official told reporters. But, he added, …»: the sentence before the pronoun's,
 * in its paragraph or the paragraph before, has an unnamed agent of a body (official,
 * spokesman…) as the subject of its speech verb, and names no person: he/she is that agent.
 * The subject's tokens, or null.
 */
function agentBefore(ctx: Ctx, g: Gender, at: number, pronounAt: number): number[] | null {
  const { doc } = ctx;
  const { toks } = doc;
  const pi = doc.paras.findIndex((p) => p.start <= pronounAt && pronounAt <= p.end);
  const from = doc.paras[Math.max(0, pi - 1)]?.start ?? 0;
  // The last two sentence starts in [from, pronounAt], outside quotes, read backwards.
  const starts = doc.sentenceStarts;
  let k = starts.length;
  {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= pronounAt) lo = mid + 1;
      else hi = mid;
    }
    k = lo;
  }
  let own = -1;
  let prev = -1;
  while (--k >= 0) {
    const s = starts[k] ?? -1;
    if (s < from) break;
    if (insideQuote(ctx, s)) continue;
    if (own < 0) own = s;
    else {
      prev = s;
      break;
    }
  }
  if (prev < 0) return null;
  const i0 = tokAt(toks, prev);
  const i1 = tokAt(toks, own);
  let verb = -1;
  for (let i = i0; i < i1; i++) {
    const t = toks[i];
    if (t === undefined || insideQuote(ctx, t.start)) continue;
    if (mentionAt(ctx, t)?.kind === "person") return null;
    if (verb < 0 && SAID.has(t.lower)) verb = i;
  }
  if (verb < 0) return null;
  // The subject: back from the verb to a comma or the sentence start.
  let a = verb;
  while (a > i0 && !/[,;:]/.test(toks[a - 1]?.post ?? "")) a--;
  const subj = Array.from({ length: verb - a }, (_, j) => a + j).filter((i) => !insideQuote(ctx, toks[i]?.start ?? 0));
  const noun = toks[subj[subj.length - 1] ?? -1];
  if (noun === undefined || ORG_PROXIES.get(noun.lower)?.kind !== "agent") return null;
  const ng = GENDERED.get(noun.lower);
  if (ng !== undefined && ng !== g) return null;
  // Nobody named since the agent spoke.
  const vAt = toks[verb]?.start ?? 0;
  if (mentionsIn(ctx, vAt + 1, pronounAt).some((m) => m.kind === "person" && !m.inQuote)) return null;
  return at > noun.end ? subj : null;
}

const SAID = new Set(["said", "says", "told", "added", "explained", "recalled"]);

/** Words that cannot head a speaker's description (the tagger may not mark them). */
const NOT_HEAD = new Set(["that", "to", "for", "of", "by", "with", "from", "in", "on", "at", "and", "but", "or", "so", "then", "if", "while", "when", "because", "as", "it", "they", "we", "you", "i", "this", "these", "those", "there", "which", "who", "would", "could", "should", "will", "is", "was", "are", "were"]);

/** The person named or quoted last before `at` (outside quotes), any gender. */
function lastPerson(ctx: Ctx, at: number): number | null {
  let best: { person: number; at: number } | null = null;
  for (const e of ctx.events) if (e.at < at && (best === null || e.at > best.at)) best = e;
  for (const m of ctx.ents.mentions) {
    if (m.kind === "person" && !m.inQuote && m.start < at && (best === null || m.start > best.at)) best = { person: m.entity, at: m.start };
  }
  return best?.person ?? null;
}
