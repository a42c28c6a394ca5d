/**
 * The mention stage (src/core/stages/05-mentions/): its passes, each rule of classify's
 * decision list, and the declared reasons. Every sentence is invented; each table says what
 * the stage finds (« text/reason »), so removing or reordering a rule fails its table.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { newDoc, STAGES } from "../src/core/pipeline.js";
import { MENTION_REASONS, PASSES } from "../src/core/stages/05-mentions/index.js";
import { CLASSIFY_RULES } from "../src/core/stages/05-mentions/classify-rules.js";

/** The mentions of `text` after stage 5, as « text/reason ». */
function found(text: string): string[] {
  const doc = newDoc(text);
  for (const stage of STAGES.slice(0, 5)) stage(doc);
  return doc.mentions.map((m) => `${m.text}/${m.reason}`);
}

const table = (rows: [string, string[]][]) => rows.map(([text, expected]) => [text, expected] as const);

describe("passes", () => {
  test("are listed in order", () => {
    expect(PASSES.map((p) => p.name)).toEqual(["acronyms", "institutions", "definite-bodies", "capitalised-runs", "re-mentions"]);
  });

  test.each(table([
    ["L'Union nationale des étudiants de Vallon (UNEV) a protesté.", ["Union nationale des étudiants de Vallon/acronym-defined", "UNEV/acronym-definition"]],
    ["Le rapport du Bureau Vallon Recherche (BVR) a été publié.", ["Bureau Vallon Recherche/acronym-defined", "BVR/acronym-definition"]],
  ]))("acronyms: %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each(table([
    ["Le tribunal correctionnel de Vallon a rendu son jugement.", ["tribunal correctionnel de Vallon/institution-head"]],
    ["Elle a étudié dans un collège de Vallon pendant trois ans.", []],
    ["Un recueil paru sous la direction de Dumoutier.", []],
    ["Le cortège a pris la direction de Nantes. Au cours du XXe siècle, le port a grandi.", []],
    ["La direction de Fortalix a refusé. La direction du Trésor a publié une note.", ["Fortalix/role-of", "direction du Trésor/institution-head"]],
  ]))("institutions: %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each(table([
    ["Le gouvernement a annoncé une réforme.", ["gouvernement/definite-body"]],
    ["Selon le gouvernement britannique, la dette baisse.", ["gouvernement britannique/definite-body"]],
    ["Le gouvernement du Vallonnais a répondu au gouvernement de Jean Dupont.", ["gouvernement du Vallonnais/definite-body", "gouvernement/definite-body", "Jean Dupont/first-name"]],
    ["Le tribunal de grande instance de Vallon a tranché.", ["tribunal de grande instance de Vallon/definite-body"]],
    ["Le ministère de la pêche et des océans a publié un rapport.", ["ministère de la pêche et des océans/definite-body"]],
    ["Il a rejoint le ministère de l'artisanat la semaine dernière.", ["ministère de l'artisanat/definite-body"]],
    ["Le Parlement a voté. L'administration fiscale kermorienne enquête.", ["Parlement/definite-body", "administration fiscale kermorienne/definite-body"]],
    ["La police nationale et la gendarmerie sont mobilisées.", ["police nationale/known-org", "gendarmerie/definite-body"]],
    ["Le débat est sur la place publique depuis des mois.", []],
    ["La brigade de recherches de Vallon est saisie. La brigade a tout noté.", ["brigade de recherches de Vallon/definite-body"]],
    ["Il est en garde à vue. La cour de l'école est fermée. La justice tranchera.", []],
    ["Un tribunal a jugé. Le tribunal a jugé. Le trésor est vide.", []],
  ]))("definite bodies: %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each(table([
    ["La CGT-Kermor a appelé à la grève.", ["CGT-Kermor/acronym-branch"]],
    ["Le SNESKER-FSU a appelé à la grève.", ["SNESKER-FSU/acronym-branch"]],
    ["Le discours du général de Villaret a été salué par la foule.", ["de Villaret/role-before"]],
    ["Le livre de Jeanne Vallat de l'Estrade est sorti.", ["Jeanne Vallat de l'Estrade/first-name"]],
    ["Léa Morel Le 12/03/2024 à 10h00", ["Léa Morel/first-name"]],
    ["Le discours de Maryse Le Gall a duré.", ["Maryse Le Gall/first-name"]],
    ["Le discours de Marie Vallat de l'Institut Kermor a plu.", ["Marie Vallat/first-name", "Institut Kermor/org-head-inside"]],
  ]))("capitalised runs: %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each(table([
    ["Le maire inaugure la place.\nPar Kerlan Dumoutier et Léa Morel", ["Kerlan Dumoutier/name-shape", "Léa Morel/first-name"]],
    ["Le maire inaugure la place.\nPar Le Monde", ["Le Monde/known-org"]],
  ]))("bylines are read: %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each(table([
    ["Margaux Delattre a signé. Selon Delattre, tout est prêt.", ["Margaux Delattre/first-name", "Delattre/surname"]],
    ["La start-up Fortalix Kermor recrute. Fortalix a ouvert un bureau.", ["Fortalix Kermor/org-head-before", "Fortalix/org-short-form"]],
  ]))("re-mentions: %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

/** Per rule of CLASSIFY_RULES: sentences where it decides, with what the stage then finds. */
const RULE_CASES: Record<string, [string, string[]][]> = {
  "first-name-inside": [
    ["La ministre des Armées Léa Morel a visité la base.", ["Léa Morel/role-before"]],
    ["« Tout est prêt », explique Kerlan Paolo Dumoutier, le directeur.", ["Kerlan Paolo Dumoutier/role-after"]],
  ],
  credit: [
    ["Le maire inaugure la place. Léa Morel / AFP", ["Léa Morel/photo-credit", "AFP/known-org"]],
    ["Un défilé à Vallon. KERLAN DUMOUTIER/KERMOR", ["KERLAN DUMOUTIER/photo-credit", "KERMOR/photo-agency"]],
    ["Le podium du tournoi. (K. Dumoutier/Kermor Sport)", ["K. Dumoutier/photo-credit", "Kermor Sport/photo-agency"]],
    ["Le maire inaugure la place. (Photo Léa Morel)", ["Léa Morel/photo-credit"]],
    ["Le maire inaugure la place.\nCrédit photo : Léa Morel", ["Léa Morel/photo-credit"]],
    ["Le maire inaugure la place.\nPhoto : Kermadec CC via Vallonbook", ["Kermadec/photo-credit"]],
    ["Le maire inaugure la place.\n©Kermadec", ["Kermadec/photo-credit"]],
    ["Le maire inaugure la place.\nPhoto : Montpellier", []],
    ["Le trajet Vallon Nord / Kermor Sud est fermé.", []],
  ],
  "web-outlet": [
    ["Selon Kermor.fr, le projet avance.", ["Kermor.fr/web-outlet"]],
    ["L'enquête de Vallon-Info.com a été reprise.", ["Vallon-Info.com/web-outlet"]],
  ],
  "named-law": [
    ["Un cortège contre la loi Dumoutier défile.", []],
  ],
  street: [
    ["Le cortège a remonté la rue Kerlan Dumoutier jusqu'au port.", []],
  ],
  place: [
    ["Elle vit depuis dix ans à Montpellier avec sa famille.", []],
  ],
  "channel-short-name": [
    ["Le film sera diffusé sur Orange Kermor Live dès demain.", ["Orange/known-org"]],
  ],
  title: [
    ["Le texte a été défendu par M. Quilliot devant les élus.", ["M. Quilliot/title"]],
    ["Pour Me Louis Baron, tout est à refaire. Me Baron a parlé.", ["Me Louis Baron/title", "Me Baron/surname"]],
  ],
  "org-head-inside": [
    ["Le rapport de la Fondation Vasseur Ardent a été publié.", ["Fondation Vasseur Ardent/org-head-inside"]],
    ["Le tournoi a été remporté par la Coupe Davis Kermor.", []],
  ],
  "org-suffix": [
    ["Le contrat avec Fortal Industries SA a été signé hier.", ["Fortal Industries/org-suffix"]],
    ["Le contrat avec Kermor Télécom a été signé hier.", ["Kermor Télécom/org-suffix"]],
  ],
  "org-head-before": [
    ["Le projet de la start-up Fortalix a séduit les investisseurs.", ["Fortalix/org-head-before"]],
    ["Le projet de son promoteur Margaux Delattre a séduit.", ["Margaux Delattre/first-name"]],
    ["Le chantier de l'hôtel Kermor Palace reprendra lundi.", ["hôtel Kermor Palace/org-head-before"]],
    ["Le casino Valmoran a fermé ses portes.", ["casino Valmoran/org-head-before"]],
    ["Le fabricant de jouets Ludorme a fermé son usine.", ["Ludorme/org-head-before"]],
    ["Elle a rejoint la banque d'affaires Rothvald en mai.", ["Rothvald/org-head-before"]],
    ["Il fouille les poubelles des entreprises de la Défense.", []],
    ["Le groupe de travail Kervan a rendu son avis.", []],
    ["Le géant du e-commerce Kelvoran a recruté. La pépite Drovane aussi.", ["Kelvoran/org-head-before", "Drovane/org-head-before"]],
    ["Les fonds du plan Kervan ont relancé l'industrie.", []],
    ["Le porte-parole du ministère Léa Kelvoran a démenti.", ["Léa Kelvoran/first-name"]],
    // A sector adjective between a firm's head and the name (« hôtelier », « minière »), not another head's.
    ["Il a racheté le groupe hôtelier Valmoran en mars.", ["Valmoran/org-head-before"]],
    // A paper's title opening on an article after an outlet's head.
    ["Il l'a confié à l'hebdomadaire Le Petit Kermorien mardi.", ["Le Petit Kermorien/org-head-before"]],
    ["Il dirige la société minière Kermoral depuis 2010.", ["Kermoral/org-head-before"]],
    ["Il a visité le ministère forestier Kermoral en mars.", []],
  ],
  "org-apposition": [
    ["Il a rejoint Valmoran, une start-up nantaise, en mars.", ["Valmoran/org-apposition"]],
    ["Contactée, la société n'a pas répondu.", []],
    ["Il a croisé Quilmo Dumoutier, le leader de l'opposition.", ["Quilmo Dumoutier/role-after"]],
    ["Le chantier est confié à Brantel, filiale de Dassoria, depuis mai.", ["Brantel/org-apposition", "Dassoria/role-of"]],
    ["Il a rejoint Zorvane, leader européen du covoiturage, en mars.", ["Zorvane/org-apposition"]],
    ["Il a croisé Quilmo Dumoutier, champion du monde de judo, hier.", ["Quilmo Dumoutier/role-after"]],
  ],
  "org-acronym": [
    ["Le rapport de Vallon van der Kermor (VK) a été publié.", ["Vallon van der Kermor/org-acronym", "VK/acronym-definition"]],
  ],
  publisher: [
    ["Le dernier livre de Kerlan Dumoutier (éd. Fortalis) est sorti.", ["Kerlan Dumoutier/name-shape", "Fortalis/publisher"]],
    ["Son roman, Les Eaux vives (Kermor, 220 p., 19 €), est sorti.", ["Kermor/publisher"]],
    ["Son essai, La Fin (Kermor, 184 pages, 14 euros), est sorti.", ["Kermor/publisher"]],
    ["Le livre est paru aux éditions Fortalis en mars.", ["Fortalis/publisher"]],
  ],
  chez: [
    ["Il a travaillé chez Fortalix pendant dix ans.", ["Fortalix/chez"]],
  ],
  "role-of": [
    ["Il a rencontré le président de Valmoran lundi.", ["Valmoran/role-of"]],
    ["Les salariés de Fortalix sont en grève depuis lundi.", ["Fortalix/role-of"]],
    ["Le chiffre d'affaires de Kermoda a progressé.", ["Kermoda/role-of"]],
    ["La mère de Dumoutier est venue le voir.", []],
  ],
  "business-verb": [
    ["En mai, Kelvora a levé 40 millions d'euros auprès de ses actionnaires.", ["Kelvora/business-verb"]],
    ["Depuis, Valmoran emploie près de 3 000 salariés en Europe.", ["Valmoran/business-verb"]],
    ["L'an dernier, Trevik a licencié 300 personnes.", ["Trevik/business-verb"]],
    ["Après dix ans de pertes, Orbelia Kitchens a fait faillite.", ["Orbelia Kitchens/business-verb"]],
    ["La marque a été rachetée par Dassoria en 2019.", ["Dassoria/business-verb"]],
    ["Le groupe a racheté Pixelune pour 20 millions.", ["Pixelune/business-verb"]],
    ["Au conseil, Dumoutier a levé la séance.", []],
    ["Celui-ci employait 130 personnes.", []],
    ["Jean Dumoutier emploie deux jardiniers.", ["Jean Dumoutier/first-name"]],
  ],
  enumeration: [
    ["Les banques Goldman Sachs, BVNQ et Barclays ont prêté.", ["Goldman Sachs/known-org", "BVNQ/enumeration", "Barclays/known-org"]],
    ["Il a vu Kermor Valdi, Renault et Margaux Delattre.", ["Kermor Valdi/name-shape", "Renault/known-org", "Margaux Delattre/first-name"]],
    ["Cinq groupes -- Total, Michelin et Sanofi -- ont payé. Total, c'est fini.", ["Total/enumeration", "Michelin/known-org", "Sanofi/known-org"]],
  ],
  "lone-acronym": [
    ["Il a rencontré les délégués de la FNQ lundi.", []],
  ],
  "lone-name-after-cue": [
    ["« Nous partirons demain », a déclaré Quilmar.", ["Quilmar/speech-verb-before"]],
    ["Depuis lundi, le titre Quilmar a bondi en Bourse.", []],
    ["Dans la salle, un vendeur de journaux de 26 ans, Quilmar.", ["Quilmar/description-apposition"]],
    ["Pour financer le projet, il monte une start-up, Quilmar.", ["Quilmar/org-head-before"]],
    ["Toutes ont voté pour lui, sauf une seule ville, Quilmar.", []],
  ],
  "demonym-company": [
    ["Le Sud-Coréen Valmoran a vendu dix millions de smartphones.", ["Valmoran/demonym-company"]],
    ["Le Sud-Coréen Valmoran a battu le record du monde.", ["Valmoran/demonym-before"]],
  ],
  "person-cue": [
    ["Le texte a été défendu par le sénateur Quilliot devant les élus.", ["Quilliot/role-before"]],
    ["La Montréalaise Kim Varlen a gagné la course.", ["Kim Varlen/demonym-before"]],
  ],
  "first-name": [
    ["Hier soir, Margaux Delattre a présenté son projet.", ["Margaux Delattre/first-name"]],
  ],
  byline: [
    ["Le maire inaugure la place.\nElle sera ouverte lundi.\nKerlan Dumoutier", ["Kerlan Dumoutier/byline"]],
    ["Grand Format\nLe maire inaugure la place.\nElle sera ouverte lundi.\nLe marché suivra.\nLes travaux aussi.", []],
  ],
  initials: [
    ["Le dossier est suivi par J.-P. Morvandiau depuis des années.", ["J.-P. Morvandiau/initials"]],
  ],
  "speech-verb-subject": [
    ["Dans le village, Kerlan Dumoutier a déclaré qu'il partirait.", ["Kerlan Dumoutier/speech-verb-subject"]],
    ["Kerlan Dumoutier a déclaré que tout allait bien.", ["Kerlan Dumoutier/speech-verb-subject"]],
    ["Lundi Kermor a déclaré forfait.", []],
  ],
  "first-name-alone": [
    ["Le soir venu, Margaux a expliqué son choix.", ["Margaux/first-name-alone"]],
    ["Margaux hausse les épaules : « On verra bien demain. »", ["Margaux/first-name-alone"]],
    ["Margaux : « On verra bien demain. »", ["Margaux/first-name-alone"]],
    ["Margaux regarde les cartons vides :\n\n> « On n'aura jamais assez. »", ["Margaux/first-name-alone"]],
    ["Margaux regarde les cartons vides : il en manque trois.", []],
    ["Le matin, Margaux regarde les cartons vides : « On n'aura jamais assez. »", []],
    ["Le matin, Margaux (1), élève de seconde, attendait devant le lycée.", ["Margaux/first-name-alone"]],
    ["Le matin, Margaux (le prénom a été changé) attendait devant le lycée.", ["Margaux/first-name-alone"]],
    ["Le matin, Margaux*, élève de seconde, attendait devant le lycée.", ["Margaux/first-name-alone"]],
    ["Le matin, Margaux (Loire) attendait devant le lycée.", []],
    ["Margaux, étudiante en droit, attendait devant le lycée.", ["Margaux/first-name-alone"]],
    ["Pour Margaux, qui vit ici depuis vingt ans, rien ne change.", ["Margaux/first-name-alone"]],
  ],
  "age-apposition": [
    ["Dans le village, Kerlan Dumoutier, 45 ans, a tout vu.", ["Kerlan Dumoutier/age-apposition"]],
    ["Dans le village, Kerlan Dumoutier, âgé de 45 ans, a tout vu.", ["Kerlan Dumoutier/age-apposition"]],
  ],
  "role-after": [
    ["Dans le village, Kerlan Dumoutier, le président du club, a tout vu.", ["Kerlan Dumoutier/role-after"]],
    ["Kerlan Dumoutier, le directeur du club, a tout vu.", ["Kerlan Dumoutier/role-after"]],
    ["Dans le village, a déclaré Kerlan Dumoutier, tout a changé.", ["Kerlan Dumoutier/speech-verb-before"]],
  ],
  "name-shape": [
    ["Le texte a été relu par Kerlan Dumoutier hier.", ["Kerlan Dumoutier/name-shape"]],
    ["Le texte a été relu par Kermor Radar (GM200) hier.", []],
  ],
};

describe("classify's decision list", () => {
  test("every rule has its table, in the list's order", () => {
    expect(Object.keys(RULE_CASES)).toEqual(CLASSIFY_RULES.map((r) => r.name));
  });

  for (const rule of CLASSIFY_RULES) {
    test.each(table(RULE_CASES[rule.name] ?? []))(`${rule.name}: %s`, (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  }
});

/** Known names: the lexicon's (real organizations are allowed in tests; no dev article text is). */
const KNOWN_CASES: [string, string[]][] = [
  ["La vidéo a circulé sur Facebook toute la nuit.", ["Facebook/known-org"]],
  ["Il a longtemps travaillé chez Facebook comme ingénieur.", ["Facebook/platform-firm"]],
  ["Le contrat de la SNCF Kermor a été prolongé.", ["SNCF Kermor/acronym-led-name"]],
  ["Le député de l'AKP Kerlan Dumoutier a parlé.", ["AKP/known-org", "Kerlan Dumoutier/speech-verb-subject"]],
  ["Le Monde.fr a publié l'enquête.", ["Le Monde.fr/known-org"]],
  ["Il roulait dans une Renault 12 blanche.", []],
  ["La BNP a prêté dix millions.", ["BNP/known-org"]],
  ["Le livre est une ode à Martin Renault.", ["Martin Renault/first-name"]],
  // A name that is a place (« Union européenne ») leaves its acronym unambiguous.
  ["Le budget a coûté cher à l'UE cette année.", ["UE/known-org"]],
  ["L'accord UE-Kermor a été signé.", ["UE-Kermor/acronym-branch"]],
  ["L'accord UE-Turquie a été signé.", []],
  // A known name that is also a demonym, after « au »: the outlet only when a statement is given to it.
  ["« Rien », a-t-il confié au Parisien mardi.", ["Parisien/known-org"]],
  ["Il a goûté la cuisine du Parisien mardi.", []],
  ["« Rien », a-t-il dit à nos confrères du Parisien.", ["Parisien/known-org"]],
  ["La CGT-Lyon a appelé à la grève.", ["CGT-Lyon/acronym-branch"]],
];

describe("known names", () => {
  test.each(table(KNOWN_CASES))("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("reasons", () => {
  const cases = [...Object.values(RULE_CASES).flat(), ...KNOWN_CASES];

  test("every reason the tables' sentences give is declared, and each declared one is given", () => {
    const passTexts = [
      "L'Union nationale des étudiants de Vallon (UNEV) a protesté.",
      "Le tribunal correctionnel de Vallon a rendu son jugement.",
      "Le gouvernement a annoncé une réforme.",
      "La CGT-Kermor a appelé à la grève.",
      "Margaux Delattre a signé. Selon Delattre, tout est prêt.",
      "La start-up Fortalix Kermor recrute. Fortalix a ouvert un bureau.",
    ];
    const emitted = new Set([...cases.map(([text]) => text), ...passTexts].flatMap(found).map((m) => m.slice(m.lastIndexOf("/") + 1)));
    expect([...emitted].filter((r) => !(MENTION_REASONS as readonly string[]).includes(r))).toEqual([]);
    expect(MENTION_REASONS.filter((r) => !emitted.has(r))).toEqual([]);
  });

  test("README's algorithm section lists every reason", () => {
    const readme = readFileSync("README.md", "utf8");
    const algorithm = readme.slice(readme.indexOf("## Algorithm"), readme.indexOf("## Accuracy"));
    expect(MENTION_REASONS.filter((r) => !algorithm.includes(`\`${r}\``))).toEqual([]);
  });
});
