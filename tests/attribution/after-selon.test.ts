import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve after-selon", () => {
  sieveTable([
    { name: "« selon » and a name after the quote", text: P + "Le site « ne rouvrira pas avant l'été », selon Léa Morel.", rule: "after-selon", speaker: "Léa Morel" },
    { name: "« d'après » and an organization", text: P + "« Aucune trace de pollution n'a été relevée », d'après la société Fortal.", rule: "after-selon", speaker: "Fortal" },
    { name: "an unnamed source stays a description", text: P + "« Le dossier est bouclé », selon une source proche de l'enquête.", rule: "after-selon", speaker: null, description: "une source proche de l'enquête" },
    { name: "quotes listed in one sentence share the « selon » after the last", text: P + "Le centre accueillera « les plus fragiles » et « les familles sans abri », selon la préfecture de Vallon.", rule: "after-selon", speaker: "préfecture de Vallon" },
  ]);
});
