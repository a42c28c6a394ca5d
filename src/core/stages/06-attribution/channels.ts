/**
 * The channel a statement was given through, after its verb: « à l'AFP », « sur X », « dans
 * un communiqué », « auprès de Reuters », « dans un entretien accordé au Monde ».
 */
import { channelNounWords } from "../../../lexicon/index.js";
import { tokenEnd } from "../../document.js";
import { inChannelLinks, inChannelPreps, inDefinite, inIndefinite, inTimeWords } from "../../french.js";
import { wordList } from "../../words.js";
import type { Context } from "./context.js";
import { speechNounOf } from "./cues.js";

/** Nouns that make a channel: « à l'agence X », « sur son compte X », « dans un entretien ». */
const inChannelNouns = wordList(channelNounWords());

/** The channel after a verb, if any: « à l'AFP », « sur X », « dans un communiqué ». */
export function channelAfter(ctx: Context, from: number, limit: number): string | null {
  let i = from;
  while (i < limit && inTimeWords(ctx.tokens[i])) i++;
  const t = ctx.tokens[i];
  if (!t || i >= limit || !inChannelPreps(t)) return null;
  const end = channelEnd(ctx, i, limit);
  return end > i ? ctx.doc.text.slice(ctx.doc.tokStart[i]!, tokenEnd(ctx.doc, end - 1)) : null;
}

/**
 * End (exclusive) of a channel phrase at i: a preposition, an optional determiner and head
 * (« l'agence », « son compte », « un entretien accordé au »), then a media name or a speech
 * noun; 0-length when what follows is not a channel.
 */
export function channelEnd(ctx: Context, i: number, limit: number): number {
  const { doc, tokens } = ctx;
  let k = i + 1;
  if (tokens[i]!.lower === "auprès" && tokens[k]?.lower.startsWith("d")) k++;
  let nouns = 0;
  while (k < limit && nouns < 5) {
    const t = tokens[k]!;
    const m = doc.mentionAt[k] ?? -1;
    if (m >= 0) {
      const mention = doc.mentions[m]!;
      if (mention.kind === "person") return i;
      return mention.tokEnd;
    }
    // A name the mention stage did not take (« sur X », « au Parisien »): one capitalised word.
    if (t.kind === "word" && t.cap) {
      const next = doc.mentionAt[k + 1] ?? -1;
      return next >= 0 && doc.mentions[next]!.kind === "organization" ? doc.mentions[next]!.tokEnd : k + 1;
    }
    if (t.kind !== "word") break;
    if (speechNounOf(t) || inChannelNouns(t)) {
      // « dans un communiqué », « sur son compte X »: take a following name too.
      const next = doc.mentionAt[k + 1] ?? -1;
      if (next >= 0 && doc.mentions[next]!.kind === "organization") return doc.mentions[next]!.tokEnd;
      // (An article right after the noun opens the subject: « dans un communiqué le Conseil ».)
      if (inChannelLinks(tokens[k + 1]) && !inDefinite(tokens[k + 1]) && !inIndefinite(tokens[k + 1])) {
        k++;
        nouns++;
        continue;
      }
      return k + 1;
    }
    if (!inDefinite(t) && !inIndefinite(t) && !inChannelLinks(t)) break;
    k++;
    nouns++;
  }
  return i;
}
