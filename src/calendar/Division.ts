import { show } from "../core/index.js";

/**
 * One of the three divisions of the UK that GOV.UK publishes bank holidays for (the Banking and
 * Financial Dealings Act 1971 sets them separately for each).
 *
 * @example
 * ```ts
 * import type { GovUkDivision } from "council-contact/calendar";
 * const division: GovUkDivision = "scotland";
 * division //=> "scotland"
 * ```
 */
export type GovUkDivision = "england-and-wales" | "scotland" | "northern-ireland";

/**
 * Whose bank holidays count: one of the three divisions, or `united-kingdom`, a day that is a bank
 * holiday in any of them. The last is what FOIA s.10(6) and the EIR count: a Scotland-only or
 * Northern Ireland-only bank holiday is not a working day for them anywhere.
 *
 * @example
 * ```ts
 * import type { Division } from "council-contact/calendar";
 * const forFoi: Division = "united-kingdom";
 * forFoi //=> "united-kingdom"
 * ```
 */
export type Division = GovUkDivision | "united-kingdom";

/**
 * The three divisions GOV.UK publishes, in GOV.UK's order.
 *
 * @example
 * ```ts
 * import { GOV_UK_DIVISIONS } from "council-contact/calendar";
 * GOV_UK_DIVISIONS //=> ["england-and-wales", "scotland", "northern-ireland"]
 * ```
 */
export const GOV_UK_DIVISIONS = Object.freeze([
  "england-and-wales",
  "scotland",
  "northern-ireland",
] as const satisfies readonly GovUkDivision[]);

/**
 * Every accepted `division`: the three of {@link GOV_UK_DIVISIONS} and `united-kingdom`.
 *
 * @example
 * ```ts
 * import { DIVISIONS } from "council-contact/calendar";
 * DIVISIONS.includes("united-kingdom") //=> true
 * ```
 */
export const DIVISIONS = Object.freeze([...GOV_UK_DIVISIONS, "united-kingdom"] as const satisfies readonly Division[]);

/** The `RangeError` for a value that is not a division, naming the argument and the value. */
export function divisionError(division: unknown, name = "division"): RangeError {
  return new RangeError(`${name} must be one of ${DIVISIONS.map((d) => `"${d}"`).join(", ")}, got ${show(division)}`);
}

/** `division`, or a `RangeError` naming the argument and the value. */
export function divisionOrThrow(division: unknown, name = "division"): Division {
  if ((DIVISIONS as readonly unknown[]).includes(division)) return division as Division;
  throw divisionError(division, name);
}
