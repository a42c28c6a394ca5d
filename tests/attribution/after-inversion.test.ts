import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve after-inversion", () => {
  sieveTable([
    { name: "verb then name", text: P + "« Nous gardons espoir », a déclaré Léa Morel.", rule: "after-inversion", speaker: "Léa Morel" },
    { name: "verb, channel, then name", text: P + "« Le calendrier est tenu », a assuré à l'AFP Marc Lenoir.", rule: "after-inversion", speaker: "Marc Lenoir" },
    { name: "inverted pronoun", text: P + "Nadia Benali dirige l'école. « Nous manquons de tout », explique-t-elle.", rule: "after-inversion", speaker: "Nadia Benali" },
  ]);
});
