/**
 * Entity names: a person's is its longest mention without title; an organization's is the
 * article's fullest form (with a capitalised article inside a sentence: « selon Le Courrier »),
 * the lexicon's name going to `canonical` when it is another, the other written forms to
 * `aliases`.
 */
import { foldName } from "../../fold.js";
import { tokenEnd, withString, type Doc, type Entity } from "../../document.js";
import { mentionKey } from "./merge-organizations.js";
import { typeOrganization } from "./org-types.js";
import { inDefiniteArticle } from "./words.js";

/** A folded name's leading article (« le figaro », « l'equipe »). */
const LEADING_ARTICLE = /^(?:le |la |les |l')/;

export function nameEntities(doc: Doc, ents: readonly Entity[], nameTokens: readonly [number, number][]): void {
  const { mentions, tokens } = doc;
  for (const e of ents) {
    if (e.mentions.length === 0) continue;
    if (e.kind === "person") {
      let best = e.mentions[0]!;
      for (const mi of e.mentions) {
        const [s, t] = nameTokens[mi]!;
        const [bs, bt] = nameTokens[best]!;
        if (t - s > bt - bs) best = mi;
      }
      const [s, t] = nameTokens[best]!;
      e.name = doc.text.slice(doc.tokStart[s]!, tokenEnd(doc, t - 1));
    } else {
      const canon = e.mentions.map((mi) => mentions[mi]!.canonical).find((c) => c !== undefined);
      let best = e.mentions[0]!;
      for (const mi of e.mentions) {
        const m = mentions[mi]!;
        const b = mentions[best]!;
        if (m.tokEnd - m.tokStart > b.tokEnd - b.tokStart) best = mi;
      }
      // The article's fullest form is the name; the lexicon's name, when another, is the canonical.
      e.name = mentions[best]!.text;
      // « à La Gazette », « selon Le Courrier »: a capitalised article inside a sentence opens the name.
      const art = tokens[mentions[best]!.tokStart - 1];
      const bs = mentions[best]!.tokStart;
      if (art && art.cap && inDefiniteArticle(art) && doc.tokSent[bs - 2] === doc.tokSent[bs] && tokens[bs - 2]!.kind === "word" && canon === undefined) {
        e.name = doc.text.slice(doc.tokStart[bs - 1]!, tokenEnd(doc, mentions[best]!.tokEnd - 1));
      }
      if (canon !== undefined && foldName(canon) !== foldName(e.name)) {
        // « du Quotidien » for « Le Quotidien »: the contraction took the name's article.
        if (foldName(canon).replace(LEADING_ARTICLE, "") === foldName(e.name)) e.name = canon;
        else e.canonical = canon;
      }
      typeOrganization(e, mentions);
      const nameKey = foldName(e.name);
      const bareKey = nameKey.replace(LEADING_ARTICLE, "");
      for (const mi of e.mentions) {
        const m = mentions[mi]!;
        // « du Quotidien » is the name « Le Quotidien » with its article contracted, no other form.
        if (bareKey !== nameKey && mentionKey(tokens, m) === bareKey) continue;
        if (mentionKey(tokens, m) !== nameKey) e.aliases = withString(e.aliases, m.text);
      }
    }
  }
}
