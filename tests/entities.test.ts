/**
 * People and organizations of the French pipeline (stages 05-mentions and 07-entities), on
 * short invented sentences: what is found, what is not, names, types, aliases, roles,
 * affiliations and gender evidence.
 */
import { describe, expect, test } from "vitest";
import { extractFrench } from "../src/core/pipeline.js";

const run = (text: string) => extractFrench(text);
const people = (text: string): string[] => run(text).people.map((p) => p.name);
const orgs = (text: string): string[] => run(text).organizations.map((o) => o.name);

describe("people", () => {
  test.each([
    ["first name + surname", "Hier soir, Margaux Delattre a présenté son projet au conseil.", ["Margaux Delattre"]],
    ["title before a surname", "Le texte a été défendu par M. Barrachin devant les élus.", ["Barrachin"]],
    ["role before the name", "Le texte a été défendu par le sénateur Quilliot devant les élus.", ["Quilliot"]],
    ["nationality noun before the name", "Le match a été remporté par la Norvégienne Ingrid Solbakk en deux sets.", ["Ingrid Solbakk"]],
    ["particles inside the name", "Le rapport a été rédigé par Hugo van der Hoek et remis lundi.", ["Hugo van der Hoek"]],
    ["initials", "Le dossier est suivi par J.-P. Morvandiau depuis des années.", ["J.-P. Morvandiau"]],
    ["sentence-initial word is not a name", "Selon Margaux Delattre, la hausse est durable.", ["Margaux Delattre"]],
    ["surname re-mention joins the full name", "Margaux Delattre a signé. Selon Delattre, tout est prêt.", ["Margaux Delattre"]],
    ["title re-mention joins the full name", "Margaux Delattre a signé. Mme Delattre a ensuite quitté la salle.", ["Margaux Delattre"]],
    ["noble title and particle", "Le discours du général de Villaret a été salué par la foule.", ["de Villaret"]],
    ["a place before « de » and a full name is not part of it", "La cérémonie a eu lieu à Paris de Vazken Ohanian, poète, puis à Lyon.", ["Vazken Ohanian"]],
    ["age apposition", "Une habitante, Yasmina, âgée de 41 ans, a tout vu depuis son balcon.", ["Yasmina"]],
    ["photo credit closing a caption", "Le maire inaugure la place. JULIEN CASTAGNAC/AFP", ["JULIEN CASTAGNAC"]],
  ])("%s", (_label, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  test.each([
    ["months and weekdays", "Lundi, Mars a été un mois difficile pour Juin Conseil."],
    ["places", "Le train relie Bruxelles à Marseille en moins de six heures."],
    ["demonym alone", "L’Italien a dominé la course de bout en bout, devant le Belge."],
    ["État and Gouvernement", "L’État et le Gouvernement ont promis une aide rapide."],
  ])("no person: %s", (_label, text) => {
    expect(people(text)).toEqual([]);
  });

  test("bylines and photo credits are people (the corpus lists them)", () => {
    expect(people("Titre de l'article\n\nPar Julien Castagnac\n\nLa séance a été levée à midi.")).toHaveLength(1);
    expect(people("Le maire inaugure la place. (Photo Julien Castagnac / AFP)")).toHaveLength(1);
  });
});

describe("organizations", () => {
  test("a platform treated as a firm once is a company throughout", () => {
    const text = "La vidéo a circulé sur Instagram. Les dirigeants d'Instagram ont promis une enquête.";
    expect(run(text).organizations.map((o) => [o.name, o.type])).toEqual([["Instagram", "company"]]);
  });

  test.each([
    ["demonym before a lone name in a sports sentence", "En finale, l'Espagnol Carreño a battu le Français Lemaire en trois sets.", ["Carreño", "Lemaire"]],
    ["a first name after a firm's role", "La porte-parole de Marie a refusé de commenter.", []],
  ])("no organization: %s", (_label, text, people) => {
    expect(run(text).organizations).toEqual([]);
    expect(run(text).people.map((p) => p.name)).toEqual(people);
  });

  test("an establishment's head is part of its name, and the shorter name joins it", () => {
    const text = "Elle a été opérée à l'hôpital Vercors de Grenoble. Les médecins de l'hôpital Vercors sont satisfaits.";
    expect(run(text).organizations.map((o) => [o.name, o.type, o.aliases])).toEqual([["hôpital Vercors de Grenoble", "institution", ["hôpital Vercors"]]]);
  });

  test("an acronym ending a line does not run into the next line", () => {
    const text = "Un titre sur la défense\n\nLe Figaro avec AFP\n\nLe ministre a parlé hier devant les députés.";
    expect(run(text).organizations.map((o) => [o.name, o.type])).toEqual([["Le Figaro", "media"], ["AFP", "media"]]);
  });

  test("a French description of a body known by its foreign acronym", () => {
    const text = "Le bureau de coordination des Nations unies pour les réfugiés (UNCR) estime que 3 millions de personnes ont fui. Selon l’UNCR, la situation empire.";
    expect(run(text).organizations.map((o) => [o.name, o.type, o.aliases])).toEqual([["bureau de coordination des Nations unies pour les réfugiés", "institution", ["UNCR"]]]);
  });

  test("a person's party and a law's acronym are no described bodies", () => {
    const text = "Jean Dupont (PS) a voté contre la loi sur la sécurité quotidienne (LSQ).";
    expect(run(text).organizations.map((o) => [o.name, o.canonical])).toEqual([["PS", "Parti socialiste"]]);
  });

  test("a competition named with an organization's head is no organization", () => {
    expect(orgs("Le club s'est qualifié pour la Ligue des champions en battant le Sporting mardi.")).toEqual([]);
  });

  test("an indefinite head is some place, not a named body: « dans un collège de Rennes »", () => {
    expect(orgs("Un élève a frappé un enseignant dans un collège de Rennes vendredi.")).toEqual([]);
    expect(orgs("Le tribunal correctionnel de Rennes a rendu sa décision vendredi.")).toEqual(["tribunal correctionnel de Rennes"]);
  });

  test("a territorial role keeps its place out of the organizations", () => {
    expect(orgs("Le maire de Plouzané a présenté le budget.")).toEqual([]);
  });

  test.each([
    ["known organization", "La SNCF a annoncé de nouveaux horaires.", "SNCF", "company"],
    ["head before an unknown name", "La start-up Voltaréa a levé 12 millions d'euros.", "Voltaréa", "company"],
    ["union head", "Le syndicat Solidarnor appelle à la grève.", "Solidarnor", "ngo"],
    ["legal suffix", "Le contrat a été signé avec Brenvik Technologies la semaine dernière.", "Brenvik Technologies", "company"],
    ["capitalised head inside the name", "La Fondation Arnavel finance trois projets.", "Fondation Arnavel", "ngo"],
    ["apposition after the name", "Selon Terranova Lab, un think tank, la hausse va durer.", "Terranova Lab", "company"],
    ["acronym defined in brackets, typed by the name's suffix", "Selon Reporters Network International (RNI), la situation empire.", "Reporters Network International", "ngo"],
    ["acronym defined in brackets", "La Fédération nationale des pêcheurs côtiers (FNPC) proteste.", "Fédération nationale des pêcheurs côtiers", "ngo"],
    ["social network as the channel", "La vidéo a d'abord circulé sur Instagram avant d'être retirée.", "Instagram", "media"],
    ["social network as a firm: « chez X »", "Les responsables de la modération chez Instagram n'ont pas répondu.", "Instagram", "company"],
    ["social network as a firm: « les dirigeants de X »", "Les dirigeants de TikTok ont été reçus à Bercy.", "TikTok", "company"],
    ["messaging app", "Les agents doivent renoncer à des messageries comme WhatsApp pour leurs échanges.", "WhatsApp", "company"],
    ["demonym before a lone name, sentence about sales", "Le Japonais Orimo grimpe à la deuxième place, avec des ventes en hausse.", "Orimo", "company"],
    ["firm's role before an unknown name", "Le PDG de Brevalo a démissionné hier.", "Brevalo", "company"],
    ["role before an unknown name, « la société » just before", "Sur le site de la société, le président de Brevalo s'est expliqué.", "Brevalo", "company"],
    ["« AI » ending a name: a company, even after a first name", "Le logiciel de Pascal AI équipe déjà trois hôpitaux.", "Pascal AI", "company"],
    ["a newspaper after a contracted article: « aux Échos »", "Il a confié aux Échos que le plan était prêt.", "Les Échos", "media"],
    ["a club by its acronym, not a party sharing it", "Le PSG s'est qualifié mardi pour les quarts de finale.", "PSG", "other"],
    ["a polling institute", "Selon un sondage Ifop publié dimanche, la majorité approuve.", "Ifop", "company"],
    ["press word ending a name: media, not a person", "Le dessinateur de Gaston Hebdo a été entendu par les enquêteurs.", "Gaston Hebdo", "media"],
    ["role before an unknown name, no firm in sight", "Le président de Kelvane a ouvert la séance.", "Kelvane", "other"],
  ])("%s", (_label, text, name, type) => {
    const o = run(text).organizations.find((x) => x.name === name);
    expect(o, JSON.stringify(run(text).organizations)).toBeDefined();
    expect(o!.type).toBe(type);
    expect(run(text).people).toEqual([]);
  });

  test("an acronym in brackets is an alias of the full name", () => {
    const o = run("La Fédération nationale des pêcheurs côtiers (FNPC) proteste. La FNPC réclame un moratoire.").organizations;
    expect(o).toHaveLength(1);
    expect(o[0]!.aliases).toEqual(["FNPC"]);
    expect(o[0]!.mentions).toHaveLength(3);
  });

  test("a short form re-mention is an alias", () => {
    const o = run("La start-up Voltaréa Energy a levé des fonds. Voltaréa compte doubler ses effectifs.").organizations;
    expect(o.map((x) => x.name)).toEqual(["Voltaréa Energy"]);
    expect(o[0]!.aliases).toEqual(["Voltaréa"]);
  });

  test.each([
    ["lower-case institution head with its place", "Le tribunal administratif de Valenciennes a suspendu l'arrêté.", "tribunal administratif de Valenciennes"],
    ["ministry with an adjective after the capitalised word", "Le ministère de l'Éducation nationale a répondu.", "ministère de l'Éducation nationale"],
    ["branch of a known acronym", "La CFDT-Métallurgie a signé l'accord.", "CFDT-Métallurgie"],
  ])("%s", (_label, text, name) => {
    expect(orgs(text)).toContain(name);
  });

  test("a surname that is also a company name stays a person", () => {
    const r = run("La directrice, Amandine Renault, a parlé. Selon Mme Renault, tout ira bien.");
    expect(r.people.map((p) => p.name)).toEqual(["Amandine Renault"]);
    expect(r.organizations).toEqual([]);
  });

  test("« le gouvernement » is one body (the corpus's gold counts definite bodies even in lower case)", () => {
    expect(orgs("Le gouvernement a présenté son budget mardi.")).toEqual(["gouvernement"]);
    expect(orgs("Un gouvernement de transition sera nommé.")).toEqual([]);
  });
});

describe("linear time", () => {
  test("a long article is processed quickly", () => {
    const para = "La ministre du Logement, Margaux Delattre, a rencontré la Fondation Arnavel (FA) et M. Quilliot, du groupe Voltaréa. ";
    const text = Array.from({ length: 400 }, () => para).join("\n\n");
    const t0 = performance.now();
    const r = run(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.people.length).toBeGreaterThan(0);
  });
});

describe("roles, affiliations, gender", () => {
  test("role before with complement, title gender", () => {
    const r = run("La ministre du Logement, Margaux Delattre, a présenté son plan. Mme Delattre l'a défendu.");
    const p = r.people[0]!;
    expect(p.name).toBe("Margaux Delattre");
    expect(p.roles).toEqual(["ministre du Logement"]);
    expect(p.gender).toBe("f");
    expect(p.gender_evidence).toBe("title");
  });

  test("role after, organization as affiliation, agreement gender", () => {
    const r = run("« Nous tiendrons », a dit Yanis Ferrandi, présidente de la Fondation Arnavel, mardi.");
    const p = r.people.find((x) => x.name === "Yanis Ferrandi")!;
    expect(p.roles).toEqual(["présidente"]);
    expect(p.affiliations).toEqual(["Fondation Arnavel"]);
    expect(p.gender).toBe("f");
    expect(p.gender_evidence).toBe("agreement");
  });

  test("an acronym role after an article keeps its capitals: « le PDG »", () => {
    const r = run("La société Fortal ferme une usine. « C'est un crève-cœur », regrette le PDG, Léa Morel.");
    expect(r.people.find((x) => x.name === "Léa Morel")!.roles).toEqual(["PDG"]);
  });

  test("possessive role: the organization of the sentence", () => {
    const r = run("La start-up Voltaréa Energy a levé des fonds, a annoncé son cofondateur, Kilian Marchetti.");
    const p = r.people.find((x) => x.name === "Kilian Marchetti")!;
    expect(p.roles).toEqual(["cofondateur"]);
    expect(p.affiliations).toEqual(["Voltaréa Energy"]);
  });

  test("possessive role: the firm named two sentences back, when no person stands between", () => {
    const r = run("Le groupe Voltaréa va fermer deux usines. Le fabricant a confirmé jeudi un plan d'économies. « Nous devons réduire nos coûts », a expliqué son directeur général, Kilian Marchetti.");
    expect(r.people.find((x) => x.name === "Kilian Marchetti")!.affiliations).toEqual(["Voltaréa"]);
    const other = run("Le groupe Voltaréa va fermer deux usines. Margaux Delattre a confirmé le plan. « Nous devons réduire nos coûts », a expliqué son directeur de cabinet, Kilian Marchetti.");
    expect(other.people.find((x) => x.name === "Kilian Marchetti")!.affiliations).toEqual([]);
  });

  test("a photographer's credit names the agency as affiliation", () => {
    const r = run("Le maire inaugure la place. JULIEN CASTAGNAC / KERMOR PRESSE");
    expect(r.people.find((x) => x.name === "JULIEN CASTAGNAC")!.affiliations).toEqual(["KERMOR PRESSE"]);
  });

  test("a participle after an auxiliary is no role: « a prévenu X »", () => {
    const r = run("« Nous bloquerons tout », a prévenu Sophie Arnavel, secrétaire générale du syndicat.");
    expect(r.people[0]!.gender).toBe("f");
  });

  test("a past participle in apposition shows the gender: « X, jugée depuis lundi »", () => {
    expect(run("Le parquet a requis dix ans contre Inès Marval, jugée depuis lundi à Paris.").people[0]!.gender).toBe("f");
    expect(run("Le texte a été défendu par Camille Ostrowski, interrogé mardi par la commission.").people[0]!.gender).toBe("m");
  });

  test("party in brackets", () => {
    const r = run("Le texte a été porté par Kilian Marchetti (PS) au Sénat.");
    expect(r.people[0]!.affiliations).toEqual(["PS"]);
  });

  test("pronoun opening the next sentence", () => {
    const r = run("Camille Ostrowski a présenté le projet lundi. Elle a ensuite répondu aux questions.");
    expect(r.people[0]!.gender).toBe("f");
    expect(r.people[0]!.gender_evidence).toBe("pronoun");
  });

  test("first-name fallback", () => {
    const r = run("Le projet a été présenté par Arnaud Quintavalle lundi.");
    expect(r.people[0]!.gender).toBe("m");
    expect(r.people[0]!.gender_evidence).toBe("first-name");
  });
});

// The article's form is the name; a word list's full name is only the canonical, and only for
// that same organization.
describe("names and canonical names", () => {
  const org = (text: string) => run(text).organizations.map((o) => ({ name: o.name, canonical: o.canonical, aliases: o.aliases }));
  test.each<[string, string, { name: string; canonical?: string; aliases: string[] }[]]>([
    ["an acronym keeps its form, the list's name is the canonical", "Le PSG s'est qualifié mardi.", [{ name: "PSG", canonical: "Paris Saint-Germain", aliases: [] }]],
    ["the list's name under its acronym is the canonical", "Selon l'Agence France-Presse, rien.", [{ name: "Agence France-Presse", canonical: "AFP", aliases: [] }]],
    ["the same name: no canonical", "Selon l'AFP, rien.", [{ name: "AFP", canonical: undefined, aliases: [] }]],
    ["a contracted article is given back, not an alias", "Un article du Figaro le dit. Le Figaro a tort.", [{ name: "Le Figaro", canonical: undefined, aliases: [] }]],
    ["a capitalised article inside a sentence opens the name", "Le maire a répondu à La Gazette, l'hebdomadaire local, mardi.", [{ name: "La Gazette", canonical: undefined, aliases: [] }]],
    ["a known short form running on in capitals is another body: no canonical", "Il enseigne à Sorbonne Nouvelle depuis 2010.", [{ name: "Sorbonne", canonical: undefined, aliases: [] }]],
    ["an acronym, then its full name listed under another canonical: one entity", "Le FN a protesté. Le Front national a ensuite publié un texte.", [{ name: "Front national", canonical: "Rassemblement national", aliases: ["FN"] }]],
    ["a bank's listed short form is no other list's acronym", "La BNP a relevé ses taux.", [{ name: "BNP", canonical: "BNP Paribas", aliases: [] }]],
    ["a first name is no acronym of a listed body", "Selon Martin, tout va bien, a dit la banque.", []],
    ["an outlet's web name running on in capitals is the outlet", "Selon Le Figaro, rien. Le Figaro.fr Vallon a tout publié.", [{ name: "Le Figaro.fr", canonical: "Le Figaro", aliases: ["Le Figaro"] }]],
    ["an outlet's name without its article, running on, is the outlet", "Selon Le Figaro, rien. Les lecteurs du Figaro Vallon ont tout lu.", [{ name: "Le Figaro", canonical: undefined, aliases: [] }]],
    ["the known short form alone keeps its canonical", "Il enseigne à la Sorbonne depuis 2010.", [{ name: "Sorbonne", canonical: "Sorbonne Université", aliases: [] }]],
  ])("%s", (_n, text, expected) => {
    expect(org(text)).toEqual(expected);
  });
});

// One row per affiliation construction: the person, and the affiliations expected (each rule
// has rows where it must not fire).
describe("affiliations", () => {
  const affiliations = (text: string, name: string): string[] | undefined => run(text).people.find((p) => p.name === name)?.affiliations;
  test.each<[string, string, string, string[]]>([
    // role complement naming a body that is no organization mention
    ["complement: head noun", "« Nous ouvrirons », a dit Léa Morel, conseillère du gouvernement.", "Léa Morel", ["gouvernement"]],
    ["complement: head noun and place", "Le président du département de la Haute-Vallée, Paul Girard, a signé.", "Paul Girard", ["département de la Haute-Vallée"]],
    ["complement: proper name", "« Tout est prêt », affirme Inès Marval, secrétaire générale de Terre Commune.", "Inès Marval", ["Terre Commune"]],
    ["complement: proper name ends at « et »", "« Rien ne bouge », selon Inès Marval, membre de Terre Commune et enseignante dans un lycée.", "Inès Marval", ["Terre Commune"]],
    ["complement: ministre names its ministry", "Le ministre de la Mer, Paul Girard, viendra lundi.", "Paul Girard", ["ministère de la Mer"]],
    ["complement: where the role is held wins", "Léa Morel, responsable du service qualité à la direction régionale du commerce, a parlé.", "Léa Morel", ["direction régionale du commerce"]],
    ["complement: a head noun is the organization named before", "Le lycée Jean-Vilar est bloqué. « Tout va bien », selon Paul Girard, le proviseur du lycée.", "Paul Girard", ["lycée Jean-Vilar"]],
    ["complement: a common noun is no body", "« On verra », dit Paul Girard, directeur de l'information.", "Paul Girard", []],
    ["complement: a person is no body", "Le ministre de la Mer, Paul Girard, a reçu Léa Morel, l'assistante du député Marc Lenoir.", "Léa Morel", []],
    // « X, de Y », « X de l'association Y », « X, chez Y »
    ["de after the name", "« Rien n'est joué », explique Paul Girard, de Ouest-France.", "Paul Girard", ["Ouest-France"]],
    ["de + head noun + name", "« Nous aidons », souligne Nadia Benali de l'association Terre Commune, qui a tout financé.", "Nadia Benali", ["Terre Commune"]],
    ["chez after the name", "« Les ventes montent », note Nadia Benali, chez Fortal.", "Nadia Benali", ["Fortal"]],
    ["de + a place is no body", "« Les ventes montent », note Nadia Benali, de Marseille.", "Nadia Benali", []],
    ["complement: ministre in lower case", "C'est le ministre de l'intérieur, Paul Girard, qui parlera.", "Paul Girard", ["ministère de l'intérieur"]],
    ["complement: a lone media or company head is no body", "« Rien », déplore Paul Girard, présentateur du journal.", "Paul Girard", []],
    ["complement: a lone head is the last body of its type before", "La société Fortal a publié ses comptes. « Nous tenons », dit Léa Morel, directrice du groupe.", "Léa Morel", ["Fortal"]],
    ["complement: a lone head finds no body of another type", "Le syndicat Sud Rail appelle à la grève. « Nous tenons », dit Léa Morel, directrice du groupe.", "Léa Morel", []],
    ["complement: a kind without article is no body", "« Rien », déplore Paul Girard, directeur de cabinet.", "Paul Girard", []],
    ["complement: the firm the role is held at, after a comma", "« Rien », déplore Paul Girard, présentateur du journal, à Radio France.", "Paul Girard", ["Radio France"]],
    // credits and bylines
    ["byline: Par + name in a line naming the outlet", "Un titre\n\nOuest-France | 3 mai | Par Léa Morel\n\nLe texte commence.", "Léa Morel", ["Ouest-France"]],
    ["byline: « par » inside a sentence is no byline", "Ouest-France a publié un texte signé par Léa Morel.", "Léa Morel", []],
    // « à la tête de », « qui dirige », an adjective before the role
    ["à la tête de", "« Non », dit Léa Morel, à la tête de Lactalis depuis 2020.", "Léa Morel", ["Lactalis"]],
    ["qui dirige", "« Non », dit Léa Morel, qui dirige Lactalis.", "Léa Morel", ["Lactalis"]],
    ["qui dirige a service: its body is not the next word", "« Non », dit Léa Morel, qui dirige le service juridique de Lactalis.", "Léa Morel", []],
    ["former role", "« Non », dit Léa Morel, ancienne directrice de Lactalis.", "Léa Morel", ["Lactalis"]],
    ["former role with « ex- »", "« Non », dit Léa Morel, ex-directrice de Lactalis.", "Léa Morel", ["Lactalis"]],
    ["« ex- » before the name", "« Non », dit l'ex-PDG de Lactalis Léa Morel.", "Léa Morel", ["Lactalis"]],
    // long role after the name: the body at its end
    // numbers and time adjuncts inside or after a role's complement
    ["a number inside the complement", "« Rien », regrette Marc Lenoir, animateur de l'émission de 7 h, à Radio Vallon.", "Marc Lenoir", ["Radio Vallon"]],
    ["a time adjunct after the complement", "« Rien », déplore Léa Morel, salariée de Fortal depuis 2010.", "Léa Morel", ["Fortal"]],
    ["a verb's object after a role-like word is still no role", "« Rien », déplore Léa Morel, salariée. Paul Girard, juge Fortal coupable.", "Paul Girard", []],
    // possessive roles: the organization before, unless another person stands between
    ["possessive after the person it describes", "La société Fortal a signé. Léa Morel, sa présidente, a parlé.", "Léa Morel", ["Fortal"]],
    ["possessive after another person of the sentence", "La présidente de Fortal, Léa Morel, a reçu la chancelière Inès Marval et son ministre Paul Girard.", "Paul Girard", []],
    ["a firm's role alone stands for the firm just named", "La société Fortal ferme une usine. « C'est un crève-cœur », regrette le PDG, Léa Morel.", "Léa Morel", ["Fortal"]],
    ["a firm's role alone after the name", "L'association Terre Commune lance un appel. « Nous manquons de tout », dit Paul Girard, porte-parole.", "Paul Girard", ["Terre Commune"]],
    ["a bare role is no one's after another person", "La société Fortal ferme. Marc Lenoir, le maire, proteste. « Rien », dit le PDG, Léa Morel.", "Léa Morel", []],
    ["a bare « président » is not the body just named", "La société Fortal ferme son usine. « Nous suivons le dossier », a dit le président Paul Girard.", "Paul Girard", []],
    ["a bare role does not take an institution", "Le ministère de l'intérieur a publié un bilan. « Rien », a dit le porte-parole Paul Girard.", "Paul Girard", []],
    // a copula, an age, a relative or « devenue » between the name and its role
    ["copula", "Léa Morel est présidente de Fortal depuis 2019.", "Léa Morel", ["Fortal"]],
    ["copula is not the complement's", "Le fils de Léa Morel est directeur de Fortal.", "Léa Morel", []],
    ["age then role", "« Rien », dit Léa Morel, 45 ans, directrice de Fortal.", "Léa Morel", ["Fortal"]],
    ["qui est + role", "Marc Lenoir, qui est directeur de Fortal, a parlé.", "Marc Lenoir", ["Fortal"]],
    ["devenu + role", "Marc Lenoir, devenu directeur de Fortal en 2019, a parlé.", "Marc Lenoir", ["Fortal"]],
    // where the role is held, and how the complement may close
    ["complement: a kind, then where it is held", "Léa Morel, professeure de droit à l'université de Vallon, a parlé.", "Léa Morel", ["université de Vallon"]],
    ["complement: only where it is held, a head noun", "Marc Lenoir, chercheur à l'institut Vallon, a parlé.", "Marc Lenoir", ["institut Vallon"]],
    ["complement: only a place after « au »", "Marc Lenoir, envoyé spécial au Cannet, a parlé.", "Marc Lenoir", []],
    ["a verb right after a complement naming an organization", "Dans une veine semblable, Katja Morel, coprésidente de Die Linke se dit opposée.", "Katja Morel", ["Die Linke"]],
    ["a dash closes the complement", "Contacté, Paul Girard, membre du Media Center - qui a écrit - a refusé.", "Paul Girard", ["Media Center"]],
    ["a signature: role, then the body", "Léa Morel, doctorante en histoire contemporaine, Université de Vallon", "Léa Morel", ["Université de Vallon"]],
    ["a plural role after coordinated names: the first", "Les noms sont lâchés. Léa Morel et Paul Girard, cofondateurs de l'agence Kalio, sont accusés.", "Léa Morel", ["Kalio"]],
    ["a plural role after coordinated names: the last", "Les noms sont lâchés. Léa Morel et Paul Girard, cofondateurs de l'agence Kalio, sont accusés.", "Paul Girard", ["Kalio"]],
    ["a plural role after one name is no role of hers", "Les noms sont lâchés. Léa Morel, cofondateurs de Kalio, sont là.", "Léa Morel", []],
    ["a first noun the lexicon lacks, coordinated with the role", "« Nous étions seuls », raconte Julie Blanc, agronome et fondatrice de l'association Terre Vive.", "Julie Blanc", ["Terre Vive"]],
    ["a role in brackets after the name", "Le texte est signé par Annick Morel (ancienne porte-parole de la CGT) et d'autres.", "Annick Morel", ["CGT"]],
    ["a bracket without a role is still stepped over", "« Non », dit Paul Girard (PS), président de l'association Terre Vive.", "Paul Girard", ["Terre Vive", "PS"]],
    ["where the role is held comes before the body's own « de »", "« Tout a changé », note Hugo Lemaire, professeur à l'université de Vallon.", "Hugo Lemaire", ["université de Vallon"]],
    // verbs that lead, and the organization's side
    ["subject + dirige", "Léa Morel dirige Lactalis depuis 2010.", "Léa Morel", ["Lactalis"]],
    ["subject + a rejoint + head noun", "Léa Morel a rejoint la société Fortal en 2010.", "Léa Morel", ["Fortal"]],
    ["organization créée par", "La société Fortal, créée par Marc Lenoir en 2014, a fermé.", "Marc Lenoir", ["Fortal"]],
    ["organization qu'elle dirige", "Léa Morel habite Vallon. En 2015, l'association Clowns du Monde qu'elle dirige a ouvert une école.", "Léa Morel", ["Clowns du Monde"]],
    ["organization qu'il dirige: not hers", "Léa Morel habite Vallon. En 2015, l'association Clowns du Monde qu'il dirige a ouvert une école.", "Léa Morel", []],
    ["possessive group noun", "Léa Morel est partie avec son équipe de Médecins sans frontières vers le nord.", "Léa Morel", ["Médecins sans frontières"]],
    ["a role phrase later names the holder's organization", "Marc Lenoir, le patron des patrons, a parlé. Mi-mars, le patron du Medef avait envoyé un message.", "Marc Lenoir", ["Medef"]],
    ["a role phrase later: not one holding another body's role", "Marc Lenoir, président de l'association, a parlé. Le président de Fortal, lui, a refusé.", "Marc Lenoir", []],
    ["a role phrase later: one whose role names that body is the one meant", "Les cabinets recrutent. « Rien », dit Guillaume Ravel, directeur associé de Vela Executive, spécialiste du recrutement. « Tout », dit François Garnier, directeur des ventes chez Hamon Conseil. « Oui », décrit le directeur de Vela Executive.", "François Garnier", ["Hamon Conseil"]],
    ["a demonstrative role phrase stands for the person last named", "« On n'en peut plus », raconte Lucas Pons. « Tout a changé », ajoute ce salarié de Fortal depuis vingt ans.", "Lucas Pons", ["Fortal"]],
    ["a demonstrative role of the other gender is someone else's", "« On n'en peut plus », raconte Lucas Pons. « Tout a changé », ajoute cette salariée de Fortal depuis vingt ans.", "Lucas Pons", []],
    ["a demonstrative role of private life points to no body", "« Rien », dit Lucas Pons. « Il travaille trop », confie cet ami de la CGT.", "Lucas Pons", []],
    ["a name of several words found once is read again opening a sentence", "Microsoft a signé avec Orage Labs. Microsoft a investi. On lui reproche beaucoup. Orage Labs plaide, elle, le malentendu, son cofondateur Léa Morel regrettant des erreurs.", "Léa Morel", ["Orage Labs"]],
    ["a subject pronoun before « dirige »: the person last named", "« Rien », dit Léa Morel. Depuis 2010, elle dirige la société Fortal.", "Léa Morel", ["Fortal"]],
    ["a subject pronoun of the other gender than the person last named", "« Rien », dit Paul Girard, furieux. La directrice Léa Morel se tait. Depuis 2012, il dirige la société Kalio.", "Léa Morel", []],
    // one of a plural role's holders, brackets inside a role, heads in capitals, the complement of « à la tête de »
    ["l'une des + plural role", "« Rien », dit Léa Morel, l'une des fondatrices de Fortal.", "Léa Morel", ["Fortal"]],
    ["un des + plural role", "« Rien », dit Marc Lenoir, un des responsables de Fortal.", "Marc Lenoir", ["Fortal"]],
    ["a party in brackets inside the role before the name", "La maire (PS) de Vallon, Léa Morel, a parlé.", "Léa Morel", ["PS"]],
    ["de + a head in capitals", "« Rien », dit Léa Morel, de l'ONG Terre Commune.", "Léa Morel", ["Terre Commune"]],
    ["à la tête de + a complement ending on the organization", "« Rien », dit Léa Morel, à la tête du service de cardiologie de l'hôpital Saint-Roch.", "Léa Morel", ["hôpital Saint-Roch"]],
    ["avocat au barreau", "« Rien », dit Me Marc Lenoir, avocat au barreau de Vallon.", "Marc Lenoir", ["barreau de Vallon"]],
    ["a sentence opening on « Chez X, »", "Chez Fortal, Léa Morel, directrice commerciale, explique que tout va bien.", "Léa Morel", ["Fortal"]],
    ["« Chez X, »: not someone with no role", "Chez Fortal, Léa Morel explique que tout va bien.", "Léa Morel", []],
    // the article's own outlet, for its journalists and bylines
    ["a press role works for the outlet the article names most", "« Rien », a dit le chroniqueur Paul Girard sur Radio Sud. Radio Sud a ensuite retiré l'émission.", "Paul Girard", ["Radio Sud"]],
    ["a byline alone on its line", "Un titre\n\nLÉA MOREL\n\nLe maire a parlé lundi. « Rien », a-t-il dit sur Radio Sud. Radio Sud a relayé.", "LÉA MOREL", ["Radio Sud"]],
    ["an agency credited for the text is no own outlet", "« Rien », a dit la journaliste Léa Morel. Le texte a été repris (avec AFP). L'AFP le confirme.", "Léa Morel", []],
    ["two outlets named as often: none", "« Rien », a dit le chroniqueur Paul Girard sur Radio Sud. Radio Sud et Radio Nord ont relayé. Radio Nord aussi.", "Paul Girard", []],
    ["a medium spoken to is not whose « son avocat » it is", "« Il ne se sent pas concerné », assure à Radio Sud son avocat Paul Girard.", "Paul Girard", []],
    ["a role of private life points to no organization", "Marc Lenoir est allé à l'agence Pôle emploi de Vallon, son voisin Paul Girard au volant.", "Paul Girard", []],
    ["a client's counsel: the client is no body", "L'avocat d'Alexandre, Me Paul Girard, conteste.", "Paul Girard", []],
    ["a press role posted to a place works for the own outlet", "Un titre\n\nMarc Lenoir, envoyé spécial à Vallon\n\nLe maire a parlé. « Rien », a-t-il dit à Ouest-France. Ouest-France a relayé.", "Marc Lenoir", ["Ouest-France"]],
    ["a journalist « au » an outlet works there, not for the own outlet", "Un titre\n\nMarc Lenoir, journaliste au Point\n\nLe maire a parlé. « Rien », a-t-il dit à Ouest-France. Ouest-France a relayé.", "Marc Lenoir", []],
    ["a photo credited to an outlet that is no agency: the own outlet", "Le maire a parlé. (Léo Marval/Ouest-France)\n\nLéa Morel, correspondante à Vallon\n\nLe texte commence.", "Léa Morel", ["Ouest-France"]],
    ["a credit line: the photographer « pour » an outlet", "Un titre\n\nLe texte commence ici.\n\nPhoto : Léo Marval pour Ouest-France\n\nLa suite du texte.", "Léo Marval", ["Ouest-France"]],
    ["« pour » an outlet inside a sentence is no credit", "Un titre\n\nLe maire a reçu Léo Marval pour Ouest-France lundi dernier, puis il est reparti chez lui sans rien dire.", "Léo Marval", []],
    ["an agency before its photographer's name is no own outlet", "Le ministre a parlé. AFP/LÉO MARVAL\n\nLe journaliste Paul Girard était là. L'AFP a noté le silence.", "Paul Girard", []],
    ["long role after the name", "« Tout va bien », a assuré Paul Girard, chef du service de chirurgie et de médecine du sport de la Fondation Arnavel, qui opère le lundi.", "Paul Girard", ["Fondation Arnavel"]],
  ])("%s", (_n, text, name, expected) => {
    expect(affiliations(text, name)).toEqual(expected);
  });
});

// Organization types the corpus gives families of bodies (shared/corpus/README.md: sports clubs
// and leagues, churches, schools and universities are `other`; UN-like bodies `institution`).
describe("organization types of body families", () => {
  test.each<[string, string, string, string]>([
    ["sports federation by its sport", "La Fédération française de judo a suspendu l'entraîneur.", "Fédération française de judo", "other"],
    ["sports union by its sport adjective", "L'Union cycliste internationale a tranché.", "Union cycliste internationale", "other"],
    ["a federation without sport stays an association", "La Fédération nationale des pêcheurs a protesté.", "Fédération nationale des pêcheurs", "ngo"],
    ["known sports body", "La FFF a sanctionné le club.", "FFF", "other"],
    ["bishops' conference", "La Conférence des évêques de France a réagi.", "Conférence des évêques de France", "other"],
    ["intergovernmental body", "La Ligue arabe a condamné l'attaque.", "Ligue arabe", "institution"],
    ["university", "L'Université de Brest a annoncé la fermeture.", "Université de Brest", "other"],
    ["a diocese in lower case", "Le chantier reprendra lundi, a annoncé le diocèse de Vallon.", "diocèse de Vallon", "other"],
  ])("%s", (_n, text, name, type) => {
    const o = run(text).organizations.find((x) => x.name === name);
    expect(o, JSON.stringify(run(text).organizations)).toBeDefined();
    expect(o!.type).toBe(type);
  });
});
