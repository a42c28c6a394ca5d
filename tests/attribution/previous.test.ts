import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve previous", () => {
  sieveTable([
    { name: "the sentence before names the speaker with a verb", text: P + "Hugo Vautrin a réagi mardi.\n\n« C'est une décision injuste. »", rule: "previous", speaker: "Hugo Vautrin" },
    { name: "a pronoun subject in the sentence before", text: P + "Julie Vasseur est arrivée en retard. Elle a reconnu les faits. « Je regrette. »", rule: "previous", speaker: "Julie Vasseur" },
  ]);
});
