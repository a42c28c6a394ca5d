/**
 * Stage 5: find every mention of a person or an organization. An ordered list of passes over
 * the tokens (`PASSES`), each emitting mentions on tokens no earlier pass took:
 *
 * 1. acronyms: « Nom en toutes lettres (SIGLE) » defines both (pass-acronyms.ts);
 * 2. institutions: a lower-case head then « de » and a name, « le tribunal de Lyon » (pass-institutions.ts);
 *    definite bodies: « le gouvernement », « la police nationale » (pass-definite-bodies.ts);
 * 3. capitalised runs: known organizations (longest match), then each other run through
 *    classify's decision list of cues — titles, heads, suffixes, appositions, roles, first
 *    names, speech verbs (pass-capitalised-runs.ts, classify-rules.ts);
 * 4. re-mentions: a surname, an organization's short form or acronym, found once a fuller
 *    mention is known (pass-re-mentions.ts).
 *
 * Runs with no cue are left out: precision matters as much as recall. Every mention carries
 * the `reason` (reasons.ts) of the pass or rule that found it.
 */
import { tokenEnd, type Doc, type EntityMention } from "../../document.js";
import { Finder } from "./finder.js";
import { acronymPass } from "./pass-acronyms.js";
import { capitalisedRunPass } from "./pass-capitalised-runs.js";
import { definiteBodyPass } from "./pass-definite-bodies.js";
import { institutionPass } from "./pass-institutions.js";
import { reMentionPass } from "./pass-re-mentions.js";

export { MENTION_REASONS, type MentionReason } from "./reasons.js";

/** A pass over one article: it emits mentions through the finder. */
export interface MentionPass {
  name: string;
  run(f: Finder): void;
}

/** The passes, in order: an earlier pass's mention takes its tokens from the later ones. */
export const PASSES: readonly MentionPass[] = [
  { name: "acronyms", run: acronymPass },
  { name: "institutions", run: institutionPass },
  { name: "definite-bodies", run: definiteBodyPass },
  { name: "capitalised-runs", run: capitalisedRunPass },
  { name: "re-mentions", run: reMentionPass },
];

export const mentions = (doc: Doc): void => {
  const finder = new Finder(doc);
  for (const pass of PASSES) pass.run(finder);
  const drafts = finder.drafts;
  drafts.sort((a, b) => a.tokStart - b.tokStart);
  const out: EntityMention[] = [];
  const at = doc.scratch.int32(doc.tokens.length).fill(-1);
  let lastEnd = 0;
  for (const d of drafts) {
    if (d.tokStart < lastEnd || d.tokEnd <= d.tokStart) continue;
    const start = doc.tokStart[d.tokStart]!;
    const end = tokenEnd(doc, d.tokEnd - 1);
    const m: EntityMention = {
      kind: d.kind,
      start,
      end,
      tokStart: d.tokStart,
      tokEnd: d.tokEnd,
      text: doc.text.slice(start, end),
      reason: d.reason,
      entity: -1,
    };
    if (d.orgType) m.orgType = d.orgType;
    if (d.gender) {
      m.gender = d.gender;
      m.genderEvidence = d.genderEvidence ?? "agreement";
    }
    if (d.canonical) m.canonical = d.canonical;
    for (let i = d.tokStart; i < d.tokEnd; i++) at[i] = out.length;
    out.push(m);
    lastEnd = d.tokEnd;
  }
  doc.mentions = out;
  doc.mentionAt = at;
};
