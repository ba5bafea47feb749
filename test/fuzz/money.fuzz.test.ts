import fc from "fast-check";
import * as moneyModule from "../../src/money/index.js";
import { type FuzzCase, fuzzModule } from "./fuzzModule.js";
import { hostile } from "./hostile.js";

const { money } = moneyModule;
const amount = fc.oneof(hostile, fc.constantFrom<unknown>(money("8.62"), money("-1.00"), money("0.00")));
const ratio = fc.oneof(hostile, fc.constantFrom<unknown>(0.5, "1e-3", 3, "-2"));
/** Every public function of council-contact/money with arbitraries for its arguments. */
const cases: readonly FuzzCase[] = [
  ["allocate", fc.tuple(amount, fc.oneof(hostile, fc.array(ratio, { maxLength: 5 })))],
  ["abs", fc.tuple(amount)],
  ["add", fc.tuple(amount, amount)],
  ["negate", fc.tuple(amount)],
  ["subtract", fc.tuple(amount, amount)],
  ["sum", fc.tuple(fc.oneof(hostile, fc.array(amount, { maxLength: 5 })))],
  ["compare", fc.tuple(amount, amount)],
  ["isNegative", fc.tuple(amount)],
  ["isPositive", fc.tuple(amount)],
  ["isZero", fc.tuple(amount)],
  ["max", fc.tuple(amount, amount)],
  ["min", fc.tuple(amount, amount)],
  ["formatMoney", fc.tuple(amount, fc.oneof(hostile, fc.record({ symbol: hostile, grouping: hostile })))],
  ["parseMoney", fc.tuple(fc.oneof(hostile, fc.constantFrom<unknown>("£1,234.50", "-£1.00")))],
  ["isMoney", fc.tuple(hostile)],
  ["money", fc.tuple(hostile)],
  ["multiply", fc.tuple(amount, ratio, hostile)],
  ["divide", fc.tuple(amount, ratio, hostile)],
  ["fromPence", fc.tuple(hostile)],
  ["penceNumber", fc.tuple(amount)],
  ["toPence", fc.tuple(amount)],
  ["ratio", fc.tuple(amount, amount)],
  ...(["DEFAULT_ROUNDING", "ceil", "down", "floor", "halfDown", "halfEven", "halfUp", "up"] as const).map(
    (mode): [string, fc.Arbitrary<unknown[]>] => [mode, fc.tuple(fc.oneof(hostile, fc.bigInt()), hostile)],
  ),
];

fuzzModule("council-contact/money", moneyModule, cases, [RangeError]);
