/**
 * An organization entity's type: the first its mentions carry (the lexicon's, a head noun's, a
 * suffix's), `company` for a platform the article treats as a firm once, `other` for a sports
 * body the lexicon types as an association, else `other`.
 */
import { foldName } from "../../fold.js";
import { entityCues, isSportWord } from "../../../lexicon/index.js";
import type { Entity, EntityMention } from "../../document.js";

/** Set `e.orgType` from its mentions and its name (named already). */
export function typeOrganization(e: Entity, mentions: readonly EntityMention[]): void {
  const typed = e.mentions.map((mi) => mentions[mi]!.orgType).find((t) => t !== undefined);
  // A platform the article treats as a firm once is a company throughout.
  const firm = e.mentions.some((mi) => mentions[mi]!.reason === "platform-firm");
  e.orgType = firm ? "company" : (typed ?? "other");
  // « Fédération française de judo », « Union cycliste internationale »: sports bodies are
  // the corpus's `other`, not associations.
  if (e.orgType === "ngo" && isSportsBody(e.name)) e.orgType = "other";
}

/** Heads of an association-typed name that a sport word turns into a sports body (sports-body-heads.txt, folded). */
const SPORTS_BODY_HEADS = entityCues.sportsBodyHeads;

/** A federation, league, union or committee named with a sport (sports.txt). */
function isSportsBody(name: string): boolean {
  const words = foldName(name).split(/[\s']+/);
  return SPORTS_BODY_HEADS.has(words[0] ?? "") && words.some((w) => isSportWord(w));
}
