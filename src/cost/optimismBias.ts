import type { SourceConfidence } from "./UnitCostPreset.js";

/**
 * An optimism-bias range: the uplift to start from (`upper`, with no evidence of risks managed)
 * and the one to aim for once risks are managed (`lower`), as shares (2.0 = +200%).
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_OPTIMISM_BIAS, type OptimismBiasRange } from "council-contact/cost";
 * const capex: OptimismBiasRange | null = GREEN_BOOK_OPTIMISM_BIAS.projectTypes["equipment-development"].capitalExpenditure;
 * capex //=> { upper: 2, lower: 0.1 }
 * ```
 */
export interface OptimismBiasRange {
  /** The upper bound: the uplift to use at the start of an appraisal. */
  readonly upper: number;
  /** The lower bound: what the uplift can fall to as risks are managed. */
  readonly lower: number;
}

/**
 * The Green Book's optimism-bias uplifts for one generic project type; `null` where the guidance
 * gives none.
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_OPTIMISM_BIAS, type OptimismBiasProjectType } from "council-contact/cost";
 * const outsourcing: OptimismBiasProjectType = GREEN_BOOK_OPTIMISM_BIAS.projectTypes.outsourcing;
 * outsourcing.operatingExpenditure //=> { upper: 0.41, lower: 0 }
 * ```
 */
export interface OptimismBiasProjectType {
  /** What the type covers. */
  readonly label: string;
  /** Uplift on the works duration. */
  readonly worksDuration: OptimismBiasRange | null;
  /** Uplift on capital expenditure (one-off costs). */
  readonly capitalExpenditure: OptimismBiasRange | null;
  /** Uplift on operating expenditure (given only for outsourcing). */
  readonly operatingExpenditure: OptimismBiasRange | null;
}

/**
 * The generic project types of the Green Book's optimism-bias guidance.
 *
 * @example
 * ```ts
 * import type { GreenBookProjectType } from "council-contact/cost";
 * const type: GreenBookProjectType = "equipment-development";
 * type //=> "equipment-development"
 * ```
 */
export type GreenBookProjectType =
  | "standard-buildings"
  | "non-standard-buildings"
  | "standard-civil-engineering"
  | "non-standard-civil-engineering"
  | "equipment-development"
  | "outsourcing";

/**
 * Optimism-bias guidance: uplifts by project type, with their source.
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_OPTIMISM_BIAS, type OptimismBiasGuidance } from "council-contact/cost";
 * const guidance: OptimismBiasGuidance = GREEN_BOOK_OPTIMISM_BIAS;
 * guidance.confidence //=> "confirmed"
 * ```
 */
export interface OptimismBiasGuidance {
  /** Where the figures come from. */
  readonly source: string;
  /** How far they can be trusted (the domain notes' markers). */
  readonly confidence: SourceConfidence;
  /** The uplifts for each project type. */
  readonly projectTypes: Readonly<Record<GreenBookProjectType, OptimismBiasProjectType>>;
}

/**
 * HM Treasury's recommended optimism-bias adjustments by generic project type, for use "in the
 * absence of more robust evidence": *Supplementary Green Book Guidance: Optimism Bias* (HM
 * Treasury, 2003), prepared from Mott MacDonald (2002), *Review of Large Public Procurement in
 * the UK* (Table 2, "Optimism Bias Guidelines"; 50 large projects). Values are as tabulated
 * (upper and lower bounds, in percent, here as shares). Which type a channel-shift programme
 * (systems, a web platform, a CRM) falls under is the appraiser's call; read as
 * `equipment-development` it starts at +200% on capital costs.
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_OPTIMISM_BIAS } from "council-contact/cost";
 * Object.keys(GREEN_BOOK_OPTIMISM_BIAS.projectTypes).length //=> 6
 * GREEN_BOOK_OPTIMISM_BIAS.projectTypes["standard-buildings"].capitalExpenditure?.upper //=> 0.24
 * ```
 */
export const GREEN_BOOK_OPTIMISM_BIAS: OptimismBiasGuidance = {
  source:
    'HM Treasury (2003), Supplementary Green Book Guidance: Optimism Bias (gov.uk/government/publications/green-book-supplementary-guidance-optimism-bias), from Mott MacDonald (2002), Review of Large Public Procurement in the UK, Table 2 "Optimism Bias Guidelines" (read in the ppponline.affinitext.com copy).',
  confidence: "confirmed",
  projectTypes: {
    "standard-buildings": {
      label: "Standard buildings",
      worksDuration: { upper: 0.04, lower: 0.01 },
      capitalExpenditure: { upper: 0.24, lower: 0.02 },
      operatingExpenditure: null,
    },
    "non-standard-buildings": {
      label: "Non-standard buildings",
      worksDuration: { upper: 0.39, lower: 0.02 },
      capitalExpenditure: { upper: 0.51, lower: 0.04 },
      operatingExpenditure: null,
    },
    "standard-civil-engineering": {
      label: "Standard civil engineering",
      worksDuration: { upper: 0.2, lower: 0.01 },
      capitalExpenditure: { upper: 0.44, lower: 0.03 },
      operatingExpenditure: null,
    },
    "non-standard-civil-engineering": {
      label: "Non-standard civil engineering",
      worksDuration: { upper: 0.25, lower: 0.03 },
      capitalExpenditure: { upper: 0.66, lower: 0.06 },
      operatingExpenditure: null,
    },
    "equipment-development": {
      label: "Equipment/development",
      worksDuration: { upper: 0.54, lower: 0.1 },
      capitalExpenditure: { upper: 2, lower: 0.1 },
      operatingExpenditure: null,
    },
    outsourcing: {
      label: "Outsourcing",
      worksDuration: null,
      capitalExpenditure: null,
      operatingExpenditure: { upper: 0.41, lower: 0 },
    },
  },
} as const satisfies OptimismBiasGuidance;
