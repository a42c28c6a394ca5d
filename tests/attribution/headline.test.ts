import { describe } from "vitest";
import { sieveTable } from "./sieve-table.js";

describe("sieve headline", () => {
  sieveTable([
    { name: "a title quote takes the speaker of its echo in the body", text: "« Un virage historique »\n\nLe conseil a voté le projet. « C'est un virage historique pour la ville », a estimé Sophie Carrel.", rule: "headline", speaker: "Sophie Carrel" },
    { name: "a title that names its speaker keeps the colon rule", text: "Sophie Carrel : « Un virage historique »\n\nLe conseil a voté le projet mardi soir.", rule: "colon", speaker: "Sophie Carrel" },
    { name: "a title quote without echo has no speaker", text: "« Un virage historique »\n\nLe conseil a voté le projet mardi soir.", rule: "headline", speaker: null },
  ]);
});
