import type { UnitCost, UnitCostTable } from "./unitCost.js";

/**
 * How far a published figure can be trusted, as the project's domain notes mark it:
 * `confirmed` (✅, read in the cited text), `secondary` (⚠️, a secondary source only, or sources
 * conflict) and `unconfirmed` (❓, not found in a source; check before relying on it).
 *
 * @example
 * ```ts
 * import { SOCITM_2012_UNIT_COSTS, type SourceConfidence } from "council-contact/cost";
 * const confidence: SourceConfidence = SOCITM_2012_UNIT_COSTS.confidence;
 * confidence //=> "confirmed"
 * ```
 */
export type SourceConfidence = "confirmed" | "secondary" | "unconfirmed";

/**
 * A figure a source gives that has no channel code of its own (touchtone, direct debit).
 *
 * @example
 * ```ts
 * import { NWEGG_2008_UNIT_COSTS, type OtherUnitCost } from "council-contact/cost";
 * const touchtone: OtherUnitCost = NWEGG_2008_UNIT_COSTS.otherFigures[0]!;
 * touchtone.cost //=> "0.09"
 * ```
 */
export interface OtherUnitCost {
  /** What the figure is the cost of, in the source's words. */
  readonly label: string;
  /** The cost per contact or transaction, in pounds. */
  readonly cost: UnitCost;
}

/**
 * A published set of unit costs by channel, with its provenance: what was counted, when, by whom,
 * and how sure we are of the figures. Pass one wherever a {@link UnitCostTable} is wanted.
 *
 * @example
 * ```ts
 * import { SOCITM_2012_UNIT_COSTS, type UnitCostPreset } from "council-contact/cost";
 * const preset: UnitCostPreset = SOCITM_2012_UNIT_COSTS;
 * [preset.year, preset.costs.telephone] //=> ["2012", "2.83"]
 * ```
 */
export interface UnitCostPreset {
  /** A short stable id, kebab-case. */
  readonly id: string;
  /** A label for people. */
  readonly label: string;
  /** The year (or period) the figures describe, as the source gives it. */
  readonly year: string;
  /** Where the figures come from: publication and the copy they were read in. */
  readonly source: string;
  /** What was counted: the unit (a visit, a call, a transaction) and whose costs. */
  readonly counted: string;
  /** How far the figures can be trusted (the domain notes' ✅ ⚠️ ❓). */
  readonly confidence: SourceConfidence;
  /** Cost per contact by channel code; channels the source does not cover are left out (uncosted). */
  readonly costs: UnitCostTable;
  /** How the source's channels map to the library's codes, caveats and common misquotes. */
  readonly notes: readonly string[];
  /** Figures the source gives for channels the library has no code for. */
  readonly otherFigures: readonly OtherUnitCost[];
}
