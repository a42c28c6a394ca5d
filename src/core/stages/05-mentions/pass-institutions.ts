/**
 * Pass « institutions »: a public body named by a lower-case head, maybe adjectives, then
 * « de/du/des/d' » and a capitalised name (« le tribunal correctionnel de Lyon »).
 */
import { orgHeadMaxWords } from "../../../lexicon/index.js";
import { TokenClass } from "../../document.js";
import type { OrgType } from "../../types.js";
import { orgHead } from "../../word-lexicon.js";
import { extendOrgName } from "./extents.js";
import type { Finder } from "./finder.js";
import { knownOrgAt } from "./known-orgs.js";
import { ADJECTIVE_LIKE, GEO_HEADS, ORG_GLUE, firstName, hasBreak, inAdjectives, inIndefiniteBefore, isAcronym, isCommonWord, isNotName, mayStartOrgHead } from "./lists.js";

/**
 * A public body written with a lower-case head, maybe adjectives, then « de/du/des/d' » and a
 * capitalised name: « le ministère de la Culture », « la préfecture du Rhône », « le centre
 * hospitalier de Nantes ». The head is part of the name.
 */
export function institutionPass(f: Finder): void {
  const tokens = f.tokens;
  const classes = f.doc.tokClass;
  for (let i = 0; i < tokens.length; i++) {
    const cls = classes[i]!;
    if (cls < TokenClass.word || f.skip[i] || f.taken[i]) continue;
    const t = tokens[i]!;
    if (cls === TokenClass.capWord && !isAcronym(t)) continue;
    if (!mayStartOrgHead(t)) continue;
    // « dans un collège de Rennes »: an indefinite head is some place, not a named body.
    if (inIndefiniteBefore(tokens[i - 1])) continue;
    // « sous la direction de X »: a book's editor, not a body.
    if (t.lower === "direction" && tokens[i - 2]?.lower === "sous") continue;
    let headEnd = -1;
    let type: OrgType | undefined;
    for (let len = f.reach(i, orgHeadMaxWords, true); len >= 1; len--) {
      if (hasBreak(tokens, i, i + len)) continue;
      const h = orgHead(f.phrase(i, i + len));
      if (h && h.kind === "head" && h.type === "institution" && !GEO_HEADS.has(tokens[i]!.key)) {
        headEnd = i + len;
        type = h.type;
        break;
      }
    }
    if (headEnd < 0 || !type) continue;
    // « au cours du XXe siècle », « en cours de route »: the preposition, not courts.
    if (t.lower === "cours" && headEnd === i + 1) continue;
    // Adjectives after the head (« correctionnel », « régionale », « fédéral »).
    let j = headEnd;
    while (j < tokens.length && j - headEnd < 3 && tokens[j]!.kind === "word" && !tokens[j]!.cap && (inAdjectives(tokens[j]) || ADJECTIVE_LIKE.test(tokens[j]!.lower)) && !ORG_GLUE.has(tokens[j]!.lower)) j++;
    // Glue: de, du, des, d', de la, de l'.
    const g = tokens[j];
    if (!g || !(g.lower === "de" || g.lower === "du" || g.lower === "des" || g.lower === "d'")) continue;
    let k = j + 1;
    if (g.lower === "de" && (tokens[k]?.lower === "la" || tokens[k]?.lower === "l'")) k++;
    if (!f.isCapWord(k) || f.taken[k] || !f.samePara(i, k) || isNotName(tokens[k]!)) continue;
    if (firstName(tokens[k]!) && f.isCapWord(k + 1)) continue; // « le ministère de Jean Dupont »
    if (knownOrgAt(f, k) || (k > j + 1 && f.isCapWord(j + 1) && knownOrgAt(f, j + 1))) continue; // « la direction de la SNCF »: the body is the SNCF
    // « la direction de Fortalix », « en direction de Vallon »: a firm's management or a way, not
    // a body; a public directorate is named by a common noun (« la direction du Trésor »).
    if (t.lower === "direction" && headEnd === i + 1 && !isCommonWord(tokens[k]!)) continue;
    const end = extendOrgName(f, k + 1);
    f.emit({ kind: "organization", tokStart: i, tokEnd: end, reason: "institution-head", orgType: type });
    i = end - 1;
  }
}
