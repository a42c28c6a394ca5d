/**
 * After merging: an organization of no known type typed by its apposition, and each person's
 * roles, affiliations and gender read from the words around their mentions.
 */
import { GENDERED, ORG_PROXIES, SPEECH_FORMS } from "../lexicon.js";
import type { OrgType } from "../../core/types.js";
import type { EnDoc, Tok } from "../tokens.js";
import type { EnMention, EnOrg, EnPerson } from "../entities.js";
import { hasAny, isPossessive, joined } from "./names.js";

/** Words of an apposition that make an organization a non-profit ("the main lobbying group"). */
const NGO_WORDS = /\b(?:lobby|lobbying|advocacy|campaign|campaigning|trade|industry|nonprofit|non-profit|charity|charitable|rights)\b/;

/**
 * An organization of no known type takes the type of the noun in its apposition:
 * "X, the industry's main lobbying group," → ngo; "X, a regional lender," → company.
 */
export function typeByApposition(doc: EnDoc, orgs: EnOrg[]): void {
  const { toks, text } = doc;
  for (const o of orgs) {
    if (o.type !== "other" || o.mergedInto >= 0) continue;
    for (const m of o.mentions) {
      const last = toks[m.tokEnd - 1];
      const det = toks[m.tokEnd];
      if (last === undefined || det === undefined || !/^,\s+$/.test(last.post) || !["the", "a", "an"].includes(det.lower)) continue;
      let type: OrgType | null = null;
      for (let k = m.tokEnd + 1; k < Math.min(m.tokEnd + 8, toks.length); k++) {
        const t = toks[k];
        if (t === undefined) break;
        const proxy = ORG_PROXIES.get(t.lower);
        if (proxy?.kind === "anaphor") type = proxy.type ?? "other";
        if (/[,.;:!?]/.test(t.post)) break;
      }
      if (type === null) continue;
      const phrase = text.slice(det.start, toks[Math.min(m.tokEnd + 8, toks.length) - 1]?.end ?? det.end).toLowerCase();
      o.type = NGO_WORDS.test(phrase) ? "ngo" : type;
      break;
    }
  }
}

/** ", a union leader," / ", chief executive of X,": what opens an apposition. */
function isApposition(t: Tok): boolean {
  if (["a", "an", "the"].includes(t.lower)) return true;
  // ", CEO of Top Patch,": an upper-case job title.
  if (/^(?:CEO|CFO|COO|CTO|CIO|CMO|MP|MEP)$/.test(t.text)) return true;
  return !t.cap && (t.tags.has("Actor") || t.tags.has("Adjective") || t.tags.has("Noun")) && !hasAny(t, ["Verb", "Pronoun", "Adverb"]);
}

/** Verbs of a relative clause that tie a person to the body they lead or work for. */
const LEADS = new Set(["heads", "headed", "leads", "led", "runs", "ran", "chairs", "chaired", "founded", "co-founded", "directs", "directed", "manages", "managed"]);

const ROLE_STOP = new Set(["Determiner", "Preposition", "Verb", "Conjunction", "Pronoun", "QuestionWord", "Adverb"]);

