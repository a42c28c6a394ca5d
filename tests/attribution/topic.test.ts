import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve topic", () => {
  sieveTable([
    { name: "a woven quote with no cue: the person the passage is about", text: P + "C'est la thèse de son conseil, Me Henri Vautrin. Le gérant aurait signé « sous la contrainte la plus totale ».", rule: "topic", speaker: "Henri Vautrin" },
    { name: "a photo credit closing a caption is not whom the passage is about", text: "Claire Vasseur défend le « droit à l'erreur »\n\nLa maire de Vallon, Claire Vasseur, lors d'un conseil municipal en mai. LUC BARON/AFP\n\nSes adjoints parlent d'une « vraie méthode de travail ». La maire assume ses choix.", rule: "topic", speaker: "Claire Vasseur", quote: 1 },
    { name: "no person named before: no speaker", text: P + "La saison a été longue. Le stade sonnait creux, une « année de transition pour tout le monde ».", rule: "none", speaker: null },
  ]);
});
