import type { Closure, Division } from "../calendar/index.js";
import { messages, rangeError, show } from "../core/index.js";
import { acknowledgeClock } from "./acknowledgeClock.js";
import type { When } from "./appendEvent.js";
import type { Clock } from "./Clock.js";
import { ClockError } from "./ClockError.js";
import { clockOrThrow } from "./clockShapeIssues.js";
import { isStatutory } from "./defineRegime.js";
import { extendClock } from "./extendClock.js";
import { pauseClock } from "./pauseClock.js";
import type { CustomRegime, Regime, RegimeName } from "./Regime.js";
import { resumeClock } from "./resumeClock.js";
import { ruleOf } from "./ruleOf.js";
import { startClock } from "./startClock.js";
import { stopClock } from "./stopClock.js";

/**
 * What an effect can do to a clock. Enquiry lifecycles emit these as effects; `applyClockEffects`
 * performs them.
 *
 * @example
 * ```ts
 * import type { ClockAction } from "council-contact/clocks";
 * const action: ClockAction = "pause-clock";
 * action //=> "pause-clock"
 * ```
 */
export type ClockAction =
  | "start-clock"
  | "pause-clock"
  | "resume-clock"
  | "extend-clock"
  | "acknowledge-clock"
  | "stop-clock";

/**
 * An instruction to act on the clock of a regime at a time, as an enquiry transition emits it.
 *
 * @example
 * ```ts
 * import type { ClockEffect } from "council-contact/clocks";
 * const effect: ClockEffect = { type: "start-clock", regime: "foi", at: "2025-03-03T10:00:00Z" };
 * effect.regime //=> "foi"
 * ```
 */
export interface ClockEffect {
  /** What to do. */
  readonly type: ClockAction;
  /** Which clock: a statutory regime, or the name of a service level given in the options. */
  readonly regime: RegimeName;
  /** When: epoch ms, an ISO 8601 instant with an offset, a `Date`, or a `YYYY-MM-DD` day. */
  readonly at: When;
}

/**
 * A case's clocks, by regime name.
 *
 * @example
 * ```ts
 * import { startClock } from "council-contact/clocks";
 * import type { ClockSet } from "council-contact/clocks";
 * const clocks: ClockSet = { foi: startClock("foi", "2025-03-03") };
 * Object.keys(clocks) //=> ["foi"]
 * ```
 */
export type ClockSet = Readonly<Record<string, Clock>>;

/**
 * Options for {@link applyClockEffects}.
 *
 * @example
 * ```ts
 * import type { ApplyClockEffectsOptions } from "council-contact/clocks";
 * const options: ApplyClockEffectsOptions = { regimes: [{ name: "missed-bin", unit: "working-days", limit: 2 }], division: "scotland" };
 * options.regimes?.length //=> 1
 * ```
 */
export interface ApplyClockEffectsOptions {
  /** The council's own service levels that effects may name. Default: none. */
  readonly regimes?: readonly CustomRegime[];
  /** The council's division, for the clocks whose division it chooses (SAR, complaints, service levels); those fixed by law ignore it. Default as `startClock`. */
  readonly division?: Division;
  /** The council's closure days, for the clocks they apply to (complaints, service levels). Default: none. */
  readonly closures?: readonly Closure[];
}

const ACTIONS: readonly string[] = [
  "start-clock",
  "pause-clock",
  "resume-clock",
  "extend-clock",
  "acknowledge-clock",
  "stop-clock",
] satisfies ClockAction[];

/** The regime an effect names: statutory, or one of the options' service levels. */
function regimeNamed(name: unknown, options: ApplyClockEffectsOptions): Regime {
  if (isStatutory(name)) return name;
  const custom = options.regimes?.find((regime) => typeof regime === "object" && regime?.name === name);
  if (custom === undefined)
    throw new RangeError(`effect names regime ${show(name)}, which is neither statutory nor in options.regimes`);
  return custom;
}

