import type { BlockingRule } from "./blockingRules.js";
import type { MatchField } from "./comparisons.js";
import type { IdentityLink } from "./Evidence.js";
import type { IdentityRecord } from "./IdentityRecord.js";
import type { MatchModel } from "./MatchModel.js";

/**
 * A person as the resolver sees them: the records judged to be theirs. The id is the smallest record id
 * among them, so it stays the same while the identity keeps that record: adding unrelated records never
 * renames an identity.
 *
 * @example
 * ```ts
 * import type { Identity } from "council-contact/cluster";
 * const person: Identity = { id: "ct-1", recordIds: ["ct-1", "hb-9"] };
 * person.recordIds.length //=> 2
 * ```
 */
export interface Identity {
  /** Stable id: the smallest of `recordIds`. */
  readonly id: string;
  /** The records of this person, sorted. */
  readonly recordIds: readonly string[];
}

/**
 * A caseworker's decision about two records, which the resolver honours over the model: `must-link` puts
 * them in one identity whatever the evidence; `never-link` keeps them apart (and so keeps apart any two
 * identities that would hold them both).
 *
 * @example
 * ```ts
 * import type { ClericalDecision } from "council-contact/cluster";
 * const decision: ClericalDecision = { kind: "never-link", left: "hb-1", right: "hb-2" };
 * decision.kind //=> "never-link"
 * ```
 */
export interface ClericalDecision {
  /** `must-link` or `never-link`. */
  readonly kind: "must-link" | "never-link";
  /** One record id. */
  readonly left: string;
  /** The other record id. */
  readonly right: string;
}

/**
 * Options for `resolveIdentities`, kept in its result so that `linkRecords` links new records the same way.
 *
 * @example
 * ```ts
 * import type { ResolveOptions } from "council-contact/cluster";
 * const options: ResolveOptions = { threshold: 0.9, linkClusters: [["benefits", "revenues"]] };
 * options.threshold //=> 0.9
 * ```
 */
export interface ResolveOptions {
  /** Match probability above which two records are linked. Default 0.5 (match weight 0). */
  readonly threshold?: number;
  /** A trained model to use instead of estimating one (its term frequencies are used as they are). */
  readonly model?: MatchModel;
  /** Blocking rules. Default `DEFAULT_BLOCKING_RULES`. */
  readonly blockingRules?: readonly BlockingRule[];
  /** Groups of clusters whose records may be linked with each other. Default none: each cluster alone. */
  readonly linkClusters?: readonly (readonly string[])[];
  /**
   * The chaining guard: two records that disagree outright (level `else`) on any of these fields are never put
   * in one identity, directly or through other records. Default `["givenName", "dateOfBirth"]`; `[]` turns it off.
   */
  readonly guardFields?: readonly MatchField[];
  /** Clerical decisions to honour. Default none. */
  readonly decisions?: readonly ClericalDecision[];
  /** Fewer records than this use `DEFAULT_MODEL` instead of estimating one. Default 1,000. */
  readonly minimumTrainingRecords?: number;
  /** Random pairs sampled to estimate u. Default 100,000. */
  readonly randomPairs?: number;
  /** Seed of the random-pair sample. Default 1. */
  readonly seed?: number;
  /** Most candidate pairs the blocking rules may generate before a `RangeError`. Default 50,000,000. */
  readonly maxPairs?: number;
}

/**
 * The result of `resolveIdentities`, and the state `linkRecords` carries forward: plain data.
 *
 * @example
 * ```ts
 * import { resolveIdentities } from "council-contact/cluster";
 * const result = resolveIdentities([{ id: "a", cluster: "revenues", familyName: "Khan" }]);
 * result.identities //=> [{ id: "a", recordIds: ["a"] }]
 * ```
 */
export interface Resolution {
  /** Every record's identity, sorted by id. */
  readonly identities: readonly Identity[];
  /** Every pair that scored above the threshold, strongest first. */
  readonly links: readonly IdentityLink[];
  /** The model used (estimated, or the one given). */
  readonly model: MatchModel;
  /** The records, sorted by id. */
  readonly records: readonly IdentityRecord[];
  /** The options used, with their defaults filled in. */
  readonly options: Required<Omit<ResolveOptions, "model">>;
}
