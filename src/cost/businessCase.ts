import { refuse } from "../core/index.js";
import { add, fromPence, type Money, multiply, type RoundingMode, subtract, sum } from "../money/index.js";
import { apportion } from "./apportion.js";
import { type DiscountRate, discountFactors, GREEN_BOOK_DISCOUNT_RATE } from "./discounting.js";
import { type Fraction, over, plus, times, toNumber, ZERO } from "./fraction.js";
import { checkOptions, onePlus, penceFraction, readMoney, readNonNegative, readRounding } from "./readOptions.js";

/**
 * One named line of a business case: an amount for each year, from year 0 (today).
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import type { BusinessCaseLine } from "council-contact/cost";
 * const platform: BusinessCaseLine = { name: "web platform", amounts: [money("250000"), money("50000")] };
 * platform.amounts.length //=> 2
 * ```
 */
export interface BusinessCaseLine {
  /** What it is, for reports and the sensitivity table. */
  readonly name: string;
  /** The amount in year 0, 1, 2, …; years past the end are zero. Positive for a cost or a benefit. */
  readonly amounts: readonly Money[];
}

/**
 * The costs and benefits of a proposal, each as named lines by year.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import type { BusinessCaseInput } from "council-contact/cost";
 * const input: BusinessCaseInput = { oneOffCosts: [{ name: "build", amounts: [money("100")] }] };
 * input.oneOffCosts?.[0]?.name //=> "build"
 * ```
 */
export interface BusinessCaseInput {
  /** Set-up costs: systems, implementation, redundancy. Optimism bias `oneOff` applies. */
  readonly oneOffCosts?: readonly BusinessCaseLine[];
  /** Costs that recur: licences, support, staff. Optimism bias `running` applies. */
  readonly runningCosts?: readonly BusinessCaseLine[];
  /** Savings that leave the budget (posts deleted, postage no longer bought). */
  readonly cashableBenefits?: readonly BusinessCaseLine[];
  /** Savings of time or cost that stay in the budget (capacity freed, not released). */
  readonly nonCashableBenefits?: readonly BusinessCaseLine[];
}

/**
 * The options of {@link businessCase}.
 *
 * @example
 * ```ts
 * import { GREEN_BOOK_OPTIMISM_BIAS, type BusinessCaseOptions } from "council-contact/cost";
 * const itUplift = GREEN_BOOK_OPTIMISM_BIAS.projectTypes["equipment-development"].capitalExpenditure!.upper;
 * const options: BusinessCaseOptions = { optimismBias: { oneOff: itUplift } };
 * options.optimismBias //=> { oneOff: 2 }
 * ```
 */
export interface BusinessCaseOptions {
  /** A real discount rate a year, or a schedule. Default {@link GREEN_BOOK_DISCOUNT_RATE} (3.5%). */
  readonly discountRate?: DiscountRate;
  /** Uplift on costs for optimism bias, ≥ 0 (0.2 = +20%): one for all costs, or one each. Default 0. */
  readonly optimismBias?:
    | number
    | {
        /** Uplift on one-off costs. */
        readonly oneOff?: number;
        /** Uplift on running costs. */
        readonly running?: number;
      };
  /** Count non-cashable benefits in the benefits, NPV and payback. Default true. */
  readonly includeNonCashable?: boolean;
  /** How amounts are rounded to the penny. Default `DEFAULT_ROUNDING` (`halfUp`). */
  readonly rounding?: RoundingMode;
}

/**
 * One year of a {@link BusinessCase}.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { businessCase, type BusinessCaseYear } from "council-contact/cost";
 * const today: BusinessCaseYear = businessCase({ oneOffCosts: [{ name: "build", amounts: [money("100")] }] }).years[0]!;
 * [today.costs, today.net, today.presentValue] //=> ["100.00", "-100.00", "-100.00"]
 * ```
 */
export interface BusinessCaseYear {
  /** Years from today (0 is undiscounted). */
  readonly year: number;
  /** One-off costs before optimism bias. */
  readonly oneOffCosts: Money;
  /** Running costs before optimism bias. */
  readonly runningCosts: Money;
  /** The optimism-bias uplift on this year's costs (each line's uplift rounded to the penny). */
  readonly optimismBias: Money;
  /** One-off + running + optimism bias. */
  readonly costs: Money;
  /** Cashable benefits. */
  readonly cashableBenefits: Money;
  /** Non-cashable benefits (counted in `benefits` only with `includeNonCashable`). */
  readonly nonCashableBenefits: Money;
  /** The benefits counted. */
  readonly benefits: Money;
  /** Benefits − costs. */
  readonly net: Money;
  /** The year's discount factor (display only; the sums use it exactly). */
  readonly discountFactor: number;
  /** Net × discount factor, to the penny; the years add up to the NPV exactly. */
  readonly presentValue: Money;
  /** Net so far. */
  readonly cumulativeNet: Money;
  /** Present value so far. */
  readonly cumulativePresentValue: Money;
}

