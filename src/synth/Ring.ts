/**
 * A fixed-size ring of recent events in time order (oldest overwritten first), so the generator's memory stays
 * constant however many contacts it makes. Holds only the times; callers keep payloads in their own typed arrays
 * indexed by the slot `push` returns.
 */
export class Ring {
  readonly times: Float64Array;
  private readonly mask: number;
  private head = 0;
  size = 0;

  /** @param bits - the ring holds 2^bits events. */
  constructor(bits: number) {
    this.times = new Float64Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  /** Adds an event no earlier than the last one; returns its slot. */
  push(time: number): number {
    const slot = (this.head + this.size) & this.mask;
    if (this.size === this.times.length) this.head = (this.head + 1) & this.mask;
    else this.size += 1;
    this.times[slot] = time;
    return slot;
  }

  /** The slot of the `k`-th event from the oldest (0 ≤ k < size). */
  slot(k: number): number {
    return (this.head + k) & this.mask;
  }

  /** The position (from the oldest) of the latest event at or before `time`, or -1 if there is none. */
  latestAtOrBefore(time: number): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.times[this.slot(mid)]! <= time) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  }
}
