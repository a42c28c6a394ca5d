import { describe } from "vitest";
import { P, sieveTable } from "./sieve-table.js";

describe("sieve headline", () => {
  sieveTable([
    { name: "a title quote takes the speaker of its echo in the body", text: "« Un virage historique »\n\nLe conseil a voté le projet. « C'est un virage historique pour la ville », a estimé Sophie Carrel.", rule: "headline", speaker: "Sophie Carrel" },
    { name: "a title that names its speaker keeps the colon rule", text: "Sophie Carrel : « Un virage historique »\n\nLe conseil a voté le projet mardi soir.", rule: "colon", speaker: "Sophie Carrel" },
    { name: "a title with its own speech verb names its speaker without an echo", text: "Léa Morel dénonce un « virage dangereux »\n\nLa maire de Vallon a présenté mardi le budget de la ville. Les oppositions critiquent ses choix.", rule: "subject-verb", speaker: "Léa Morel" },
    { name: "a title with « selon X » after the quote", text: "« Un virage dangereux », selon Léa Morel\n\nLa maire de Vallon a présenté mardi le budget de la ville. Les oppositions critiquent ses choix.", rule: "after-selon", speaker: "Léa Morel" },
    { name: "a title quote without echo has no speaker", text: "« Un virage historique pour la ville »\n\nLe conseil a voté le projet mardi soir.", rule: "headline", speaker: null },
    { name: "a subheading that sums a body quote up takes its speaker", text: "Il faut agir plus vite\n\nLe rapport sort mardi. « Les communes doivent réparer et agir plus vite sur les digues », a déclaré Léa Morel.".replace("Il faut agir plus vite", "« Il faut agir plus vite »"), rule: "headline", speaker: "Léa Morel" },
    { name: "a scraped blockquote line (« > « … » ») after « raconte :\\ » is body text", text: "Titre de l'article\n\nMarc Lenoir a témoigné mardi. Au tribunal, il raconte :\\\n\n> « Je ne sais plus quoi penser. »\\\n\n> « Tout a changé ! »\\", rule: "colon", speaker: "Marc Lenoir" },
    { name: "a second blockquote line keeps the running speaker", text: "Titre de l'article\n\nMarc Lenoir a témoigné mardi. Au tribunal, il raconte :\\\n\n> « Je ne sais plus quoi penser. »\\\n\n> « Tout a changé ! »\\", rule: "running", speaker: "Marc Lenoir", quote: 1 },
    { name: "a short quote line introduced by a colon is body text", text: "Titre de l'article\n\nLéa Morel a témoigné mardi. Au tribunal, elle raconte :\n\n« J'avais peur. »", rule: "colon", speaker: "Léa Morel" },
    {
      name: "a pull quote between paragraphs takes the speaker of the body quote repeating it",
      text: P + "« Le texte est trop faible », a estimé le sénateur Paul Garnier. « Il faut le durcir. »\n\n« Plus on attend, plus la facture sera lourde pour les communes. »\n\nLe calendrier compte aussi. « Plus on attend, plus la facture sera lourde pour les communes et les familles », prévient Léa Morel, la rapporteure du texte.",
      rule: "headline",
      speaker: "Léa Morel",
      quote: 2,
    },
    {
      name: "a quote paragraph no body quote repeats keeps the running speaker",
      text: P + "« Le texte est trop faible », a estimé le sénateur Paul Garnier. « Il faut le durcir. »\n\n« Nous voterons contre en l'état. »\n\nLe calendrier compte aussi. « La facture sera lourde pour les communes », prévient Léa Morel, la rapporteure du texte.",
      rule: "running",
      speaker: "Paul Garnier",
      quote: 2,
    },
  ]);
});
