import type { Division } from "../calendar/index.js";

/**
 * The division whose bank holidays a complaint clock or a council's own service level skips when
 * `startClock` is not told: `england-and-wales`. Both Complaint Handling Codes are English (the
 * Housing Ombudsman and the Local Government and Social Care Ombudsman cover England); a Scottish
 * or Northern Irish council passes its own division.
 *
 * @example
 * ```ts
 * import { DEFAULT_DIVISION } from "council-contact/clocks";
 * DEFAULT_DIVISION //=> "england-and-wales"
 * ```
 */
export const DEFAULT_DIVISION: Division = "england-and-wales";

/**
 * The division whose bank holidays move a SAR deadline that falls on one to the next working day,
 * when `startClock` is not told: `england-and-wales`, where most councils are. The ICO says only
 * "a weekend or a public holiday" and does not say whose; a council in Scotland or Northern Ireland
 * should pass its own division, and `united-kingdom` is the most lenient reading.
 *
 * @example
 * ```ts
 * import { DEFAULT_SAR_DIVISION } from "council-contact/clocks";
 * DEFAULT_SAR_DIVISION //=> "england-and-wales"
 * ```
 */
export const DEFAULT_SAR_DIVISION: Division = "england-and-wales";

/**
 * How close a deadline must be, in working days, for `clockStatus` to call a running clock
 * `due-soon` when not told: 5, one working week. Our choice, not a statutory figure.
 *
 * @example
 * ```ts
 * import { DUE_SOON_WORKING_DAYS } from "council-contact/clocks";
 * DUE_SOON_WORKING_DAYS //=> 5
 * ```
 */
export const DUE_SOON_WORKING_DAYS = 5;

/**
 * How close the deadline of an hours clock must be, in hours, for `clockStatus` to call it
 * `due-soon` when not told: 4, half a working day. Our choice, not a statutory figure.
 *
 * @example
 * ```ts
 * import { DUE_SOON_HOURS } from "council-contact/clocks";
 * DUE_SOON_HOURS //=> 4
 * ```
 */
export const DUE_SOON_HOURS = 4;
