import type { PauseReason } from "./Regime.js";

/**
 * Where a clock stands:
 * - `running`: counting, with more than the due-soon margin left;
 * - `due-soon`: counting, due within the margin (5 working days by default), or today;
 * - `overdue`: counting, and the deadline has passed;
 * - `paused`: waiting for the requester (a clarification, identity, a fee);
 * - `met`: stopped on or before its deadline;
 * - `missed`: stopped after its deadline.
 *
 * @example
 * ```ts
 * import type { ClockState } from "council-contact/clocks";
 * const state: ClockState = "due-soon";
 * state //=> "due-soon"
 * ```
 */
export type ClockState = "running" | "paused" | "due-soon" | "overdue" | "met" | "missed";

/**
 * A complaint's acknowledgement deadline, and when it was acknowledged.
 *
 * @example
 * ```ts
 * import type { AcknowledgementStatus } from "council-contact/clocks";
 * const ack: AcknowledgementStatus = { due: "2025-06-09", on: "2025-06-03" };
 * ack.on !== null && ack.on <= ack.due //=> true
 * ```
 */
export interface AcknowledgementStatus {
  /** The last day to acknowledge: 5 working days after receipt (after any pause). */
  readonly due: string;
  /** The day it was acknowledged, or `null` if it has not been. */
  readonly on: string | null;
}

/**
 * What every {@link ClockStatus} says, whatever the state.
 *
 * @example
 * ```ts
 * import { startClock, clockStatus } from "council-contact/clocks";
 * import type { ClockStatusBase } from "council-contact/clocks";
 * const base: ClockStatusBase = clockStatus(startClock("foi", "2025-03-03"), "2025-03-10");
 * base.deadline //=> "response"
 * ```
 */
export interface ClockStatusBase {
  /** The regime's name. */
  readonly regime: string;
  /** The London day the status is for. */
  readonly today: string;
  /**
   * Which deadline `status`, `dueDate` and the day counts are about: a complaint's
   * `acknowledgement` until it is acknowledged (or stopped), otherwise the `response`.
   */
  readonly deadline: "acknowledgement" | "response";
  /** The deadline's day; while paused, the day it would be if the clock resumed today. */
  readonly dueDate: string;
  /** The deadline's instant (epoch ms) on an hours clock; `null` on a day clock. */
  readonly dueAt: number | null;
  /** A complaint's acknowledgement deadline and day; `null` for regimes without that step. */
  readonly acknowledgement: AcknowledgementStatus | null;
  /** The London day the current pause began, or `null` when not paused. */
  readonly pausedSince: string | null;
  /** What the current pause waits for, or `null` when not paused. */
  readonly awaiting: PauseReason | null;
  /** The London day the clock stopped, or `null` while it runs. */
  readonly stoppedOn: string | null;
}

/**
 * A clock on time: `running` or `due-soon` with the working days left until the deadline (0 on
 * the day it is due), or `met` with the working days it had to spare when it stopped.
 *
 * @example
 * ```ts
 * import { startClock, clockStatus } from "council-contact/clocks";
 * import type { OnTimeStatus } from "council-contact/clocks";
 * const status = clockStatus(startClock("foi", "2025-03-03"), "2025-03-10") as OnTimeStatus;
 * status.workingDaysLeft //=> 15
 * ```
 */
export interface OnTimeStatus extends ClockStatusBase {
  /** Running with time to spare, due soon, or stopped in time. */
  readonly status: "running" | "due-soon" | "met";
  /** Working days after today (or the stop day) up to and including the due date. */
  readonly workingDaysLeft: number;
  /** Calendar days from today (or the stop day) to the due date. */
  readonly daysLeft: number;
}

/**
 * A clock past its deadline: `overdue` while it runs, `missed` once stopped, with how late.
 *
 * @example
 * ```ts
 * import { startClock, clockStatus } from "council-contact/clocks";
 * import type { LateStatus } from "council-contact/clocks";
 * const status = clockStatus(startClock("foi", "2025-03-03"), "2025-04-03") as LateStatus;
 * status.workingDaysLate //=> 2
 * ```
 */
export interface LateStatus extends ClockStatusBase {
  /** Past the deadline and still running, or stopped after it. */
  readonly status: "overdue" | "missed";
  /** Working days after the due date up to and including today (or the stop day); 0 on a weekend just after it. */
  readonly workingDaysLate: number;
  /** Calendar days from the due date to today (or the stop day); at least 1 on a day clock. */
  readonly daysLate: number;
}

/**
 * A paused clock. `dueDate` is the day it would be due if it resumed today.
 *
 * @example
 * ```ts
 * import { startClock, clockStatus } from "council-contact/clocks";
 * import type { PausedStatus } from "council-contact/clocks";
 * const status = clockStatus(startClock("sar", "2025-01-31", { awaiting: "identity" }), "2025-02-03") as PausedStatus;
 * status.awaiting //=> "identity"
 * ```
 */
export interface PausedStatus extends ClockStatusBase {
  /** Waiting for the requester. */
  readonly status: "paused";
}

/**
 * Where a clock stands on a day (or at an instant): a union on `status`, so a `switch` over it
 * tells which counts are present.
 *
 * @example
 * ```ts
 * import { startClock, clockStatus } from "council-contact/clocks";
 * import type { ClockStatus } from "council-contact/clocks";
 * const status: ClockStatus = clockStatus(startClock("foi", "2025-03-03"), "2025-03-28");
 * status.status === "due-soon" ? status.workingDaysLeft : null //=> 2
 * ```
 */
export type ClockStatus = OnTimeStatus | LateStatus | PausedStatus;
