import { Growable } from "./Growable.js";

/** Contacts and seconds by (enquiry, channel), as one linked list of cells per enquiry (private). */
export interface EnquiryCellData {
  /** Enquiry ids by index; index 0 (`null`) holds contacts with no enquiry. */
  readonly keys: (string | null)[];
  /** First cell of each enquiry, −1 for none. */
  readonly head: Int32Array;
  /** Next cell of the same enquiry, −1 at the end. */
  readonly next: Int32Array;
  /** Channel index of each cell. */
  readonly channel: Uint8Array;
  /** Contacts in each cell. */
  readonly counts: Float64Array;
  /** Handle seconds in each cell. */
  readonly seconds: Float64Array;
}

/**
 * Sparse cells for the cost per enquiry (private): a year has hundreds of thousands of enquiries
 * but each touches only a channel or two, so each enquiry keeps a short list of (channel, contacts,
 * seconds) cells in shared typed arrays instead of a row of all fourteen channels.
 */
export class EnquiryCells {
  private readonly index: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly keys: (string | null)[] = [null];
  private readonly head = new Growable(new Int32Array(1024).fill(-1));
  private readonly next = new Growable(new Int32Array(1024));
  private readonly channel = new Growable(new Uint8Array(1024));
  private readonly counts = new Growable(new Float64Array(1024));
  private readonly seconds = new Growable(new Float64Array(1024));
  private cells = 0;

  /** Counts one contact of channel `c` with `s` handle seconds against its enquiry. */
  add(enquiryId: string | undefined, c: number, s: number): void {
    let e = 0;
    if (enquiryId !== undefined) {
      const found = this.index[enquiryId];
      if (found === undefined) {
        e = this.index[enquiryId] = this.keys.length;
        this.keys.push(enquiryId);
        this.head.ensure(e + 1)[e] = -1;
      } else e = found;
    }
    let at = this.head.data[e]!;
    while (at >= 0 && this.channel.data[at] !== c) at = this.next.data[at]!;
    if (at < 0) {
      at = this.cells++;
      this.next.ensure(this.cells)[at] = this.head.data[e]!;
      this.channel.ensure(this.cells)[at] = c;
      this.counts.ensure(this.cells);
      this.seconds.ensure(this.cells);
      this.head.data[e] = at;
    }
    this.counts.data[at]! += 1;
    this.seconds.data[at]! += s;
  }

  /** The cells found. */
  data(): EnquiryCellData {
    return {
      keys: this.keys,
      head: this.head.data,
      next: this.next.data,
      channel: this.channel.data,
      counts: this.counts.data,
      seconds: this.seconds.data,
    };
  }
}
