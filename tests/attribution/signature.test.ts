import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve signature", () => {
  sieveTable([
    { name: "a quote alone on its line, a name on the next", text: P + "« Nous avons tout reconstruit en un an. »\n\nLéa Morel, présidente du club.", rule: "signature", speaker: "Léa Morel" },
    { name: "a dash and a name after the quote", text: P + "« Je ne partirai pas d'ici. » — Hugo Vautrin, 41 ans, pêcheur.", rule: "signature", speaker: "Hugo Vautrin" },
    { name: "a line with a speech verb after the quote is no signature", text: P + "« Le port doit rester ouvert. »\n\nMarc Lenoir a ajouté qu'il ne céderait pas.", rule: "none", speaker: null },
    { name: "a pull-quote layout: a name line, then the quote paragraph", text: P + "Un été décisif\n\nLéa Morel,présidente du FC Vallon\n\n« Nous avons tout reconstruit depuis le début. »", rule: "signature", speaker: "Léa Morel" },
    { name: "a scraped blockquote signed on its last « > » line", text: P + "Le militant a changé de méthode au fil des ans.\n\n> « Nous avons appris à compter sur nos propres forces. »\n>\n> \\\n> Paul Garnier, entretien au magazine Vallon, 1972.\n\nLe pari est ambitieux.", rule: "signature", speaker: "Paul Garnier" },
    { name: "a blockquote is not signed by the plain line after it", text: P + "Paul Garnier a publié un livre en 1990. Extrait :\n\n> « Il faut placer ces choix sous deux angles au moins. »\n\nLéa Morel Vallon\n\nLe pari est ambitieux.", rule: "topic", speaker: "Paul Garnier" },
  ]);
});
