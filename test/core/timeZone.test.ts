import { TZDate } from "@date-fns/tz";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type Disambiguation, formatInstant, timeZone, type WallTime } from "../../src/core/index.js";

const ZONES = [
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "America/Sao_Paulo",
  "Pacific/Chatham",
] as const;

const at = (zone: string, wall: string, choice?: Disambiguation) =>
  formatInstant(timeZone(zone).instantOf(wall, choice));

/** Each zone's clocks going forward (a gap) and back (an overlap), worked by hand from the zone's rules. */
const CHANGES: readonly {
  zone: string;
  gap: string;
  gapBefore: string;
  gapAfter: string;
  overlap: string;
  first: string;
  second: string;
}[] = [
  {
    // 02:00 EST → 03:00 EDT; 02:00 EDT → 01:00 EST
    zone: "America/New_York",
    gap: "2022-03-13T02:30",
    gapBefore: "2022-03-13T07:30:00.000Z",
    gapAfter: "2022-03-13T06:30:00.000Z",
    overlap: "2022-11-06T01:30",
    first: "2022-11-06T05:30:00.000Z",
    second: "2022-11-06T06:30:00.000Z",
  },
  {
    // 01:00 GMT → 02:00 BST; 02:00 BST → 01:00 GMT
    zone: "Europe/London",
    gap: "2024-03-31T01:30",
    gapBefore: "2024-03-31T01:30:00.000Z",
    gapAfter: "2024-03-31T00:30:00.000Z",
    overlap: "2024-10-27T01:30",
    first: "2024-10-27T00:30:00.000Z",
    second: "2024-10-27T01:30:00.000Z",
  },
  {
    // half-hour summer time: 02:00 +10:30 → 02:30 +11:00; 02:00 +11:00 → 01:30 +10:30
    zone: "Australia/Lord_Howe",
    gap: "2022-10-02T02:15",
    gapBefore: "2022-10-01T15:45:00.000Z",
    gapAfter: "2022-10-01T15:15:00.000Z",
    overlap: "2022-04-03T01:45",
    first: "2022-04-02T14:45:00.000Z",
    second: "2022-04-02T15:15:00.000Z",
  },
  {
    // clocks changed at midnight: 00:00 -03:00 → 01:00 -02:00; 00:00 -02:00 → 23:00 -03:00
    zone: "America/Sao_Paulo",
    gap: "2018-11-04T00:30",
    gapBefore: "2018-11-04T03:30:00.000Z",
    gapAfter: "2018-11-04T02:30:00.000Z",
    overlap: "2019-02-16T23:30",
    first: "2019-02-17T01:30:00.000Z",
    second: "2019-02-17T02:30:00.000Z",
  },
  {
    // 02:45 +12:45 → 03:45 +13:45; 03:45 +13:45 → 02:45 +12:45
    zone: "Pacific/Chatham",
    gap: "2022-09-25T03:00",
    gapBefore: "2022-09-24T14:15:00.000Z",
    gapAfter: "2022-09-24T13:15:00.000Z",
    overlap: "2022-04-03T03:00",
    first: "2022-04-02T13:15:00.000Z",
    second: "2022-04-02T14:15:00.000Z",
  },
];

