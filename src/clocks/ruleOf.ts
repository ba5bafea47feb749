import { show } from "../core/index.js";
import { defineRegime, isStatutory } from "./defineRegime.js";
import type { Regime } from "./Regime.js";
import { type RegimeRule, STATUTORY_REGIMES } from "./statutoryRegimes.js";

/** The name of a regime: the statutory name or the service level's `name`. */
export function regimeName(regime: Regime): string {
  return typeof regime === "string" ? regime : regime.name;
}

/** The rule a regime's clock follows, or a `RangeError` naming an unknown or malformed regime. */
export function ruleOf(regime: Regime): RegimeRule {
  if (typeof regime === "string") {
    if (isStatutory(regime)) return STATUTORY_REGIMES[regime];
    throw new RangeError(
      `regime must be one of ${Object.keys(STATUTORY_REGIMES)
        .map((r) => `"${r}"`)
        .join(", ")} or a custom regime { name, unit, limit }, got ${show(regime)}`,
    );
  }
  const custom = defineRegime(regime);
  return {
    title: custom.name,
    unit: custom.unit,
    limit: custom.limit,
    maxExtension: custom.maxExtension,
    division: null,
    closures: true,
    acknowledgeWithin: null,
    pauses: { clarification: "suspend", other: "suspend" },
    defaultPause: "other",
    source: "the council's own service level",
  };
}