/**
 * A business case appraised: yearly figures, totals, NPV, payback and benefit-cost ratio.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { businessCase, type BusinessCase } from "council-contact/cost";
 * const result: BusinessCase = businessCase({ cashableBenefits: [{ name: "posts", amounts: [money("0"), money("103.50")] }] });
 * [result.npv, result.paybackYear, result.benefitCostRatio] //=> ["100.00", 0, null]
 * ```
 */
export interface BusinessCase {
  /** Each year from 0 to the last with any amount. */
  readonly years: readonly BusinessCaseYear[];
  /** All costs, undiscounted (optimism bias included). */
  readonly totalCosts: Money;
  /** All benefits counted, undiscounted. */
  readonly totalBenefits: Money;
  /** Present value of the costs, rounded once. */
  readonly presentValueCosts: Money;
  /** NPV + present value of costs (so the three reconcile; within 1p of its exact value). */
  readonly presentValueBenefits: Money;
  /** Net present value: the exact Σ net × factor, rounded once. */
  readonly npv: Money;
  /** First year from which the cumulative net never falls below zero; `null` if it ends below. */
  readonly paybackYear: number | null;
  /** The same for the cumulative present value. */
  readonly discountedPaybackYear: number | null;
  /** Present value of benefits ÷ present value of costs (exact ratio as a number); `null` with no costs. */
  readonly benefitCostRatio: number | null;
  /** The assumptions used, defaults filled in. */
  readonly assumptions: {
    /** The discount rate or schedule. */
    readonly discountRate: DiscountRate;
    /** The optimism-bias uplifts. */
    readonly optimismBias: {
      /** On one-off costs. */
      readonly oneOff: number;
      /** On running costs. */
      readonly running: number;
    };
    /** Whether non-cashable benefits are counted. */
    readonly includeNonCashable: boolean;
  };
}

type Category = "oneOffCosts" | "runningCosts" | "cashableBenefits" | "nonCashableBenefits";
const CATEGORIES: readonly Category[] = ["oneOffCosts", "runningCosts", "cashableBenefits", "nonCashableBenefits"];

/**
 * Appraises a business case the Green Book way: costs (with an optimism-bias uplift) and benefits
 * by year, discounted at 3.5% real by default, year 0 undiscounted. Returns each year, the NPV,
 * present values of costs and benefits, the payback year (undiscounted and discounted) and the
 * benefit-cost ratio. Rounding happens at declared points only: each cost line's uplift is
 * rounded to the penny per year; the NPV and the present value of costs are exact sums rounded
 * once; the yearly present values are apportioned (largest remainder) so they add up to the NPV.
 *
 * @param input - one-off and running costs, cashable and non-cashable benefits, by year. Not modified.
 * @param options - discount rate, optimism bias, whether to count non-cashable benefits, rounding.
 * @returns the appraisal.
 * @throws RangeError naming the line and year of an amount that is not `Money`, a negative
 * optimism bias or a bad discount rate.
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { businessCase } from "council-contact/cost";
 * const tenYears = (amount: string) => [money("0"), ...Array(10).fill(money(amount))];
 * const result = businessCase({
 *   oneOffCosts: [{ name: "platform and implementation", amounts: [money("500000")] }],
 *   runningCosts: [{ name: "licences and support", amounts: tenYears("50000") }],
 *   cashableBenefits: [{ name: "posts released", amounts: tenYears("150000") }],
 * });
 * [result.npv, result.paybackYear, result.discountedPaybackYear] //=> ["331660.53", 5, 6]
 * result.benefitCostRatio! //=> ≈ 1.3621
 * businessCase({ oneOffCosts: [{ name: "x", amounts: [8.62 as never] }] }) //=> throws RangeError
 * ```
 */
