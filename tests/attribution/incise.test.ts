import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve incise", () => {
  sieveTable([
    { name: "an inverted pronoun between commas", text: P + "Julie Vasseur préside le comité. « Nous irons, a-t-elle assuré, jusqu'au bout de la procédure. »", rule: "incise", speaker: "Julie Vasseur" },
    { name: "a named subject between commas", text: P + "« Ce chantier, estime Paul Girard, prendra encore deux ans. »", rule: "incise", speaker: "Paul Girard" },
    { name: "a comma and a noun inside the quote are no cue", text: P + "« Le port, la gare et le marché seront rénovés », a annoncé Paul Girard.", rule: "after-inversion", speaker: "Paul Girard" },
  ]);
});
