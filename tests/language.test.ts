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

describe("franc dispatch", () => {
  test("French goes to the French pipeline", () => {
    const r = extract(FRENCH);
    expect(r.language).toEqual({ detected: "fra", pipeline: "fr" });
    expect(r.quotes[0]?.speaker?.name).toBe("Claire Dumont");
  });

  test("English goes to the English pipeline", () => {
    const r = extract(ENGLISH);
    expect(r.language).toEqual({ detected: "eng", pipeline: "en" });
    expect(r.quotes.map((q) => q.text)).toEqual(["We made difficult but responsible choices for the families of this city,"]);
    expect(r.quotes[0]?.speaker?.name).toBe("Claire Dumont");
    expect(r.messages.some((m) => m.rule === "language-unsupported")).toBe(false);
  });

  test.each(OTHERS)("$lang: quotes listed without speakers, with a warning", ({ code, text, quotes }) => {
    const r = extract(text);
    expect(r.language).toEqual({ detected: code, pipeline: "none" });
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

  test("only the first 4000 characters are sampled", () => {
    // A French opening decides, whatever follows it.
    const text = `${FRENCH.repeat(20)}\n\n${ENGLISH.repeat(200)}`;
    expect(chooseLanguage(text, "auto")).toEqual({ detected: "fra", pipeline: "fr" });
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
    expect(r.language).toEqual({ detected, pipeline });
    expect(r.messages.some((m) => m.rule === "language-unsupported")).toBe(false);
  });

  test("English forced through the French pipeline finds no English speaker", () => {
    const r = extract(ENGLISH, { lang: "fr" });
    expect(r.quotes.every((q) => q.speaker === null)).toBe(true);
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
