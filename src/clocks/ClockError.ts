/**
 * Why an operation on a clock was refused:
 * - `clock_stopped`: the clock has stopped; nothing more can happen to it;
 * - `clock_paused`: pausing (or acknowledging) a clock that is already paused;
 * - `clock_not_paused`: resuming a clock that is running;
 * - `before_receipt`: an event dated before the clock's receipt;
 * - `out_of_order`: an event dated before the clock's last event (history is appended in order);
 * - `pause_not_allowed`: a pause the regime's law does not provide for (a fee under FOISA);
 * - `not_extendable`: the regime has no extension (FOISA, or a service level without `maxExtension`);
 * - `extension_over_cap`: the extensions would add up to more than the regime allows;
 * - `extension_after_due`: extending after the deadline has passed;
 * - `no_acknowledgement`: acknowledging a clock whose regime has no acknowledgement step;
 * - `already_acknowledged`: acknowledging twice;
 * - `already_started`: starting a clock under a regime whose clock is still going (`applyClockEffects`);
 * - `not_started`: acting on a regime that has no clock yet (`applyClockEffects`).
 *
 * @example
 * ```ts
 * import type { ClockErrorCode } from "council-contact/clocks";
 * const code: ClockErrorCode = "extension_over_cap";
 * code //=> "extension_over_cap"
 * ```
 */
export type ClockErrorCode =
  | "clock_stopped"
  | "clock_paused"
  | "clock_not_paused"
  | "before_receipt"
  | "out_of_order"
  | "pause_not_allowed"
  | "not_extendable"
  | "extension_over_cap"
  | "extension_after_due"
  | "no_acknowledgement"
  | "already_acknowledged"
  | "already_started"
  | "not_started";

/**
 * The error a clock operation throws when the clock's state or its regime does not allow it:
 * pausing a stopped clock, resuming a running one, a stop dated before receipt, an extension past
 * the regime's cap. It is a `RangeError` (so `instanceof RangeError` holds) with a `code` saying
 * why and the clock's `regime`; the clock passed in is left unchanged. A malformed argument (not a
 * date, a fractional extension) is a plain `RangeError` naming the argument instead.
 *
 * @example
 * ```ts
 * import { ClockError, startClock, stopClock, resumeClock } from "council-contact/clocks";
 * const stopped = stopClock(startClock("foi", "2025-03-03"), "2025-03-20");
 * resumeClock(stopped, "2025-03-21") //=> throws ClockError
 * new ClockError("clock_stopped", "foi", "the clock stopped on 2025-03-20") instanceof RangeError //=> true
 * ```
 */
export class ClockError extends RangeError {
  /** Why the operation was refused. */
  readonly code: ClockErrorCode;
  /** The name of the clock's regime. */
  readonly regime: string;

  /**
   * @param code - why the operation was refused.
   * @param regime - the name of the clock's regime.
   * @param detail - the particulars, in words; the message is `"<regime> clock: <detail> (<code>)"`.
   */
  constructor(code: ClockErrorCode, regime: string, detail: string) {
    super(`${regime} clock: ${detail} (${code})`);
    this.name = "ClockError";
    this.code = code;
    this.regime = regime;
  }
}
