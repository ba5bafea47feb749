import { rangeError, show } from "../core/index.js";
import type { CustomRegime, StatutoryRegime } from "./Regime.js";
import { STATUTORY_REGIMES } from "./statutoryRegimes.js";

const UNITS = ["working-days", "calendar-days", "hours"] as const;

/** Whether `n` is an integer ≥ `min`. */
const isCount = (n: unknown, min: number): n is number => typeof n === "number" && Number.isInteger(n) && n >= min;

/**
 * Check a council's own service level and return it frozen, ready for `startClock`. `startClock`
 * checks a custom regime the same way, so this is for catching a bad definition early (at
 * configuration time) rather than on the first request.
 *
 * @param regime - the service level: `name`, `unit` (`working-days`, `calendar-days` or `hours`),
 * `limit` and optionally `maxExtension` (default 0).
 * @returns a frozen copy with `maxExtension` filled in.
 * @throws RangeError naming the field and the value when the name is empty or a statutory regime's,
 * the unit is unknown, the limit is not a positive integer or the extension not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * import { defineRegime } from "council-contact/clocks";
 * defineRegime({ name: "missed-bin", unit: "working-days", limit: 2 }) //=> { name: "missed-bin", unit: "working-days", limit: 2, maxExtension: 0 }
 * defineRegime({ name: "missed-bin", unit: "working-days", limit: 0 }) //=> throws RangeError
 * defineRegime({ name: "foi", unit: "working-days", limit: 20 }) //=> throws RangeError
 * ```
 */
export function defineRegime(regime: CustomRegime): Required<CustomRegime> {
  if (typeof regime !== "object" || regime === null) {
    throw rangeError("regime", "a statutory regime's name or { name, unit, limit, maxExtension? }", regime);
  }
  const { name, unit, limit, maxExtension = 0 } = regime;
  if (typeof name !== "string" || name.trim() === "") throw rangeError("regime.name", "a non-empty string", name);
  if (Object.hasOwn(STATUTORY_REGIMES, name)) {
    throw new RangeError(`regime.name ${show(name)} is a statutory regime: pass "${name}" itself, not a custom regime`);
  }
  if (!(UNITS as readonly unknown[]).includes(unit)) {
    throw new RangeError(`regime.unit must be one of ${UNITS.map((u) => `"${u}"`).join(", ")}, got ${show(unit)}`);
  }
  if (!isCount(limit, 1)) throw rangeError("regime.limit", "a positive integer", limit);
  if (!isCount(maxExtension, 0)) throw rangeError("regime.maxExtension", "a whole number ≥ 0", maxExtension);
  return Object.freeze({ name, unit, limit, maxExtension });
}

/** Whether `name` is one of the statutory regimes. */
export function isStatutory(name: unknown): name is StatutoryRegime {
  return typeof name === "string" && Object.hasOwn(STATUTORY_REGIMES, name);
}
