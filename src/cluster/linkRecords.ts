import { rangeError } from "../core/index.js";
import { checkModel } from "./checkModel.js";
import type { Resolution } from "./Resolution.js";
import { readRecords, readResolveOptions } from "./readResolveOptions.js";
import { runResolution } from "./runResolution.js";

/**
 * Adds new records to an earlier resolution without comparing the old records again: only the pairs that
 * involve a new record are compared (with the earlier model), and the identities are rebuilt from the old
 * links and the new ones. The result is the same as `resolveIdentities` over all the records with the same
 * model and options, however the records are split into batches. Identity ids are stable: a new record that
 * links to nobody leaves every identity, and its id, as it was.
 *
 * @param state - the result of `resolveIdentities` or of an earlier `linkRecords`.
 * @param newRecords - the records to add (ids not already used).
 * @returns the new resolution, to pass to the next call.
 * @throws {ValidationError} if a new record is malformed or its id is already used.
 * @throws {RangeError} if `state` is not a resolution.
 * @example
 * ```ts
 * import { linkRecords, resolveIdentities } from "council-contact/cluster";
 * const home = { familyName: "Okafor", dateOfBirth: "1980-03-14", postcode: "L1 8JQ" };
 * const state = resolveIdentities([{ id: "ct-1", cluster: "revenues", givenName: "William", ...home }]);
 * const next = linkRecords(state, [{ id: "ct-2", cluster: "revenues", givenName: "Bill", ...home }]);
 * next.identities //=> [{ id: "ct-1", recordIds: ["ct-1", "ct-2"] }]
 * ```
 */
export function linkRecords(state: Resolution, newRecords: readonly unknown[]): Resolution {
  if (typeof state !== "object" || state === null || !Array.isArray(state.records) || !Array.isArray(state.links))
    throw rangeError("state", "the result of resolveIdentities or linkRecords", state);
  const options = readResolveOptions(state.options);
  const model = checkModel(state.model);
  const taken = new Set(state.records.map((record) => record.id));
  const added = readRecords(newRecords, "newRecords", taken);
  const records = [...state.records, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return runResolution({
    records,
    options,
    model,
    incremental: { newIds: new Set(added.map((record) => record.id)), links: state.links },
  });
}
