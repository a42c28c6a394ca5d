import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve after-inversion", () => {
  sieveTable([
    { name: "verb then name", text: P + "« Nous gardons espoir », a déclaré Léa Morel.", rule: "after-inversion", speaker: "Léa Morel" },
    { name: "verb, channel, then name", text: P + "« Le calendrier est tenu », a assuré à l'AFP Marc Lenoir.", rule: "after-inversion", speaker: "Marc Lenoir" },
    { name: "inverted pronoun", text: P + "Nadia Benali dirige l'école. « Nous manquons de tout », explique-t-elle.", rule: "after-inversion", speaker: "Nadia Benali" },
    { name: "a speech verb of opinion (« considère »)", text: P + "« Le calendrier est intenable », considère Julie Vasseur.", rule: "after-inversion", speaker: "Julie Vasseur" },
    { name: "an adverbial phrase between commas after the verb", text: P + "« Il faut agir vite », a averti, en petit comité, le président du club, Marc Lenoir.", rule: "after-inversion", speaker: "Marc Lenoir" },
    { name: "a person's staff speaks for the person", text: P + "« Nous prenons acte de la décision », a indiqué le cabinet de Paul Girard.", rule: "after-inversion", speaker: "Paul Girard" },
    { name: "the entourage of a role named after a comma", text: P + "« Nous restons sereins », confie l'entourage de la maire de Vallon, Sophie Carrel.", rule: "after-inversion", speaker: "Sophie Carrel" },
    { name: "a press release alone is the organization named before", text: P + "La société Fortal a publié ses comptes mardi. « Aucun site ne fermera cette année », souligne le communiqué.", rule: "after-inversion", speaker: "Fortal" },
    { name: "a passive names its speaker after « par »", text: P + "« Des clauses abusives » ont été relevées par la société Fortal dans ces contrats.", rule: "after-inversion", speaker: "Fortal" },
    { name: "a lower-case institution (« le diocèse de Vallon »)", text: P + "Le chantier reprendra « dès lundi prochain », a annoncé jeudi le diocèse de Vallon.", rule: "after-inversion", speaker: "diocèse de Vallon" },
    { name: "an adjective between commas after the verb", text: P + "« Comment faire ? », interroge, sceptique, Léa Morel.", rule: "after-inversion", speaker: "Léa Morel" },
    { name: "a single first name the mention stage left (« raconte Yanis »)", text: P + "Le port a rouvert mardi. « J'ai eu peur toute la nuit », raconte Yanis.", rule: "after-inversion", speaker: "Yanis" },
    { name: "a close one of a person (« un proche de X »)", text: P + "« Nous restons sereins », confie un proche de Sophie Carrel.", rule: "after-inversion", speaker: "Sophie Carrel" },
    { name: "« on » in the entourage of a person", text: P + "« Nous restons sereins », explique-t-on dans l'entourage de Sophie Carrel.", rule: "after-inversion", speaker: "Sophie Carrel" },
    { name: "« on » at the cabinet of a person", text: P + "« Nous restons sereins », indique-t-on au cabinet de Sophie Carrel.", rule: "after-inversion", speaker: "Sophie Carrel" },
    { name: "« on » in the entourage of a role named after a comma", text: P + "« Nous restons sereins », fait-on savoir dans l'entourage du ministre de l'Intérieur, Paul Girard.", rule: "after-inversion", speaker: "Paul Girard" },
    { name: "a spokeswoman of an organization behind its head noun", text: P + "« Nous restons sereins », a déclaré une porte-parole de la société Fortal.", rule: "after-inversion", speaker: "Fortal" },
    { name: "« son entourage » is the person in focus", text: P + "Sophie Carrel a refusé de s'exprimer. « Elle ne commentera pas », a indiqué son entourage.", rule: "after-inversion", speaker: "Sophie Carrel" },
    { name: "« il y a quelques jours » between the verb and the name", text: P + "« Si le club perd ce match, il perd tout », affirmait ainsi il y a quelques jours l'opposant Marc Lenoir, secrétaire du parti.", rule: "after-inversion", speaker: "Marc Lenoir" },
    { name: "« dès dimanche » and an adjective between the verb and the name", text: P + "Paul Girard a parlé. « Si le club perd ce match, il perd tout », a prévenu dès dimanche le jeune Marc Lenoir.", rule: "after-inversion", speaker: "Marc Lenoir" },
    { name: "coordinated speakers after the verb: the first", text: P + "« Nous irons jusqu'au bout », ont affirmé Marc Lenoir et Paul Girard.", rule: "after-inversion", speaker: "Marc Lenoir" },
    { name: "an embedded speech verb after the quote (« ne cesse de répéter »)", text: P + "« Rien n'est joué », ne cesse de répéter Julie Vasseur.", rule: "after-inversion", speaker: "Julie Vasseur" },
    { name: "a pronominal embedder after the quote (« se plaît à répéter »)", text: P + "« Rien n'est joué », se plaît à répéter Julie Vasseur.", rule: "after-inversion", speaker: "Julie Vasseur" },
    { name: "an embedder's participle after the quote (« a tenu à rappeler »)", text: P + "« Rien n'est joué », a tenu à rappeler Julie Vasseur.", rule: "after-inversion", speaker: "Julie Vasseur" },
    { name: "an inverted embedder with « on » at an institution", text: P + "La mairie de Vallon a confirmé la fermeture. « Il n'est pas possible de vous en dire davantage », se contente-t-on de répondre à la mairie.", rule: "after-inversion", speaker: "mairie de Vallon" },
    { name: "a passive with a complement before « par »", text: P + "Des « clauses abusives » ont été relevées dans ces contrats par la société Fortal.", rule: "after-inversion", speaker: "Fortal" },
    { name: "a participle right after the quote, its agent after « par »", text: P + "Les « clauses abusives » relevées par la société Fortal concernent surtout les frais.", rule: "after-inversion", speaker: "Fortal" },
    { name: "« interrogé par X » names who asked, not who spoke", text: P + "Léa Morel est arrivée. « Nous verrons bien » interrogée par la société Fortal, elle n'a rien ajouté.", rule: "nearest", speaker: "Léa Morel" },
  ]);
});
