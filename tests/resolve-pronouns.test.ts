/**
 * Resolve: whom a pronoun means beyond the named mentions: a person named by a first name or a
 * pseudonym alone, which no mention took (« Yanis (le prénom a été changé) vit… Il me dit :
 * « … » »), and an unnamed person described nearer than anyone named (« Une infirmière … »).
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

describe("a pronoun means the unnamed person described nearer than anyone named", () => {
  test.each([
    {
      name: "« Une infirmière du service … « … », confie-t-elle »",
      text: T + "La directrice, Léa Morel, a présenté le plan mardi. Une infirmière du service, qui n'a pas souhaité donner son nom, décrit des équipes épuisées. « On ne tient plus », confie-t-elle.",
      speaker: null,
      description: "Une infirmière du service",
    },
    {
      name: "through a sentence opening on « Elle »",
      text: T + "La directrice, Léa Morel, a présenté le plan mardi.\n\nUne habitante du quartier écoute au fond de la salle. Elle vit ici depuis vingt ans. Elle confie : « On ne nous dit rien. »",
      speaker: null,
      description: "Une habitante du quartier",
    },
    {
      name: "a description of the other gender does not hold the pronoun",
      text: T + "La directrice, Léa Morel, a présenté le plan mardi. Un infirmier du service écoute. « Nous verrons », confie-t-elle.",
      speaker: "Léa Morel",
      description: null,
    },
    {
      name: "a person named after the description holds it",
      text: T + "Une habitante du quartier écoute au fond de la salle. La directrice, Léa Morel, présente le plan. « Nous verrons », confie-t-elle.",
      speaker: "Léa Morel",
      description: null,
    },
  ])("$name", ({ text, speaker, description }) => {
    const q = extract(text, { lang: "fr" }).quotes[0];
    expect(q).toBeDefined();
    expect(q!.speaker?.name ?? null).toBe(speaker);
    expect(q!.speaker_description).toBe(description);
  });
});
