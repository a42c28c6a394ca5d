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
      text: "Marta Brandt spoke first. “The port is ours,” she said.\n\nShe went on: “Nobody will take it from us.”",
      quote: "Nobody will take",
      speaker: "Marta Brandt",
    },
    {
      name: "the subject of the sentence before, with no speech verb",
      text: "Her lawyer, Ivo Brandt, called the ruling a disgrace on Friday. “My client never saw the contract.”",
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
      text: "The harbour office said it “regrets the delay.” A dock worker, who asked not to be named, said the cranes had stopped.",
      quote: "regrets the delay",
      speaker: null,
      rule: "verb-before",
    },
  ];
  test.each(rows)("$name", check);
});
