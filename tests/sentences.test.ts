/** Where the sentence stage cuts: each case lists the sentences' texts. */
import { expect, test } from "vitest";
import { newDoc } from "../src/core/pipeline.js";
import { paragraphs } from "../src/core/stages/01-paragraphs.js";
import { tokens } from "../src/core/stages/02-tokens.js";
import { quotes } from "../src/core/stages/03-quotes.js";
import { sentences } from "../src/core/stages/04-sentences.js";

const cut = (text: string): string[] => {
  const doc = newDoc(text);
  for (const stage of [paragraphs, tokens, quotes, sentences]) stage(doc);
  // Every token belongs to the sentence that spans it.
  doc.sentences.forEach((s, k) => {
    for (let i = s.tokStart; i < s.tokEnd; i++) expect(doc.tokSent[i]).toBe(k);
  });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

test.each([
  ["full stop, question and exclamation marks, ellipsis", "Il pleut. Viendra-t-il ? Non ! Peut-être… Demain.", ["Il pleut.", "Viendra-t-il ?", "Non !", "Peut-être…", "Demain."]],
  ["no cut before a lower-case word", "Il est 10 h. il pleut encore.", ["Il est 10 h. il pleut encore."]],
  ["abbreviations and titles do not end a sentence", "M. Dupont et Mme. Roche sont venus. Ils sont partis.", ["M. Dupont et Mme. Roche sont venus.", "Ils sont partis."]],
  ["a closing bracket after the full stop stays in the sentence", "Il a signé (sans lire.) Puis il est parti.", ["Il a signé (sans lire.)", "Puis il est parti."]],
  ["a quote ending a sentence ends the sentence before a capital", "Il a dit : « C'est fini. » Puis il est parti.", ["Il a dit : « C'est fini. »", "Puis il est parti."]],
  ["… but not before « a » or « ont »", "« C'est fini. » A dit le maire.", ["« C'est fini. » A dit le maire."]],
  ["marks inside a quote do not cut", "Il a dit « Non. Jamais. » hier soir.", ["Il a dit « Non. Jamais. » hier soir."]],
  ["a line ends its sentence", "Un titre sans point\nLe texte suit. Et finit", ["Un titre sans point", "Le texte suit.", "Et finit"]],
  ["a last token alone", "Fin.", ["Fin."]],
])("%s", (_label, text, expected) => {
  expect(cut(text)).toEqual(expected);
});
