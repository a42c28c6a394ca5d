import { describe, expect, test } from "vitest";
import { extract } from "../../src/extract.js";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve running", () => {
  sieveTable([
    { name: "a follow-up quote in the same paragraph", text: P + "« Le port doit rester ouvert », a déclaré Marc Lenoir. « Sans lui, la ville meurt. »", rule: "running", speaker: "Marc Lenoir", quote: 1 },
    { name: "a follow-up quote in the next paragraph", text: P + "« Le port doit rester ouvert », a déclaré Marc Lenoir.\n\n« Sans lui, la ville meurt. »", rule: "running", speaker: "Marc Lenoir", quote: 1 },
    { name: "a paragraph about an organization in between breaks the run", text: P + "« Le port doit rester ouvert », a déclaré Marc Lenoir mardi.\n\nLa préfecture de Vallon a une autre lecture du dossier. Elle juge la fermeture inévitable.\n\n« Les quais ne sont plus sûrs depuis des mois. »", rule: "previous", speaker: "préfecture de Vallon", quote: 1 },
    { name: "the speaking organization named again does not break its own run", text: P + "« Aucun site ne fermera », a assuré la société Fortal mardi.\n\nFortal emploie 300 personnes dans la région.\n\n« Les salaires seront maintenus. »", rule: "running", speaker: "Fortal", quote: 1 },
    { name: "a quote nobody was found for carries no one: the next finds its own (here the person the passage is about)", text: P + "La saison a été longue pour tout le club, « une année de transition pour tout le monde ». « Nous visons la montée dès l'an prochain. » Léa Morel, la présidente, l'a répété mardi devant les supporters.", rule: "topic", speaker: "Léa Morel", quote: 1 },
    { name: "a witness named by a first name and a note breaks the run", text: P + "« Le lycée doit rester ouvert », a déclaré Léa Morel mardi.\n\nNadir (2), 17 ans, attendait devant la grille avec son sac. Il comptait aller en cours.\n\n« On avait interdiction de bouger pendant trois heures. »", rule: "topic", speaker: "Nadir", quote: 1 },
    { name: "a gerund after an attributed quote", text: P + "« Le site n'est plus rentable », a justifié Jean Morel, promettant un « accompagnement individuel ».", rule: "running", speaker: "Jean Morel", quote: 1 },
  ]);
});

describe("running confidence", () => {
  // Measured on dev: 0.93 of whole quotes run inside a paragraph name the right speaker, 0.67 of
  // fragments woven into narration there and of runs carried over a break.
  test.each([
    { name: "a whole quote run inside one paragraph", text: P + "« Le port doit rester ouvert », a déclaré Marc Lenoir. « Sans lui, la ville meurt. »", confidence: 0.8 },
    { name: "a fragment in a later sentence of the paragraph is less sure", text: P + "« Le port doit rester ouvert », a déclaré Marc Lenoir. Le quai reste « un atout ».", confidence: 0.6 },
    { name: "a run carried into the next paragraph is less sure", text: P + "« Le port doit rester ouvert », a déclaré Marc Lenoir.\n\n« Sans lui, la ville meurt. »", confidence: 0.5 },
  ])("$name", ({ text, confidence }) => {
    const q = extract(text, { lang: "fr" }).quotes[1]!;
    expect(q.rule).toBe("running");
    expect(q.confidence).toBe(confidence);
  });
});
