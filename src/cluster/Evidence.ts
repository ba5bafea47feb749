import type { MatchField } from "./comparisons.js";

/**
 * One bar of a waterfall: the prior, a field's comparison level, the term-frequency adjustment of an exact
 * match, or the total. Weights are log2 Bayes factors, so they add; `cumulativeWeight` is the running sum.
 *
 * @example
 * ```ts
 * import type { EvidenceStep } from "council-contact/cluster";
 * const step: EvidenceStep = { step: "field", field: "dateOfBirth", level: "exact", bayesFactor: 8192, matchWeight: 13, cumulativeWeight: -0.3 };
 * step.matchWeight //=> 13
 * ```
 */
export interface EvidenceStep {
  /** `prior` first, then a `field` bar per compared field (each followed by its `term frequency` bar, if any), then `total`. */
  readonly step: "prior" | "field" | "term frequency" | "total";
  /** The field, for `field` and `term frequency` bars. */
  readonly field?: MatchField;
  /** The comparison level, for `field` bars. */
  readonly level?: string;
  /** How many times more likely this evidence is for the same person than for different people. */
  readonly bayesFactor: number;
  /** log2 of the Bayes factor (for `total`, the pair's match weight). */
  readonly matchWeight: number;
  /** The match weight so far, this bar included. */
  readonly cumulativeWeight: number;
  /** For `total`: the match probability, 2^w / (1 + 2^w). */
  readonly matchProbability?: number;
}

/**
 * A link between two records that scored above the threshold: the weight of evidence that they are one
 * person, and the evidence itself as a waterfall.
 *
 * @example
 * ```ts
 * import type { IdentityLink } from "council-contact/cluster";
 * const link: IdentityLink = { left: "a", right: "b", matchWeight: 3, matchProbability: 0.889, accepted: true, evidence: [] };
 * link.accepted //=> true
 * ```
 */
export interface IdentityLink {
  /** The id of one record (the smaller id). */
  readonly left: string;
  /** The id of the other. */
  readonly right: string;
  /** The total weight: log2 of the posterior odds that the two are one person. */
  readonly matchWeight: number;
  /** The probability that the two are one person. */
  readonly matchProbability: number;
  /** Whether the two records ended in one identity (a link can be refused by the chaining guard or a `never-link`). */
  readonly accepted: boolean;
  /** The waterfall: prior, each compared field, total. */
  readonly evidence: readonly EvidenceStep[];
}
