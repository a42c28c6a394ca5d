/**
 * Issue 18, round 4: constructions read on fresh English press (US wire and local copy, UK
 * copy) that parole got wrong, one table per cause, each row an invented article.
 */
import { describe, expect, test } from "vitest";
import { check, en, type Row } from "./helpers/en-quote.js";

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

describe("a title or a party-and-state tag around the name of a cue", () => {
  const rows: Row[] = [
    {
      name: "a party-and-state tag between commas, its abbreviation dot",
      text: "The bill passed on Friday.\n\n“We will not give up,” Rep. Lena Vossberg, D-St. Cloud, said.",
      quote: "We will not give up",
      speaker: "Lena Vossberg",
    },
    {
      name: "a party-and-state tag in parentheses",
      text: "The vote was delayed.\n\n“A disgrace to the state,” Sen. Ray Ollander (R-Ky.) said on Tuesday.",
      quote: "A disgrace",
      speaker: "Ray Ollander",
    },
    {
      name: "a dotted country before a job title",
      text: "The team lost the final.\n\n“We gave everything,” U.S. Manager Mark Delcourt said.",
      quote: "We gave everything",
      speaker: "Mark Delcourt",
    },
    {
      name: "a lead-in naming the leader with his tag, then his surname",
      text: "Senate Majority Leader Carla Denholm, D-N.Y., said only that the vote would wait.\n\n“We want to give them time,” Denholm said at a news conference.",
      quote: "We want to give",
      speaker: "Carla Denholm",
    },
    {
      name: "a party before the title",
      text: "GOP Rep. Tom Haskell of Ohio said the vote was “a turning point.”",
      quote: "a turning point",
      speaker: "Tom Haskell",
    },
  ];
  test.each(rows)("$name", check);

  const cases: { name: string; text: string; people: string[] }[] = [
    { name: "a party before the title is no part of the name", text: "The bill was vetoed by Democratic Gov. Alma Ruiz.", people: ["Alma Ruiz"] },
    { name: "a leader's title is no part of the name", text: "Majority Leader Carla Denholm left early.", people: ["Carla Denholm"] },
  ];
  test.each(cases)("$name", ({ text, people }) => {
    expect(en(text).people.map((p) => p.name)).toEqual(people);
  });
});

describe("a person's surname used as a modifier", () => {
  const rows: Row[] = [
    {
      name: "a spokesperson named after her employer's surname: she speaks, his other quotes stay his",
      text: "Governor Ray Ollander attacked the prosecutor again on Friday.\n\n“This is the right place,” said Ollander spokesperson Mia Tenhaaf.\n\n“A DISGRACE,” Ollander wrote of the prosecutor.",
      quote: "A DISGRACE",
      speaker: "Ray Ollander",
    },
    {
      name: "the spokesperson's own quote",
      text: "Governor Ray Ollander attacked the prosecutor again on Friday.\n\n“This is the right place,” said Ollander spokesperson Mia Tenhaaf.",
      quote: "This is the right place",
      speaker: "Mia Tenhaaf",
    },
  ];
  test.each(rows)("$name", check);

  const cases: { name: string; text: string; people: string[] }[] = [
    { name: "a party-and-state tag in parentheses is nobody", text: "Rep. Ana Ruiz (D-Minn.) asked the first question.", people: ["Ana Ruiz"] },
  ];
  test.each(cases)("$name", ({ text, people }) => {
    expect(en(text).people.map((p) => p.name)).toEqual(people);
  });
});

describe("he or she after a paragraph of narration introducing someone new", () => {
  const rows: Row[] = [
    {
      name: "the narration paragraph's subject, not the speaker quoted before it",
      text: "“We will fight this bill,” House leader Yoren Dask said.\n\nRep. Quilla Marsk, a Democrat from Oregon, offered a bill of her own that would fund school libraries.\n\n“We want parents to be involved,” she said.",
      quote: "We want parents",
      speaker: "Quilla Marsk",
    },
    {
      name: "a name after a comma in the narration is no subject: the speaker before stays",
      text: "“It does not take much,” Ivo Brandt said.\n\nBrandt has run such campaigns for two other clients, actor Mark Delcourt and singer Lena Vossberg.\n\n“Every gift counts,” he said.",
      quote: "Every gift counts",
      speaker: "Ivo Brandt",
    },
  ];
  test.each(rows)("$name", check);
});

describe("a capitalised run ending in an organization word is a body, not a person", () => {
  const cases: { name: string; text: string; org: string; type: string }[] = [
    { name: "Railway", text: "The Kessbury Railway said on Monday that trains would run again by June.", org: "Kessbury Railway", type: "company" },
    { name: "Panel", text: "The Ordell Panel said the findings were troubling.", org: "Ordell Panel", type: "institution" },
    { name: "Program", text: "The Vantrel Program will close next year, officials said.", org: "Vantrel Program", type: "institution" },
    { name: "Programme", text: "Funding for the Maribel Programme was cut in half.", org: "Maribel Programme", type: "institution" },
    { name: "Initiative", text: "The Corran Initiative said it would appeal the ruling.", org: "Corran Initiative", type: "ngo" },
    { name: "Consortium", text: "The Heltor Consortium won the contract to build the tunnel.", org: "Heltor Consortium", type: "company" },
    { name: "Partnership", text: "The Brisk Valley Partnership said it had raised $2 million.", org: "Brisk Valley Partnership", type: "ngo" },
    { name: "Forum", text: "The Harrowgate Forum said the plan was flawed.", org: "Harrowgate Forum", type: "ngo" },
    { name: "Exchange", text: "The Calder Stock Exchange said trading would resume on Tuesday.", org: "Calder Stock Exchange", type: "company" },
    { name: "Taskforce", text: "The Greyling Taskforce met on Friday to review the cases.", org: "Greyling Taskforce", type: "institution" },
    { name: "Caucus", text: "The Tallis Caucus said it would vote against the bill.", org: "Tallis Caucus", type: "party" },
    { name: "Legislature", text: "The Ossory Legislature passed the budget on Friday.", org: "Ossory Legislature", type: "institution" },
  ];
  test.each(cases)("$name", ({ text, org, type }) => {
    const r = en(text);
    expect(r.people.map((p) => p.name)).toEqual([]);
    expect(r.organizations.map((o) => [o.name, o.type])).toContainEqual([org, type]);
  });

  test("a quote after the body speaks for it", () => {
    check({
      name: "",
      text: "The Ordell Panel said the results were “deeply troubling” and called for a review.",
      quote: "deeply troubling",
      speaker: "Ordell Panel",
    });
  });
});

describe("a sentence opening on the speech verb, the speaker after it", () => {
  const rows: Row[] = [
    {
      name: "Said, a full name, a colon",
      text: "The final ended after midnight. Said Ana Ruiz: “We never gave up, not once.”",
      quote: "We never gave up",
      speaker: "Ana Ruiz",
    },
    {
      name: "Said, a surname, a relative clause",
      text: "Ana Ruiz scored twice. Said Ruiz, who turned 30 this week: “It was a special night.”",
      quote: "It was a special night",
      speaker: "Ana Ruiz",
    },
    {
      name: "Added, a surname",
      text: "Coach Tomas Belk was blunt about the defeat. Added Belk: “We were poor in defence.”",
      quote: "We were poor",
      speaker: "Tomas Belk",
    },
    {
      name: "Says, a name and a role",
      text: "The recount was close. Says Mara Quint, the mayor: “We will count every ballot again.”",
      quote: "We will count",
      speaker: "Mara Quint",
    },
  ];
  test.each(rows)("$name", check);
});
