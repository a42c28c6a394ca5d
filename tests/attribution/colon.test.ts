import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve colon", () => {
  sieveTable([
    { name: "a verb and its subject before the colon", text: P + "Le maire Paul Girard a prévenu : « Personne ne sera oublié. »", rule: "colon", speaker: "Paul Girard" },
    { name: "a name alone before the colon", text: P + "Hugo Vautrin : « Je n'ai rien vu venir. »", rule: "colon", speaker: "Hugo Vautrin" },
    { name: "a colon ending the previous paragraph", text: P + "Léa Morel a expliqué :\n\n« Nous reprendrons les travaux en mars. »", rule: "colon", speaker: "Léa Morel" },
    { name: "a scraped blockquote marker before the quote", text: P + "Marc Lenoir hésite :\n\n> « Je ne sais plus quoi penser de tout cela. »", rule: "colon", speaker: "Marc Lenoir" },
    { name: "a narrating infinitive (« Et X de conclure : »)", text: P + "Et Julie Vasseur de conclure :\n\n« J'ai compris que je dérangeais tout le monde. »", rule: "colon", speaker: "Julie Vasseur" },
    { name: "« selon X » in the clause before the colon names the source", text: P + "La société Fortal a parlé. Le projet avance, selon Léa Morel : « La page d'accueil cache tout à l'utilisateur. »", rule: "colon", speaker: "Léa Morel" },
    { name: "« qui » is the subject: the phrase after the verb is its object, not the speaker", text: P + "Marc Lenoir ne s'en cache pas : « On reviendra au texte initial », lance le sénateur, qui évoque les priorités : « Sortir des 35 heures. »", rule: "colon", speaker: "Marc Lenoir", quote: 1 },
    { name: "a statement noun and its author before the colon (« Le constat de X est sévère : »)", text: P + "Paul Girard a parlé. Le constat de Julie Vasseur est sévère : « Rien ne fonctionne. »", rule: "colon", speaker: "Julie Vasseur" },
    { name: "a statement noun, its author and an apposition (« L'analyse de X, sociologue : »)", text: P + "La société Fortal a parlé. L'analyse de Léa Morel, sociologue à Vallon : « Rien ne fonctionne. »", rule: "colon", speaker: "Léa Morel" },
    { name: "a first name alone opening the clause before the colon", text: P + "Les bénévoles ont trié les dons toute la matinée. Antoine regarde les cartons vides d'un air dépité :\n\n> « On n'aura jamais assez pour tout le monde cet hiver. »", rule: "colon", speaker: "Antoine" },
    { name: "a first name alone before the colon, interview layout", text: P + "Nous avons rencontré deux parents d'élèves du collège.\n\nSéverine : « Personne ne nous a prévenus de la fermeture. »", rule: "colon", speaker: "Séverine" },
    { name: "a name, its apposition, then a relative clause before the verb", text: P + "La rentrée approche. Julie Vasseur, chercheuse en sociologie au CNRS, qui a écrit un livre sur l'école, s'exclame : « Tout commence en maternelle. »", rule: "colon", speaker: "Julie Vasseur" },
    { name: "a known first name alone opening the clause before the colon", text: P + "Les vendeurs du marché attendent la décision. Yanis, vendeur de fruits, se montre prudent : « On verra bien ce que la mairie décide. »", rule: "colon", speaker: "Yanis" },
    { name: "a first name before a verb that says nothing (« reste prudente »)", text: P + "Les vendeurs du marché attendent la décision. Maëlle, vendeuse de fruits, reste prudente : « On verra bien. »", rule: "colon", speaker: "Maëlle" },
    { name: "a first name's gender keeps a later « il » off her", text: P + "Les vendeurs du marché attendent. Maëlle, vendeuse, se montre prudente : « On verra bien. »\n\nUn homme arrive, agité. « Je ne partirai pas », lâche-t-il.", quote: 1, rule: "after-inversion", speaker: null },
  ]);
});
