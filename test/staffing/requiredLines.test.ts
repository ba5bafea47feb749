import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { erlangB, requiredLines } from "../../src/staffing/index.js";

describe("requiredLines", () => {
  it("reads the Erlang B table: 10 Erlangs at 1% need 18 lines, 2 Erlangs need 7", () => {
    // Erlang B tables at a 1% grade of service: 17 lines carry 9.685 E, 18 carry 10.437 E;
    // 6 lines carry 1.909 E, 7 carry 2.501 E.
    expect(requiredLines({ trafficErlangs: 10, maxBlocking: 0.01 })).toEqual({
      lines: 18,
      blockingProbability: erlangB(10, 18),
    });
    expect(requiredLines({ trafficErlangs: 2, maxBlocking: 0.01 }).lines).toBe(7);
  });

  it("needs 3 lines for 2 Erlangs at 25% blocking (worked by hand: B(2,2) = 2/5, B(2,3) = 4/19)", () => {
    expect(requiredLines({ trafficErlangs: 2, maxBlocking: 0.25 })).toEqual({
      lines: 3,
      blockingProbability: expect.closeTo(4 / 19, 15),
    });
  });

  it("needs no lines for no traffic, or when every call may be lost", () => {
    expect(requiredLines({ trafficErlangs: 0, maxBlocking: 0.01 })).toEqual({ lines: 0, blockingProbability: 0 });
    expect(requiredLines({ trafficErlangs: 5, maxBlocking: 1 }).lines).toBe(0);
  });

  it("is minimal: its lines meet the blocking target and one fewer does not", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10_000, noNaN: true }),
        fc.double({ min: 0.0001, max: 0.5, noNaN: true }),
        (a, target) => {
          const { lines, blockingProbability } = requiredLines({ trafficErlangs: a, maxBlocking: target });
          expect(blockingProbability).toBeLessThanOrEqual(target);
          expect(erlangB(a, lines - 1)).toBeGreaterThan(target);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects a blocking target outside (0, 1] with a RangeError naming maxBlocking", () => {
    expect(() => requiredLines({ trafficErlangs: 10, maxBlocking: 0 })).toThrow(
      /maxBlocking must be in \(0, 1\], got 0/,
    );
  });
});
