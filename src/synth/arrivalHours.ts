import { londonOffsetMs, MS_PER_DAY, MS_PER_HOUR, weekdayOf } from "../core/index.js";

/**
 * The period cut into UTC hours, each with its London hour of the week (Monday 00:00 = 0 … Sunday 23:00 = 167)
 * and a weight: the volume of contact expected in it. Arrival times are drawn from it by inverse CDF.
 */
export interface ArrivalHours {
  readonly from: number;
  readonly to: number;
  /** Start of each bucket (the first may start at `from`, mid-hour). */
  readonly starts: Float64Array;
  /** Cumulative weight before each bucket; one entry more than buckets, the last is the total. */
  readonly cumulative: Float64Array;
  /** London hour of the week of each bucket. */
  readonly hourOfWeek: Uint8Array;
}

/** Cuts [from, to) into hours weighted by `weightByHourOfWeek` (168 weights, London time). */
export function buildArrivalHours(from: number, to: number, weightByHourOfWeek: Float64Array): ArrivalHours {
  const first = Math.floor(from / MS_PER_HOUR);
  const last = Math.ceil(to / MS_PER_HOUR);
  const n = last - first;
  const starts = new Float64Array(n);
  const cumulative = new Float64Array(n + 1);
  const hourOfWeek = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const hourStart = (first + i) * MS_PER_HOUR;
    const local = hourStart + londonOffsetMs(hourStart);
    // Monday 00:00 is hour 0: core's weekdays count from Sunday = 0.
    const weekday = (weekdayOf(Math.floor(local / MS_PER_DAY)) + 6) % 7;
    const how = weekday * 24 + (Math.floor(local / MS_PER_HOUR) % 24);
    const start = Math.max(hourStart, from);
    const end = Math.min(hourStart + MS_PER_HOUR, to);
    starts[i] = start;
    hourOfWeek[i] = how;
    cumulative[i + 1] = cumulative[i]! + (weightByHourOfWeek[how]! * (end - start)) / MS_PER_HOUR;
  }
  return { from, to, starts, cumulative, hourOfWeek };
}

/**
 * Walks the timeline forwards: `at(u)` maps a position u in [0, 1], which must never decrease between calls,
 * to an instant and its hour of the week. Amortised O(1) per call.
 */
export class ArrivalCursor {
  private bucket = 0;
  /** The London hour of the week of the last instant returned. */
  hourOfWeek = 0;

  constructor(private readonly timeline: ArrivalHours) {}

  at(u: number): number {
    const { cumulative, starts, hourOfWeek, to } = this.timeline;
    const last = starts.length - 1;
    const target = u * cumulative[last + 1]!;
    while (
      this.bucket < last &&
      (cumulative[this.bucket + 1]! <= target || cumulative[this.bucket + 1] === cumulative[this.bucket])
    ) {
      this.bucket += 1;
    }
    const b = this.bucket;
    const low = cumulative[b]!;
    const width = cumulative[b + 1]! - low;
    const end = b === last ? to : starts[b + 1]!;
    const fraction = width > 0 ? Math.min(1, Math.max(0, (target - low) / width)) : 0;
    this.hourOfWeek = hourOfWeek[b]!;
    return Math.min(to - 1, Math.floor(starts[b]! + fraction * (end - starts[b]!)));
  }
}
