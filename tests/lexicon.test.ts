import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { fold } from "../src/core/fold.js";
import {
  demonym,
  firstName,
  firstNameGender,
  isBoilerplateLine,
  isCommonWord,
  isNotName,
  isPlace,
  isSpeechNoun,
  isSpeechVerbLemma,
  mayStartLongerSpeechVerb,
  knownOrg,
  orgHead,
  role,
  roleMaxWords,
  speechVerb,
  speechVerbMaxWords,
  title,
  HASH_AFTER,
  SortedTable,
} from "../src/lexicon/index.js";
import fc from "fast-check";
import * as generated from "../src/lexicon/generated/lexicons.js";
import { newDoc } from "../src/core/pipeline.js";
import { paragraphs } from "../src/core/stages/01-paragraphs.js";
import { tokens } from "../src/core/stages/02-tokens.js";
import { BOILERPLATE_EXACT, BOILERPLATE_PREFIX, BOILERPLATE_SUBSTRING, BOILERPLATE_SUFFIX, ORG_KEYS, PLACES, ROLE_KEYS, SPEECH_VERB_KEYS } from "../src/lexicon/generated/lexicons.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("lexicon sources", () => {
  test("scripts/check-lexicons.mjs passes (lists well-formed, generated modules fresh)", () => {
    const r = spawnSync(process.execPath, ["scripts/check-lexicons.mjs"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout + r.stderr).toContain("lexicons ok");
    expect(r.status).toBe(0);
  }, 60_000);

  const PLAIN = { columns: null, keyFold: (x: string) => x };
  const list = (form: string | null, entry: string): string =>
    ["# Invented list for a test.", ...(form ? [`# Key form: ${form} (test).`] : []), "# Source: this test.", entry, ""].join("\n");
  test.each([
    // [key form line, entry, problem expected (a substring) or null]
    ["folded", "delegue general", null],
    ["folded", "délégué général", "is not folded (write « delegue general »)"],
    ["folded", "Ligue", "is not folded (write « ligue »)"],
    ["lower-case", "envoyé spécial", null],
    ["lower-case", "Envoyé", "is not lower-case (write « envoyé »)"],
    ["lower-case", "porte’parole", "is not lower-case (write « porte'parole »)"],
    ["as written", "Délégué Général", null],
    [null, "délégué", "no « # Key form: lower-case »"],
  ])("check-lexicons: Key form %s, entry « %s » → %s", async (form, entry, problem) => {
    const script = "../scripts/check-lexicons.mjs"; // plain Node, untyped
    const { checkSource } = (await import(script)) as { checkSource: (f: string, t: string, s: object) => string[] };
    const found = checkSource("test.txt", list(form, entry), PLAIN);
    if (problem === null) expect(found).toEqual([]);
    else expect(found.join("\n")).toContain(problem);
  });

  test("generated keys are already folded the way src/core/fold.ts folds", () => {
    const keys = [
      ...PLACES.split("|"),
      ...ROLE_KEYS.split("\n"),
      ...ORG_KEYS.split("\n"),
    ];
    const bad = keys.filter((k) => fold(k) !== k);
    expect(bad).toEqual([]);
  });
});

describe("sorted tables", () => {
  // A table binary-searches its sorted keys for its first HASH_AFTER lookups, then hashes them:
  // both must give the same answers, or a result would depend on an article's place in a batch.
  const tables = Object.keys(generated)
    .filter((name) => name.endsWith("_KEYS") && `${name.slice(0, -5)}_VALUES` in generated)
    .map((name) => {
      const table = generated as unknown as Record<string, string>;
      return { name, keys: table[name]!, values: table[`${name.slice(0, -5)}_VALUES`]! };
    });

  test("every keyed table is sorted by code unit, without repeats", () => {
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const { name, keys } of tables) {
      const list = keys === "" ? [] : keys.split("\n");
      for (let i = 1; i < list.length; i++) expect(list[i - 1]! < list[i]!, `${name}: ${list[i - 1]} / ${list[i]}`).toBe(true);
    }
  });

  test.each(tables.map((t) => [t.name, t] as const))("%s: searched and hashed lookups agree", (_, { keys, values }) => {
    const list = keys === "" ? [] : keys.split("\n");
    // Keys, their word prefixes, and near misses (a letter off, cut short, a space added).
    const asked = new Set<string>();
    for (const k of list) {
      asked.add(k).add(`${k}x`).add(k.slice(0, -1)).add(`${k} `);
      for (let i = 0; i < k.length; i++) if (k[i] === " " || k[i] === "'") asked.add(k.slice(0, k[i] === "'" ? i + 1 : i));
    }
    const questions = [...asked];
    const hashed = new SortedTable(keys, values);
    for (let i = 0; i <= HASH_AFTER; i++) {
      hashed.get("");
      hashed.startsKey("");
    }
    // Fresh tables for each slice of questions, so every one of them is searched, not hashed.
    for (let at = 0; at < questions.length; at += HASH_AFTER) {
      const searched = new SortedTable(keys, values);
      for (const q of questions.slice(at, at + HASH_AFTER)) {
        expect(searched.get(q), q).toBe(hashed.get(q));
        expect(searched.startsKey(q), q).toBe(hashed.startsKey(q));
      }
    }
  });
});

