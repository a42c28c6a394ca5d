import { describe, expect, test } from "vitest";
import { extract } from "../src/extract.js";

const en = (text: string) => extract(text, { lang: "en" });

/** Each row: an invented article, the quote to look at (by its first words), its speaker and rule. */
interface Row {
  name: string;
  text: string;
  quote: string;
  speaker: string | null;
  rule?: string;
  description?: string;
}

function check({ text, quote, speaker, rule, description }: Row): void {
  const r = en(text);
  const q = r.quotes.find((x) => x.text.startsWith(quote));
  expect(q, `no quote starting «${quote}» in ${JSON.stringify(r.quotes.map((x) => x.text))}`).toBeDefined();
  expect(q?.speaker?.name ?? null).toBe(speaker);
  if (rule !== undefined) expect(q?.rule).toBe(rule);
  if (description !== undefined) expect(q?.speaker_description).toBe(description);
}

describe("lead-in sentence", () => {
  const rows: Row[] = [
    {
      name: "a speech verb in the paragraph before",
      text: "The ferry line will close in May.\n\nMarta Brandt, who runs the harbour office, said the decision came late.\n\n“We had no choice and no money left.”",
      quote: "We had no choice",
      speaker: "Marta Brandt",
      rule: "lead-in",
    },
    {
      name: "a statement announced by a colon",
      text: "Velmont Foods Inc. cut its forecast on Monday.\n\nThe company said in a statement:\n\n“Demand fell faster than we expected in every region.”",
      quote: "Demand fell",
      speaker: "Velmont Foods Inc.",
    },
    {
      name: "a pronoun and a colon",
      text: "Marta Brandt spoke first. “The port is ours,” she said.\n\nShe did not stop there: “Nobody will take it from us.”",
      quote: "Nobody will take",
      speaker: "Marta Brandt",
    },
    {
      name: "the subject of the sentence before, with no speech verb",
      text: "His accountant, Ivo Brandt, called the audit a farce that week. “My client never saw the contract.”",
      quote: "My client never",
      speaker: "Ivo Brandt",
      rule: "lead-in-subject",
    },
    {
      name: "told: the listener does not speak",
      text: "An official at the ministry told Harbour Weekly that the plan was dropped.\n\n“The budget is gone and so is the plan.”",
      quote: "The budget is gone",
      speaker: null,
    },
  ];
  test.each(rows)("$name", check);
});

describe("cue after the quote", () => {
  const rows: Row[] = [
    {
      name: "a fronted phrase before the subject",
      text: "Velmont Foods Inc. closed two plants. The plant was “badly run” for years, the company said.",
      quote: "badly run",
      speaker: "Velmont Foods Inc.",
    },
    {
      name: "a long apposition between the name and the verb",
      text: "Karen Vossler read the accounts.\n\n“The figures do not add up,” Vossler, a member of the audit board since 2019 and author of its last report, told the council.",
      quote: "The figures",
      speaker: "Karen Vossler",
      rule: "incise",
    },
    {
      name: "a quote closing its sentence takes no cue from the next one",
      text: "The harbour office said it “regrets the delay.” A dock worker, who gave only his first name, said the cranes had stopped.",
      quote: "regrets the delay",
      speaker: null,
      rule: "verb-before",
    },
  ];
  test.each(rows)("$name", check);
});

describe("several people in the subject", () => {
  const rows: Row[] = [
    {
      name: "a joint letter: its first signer",
      text: "Marta Kessler and Linda Grove wrote that the plan was “a betrayal of the town.”",
      quote: "a betrayal",
      speaker: "Marta Kessler",
    },
    {
      name: "a lawyer for one person, named after: the lawyer",
      text: "A lawyer for Marta Kessler, John Pardo, said “the port is finished.”",
      quote: "the port is finished",
      speaker: "John Pardo",
    },
    {
      name: "a newspaper that quotes someone: the one quoted",
      text: "Marta Kessler left the council in May. The Harbour Ledger quoted her as saying “the port is finished.”",
      quote: "the port is finished",
      speaker: "Marta Kessler",
      rule: "quoted-as-pronoun",
    },
  ];
  test.each(rows)("$name", check);
});

