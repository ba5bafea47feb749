/**
 * The statutory and code regimes with a built-in clock: FOI (Freedom of Information Act 2000),
 * FOISA (Freedom of Information (Scotland) Act 2002), EIR (Environmental Information Regulations
 * 2004), SAR (UK GDPR subject access) and the two stages of the Complaint Handling Codes.
 *
 * @example
 * ```ts
 * import type { StatutoryRegime } from "council-contact/clocks";
 * const regime: StatutoryRegime = "complaint-stage-2";
 * regime //=> "complaint-stage-2"
 * ```
 */
export type StatutoryRegime = "foi" | "foisa" | "eir" | "sar" | "complaint-stage-1" | "complaint-stage-2";

/**
 * What a clock counts in: working days (day 1 is the first working day after receipt), calendar
 * days (day 1 is the day after receipt), calendar months (the ICO's method for a SAR: the same date
 * next month) or elapsed hours from the instant of receipt.
 *
 * @example
 * ```ts
 * import type { ClockUnit } from "council-contact/clocks";
 * const unit: ClockUnit = "working-days";
 * unit //=> "working-days"
 * ```
 */
export type ClockUnit = "working-days" | "calendar-days" | "calendar-months" | "hours";

/**
 * Why a clock is paused:
 * - `clarification`: the council asked the requester what they want (FOIA s.1(3));
 * - `identity`: a SAR waits for proof of the requester's identity;
 * - `fee`: the council waits for a fee (an FOI fees notice, s.9; a SAR fee);
 * - `other`: a council's own reason, for complaints and its own service levels.
 *
 * @example
 * ```ts
 * import type { PauseReason } from "council-contact/clocks";
 * const reason: PauseReason = "identity";
 * reason //=> "identity"
 * ```
 */
export type PauseReason = "clarification" | "identity" | "fee" | "other";

/**
 * What resuming after a pause does to the count, as the regime's law says:
 * - `restart`: the count starts again from the day of resumption, as if the request arrived then
 *   (a clarified FOI request; a SAR's identity or fee);
 * - `suspend`: the days after the pause day up to and including the day of resumption do not count;
 * - `disregard`: the days from the pause day to the day of resumption, both included, do not count
 *   (FOIA s.10(2) for a fees notice; DPA 2018 s.54(3C) and UK GDPR Art. 12A for a SAR clarification).
 *
 * @example
 * ```ts
 * import type { PauseEffect } from "council-contact/clocks";
 * const effect: PauseEffect = "restart";
 * effect //=> "restart"
 * ```
 */
export type PauseEffect = "restart" | "suspend" | "disregard";

/**
 * A council's own service level: a name, what it counts in and how many. A missed bin collected
 * within 2 working days is `{ name: "missed-bin", unit: "working-days", limit: 2 }`. Its clock uses
 * the division and closures given to `startClock`; a pause (`clarification` or `other`) suspends
 * it. Check one with `defineRegime`.
 *
 * @example
 * ```ts
 * import type { CustomRegime } from "council-contact/clocks";
 * const emergencyRepair: CustomRegime = { name: "emergency-repair", unit: "hours", limit: 24 };
 * emergencyRepair.limit //=> 24
 * ```
 */
export interface CustomRegime {
  /** The service level's name, e.g. `"missed-bin"`; not one of the statutory regimes' names. */
  readonly name: string;
  /** What the limit counts: `working-days`, `calendar-days` or `hours`. */
  readonly unit: "working-days" | "calendar-days" | "hours";
  /** How many units the council has: a positive integer. */
  readonly limit: number;
  /** The most the clock may be extended by, in total, in the same unit. Default 0: not extendable. */
  readonly maxExtension?: number;
}

/**
 * The regime a clock runs under: a statutory regime by name, or a council's own service level.
 *
 * @example
 * ```ts
 * import type { Regime } from "council-contact/clocks";
 * const regimes: Regime[] = ["foi", { name: "missed-bin", unit: "working-days", limit: 2 }];
 * regimes.length //=> 2
 * ```
 */
export type Regime = StatutoryRegime | CustomRegime;

/**
 * The name of a regime, as lifecycle effects carry it: a {@link StatutoryRegime} or the name of a
 * council's own service level (`"missed-bin"`).
 *
 * @example
 * ```ts
 * import type { RegimeName } from "council-contact/clocks";
 * const names: RegimeName[] = ["sar", "missed-bin"];
 * names //=> ["sar", "missed-bin"]
 * ```
 */
export type RegimeName = StatutoryRegime | (string & {});
