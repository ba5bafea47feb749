import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { AnnualStaffingOptions } from "../../src/staffing/index.js";
import { annualStaffing } from "../../src/staffing/index.js";

const nineToFive = { open: "09:00", close: "17:00" };
const weekdays = {
  monday: nineToFive,
  tuesday: nineToFive,
  wednesday: nineToFive,
  thursday: nineToFive,
  friday: nineToFive,
};
// 100 calls in every half-hour 09:00–17:00, Monday to Friday, 52 weeks.
const flat: AnnualStaffingOptions = {
  callsPerYear: 52 * 5 * 16 * 100,
  openingHours: weekdays,
  ahtSeconds: 180,
  targets: { serviceLevel: 0.8, targetSeconds: 20 },
  shrinkage: 0.3,
  paidHoursPerFte: 37,
};

describe("annualStaffing", () => {
  it("turns 100 calls a half-hour into 21.6 FTE (worked by hand: 14 agents × 40 h = 560 h; ÷ 0.7 = 800 h; ÷ 37 h)", () => {
    const result = annualStaffing(flat);
    expect(result.callsPerWeek).toBe(8000);
    expect(result.week).toHaveLength(80);
    expect(result.week.every((i) => i.calls === 100 && i.agents === 14)).toBe(true);
    expect(result.productiveAgentHoursPerWeek).toBe(560);
    expect(result.scheduledAgentHoursPerWeek).toBeCloseTo(800, 10);
    expect(result.fte).toBeCloseTo(800 / 37, 10);
    expect(result.openHoursPerWeek).toBe(40);
    expect(result.peakAgents).toBe(14);
    expect(result.workloadHoursPerWeek).toBe(400);
    expect(result.occupancy).toBeCloseTo(400 / 560, 12);
  });

  it("grosses up for shrinkage by dividing by (1 − shrinkage), not multiplying by (1 + shrinkage)", () => {
    const result = annualStaffing({ ...flat, shrinkage: 0.5 });
    expect(result.scheduledAgentHoursPerWeek).toBe(1120); // 560 ÷ 0.5, where 560 × 1.5 would be 840
  });

  it("spreads a week's calls by the weekly pattern, then each day's by the intraday pattern (worked by hand)", () => {
    const intraday = Array.from({ length: 48 }, () => 0);
    intraday[18] = 1; // 09:00
    intraday[19] = 3; // 09:30
    intraday[20] = 99; // 10:00, after closing: not used
    const hour = { open: "09:00", close: "10:00" };
    const result = annualStaffing({
      ...flat,
      callsPerYear: 52 * 5200,
      openingHours: { monday: hour, tuesday: hour },
      weeklyPattern: { monday: 3, tuesday: 1 },
      intradayPattern: intraday,
    });
    // Monday 3/4 of 5200 = 3900: 975 at 09:00, 2925 at 09:30. Tuesday 1300: 325 and 975.
    expect(result.week.map(({ day, start, calls }) => [day, start, calls])).toEqual([
      ["monday", "09:00", 975],
      ["monday", "09:30", 2925],
      ["tuesday", "09:00", 325],
      ["tuesday", "09:30", 975],
    ]);
  });

  it("returns every assumption beside the answer, defaults filled in", () => {
    expect(annualStaffing(flat).assumptions).toEqual({
      callsPerYear: 416_000,
      openingHours: weekdays,
      weeklyPattern: { monday: 1, tuesday: 1, wednesday: 1, thursday: 1, friday: 1 },
      intradayPattern: Array.from({ length: 48 }, () => 1),
      ahtSeconds: 180,
      targets: { serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 1 },
      shrinkage: 0.3,
      paidHoursPerFte: 37,
      intervalMinutes: 30,
      weeksPerYear: 52,
    });
  });

  it("works with hourly intervals and a 24:00 close", () => {
    const result = annualStaffing({
      ...flat,
      intervalMinutes: 60,
      openingHours: { saturday: { open: "20:00", close: "24:00" } },
    });
    expect(result.week.map((i) => i.start)).toEqual(["20:00", "21:00", "22:00", "23:00"]);
    expect(result.openHoursPerWeek).toBe(4);
  });

  it("needs more FTE for longer calls, more shrinkage or a stricter target (monotone in each assumption)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 60, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0.5, max: 0.9, noNaN: true }),
        (ahtSeconds, shrinkage, serviceLevel) => {
          const options = {
            ...flat,
            callsPerYear: 500_000,
            ahtSeconds,
            shrinkage,
            targets: { serviceLevel, targetSeconds: 20 },
          };
          const fte = annualStaffing(options).fte;
          expect(annualStaffing({ ...options, ahtSeconds: ahtSeconds * 1.2 }).fte).toBeGreaterThanOrEqual(fte);
          expect(annualStaffing({ ...options, shrinkage: shrinkage + 0.05 }).fte).toBeGreaterThan(fte);
          expect(
            annualStaffing({ ...options, targets: { serviceLevel: serviceLevel + 0.05, targetSeconds: 20 } }).fte,
          ).toBeGreaterThanOrEqual(fte);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("needs no staff for no calls", () => {
    const result = annualStaffing({ ...flat, callsPerYear: 0 });
    expect(result.fte).toBe(0);
    expect(result.occupancy).toBe(0);
  });

  const bad: [string, Partial<AnnualStaffingOptions>, RegExp][] = [
    ["negative calls", { callsPerYear: -1 }, /callsPerYear must be a finite number ≥ 0, got -1/],
    ["shrinkage of 1", { shrinkage: 1 }, /shrinkage must be in \[0, 1\), got 1/],
    ["no paid hours", { paidHoursPerFte: 0 }, /paidHoursPerFte must be a finite number > 0, got 0/],
    ["zero AHT", { ahtSeconds: 0 }, /ahtSeconds must be a finite number > 0, got 0/],
    ["no weeks", { weeksPerYear: 0 }, /weeksPerYear must be a finite number > 0, got 0/],
    [
      "a 7-minute interval",
      { intervalMinutes: 7 },
      /intervalMinutes must be a whole number of minutes dividing 1440, got 7/,
    ],
    [
      "a short intraday pattern",
      { intradayPattern: [1, 2, 3] },
      /intradayPattern must have 48 entries \(one per 30 minutes\), got 3/,
    ],
    [
      "a negative intraday weight",
      { intradayPattern: Array.from({ length: 48 }, (_, i) => (i === 5 ? -1 : 1)) },
      /intradayPattern\[5\] must be a finite number ≥ 0, got -1/,
    ],
    [
      "no open interval weight",
      { intradayPattern: Array.from({ length: 48 }, (_, i) => (i < 18 ? 1 : 0)) },
      /intradayPattern must give an open interval on monday a weight > 0, got 0/,
    ],
    ["no open days", { openingHours: {} }, /openingHours must open on at least one day, got none/],
    [
      "a closed day's weight",
      { weeklyPattern: { monday: 1, sunday: 0.5 } },
      /weeklyPattern.sunday must be 0 on a day the lines are closed, got 0.5/,
    ],
    [
      "a negative day weight",
      { weeklyPattern: { monday: -1 } },
      /weeklyPattern.monday must be a finite number ≥ 0, got -1/,
    ],
    [
      "all-zero day weights",
      { weeklyPattern: { monday: 0 } },
      /weeklyPattern must give an open day a weight > 0, got 0/,
    ],
    [
      "a malformed time",
      { openingHours: { monday: { open: "9:00", close: "17:00" } } },
      /openingHours.monday.open must be a time "HH:MM" from 00:00 to 24:00, got "9:00"/,
    ],
    [
      "a time past midnight",
      { openingHours: { monday: { open: "09:00", close: "24:30" } } },
      /openingHours.monday.close must be a time "HH:MM" .* got "24:30"/,
    ],
    [
      "a close before the open",
      { openingHours: { monday: { open: "17:00", close: "09:00" } } },
      /openingHours.monday must close after it opens, on 30-minute boundaries, got 17:00–09:00/,
    ],
    [
      "an off-grid time",
      { openingHours: { monday: { open: "09:15", close: "17:00" } } },
      /on 30-minute boundaries, got 09:15–17:00/,
    ],
    [
      "a bad target",
      { targets: { serviceLevel: 1.5, targetSeconds: 20 } },
      /targets.serviceLevel must be in \(0, 1\], got 1.5/,
    ],
    [
      "a negative target time",
      { targets: { serviceLevel: 0.8, targetSeconds: -1 } },
      /targets.targetSeconds must be a finite number ≥ 0, got -1/,
    ],
    [
      "a bad occupancy cap",
      { targets: { serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 2 } },
      /targets.maxOccupancy must be in \(0, 1\], got 2/,
    ],
    [
      "a bad ASA target",
      { targets: { serviceLevel: 0.8, targetSeconds: 20, maxAsaSeconds: 0 } },
      /targets.maxAsaSeconds must be a finite number > 0, got 0/,
    ],
    [
      "an unknown day",
      { openingHours: { mon: nineToFive } as AnnualStaffingOptions["openingHours"] },
      /openingHours keys must be days monday … sunday, got "mon"/,
    ],
  ];
  it.each(bad)("rejects %s with a RangeError naming the option and value", (_, change, message) => {
    expect(() => annualStaffing({ ...flat, ...change })).toThrow(RangeError);
    expect(() => annualStaffing({ ...flat, ...change })).toThrow(message);
  });

  it("does not mutate its options", () => {
    const options = structuredClone(flat);
    annualStaffing(Object.freeze(options));
    expect(options).toEqual(flat);
  });
});
