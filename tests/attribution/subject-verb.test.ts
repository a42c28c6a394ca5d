import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve subject-verb", () => {
  sieveTable([
    { name: "a subject and verb before a woven quote", text: P + "Léa Morel a estimé que l'accord restait « fragile ».", rule: "subject-verb", speaker: "Léa Morel" },
    { name: "a first name alone with a role in apposition", text: P + "Julien, étudiant en sociologie, raconte qu'il a « tout perdu » dans l'incendie.", rule: "subject-verb", speaker: "Julien" },
    { name: "an organization as subject", text: P + "La société Fortal a reconnu des « erreurs de gestion ».", rule: "subject-verb", speaker: "Fortal" },
    { name: "a gerund takes the subject of the sentence's speech verb", text: P + "Paul Girard a parlé longuement, estimant que la réforme était « injuste ».", rule: "subject-verb", speaker: "Paul Girard" },
    { name: "a relative « qui » stands for the name before the comma", text: P + "Le syndicat attend la décision de Nadia Benali, qui a promis une réponse « avant vendredi soir ».", rule: "subject-verb", speaker: "Nadia Benali" },
    { name: "a role noun for a person whose title says the office (Me → l'avocate)", text: P + "Me Lucie Ferrand plaide la relaxe. L'avocate dénonce une « enquête bâclée et partiale ».", rule: "subject-verb", speaker: "Lucie Ferrand" },
    { name: "an embedded speech verb (« s'évertue à dire »)", text: P + "Julie Vasseur s'évertue à dire que « rien n'a changé depuis des années ».", rule: "subject-verb", speaker: "Julie Vasseur" },
    { name: "« appeler à » with the infinitive inside the quote", text: P + "Le ministre Paul Girard a appelé les dirigeants du pays à « sortir du silence ».", rule: "subject-verb", speaker: "Paul Girard" },
    { name: "coordinated speakers: the first named", text: P + "Marc Lenoir et Paul Girard ont dénoncé une décision « injuste et précipitée ».", rule: "subject-verb", speaker: "Marc Lenoir" },
    { name: "coordinated speakers in apposition: the first named", text: P + "Les deux dirigeants du club, Marc Lenoir et Paul Girard, ont vivement critiqué le transfert, en rappelant qu'il restait « contraire aux règles du championnat ».", rule: "subject-verb", speaker: "Marc Lenoir" },
    { name: "« en » + gerund shares the clause's subject, not its object", text: P + "Hugo Vautrin est très respecté. Il avait embarrassé la société Fortal en proposant une « amnistie spécifique » des dettes.", rule: "subject-verb", speaker: "Hugo Vautrin" },
    { name: "a fronted gerund shares the main clause's subject after the quote", text: P + "Léa Morel a parlé. Tout en rappelant que la grève était « un droit constitutionnel et sacré », le ministre Paul Girard a appelé les syndicats au calme.", rule: "subject-verb", speaker: "Paul Girard" },
    { name: "a second gerund after « et » in a fronted clause", text: P + "Léa Morel a parlé. Tout en rappelant que la grève était un droit, et disant « ne pas confondre les grévistes et les casseurs », le ministre Paul Girard a appelé les syndicats au calme.", rule: "subject-verb", speaker: "Paul Girard" },
    { name: "« son entourage » as subject is the person in focus", text: P + "Sophie Carrel, maire de Vallon, est mise en cause. Son entourage assure qu'elle est « très sereine ».", rule: "subject-verb", speaker: "Sophie Carrel" },
    { name: "an embedder with a negation (« ne cesse de promettre »)", text: P + "Julie Vasseur ne cesse de promettre une « reprise rapide de l'activité ».", rule: "subject-verb", speaker: "Julie Vasseur" },
    { name: "an embedder's participle (« n'a cessé de répéter »)", text: P + "Paul Girard est arrivé. Julie Vasseur n'a cessé de répéter que « rien n'était joué ».", rule: "subject-verb", speaker: "Julie Vasseur" },
    { name: "a pronominal embedder's participle (« s'est empressée de démentir »)", text: P + "Paul Girard est arrivé. Julie Vasseur s'est empressée de démentir tout « accord secret ».", rule: "subject-verb", speaker: "Julie Vasseur" },
    { name: "an embedder and its negation (« n'hésite pas à dénoncer »)", text: P + "Paul Girard est arrivé. Julie Vasseur n'hésite pas à dénoncer une « gestion désastreuse ».", rule: "subject-verb", speaker: "Julie Vasseur" },
    { name: "a spokesman who « s'est contenté de répondre »", text: P + "Un porte-parole de la SNCF s'est contenté de répondre que « tout serait rétabli lundi ».", rule: "subject-verb", speaker: "SNCF" },
    { name: "an opinion verb after an embedder is no cue (« veut croire »)", text: P + "Julie Vasseur veut croire à une « reprise rapide de l'activité ».", rule: "topic", speaker: "Julie Vasseur" },
    { name: "a participle before the quote and its agent after it", text: P + "La société Norvane a protesté. « Vos affiches ont choqué nos abonnés », écrit une responsable chez Fortal, un refus jugé « méprisant et vexant » par la société Norvane.", quote: 1, rule: "subject-verb", speaker: "Norvane" },
    { name: "the object of a verb whose subject was said before is no speaker (« dénoncent un « … » »)", text: P + "Léa Morel a parlé. Au contraire, tous dénoncent un « racisme d'État ».", rule: "topic", speaker: "Léa Morel" },
    { name: "a quoted speech verb is the cue (« s'est « inquiétée » »)", text: P + "La société Fortal s'est « inquiétée » d'une « suspension même temporaire des contrats ».", rule: "subject-verb", speaker: "Fortal" },
    { name: "a later quote of the sentence shares the quoted verb's subject", text: P + "La société Fortal s'est « inquiétée » d'une « suspension même temporaire des contrats ».", quote: 1, rule: "subject-verb", speaker: "Fortal" },
    { name: "a country as subject is an unnamed description", text: P + "Paul Girard a parlé. La Corée du Nord a jugé la décision « prématurée ».", rule: "subject-verb", speaker: null, description: "La Corée du Nord" },
    { name: "a country without article as subject", text: P + "Paul Girard a parlé. Israël a dénoncé « un crime ».", rule: "subject-verb", speaker: null, description: "Israël" },
    { name: "a city inside a role's complement is not the subject", text: P + "Paul Girard a parlé. Le maire de Lyon a dénoncé « un scandale ».", rule: "subject-verb", speaker: null, description: "Le maire de Lyon" },
    { name: "a country inside a « que » clause is not the speaker", text: P + "Paul Girard a parlé. Le rapport rappelle que la France s'est engagée à « réduire le déficit ».", rule: "subject-verb", speaker: null, description: "Le rapport" },
    { name: "a subject between the quote and its verb speaks, not the verb's object", text: P + "Paul Girard a parlé. Choquée, parce que « la sécurité passe avant tout », la directrice Léa Morel a publié un long message.", rule: "subject-verb", speaker: "Léa Morel" },
    { name: "a verb after the quote in a new clause keeps the old reading", text: P + "Paul Girard a parlé. La société Fortal a réclamé « une aide » lorsque la directrice Léa Morel a publié un long message.", rule: "subject-verb", speaker: "Fortal" },
    { name: "a document of an unnamed author stays a description (« la lettre d'un voisin »)", text: P + "Léa Morel, directrice de la société Fortal, a parlé. La lettre d'un voisin dénonce un « vacarme permanent ».", rule: "subject-verb", speaker: null, description: "La lettre d'un voisin" },
  ]);
});
