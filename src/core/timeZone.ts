import { daysFromCivil, fieldsOfLocalMs, MS_PER_DAY, whyNotDay } from "./days.js";
import { messages } from "./messages.js";
import { show } from "./show.js";

/**
 * A local wall-clock time, as a clock on the wall of a place shows it: no offset, no zone.
 *
 * @example
 * ```ts
 * import type { WallTime } from "council-contact/core";
 * const midnightInNewYork: WallTime = { year: 2022, month: 5, day: 1, hour: 0, minute: 3 };
 * midnightInNewYork.minute //=> 3
 * ```
 */
export interface WallTime {
  /** The year, 1–9999. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
  /** The hour, 0–23. */
  readonly hour: number;
  /** The minute, 0–59. */
  readonly minute: number;
  /** The second, 0–59 (default 0). */
  readonly second?: number;
  /** The millisecond, 0–999 (default 0). */
  readonly millisecond?: number;
}

/**
 * What to do with a wall time that a zone's clocks skip (spring forward) or show twice (fall back),
 * named as in the TC39 Temporal proposal:
 * - `compatible` (default): the earlier of two instants; past a skipped time, by the gap's length;
 * - `earlier` / `later`: the earlier or later instant (in a gap: before or after the change);
 * - `reject`: a `RangeError`.
 *
 * @example
 * ```ts
 * import type { Disambiguation } from "council-contact/core";
 * const choice: Disambiguation = "reject";
 * choice //=> "reject"
 * ```
 */
export type Disambiguation = "compatible" | "earlier" | "later" | "reject";

/**
 * One IANA time zone, made by {@link timeZone}. It holds the offsets it has looked up, so build it
 * once per ingest and reuse it for every row.
 *
 * @example
 * ```ts
 * import { timeZone } from "council-contact/core";
 * const newYork = timeZone("America/New_York");
 * newYork.name //=> "America/New_York"
 * ```
 */
export interface TimeZone {
  /** The IANA name, as given. */
  readonly name: string;
  /** The zone's offset from UTC at an instant, in milliseconds (negative west of Greenwich). */
  offsetMs(epochMs: number): number;
  /** The instant a wall time names in this zone (ISO local `YYYY-MM-DDTHH:MM[:SS[.sss]]`, or fields). */
  instantOf(wall: WallTime | string, disambiguation?: Disambiguation): number;
  /** The wall time this zone shows at an instant. */
  wallTimeOf(epochMs: number): Required<WallTime>;
}

const DISAMBIGUATIONS: readonly Disambiguation[] = ["compatible", "earlier", "later", "reject"];

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;

/**
 * An IANA time zone (`America/New_York`, `Europe/London`), for reading local times in exports into
 * instants: correct across the clock changes, from the tz database that ships with the JavaScript
 * engine (`Intl`). London days stay the library's calendar; other zones belong at ingest.
 *
 * @param name - an IANA zone name.
 * @returns the zone.
 * @throws RangeError if the engine does not know the zone; its `instantOf` throws a `RangeError` for a
 * wall time that is not one, an unknown `disambiguation`, or a skipped or repeated time under `reject`.
 *
 * @example
 * ```ts
 * import { formatInstant, timeZone } from "council-contact/core";
 * const newYork = timeZone("America/New_York");
 * formatInstant(newYork.instantOf("2022-05-01T00:03:00")) //=> "2022-05-01T04:03:00.000Z"
 * // 02:30 on 13 March 2022 never happened in New York: compatible moves it an hour on
 * formatInstant(newYork.instantOf("2022-03-13T02:30")) //=> "2022-03-13T07:30:00.000Z"
 * // 01:30 on 6 November 2022 happened twice
 * formatInstant(newYork.instantOf("2022-11-06T01:30", "earlier")) //=> "2022-11-06T05:30:00.000Z"
 * formatInstant(newYork.instantOf("2022-11-06T01:30", "later")) //=> "2022-11-06T06:30:00.000Z"
 * newYork.instantOf("2022-11-06T01:30", "reject") //=> throws RangeError
 * timeZone("Mars/Olympus_Mons") //=> throws RangeError
 * ```
 */
