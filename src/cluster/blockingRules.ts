import { messages } from "../core/index.js";
import type { MatchField } from "./comparisons.js";
import type { PreparedRecord } from "./prepareRecord.js";

/**
 * The parts a blocking key can be built from: a whole field, or a coarser piece of one.
 *
 * @example
 * ```ts
 * import { BLOCKING_KEY_PARTS } from "council-contact/cluster";
 * BLOCKING_KEY_PARTS.includes("givenInitial") //=> true
 * ```
 */
export const BLOCKING_KEY_PARTS = [
  "givenName",
  "givenInitial",
  "familyName",
  "familyInitial",
  "dateOfBirth",
  "yearOfBirth",
  "email",
  "phone",
  "postcode",
  "postcodeDistrict",
  "uprn",
  "references",
] as const;

/**
 * A part of a blocking key.
 *
 * @example
 * ```ts
 * import type { BlockingKeyPart } from "council-contact/cluster";
 * const part: BlockingKeyPart = "postcodeDistrict";
 * part //=> "postcodeDistrict"
 * ```
 */
export type BlockingKeyPart = (typeof BLOCKING_KEY_PARTS)[number];

/**
 * A blocking rule: two records in the same scope are compared when they agree on every part of at least one
 * rule (and a record missing a part is not blocked by that rule). `["references"]` blocks records sharing any
 * one reference.
 *
 * @example
 * ```ts
 * import type { BlockingRule } from "council-contact/cluster";
 * const rule: BlockingRule = ["dateOfBirth", "familyInitial"];
 * rule.length //=> 2
 * ```
 */
export type BlockingRule = readonly BlockingKeyPart[];

/**
 * The default blocking rules. Each keeps blocks small (a few records) on real populations, so the number
 * of pairs compared grows about linearly with the records, while a person's records almost always share at
 * least one rule: the same date of birth and initial, the same names in the same postcode district, the same
 * postcode and initial, email, phone, UPRN and initial, or a council reference.
 *
 * @example
 * ```ts
 * import { DEFAULT_BLOCKING_RULES } from "council-contact/cluster";
 * DEFAULT_BLOCKING_RULES[0] //=> ["dateOfBirth", "familyInitial"]
 * ```
 */
export const DEFAULT_BLOCKING_RULES: readonly BlockingRule[] = [
  ["dateOfBirth", "familyInitial"],
  ["dateOfBirth", "givenInitial"],
  ["familyName", "givenName", "postcodeDistrict"],
  ["postcode", "givenInitial"],
  ["email"],
  ["phone"],
  ["uprn", "givenInitial"],
  ["references"],
];

/** The field each key part reads. */
export const PART_FIELD: Readonly<Record<BlockingKeyPart, MatchField>> = {
  givenName: "givenName",
  givenInitial: "givenName",
  familyName: "familyName",
  familyInitial: "familyName",
  dateOfBirth: "dateOfBirth",
  yearOfBirth: "dateOfBirth",
  email: "email",
  phone: "phone",
  postcode: "postcode",
  postcodeDistrict: "postcode",
  uprn: "uprn",
  references: "references",
};

/** The rules checked: a non-empty list of non-empty lists of known parts. */
export function checkBlockingRules(rules: unknown): readonly BlockingRule[] {
  const known = new Set<unknown>(BLOCKING_KEY_PARTS);
  if (!Array.isArray(rules) || rules.length === 0 || rules.length > 31)
    throw new RangeError(messages.mustBe("options.blockingRules", "a list of 1 to 31 rules", rules));
  for (const [i, rule] of rules.entries())
    if (!Array.isArray(rule) || rule.length === 0 || !rule.every((part) => known.has(part)))
      throw new RangeError(
        messages.mustBe(`options.blockingRules[${i}]`, `a non-empty list of ${BLOCKING_KEY_PARTS.join(", ")}`, rule),
      );
  return rules as readonly BlockingRule[];
}

/**
 * The value of a key part for a record, `""` when the record lacks it. `references` is read apart: a record
 * holds a list of them, and each gives its own key.
 */
export function partValue(part: Exclude<BlockingKeyPart, "references">, record: PreparedRecord): string {
  return record[part];
}
