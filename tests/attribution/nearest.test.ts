import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve nearest", () => {
  sieveTable([
    { name: "the person the paragraph is about", text: P + "Nadia Benali tient la boulangerie depuis vingt ans. Le quartier a changé. « Les clients ne viennent plus le dimanche. »", rule: "nearest", speaker: "Nadia Benali" },
    { name: "a person after « de » is not the one the paragraph is about", text: P + "La fille de Paul Girard tient la boutique. Le quartier a changé. « Les clients ne viennent plus le dimanche. »", rule: "none", speaker: null },
  ]);
});
