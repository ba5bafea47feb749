// Spreads a week's calls over the open intervals of the week: first over the open days in
// proportion to the weekly pattern, then over each day's open intervals in proportion to the
// intraday pattern. Private to annualStaffing; its types are public through it.

import { rangeError, show } from "../core/index.js";
import { optionsObject } from "./checkInputs.js";

/**
 * The days of the week, Monday first, as the keys of opening hours and weekly patterns.
 *
 * @example
 * ```ts
 * import type { Weekday } from "council-contact/staffing";
 * const day: Weekday = "saturday";
 * day //=> "saturday"
 * ```
 */
export type Weekday = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

const WEEKDAYS: readonly Weekday[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/**
 * When the contact centre takes calls on one day, as 24-hour `"HH:MM"` times in Europe/London
 * local time, each on an interval boundary; `close` may be `"24:00"`.
 *
 * @example
 * ```ts
 * import type { OpeningTimes } from "council-contact/staffing";
 * const weekday: OpeningTimes = { open: "08:30", close: "17:00" };
 * weekday.open //=> "08:30"
 * ```
 */
export interface OpeningTimes {
  /** The time the lines open, `"HH:MM"`. */
  readonly open: string;
  /** The time the lines close, `"HH:MM"`, after `open`. */
  readonly close: string;
}

/**
 * One open interval of the week and the calls it is forecast to receive.
 *
 * @example
 * ```ts
 * import { annualStaffing } from "council-contact/staffing";
 * import type { WeekInterval } from "council-contact/staffing";
 * const week: readonly WeekInterval[] = annualStaffing({
 *   callsPerYear: 52 * 16 * 100, openingHours: { monday: { open: "09:00", close: "17:00" } },
 *   ahtSeconds: 180, targets: { serviceLevel: 0.8, targetSeconds: 20 }, shrinkage: 0.3, paidHoursPerFte: 37,
 * }).week;
 * week[0] //=> { day: "monday", start: "09:00", calls: 100, agents: 14 }
 * ```
 */
export interface WeekInterval {
  /** The day of the week. */
  readonly day: Weekday;
  /** When the interval starts, `"HH:MM"`. */
  readonly start: string;
  /** Calls forecast for the interval. */
  readonly calls: number;
}

function minutes(name: string, time: string): number {
  const match = typeof time === "string" ? /^(\d\d):(\d\d)$/.exec(time) : null;
  const value = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!(value <= 1440 && Number(match?.[2]) < 60)) throw rangeError(name, 'a time "HH:MM" from 00:00 to 24:00', time);
  return value;
}

function clock(totalMinutes: number): string {
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${pad(Math.floor(totalMinutes / 60))}:${pad(totalMinutes % 60)}`;
}

function weight(name: string, value: number): number {
  if (!(typeof value === "number" && value >= 0 && value < Infinity)) {
    throw rangeError(name, "a finite number ≥ 0", value);
  }
  return value;
}

/** The open intervals of one week with their calls. Exported for annualStaffing only. */
export function weeklyDemand(
  callsPerWeek: number,
  openingHours: Readonly<Partial<Record<Weekday, OpeningTimes>>>,
  weeklyPattern: Readonly<Partial<Record<Weekday, number>>>,
  intradayPattern: readonly number[],
  intervalMinutes: number,
): WeekInterval[] {
  for (const [name, record] of [
    ["openingHours", openingHours],
    ["weeklyPattern", weeklyPattern],
  ] as const) {
    for (const key of Object.keys(record)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) throw rangeError(`${name} keys`, "days monday … sunday", key);
    }
  }
  const openDays = WEEKDAYS.filter((day) => openingHours[day] !== undefined);
  if (openDays.length === 0) throw new RangeError("openingHours must open on at least one day, got none");
  for (const day of WEEKDAYS) {
    const share = weight(`weeklyPattern.${day}`, weeklyPattern[day] ?? 0);
    if (share > 0 && openingHours[day] === undefined) {
      throw rangeError(`weeklyPattern.${day}`, "0 on a day the lines are closed", share);
    }
  }
  const dayTotal = openDays.reduce((sum, day) => sum + (weeklyPattern[day] ?? 0), 0);
  if (!(dayTotal > 0)) throw new RangeError(`weeklyPattern must give an open day a weight > 0, got ${show(dayTotal)}`);
  intradayPattern.forEach((value, index) => {
    weight(`intradayPattern[${index}]`, value);
  });
  const week: WeekInterval[] = [];
  for (const day of openDays) {
    const { open, close } = optionsObject(`openingHours.${day}`, openingHours[day]!);
    const from = minutes(`openingHours.${day}.open`, open);
    const to = minutes(`openingHours.${day}.close`, close);
    if (!(to > from) || from % intervalMinutes !== 0 || to % intervalMinutes !== 0) {
      throw new RangeError(
        `openingHours.${day} must close after it opens, on ${intervalMinutes}-minute boundaries, got ${open}–${close}`,
      );
    }
    const slots = intradayPattern.slice(from / intervalMinutes, to / intervalMinutes);
    const slotTotal = slots.reduce((sum, value) => sum + value, 0);
    if (!(slotTotal > 0))
      throw new RangeError(`intradayPattern must give an open interval on ${day} a weight > 0, got ${show(slotTotal)}`);
    const dayCalls = (callsPerWeek * (weeklyPattern[day] ?? 0)) / dayTotal;
    slots.forEach((value, index) => {
      week.push({ day, start: clock(from + index * intervalMinutes), calls: (dayCalls * value) / slotTotal });
    });
  }
  return week;
}
