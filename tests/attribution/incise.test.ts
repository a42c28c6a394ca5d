import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve incise", () => {
  sieveTable([
    { name: "an inverted pronoun between commas", text: P + "Julie Vasseur préside le comité. « Nous irons, a-t-elle assuré, jusqu'au bout de la procédure. »", rule: "incise", speaker: "Julie Vasseur" },
    { name: "a named subject between commas", text: P + "« Ce chantier, estime Paul Girard, prendra encore deux ans. »", rule: "incise", speaker: "Paul Girard" },
    { name: "an incise outside markdown italics", text: P + "La grève des agents du port continue depuis lundi. *« Nous tiendrons,* a assuré Paul Girard, *jusqu'à la fin du mois s'il le faut. »*", rule: "incise", speaker: "Paul Girard" },
    { name: "an inverted pronoun outside markdown italics", text: P + "Julie Vasseur préside le comité depuis trois ans. *« Rien n'est perdu,* assure-t-elle. *Le vote aura lieu au printemps, comme prévu par les statuts. »*", rule: "incise", speaker: "Julie Vasseur" },
    { name: "an object pronoun before the verb", text: P + "« Nous irons, nous explique Paul Girard, jusqu'au bout de la procédure. »", rule: "incise", speaker: "Paul Girard" },
    { name: "an object pronoun before an inverted pronoun", text: P + "Julie Vasseur dirige la société Fortal depuis 2019. « Tout est prêt, me confie-t-elle, mais rien n'est signé. »", rule: "incise", speaker: "Julie Vasseur" },
    { name: "two object pronouns before the verb", text: P + "« Le dossier est vide, nous l'a répété Paul Girard, et il le restera. »", rule: "incise", speaker: "Paul Girard" },
    { name: "a subject pronoun after the comma is no incise", text: P + "Paul Girard a pris la parole mardi. « Le port est vital, nous avons déjà perdu trop de temps », a-t-il déclaré.", rule: "after-inversion", speaker: "Paul Girard" },
    { name: "« nous » before a verb of its own person is that verb's subject", text: P + "Paul Girard a pris la parole mardi. « Depuis deux ans, nous dénonçons le retard du chantier, a-t-il rappelé. Rien n'a changé. »", rule: "incise", speaker: "Paul Girard" },
    { name: "a comma and a noun inside the quote are no cue", text: P + "« Le port, la gare et le marché seront rénovés », a annoncé Paul Girard.", rule: "after-inversion", speaker: "Paul Girard" },
  ]);
});
