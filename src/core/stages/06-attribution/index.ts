/**
 * For each quote, find the cue that attributes it (a speech verb, « selon », a colon…) and the
 * grammatical subject of that cue: a mention, a pronoun, a role noun (« le ministre »), an
 * organization's spokesperson or document, or an unnamed description (« un magistrat »).
 * Coreference (which entity a pronoun or role means) is left to the resolve stage.
 *
 * The rules are `SIEVES`, tried in order on each quote (strong cues first, then chains, then
 * fallbacks); the first that answers wins and names itself in `rule`. Quotes are read in text
 * order, one after the other: running and the gerund case read the previous quote's answer.
 * Then quotes that are only terms held at arm's length are dropped (scare-quotes.ts).
 *
 * Files: sieves/ (one per rule), cues.ts (speech verbs), subjects.ts and noun-phrase.ts (who
 * is the subject), between.ts (what stands between an inverted verb and its subject),
 * channels.ts (« à l'AFP »), context.ts (the per-article state).
 */
import type { Attribution, Doc } from "../../document.js";
import { Context } from "./context.js";
import { dropScareQuotes } from "./scare-quotes.js";
import type { Sieve } from "./sieve.js";
import { afterInversion } from "./sieves/after-inversion.js";
import { afterSelon } from "./sieves/after-selon.js";
import { colon } from "./sieves/colon.js";
import { headline } from "./sieves/headline.js";
import { incise } from "./sieves/incise.js";
import { nearest } from "./sieves/nearest.js";
import { previous } from "./sieves/previous.js";
import { running } from "./sieves/running.js";
import { selon } from "./sieves/selon.js";
import { signature, signatureBefore, signatureDash } from "./sieves/signature.js";
import { subjectVerb } from "./sieves/subject-verb.js";
import { topic } from "./sieves/topic.js";

export type { Sieve } from "./sieve.js";

/** The attribution rules in the order they are tried. */
export const SIEVES: readonly Sieve[] = [
  signature, //       « … » ¶ Jeanne Martin, directrice de l'école.
  headline, //        a title or subheading: its own « X : », else the body quote's speaker
  incise, //          « Nous irons, a-t-il assuré, jusqu'au bout. »
  signatureDash, //   « … » — Jeanne Martin, 26 ans.
  afterSelon, //      « … », selon le parquet.
  afterInversion, //  « … », a déclaré à Reuters l'Italien Marco Ferrante.
  colon, //           Le ministre a déclaré : « … »
  signatureBefore, // Jeanne Martin,directrice de l'école ¶ « … »
  selon, //           Selon lui, « … ».  /  Pour la CGT, « … ».
  subjectVerb, //     La fondation a estimé que l'accord soulevait des « questions ».
  running, //         a quote without a cue right after another quote keeps its speaker
  previous, //        the sentence before names a speaker: « X a réagi. » ¶ « … ».
  nearest, //         the last person named before it in its paragraph
  topic, //           any quote left: the last person named in its paragraph or the one before
];

export const attribution = (doc: Doc): void => {
  const ctx = new Context(doc);
  doc.attributions = [];
  for (let qi = 0; qi < doc.quotes.length; qi++) doc.attributions.push(attribute(ctx, qi));
  dropScareQuotes(ctx);
};

function attribute(ctx: Context, qi: number): Attribution | null {
  for (const sieve of SIEVES) {
    const found = sieve.run(ctx, qi);
    if (found) return found;
  }
  return null;
}