describe("speechVerb", () => {
  test.each([
    ["déclaré", "déclarer", "participle", false],
    ["ajoute", "ajouter", "finite", false],
    ["Ajoute", "ajouter", "finite", false],
    ["renchéri", "renchérir", "participle", false],
    ["renchérit", "renchérir", "finite", false],
    ["énervé", "s'énerver", "participle", true],
    ["félicités", "se féliciter", "participle", true],
    ["s'énervant", "s'énerver", "gerund", true],
    ["s’énervant", "s'énerver", "gerund", true],
    ["déclarant", "déclarer", "gerund", false],
    ["déclara", "déclarer", "finite", false],
    ["déclarerait", "déclarer", "finite", false],
    ["affirmer", "affirmer", "infinitive", false],
    ["écrit", "écrire", "finite", false],
    ["tweeté", "tweeter", "participle", false],
    ["fait valoir", "faire valoir", "finite", false],
    ["faisait remarquer", "faire remarquer", "finite", false],
    ["mis en garde", "mettre en garde", "participle", false],
  ])("%s → %s (%s)", (form, lemma, cls, pronominal) => {
    const entries = speechVerb(form);
    expect(entries).toBeDefined();
    expect(entries).toContainEqual(expect.objectContaining({ lemma, form: cls, pronominal }));
  });

  test.each(["a-t-il", "s'est", "croit", "pense", "trouve", "maison", "declare"])("%s is not a speech-verb form", (form) => {
    expect(speechVerb(form)).toBeUndefined();
  });

  test.each([
    ["juge", true],
    ["critique", true],
    ["demande", true],
    ["prévenu", true],
    ["déclare", false],
    ["ajoute", false],
  ])("homograph flag of %s is %s", (form, flag) => {
    expect(speechVerb(form)?.every((e) => e.homograph === flag)).toBe(true);
  });

  test("lemmas and max words", () => {
    expect(isSpeechVerbLemma("déclarer")).toBe(true);
    expect(isSpeechVerbLemma("s’énerver")).toBe(true);
    expect(isSpeechVerbLemma("penser")).toBe(false);
    expect(speechVerbMaxWords).toBeGreaterThanOrEqual(3);
  });
});

test.each([
  ["communiqué", true],
  ["communiqués", true],
  ["rapport", true],
  ["tweet", true],
  ["voiture", false],
])("isSpeechNoun(%s) = %s", (w, v) => {
  expect(isSpeechNoun(w)).toBe(v);
});

describe("first names", () => {
  test.each([
    ["Arthur", "m"],
    ["Axel", "m"],
    ["Emmanuel", "m"],
    ["Marie", "f"],
    ["Ursula", "f"],
    ["Camille", null],
    ["Dominique", null],
    ["Jean-Luc", "m"],
    ["Marie-Xyzzy", "f"],
    ["Elon", "m"],
    ["Xyzzyq", null],
  ])("firstNameGender(%s) = %s", (n, g) => {
    expect(firstNameGender(n)).toBe(g);
  });

  test("counts, case and accents", () => {
    const arthur = firstName("ARTHUR");
    expect(arthur?.male).toBeGreaterThan(100_000);
    expect(firstName("Elisabeth")).toBeDefined();
    expect(firstName("Élisabeth")).toBeDefined();
    expect(firstName("Zzzz")).toBeUndefined();
  });
});

