/**
 * Resolve: a pronoun whose person is named by a first name or a pseudonym alone, which no
 * mention took (« Yanis (le prénom a été changé) vit… Il me dit : « … » »).
 */
import { describe, expect, test } from "vitest";
import { extract } from "../src/extract.js";

const T = "Titre de l'article\n\n";

describe("a pronoun means a person named by a first name alone", () => {
  test.each([
    {
      name: "a first name opening a sentence, then « il me dit : »",
      text: T + "Yanis (le prénom a été changé) vit près du port depuis dix ans. Assis sur un banc, il me dit : « J'ai eu peur. »",
      speaker: "Yanis",
    },
    {
      name: "a pseudonym written elsewhere mid-sentence (« l'affaire Kerlo »)",
      text: T + "L'affaire Kerlo a duré deux ans. À l'époque, Kerlo panique et quitte la ville. Au tribunal, elle raconte : « J'avais peur de sortir. »",
      speaker: "Kerlo",
    },
    {
      name: "a first name after the named antecedent's last mention is nearer",
      text: T + "Paul Garnier, coursier, se plaint de la plateforme. « On ne sait rien », s'inquiète-t-il.\n\nMouloud (1) a rencontré des problèmes avec le site. « Personne ne répond », regrette-t-il.",
      speaker: "Mouloud",
      quote: 1,
    },
    {
      name: "a named person in reach keeps the pronoun",
      text: T + "Léa Morel vit à Vallon depuis dix ans. Au tribunal, elle raconte : « J'avais peur de sortir. »",
      speaker: "Léa Morel",
    },
    {
      name: "an acronym opening a sentence is no first name",
      text: T + "CRS et manifestants se font face depuis midi. Un peu plus tard, il raconte : « J'avais peur de sortir. »",
      speaker: null,
    },
    {
      name: "a first name of the other gender does not take the pronoun",
      text: T + "Sophie (le prénom a été changé) vit près du port depuis dix ans. Assis sur un banc, il me dit : « J'ai eu peur. »",
      speaker: null,
    },
  ])("$name", ({ text, speaker, quote }) => {
    const q = extract(text, { lang: "fr" }).quotes[quote ?? 0];
    expect(q).toBeDefined();
    expect(q!.speaker?.name ?? null).toBe(speaker);
  });
});
