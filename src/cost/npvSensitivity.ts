import { refuse } from "../core/index.js";
import { abs, compare, type Money, multiply, subtract } from "../money/index.js";
import {
  type BusinessCaseInput,
  type BusinessCaseLine,
  type BusinessCaseOptions,
  businessCase,
  linePresentValue,
} from "./businessCase.js";
import { discountFactors } from "./discounting.js";
import { decimalOf, decimalText, type Fraction, minus, ONE, over, plus, times, toNumber, ZERO } from "./fraction.js";
import { checkOptions, penceFraction, readRounding, readShare } from "./readOptions.js";

/**
 * The options of {@link npvSensitivity}: the business case's options, plus how far to move each input.
 *
 * @example
 * ```ts
 * import type { NpvSensitivityOptions } from "council-contact/cost";
 * const options: NpvSensitivityOptions = { change: 0.1, discountRates: [0.015, 0.05] };
 * options.change //=> 0.1
 * ```
 */
export interface NpvSensitivityOptions extends BusinessCaseOptions {
  /** How far each line (and the optimism bias) moves either way, as a share in (0, 1]: 0.2 = ±20%. Default 0.2. */
  readonly change?: number;
  /** The low and high discount rates to try. Default the base rate ± `change` of itself; none for a schedule. */
  readonly discountRates?: readonly [number, number];
}

/**
 * One input's effect on the NPV: a bar of a tornado chart.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { npvSensitivity, type NpvSensitivityRow } from "council-contact/cost";
 * const row: NpvSensitivityRow = npvSensitivity({ cashableBenefits: [{ name: "posts", amounts: [money("100")] }] }).rows[0]!;
 * [row.input, row.npvLow, row.npvHigh, row.switchingValue] //=> ["posts", "80.00", "120.00", -1]
 * ```
 */
export interface NpvSensitivityRow {
  /** The line's name, or `discount rate` / `optimism bias`. */
  readonly input: string;
  /** What kind of input it is. */
  readonly kind:
    | "one-off cost"
    | "running cost"
    | "cashable benefit"
    | "non-cashable benefit"
    | "discount rate"
    | "optimism bias";
  /** The input's low value, in words (`-20%`, `2.8%`). */
  readonly lowLabel: string;
  /** The input's high value, in words. */
  readonly highLabel: string;
  /** NPV with the input low. */
  readonly npvLow: Money;
  /** NPV with the input high. */
  readonly npvHigh: Money;
  /** |npvHigh − npvLow|: the length of the bar. */
  readonly swing: Money;
  /** The relative change in this line that makes the NPV zero (−0.4: 40% less); `null` for the discount rate, optimism bias or a line worth nothing. */
  readonly switchingValue: number | null;
}

/**
 * The NPV's sensitivity to each input, widest swing first.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { npvSensitivity, type NpvSensitivity } from "council-contact/cost";
 * const result: NpvSensitivity = npvSensitivity({ oneOffCosts: [{ name: "build", amounts: [money("100")] }] });
 * [result.npv, result.change] //=> ["-100.00", 0.2]
 * ```
 */
export interface NpvSensitivity {
  /** The NPV with every input at its base value. */
  readonly npv: Money;
  /** The relative change applied to each line. */
  readonly change: number;
  /** One row per line (and the discount rate, and the optimism bias if any), widest swing first. */
  readonly rows: readonly NpvSensitivityRow[];
}

const KINDS = {
  oneOffCosts: "one-off cost",
  runningCosts: "running cost",
  cashableBenefits: "cashable benefit",
  nonCashableBenefits: "non-cashable benefit",
} as const;
type Category = keyof typeof KINDS;

/**
 * How the NPV of a business case moves when each input moves: every cost and benefit line is
 * scaled by ±`change` in turn (each year's amount rounded to the penny), then the discount rate
 * and the optimism bias; the rows, widest swing first, are the data for a tornado chart. Each line
 * also gets its **switching value**, the Green Book's "how wrong would this have to be": the
 * relative change in that line alone that brings the NPV to zero (worked exactly, as the NPV is
 * linear in each line).
 *
 * @param input - the business case. Not modified.
 * @param options - the business case's options, `change` (default ±20%) and the discount rates to try.
 * @returns the base NPV and one row per input.
 * @throws RangeError naming the option for a `change` outside (0, 1], a discount rate outside
 * [0, 1), or anything {@link businessCase} rejects.
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import { npvSensitivity } from "council-contact/cost";
 * const tenYears = (amount: string) => [money("0"), ...Array(10).fill(money(amount))];
 * const result = npvSensitivity({
 *   oneOffCosts: [{ name: "platform", amounts: [money("500000")] }],
 *   runningCosts: [{ name: "support", amounts: tenYears("50000") }],
 *   cashableBenefits: [{ name: "posts released", amounts: tenYears("150000") }],
 * });
 * result.rows.map((row) => row.input) //=> ["posts released", "platform", "support", "discount rate"]
 * const posts = result.rows[0]!;
 * [posts.npvLow, posts.npvHigh] //=> ["82162.37", "581158.69"]
 * posts.switchingValue! //=> ≈ -0.2659
 * npvSensitivity({}, { change: 0 }) //=> throws RangeError
 * ```
 */
