/**
 * Guillemets that hold a name, a title or a term are no quotes, and real partial quotes woven
 * into a sentence stay quotes: each row is an invented sentence with one « … » and the reason
 * 03-names.ts gives for dropping it (null: it is somebody's words).
 */
import { describe, expect, test } from "vitest";
import { extract } from "../src/extract.js";
import { nameNotWords } from "../src/core/stages/03-names.js";

/** The reason for the first « … » of `text` (one paragraph). */
function reasonOf(text: string): string | null {
  const open = text.indexOf("«");
  const close = text.indexOf("»", open);
  let start = open + 1;
  let end = close;
  while (/\s/u.test(text[start]!)) start++;
  while (/\s/u.test(text[end - 1]!)) end--;
  return nameNotWords(text, open, close, start, end, 0, text.length);
}

const rows: [string, string, string | null][] = [
  // titles, names and labels
  ["a work's noun", "Le film « La Nuit des autres » sort mercredi.", "title-before"],
  ["a nickname after « dit »", "Marc Petit, dit « le Faucon », a été arrêté.", "title-before"],
  ["« se dit » is speech", "Il se dit « très inquiet » pour la suite.", null],
  ["a label after a definite article", "Léa Morel veut enrichir l'offre « premium » du site.", "label"],
  ["an app's name", "Les agents utilisent l’application « Ma Ville » pour signaler les trous.", "label"],
  ["a predicate after a label noun is words", "Le site « ne rouvrira pas avant l'été », selon la mairie.", null],
  ["an adjective after an indefinite article is no label", "Il a dénoncé une offre « indécente » du patronat.", null],
  ["a capitalised title after a work noun", "Elle a vu la diffusion du reportage « Un hiver sans toit » mardi.", "title-before"],
  ["a lower-case quote after a work noun is a judgement", "Il a jugé le rapport « partial » et « bâclé ».", null],
  ["a naming verb with « on »", "Voilà ce que l'on nomme la « fracture numérique ».", "naming-verb"],
  ["a naming verb with a person is their words", "C'est ce qu'il appelle la « méthode douce ».", null],
  ["a naming noun before « de »", "Elle reprend le concept de « ville du quart d'heure ».", "naming-noun"],
  ["« au nom de » is no naming", "Il interdit les visites au nom de « la sécurité ».", null],
  ["an abbreviation spelled out", "Sur le forum /b/ (pour « bavardages ») circulent des rumeurs.", "spelled-out"],
  ["a gloss after the quote", "Ils accueillent des « primo-arrivants », dans le jargon, chaque année.", "gloss"],
  ["a term given its abbreviation", "Les dossiers de « protection civile » (« PC ») se multiplient.", "abbreviated"],
  ["an affair's name inside the marks", "Personne ne pensait que « l'affaire Dupin » irait si loin.", "named-thing"],
  ["a capitalised name in a noun's slot", "Il est l'un des fondateurs du « Rassemblement » de Vallon.", "capitalised-name"],
  ["an abbreviation in brackets", "Le nombre de dossiers (« PF ») augmente.", "capitalised-name"],
  ["a place opens the quote: words", "La ministre défend une « Europe puissante » face aux crises.", null],
  ["a clause after « que »: words", "Les opposants répètent que « Vallon doit partir » avant l'été.", null],
  // written on banners, not said
  ["banners", "Sur les pancartes : « Non à la fermeture ».", "written-on"],
  ["a wall inscription, even a full sentence", "Sur le mur, cette inscription au feutre rouge : « Vallon dégage. »", "written-on"],
  ["enrolments are no inscription", "Le club se réjouit d'une hausse des inscriptions : « On a trente licenciés de plus. »", null],
  ["chanted is said", "Ils brandissaient des pancartes et scandaient : « Non à la fermeture ! »", null],
  // real partial quotes stay
  ["a speaker's judgement woven in", "L'avocate a dénoncé une « enquête bâclée » devant le tribunal.", null],
  ["an admission", "Le maire a reconnu un « moment de faiblesse » dans Le Courrier.", null],
  ["a one-word partial", "Le syndicat juge la situation « préoccupante ».", null],
];

describe("names, titles and terms in guillemets (03-names.ts)", () => {
  test.each(rows)("%s", (_name, text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });
});

const P = "Titre de l'article\n\n";

describe("a short quote that repeats a name dropped elsewhere is no quote either", () => {
  const cases: [string, string, string[]][] = [
    [
      "a headline's « … » named as a film in the body",
      "Le « Jour de fête » de Léa Morel\n\nLe film « Jour de fête » sort mercredi. « Nous avons tourné en douze jours », a raconté Léa Morel.",
      ["Nous avons tourné en douze jours"],
    ],
    [
      "a short form of a title",
      P + "L'association Fortal publie le « Bilan annuel des grandes entreprises », à l'occasion de la parution du « Bilan annuel des grandes entreprises 2024 ». Selon le « bilan annuel », « les marges ont doublé ».",
      ["les marges ont doublé"],
    ],
  ];
  test.each(cases)("%s", (_name, text, quotes) => {
    expect(extract(text, { lang: "fr" }).quotes.map((q) => q.text)).toEqual(quotes);
  });
});