export function timeZone(name: string): TimeZone {
  let format: Intl.DateTimeFormat;
  try {
    if (typeof name !== "string" || name === "") throw new RangeError("empty");
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: name,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw new RangeError(`time zone must be an IANA zone name such as "Europe/London", got ${show(name)}`);
  }
  /** UTC day → [offset at its start, offset at its end, the first instant of the end offset]. */
  const days = new Map<number, readonly [number, number, number]>();

  const exactOffset = (ms: number): number => {
    const parts = format.formatToParts(ms);
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let beforeChrist = false;
    for (const part of parts) {
      if (part.type === "era") beforeChrist = part.value === "BC";
      else if (part.type === "year") year = Number(part.value);
      else if (part.type === "month") month = Number(part.value);
      else if (part.type === "day") day = Number(part.value);
      else if (part.type === "hour") hour = Number(part.value);
      else if (part.type === "minute") minute = Number(part.value);
      else if (part.type === "second") second = Number(part.value);
    }
    // Intl writes years before 1 as "n BC"; 1 BC is year 0 of the proleptic Gregorian calendar.
    if (beforeChrist) year = 1 - year;
    const wholeSecond = Math.floor(ms / 1000) * 1000;
    return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 - wholeSecond;
  };

  const dayOffsets = (utcDay: number): readonly [number, number, number] => {
    const known = days.get(utcDay);
    if (known !== undefined) return known;
    const start = utcDay * MS_PER_DAY;
    const before = exactOffset(start);
    const after = exactOffset(start + MS_PER_DAY - 1000);
    let change = start + MS_PER_DAY;
    if (before !== after) {
      // the first whole second at which the zone shows the later offset
      let low = start;
      let high = start + MS_PER_DAY - 1000;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (exactOffset(middle) === before) low = middle;
        else high = middle;
      }
      change = high;
    }
    const found = [before, after, change] as const;
    days.set(utcDay, found);
    return found;
  };

  const offsetMs = (epochMs: number): number => {
    if (typeof epochMs !== "number" || !Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) {
      throw new RangeError(`epochMs must be a finite number of milliseconds, got ${show(epochMs)}`);
    }
    const [before, after, change] = dayOffsets(Math.floor(epochMs / MS_PER_DAY));
    return epochMs < change ? before : after;
  };

  const instantOf = (wall: WallTime | string, disambiguation: Disambiguation = "compatible"): number => {
    if (!DISAMBIGUATIONS.includes(disambiguation)) {
      throw new RangeError(messages.oneOf("disambiguation", DISAMBIGUATIONS, disambiguation));
    }
    const local = localMs(wall);
    const earlierOffset = offsetMs(local - MS_PER_DAY);
    const laterOffset = offsetMs(local + MS_PER_DAY);
    const candidates = [local - earlierOffset, local - laterOffset].filter(
      (instant, i, all) => all.indexOf(instant) === i && offsetMs(instant) === local - instant,
    );
    if (candidates.length === 1) return candidates[0]!;
    const what = typeof wall === "string" ? show(wall) : "the wall time";
    if (disambiguation === "reject") {
      throw new RangeError(
        candidates.length === 0
          ? `${what} does not exist in ${name}: the clocks skip it`
          : `${what} happens twice in ${name}: the clocks go back over it (choose earlier or later)`,
      );
    }
    if (candidates.length === 2) {
      const [first, second] = candidates[0]! < candidates[1]! ? candidates : [candidates[1]!, candidates[0]!];
      return disambiguation === "later" ? second! : first!;
    }
    // In a gap: 'earlier' reads the time with the offset after the change, the others with the
    // offset before it, which moves the time on by the gap's length.
    return disambiguation === "earlier" ? local - laterOffset : local - earlierOffset;
  };

  const wallTimeOf = (epochMs: number): Required<WallTime> => fieldsOfLocalMs(epochMs + offsetMs(epochMs));

  return Object.freeze({ name, offsetMs, instantOf, wallTimeOf });
}

/** The wall time as if it were UTC, in epoch ms, after checking every field. */
function localMs(wall: WallTime | string): number {
  let fields: Required<WallTime>;
  if (typeof wall === "string") {
    const match = LOCAL.exec(wall);
    if (match === null) {
      throw new RangeError(`wall time must be YYYY-MM-DDTHH:MM[:SS[.sss]] without an offset, got ${show(wall)}`);
    }
    const [, y, mo, d, h, mi, s = "0", fraction = ""] = match as unknown as string[];
    fields = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s),
      millisecond: Number(fraction.slice(0, 3).padEnd(3, "0")),
    };
  } else if (typeof wall === "object" && wall !== null) {
    fields = { second: 0, millisecond: 0, ...wall };
  } else {
    throw new RangeError(`wall time must be a string or { year, month, day, hour, minute }, got ${show(wall)}`);
  }
  const { year, month, day, hour, minute, second, millisecond } = fields;
  const limits = [
    ["year", year, 1, 9999],
    ["month", month, 1, 12],
    ["day", day, 1, 31],
    ["hour", hour, 0, 23],
    ["minute", minute, 0, 59],
    ["second", second, 0, 59],
    ["millisecond", millisecond, 0, 999],
  ] as const;
  for (const [field, value, low, high] of limits) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < low || value > high) {
      throw new RangeError(`wall time ${field} must be a whole number from ${low} to ${high}, got ${show(value)}`);
    }
  }
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const why = whyNotDay(date);
  if (why !== undefined) throw new RangeError(`wall time ${date} is not a real date: ${why}`);
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
}
