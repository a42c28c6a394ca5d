/**
 * What one capitalised run is: a decision list. The rules of `CLASSIFY_RULES` are asked in
 * order; the first that decides ends the list. A rule passes (undefined), rejects the run
 * (« not a name of anybody »), emits a mention, or hands the list another run (a first name
 * inside the run starts the name; a channel's short name is emitted and the rest read again).
 */
import type { Word } from "../../document.js";
import { acronymAfter } from "./extents.js";
import type { Draft, Finder } from "./finder.js";
import { firstName, isPlace } from "./lists.js";
import { CLASSIFY_RULES } from "./classify-rules.js";

/** The capitalised run [s, e) under decision, with the facts most rules read. */
export interface Run {
  s: number;
  e: number;
  len: number;
  first: Word;
  last: Word;
  /** Its first word is a first name and not a place. */
  isFirstName: boolean;
}

/** A rule's answer: undefined to pass to the next rule. */
export type Outcome =
  | undefined
  | { reject: true }
  /** Emit `draft`; with `acronymAfter`, a bracketed acronym right after it names the same body; with `rest`, read [rest, e) again. */
  | { draft: Draft; acronymAfter?: boolean; rest?: number }
  /** Read [from, e) instead. */
  | { restart: number };

export interface ClassifyRule {
  /** Named as the reason it emits, or as what it rejects. */
  name: string;
  decide(f: Finder, run: Run): Outcome;
}

export const REJECT: Outcome = { reject: true };

/** Decide what the capitalised run [s, e) is, and emit it. */
export function classify(f: Finder, s: number, e: number): void {
  const first = f.tokens[s]!;
  const run: Run = { s, e, len: e - s, first, last: f.tokens[e - 1]!, isFirstName: !!firstName(first) && !isPlace(first) };
  for (const rule of CLASSIFY_RULES) {
    const o = rule.decide(f, run);
    if (o === undefined) continue;
    if ("restart" in o) {
      classify(f, o.restart, e);
    } else if ("draft" in o) {
      f.emit(o.draft);
      if (o.acronymAfter) acronymAfter(f, o.draft.tokEnd, o.draft.orgType!, null);
      if (o.rest !== undefined) classify(f, o.rest, e);
    }
    return;
  }
}
