import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve previous", () => {
  sieveTable([
    { name: "the sentence before names the speaker with a verb", text: P + "Hugo Vautrin a réagi mardi.\n\n« C'est une décision injuste. »", rule: "previous", speaker: "Hugo Vautrin" },
    { name: "a pronoun subject in the sentence before", text: P + "Julie Vasseur est arrivée en retard. Elle a reconnu les faits. « Je regrette. »", rule: "previous", speaker: "Julie Vasseur" },
    {
      name: "a paragraph reporting one source: a woven quote two sentences after the cue",
      text: P + "L'association Terre Vive a publié son bilan jeudi. Le rapport révèle que dix communes manquent d'eau. En été, les puits de Vallon sont « presque tous à sec ».",
      rule: "previous",
      speaker: "Terre Vive",
    },
    {
      name: "a person named in between breaks it",
      text: P + "L'association Terre Vive a publié son bilan jeudi. Le rapport révèle que dix communes manquent d'eau. Pour le maire, Hugo Vautrin, les puits de Vallon sont « presque tous à sec ».",
      rule: "selon",
      speaker: "Hugo Vautrin",
    },
  ]);
});