describe("knownOrg", () => {
  test.each([
    ["Microsoft", "company"],
    ["CGT", "ngo"],
    ["Medef", "ngo"],
    ["SNCF", "company"],
    ["la SNCF", "company"],
    ["Dassault Systèmes", "company"],
    ["Le Monde", "media"],
    ["LinkedIn", "media"],
    ["AFP", "media"],
    ["Commission européenne", "institution"],
    ["BCE", "institution"],
    ["Cnil", "institution"],
    ["Assemblée nationale", "institution"],
    ["LFI", "party"],
    ["Rassemblement national", "party"],
    ["S&D", "party"],
    ["Mozilla Foundation", "ngo"],
    ["Danone", "company"],
    ["L’Oréal", "company"],
    ["BNP", "company"],
    ["SPD", "party"],
  ])("%s is a %s", (name, type) => {
    expect(knownOrg(name)?.type).toBe(type);
  });

  test("press forms of listed names: no leading « Groupe de … », a hyphen for a slash", () => {
    expect(knownOrg("Parti populaire européen (Démocrates-Chrétiens)")).toMatchObject({ name: "Groupe du Parti populaire européen (Démocrates-Chrétiens)", type: "party" });
    expect(knownOrg("Groupe République et Territoires-Les Indépendants")).toMatchObject({ name: "Groupe République et Territoires / Les Indépendants", type: "party" });
  });

  test("a party's short form that is an ordinary word or a first name is no key", () => {
    expect(knownOrg("Martin")).toBeUndefined();
  });

  test("ambiguity", () => {
    expect(knownOrg("Orange")?.ambiguous).toBe(true);
    expect(knownOrg("Vivendi")?.ambiguous).toBe(false);
    expect(knownOrg("Microsoft")?.ambiguous).toBe(false);
    expect(knownOrg("Total")).toMatchObject({ name: "TotalEnergies", ambiguous: true });
    expect(knownOrg("Reconquête !")).toMatchObject({ type: "party", ambiguous: false });
  });

  test("acronyms are case-sensitive, names are not", () => {
    expect(knownOrg("CGT")?.acronym).toBe("CGT");
    expect(knownOrg("microsoft")?.name).toBe("Microsoft");
    expect(knownOrg("Xyzzy Corp")).toBeUndefined();
  });
});

test.each([
  ["groupe", "company", "head"],
  ["groupes", "company", "head"],
  ["Fondation", "ngo", "head"],
  ["ministère", "institution", "head"],
  ["syndicat", "ngo", "head"],
  ["Foundation", "ngo", "suffix"],
  ["GmbH", "company", "suffix"],
  ["SA", "company", "suffix"],
])("orgHead(%s) → %s %s", (w, type, kind) => {
  expect(orgHead(w)).toMatchObject({ type, kind });
});

test("orgHead: lower-case « sa » is no suffix", () => {
  expect(orgHead("sa")).toBeUndefined();
});

describe("role", () => {
  test.each([
    ["députée", "député", "f"],
    ["député", "député", "m"],
    ["ministre", "ministre", null],
    ["présidente", "président", "f"],
    ["directeur général", "directeur général", "m"],
    ["directrice générale", "directeur général", "f"],
    ["cofondateur", "cofondateur", "m"],
    ["porte-parole", "porte-parole", null],
    ["PDG", "PDG", null],
  ])("%s → %s (%s)", (w, canonical, gender) => {
    expect(role(w)).toMatchObject({ canonical, gender });
  });

  test("plurals and misses", () => {
    expect(role("députés")).toMatchObject({ canonical: "député", plural: true });
    expect(role("maison")).toBeUndefined();
    expect(roleMaxWords).toBeGreaterThanOrEqual(4);
  });
});

test.each([
  ["Néerlandaise", "f"],
  ["Italien", "m"],
  ["Belge", null],
  ["Azerbaïdjanaise", "f"],
])("demonym(%s).gender = %s", (w, g) => {
  expect(demonym(w)?.gender).toBe(g);
});

test.each([
  ["Bruxelles", true],
  ["les États-Unis", true],
  ["Etats-Unis", true],
  ["Seine-Saint-Denis", true],
  ["Microsoft", false],
])("isPlace(%s) = %s", (w, v) => {
  expect(isPlace(w)).toBe(v);
});

test.each([
  ["Lundi", true],
  ["Selon", true],
  ["Madame", true],
  ["Arthur", false],
])("isNotName(%s) = %s", (w, v) => {
  expect(isNotName(w)).toBe(v);
});

test.each([
  ["Mme", "f"],
  ["M.", "m"],
  ["Me", null],
  ["Dr", null],
  ["Dr.", null],
])("title(%s).gender = %s", (w, g) => {
  expect(title(w)).toEqual({ gender: g });
});

test("title is case-sensitive", () => {
  expect(title("me")).toBeUndefined();
  expect(title("Maison")).toBeUndefined();
});

test.each([
  ["Il vous reste 51% de cet article à lire.", true],
  ["La suite est réservée aux abonnés.", true],
  ["Lire aussi : Le gouvernement présente son plan", true],
  ["Commentaires", true],
  ["Publié le 12 mars 2024 à 10h00", true],
  ["© Le Journal 2024. Tous droits réservés.", true],
  ["Le ministre a appris de source sûre que le texte serait voté.", false],
  ["Source de nombreux débats, la réforme avance.", false],
  ["", false],
])("isBoilerplateLine(%j) = %s", (line, v) => {
  expect(isBoilerplateLine(line)).toBe(v);
});

