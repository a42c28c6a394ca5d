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
