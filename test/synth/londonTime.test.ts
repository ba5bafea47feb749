import { describe, expect, it } from "vitest";
import { britishSummerTime, londonDayStart, londonOffsetMs, weekdayOfDays } from "../../src/synth/londonTime.js";

describe("britishSummerTime", () => {
  it("runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October", () => {
    // Known dates: 2023 26 Mar–29 Oct; 2024 31 Mar–27 Oct; 2025 30 Mar–26 Oct.
    expect(britishSummerTime(2023)).toEqual([Date.UTC(2023, 2, 26, 1), Date.UTC(2023, 9, 29, 1)]);
    expect(britishSummerTime(2024)).toEqual([Date.UTC(2024, 2, 31, 1), Date.UTC(2024, 9, 27, 1)]);
    expect(britishSummerTime(2025)).toEqual([Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1)]);
  });
});

describe("londonOffsetMs and londonDayStart", () => {
  it("is one hour in summer and none in winter, switching at 01:00 UTC", () => {
    expect(londonOffsetMs(Date.UTC(2024, 6, 1))).toBe(3_600_000);
    expect(londonOffsetMs(Date.UTC(2024, 0, 1))).toBe(0);
    expect(londonOffsetMs(Date.UTC(2024, 2, 31, 0, 59))).toBe(0);
    expect(londonOffsetMs(Date.UTC(2024, 2, 31, 1))).toBe(3_600_000);
  });

  it("starts a London day at 00:00 GMT in winter and 23:00 UTC the evening before in summer", () => {
    expect(londonDayStart("2024-01-15")).toBe(Date.UTC(2024, 0, 15));
    expect(londonDayStart("2024-07-01")).toBe(Date.UTC(2024, 5, 30, 23));
    expect(londonDayStart("2024-03-31")).toBe(Date.UTC(2024, 2, 31));
    expect(londonDayStart("2024-10-27")).toBe(Date.UTC(2024, 9, 26, 23));
  });

  it("counts weekdays from Monday = 0, 1 January 1970 being a Thursday", () => {
    expect(weekdayOfDays(0)).toBe(3);
    expect(weekdayOfDays(4)).toBe(0);
    expect(weekdayOfDays(-1)).toBe(2);
  });
});
