import { describe, expect, test } from "vitest";
import { extract } from "../src/extract.js";

const en = (text: string) => extract(text, { lang: "en" });

describe("English entities: a title glued between a body and a name", () => {
  const cases: { name: string; text: string; person: string; role: string; org: string }[] = [
    {
      name: "title of a body, then the name",
      text: "Secretary of Coastal Affairs Marta Brandt said on Monday that the plan works.",
      person: "Marta Brandt",
      role: "Secretary of Coastal Affairs",
      org: "Coastal Affairs",
    },
    {
      name: "a body's name, its title, then the name",
      text: "The Harbour Authority Chairman Lena Kowalski agreed with the plan.",
      person: "Lena Kowalski",
      role: "Harbour Authority Chairman",
      org: "Harbour Authority",
    },
  ];
  test.each(cases)("$name", ({ text, person, role, org }) => {
    const r = en(text);
    const p = r.people.find((x) => x.name === person);
    expect(p?.roles).toContain(role);
    expect(r.organizations.map((o) => o.name)).toContain(org);
    expect(r.people.map((x) => x.name)).toEqual([person]);
  });
});

describe("English organizations found by their shape", () => {
  const cases: { name: string; text: string; org: string }[] = [
    { name: "a capital, of, a capital at a sentence start", text: "Bank of Arland Holdings cut its rates on Monday.", org: "Bank of Arland Holdings" },
    { name: "a country's government without its article", text: "The Arland government said nothing.", org: "Arland government" },
    { name: "a leader's administration", text: "The plan was drafted under the Kessler administration last year.", org: "Kessler administration" },
    { name: "a city's police", text: "Officers of the Vallon police arrived at noon.", org: "Vallon police" },
    { name: "a title-case name with a capitalised link word", text: "Doctors Against Hunger said the clinic was hit twice.", org: "Doctors Against Hunger" },
    { name: "a body named before spokesman", text: "An Admiralty spokesman declined to comment.", org: "Admiralty" },
    { name: "an embassy named by its city", text: "The Arland Embassy in Vallon issued a warning.", org: "Arland Embassy in Vallon" },
  ];
  test.each(cases)("$name", ({ text, org }) => {
    expect(en(text).organizations.map((o) => o.name)).toContain(org);
  });
});
