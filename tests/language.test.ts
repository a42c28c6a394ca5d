/**
 * Language dispatch: franc picks the pipeline (fr, en, or none = quotes only), `lang` overrides
 * it, and compromise is only loaded once an English article is extracted.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { chooseLanguage, extract } from "../src/extract.js";

const root = join(import.meta.dirname, "..");

const FRENCH =
  "Le conseil municipal a adopté mardi soir le budget de la ville après un long débat. « Nous avons fait des choix difficiles mais responsables », a déclaré la maire, Claire Dumont, devant les élus. L'opposition a dénoncé une hausse des impôts locaux qu'elle juge injuste pour les familles.";
const ENGLISH =
  "The city council approved the budget on Tuesday night after a long and heated debate that lasted until midnight. “We made difficult but responsible choices for the families of this city,” Mayor Claire Dumont told council members. The opposition criticized a rise in local taxes which it called unfair to working families and small businesses.";
const OTHERS: { lang: string; code: string; text: string; quotes: string[] }[] = [
  {
    lang: "Spanish",
    code: "spa",
    text: "El ayuntamiento aprobó el martes por la noche el presupuesto de la ciudad tras un largo debate. «Hemos tomado decisiones difíciles pero responsables», declaró la alcaldesa ante los concejales. La oposición criticó una subida de los impuestos locales que considera injusta para las familias.",
    quotes: ["Hemos tomado decisiones difíciles pero responsables"],
  },
  {
    lang: "German",
    code: "deu",
    text: "Der Stadtrat hat am Dienstagabend nach einer langen Debatte den Haushalt der Stadt beschlossen. “Wir haben schwierige, aber verantwortungsvolle Entscheidungen getroffen”, sagte die Bürgermeisterin vor den Ratsmitgliedern. Die Opposition kritisierte eine Erhöhung der lokalen Steuern, die sie für ungerecht gegenüber den Familien hält.",
    quotes: ["Wir haben schwierige, aber verantwortungsvolle Entscheidungen getroffen"],
  },
  {
    lang: "Italian",
    code: "ita",
    text: "Il consiglio comunale ha approvato martedì sera il bilancio della città dopo un lungo dibattito. «Abbiamo fatto scelte difficili ma responsabili», ha dichiarato la sindaca davanti ai consiglieri. L'opposizione ha criticato un aumento delle tasse locali che giudica ingiusto per le famiglie.",
    quotes: ["Abbiamo fatto scelte difficili ma responsabili"],
  },
];

/** Short texts (a dispatch, a caption) in languages that share French function words. */
const SHORT_NEIGHBOURS = [
  { code: "cat", text: "El govern ha aprovat aquest dimarts les noves mesures per a les escoles i els instituts de tot el país. Les famílies podran demanar les ajudes des del mes de setembre, segons ha explicat la consellera." },
  { code: "spa", text: "El gobierno ha aprobado este martes las nuevas medidas para las escuelas de todo el país. Las familias podrán pedir las ayudas desde el mes de septiembre, según ha explicado la ministra." },
  { code: "por", text: "O governo aprovou esta terça-feira as novas medidas para as escolas de todo o país. As famílias poderão pedir os apoios a partir do mês de setembro, segundo explicou a ministra." },
  { code: "ita", text: "Il governo ha approvato martedì le nuove misure per le scuole di tutto il paese. Le famiglie potranno chiedere gli aiuti dal mese di settembre, secondo quanto ha spiegato la ministra." },
  { code: "ron", text: "Guvernul a aprobat marți noile măsuri pentru școlile din toată țara. Familiile vor putea cere ajutoarele din luna septembrie, a explicat ministrul, care nu a dat alte detalii." },
  { code: "deu", text: "Die Regierung hat am Dienstag die neuen Maßnahmen für die Schulen des ganzen Landes beschlossen. Die Familien können die Hilfen ab September beantragen, erklärte die Ministerin des Innern." },
];
/** A two-sentence dispatch: too few function words (six) for the count alone to be sure. */
const FRENCH_DISPATCH =
  "Le club a annoncé jeudi l'arrivée d'un nouvel entraîneur, qui prendra ses fonctions dès la semaine prochaine. Selon nos informations, il était en contact avec la direction depuis un mois."

