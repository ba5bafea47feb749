import { refuse } from "../core/index.js";
import { fromPence } from "../money/index.js";
import type { BusinessCaseInput, BusinessCaseLine } from "./businessCase.js";
import type { ChannelShiftScenario } from "./channelShift.js";
import { readMoney } from "./readOptions.js";

/**
 * The benefit lines {@link channelShiftBenefits} makes: spread them into a {@link BusinessCaseInput}.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import type { ChannelShiftBenefits } from "council-contact/cost";
 * const benefits: ChannelShiftBenefits = { cashableBenefits: [], nonCashableBenefits: [{ name: "time", amounts: [money("0"), money("10")] }] };
 * benefits.nonCashableBenefits.length //=> 1
 * ```
 */
export interface ChannelShiftBenefits {
  /** One line: the scenario's cashable savings by year. */
  readonly cashableBenefits: readonly BusinessCaseLine[];
  /** One line: its non-cashable savings by year. */
  readonly nonCashableBenefits: readonly BusinessCaseLine[];
}

/**
 * The benefit lines of a business case from a channel-shift scenario: its cashable and
 * non-cashable savings by year, year 0 (the baseline) being £0. Add the costs of making the shift
 * and pass the whole to {@link businessCase} or {@link npvSensitivity}.
 *
 * @param scenario - a scenario from {@link channelShiftScenario}.
 * @param name - what the shift is, for the line names; default `"channel shift"`.
 * @returns `cashableBenefits` and `nonCashableBenefits`, one line each.
 * @throws RangeError if `scenario` is not a scenario (its years' savings must be Money) or `name` is not a string.
 * @example
 * ```ts
 * import { channelShiftBenefits, channelShiftScenario, SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * const scenario = channelShiftScenario({ x: { telephone: 1000 } }, [{ from: "telephone", to: "web-form", share: 0.5 }], { unitCosts: SOCITM_2012_UNIT_COSTS, years: 2 });
 * channelShiftBenefits(scenario).nonCashableBenefits //=> [{ name: "channel shift (non-cashable)", amounts: ["0.00", "1340.00", "1340.00"] }]
 * ```
 */
export function channelShiftBenefits(scenario: ChannelShiftScenario, name = "channel shift"): ChannelShiftBenefits {
  if (typeof scenario !== "object" || scenario === null || !Array.isArray(scenario.years)) {
    refuse("scenario", "a scenario from channelShiftScenario", scenario);
  }
  if (typeof name !== "string") refuse("name", "a string", name);
  const none = fromPence(0);
  const years: readonly unknown[] = scenario.years;
  const cashable = Array.from(years, (year, i) =>
    readMoney((year as { cashable?: unknown } | null)?.cashable, `scenario.years[${i}].cashable`),
  );
  const nonCashable = Array.from(years, (year, i) =>
    readMoney((year as { nonCashable?: unknown } | null)?.nonCashable, `scenario.years[${i}].nonCashable`),
  );
  return {
    cashableBenefits: [{ name: `${name} (cashable)`, amounts: [none, ...cashable] }],
    nonCashableBenefits: [{ name: `${name} (non-cashable)`, amounts: [none, ...nonCashable] }],
  };
}
