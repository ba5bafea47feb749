import { refuse } from "../core/index.js";
import type { Channel } from "../taxonomy/index.js";
import { type Fraction, fraction } from "./fraction.js";
import { channelKeys } from "./readOptions.js";
import type { UnitCostPreset } from "./UnitCostPreset.js";
import { readUnitCost, type UnitCostTable } from "./unitCost.js";

/** The costs of a table or a preset (private): a preset is used through its `costs`. */
export function costsOf(unitCosts: UnitCostTable | UnitCostPreset, option: string): UnitCostTable {
  if (typeof unitCosts !== "object" || unitCosts === null) refuse(option, "a unit-cost table or preset", unitCosts);
  return "costs" in unitCosts && typeof unitCosts.costs === "object" ? unitCosts.costs : (unitCosts as UnitCostTable);
}

/**
 * Reads a unit-cost table (or preset) exactly, in **pence** per contact, checking every key is a
 * channel code and every cost is ≥ 0 (private). Channels left out are absent from the map.
 */
export function penceByChannel(
  unitCosts: UnitCostTable | UnitCostPreset,
  option: string,
): ReadonlyMap<Channel, Fraction> {
  const costs = costsOf(unitCosts, option);
  const pence = new Map<Channel, Fraction>();
  for (const channel of channelKeys(costs, option)) {
    const value = costs[channel];
    if (value === undefined) continue;
    const pounds = readUnitCost(value, `${option}.${channel}`);
    pence.set(channel, fraction(pounds.n * 100n, pounds.d));
  }
  return pence;
}