describe("timeZone: wall times across clock changes", () => {
  for (const c of CHANGES) {
    it(`moves a skipped ${c.zone} time on by the gap (compatible, later) or back (earlier), or refuses it`, () => {
      expect(at(c.zone, c.gap)).toBe(c.gapBefore);
      expect(at(c.zone, c.gap, "compatible")).toBe(c.gapBefore);
      expect(at(c.zone, c.gap, "later")).toBe(c.gapBefore);
      expect(at(c.zone, c.gap, "earlier")).toBe(c.gapAfter);
      expect(() => at(c.zone, c.gap, "reject")).toThrow(
        new RangeError(`"${c.gap}" does not exist in ${c.zone}: the clocks skip it`),
      );
    });

    it(`reads a ${c.zone} time shown twice as the first (compatible, earlier) or second (later), or refuses it`, () => {
      expect(at(c.zone, c.overlap)).toBe(c.first);
      expect(at(c.zone, c.overlap, "earlier")).toBe(c.first);
      expect(at(c.zone, c.overlap, "later")).toBe(c.second);
      expect(() => at(c.zone, c.overlap, "reject")).toThrow(
        new RangeError(
          `"${c.overlap}" happens twice in ${c.zone}: the clocks go back over it (choose earlier or later)`,
        ),
      );
    });
  }

  it("reads Kathmandu's +05:45 and Chatham's +12:45 all year", () => {
    expect(at("Asia/Kathmandu", "2024-06-17T09:30")).toBe("2024-06-17T03:45:00.000Z");
    expect(at("Asia/Kathmandu", "2024-12-17T09:30:15.250")).toBe("2024-12-17T03:45:15.250Z");
    expect(at("Pacific/Chatham", "2024-07-01T12:45")).toBe("2024-07-01T00:00:00.000Z");
    expect(timeZone("Asia/Kathmandu").offsetMs(0)).toBe(19_800_000);
    expect(timeZone("Asia/Kathmandu").offsetMs(Date.UTC(2024, 0, 1))).toBe(20_700_000);
  });

  it("takes a wall time as fields, with or without seconds, or with a space for the T", () => {
    const newYork = timeZone("America/New_York");
    const fields: WallTime = { year: 2022, month: 5, day: 1, hour: 0, minute: 3 };
    expect(formatInstant(newYork.instantOf(fields))).toBe("2022-05-01T04:03:00.000Z");
    expect(formatInstant(newYork.instantOf({ ...fields, second: 7, millisecond: 8 }))).toBe("2022-05-01T04:03:07.008Z");
    expect(formatInstant(newYork.instantOf("2022-05-01 00:03"))).toBe("2022-05-01T04:03:00.000Z");
  });

  it("shows the wall time of an instant", () => {
    expect(timeZone("Pacific/Chatham").wallTimeOf(Date.UTC(2024, 6, 1))).toEqual({
      year: 2024,
      month: 7,
      day: 1,
      hour: 12,
      minute: 45,
      second: 0,
      millisecond: 0,
    });
  });

  it("reads years before 1 AD right (Intl writes them as BC)", () => {
    const london = timeZone("Europe/London");
    // before railway time London kept its mean solar time, 75 s behind Greenwich
    expect(london.offsetMs(-62_167_219_200_000)).toBe(-75_000); // 0000-01-01T00:00Z
    expect(london.offsetMs(-8.64e15)).toBe(-75_000);
    expect(formatInstant(london.instantOf({ year: 1, month: 1, day: 1, hour: 0, minute: 0 }))).toBe(
      "0001-01-01T00:01:15.000Z",
    );
  });

  it("names an unknown zone, a bad wall time and a bad instant", () => {
    expect(() => timeZone("Mars/Olympus_Mons")).toThrow(
      new RangeError('time zone must be an IANA zone name such as "Europe/London", got "Mars/Olympus_Mons"'),
    );
    expect(() => timeZone("")).toThrow(RangeError);
    expect(() => timeZone(3 as unknown as string)).toThrow(RangeError);
    const london = timeZone("Europe/London");
    expect(() => london.instantOf("2024-06-17T09:30Z")).toThrow(
      new RangeError('wall time must be YYYY-MM-DDTHH:MM[:SS[.sss]] without an offset, got "2024-06-17T09:30Z"'),
    );
    expect(() => london.instantOf("2023-02-29T09:30")).toThrow(
      new RangeError("wall time 2023-02-29 is not a real date: February 2023 has 28 days"),
    );
    expect(() => london.instantOf("2023-02-01T24:00")).toThrow(
      new RangeError("wall time hour must be a whole number from 0 to 23, got 24"),
    );
    expect(() => london.instantOf({ year: 2024, month: 1, day: 1, hour: 0, minute: 0.5 })).toThrow(
      new RangeError("wall time minute must be a whole number from 0 to 59, got 0.5"),
    );
    expect(() => london.instantOf({ year: 0, month: 1, day: 1, hour: 0, minute: 0 })).toThrow(
      new RangeError("wall time year must be a whole number from 1 to 9999, got 0"),
    );
    expect(() => london.instantOf(null as unknown as string)).toThrow(
      new RangeError("wall time must be a string or { year, month, day, hour, minute }, got null"),
    );
    expect(() => london.instantOf("2024-06-17T09:30", "sideways" as Disambiguation)).toThrow(
      new RangeError('unknown disambiguation "sideways": expected one of compatible, earlier, later, reject'),
    );
    expect(() => london.offsetMs(Number.NaN)).toThrow(
      new RangeError("epochMs must be a finite number of milliseconds, got NaN"),
    );
    expect(() => london.wallTimeOf(9e15)).toThrow(RangeError);
  });
});

const wallTime = fc.record({
  year: fc.integer({ min: 1971, max: 2099 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
});

describe("timeZone agrees with the tz database", () => {
  for (const zone of ZONES) {
    const tz = timeZone(zone);

    test.prop([fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) })], { numRuns: 150 })(
      `${zone}: instantOf(wallTimeOf(t)) is t, or t's twin an offset change away where the clocks go back`,
      (t) => {
        const wall = tz.wallTimeOf(t);
        const earlier = tz.instantOf(wall, "earlier");
        const later = tz.instantOf(wall, "later");
        if (earlier === later) expect(tz.instantOf(wall)).toBe(t);
        else expect([earlier, later]).toContain(t);
      },
    );

    test.prop([wallTime], { numRuns: 150 })(
      `${zone}: instantOf equals @date-fns/tz's TZDate outside overlaps, and is one of the two readings in them`,
      (w) => {
        const reference = new TZDate(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, zone).getTime();
        const earlier = tz.instantOf(w, "earlier");
        const later = tz.instantOf(w, "later");
        const shown = tz.wallTimeOf(tz.instantOf(w));
        const skipped = shown.hour !== w.hour || shown.minute !== w.minute;
        if (earlier !== later && !skipped) expect([earlier, later]).toContain(reference);
        else expect(tz.instantOf(w)).toBe(reference);
      },
    );
  }
});