describe("isBoilerplateLine agrees with its definition on the folded line", () => {
  const list = (s: string): string[] => s.split("\n").filter(Boolean);
  const [exact, prefix, suffix, substring] = [BOILERPLATE_EXACT, BOILERPLATE_PREFIX, BOILERPLATE_SUFFIX, BOILERPLATE_SUBSTRING].map(list);
  /** lexicons/boilerplate.txt's rules, on the whole folded line (up to 200 characters) or on its two 100-character ends. */
  const definition = (line: string): boolean => {
    if (line.length > 200) {
      const head = fold(line.slice(0, 100));
      const tail = fold(line.slice(-100));
      return prefix!.some((p) => head.startsWith(p)) || suffix!.some((p) => tail.endsWith(p));
    }
    const k = fold(line);
    if (k === "") return false;
    return exact!.includes(k) || prefix!.some((p) => k.startsWith(p)) || suffix!.some((p) => k.endsWith(p)) || (k.length <= 160 && substring!.some((p) => k.includes(p)));
  };
  // Patterns written back the way pages print them: capitals, accents, curly apostrophes, odd spaces.
  const unfold = (p: string, variant: number): string => {
    let s = variant & 1 ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1);
    if (variant & 2) s = s.replace(/e/g, "é").replace(/E/g, "É").replace(/a /g, "à ");
    if (variant & 4) s = s.replace(/'/g, "’").replace(/ /g, variant & 8 ? "\u00a0" : "  ");
    return s;
  };
  const pattern = fc.tuple(fc.constantFrom(...exact!, ...prefix!, ...substring!), fc.nat(15)).map(([p, v]) => unfold(p, v));
  const filler = fc.constantFrom("Le président a dit", " ", "Ω", "«", "»", ".", ":", "Lire", "2024", "œuvre", "\u0301", "x".repeat(120), "— ", "😀");
  const line = fc.array(fc.oneof(pattern, filler), { minLength: 1, maxLength: 6 }).map((a) => a.join(" ").trim());

  test("on lines made of patterns, their printed variants and filler, short and long", () => {
    fc.assert(fc.property(line, (l) => {
        expect(isBoilerplateLine(l)).toBe(definition(l));
      }), { numRuns: 5000 });
  });
  test("a long line whose first character folds to nothing still opens like furniture", () => {
    const l = `\u0301 Lire aussi : ${"le texte d'un autre article ".repeat(10)}`;
    expect(definition(l)).toBe(true);
    expect(isBoilerplateLine(l)).toBe(true);
  });
  test("a long line whose opening folds short (runs of spaces, combining marks) is still read far enough", () => {
    for (const gap of [" ".repeat(60), "\u0301".repeat(60), " \u00a0".repeat(30)]) {
      const l = `Lire${gap} aussi : ${"le texte d'un autre article ".repeat(10)}`;
      expect(definition(l), JSON.stringify(gap.slice(0, 2))).toBe(true);
      expect(isBoilerplateLine(l)).toBe(true);
    }
  });
  test("on single patterns in every printed variant", () => {
    for (const p of [...exact!, ...prefix!, ...substring!]) for (let v = 0; v < 16; v++) {
      const l = unfold(p, v);
      expect(isBoilerplateLine(l), l).toBe(definition(l));
    }
  });
});

test.each([
  ["orange", true],
  ["Maison", true],
  ["Vivendi", false],
])("isCommonWord(%s) = %s", (w, v) => {
  expect(isCommonWord(w)).toBe(v);
});

describe("mayStartLongerSpeechVerb: a probe may stop after one word only when no longer form starts there", () => {
  /** The lower-case words the tokenizer cuts `text` into. */
  const words = (text: string): string[] => {
    const doc = newDoc(text);
    paragraphs(doc);
    tokens(doc);
    return doc.tokens.map((w) => w.lower);
  };
  test("the first token of every speech-verb form of two or more tokens, as the tokenizer cuts it", () => {
    let longer = 0;
    for (const key of SPEECH_VERB_KEYS.split("\n")) {
      const cut = words(key);
      if (cut.length < 2) continue;
      longer++;
      expect(mayStartLongerSpeechVerb(cut[0]!), key).toBe(true);
    }
    expect(longer).toBeGreaterThan(10);
  });
  test("pronominal forms start with « s' » or « se », glued or not; a plain form starts nothing longer", () => {
    for (const w of ["s'", "se", "S'", "Se"]) expect(mayStartLongerSpeechVerb(w), w).toBe(true);
    expect(speechVerb("déclare")).toBeDefined();
    expect(mayStartLongerSpeechVerb("déclare")).toBe(false);
    expect(mayStartLongerSpeechVerb("maison")).toBe(false);
  });
});
