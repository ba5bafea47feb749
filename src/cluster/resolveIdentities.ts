import { checkModel } from "./checkModel.js";
import type { Resolution, ResolveOptions } from "./Resolution.js";
import { readRecords, readResolveOptions } from "./readResolveOptions.js";
import { runResolution } from "./runResolution.js";

/**
 * Finds which records are the same person, within each cluster (or each group of clusters in
 * `options.linkClusters`), by the Fellegi–Sunter method as Splink implements it:
 *
 * 1. Blocking rules pick the pairs worth comparing, so the work grows about linearly with the records.
 * 2. Each pair is compared field by field, each field at a level (exact, nickname, Jaro–Winkler ≥ 0.92, …).
 * 3. Unless a model is given, one is estimated without labels: u from random pairs, m by expectation
 *    maximisation, term frequencies from the records (a match on a common surname counts for less).
 * 4. A pair's match weight is the prior's log-odds plus log2(m/u) of each field's level; pairs above the
 *    threshold (default probability 0.5, weight 0) become links, each with its waterfall of evidence.
 * 5. Links join records into identities, strongest first, except where the chaining guard or a clerical
 *    `never-link` says two records are different people; `must-link` decisions are joined first.
 *
 * The result does not depend on the order of the records. Identity ids are the smallest record id.
 *
 * @param records - identity records (each checked as by `parseIdentityRecord`; ids unique).
 * @param options - threshold, model, blocking rules, cluster groups, guard fields, clerical decisions.
 * @returns the identities, the links with their evidence, the model, and the state for `linkRecords`.
 * @throws {ValidationError} if a record is malformed or an id repeats.
 * @throws {RangeError} if an option is out of range, or the blocking rules would compare more than `options.maxPairs` pairs.
 * @example
 * ```ts
 * import { resolveIdentities } from "council-contact/cluster";
 * const result = resolveIdentities([
 *   { id: "ct-1", cluster: "revenues", givenName: "William", familyName: "Okafor", dateOfBirth: "1980-03-14", postcode: "L1 8JQ" },
 *   { id: "ct-2", cluster: "revenues", givenName: "Bill", familyName: "Okafor", dateOfBirth: "1980-03-14", postcode: "L1 8JQ" },
 *   { id: "ct-3", cluster: "revenues", givenName: "Grace", familyName: "Okafor", dateOfBirth: "2012-07-01", postcode: "L1 8JQ" },
 * ]);
 * result.identities //=> [{ id: "ct-1", recordIds: ["ct-1", "ct-2"] }, { id: "ct-3", recordIds: ["ct-3"] }]
 * result.links[0]!.evidence.map((step) => step.field ?? step.step) //=> ["prior", "givenName", "familyName", "dateOfBirth", "postcode", "total"]
 * ```
 */
export function resolveIdentities(records: readonly unknown[], options?: ResolveOptions): Resolution {
  const settings = readResolveOptions(options);
  const model = options?.model;
  const checked = readRecords(records, "records");
  if (model === undefined) return runResolution({ records: checked, options: settings });
  return runResolution({ records: checked, options: settings, model: checkModel(model) });
}