describe("straight quotes in markup left by scraping are no marks", () => {
  const cases: [string, string, string[]][] = [
    [
      "an attribute's value after « = »",
      P + '{.image width="640" height="480"}\n\nLa maire Léa Morel a prévenu : "Nous ne céderons pas."',
      ["Nous ne céderons pas."],
    ],
  ];
  test.each(cases)("%s", (_name, text, quotes) => {
    expect(extract(text, { lang: "fr" }).quotes.map((q) => q.text)).toEqual(quotes);
  });
});

describe("a single word in a noun's slot with no cue of its own is a term held at arm's length", () => {
  const cases: [string, string, string[]][] = [
    [
      "after a run of quotes, « des « jardiniers » » is the journalist's term",
      P + "« Nous avons planté mille arbres », a expliqué Léa Morel. La ville compte sur l'arrivée de « jardiniers » bénévoles.",
      ["Nous avons planté mille arbres"],
    ],
    [
      "a one-word partial governed by a speech verb stays",
      P + "Léa Morel a dénoncé une « mascarade » lors du conseil.",
      ["mascarade"],
    ],
    [
      "two words after a determiner in a run stay",
      P + "« Nous avons planté mille arbres », a expliqué Léa Morel. Elle parle d'une « réussite collective ».",
      ["Nous avons planté mille arbres", "réussite collective"],
    ],
  ];
  test.each(cases)("%s", (_name, text, quotes) => {
    expect(extract(text, { lang: "fr" }).quotes.map((q) => q.text)).toEqual(quotes);
  });
});

describe("a title's short « … » is somebody's words only when the body quotes it again or the title names a speaker", () => {
  const cases: [string, string, string[]][] = [
    [
      "a term in a title that no body quote repeats",
      "Les voisins de la « cité verte » s'organisent\n\nLes habitants ont créé une association. « Nous voulons être entendus », a expliqué Léa Morel.",
      ["Nous voulons être entendus"],
    ],
    [
      "a title's words echoed by a body quote stay",
      "Un chantier « mal préparé »\n\n« Ce chantier a été mal préparé », a dénoncé la maire Léa Morel.",
      ["mal préparé", "Ce chantier a été mal préparé"],
    ],
    [
      "a title's words whose content words a body quote shares stay",
      "« Deux quartiers oubliés »\n\n« Les deux quartiers du nord sont oubliés depuis dix ans », a dénoncé Léa Morel.",
      ["Deux quartiers oubliés", "Les deux quartiers du nord sont oubliés depuis dix ans"],
    ],
    [
      "a title that names its speaker keeps its quote",
      "Léa Morel dénonce un « gâchis »\n\nLa maire s'est exprimée mardi devant le conseil municipal.",
      ["gâchis"],
    ],
  ];
  test.each(cases)("%s", (_name, text, quotes) => {
    expect(extract(text, { lang: "fr" }).quotes.map((q) => q.text)).toEqual(quotes);
  });
});

describe("a short « … » a cue attributes can still be a name or a term", () => {
  const cases: [string, string, string[]][] = [
    ["a capitalised name inside the sentence after a verb", P + "Léa Morel explique qu'elle écoute « Radio Vallon » chaque matin.", []],
    ["a work's title inside the sentence", P + "Léa Morel affirme qu'elle a lu « Le Grand Départ » en une nuit.", []],
    ["a capitalised utterance before an inverted verb stays", P + "« Tout à fait », répond Léa Morel.", ["Tout à fait"]],
    ["a term in the subject of a later verb", P + "Les « jardiniers » du quartier ont expliqué leur projet à la mairie.", []],
    ["two words in the subject of a later verb", P + "Les « nouveaux voisins » du quartier ont expliqué leur projet à la mairie.", []],
    ["what somebody was called stays", P + "Traitée de « menteuse », la maire a répondu par un communiqué.", ["menteuse"]],
    ["a phrase opening with a determiner stays", P + "« Un vrai gâchis », dans sa lettre, Léa Morel estime que le chantier a dérapé.", ["Un vrai gâchis"]],
    ["a one-word partial governed by the verb before it stays", P + "Léa Morel a dénoncé une « mascarade » lors du conseil.", ["mascarade"]],
  ];
  test.each(cases)("%s", (_name, text, quotes) => {
    expect(extract(text, { lang: "fr" }).quotes.map((q) => q.text)).toEqual(quotes);
  });
});
