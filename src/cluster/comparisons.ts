import { jaroWinkler } from "./jaroWinkler.js";
import { areNicknames } from "./nicknames.js";
import type { PreparedRecord } from "./prepareRecord.js";

/**
 * The fields identity resolution compares, in the order evidence lists them.
 *
 * @example
 * ```ts
 * import { MATCH_FIELDS } from "council-contact/cluster";
 * MATCH_FIELDS[0] //=> "givenName"
 * ```
 */
export const MATCH_FIELDS = [
  "givenName",
  "familyName",
  "dateOfBirth",
  "email",
  "phone",
  "postcode",
  "address",
  "uprn",
  "references",
] as const;

/**
 * A field identity resolution compares (`address` is the address lines taken together).
 *
 * @example
 * ```ts
 * import type { MatchField } from "council-contact/cluster";
 * const field: MatchField = "dateOfBirth";
 * field //=> "dateOfBirth"
 * ```
 */
export type MatchField = (typeof MATCH_FIELDS)[number];

/**
 * The comparison levels of each field, strongest first; the last is always `else` (both present, none of the
 * above). A field missing from either record is not compared and carries no weight.
 *
 * @example
 * ```ts
 * import { COMPARISON_LEVELS } from "council-contact/cluster";
 * COMPARISON_LEVELS.dateOfBirth //=> ["exact", "day and month swapped", "one digit different", "else"]
 * ```
 */
export const COMPARISON_LEVELS: Readonly<Record<MatchField, readonly string[]>> = {
  givenName: ["exact", "nickname", "Jaro–Winkler ≥ high", "Jaro–Winkler ≥ low", "else"],
  familyName: ["exact", "Jaro–Winkler ≥ high", "Jaro–Winkler ≥ low", "else"],
  dateOfBirth: ["exact", "day and month swapped", "one digit different", "else"],
  email: ["exact", "same local part", "else"],
  phone: ["exact", "else"],
  postcode: ["full", "sector", "district", "else"],
  address: ["exact", "Jaro–Winkler ≥ address", "else"],
  uprn: ["exact", "else"],
  references: ["exact", "else"],
};

/**
 * The similarity thresholds of the fuzzy comparison levels.
 *
 * @example
 * ```ts
 * import type { ComparisonThresholds } from "council-contact/cluster";
 * const thresholds: ComparisonThresholds = { nameHigh: 0.92, nameLow: 0.88, address: 0.9 };
 * thresholds.nameHigh //=> 0.92
 * ```
 */
export interface ComparisonThresholds {
  /** Jaro–Winkler at or above which names are at the `Jaro–Winkler ≥ high` level. Default 0.92. */
  readonly nameHigh: number;
  /** Jaro–Winkler at or above which names are at the `Jaro–Winkler ≥ low` level. Default 0.88. */
  readonly nameLow: number;
  /** Jaro–Winkler at or above which address lines are at the `Jaro–Winkler ≥ address` level. Default 0.9. */
  readonly address: number;
}

/** The default thresholds. */
export const DEFAULT_THRESHOLDS: ComparisonThresholds = { nameHigh: 0.92, nameLow: 0.88, address: 0.9 };

/** The level of one field for a pair: 0 when not compared, else 1 + the index in {@link COMPARISON_LEVELS}. */
export function compareField(field: MatchField, a: PreparedRecord, b: PreparedRecord, t: ComparisonThresholds): number {
  switch (field) {
    case "givenName":
      return compareName(a.givenName, b.givenName, t, true);
    case "familyName":
      return compareName(a.familyName, b.familyName, t, false);
    case "dateOfBirth":
      return compareDateOfBirth(a.dateOfBirth, b.dateOfBirth);
    case "email":
      if (a.email === "" || b.email === "") return 0;
      if (a.email === b.email) return 1;
      return a.emailLocal === b.emailLocal ? 2 : 3;
    case "phone":
      return exact(a.phone, b.phone);
    case "postcode":
      if (a.postcode === "" || b.postcode === "") return 0;
      if (a.postcode === b.postcode) return 1;
      if (a.postcodeSector === b.postcodeSector) return 2;
      return a.postcodeDistrict === b.postcodeDistrict ? 3 : 4;
    case "address":
      if (a.address === "" || b.address === "") return 0;
      if (a.address === b.address) return 1;
      return jaroWinkler(a.address, b.address) >= t.address ? 2 : 3;
    case "uprn":
      return exact(a.uprn, b.uprn);
    case "references":
      return compareReferences(a.references, b.references);
  }
}

function exact(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  return a === b ? 1 : 2;
}

function compareName(a: string, b: string, t: ComparisonThresholds, nicknames: boolean): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const offset = nicknames ? 1 : 0;
  if (nicknames && areNicknames(a, b, (x, y) => mayReach(x, y, t.nameHigh) && jaroWinkler(x, y) >= t.nameHigh))
    return 2;
  const similarity = jaroWinkler(a, b);
  if (similarity >= t.nameHigh) return 2 + offset;
  if (similarity >= t.nameLow) return 3 + offset;
  return 4 + offset;
}

/**
 * Whether two strings' lengths allow a Jaro–Winkler of `threshold`: with r the shorter length over the longer,
 * jaro ≤ (2 + r) / 3 and jaroWinkler ≤ 0.6·jaro + 0.4, so reaching t needs r ≥ 5t − 4. A cheap test that
 * spares most of the comparisons against every variant of a nickname group.
 */
function mayReach(x: string, y: string, threshold: number): boolean {
  return Math.min(x.length, y.length) >= (5 * threshold - 4) * Math.max(x.length, y.length);
}

function compareDateOfBirth(a: string, b: string): number {
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  // YYYY-MM-DD: the same year with day and month swapped.
  if (a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7)) return 2;
  let different = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) different++;
  return different === 1 ? 3 : 4;
}

/** Exact when the two share a reference; else when they hold a reference of the same kind with another value. */
function compareReferences(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let sameKind = false;
  for (const left of a) {
    const kind = left.slice(0, left.indexOf(":") + 1);
    for (const right of b) {
      if (left === right) return 1;
      if (right.startsWith(kind)) sameKind = true;
    }
  }
  return sameKind ? 2 : 0;
}
