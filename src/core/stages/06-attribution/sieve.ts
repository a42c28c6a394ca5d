/** One attribution rule: tried on a quote in the order of `SIEVES`; the first that answers wins. */
import type { Attribution, Rule } from "../../document.js";
import type { Context } from "./context.js";

export interface Sieve {
  /** The sieve's name (its file's name): the rule it writes, or that rule and a variant (« signature-dash »). */
  readonly name: string;
  /** The rule written into the attributions it finds. */
  readonly rule: Rule;
  /**
   * The confidence of its usual answer (a branch may give less): about the share of its
   * answers that name the right speaker on the dev corpus (see README « Algorithm »).
   */
  readonly confidence: number;
  /** The attribution of quote `qi`, or null to pass it on to the next sieve. */
  run(ctx: Context, qi: number): Attribution | null;
}
