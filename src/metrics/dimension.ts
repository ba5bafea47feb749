import { NI14_NONE } from "../avoidable/index.js";
import type { ContactColumns } from "../contact/index.js";
import {
  civilFromDays,
  formatDayNumber,
  londonDayNumber,
  londonOffsetMs,
  MS_PER_DAY,
  MS_PER_HOUR,
  weekdayOf,
} from "../core/index.js";
import type { Contact } from "../schema/index.js";
import { type Catalogue, CHANNEL_CODES } from "../taxonomy/index.js";
import { byCodeUnit } from "./counts.js";

/**
 * What a volume can be broken down by. Time keys are Europe/London: `hour` is `00`–`23`, `weekday` is `Monday`–
 * `Sunday`, `day` is `YYYY-MM-DD`, `week` is the Monday that starts the week (`YYYY-MM-DD`), `month` is `YYYY-MM`.
 * A contact without a service, ward or catalogued cluster is counted under `(none)`.
 *
 * @example
 * ```ts
 * import { VOLUME_BREAKDOWNS } from "council-contact/metrics";
 * VOLUME_BREAKDOWNS.length //=> 9
 * ```
 */
export const VOLUME_BREAKDOWNS = [
  "service",
  "channel",
  "cluster",
  "ward",
  "hour",
  "weekday",
  "day",
  "week",
  "month",
] as const;

/**
 * One of {@link VOLUME_BREAKDOWNS}.
 *
 * @example
 * ```ts
 * import type { VolumeBreakdown } from "council-contact/metrics";
 * const by: VolumeBreakdown = "ward";
 * by //=> "ward"
 * ```
 */
export type VolumeBreakdown = (typeof VOLUME_BREAKDOWNS)[number];

