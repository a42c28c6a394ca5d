/**
 * Stage 7: merge mentions into entities, then say what the text tells of each.
 *
 * 1. people: full names, then lone surnames onto the full name ending with them (merge-people.ts);
 * 2. organizations: lexicon canonical name, written form, acronym defined in brackets, short
 *    forms onto their full name (merge-organizations.ts);
 * 3. names: the fullest form the article uses, a lexicon's other name as `canonical`, other
 *    forms as aliases, the organization's type (names.ts, org-types.ts);
 * 4. each person mention: roles before and after the name and the affiliations they give
 *    (role-phrase.ts, role-bodies.ts), then the other affiliation cues — « X, de Fortal »,
 *    « X, à la tête de Y », a byline's outlet, « X (S&D) », a photo credit (affiliations.ts);
 * 5. gender with its evidence: title, then agreement, then a pronoun opening the next
 *    sentence, then the first-name list (gender.ts);
 * 6. affiliations read from the organization's side: « Y, fondée par X », « Y qu'elle dirige »,
 *    « avec sa troupe de Y », a role phrase naming Y later in the article (org-links.ts).
 */
import { foldName } from "../../fold.js";
import { entityCues } from "../../../lexicon/index.js";
import { withString, type Doc, type Entity } from "../../document.js";
import { addAffiliation, addAffiliationName, bodyAfterName, creditFor, creditOutlet, ledBody, recentOrg } from "./affiliations.js";
import { genderEvidence, participleGender, pronounGender } from "./gender.js";
import { mergeOrganizations } from "./merge-organizations.js";
import { mergePeople, nameRange } from "./merge-people.js";
import { nameEntities } from "./names.js";
import { orgLinks } from "./org-links.js";
import { bodyEntity, genericHead } from "./role-bodies.js";
import { roleAfter, roleBefore } from "./role-phrase.js";


const IMPLIED_TYPES = new Set(["company", "ngo", "party", "media"]);

export const entities = (doc: Doc): void => {
  const ents: Entity[] = [];
  const { mentions, tokens } = doc;
  const nameTokens = mentions.map((m) => nameRange(tokens, m));
  mergePeople(doc, ents, nameTokens);
  mergeOrganizations(doc, ents);
  nameEntities(doc, ents, nameTokens);

  // ---- roles, affiliations, gender ----------------------------------------------------------------
  const { offer, settle } = genderEvidence();
  mentions.forEach((m, mi) => {
    if (m.kind !== "person" || m.entity < 0) return;
    const e = ents[m.entity]!;
    offer(m.entity, m.gender, m.genderEvidence ?? "agreement");
    const found = [roleBefore(doc, m), roleAfter(doc, m)];
    for (const r of found) {
      if (!r) continue;
      if (r.text && !e.roles.some((x) => foldName(x) === foldName(r.text))) e.roles.push(r.text);
      e.roleWords = withString(e.roleWords, r.canonical);
      offer(m.entity, r.gender, "agreement");
      for (const oi of r.orgs) addAffiliation(e, ents, mentions[oi]!);
      for (const pi of r.partners ?? []) {
        const pe = ents[mentions[pi]!.entity];
        if (pe) for (const oi of r.orgs) addAffiliation(pe, ents, mentions[oi]!);
      }
      if (r.body !== undefined) {
        const named = bodyEntity(doc, ents, r.body, m);
        if (named !== undefined || !genericHead(r.body)) addAffiliationName(e, named ?? r.body);
      }
      // « son cofondateur, X »; « Fortal … . « … », dit le PDG, X »: a role of a firm alone names the body before.
      const implied = !r.possessive && r.bare === true && r.orgs.length === 0 && r.body === undefined && entityCues.impliedBodyRoles.has(foldName(r.canonical));
      if (r.possessive || implied) {
        const oi = recentOrg(doc, r.start, m);
        // Without a possessive, only a firm, an association, a party or an outlet: « le porte-parole »
        // after « l'Élysée » or an armed group is more often the government's.
        if (oi >= 0 && (!implied || IMPLIED_TYPES.has(mentions[oi]!.orgType ?? ""))) addAffiliation(e, ents, mentions[oi]!);
      }
    }
    // « X, de Fortal », « X de l'association Vallon Solidaire », « X, chez Kalio ».
    const from = bodyAfterName(doc, m);
    if (from >= 0) addAffiliation(e, ents, mentions[from]!);
    const led = ledBody(doc, m);
    if (led >= 0) addAffiliation(e, ents, mentions[led]!);
    const outlet = creditOutlet(doc, m);
    if (outlet >= 0) addAffiliation(e, ents, mentions[outlet]!);
    // « X, jugée depuis lundi », « X, interrogé mardi »: a past participle in apposition agrees.
    offer(m.entity, participleGender(tokens, m.tokEnd), "agreement");
    // « X (S&D) »: an organization in brackets right after the name.
    const open = tokens[m.tokEnd];
    if (open && open.text === "(") {
      const oi = doc.mentionAt[m.tokEnd + 1] ?? -1;
      const om = oi >= 0 ? mentions[oi] : undefined;
      if (om && om.kind === "organization" && om.tokStart === m.tokEnd + 1) addAffiliation(e, ents, om);
    }
    // « Photo : Léa Morel pour Le Quotidien »: a credit line's photographer works for that outlet.
    const forOutlet = creditFor(doc, m);
    if (forOutlet >= 0) addAffiliation(e, ents, mentions[forOutlet]!);
    // « Léa Morel / AFP »: a photographer works for the agency the credit names after the slash.
    if (m.reason === "photo-credit" && tokens[m.tokEnd]?.text === "/") {
      const om = mentions[doc.mentionAt[m.tokEnd + 1] ?? -1];
      if (om && om.kind === "organization" && om.tokStart === m.tokEnd + 1) addAffiliation(e, ents, om);
    }
  });
  pronounGender(doc, offer);
  settle(ents);
  orgLinks(doc, ents);
  doc.entities = ents;
};
