import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve selon", () => {
  sieveTable([
    { name: "« Selon X, » before the quote", text: P + "Selon Julie Vasseur, « le budget ne suffira pas ».", rule: "selon", speaker: "Julie Vasseur" },
    { name: "« Pour X, » before the quote", text: P + "Pour Marc Lenoir, « rien n'est encore joué ».", rule: "selon", speaker: "Marc Lenoir" },
    { name: "« Pour X, » with a first name alone and a relative clause", text: P + "Pour Karim, qui vit dans le quartier depuis vingt ans, « la ville a abandonné ses écoles ».", rule: "selon", speaker: "Karim" },
    { name: "« pour la première fois » is no cue", text: P + "Pour la première fois, le club a remporté le trophée. Les joueurs ont promis « de tout donner encore ».", rule: "subject-verb", speaker: null, description: "Les joueurs" },
    { name: "« selon le communiqué » is the organization named before", text: P + "La société Fortal a diffusé un texte. Selon le communiqué, « la direction ment depuis des mois ».", rule: "selon", speaker: "Fortal" },
    { name: "a document whose author is named by an office is that office's holder", text: P + "La juge Hélène Roussel a clos le dossier. Un témoin a parlé. Selon la lettre de la juge, le prévenu a « reconnu les faits ».", rule: "selon", speaker: "Hélène Roussel" },
    { name: "an office nobody holds by name in the text leaves the document a description", text: P + "Léa Morel a parlé de l'incendie. Selon le témoignage du pompier, le feu est parti « de la cuisine ».", rule: "selon", speaker: null, description: "le témoignage du pompier" },
    { name: "a document with no organization, far from any quote, is not a person's", text: P + "« Nous tenons bon », a dit Léa Morel.\n\nLes ventes ont baissé de dix pour cent en un an.\n\nLe marché reste instable.\n\nSelon le rapport, les ventes restent « très fragiles ».", quote: 1, rule: "selon", speaker: null, description: "le rapport" },
    { name: "a count of a named body is that body's (« selon un décompte de X »)", text: P + "Léa Morel a parlé. Selon un décompte de la préfecture de Vallon, « plus de cinq mille » personnes ont défilé.", rule: "selon", speaker: "préfecture de Vallon" },
  ]);
});
