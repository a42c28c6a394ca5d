/**
 * Issue 18, round 4: constructions read on fresh English press (US wire and local copy, UK
 * copy) that parole got wrong, one table per cause, each row an invented article.
 */
import { describe, expect, test } from "vitest";
import { extract } from "../src/extract.js";

const en = (text: string) => extract(text, { lang: "en" });

interface Row {
  name: string;
  text: string;
  quote: string;
  speaker: string | null;
  description?: string;
}

function check({ text, quote, speaker, description }: Row): void {
  const r = en(text);
  const q = r.quotes.find((x) => x.text.startsWith(quote));
  expect(q, `no quote starting «${quote}» in ${JSON.stringify(r.quotes.map((x) => x.text))}`).toBeDefined();
  expect(q?.speaker?.name ?? null).toBe(speaker);
  if (description !== undefined) expect(q?.speaker_description).toBe(description);
}

describe("a name opening its sentence is the name alone", () => {
  const cases: { name: string; text: string; people: string[] }[] = [
    {
      name: "a conjunction after a quote's full stop",
      text: "Senator Rosa Quillfeather called the plan “reckless.” But Quillfeather said a compromise could still be found.",
      people: ["Rosa Quillfeather"],
    },
    {
      name: "a conjunction opening the sentence",
      text: "Tomas Hallgren called the final “the match of my life.” And Hallgren, who turned 30 last week, admitted he had doubts.",
      people: ["Tomas Hallgren"],
    },
    {
      name: "a preposition opening the sentence",
      text: "The vote was “a disgrace.” After Dana Whitcombe resigned, the board met again.",
      people: ["Dana Whitcombe"],
    },
  ];
  test.each(cases)("$name", ({ text, people }) => {
    expect(en(text).people.map((p) => p.name)).toEqual(people);
  });

  const rows: Row[] = [
    {
      name: "a surname the tagger takes for a verb, opening its sentence before said",
      text: "Secretary of Transport Ada Stolten spoke on Monday.\n\nThe backlog is long. Stolten said the department is “on track to clear it” by June.",
      quote: "on track",
      speaker: "Ada Stolten",
    },
    {
      name: "the same, then a second partial quote in the sentence",
      text: "Secretary of Transport Ada Stolten spoke on Monday.\n\nStolten said the average wait for a permit currently “takes about ten weeks” and a fast request takes “four weeks.”",
      quote: "takes about",
      speaker: "Ada Stolten",
    },
  ];
  test.each(rows)("$name", check);
});
