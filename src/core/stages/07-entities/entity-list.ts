/** The entity list the merge passes build: a new entity for a mention, a mention attached to one. */
import { newEntity, type Entity, type EntityMention } from "../../document.js";

/** A new entity of mention m's kind (and organization type), its index. */
export const addEntity = (ents: Entity[], m: EntityMention): number => ents.push(newEntity(m.kind, "", m.orgType)) - 1;

/** Mention mi belongs to entity ei. */
export const attach = (ents: Entity[], mentions: EntityMention[], mi: number, ei: number): void => {
  mentions[mi]!.entity = ei;
  ents[ei]!.mentions.push(mi);
};
