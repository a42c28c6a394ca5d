import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve running", () => {
  sieveTable([
    { name: "a follow-up quote in the same paragraph", text: P + "« Le port doit rester ouvert », a déclaré Marc Lenoir. « Sans lui, la ville meurt. »", rule: "running", speaker: "Marc Lenoir", quote: 1 },
    { name: "a follow-up quote in the next paragraph", text: P + "« Le port doit rester ouvert », a déclaré Marc Lenoir.\n\n« Sans lui, la ville meurt. »", rule: "running", speaker: "Marc Lenoir", quote: 1 },
    { name: "a gerund after an attributed quote", text: P + "« Le site n'est plus rentable », a justifié Jean Morel, promettant un « accompagnement individuel ».", rule: "running", speaker: "Jean Morel", quote: 1 },
  ]);
});
