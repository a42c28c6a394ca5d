/**
 * Scoring of one article: parole's `Result` against its gold answer (shared/corpus/README.md,
 * "Scoring"). Pure: no file access.
 */
import { fold } from "../core/fold.js";
import type { OrgType, Result } from "../core/types.js";
import type { Gold } from "./gold.js";
import { locateGoldQuotes, matchEntities, matchRanges, normaliseText, predictedRange, sameName, sameSpeaker } from "./match.js";

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** A gold quote matched with a predicted one. */
export interface QuoteMatch {
  /** Index in gold.quotes. */
  gold: number;
  /** Index in result.quotes. */
  predicted: number;
  /** Shared length in normalised code points. */
  overlap: number;
  speakerRight: boolean;
  goldSpeaker: string | null;
  predictedSpeaker: string | null;
  /** The attribution rule the predicted quote carries, and its confidence. */
  rule: string;
  confidence: number;
  text: string;
}

/** A quote on one side only. */
export interface LoneQuote {
  /** Index in gold.quotes (missed) or result.quotes (invented). */
  index: number;
  text: string;
  speaker: string | null;
}

/** A matched organization whose type differs. */
export interface WrongOrgType {
  name: string;
  gold: OrgType;
  predicted: OrgType;
}

export interface WrongGender {
  name: string;
  gold: "m" | "f";
  predicted: "m" | "f" | null;
}

/** A matched person with a gold affiliation that no predicted affiliation names. */
export interface WrongAffiliation {
  name: string;
  gold: string[];
  predicted: string[];
}

/** Everything the eval knows about one article. */
export interface ArticleScore {
  id: string;
  tags: string[];
  quotes: Counts;
  people: Counts;
  organizations: Counts;
  companies: Counts;
  /** Matched quotes whose speaker is right. */
  speakerRight: number;
  /** Matched organizations whose type is right. */
  orgTypeRight: number;
  /** Matched people whose gold gender is given, and of those, the ones parole got right. */
  genderKnown: number;
  genderRight: number;
  wrongGenders: WrongGender[];
  /** Matched people whose gold lists affiliations, and of those, the ones with one named. */
  affiliationKnown: number;
  affiliationRight: number;
  wrongAffiliations: WrongAffiliation[];
  /** Matched quotes whose speaker is null in the prediction, and in the gold. */
  nullPredicted: number;
  nullGold: number;
  matches: QuoteMatch[];
  missedQuotes: LoneQuote[];
  inventedQuotes: LoneQuote[];
  missedPeople: string[];
  inventedPeople: string[];
  missedOrganizations: string[];
  inventedOrganizations: string[];
  wrongOrgTypes: WrongOrgType[];
  /** Problems with the gold itself (a quote text not found in the article). */
  warnings: string[];
}

function counts(tp: number, gold: number, predicted: number): Counts {
  return { tp, fp: predicted - tp, fn: gold - tp };
}

// Name and aliases of the gold entity called `name`, so an alias the article also uses
// ("Bercy" for the ministry) counts as the same speaker.
function goldForms(gold: Gold, name: string | null): string[] {
  if (name === null) return [];
  const key = fold(name);
  const forms: string[] = [];
  for (const e of [...gold.organizations, ...gold.people]) {
    const all = [e.name, ...(e.aliases ?? [])];
    if (all.some((f) => fold(f) === key)) forms.push(...all);
  }
  return forms;
}

// Every form of the organization that `name` names among `orgs` (name and aliases), or the
// name alone when none does: an affiliation written « Fortal » counts for « groupe Fortal ».
function orgForms(orgs: readonly { name: string; aliases: readonly string[] }[], name: string): string[] {
  const o = orgs.find((x) => [x.name, ...x.aliases].some((f) => sameName(f, name)));
  return o ? [o.name, ...o.aliases] : [name];
}

/**
 * Affiliation right for one matched person: one predicted affiliation names one of the gold
 * ones, each side's organization aliases counting (the sealed scorer's definition).
 */
export function affiliationNamed(
  gold: readonly string[],
  predicted: readonly string[],
  goldOrgs: readonly { name: string; aliases: readonly string[] }[],
  predictedOrgs: readonly { name: string; aliases: readonly string[] }[],
): boolean {
  const pForms = predicted.flatMap((a) => orgForms(predictedOrgs, a));
  return gold.some((a) => orgForms(goldOrgs, a).some((g) => pForms.some((p) => sameName(g, p))));
}

function predictedForms(result: Result, id: string | undefined): string[] {
  const org = result.organizations.find((o) => o.id === id);
  return org ? [org.name, ...org.aliases] : [];
}

