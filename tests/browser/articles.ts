/**
 * Articles for the HTML view's tests and the README screenshot, all invented for the project:
 * a short piece with the constructions of the project's seed article (speaker after a long
 * apposition, pronoun speakers, organizations as speakers, a one-word partial quote, nested
 * “ ”, a subheading repeating a later quote, paywall furniture), generated long articles,
 * and hostile text.
 */

/** A seed-like article: eight quotes, several politicians, a dozen organizations. */
export const SEED_LIKE = [
  "Intelligence artificielle : l’accord entre Fortal et Nuvexa inquiète Bruxelles",
  "« Sans capitaux, nous n’aurions jamais pu entraîner notre prochain modèle »",
  "La start-up française Fortal a annoncé lundi un partenariat avec le groupe américain Nuvexa, qui prendra une participation minoritaire dans son capital. L’annonce a aussitôt fait réagir au Parlement européen et à l’Autorité de la concurrence.",
  "« Nous ne laisserons pas un seul acteur verrouiller le marché », a déclaré au quotidien Le Courrier du Lac la Danoise Mette Holm (Renew), rapporteuse du règlement sur l’intelligence artificielle au Parlement européen. « Cet accord mérite un examen attentif de la Commission », a-t-elle ajouté.",
  "Le cofondateur de Fortal, Julien Castagne, a défendu l’opération. « Sans capitaux, nous n’aurions jamais pu entraîner notre prochain modèle », a-t-il écrit sur LinkedIn, dénonçant des lectures « caricaturales » du contrat.",
  "Selon la fondation Océane, qui milite pour un numérique ouvert, « le texte du partenariat laisse trop de questions sans réponse ». L’association Libre Accès a estimé que l’accord relevait d’une « capture » du secteur.",
  "Le député Paul Ferrand (Les Écologistes) a réclamé une audition : « Le ministre doit nous dire ce que l’État savait. Il parlait encore en mai d’une “souveraineté numérique” à défendre. »",
  "La ministre déléguée au Numérique, Sophie Lemaire, s’est voulue rassurante. « Nous suivons ce dossier de très près avec nos partenaires européens », a-t-elle assuré mardi.",
  "Il vous reste 58 % de cet article à lire. La suite est réservée aux abonnés.",
].join("\n\n") + "\n";

const FIRST = ["Léa", "Hugo", "Inès", "Marc", "Chloé", "Yanis", "Sarah", "Louis", "Nora", "Paul"];
const LAST = ["Morel", "Garnier", "Bonnet", "Lacroix", "Perrin", "Fabre", "Roussel", "Marchand", "Aubert", "Chevalier"];
const ORGS = ["la société Fortal", "le groupe Nuvexa", "la CGT", "la mairie de Lyon", "l’association Libre Accès"];
const VERBS = ["a déclaré", "a expliqué", "a souligné", "a estimé", "a ajouté"];

/** An article of `n` quotes by ten invented speakers (women and men in turn), each named with a role and organization. */
export function manyQuotes(n: number): string {
  const paras = ["Conférence régionale : les élus et les entreprises face au budget", ""];
  for (let i = 0; i < n; i++) {
    const who = `${FIRST[i % 10]} ${LAST[i % 10]}`;
    const org = ORGS[i % ORGS.length]!;
    paras.push(
      `La réunion s’est poursuivie avec le point numéro ${i + 1} de l’ordre du jour. ` +
        `« Le dossier ${i + 1} doit avancer avant la fin de l’année, sans retard ni dépense inutile », ${VERBS[i % VERBS.length]} ${who}, ${i % 2 ? "directeur" : "directrice"} de ${org}.`,
    );
  }
  return paras.join("\n\n") + "\n";
}

/** An article of about `bytes` bytes of UTF-8 made of the seed-like article's body, repeated. */
export function longArticle(bytes: number): string {
  const body = SEED_LIKE.split("\n\n").slice(2, 8).join("\n\n");
  const parts = ["Un très long article : l’accord entre Fortal et Nuvexa, jour après jour"];
  let size = Buffer.byteLength(parts[0]!);
  while (size < bytes) {
    parts.push(body);
    size += Buffer.byteLength(body) + 2;
  }
  return parts.join("\n\n") + "\n";
}

/** Text that would run script or break the markup if it were not escaped. */
export const HOSTILE = [
  "Sécurité : un message piégé <script>window.__pwned = 1</script> circule",
  "",
  "« Ne cliquez pas sur </mark><img src=x onerror=\"window.__pwned = 2\"> ce lien », a déclaré Léa Morel, directrice de la société Fortal \"onmouseover=\"window.__pwned=3\" x=\".",
  "",
  "La société Fortal <b>dément</b> & publie un communiqué\u2028sur deux lignes\u2029et ' des apostrophes. « Nous portons plainte </script><script>window.__pwned = 4</script> », a ajouté Mme Morel.",
  "",
  "« Un emoji 🙂 avant la fin », a souligné Hugo Garnier, porte-parole de la CGT.",
].join("\n") + "\n";