describe("franc dispatch", () => {
  test("French goes to the French pipeline", () => {
    const r = extract(FRENCH);
    expect(r.language).toEqual({ detected: "fra", pipeline: "fr", method: "function-words" });
    expect(r.quotes[0]?.speaker?.name).toBe("Claire Dumont");
  });

  test("English goes to the English pipeline", () => {
    const r = extract(ENGLISH);
    expect(r.language).toEqual({ detected: "eng", pipeline: "en", method: "franc" });
    expect(r.quotes.map((q) => q.text)).toEqual(["We made difficult but responsible choices for the families of this city,"]);
    expect(r.quotes[0]?.speaker?.name).toBe("Claire Dumont");
    expect(r.messages.some((m) => m.rule === "language-unsupported")).toBe(false);
  });

  test.each(OTHERS)("$lang: quotes listed without speakers, with a warning", ({ code, text, quotes }) => {
    const r = extract(text);
    expect(r.language).toEqual({ detected: code, pipeline: "none", method: "franc" });
    expect(r.quotes.map((q) => q.text)).toEqual(quotes);
    for (const q of r.quotes) expect(q.speaker).toBeNull();
    expect(r.speakers).toEqual([]);
    const warning = r.messages.find((m) => m.rule === "language-unsupported");
    expect(warning?.severity).toBe("warning");
    expect(warning?.reason).toContain(code);
  });

  test.each([
    { name: "empty", text: "" },
    { name: "one word", text: "Bonjour" },
    { name: "a short English line", text: "Hi there." },
  ])("$name text falls back to French", ({ text }) => {
    const r = extract(text);
    expect(r.language.pipeline).toBe("fr");
    expect(chooseLanguage(text, "auto").pipeline).toBe("fr");
  });

  test.each(SHORT_NEIGHBOURS)("a short $code text is not taken for French", ({ code, text }) => {
    expect(chooseLanguage(text, "auto").detected).toBe(code);
  });

  test.each(SHORT_NEIGHBOURS)("a long $code text is not taken for French either", ({ code, text }) => {
    // Over 200 words, « la », « le », « les », « que », « il » alone pass a count of French
    // function words: only words no neighbour shares tell French apart.
    const long = `${text} `.repeat(8);
    expect(long.split(" ").length).toBeGreaterThan(200);
    expect(chooseLanguage(long, "auto").detected).toBe(code);
  });

  test("a short French dispatch is French", () => {
    expect(chooseLanguage(FRENCH_DISPATCH, "auto")).toEqual({ detected: "fra", pipeline: "fr", method: "function-words" });
  });

  test("only the first 4000 characters are sampled", () => {
    // A French opening decides, whatever follows it.
    const text = `${FRENCH.repeat(20)}\n\n${ENGLISH.repeat(200)}`;
    expect(chooseLanguage(text, "auto")).toEqual({ detected: "fra", pipeline: "fr", method: "function-words" });
  });
});

/** Texts under 100 characters: franc guesses; the text's own signs decide, French by default (issue 19). */
describe("short texts", () => {
  test.each([
    { text: "« Oui », a dit Léa Morel.", pipeline: "fr" },
    { text: "« Non », a répondu la maire.", pipeline: "fr" },
    { text: "« C'est fini », lance-t-il.", pipeline: "fr" },
    { text: "«\u00a0Jamais\u00a0», selon Paul Girard.", pipeline: "fr" },
    { text: '"Yes," said Tom Ellis.', pipeline: "en" },
    { text: "Der Hund ist groß.", pipeline: "fr" },
    { text: "Bonjour", pipeline: "fr" },
  ])("$text → $pipeline", ({ text, pipeline }) => {
    expect(chooseLanguage(text, "auto").pipeline).toBe(pipeline);
  });

  // The example: franc reads it as Romanian.
  test.each([
    { text: "« Oui », a dit Marie Curie.", want: { detected: "fra", pipeline: "fr", method: "short-text" } },
    { text: '"Yes," said Tom Ellis.', want: { detected: "eng", pipeline: "en", method: "short-text" } },
    { text: "Der Hund ist groß.", want: { detected: "und", pipeline: "fr", method: "default" } },
  ])("how $text was decided", ({ text, want }) => {
    expect(chooseLanguage(text, "auto")).toEqual(want);
  });

  test("a one-line French quote gets its speaker", () => {
    const r = extract("« Oui », a dit Marie Curie.");
    expect(r.language.pipeline).toBe("fr");
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([["Oui", "Marie Curie"]]);
    expect(r.messages.some((m) => m.rule === "language-unsupported")).toBe(false);
  });
});