/** Roles, affiliations and gender from the words around each person mention. */
export function describePeople(doc: EnDoc, people: EnPerson[], orgs: EnOrg[], mentions: EnMention[]): void {
  const { toks, text } = doc;
  const orgAt = (a: number, b: number): string[] => {
    const from = toks[a]?.start ?? 0;
    const to = toks[b - 1]?.end ?? 0;
    return mentions
      .filter((m) => m.kind === "organization" && m.start >= from && m.end <= to)
      .map((m) => orgs[m.entity]?.name ?? "")
      .filter((n) => n !== "");
  };
  const add = (p: EnPerson, role: string, affils: string[]): void => {
    if (role !== "" && !p.roles.includes(role)) p.roles.push(role);
    for (const a of affils) if (!p.affiliations.includes(a)) p.affiliations.push(a);
  };
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.inQuote) continue;
      const first = toks[m.tokStart];
      if (first === undefined) continue;
      if (p.gender === null && first.tags.has("MaleName") !== first.tags.has("FemaleName") && p.words.length > 1) {
        p.gender = first.tags.has("MaleName") ? "m" : "f";
        p.genderEvidence = "first-name";
      }
      // Role before the name: "Transport Ministry spokesman Ivo Brandt".
      let a = m.tokStart;
      while (a > 0) {
        const t = toks[a - 1];
        const n = toks[a];
        if (t === undefined || n === undefined || !joined(t, n) || t.sentStart !== n.sentStart) break;
        if (a - 1 < first.sentStart || hasAny(t, [...ROLE_STOP]) && !t.cap) break;
        if (isPossessive(t) || /^\d/.test(t.text) || mentions.some((x) => x.kind === "person" && x.start <= t.start && x.end >= t.end)) break;
        a--;
      }
      // "Velmont's chief executive Ana Ruiz": the body in the possessive before the role.
      let ownerOrg: string[] = [];
      // "Velmont said its chief executive Ana Ruiz …": its is the body named before in the sentence.
      if (a < m.tokStart && ["its", "their"].includes(toks[a]?.lower ?? "")) {
        a++;
        ownerOrg = orgAt(first.sentStart, a - 1).slice(-1);
      }
      const owner = toks[a - 1];
      if (owner !== undefined && isPossessive(owner) && a < m.tokStart) ownerOrg = orgAt(a - 1, a);
      const adj = toks[m.tokStart - 1];
      const titled = text.slice(m.start, first.start).trim() !== "";
      if (a < m.tokStart && adj !== undefined && !titled && (adj.tags.has("Noun") || adj.tags.has("Acronym"))) {
        const role = text.slice(toks[a]?.start ?? 0, adj.end);
        add(p, role, [...orgAt(a, m.tokStart), ...ownerOrg]);
        const g = GENDERED.get(adj.lower);
        if (g !== undefined && p.gender === null) {
          p.gender = g;
          p.genderEvidence = "agreement";
        }
      }
      // "Laura Pike of the investment firm Vantor said": "of" and a body right after the name.
      const of = toks[m.tokEnd];
      if (of?.lower === "of" && /^\s+$/.test(toks[m.tokEnd - 1]?.post ?? "")) {
        let e = m.tokEnd + 1;
        while (e < toks.length && e - m.tokEnd < 8 && !/[,.;:!?\u2014]/.test(toks[e - 1]?.post ?? "")) e++;
        const body = mentions.find((x) => x.kind === "organization" && x.start >= (toks[m.tokEnd + 1]?.start ?? 0) && x.end <= (toks[e - 1]?.end ?? 0));
        if (body !== undefined) add(p, "", [orgs[body.entity]?.name ?? ""].filter((n) => n !== ""));
      }
      // ", who heads the Vallon Port Authority,": the body a relative clause says they lead.
      const who = toks[m.tokEnd];
      const leads = toks[m.tokEnd + 1];
      if (who?.lower === "who" && /^,\s+$/.test(toks[m.tokEnd - 1]?.post ?? "") && leads !== undefined && LEADS.has(leads.lower)) {
        let e = m.tokEnd + 2;
        while (e < toks.length && e - m.tokEnd < 10 && !/[,.;:!?\u2014]/.test(toks[e - 1]?.post ?? "")) e++;
        const body = mentions.find((x) => x.kind === "organization" && x.start >= leads.end && x.end <= (toks[e - 1]?.end ?? 0));
        if (body !== undefined) add(p, "", [orgs[body.entity]?.name ?? ""].filter((n) => n !== ""));
      }
      // Apposition after the name: ", a former player at Vallon,".
      const last = toks[m.tokEnd - 1];
      const det = toks[m.tokEnd];
      if (last !== undefined && det !== undefined && /^,\s+$/.test(last.post) && det.pre === "" && isApposition(det)) {
        let b = m.tokEnd + 1;
        while (b < toks.length && b - m.tokEnd < 14) {
          const t = toks[b];
          b++;
          if (t === undefined || /[,.;:!?\u2014]/.test(t.post)) break;
        }
        const from = toks[["a", "an", "the"].includes(det.lower) ? m.tokEnd + 1 : m.tokEnd];
        const to = toks[b - 1];
        if (from !== undefined && to !== undefined && from.start < to.end) {
          let role = text.slice(from.start, to.end);
          const affils = orgAt(m.tokEnd + 1, b);
          const cut = /\s+(?:at|of|for|with)\s+/.exec(role);
          if (cut !== null && affils.length > 0) role = role.slice(0, cut.index);
          add(p, role, affils);
          const g = GENDERED.get(role.split(" ").pop()?.toLowerCase() ?? "");
          if (g !== undefined && p.gender === null) {
            p.gender = g;
            p.genderEvidence = "agreement";
          }
        }
      }
      // "Smith said he", "Smith said she": the pronoun right after the verb.
      const v = toks[m.tokEnd];
      const pr = toks[m.tokEnd + 1];
      if (p.gender === null && v !== undefined && pr !== undefined && SPEECH_FORMS.has(v.lower) && (pr.lower === "he" || pr.lower === "she")) {
        p.gender = pr.lower === "he" ? "m" : "f";
        p.genderEvidence = "pronoun";
      }
    }
  }
}