describe("an organization's voice", () => {
  const rows: Row[] = [
    {
      name: "a body's spokesman, the body named before the noun",
      text: "Taxes on shipping will rise.\n\nAn Admiralty spokesman said: “The rise is modest and fair.”",
      quote: "The rise is modest",
      speaker: "Admiralty",
    },
    {
      name: "researchers at a company",
      text: "“Attacks will double this year,” a group of analysts at Norlight Labs, a unit of Velmont Inc., wrote in a report.",
      quote: "Attacks will double",
      speaker: "Norlight Labs",
    },
    {
      name: "the statement of the organization named before",
      text: "The Vallon Ferry Company said in a statement that it regretted the decision. “Our staff will be offered other jobs,” the statement said.",
      quote: "Our staff",
      speaker: "Vallon Ferry Company",
    },
    {
      name: "the group: the organization named last, whatever its type",
      text: "Doctors Against Hunger said the depot was hit twice. The depot was “badly flooded,” the group said.",
      quote: "badly flooded",
      speaker: "Doctors Against Hunger",
    },
    {
      name: "an embassy named by its city",
      text: "The Arland Embassy in Vallon said it “regrets the harm to the town.”",
      quote: "regrets the harm",
      speaker: "Arland Embassy in Vallon",
    },
    {
      name: "a company's short name before spokeswoman is the company",
      text: "Velmont Foods Inc. delayed its launch. A Velmont spokeswoman said the firm remained “fully committed” to it.",
      quote: "fully committed",
      speaker: "Velmont Foods Inc.",
    },
    {
      name: "an unnamed speaker stays unnamed",
      text: "“They always say that,” said one woman, who declined to give her name.",
      quote: "They always",
      speaker: null,
      description: "one woman, who declined to give her name",
    },
  ];
  test.each(rows)("$name", check);
});

describe("lead-in with a colon after a fronted clause", () => {
  test.each([
    {
      name: "asked about it, she was blunt:",
      text: "The mayor, Linda Grove, defended the vote.\n\nAsked about the anger of residents, she was blunt: “They will get used to it.”",
      quote: "They will get used",
      speaker: "Linda Grove",
    },
  ] as Row[])("$name", check);
});

describe("running speaker, role nouns and names", () => {
  const rows: Row[] = [
    {
      name: "a role noun names the person who holds it",
      text: "Senator Marta Kessler voted against the bill on Monday.\n\n“This bill is a gift to the banks,” the senator said.",
      quote: "This bill",
      speaker: "Marta Kessler",
    },
    {
      name: "a role noun nobody holds stays a description",
      text: "Senator Marta Kessler voted against the bill on Monday.\n\n“We were scared,” the nurse said.",
      quote: "We were scared",
      speaker: null,
      description: "the nurse",
    },
    {
      name: "a pronoun opening the sentence before",
      text: "Marta Kessler has run the bakery for twenty years. “We were never asked,” she said.\n\nShe fears the worst for the town.\n\n“Nobody comes here in winter.”",
      quote: "Nobody comes",
      speaker: "Marta Kessler",
      rule: "lead-in-subject-pronoun",
    },
    {
      name: "the speaker runs on over a paragraph naming nobody",
      text: "“We were never asked,” Marta Kessler said.\n\nThe ferry stops in May, and the bakery may close.\n\n“Nobody comes here in winter.”",
      quote: "Nobody comes",
      speaker: "Marta Kessler",
      rule: "running-speaker",
    },
    {
      name: "not over a paragraph naming someone else",
      text: "“We were never asked,” Marta Kessler said.\n\nThe ferry stops in May, the mayor Linda Grove confirmed.\n\n“Nobody comes here in winter.”",
      quote: "Nobody comes",
      speaker: "Linda Grove",
    },
    {
      name: "a title before the name (U.S. Attorney)",
      text: "“It is over,” U.S. Attorney Paul Renner said.",
      quote: "It is over",
      speaker: "Paul Renner",
    },
    {
      name: "a middle initial",
      text: "“It works,” said John F. Pardo, the chief engineer.",
      quote: "It works",
      speaker: "John F. Pardo",
    },
    {
      name: "Secretary of State is a title, not an organization",
      text: "Secretary of State Amelia Rowntree said the talks failed. “There was no deal,” Rowntree said.",
      quote: "There was no deal",
      speaker: "Amelia Rowntree",
    },
  ];
  test.each(rows)("$name", check);
});

describe("echo", () => {
  test.each([
    {
      name: "a headline quote takes the speaker of its echo in the body",
      text: "Mayor says ferry closure “breaks my heart”\n\nThe ferry terminal will close in May.\n\n“It breaks my heart, but the numbers are the numbers,” Mayor Linda Grove said.",
      quote: "breaks my heart",
      speaker: "Linda Grove",
      rule: "echo",
    },
  ] as Row[])("$name", check);
});