describe("--lang override", () => {
  test.each([
    { text: ENGLISH, lang: "fr" as const, detected: "eng", pipeline: "fr" },
    { text: FRENCH, lang: "en" as const, detected: "fra", pipeline: "en" },
    { text: OTHERS[0]?.text ?? "", lang: "en" as const, detected: "spa", pipeline: "en" },
    { text: OTHERS[1]?.text ?? "", lang: "fr" as const, detected: "deu", pipeline: "fr" },
  ])("lang $lang on $detected text runs the $pipeline pipeline", ({ text, lang, detected, pipeline }) => {
    const r = extract(text, { lang });
    expect(r.language).toEqual({ detected, pipeline, method: "forced" });
    expect(r.messages.some((m) => m.rule === "language-unsupported")).toBe(false);
  });

  test("English forced through the French pipeline finds no English speaker", () => {
    const r = extract(ENGLISH, { lang: "fr" });
    expect(r.quotes.every((q) => q.speaker === null)).toBe(true);
  });
});

describe("franc loads only when the function-word test is unsure", () => {
  // A fresh process, as below: franc's module is absent from the require cache until a text the
  // quick test cannot vouch for comes (short French texts included: franc costs them 0.1 ms).
  const script = `
    import { createRequire } from "node:module";
    const { chooseLanguage } = await import(${JSON.stringify(join(root, "dist/extract.js"))});
    const req = createRequire(${JSON.stringify(join(root, "dist/extract.js"))});
    const loaded = () => Object.keys(req.cache).some((k) => k.includes("/franc/"));
    const out = {};
    chooseLanguage(${JSON.stringify(FRENCH)}, "auto");
    chooseLanguage(${JSON.stringify(FRENCH_DISPATCH)}, "auto");
    out.afterFrench = loaded();
    chooseLanguage(${JSON.stringify(SHORT_NEIGHBOURS[0]?.text ?? "")}, "auto");
    out.afterCatalan = loaded();
    console.log(JSON.stringify(out));
  `;

  test("not for French articles or dispatches; for a Catalan one", () => {
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as Record<string, unknown>;
    expect(out).toEqual({ afterFrench: false, afterCatalan: true });
  });
});

describe("compromise loads lazily", () => {
  // A fresh process: import the built library, check compromise's CommonJS build is absent
  // from the require cache after French work, present after the first English article.
  const script = `
    import { createRequire } from "node:module";
    const { extract } = await import(${JSON.stringify(join(root, "dist/index.js"))});
    const req = createRequire(${JSON.stringify(join(root, "dist/en/tokens.js"))});
    const path = req.resolve("compromise");
    const loaded = () => path in req.cache;
    const out = { path, afterImport: loaded() };
    extract(${JSON.stringify(FRENCH)});
    out.afterFrench = loaded();
    extract(${JSON.stringify(OTHERS[0]?.text ?? "")});
    out.afterSpanish = loaded();
    extract(${JSON.stringify(ENGLISH)});
    out.afterEnglish = loaded();
    console.log(JSON.stringify(out));
  `;

  test("not on import, nor for French or other languages; on the first English article", () => {
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as Record<string, unknown>;
    expect(out["path"]).toMatch(/compromise/);
    expect(out).toMatchObject({ afterImport: false, afterFrench: false, afterSpanish: false, afterEnglish: true });
  });
});
