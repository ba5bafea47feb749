import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type BenchResult, checkFigure, heldBytesOf, heldMb, medianHeldMb } from "../../bench/harness.js";

const figure = (value: number, ratio?: number): BenchResult => ({
  name: "memory held by 1.3 M results in the compact form",
  value,
  unit: "MB",
  budget: "reference",
  pass: true,
  ...(ratio === undefined ? {} : { ratio }),
});

describe("checkFigure", () => {
  it("passes a possible figure through unchanged, zero included", () => {
    const good = figure(12.5, 0.4);
    expect(checkFigure(good)).toBe(good);
    expect(checkFigure(figure(0))).toEqual(figure(0));
  });

  it.each([-66.4, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "refuses a value of %s MB with a RangeError naming the figure",
    (value) => {
      expect(() => checkFigure(figure(value))).toThrow(RangeError);
      expect(() => checkFigure(figure(value))).toThrow(
        `benchmark figure "memory held by 1.3 M results in the compact form" is ${value} MB`,
      );
    },
  );

  it.each([-0.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses a ratio of %s, naming the figure", (ratio) => {
    expect(() => checkFigure(figure(10, ratio))).toThrow(
      `benchmark figure "memory held by 1.3 M results in the compact form" has ratio ${ratio}`,
    );
  });

  it("says what the benchmark noted, so a failed child process's error is not lost", () => {
    expect(() => checkFigure({ ...figure(Number.NaN), note: "child exited with code 134" })).toThrow(
      "(child exited with code 134)",
    );
  });
});

describe("heldMb", () => {
  it("reports the median of the samples in MB (10^6 bytes)", () => {
    expect(heldMb("x", [30_000_000, 10_000_000, 20_000_000])).toBe(20);
    expect(heldMb("x", [1_000_000, 3_000_000])).toBe(2);
  });

  it("refuses every sample set with a negative or non-finite sample, even when the median would look fine", () => {
    expect(() => heldMb("results held", [50e6, -66.4e6, 52e6])).toThrow(
      'benchmark figure "results held" measured -66400000 bytes held in one of 3 runs',
    );
    expect(() => heldMb("results held", [50e6, Number.NaN, 52e6])).toThrow(RangeError);
    expect(() => heldMb("results held", [])).toThrow('benchmark figure "results held" has no samples');
  });
});

describe("heldBytesOf", () => {
  it("reads the last line a measuring process printed", () => {
    expect(heldBytesOf("x", 'warming up\n{"heldBytes":1234,"kept":true}\n')).toBe(1234);
  });

  it("throws naming the figure when the process printed no figure", () => {
    expect(() => heldBytesOf("results held", "Segmentation fault\n")).toThrow(
      'benchmark figure "results held": the measuring process printed no {"heldBytes": n} line',
    );
    expect(() => heldBytesOf("results held", '{"heldBytes":"12"}')).toThrow("results held");
  });
});

describe("medianHeldMb", () => {
  // Two fresh Node processes (a second or more each): with the next test, the only ones here that start processes.
  // The figure is 10 MB less whatever the collections free that setup left (a few kB), plus the value's small header.
  it("measures what a value holds in a child process, not its setup or garbage", () => {
    const mb = medianHeldMb("ten megabytes", join(import.meta.dirname, "tenMegabytes.ts"), "tenMegabytes", {
      runs: 2,
    });
    expect(mb).toBeGreaterThan(9.9);
    expect(mb).toBeLessThan(10.5);
  }, 30_000);

  it("throws naming the figure when the module exports no such case", () => {
    expect(() => medianHeldMb("nothing", join(import.meta.dirname, "tenMegabytes.ts"), "missing", { runs: 1 })).toThrow(
      'benchmark figure "nothing": the measuring process failed',
    );
  }, 30_000);
});