/** The clock a start effect begins, with the council's division and closures where the regime lets it choose them. */
function started(regime: Regime, at: When, options: ApplyClockEffectsOptions): Clock {
  const rule = ruleOf(regime);
  return startClock(regime, at, {
    ...(rule.division === null && options.division !== undefined ? { division: options.division } : {}),
    ...(rule.closures && options.closures !== undefined ? { closures: options.closures } : {}),
  });
}

/**
 * Perform an enquiry transition's clock effects on a case's clocks, in order, and return the new
 * set: `start-clock` starts the regime's clock (replacing a stopped one), the others pause, resume,
 * extend (by all the regime has left), acknowledge or stop it, at the effect's time. Effects that
 * are not about clocks (`notify-customer`, `assign`, …) are skipped, so a transition's whole
 * `effects` list can be passed. Neither argument is changed.
 *
 * @param clocks - the case's clocks so far, by regime name (`{}` for a new case).
 * @param effects - effects from `transition` (or any objects with a `type`; clock effects also
 * carry `regime` and `at`).
 * @param options - the council's service levels, division and closures.
 * @returns the clocks after the effects.
 * @throws RangeError if an effect names an unknown regime or has no valid time.
 * @throws ClockError `already_started` when starting a clock that is still going, `not_started`
 * when acting on one that was never started, or any error of the operation it performs.
 *
 * @example
 * ```ts
 * import { applyClockEffects, dueDate } from "council-contact/clocks";
 * const clocks = applyClockEffects({}, [{ type: "start-clock", regime: "foi", at: "2025-03-03T09:00:00Z" }, { type: "notify-customer" }]);
 * dueDate(clocks.foi!) //=> "2025-04-01"
 * const later = applyClockEffects(clocks, [{ type: "stop-clock", regime: "foi", at: "2025-03-20T16:00:00Z" }]);
 * later.foi!.events //=> [{ type: "stop", on: "2025-03-20", at: 1742486400000 }]
 * applyClockEffects({}, [{ type: "stop-clock", regime: "foi", at: "2025-03-20T16:00:00Z" }]) //=> throws ClockError
 * ```
 */
export function applyClockEffects(
  clocks: ClockSet,
  effects: readonly (ClockEffect | { readonly type: string })[],
  options: ApplyClockEffectsOptions = {},
): ClockSet {
  if (typeof clocks !== "object" || clocks === null || Array.isArray(clocks)) {
    throw rangeError("clocks", "an object of clocks by regime name", clocks);
  }
  if (!Array.isArray(effects)) throw rangeError("effects", "an array of effects", effects);
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  if (options.regimes !== undefined && !Array.isArray(options.regimes)) {
    throw rangeError("options.regimes", "an array of custom regimes", options.regimes);
  }
  let next: Record<string, Clock> = { ...clocks };
  for (const [i, effect] of effects.entries()) {
    if (typeof effect !== "object" || effect === null)
      throw rangeError(`effects[${i}]`, "an object with a type", effect);
    if (!ACTIONS.includes(effect.type)) continue;
    const { type, regime: name, at } = effect as ClockEffect;
    const regime = regimeNamed(name, options);
    const current = Object.hasOwn(next, name) ? clockOrThrow(next[name]) : undefined;
    if (type === "start-clock") {
      if (current !== undefined && current.events.at(-1)?.type !== "stop") {
        throw new ClockError("already_started", name, "its clock is still going; stop it before starting another");
      }
      next = { ...next, [name]: started(regime, at, options) };
      continue;
    }
    if (current === undefined)
      throw new ClockError("not_started", name, `cannot ${type.replace("-clock", "")} a clock that was never started`);
    const updated =
      type === "pause-clock"
        ? pauseClock(current, at)
        : type === "resume-clock"
          ? resumeClock(current, at)
          : type === "extend-clock"
            ? extendClock(current, at)
            : type === "acknowledge-clock"
              ? acknowledgeClock(current, at)
              : stopClock(current, at);
    next = { ...next, [name]: updated };
  }
  return next;
}
