import { rangeError } from "../core/index.js";
import { formatMoney, fromPence, halfUp, type RoundingMode } from "../money/index.js";
import type { Channel } from "../taxonomy/index.js";
import { decimalOf, decimalText, type Fraction, fraction } from "./fraction.js";
import { readRounding } from "./readOptions.js";

/**
 * An exact cost in pounds that may be finer than a penny: a decimal string (`"2.83"`,
 * `"0.0437"`) or, where the figure does not terminate, a fraction of pounds (`"13/66"`, which an
 * activity-based cost such as £32,500 ÷ 1,650 hours gives). A number is read by its shortest
 * decimal form (`0.15` is fifteen pence). Sub-penny costs stay exact until a result is rounded to
 * the penny, once, at a declared point. A `Money` is a valid `UnitCost`.
 *
 * @example
 * ```ts
 * import { unitCost, type UnitCost } from "council-contact/cost";
 * const perCall: UnitCost = "2.83";
 * unitCost(perCall) //=> "2.83"
 * unitCost("65/198") //=> "65/198"
 * ```
 */
export type UnitCost = string | number;

/**
 * Cost per contact by channel code, in pounds. A channel left out has **no** unit cost: contacts on
 * it are reported as uncosted, never costed at £0 (write `"0"` for a channel that really costs nothing).
 *
 * @example
 * ```ts
 * import type { UnitCostTable } from "council-contact/cost";
 * const costs: UnitCostTable = { telephone: "2.83", "web-form": "0.15" };
 * costs.telephone //=> "2.83"
 * ```
 */
export type UnitCostTable = Readonly<Partial<Record<Channel, UnitCost>>>;

/**
 * Checks a unit cost and writes it in canonical form: a decimal with at least two places when it
 * terminates (`"0.1500"` → `"0.15"`, `8.6` → `"8.60"`), otherwise the fraction in lowest terms.
 *
 * @param value - pounds: a number, a decimal string or a fraction string `"n/d"`.
 * @returns the same cost, canonical.
 * @throws RangeError naming the value if it is negative, not finite, or not a decimal or fraction.
 * @example
 * ```ts
 * import { unitCost } from "council-contact/cost";
 * unitCost(0.15) //=> "0.15"
 * unitCost("0.04370") //=> "0.0437"
 * unitCost("130/396") //=> "65/198"
 * unitCost("1/4") //=> "0.25"
 * unitCost(-1) //=> throws RangeError
 * ```
 */
export function unitCost(value: UnitCost): string {
  return unitCostText(readUnitCost(value, "unitCost: value"));
}

/**
 * A unit cost rounded to a number of decimal places of a pound, with the pound sign, for tables
 * and explanations (the exact value is what the module computes with).
 *
 * @param value - the unit cost.
 * @param places - decimal places of a pound, 2 or more; default 4 (a hundredth of a penny).
 * @param rounding - how to round; default `halfUp`.
 * @returns the cost formatted as `£0.3283`.
 * @throws RangeError if the cost is not a valid unit cost, `places` is not a whole number from 2 to 12 or
 * `rounding` is not a rounding mode.
 * @example
 * ```ts
 * import { formatUnitCost } from "council-contact/cost";
 * formatUnitCost("65/198") //=> "£0.3283"
 * formatUnitCost("2.83", 2) //=> "£2.83"
 * formatUnitCost("1234.5") //=> "£1,234.5000"
 * ```
 */
export function formatUnitCost(value: UnitCost, places = 4, rounding: RoundingMode = halfUp): string {
  if (!Number.isInteger(places) || places < 2 || places > 12) {
    throw rangeError("formatUnitCost: places", "a whole number from 2 to 12", places);
  }
  const pounds = readUnitCost(value, "formatUnitCost: value");
  const scale = 10n ** BigInt(places - 2);
  const units = readRounding(rounding, "formatUnitCost: rounding")(pounds.n * 100n * scale, pounds.d);
  const whole = units / scale;
  return places === 2
    ? formatMoney(fromPence(whole))
    : `${formatMoney(fromPence(whole))}${(units % scale).toString().padStart(places - 2, "0")}`;
}

const FRACTION = /^(\d+)\/(\d+)$/;

/** A unit cost read exactly, in pounds (private); `where` names the option in the error. */
export function readUnitCost(value: unknown, where: string): Fraction {
  let pounds: Fraction | undefined;
  const match = typeof value === "string" ? FRACTION.exec(value) : null;
  if (match) {
    const denominator = BigInt(match[2]!);
    if (denominator > 0n) pounds = fraction(BigInt(match[1]!), denominator);
  } else {
    pounds = decimalOf(value);
  }
  if (!pounds || pounds.n < 0n) {
    throw rangeError(
      where,
      'a unit cost in pounds ≥ 0: a number, a decimal string such as "2.83" or a fraction such as "65/198"',
      value,
    );
  }
  return pounds;
}

/** The canonical text of a unit cost held exactly in pounds (private). */
export function unitCostText(pounds: Fraction): string {
  return decimalText(pounds, 2) ?? `${pounds.n}/${pounds.d}`;
}
