import fc from "fast-check";
import { describe, it } from "vitest";
import { expectTypedOutcome, FUZZ_RUNS } from "./hostile.js";

/** One public function's name and an arbitrary for its argument list. */
export type FuzzCase = readonly [name: string, args: fc.Arbitrary<unknown[]>];

const call = (f: unknown, args: unknown[]) => () => (f as (...xs: unknown[]) => unknown)(...args);

/**
 * The fuzz suite of one module: a test that every public function has a case, then each case under
 * hostile arguments, allowed to return or throw only the `allowed` errors, within the hang bound,
 * without changing its input.
 */
export function fuzzModule(
  label: string,
  module: object,
  cases: readonly FuzzCase[],
  allowed: readonly (abstract new (...args: never[]) => Error)[],
): void {
  const errors = allowed.map((kind) => kind.name).join(" or ");
  describe(`${label} under hostile input`, () => {
    it("fuzzes every public function", () => {
      const functions = Object.entries(module).filter(([, value]) => typeof value === "function");
      const covered = new Set(cases.map(([name]) => name));
      for (const [name] of functions) if (!covered.has(name)) throw new Error(`no fuzz case for ${name}`);
    });

    it.each(cases)(`%s returns or throws a ${errors}, within budget, leaving its input alone`, (name, args) => {
      const f = (module as Record<string, unknown>)[name];
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
          expectTypedOutcome(call(f, xs), xs, allowed);
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  });
}
