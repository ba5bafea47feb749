import { describe, expect, it } from "vitest";
import { timeZone } from "../../src/core/index.js";
import { readLocalTime } from "../../src/ingest/readLocalTime.js";

const newYork = timeZone("America/New_York");
const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

describe("readLocalTime", () => {
  it("reads a US 12-hour time in the zone: 12 AM is midnight, 12 PM is noon", () => {
    expect(iso(readLocalTime("05/01/2022 12:03:00 AM", newYork))).toBe("2022-05-01T04:03:00.000Z");
    expect(iso(readLocalTime("05/01/2022 12:03:00 PM", newYork))).toBe("2022-05-01T16:03:00.000Z");
    expect(iso(readLocalTime("01/15/2022 01:00:00 PM", newYork))).toBe("2022-01-15T18:00:00.000Z");
  });

  it("reads an ISO local time with a space or a T, and a bare day as its midnight", () => {
    expect(iso(readLocalTime("2022-01-21 13:47:00", newYork))).toBe("2022-01-21T18:47:00.000Z");
    expect(iso(readLocalTime("2022-05-01T00:03:00.000", newYork))).toBe("2022-05-01T04:03:00.000Z");
    expect(iso(readLocalTime("2022-05-01", newYork))).toBe("2022-05-01T04:00:00.000Z");
  });

  it("keeps the offset a time is written with, whatever the zone", () => {
    expect(iso(readLocalTime("2014-05-09T19:02:21-05:00", newYork))).toBe("2014-05-10T00:02:21.000Z");
  });

  it("reads a time across the spring-forward gap by moving it on an hour", () => {
    expect(iso(readLocalTime("03/13/2022 02:30:00 AM", newYork))).toBe("2022-03-13T07:30:00.000Z");
  });

  it("gives undefined for text that names no real time", () => {
    for (const text of [
      "yesterday",
      "13/01/2022 10:00:00 AM",
      "02/30/2022",
      "05/01/2022 13:00:00 PM",
      "2022-05-01 24:00",
    ]) {
      expect(readLocalTime(text, newYork), text).toBeUndefined();
    }
  });
});