export function npvSensitivity(input: BusinessCaseInput, options: NpvSensitivityOptions = {}): NpvSensitivity {
  checkOptions(options);
  const change = options.change ?? 0.2;
  const share = readShare(change, "change");
  if (share.n === 0n) refuse("change", "a share in (0, 1]", change);
  const base = businessCase(input, options);
  // The two multipliers, 1 − change and 1 + change, exactly (0.8 and 1.2, never 0.8000000000000002).
  const low = exactProduct(1, minus(ONE, share));
  const high = exactProduct(1, plus(ONE, share));
  const rounding = readRounding(options.rounding);
  const scale = (line: BusinessCaseLine, by: number): BusinessCaseLine => ({
    ...line,
    amounts: line.amounts.map((amount) => multiply(amount, by, rounding)),
  });
  const percent = (value: number): string => `${Number((value * 100).toFixed(4))}%`;
  const factors = discountFactors(base.assumptions.discountRate, "discountRate", base.years.length - 1);
  const exactNpv = base.years.reduce<Fraction>(
    (sum, year, t) => plus(sum, times(penceFraction(year.net), factors[t]!)),
    ZERO,
  );
  const rows: NpvSensitivityRow[] = [];
  for (const category of Object.keys(KINDS) as Category[]) {
    const lines = input[category] ?? [];
    lines.forEach((line, i) => {
      const npvAt = (by: number): Money =>
        businessCase({ ...input, [category]: lines.map((other, j) => (j === i ? scale(other, by) : other)) }, options)
          .npv;
      const uplift =
        category === "oneOffCosts"
          ? base.assumptions.optimismBias.oneOff
          : category === "runningCosts"
            ? base.assumptions.optimismBias.running
            : 0;
      const counted = category !== "nonCashableBenefits" || base.assumptions.includeNonCashable;
      const pv = counted ? linePresentValue(line, factors, uplift) : ZERO;
      const signed = category.endsWith("Costs") ? minus(ZERO, pv) : pv;
      rows.push(
        row(
          line.name,
          KINDS[category],
          `-${percent(change)}`,
          `+${percent(change)}`,
          npvAt(low),
          npvAt(high),
          signed.n === 0n ? null : -toNumber(over(exactNpv, signed)),
        ),
      );
    });
  }
  const rates =
    options.discountRates ??
    (typeof base.assumptions.discountRate === "number"
      ? ([
          exactProduct(base.assumptions.discountRate, minus(ONE, share)),
          Math.min(exactProduct(base.assumptions.discountRate, plus(ONE, share)), 0.999999),
        ] as const)
      : undefined);
  if (rates) {
    const [low, high] = rates;
    const npvAt = (rate: number): Money => businessCase(input, { ...options, discountRate: rate }).npv;
    rows.push(row("discount rate", "discount rate", percent(low), percent(high), npvAt(low), npvAt(high), null));
  }
  const bias = base.assumptions.optimismBias;
  if (bias.oneOff > 0 || bias.running > 0) {
    const npvAt = (by: Fraction): Money =>
      businessCase(input, {
        ...options,
        optimismBias: { oneOff: exactProduct(bias.oneOff, by), running: exactProduct(bias.running, by) },
      }).npv;
    rows.push(
      row(
        "optimism bias",
        "optimism bias",
        `-${percent(change)}`,
        `+${percent(change)}`,
        npvAt(minus(ONE, share)),
        npvAt(plus(ONE, share)),
        null,
      ),
    );
  }
  const order = rows
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => compare(b.entry.swing, a.entry.swing) || a.i - b.i);
  return { npv: base.npv, change, rows: order.map(({ entry }) => entry) };
}

function row(
  input: string,
  kind: NpvSensitivityRow["kind"],
  lowLabel: string,
  highLabel: string,
  npvLow: Money,
  npvHigh: Money,
  switchingValue: number | null,
): NpvSensitivityRow {
  return { input, kind, lowLabel, highLabel, npvLow, npvHigh, swing: abs(subtract(npvHigh, npvLow)), switchingValue };
}

/** `value × by` worked exactly and returned as the number whose shortest decimal form is that product. */
function exactProduct(value: number, by: Fraction): number {
  const product = times(decimalOf(value)!, by);
  return Number(decimalText(product) ?? toNumber(product));
}
