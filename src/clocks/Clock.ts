import type { Closure, Division } from "../calendar/index.js";
import type { PauseReason, Regime } from "./Regime.js";

/**
 * Something that happened to a clock after receipt, dated by its London day (`on`) and, when it
 * was given as an instant, its epoch milliseconds (`at`; always present on an hours clock):
 * - `pause`: the clock stopped counting, for `reason`;
 * - `resume`: it counts again; what that does depends on the pause's reason and the regime
 *   (a restart, or the paused days left out);
 * - `extend`: the time allowed grew `by` units;
 * - `acknowledge`: a complaint was acknowledged, which starts its response time;
 * - `stop`: the response was sent (or the case closed); the clock is finished.
 *
 * @example
 * ```ts
 * import type { ClockEvent } from "council-contact/clocks";
 * const event: ClockEvent = { type: "extend", on: "2025-03-20", by: 20 };
 * event.type === "extend" ? event.by : 0 //=> 20
 * ```
 */
export type ClockEvent =
  | {
      /** The clock stopped counting. */
      readonly type: "pause";
      /** The London day it paused. */
      readonly on: string;
      /** The instant it paused (epoch ms), when known. */
      readonly at?: number;
      /** Why. */
      readonly reason: PauseReason;
    }
  | {
      /** What happened: the clock counts again, a complaint was acknowledged, or the clock stopped. */
      readonly type: "resume" | "acknowledge" | "stop";
      /** The London day it happened. */
      readonly on: string;
      /** The instant it happened (epoch ms), when known. */
      readonly at?: number;
    }
  | {
      /** The time allowed grew. */
      readonly type: "extend";
      /** The London day of the extension. */
      readonly on: string;
      /** The instant of the extension (epoch ms), when known. */
      readonly at?: number;
      /** How many units (working days, calendar days, months or hours) were added. */
      readonly by: number;
    };

/**
 * A response clock as plain, readonly, JSON-serialisable data: the regime it runs under, whose
 * working days it counts, when the request was received, and every event that shaped it since, in
 * order. Build one with `startClock`; `pauseClock`, `resumeClock`, `extendClock`,
 * `acknowledgeClock` and `stopClock` return new clocks; `dueDate` and `clockStatus` read them.
 * `JSON.parse(JSON.stringify(clock))` is the same clock.
 *
 * @example
 * ```ts
 * import { startClock, extendClock } from "council-contact/clocks";
 * import type { Clock } from "council-contact/clocks";
 * const clock: Clock = extendClock(startClock("foi", "2025-03-03"), "2025-03-25", { by: 10 });
 * clock //=> { regime: "foi", division: "united-kingdom", closures: [], received: "2025-03-03", events: [{ type: "extend", on: "2025-03-25", by: 10 }] }
 * ```
 */
export interface Clock {
  /** The regime: a statutory regime's name, or a council's own service level in full. */
  readonly regime: Regime;
  /** Whose bank holidays are non-working days for this clock. */
  readonly division: Division;
  /** The council's own closure days, non-working for this clock (complaints and service levels only). */
  readonly closures: readonly Closure[];
  /** The London day the request was received. */
  readonly received: string;
  /** The instant it was received (epoch ms), when given as an instant; always present on an hours clock. */
  readonly receivedAt?: number;
  /** What happened since, oldest first. */
  readonly events: readonly ClockEvent[];
}