/** The weekday names, Monday first (ISO 8601 order). */
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const isoWeekday = (dayNumber: number): number => (weekdayOf(dayNumber) + 6) % 7;
const mondayOf = (dayNumber: number): number => dayNumber - isoWeekday(dayNumber);
const monthIndex = (dayNumber: number): number => {
  const [year, month] = civilFromDays(dayNumber);
  return year * 12 + month - 1;
};
const monthKey = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
const hourOf = (at: number): number =>
  Math.floor(((((at + londonOffsetMs(at)) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_HOUR);
const hourKey = (hour: number): string => String(hour).padStart(2, "0");

/**
 * How one breakdown reads the columns: each row's slot, a small integer, is `table[source[row] + base]` (or
 * `source[row] + base` without a table), or `slotOf(row)` when it must be computed; and each slot's key.
 */
export interface ColumnSlots {
  /** How many slots: the counts array's length. */
  readonly size: number;
  /** The column the slot is read from. */
  readonly source: Int32Array | Uint8Array;
  /** Added to the column's value. */
  readonly base: number;
  /** Maps the column's value (plus base) to the slot; `null` when that is the slot. */
  readonly table: Int32Array | null;
  /** Computes a row's slot, when no column and table give it. */
  readonly slotOf: ((row: number) => number) | null;
  /** The key of a slot. */
  readonly keyOf: (slot: number) => string;
}

/**
 * A key of the London day of an instant, remembering the last day seen: contacts arrive in time order, so nearly
 * every contact reuses the key it would otherwise format again. The memory is this closure's own.
 */
function byLondonDay(key: (dayNumber: number) => string): (at: number) => string {
  let lastDay = Number.NaN;
  let lastKey = "";
  return (at) => {
    const day = londonDayNumber(at);
    if (day !== lastDay) {
      lastKey = key(day);
      lastDay = day;
    }
    return lastKey;
  };
}

/** A breakdown: the key of a contact, the slots of columns, and the order of keys. */
export interface Dimension {
  readonly keyOf: (contact: Contact) => string;
  readonly slots: (columns: ContactColumns) => ColumnSlots;
  readonly order: (a: string, b: string) => number;
}

/** Slots for a dictionary column: 0 for none, code + 1 otherwise. */
function dictionarySlots(codes: Int32Array, values: readonly string[]): ColumnSlots {
  return {
    size: values.length + 1,
    source: codes,
    base: 1,
    table: null,
    slotOf: null,
    keyOf: (slot) => (slot === 0 ? NI14_NONE : values[slot - 1]!),
  };
}

/** The least and greatest day of the columns (0, −1 when empty). */
function dayRange(day: Int32Array): [number, number] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < day.length; i++) {
    const d = day[i]!;
    if (d < low) low = d;
    if (d > high) high = d;
  }
  return day.length === 0 ? [0, -1] : [low, high];
}

/** Slots over the days of the columns, mapped through `slotOfDay` (a non-decreasing function of the day). */
function daySlots(columns: ContactColumns, of: (day: number) => number, key: (slot: number) => string): ColumnSlots {
  const [low, high] = dayRange(columns.day);
  const first = of(low);
  const table = new Int32Array(Math.max(0, high - low + 1));
  for (let d = low; d <= high; d++) table[d - low] = of(d) - first;
  return {
    size: high < low ? 0 : table[table.length - 1]! + 1,
    source: columns.day,
    base: -low,
    table,
    slotOf: null,
    keyOf: (slot) => key(slot + first),
  };
}

/** The dimension for a breakdown; `cluster` maps services through the catalogue. */
export function dimension(by: VolumeBreakdown, catalogue: Catalogue): Dimension {
  const weekdayKey = byLondonDay((d) => WEEKDAYS[isoWeekday(d)]!);
  const dayKey = byLondonDay(formatDayNumber);
  const weekKey = byLondonDay((d) => formatDayNumber(mondayOf(d)));
  const monthOf = byLondonDay((d) => monthKey(monthIndex(d)));
  switch (by) {
    case "service":
      return {
        keyOf: (c) => c.serviceId ?? NI14_NONE,
        slots: (columns) => dictionarySlots(columns.service.codes, columns.service.values),
        order: byCodeUnit,
      };
    case "ward":
      return {
        keyOf: (c) => c.ward ?? NI14_NONE,
        slots: (columns) => dictionarySlots(columns.ward.codes, columns.ward.values),
        order: byCodeUnit,
      };
    case "channel":
      return {
        keyOf: (c) => c.channel,
        slots: (columns) => ({
          size: CHANNEL_CODES.length,
          source: columns.channel,
          base: 0,
          table: null,
          slotOf: null,
          keyOf: (slot) => CHANNEL_CODES[slot]!,
        }),
        order: byCodeUnit,
      };
    case "cluster": {
      const clusterOf = new Map(catalogue.services.map((s) => [s.id, s.cluster]));
      const clusters = [...new Set(catalogue.services.map((s) => s.cluster))];
      const index = new Map(clusters.map((id, i) => [id, i + 1]));
      return {
        keyOf: (c) => (c.serviceId === undefined ? undefined : clusterOf.get(c.serviceId)) ?? NI14_NONE,
        slots: (columns) => {
          const { codes, values } = columns.service;
          const table = Int32Array.from([0, ...values.map((v) => index.get(clusterOf.get(v) ?? "") ?? 0)]);
          return {
            size: clusters.length + 1,
            source: codes,
            base: 1,
            table,
            slotOf: null,
            keyOf: (slot) => (slot === 0 ? NI14_NONE : clusters[slot - 1]!),
          };
        },
        order: byCodeUnit,
      };
    }
    case "hour":
      return {
        keyOf: (c) => hourKey(hourOf(c.at)),
        slots: (columns) => ({
          size: 24,
          source: columns.channel,
          base: 0,
          table: null,
          slotOf: (row) => hourOf(columns.at[row]!),
          keyOf: hourKey,
        }),
        order: byCodeUnit,
      };
    case "weekday":
      return {
        keyOf: (c) => weekdayKey(c.at),
        slots: (columns) => {
          const [low, high] = dayRange(columns.day);
          const table = new Int32Array(Math.max(0, high - low + 1));
          for (let d = low; d <= high; d++) table[d - low] = isoWeekday(d);
          return { size: 7, source: columns.day, base: -low, table, slotOf: null, keyOf: (slot) => WEEKDAYS[slot]! };
        },
        order: (a, b) => WEEKDAYS.indexOf(a as never) - WEEKDAYS.indexOf(b as never),
      };
    case "day":
      return {
        keyOf: (c) => dayKey(c.at),
        slots: (columns) => daySlots(columns, (d) => d, formatDayNumber),
        order: byCodeUnit,
      };
    case "week":
      return {
        keyOf: (c) => weekKey(c.at),
        slots: (columns) =>
          daySlots(
            columns,
            (d) => Math.floor((mondayOf(d) - mondayOf(0)) / 7),
            (w) => formatDayNumber(mondayOf(0) + 7 * w),
          ),
        order: byCodeUnit,
      };
    case "month":
      return {
        keyOf: (c) => monthOf(c.at),
        slots: (columns) => daySlots(columns, monthIndex, monthKey),
        order: byCodeUnit,
      };
  }
}

/** The London month of an instant, `YYYY-MM`. */
export const londonMonthKey = (at: number): string => monthKey(monthIndex(londonDayNumber(at)));
