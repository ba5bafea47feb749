import fc from "fast-check";
import { describe, it } from "vitest";
import * as moneyModule from "../../src/money/index.js";
import { expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

const { money } = moneyModule;
const amount = fc.oneof(hostile, fc.constantFrom<unknown>(money("8.62"), money("-1.00"), money("0.00")));
const ratio = fc.oneof(hostile, fc.constantFrom<unknown>(0.5, "1e-3", 3, "-2"));
const call = (f: unknown, args: unknown[]) => () => (f as (...xs: unknown[]) => unknown)(...args);

/** Every public function of council-contact/money with arbitraries for its arguments. */
const cases: readonly [string, fc.Arbitrary<unknown[]>][] = [
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

describe("council-contact/money under hostile input", () => {
  it("fuzzes every public function", () => {
    const functions = Object.entries(moneyModule).filter(([, value]) => typeof value === "function");
    const covered = new Set(cases.map(([name]) => name));
    for (const [name] of functions) if (!covered.has(name)) throw new Error(`no fuzz case for ${name}`);
  });

  it.each(cases)("%s returns or throws a RangeError, within budget, leaving its input alone", (name, args) => {
    const f = (moneyModule as Record<string, unknown>)[name];
    // Warm up first, so the first compilation of a function is not mistaken for a hang on a busy machine.
    for (const xs of fc.sample(args, 5)) {
      try {
        call(f, xs)();
      } catch {
        // judged below
      }
    }
    fc.assert(
      fc.property(args, (xs) => {
        expectTypedOutcome(call(f, xs), xs, [RangeError]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
