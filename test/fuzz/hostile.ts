import fc from "fast-check";
import { expect } from "vitest";

/**
 * Values a hostile or careless caller passes: `fc.anything()` plus the shapes that break code that
 * trusts its input (null and missing options, prototype keys, Symbols, BigInts, sparse arrays, lone
 * surrogates, signed zeros, infinities, NaN, extreme numbers, impossible dates and offsets).
 */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withNullPrototype: true,
    withSparseArray: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
  }),
  fc.constantFrom<unknown>(
    null,
    undefined,
    Symbol("x"),
    10n,
    -0,
    0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    "",
    "\ud800",
    "2025-13-45T10:00:00+01:00",
    "2025-02-30",
    "2025-06-04T10:00:00+25:00",
    "yesterday",
    [],
    // biome-ignore lint/suspicious/noSparseArray: a sparse array is the hostile input
    [, 1],
    new Array(3),
    {},
    Object.create(null),
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    new Date(Number.NaN),
    () => 1,
  ),
);

/** A record with one field replaced by a hostile value (or removed): for functions that take a record. */
export function corrupted<T extends object>(good: T): fc.Arbitrary<unknown> {
  const keys = Object.keys(good);
  if (keys.length === 0) return hostile;
  return fc.oneof(
    hostile,
    fc.tuple(fc.constantFrom(...keys), hostile).map(([key, value]) => ({ ...good, [key]: value })),
    fc.constantFrom(...keys).map((key) => {
      const copy: Record<string, unknown> = { ...(good as Record<string, unknown>) };
      delete copy[key];
      return copy;
    }),
    hostile.map((value) => ({ ...good, unexpected: value })),
  );
}

/**
 * The longest a single call may take before it counts as a hang. The hangs this guards against never
 * return at all; the bound is generous so that a busy shared machine never fails a call that is merely
 * slow (the suite measures no speed: benchmarks do).
 */
export const CALL_BUDGET_MS = 2000;

/**
 * Calls `run` and checks the library's promise for bad input: it returns, or throws one of the
 * `allowed` error classes (never a `TypeError` or anything else); it does so within
 * {@link CALL_BUDGET_MS}; it does not change its arguments or pollute `Object.prototype`.
 */
export function expectTypedOutcome(
  run: () => unknown,
  inputs: readonly unknown[],
  allowed: readonly (abstract new (...args: never[]) => Error)[],
): unknown {
  const before = inputs.map(snapshot);
  const started = performance.now();
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    const typed = allowed.some((kind) => error instanceof kind);
    expect(typed, `threw ${String(error)}`).toBe(true);
    expect(error instanceof TypeError && !allowed.includes(TypeError), `TypeError: ${String(error)}`).toBe(false);
  }
  expect(performance.now() - started, "took too long: a hang").toBeLessThan(CALL_BUDGET_MS);
  expect(inputs.map(snapshot), "the input was changed").toEqual(before);
  expect(({} as Record<string, unknown>).polluted, "Object.prototype was polluted").toBeUndefined();
  return result;
}

/** A comparable picture of a value, tolerant of values `structuredClone` refuses (Symbols, functions). */
function snapshot(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return typeof value === "object" && value !== null ? Object.keys(value) : String(value);
  }
}

/** Run counts: modest in `npm test`, large under `npm run fuzz` (FUZZ_RUNS). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
