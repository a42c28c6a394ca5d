import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve selon", () => {
  sieveTable([
    { name: "« Selon X, » before the quote", text: P + "Selon Julie Vasseur, « le budget ne suffira pas ».", rule: "selon", speaker: "Julie Vasseur" },
    { name: "« Pour X, » before the quote", text: P + "Pour Marc Lenoir, « rien n'est encore joué ».", rule: "selon", speaker: "Marc Lenoir" },
    { name: "« pour la première fois » is no cue", text: P + "Pour la première fois, le club a remporté le trophée. Les joueurs ont promis « de tout donner encore ».", rule: "subject-verb", speaker: null, description: "Les joueurs" },
    { name: "« selon le communiqué » is the organization named before", text: P + "La société Fortal a diffusé un texte. Selon le communiqué, « la direction ment depuis des mois ».", rule: "selon", speaker: "Fortal" },
  ]);
});