export function businessCase(input: BusinessCaseInput, options: BusinessCaseOptions = {}): BusinessCase {
  checkOptions(options);
  const rounding = readRounding(options.rounding);
  const discountRate = options.discountRate ?? GREEN_BOOK_DISCOUNT_RATE;
  const bias = optimismBiasOf(options.optimismBias);
  const includeNonCashable = options.includeNonCashable ?? true;
  const lines = readLines(input);
  const horizon = Math.max(1, ...CATEGORIES.flatMap((category) => lines[category].map((line) => line.amounts.length)));
  const factors = discountFactors(discountRate, "discountRate", horizon - 1);
  const at = (category: Category, year: number): Money[] =>
    lines[category].map((line) => line.amounts[year] ?? fromPence(0));
  const uplift = (amounts: Money[], rate: number): Money[] =>
    rate === 0 ? [] : amounts.map((amount) => multiply(amount, rate, rounding));

  const rows = Array.from({ length: horizon }, (_, year) => {
    const oneOff = at("oneOffCosts", year);
    const running = at("runningCosts", year);
    const optimism = sum([...uplift(oneOff, bias.oneOff), ...uplift(running, bias.running)]);
    const costs = add(add(sum(oneOff), sum(running)), optimism);
    const cashable = sum(at("cashableBenefits", year));
    const nonCashable = sum(at("nonCashableBenefits", year));
    const benefits = includeNonCashable ? add(cashable, nonCashable) : cashable;
    return {
      year,
      oneOff: sum(oneOff),
      running: sum(running),
      optimism,
      costs,
      cashable,
      nonCashable,
      benefits,
      net: subtract(benefits, costs),
    };
  });
  const exact = (pick: (row: (typeof rows)[number]) => Money): Fraction[] =>
    rows.map((row, year) => times(penceFraction(pick(row)), factors[year]!));
  const costsPv = exact((row) => row.costs).reduce(plus, ZERO);
  const benefitsPv = exact((row) => row.benefits).reduce(plus, ZERO);
  const netPv = apportion(
    exact((row) => row.net),
    rounding,
  );
  const presentValueCosts = fromPence(rounding(costsPv.n, costsPv.d));
  const npvMoney = fromPence(netPv.total);

  let cumulative = fromPence(0);
  let cumulativePv = fromPence(0);
  const years = rows.map((row, year): BusinessCaseYear => {
    cumulative = add(cumulative, row.net);
    cumulativePv = add(cumulativePv, fromPence(netPv.shares[year]!));
    return {
      year,
      oneOffCosts: row.oneOff,
      runningCosts: row.running,
      optimismBias: row.optimism,
      costs: row.costs,
      cashableBenefits: row.cashable,
      nonCashableBenefits: row.nonCashable,
      benefits: row.benefits,
      net: row.net,
      discountFactor: toNumber(factors[year]!),
      presentValue: fromPence(netPv.shares[year]!),
      cumulativeNet: cumulative,
      cumulativePresentValue: cumulativePv,
    };
  });
  return {
    years,
    totalCosts: sum(rows.map((row) => row.costs)),
    totalBenefits: sum(rows.map((row) => row.benefits)),
    presentValueCosts,
    presentValueBenefits: add(npvMoney, presentValueCosts),
    npv: npvMoney,
    paybackYear: payback(years.map((year) => year.cumulativeNet)),
    discountedPaybackYear: payback(years.map((year) => year.cumulativePresentValue)),
    benefitCostRatio: costsPv.n === 0n ? null : toNumber(over(benefitsPv, costsPv)),
    assumptions: { discountRate, optimismBias: bias, includeNonCashable },
  };
}

/** The first year from which every cumulative figure is ≥ 0, or `null`. */
function payback(cumulative: readonly Money[]): number | null {
  let year = cumulative.length;
  while (year > 0 && !cumulative[year - 1]!.startsWith("-")) year -= 1;
  return year === cumulative.length ? null : year;
}

function optimismBiasOf(option: BusinessCaseOptions["optimismBias"]): { oneOff: number; running: number } {
  if (option === undefined) return { oneOff: 0, running: 0 };
  if (typeof option === "number") {
    readNonNegative(option, "optimismBias");
    return { oneOff: option, running: option };
  }
  if (typeof option !== "object" || option === null)
    refuse("optimismBias", "a share ≥ 0 or { oneOff, running }", option);
  const oneOff = option.oneOff ?? 0;
  const running = option.running ?? 0;
  readNonNegative(oneOff, "optimismBias.oneOff");
  readNonNegative(running, "optimismBias.running");
  return { oneOff, running };
}

function readLines(input: BusinessCaseInput): Record<Category, readonly BusinessCaseLine[]> {
  if (typeof input !== "object" || input === null) refuse("input", "an object of cost and benefit lines", input);
  const read = {} as Record<Category, readonly BusinessCaseLine[]>;
  for (const category of CATEGORIES) {
    const lines = input[category] ?? [];
    if (!Array.isArray(lines)) refuse(category, "an array of { name, amounts }", lines);
    lines.forEach((line: BusinessCaseLine, i: number) => {
      if (typeof line?.name !== "string") refuse(`${category}[${i}].name`, "a string", line?.name);
      if (!Array.isArray(line.amounts))
        refuse(`${category}[${i}].amounts`, "an array of Money, one per year from year 0", line.amounts);
      line.amounts.forEach((amount, year) => {
        readMoney(amount, `${category}[${i}].amounts[${year}]`);
      });
    });
    read[category] = lines;
  }
  return read;
}

/** Exact present value of one line, uplifted by `1 + uplift` (private; for switching values). */
export function linePresentValue(line: BusinessCaseLine, factors: readonly Fraction[], uplift: number): Fraction {
  const pv = line.amounts.reduce((sum, amount, year) => plus(sum, times(penceFraction(amount), factors[year]!)), ZERO);
  return times(pv, onePlus(readNonNegative(uplift, "optimismBias")));
}
