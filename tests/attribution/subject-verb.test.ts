import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve subject-verb", () => {
  sieveTable([
    { name: "a subject and verb before a woven quote", text: P + "Léa Morel a estimé que l'accord restait « fragile ».", rule: "subject-verb", speaker: "Léa Morel" },
    { name: "an organization as subject", text: P + "La société Fortal a reconnu des « erreurs de gestion ».", rule: "subject-verb", speaker: "Fortal" },
    { name: "a gerund takes the subject of the sentence's speech verb", text: P + "Paul Girard a parlé longuement, estimant que la réforme était « injuste ».", rule: "subject-verb", speaker: "Paul Girard" },
  ]);
});
