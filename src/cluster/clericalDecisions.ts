import { rangeError } from "../core/index.js";
import type { IdentityLink } from "./Evidence.js";
import type { ClericalDecision, Identity, Resolution } from "./Resolution.js";

/**
 * Joins two identities into one, as a caseworker's decision: the result holds both identities' records under
 * the smaller id, and the decision is kept in `options.decisions` (a `must-link` between the two identity
 * ids, replacing any `never-link` between their records) so that later runs honour it. No record is lost or
 * repeated; `splitIdentity` undoes it.
 *
 * @param state - a resolution.
 * @param leftId - one identity id.
 * @param rightId - another identity id.
 * @returns the resolution with the two identities merged.
 * @throws {RangeError} if either id is not an identity of `state`, or they are the same.
 * @example
 * ```ts
 * import { mergeIdentities, resolveIdentities } from "council-contact/cluster";
 * const state = resolveIdentities([{ id: "a", cluster: "benefits", familyName: "Khan" }, { id: "b", cluster: "benefits", familyName: "Khan" }]);
 * mergeIdentities(state, "a", "b").identities //=> [{ id: "a", recordIds: ["a", "b"] }]
 * ```
 */
export function mergeIdentities(state: Resolution, leftId: string, rightId: string): Resolution {
  const left = identityOf(state, leftId, "leftId");
  const right = identityOf(state, rightId, "rightId");
  if (left === right) throw rangeError("rightId", "a different identity from leftId", rightId);
  const recordIds = [...left.recordIds, ...right.recordIds].sort();
  const merged: Identity = { id: recordIds[0]!, recordIds };
  const identities = state.identities
    .filter((i) => i !== left && i !== right)
    .concat(merged)
    .sort(byId);
  const inLeft = new Set(left.recordIds);
  const inRight = new Set(right.recordIds);
  const across = (d: ClericalDecision): boolean =>
    (inLeft.has(d.left) && inRight.has(d.right)) || (inRight.has(d.left) && inLeft.has(d.right));
  const decisions = state.options.decisions
    .filter((d) => !(d.kind === "never-link" && across(d)))
    .concat({ kind: "must-link", left: left.id, right: right.id });
  return withIdentities(state, identities, decisions);
}

/**
 * Splits records out of an identity into an identity of their own, as a caseworker's decision: the decision
 * is kept in `options.decisions` (a `never-link` between the two parts' smallest record ids, replacing any
 * `must-link` across them) so that later runs do not join them again. No record is lost or repeated;
 * `splitIdentity(mergeIdentities(s, a, b), …)` gives back the identities of `s`.
 *
 * @param state - a resolution.
 * @param identityId - the identity to split.
 * @param recordIds - the records to move out: some, not all, of the identity's records.
 * @returns the resolution with the identity split in two.
 * @throws {RangeError} if the identity is unknown, or `recordIds` is empty, holds every record, or names a record elsewhere.
 * @example
 * ```ts
 * import { mergeIdentities, resolveIdentities, splitIdentity } from "council-contact/cluster";
 * const state = resolveIdentities([{ id: "a", cluster: "benefits", familyName: "Khan" }, { id: "b", cluster: "benefits", familyName: "Khan" }]);
 * splitIdentity(mergeIdentities(state, "a", "b"), "a", ["b"]).identities //=> [{ id: "a", recordIds: ["a"] }, { id: "b", recordIds: ["b"] }]
 * ```
 */
export function splitIdentity(state: Resolution, identityId: string, recordIds: readonly string[]): Resolution {
  const identity = identityOf(state, identityId, "identityId");
  if (!Array.isArray(recordIds)) throw rangeError("recordIds", "a list of record ids", recordIds);
  const moving = new Set(recordIds);
  const members = new Set(identity.recordIds);
  const outside = recordIds.find((id) => !members.has(id));
  if (outside !== undefined) throw rangeError("recordIds", `records of identity ${identity.id}`, outside);
  if (moving.size === 0 || moving.size === members.size)
    throw rangeError("recordIds", "some but not all of the identity's records", recordIds);
  const moved = identity.recordIds.filter((id) => moving.has(id));
  const kept = identity.recordIds.filter((id) => !moving.has(id));
  const parts: Identity[] = [
    { id: kept[0]!, recordIds: kept },
    { id: moved[0]!, recordIds: moved },
  ];
  const identities = state.identities
    .filter((i) => i !== identity)
    .concat(parts)
    .sort(byId);
  const across = (d: ClericalDecision): boolean =>
    members.has(d.left) && members.has(d.right) && moving.has(d.left) !== moving.has(d.right);
  const decisions = state.options.decisions
    .filter((d) => !(d.kind === "must-link" && across(d)))
    .concat({ kind: "never-link", left: kept[0]!, right: moved[0]! });
  return withIdentities(state, identities, decisions);
}

function identityOf(state: Resolution, id: string, name: string): Identity {
  if (typeof state !== "object" || state === null || !Array.isArray(state.identities))
    throw rangeError("state", "the result of resolveIdentities or linkRecords", state);
  const found = state.identities.find((identity) => identity.id === id);
  if (found === undefined) throw rangeError(name, "the id of an identity in state", id);
  return found;
}

function withIdentities(state: Resolution, identities: Identity[], decisions: readonly ClericalDecision[]): Resolution {
  const identityOfRecord = new Map<string, string>();
  for (const identity of identities) for (const id of identity.recordIds) identityOfRecord.set(id, identity.id);
  const links = state.links.map((link): IdentityLink => {
    const accepted = identityOfRecord.get(link.left) === identityOfRecord.get(link.right);
    return accepted === link.accepted ? link : { ...link, accepted };
  });
  return { ...state, identities, links, options: { ...state.options, decisions } };
}

function byId(a: Identity, b: Identity): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
