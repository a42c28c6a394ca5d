/**
 * Attribution, construction by construction: each row is a short invented article and who
 * must be credited with its first quote (or null, with the description the text gives).
 */
import { describe, expect, test } from "vitest";
import { extract } from "../src/extract.js";

interface Row {
  name: string;
  text: string;
  speaker: string | null;
  rule?: string;
  description?: string;
  lemma?: string;
  channel?: string;
  /** Which quote to check (0-based). */
  quote?: number;
}

const P = "Titre de l'article\n\n";

const rows: Row[] = [
  {
    name: "« a confié sa compagne à Ouest-France »: the outlet is not part of the description",
    text: P + "L’enseignant souffre d’une fracture du nez. « Il veut revenir vite devant ses élèves », a confié sa compagne à Ouest-France.",
    speaker: null,
    description: "sa compagne",
  },
  {
    name: "« le porte-parole du Kremlin, X »: the spokesperson is named, so X speaks",
    text: P + "« Nos forces ne visent que des cibles militaires », a affirmé le porte-parole du Kremlin, Dmitri Volkov, lors de son point presse.",
    speaker: "Dmitri Volkov",
  },
  {
    name: "« appeler les alliés à livrer « … » »: a call with its object",
    text: P + "Le président Ivan Petrenko a appelé les alliés du pays à livrer « sans délai » davantage de défenses.",
    speaker: "Ivan Petrenko",
  },
  {
    name: "« raconte ce retraité »: a demonstrative role is the person just described",
    text: P + "À Sommières, Jean Fabre, 67 ans, contemple sa maison. « On a tout perdu », raconte ce retraité, la voix tremblante.",
    speaker: "Jean Fabre",
    rule: "after-inversion",
  },
  {
    name: "a relative clause: « une piste que X juge « … » »",
    text: P + "Le gouvernement envisage de geler la réforme. Une piste que Paul Girard, président du groupe, juge « insuffisante ».",
    speaker: "Paul Girard",
  },
  {
    name: "an adverb between auxiliary and participle: « a seulement rappelé que »",
    text: P + "Claire Vernet a parlé hier. Elle a seulement rappelé que « le budget sera présenté en octobre ».",
    speaker: "Claire Vernet",
  },
  {
    name: "an organization inside a role's complement is not the subject: « le patron des députés LR »",
    text: P + "À droite, Paul Girard a dénoncé « un marchandage ». Le patron des députés LR a prévenu que son groupe voterait la censure « si la ligne rouge est franchie ».",
    speaker: "Paul Girard",
    quote: 1,
  },
  {
    name: "« L'avocat de l'accusée, Me X »: the phrase's head describes X, so « a-t-il » is him",
    text: P + "Le parquet a requis dix ans contre Inès Marval, jugée depuis lundi.\n\nL’avocat de l’accusée, Me Bruno Kessler, a plaidé l’acquittement. « Ma cliente est malade », a-t-il martelé.",
    speaker: "Bruno Kessler",
  },
  {
    name: "« la magistrate » is the avocate générale named before",
    text: P + "« Elle savait ce qu’elle faisait », a lancé l’avocate générale, Claire Vernet.\n\nLa magistrate a toutefois reconnu « une altération du discernement ».",
    speaker: "Claire Vernet",
    quote: 1,
  },
  {
    name: "« la fille d'une des victimes » is someone new, not the person in focus",
    text: P + "« Elle savait ce qu’elle faisait », a lancé l’avocate générale, Claire Vernet.\n\n« Dix ans, ce n’est rien », a réagi la fille d’une des victimes.",
    speaker: null,
    description: "la fille d’une des victimes",
    quote: 1,
  },
  {
    name: "« estime-t-on au ministère »: the ministry named before speaks",
    text: P + "Le ministère de la Santé a publié les chiffres lundi.\n\n« Les résultats sont sans appel », estime-t-on au ministère, où l'on cite une baisse des incidents.",
    speaker: "ministère de la Santé",
    rule: "after-inversion",
  },
  {
    name: "a spokesperson of « le régulateur », in a participle clause: the regulator named before",
    text: P + "L’Autorité de la concurrence (ADLC) va ouvrir une enquête, a indiqué un porte-parole du régulateur, précisant que l’ADLC « n’exclut aucune sanction ».",
    speaker: "Autorité de la concurrence",
  },
  {
    name: "« Pour l'ONG X, » with an all-caps head before the name",
    text: P + "Marie Dubois a parlé. « Oui », a-t-elle dit.\n\nPour l’ONG Greenpeace, « le débat fait perdre un temps précieux ».",
    speaker: "Greenpeace",
    rule: "selon",
    quote: 1,
  },
  {
    name: "a pronoun after « La Polonaise X … » points to her, not to an earlier speaker",
    text: P + "« Nous refusons », a déclaré l’Allemande Katrin Vogt.\n\nLa Polonaise Anna Nowak, qui présidait la réunion, se veut optimiste. « Un compromis reste possible », a-t-elle assuré.",
    speaker: "Anna Nowak",
    quote: 1,
  },
  {
    name: "participle after a main verb that is not a speech verb: the sentence's subject",
    text: P + "Le ministre Paul Garnier a défendu le texte. « Nous tiendrons », a-t-il promis.\n\nLa CGT, alliée traditionnelle du syndicat, a fait de même, estimant que « le rapport de force a payé ».",
    speaker: "CGT",
    rule: "subject-verb",
    quote: 1,
  },
  {
    name: "a body named with a capitalised head after an article, then an apposition",
    text: P + "Le ministre Paul Garnier a défendu le texte. « Nous tiendrons », a-t-il promis.\n\nLe Syndicat des producteurs, principal syndicat du pays, juge quant à lui le calendrier « irréaliste ».",
    speaker: "Syndicat des producteurs",
    rule: "subject-verb",
    quote: 1,
  },
  { name: "inversion after the quote", text: P + "« Nous irons jusqu'au bout », a déclaré Paul Girard.", speaker: "Paul Girard", rule: "after-inversion", lemma: "déclarer" },
  {
    name: "inversion with channel and long apposition",
    text: P + "« Le texte est mauvais », a expliqué à l'agence Reuters l'Autrichienne Ingrid Weber (Verts), rapporteure du projet.",
    speaker: "Ingrid Weber",
    channel: "à l'agence Reuters",
  },
  { name: "inversion on a social network", text: P + "« C'est une erreur », s'est agacé sur X Marc Duval, consultant.", speaker: "Marc Duval", lemma: "s'agacer" },
  {
    name: "pronoun inversion resolved to the person named before",
    text: P + "La maire de Sainte-Claire, Hélène Morvan, a présenté son budget. « Nous ne toucherons pas aux écoles », a-t-elle assuré.",
    speaker: "Hélène Morvan",
    quote: 0,
  },
  {
    name: "pronoun resolved by gender past another person",
    text: P + "Hélène Morvan a rencontré Jacques Perrin mardi. « Le dialogue est rompu », a-t-il regretté.",
    speaker: "Jacques Perrin",
  },
  { name: "speaker before a colon", text: P + "Le directeur de l'usine, Olivier Lamy, a prévenu : « Rien ne sera décidé avant l'été. »", speaker: "Olivier Lamy", rule: "colon" },
  { name: "woven partial quote", text: P + "La fondation Horizon a estimé que le projet soulevait des « questions sérieuses ».", speaker: "Horizon", rule: "subject-verb" },
  { name: "selon + name", text: P + "Selon Claire Dumont, « la réforme arrive trop tard ».", speaker: "Claire Dumont", rule: "selon", lemma: "selon" },
  {
    name: "selon lui",
    text: P + "Le sénateur Michel Aubert défend le texte. Selon lui, « il n'y a pas d'autre voie ».",
    speaker: "Michel Aubert",
  },
  { name: "pour + organization", text: P + "Pour la CGT, « ce plan est une provocation ».", speaker: "CGT", lemma: "pour" },
  {
    name: "participle",
    text: P + "La start-up Verdalis lève des fonds, son cofondateur Samuel Roy dénonçant des « rumeurs absurdes » sur sa santé financière.",
    speaker: "Samuel Roy",
  },
  { name: "incise inside the quote", text: P + "« Nous irons, a assuré Lucie Bernard, jusqu'au bout du combat. »", speaker: "Lucie Bernard", rule: "incise" },
  {
    name: "pronoun incise",
    text: P + "Lucie Bernard ne cède pas. « Nous irons, assure-t-elle, jusqu'au bout du combat. »",
    speaker: "Lucie Bernard",
    rule: "incise",
  },
  {
    name: "spokesperson of a named organization",
    text: P + "« Aucun poste ne sera supprimé », a indiqué un porte-parole de la SNCF.",
    speaker: "SNCF",
  },
  {
    name: "unnamed source keeps its description",
    text: P + "« Le dossier est vide », a confié une source proche de l'enquête.",
    speaker: null,
    description: "une source proche de l'enquête",
  },
  {
    name: "role re-mention",
    text: P + "La ministre de la Culture, Anne Vidal, était à Avignon. « Les crédits seront maintenus », a promis la ministre.",
    speaker: "Anne Vidal",
  },
  {
    name: "surname-only re-mention",
    text: P + "Pierre Lemoine dirige la coopérative depuis 2015. « Nous avons doublé nos ventes », a déclaré M. Lemoine.",
    speaker: "Pierre Lemoine",
  },
  {
    name: "running speaker across quotes",
    text: P + "« Le marché se retourne », a averti Sophie Carré. « Il faut s'y préparer dès maintenant. »",
    speaker: "Sophie Carré",
    quote: 1,
    rule: "running",
  },
  {
    name: "ce dernier",
    text: P + "Le préfet a saisi la justice contre le maire, Thomas Brun. Ce dernier n'entend pas reculer. « Je ne céderai pas », a-t-il déclaré.",
    speaker: "Thomas Brun",
  },
  {
    name: "« on » at a ministry",
    text: P + "« Les résultats sont encourageants », estime-t-on au ministère de l'Éducation nationale.",
    speaker: "ministère de l'Éducation nationale",
  },
  {
    name: "quote signed on the next line",
    text: P + "« Le club a besoin de stabilité »\n\nMarc Olivier, entraîneur de l'équipe\n\nLe match a lieu samedi.",
    speaker: "Marc Olivier",
    rule: "signature",
  },
  {
    name: "dash signature",
    text: P + "« Je ne reviendrai pas. » — Nadia Kacem, 34 ans, infirmière.",
    speaker: "Nadia Kacem",
    rule: "signature",
  },
  {
    name: "gerund after an attributed quote shares its speaker",
    text: P + "« Le site n'est plus rentable », a justifié Jean Morel, promettant un « accompagnement individuel ».",
    speaker: "Jean Morel",
    quote: 1,
  },
  {
    name: "passive attribution by an institution's document",
    text: P + "Le parquet de Lyon a ouvert une enquête. Le communiqué du parquet de Lyon rappelle que « la loi s'applique à tous ».",
    speaker: "parquet de Lyon",
  },
];

