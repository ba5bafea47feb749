import { describe, expect, it } from "vitest";
import { instantOf } from "../../src/enquiry/instant.js";
import { londonDayNumber } from "../../src/enquiry/londonDay.js";

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe("londonDayNumber", () => {
  it.each([
    ["2025-06-01T23:30:00Z", "2025-06-02", "23:30 UTC in June is 00:30 BST the next day"],
    ["2025-12-01T23:30:00Z", "2025-12-01", "23:30 UTC in December is 23:30 GMT"],
    ["2025-03-30T00:59:59Z", "2025-03-30", "the last second of GMT on the day BST starts"],
    ["2025-03-30T23:00:00Z", "2025-03-31", "BST has started: 23:00 UTC is midnight"],
    ["2025-10-25T23:30:00Z", "2025-10-26", "still BST at 00:30 on the day it ends"],
    ["2025-10-26T23:30:00Z", "2025-10-26", "GMT again that evening"],
    ["2024-03-30T23:30:00Z", "2024-03-30", "BST starts on 31 March in 2024, a leap year"],
    ["2024-12-31T23:59:59Z", "2024-12-31", "New Year's Eve, GMT"],
    ["2025-01-01T00:00:00Z", "2025-01-01", "New Year's Day"],
  ])("%s is London day %s (%s)", (instant, expected) => {
    expect(londonDayNumber(Date.parse(instant))).toBe(day(expected));
  });
});

describe("instantOf", () => {
  it("reads epoch milliseconds and ISO instants with Z or an offset", () => {
    expect(instantOf(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(instantOf("2025-06-01T10:00:00+01:00")).toBe(Date.UTC(2025, 5, 1, 9));
    expect(instantOf("2025-06-01T09:00Z")).toBe(Date.UTC(2025, 5, 1, 9));
    expect(instantOf("2024-02-29T12:00:00.250Z")).toBe(Date.UTC(2024, 1, 29, 12, 0, 0, 250));
  });

  it("gives NaN for anything it cannot read as one instant", () => {
    for (const bad of [
      "2025-06-01T10:00:00",
      "2025-02-29T10:00:00Z",
      "2025-04-31T10:00:00Z",
      "2025-06-01",
      "2025-06-01T10:00:00+1",
      undefined,
      null,
      Number.NaN,
      -Infinity,
      {},
    ]) {
      expect(instantOf(bad)).toBeNaN();
    }
  });
});