/** Score one article's result against its gold: quote spans, speakers, people, organizations, companies. */
export function scoreArticle(text: string, result: Result, gold: Gold): ArticleScore {
  const t = normaliseText(text);
  const goldRanges = locateGoldQuotes(
    t,
    gold.quotes.map((q) => q.text),
  );
  const warnings = goldRanges.flatMap((r, i) =>
    r ? [] : [`gold quote ${i + 1} is not in the article: ${gold.quotes[i]!.text.slice(0, 60)}`],
  );
  const predRanges = result.quotes.map((q) => predictedRange(t, q.start, q.end, q.multi_paragraph));
  const pairs = matchRanges(goldRanges, predRanges);

  const matches: QuoteMatch[] = pairs.map(([gi, pi, ov]) => {
    const g = gold.quotes[gi]!;
    const p = result.quotes[pi]!;
    const predictedSpeaker = p.speaker?.name ?? null;
    return {
      gold: gi,
      predicted: pi,
      overlap: ov,
      speakerRight: sameSpeaker(g.speaker, predictedSpeaker, goldForms(gold, g.speaker), predictedForms(result, p.speaker?.id)),
      goldSpeaker: g.speaker,
      predictedSpeaker,
      rule: p.rule,
      confidence: p.confidence,
      text: g.text,
    };
  });
  const matchedG = new Set(pairs.map((p) => p[0]));
  const matchedP = new Set(pairs.map((p) => p[1]));
  const missedQuotes = gold.quotes.flatMap((q, i) =>
    matchedG.has(i) ? [] : [{ index: i, text: q.text, speaker: q.speaker }],
  );
  const inventedQuotes = result.quotes.flatMap((q, i) =>
    matchedP.has(i) ? [] : [{ index: i, text: q.text, speaker: q.speaker?.name ?? null }],
  );

  const people = matchEntities(gold.people, result.people);
  const orgs = matchEntities(gold.organizations, result.organizations);
  const goldCompanies = gold.organizations.filter((o) => o.type === "company");
  const predCompanies = result.organizations.filter((o) => o.type === "company");
  const companies = matchEntities(goldCompanies, predCompanies);
  const wrongOrgTypes: WrongOrgType[] = orgs.pairs.flatMap(([gi, pi]) => {
    const g = gold.organizations[gi]!;
    const p = result.organizations[pi]!;
    return g.type === p.type ? [] : [{ name: g.name, gold: g.type, predicted: p.type }];
  });

  const gendered = people.pairs.filter(([gi]) => gold.people[gi]!.gender === "m" || gold.people[gi]!.gender === "f");
  const wrongGenders: WrongGender[] = gendered.flatMap(([gi, pi]) => {
    const g = gold.people[gi]!;
    const predicted = result.people[pi]!.gender;
    return predicted === g.gender ? [] : [{ name: g.name, gold: g.gender as "m" | "f", predicted }];
  });

  const affiliated = people.pairs.filter(([gi]) => gold.people[gi]!.affiliations.length > 0);
  const wrongAffiliations: WrongAffiliation[] = affiliated.flatMap(([gi, pi]) => {
    const g = gold.people[gi]!;
    const p = result.people[pi]!;
    return affiliationNamed(g.affiliations, p.affiliations, gold.organizations, result.organizations)
      ? []
      : [{ name: g.name, gold: g.affiliations, predicted: p.affiliations }];
  });

  return {
    id: gold.id,
    tags: gold.tags,
    quotes: counts(pairs.length, gold.quotes.length, result.quotes.length),
    people: counts(people.pairs.length, gold.people.length, result.people.length),
    organizations: counts(orgs.pairs.length, gold.organizations.length, result.organizations.length),
    companies: counts(companies.pairs.length, goldCompanies.length, predCompanies.length),
    speakerRight: matches.filter((m) => m.speakerRight).length,
    orgTypeRight: orgs.pairs.length - wrongOrgTypes.length,
    genderKnown: gendered.length,
    genderRight: gendered.length - wrongGenders.length,
    wrongGenders,
    affiliationKnown: affiliated.length,
    affiliationRight: affiliated.length - wrongAffiliations.length,
    wrongAffiliations,
    nullPredicted: matches.filter((m) => m.predictedSpeaker === null).length,
    nullGold: matches.filter((m) => m.goldSpeaker === null).length,
    matches,
    missedQuotes,
    inventedQuotes,
    missedPeople: people.missed.map((i) => gold.people[i]!.name),
    inventedPeople: people.invented.map((i) => result.people[i]!.name),
    missedOrganizations: orgs.missed.map((i) => gold.organizations[i]!.name),
    inventedOrganizations: orgs.invented.map((i) => result.organizations[i]!.name),
    wrongOrgTypes,
    warnings,
  };
}