describe("attribution", () => {
  test.each(rows)("$name", (row) => {
    const r = extract(row.text);
    const q = r.quotes[row.quote ?? 0];
    expect(q, "quote found").toBeDefined();
    expect(q!.speaker?.name ?? null).toBe(row.speaker);
    if (row.rule) expect(q!.rule).toBe(row.rule);
    if (row.description) expect(q!.speaker_description).toBe(row.description);
    if (row.lemma) expect(q!.cue?.lemma).toBe(row.lemma);
    if (row.channel) expect(q!.channel).toBe(row.channel);
  });

  // The running chain: a quote with no cue of its own keeps the previous quote's speaker, unless
  // its own sentence holds a speech verb no cue rule could attach (a new speaker we did not read).
  test.each([
    { text: "« Nous ferons appel », a annoncé Hugo Vasseur. Faute de preuves, la Norvège a préféré se taire puis a seulement déclaré « soutenir les pêcheurs ».", carried: false },
    { text: "« Nous ferons appel », a annoncé Hugo Vasseur. En somme, le rapport dont nous parlions plus haut ne sera remis « que » jeudi.", carried: false },
    { text: "« Le dossier est complet », a indiqué Léa Morel. Sa prise en charge serait « bien plus rapide ».", carried: true },
    { text: "« Le dossier est complet », a indiqué Léa Morel. Le projet reste « en cours d'examen ».", carried: true },
  ])("running carried $carried: $text", ({ text, carried }) => {
    const q = extract(P + text).quotes[1];
    expect(q, "quote found").toBeDefined();
    expect(q!.rule === "running", q!.rule).toBe(carried);
  });

  test("a headline quote takes the speaker of the body quote that repeats it", () => {
    const text = "« Nous ne lâcherons rien »\n\nLa secrétaire générale du syndicat, Valérie Roche, a lancé mercredi : « Nous ne lâcherons rien, ni cette semaine ni après. »";
    const r = extract(text);
    expect(r.quotes[0]!.kind).toBe("headline");
    expect(r.quotes[0]!.speaker?.name).toBe("Valérie Roche");
  });

  test("words that name built-in object properties are no pronouns (« constructor », « toString »)", () => {
    // Each must be read as any unknown word is (« bidule »): not as « il » or « lui ».
    const shape = (text: string) => extract(text).quotes.map((q) => [q.rule, q.speaker?.name ?? null, q.speaker_description]);
    const sentences = [
      (w: string) => `${P}Jean Dupont est arrivé lundi.\n\n« Nous partirons demain », a déclaré ${w}.`,
      (w: string) => `${P}Jean Dupont est arrivé lundi.\n\nSelon ${w}, « la situation est grave ».`,
      (w: string) => `${P}Jean Dupont est arrivé lundi.\n\n« Nous partirons demain », ${w} a-t-il dit.`,
    ];
    for (const make of sentences) {
      const plain = shape(make("bidule"));
      for (const w of ["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty"]) expect(shape(make(w)), make(w)).toEqual(plain);
    }
  });

  test("scare quotes and titles of works are not quotes", () => {
    const r = extract(P + "Le film « La Nuit des autres » a remporté un prix. Ce sont de « grands procès » pour la ville.");
    expect(r.quotes).toEqual([]);
  });
});
