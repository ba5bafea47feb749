import { dateOfDayNumber, londonDayNumber } from "../calendar/index.js";
import { rangeError, show } from "../core/index.js";
import type { ValidationIssue } from "../schema/index.js";
import { CHANNEL_CODES, type Channel } from "../taxonomy/index.js";
import { type EnquiryCellData, EnquiryCells } from "./EnquiryCells.js";
import { Growable } from "./Growable.js";

/**
 * The one pass over contact records (private). Nothing here allocates per record: channels,
 * services, months and enquiries are interned to small integers, and whole contacts and whole
 * seconds are counted in typed arrays, one cell per (service, month, channel) and, sparsely, per
 * (enquiry, channel). Costs are worked out exactly from the cells once, at the end.
 */

/**
 * The fields of a contact that {@link costContacts} reads: a schema `Contact` has them all, and a
 * lighter row of your own will do.
 *
 * @example
 * ```ts
 * import { costContacts, SOCITM_2012_UNIT_COSTS, type CostableContact } from "council-contact/cost";
 * const row: CostableContact = { at: Date.UTC(2024, 3, 1, 9), channel: "telephone", serviceId: "council-tax" };
 * costContacts([row], SOCITM_2012_UNIT_COSTS).byMonth //=> [{ key: "2024-04", contacts: 1, cost: "2.83" }]
 * ```
 */
export interface CostableContact {
  /** When it happened, in epoch milliseconds (its London month is its month). */
  readonly at: number;
  /** The channel code. */
  readonly channel: Channel;
  /** The service it was about. */
  readonly serviceId?: string | undefined;
  /** The enquiry it opened or refers to. */
  readonly enquiryId?: string | undefined;
  /** Staff time in whole seconds; absent counts as none. */
  readonly handleSeconds?: number | undefined;
}

const CHANNELS = CHANNEL_CODES.length;
const HOUR_MS = 3_600_000;

/** What the pass found. Row r, channel c is cell `r * CHANNELS + c`. */
export interface Ledger {
  readonly serviceKeys: (string | null)[];
  readonly monthKeys: (string | null)[];
  /** [service, month] of each row. */
  readonly rowService: Int32Array;
  readonly rowMonth: Int32Array;
  readonly rows: number;
  readonly counts: Float64Array;
  readonly seconds: Float64Array;
  readonly uncosted: Float64Array;
  /** Enquiry cells, when asked for. */
  readonly enquiries?: EnquiryCellData;
  readonly issues: ValidationIssue[];
}

/** What to read and count. */
export interface TallyOptions {
  /** Whether channel c (by index) has a cost; contacts on the others are only counted. */
  readonly costed: readonly boolean[];
  /** Count by London month. */
  readonly byMonth: boolean;
  /** Count by enquiry. */
  readonly byEnquiry: boolean;
  /** Read and count handle time. */
  readonly readHandle: boolean;
}

/** Reads every contact once; `costed[c]` says whether channel c has a cost. */
export function tally(contacts: Iterable<CostableContact>, options: TallyOptions): Ledger {
  if (typeof (contacts as Partial<Iterable<CostableContact>> | null)?.[Symbol.iterator] !== "function") {
    throw rangeError("contacts", "an array or other iterable of contact records", contacts);
  }
  const ledger = new Tally(Uint8Array.from(options.costed, Number), options);
  if (Array.isArray(contacts)) {
    const list: readonly CostableContact[] = contacts;
    if (!options.byMonth && !options.byEnquiry && !options.readHandle) ledger.addPlain(list);
    else for (let i = 0; i < list.length; i++) ledger.add(list[i]!, i);
  } else {
    let i = 0;
    for (const contact of contacts) ledger.add(contact, i++);
  }
  return ledger.result();
}

/** Channel code → index, in a prototype-free object: a keyed load here is faster than `Map.get`. */
const CHANNEL_INDEX: Readonly<Record<string, number>> = /* @__PURE__ */ Object.assign(
  Object.create(null) as Record<string, number>,
  Object.fromEntries(CHANNEL_CODES.map((code, i) => [code, i])),
);

class Tally {
  private readonly issues: ValidationIssue[] = [];
  private readonly serviceIndex: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly serviceKeys: (string | null)[] = [null];
  private readonly monthIndex = new Map<string, number>();
  private readonly monthKeys: (string | null)[];
  private readonly monthOfHour = new Map<number, number>();
  /** Row of each (service, month): `rowOf[service][month]`, −1 for none yet. */
  private readonly rowOf: Int32Array[] = [];
  private readonly rowService = new Growable(new Int32Array(256));
  private readonly rowMonth = new Growable(new Int32Array(256));
  private readonly counts = new Growable(new Float64Array(256 * CHANNELS));
  private readonly seconds = new Growable(new Float64Array(256 * CHANNELS));
  private readonly uncosted = new Float64Array(CHANNELS);
  private rows = 0;
  private lastHour = Number.NaN;
  private lastMonth = 0;
  private readonly enquiries = new EnquiryCells();

  private readonly byMonth: boolean;
  private readonly byEnquiry: boolean;
  private readonly readHandle: boolean;

  constructor(
    private readonly costed: Uint8Array,
    options: TallyOptions,
  ) {
    this.byMonth = options.byMonth;
    this.byEnquiry = options.byEnquiry;
    this.readHandle = options.readHandle;
    this.monthKeys = this.byMonth ? [] : [null];
  }

  add(contact: CostableContact, index: number): void {
    if (typeof contact !== "object" || contact === null) {
      this.issues.push({ code: "invalid_type", path: [index], message: "must be a contact record", input: contact });
      return;
    }
    const channel = contact.channel;
    const c = typeof channel === "string" ? CHANNEL_INDEX[channel] : undefined;
    if (c === undefined) {
      this.issues.push({
        code: "invalid_value",
        path: [index, "channel"],
        message: `unknown channel code ${show(channel)}`,
        input: channel,
      });
      return;
    }
    // Handle time is read only when it is costed: a property most records lack is a slow read.
    const handle = this.readHandle ? contact.handleSeconds : undefined;
    let s = 0;
    if (handle !== undefined) {
      if (typeof handle !== "number" || !(handle >= 0 && handle % 1 === 0)) {
        this.issues.push({
          code: "invalid_value",
          path: [index, "handleSeconds"],
          message: "handleSeconds must be a whole number ≥ 0",
          input: handle,
        });
        return;
      }
      s = handle;
    }
    if (this.costed[c] === 0) {
      this.uncosted[c]! += 1;
      return;
    }
    // Direct reads, not a loop over key names: this runs once per contact on the costing path.
    const serviceId = contact.serviceId;
    if (serviceId !== undefined && typeof serviceId !== "string") {
      this.notAString(index, "serviceId", serviceId);
      return;
    }
    const enquiryId = contact.enquiryId;
    if (enquiryId !== undefined && typeof enquiryId !== "string") {
      this.notAString(index, "enquiryId", enquiryId);
      return;
    }
    const m = this.byMonth ? this.monthOf(contact.at, index) : 0;
    if (m < 0) return;
    const row = this.rowFor(this.serviceOf(contact.serviceId), m);
    const cell = row * CHANNELS + c;
    this.counts.data[cell]! += 1;
    this.seconds.data[cell]! += s;
    if (this.byEnquiry) this.enquiries.add(contact.enquiryId, c, s);
  }

  /**
   * {@link add} for the common case (by channel and service only, handle time not costed), written
   * out with its state in locals: the hot loop of costing a year of contacts.
   */
  addPlain(list: readonly CostableContact[]): void {
    const costed = this.costed;
    const uncosted = this.uncosted;
    const serviceIndex = this.serviceIndex;
    let counts = this.counts.data;
    let rowOfService = new Int32Array(64).fill(-1);
    for (let i = 0; i < list.length; i++) {
      const contact = list[i]!;
      if (typeof contact !== "object" || contact === null) {
        this.add(contact, i);
        continue;
      }
      const channel = contact.channel;
      const c = typeof channel === "string" ? CHANNEL_INDEX[channel] : undefined;
      if (c === undefined) {
        this.add(contact, i);
        continue;
      }
      if (costed[c] === 0) {
        uncosted[c]! += 1;
        continue;
      }
      const serviceId = contact.serviceId;
      if (serviceId !== undefined && typeof serviceId !== "string") {
        this.add(contact, i);
        continue;
      }
      const sv = serviceId === undefined ? 0 : (serviceIndex[serviceId] ?? this.serviceOf(serviceId));
      if (sv >= rowOfService.length) {
        const grown = new Int32Array(sv * 2).fill(-1);
        grown.set(rowOfService);
        rowOfService = grown;
      }
      let row = rowOfService[sv]!;
      if (row < 0) {
        row = rowOfService[sv] = this.rowFor(sv, 0);
        counts = this.counts.data;
      }
      counts[row * CHANNELS + c]! += 1;
    }
  }

  private notAString(index: number, key: "serviceId" | "enquiryId", input: unknown): void {
    this.issues.push({ code: "invalid_type", path: [index, key], message: `${key} must be a string`, input });
  }

  /** The month index of an instant, or −1 (with an issue) if it is not a supported instant. */
  private monthOf(at: number, index: number): number {
    const hour = typeof at === "number" ? Math.floor(at / HOUR_MS) : Number.NaN;
    if (Number.isNaN(hour)) {
      this.issues.push({
        code: "invalid_value",
        path: [index, "at"],
        message: "at must be epoch milliseconds within 2000–2100",
        input: at,
      });
      return -1;
    }
    if (hour === this.lastHour) return this.lastMonth;
    let found = this.monthOfHour.get(hour);
    if (found === undefined) {
      let key: string;
      try {
        key = dateOfDayNumber(londonDayNumber(at)).slice(0, 7);
      } catch {
        this.issues.push({
          code: "invalid_value",
          path: [index, "at"],
          message: "at must be epoch milliseconds within 2000–2100",
          input: at,
        });
        return -1;
      }
      found = this.monthIndex.get(key);
      if (found === undefined) {
        found = this.monthKeys.length;
        this.monthIndex.set(key, found);
        this.monthKeys.push(key);
      }
      this.monthOfHour.set(hour, found);
    }
    this.lastHour = hour;
    return (this.lastMonth = found);
  }

  private serviceOf(serviceId: string | undefined): number {
    if (serviceId === undefined) return 0;
    let found = this.serviceIndex[serviceId];
    if (found === undefined) {
      found = this.serviceIndex[serviceId] = this.serviceKeys.length;
      this.serviceKeys.push(serviceId);
    }
    return found;
  }

  private rowFor(service: number, month: number): number {
    let months = this.rowOf[service];
    if (months === undefined || month >= months.length) {
      const grown = new Int32Array(Math.max(month + 1, 16, (months?.length ?? 0) * 2)).fill(-1);
      if (months) grown.set(months);
      this.rowOf[service] = months = grown;
    }
    let row = months[month]!;
    if (row < 0) {
      row = months[month] = this.rows++;
      this.rowService.ensure(this.rows)[row] = service;
      this.rowMonth.ensure(this.rows)[row] = month;
      this.counts.ensure(this.rows * CHANNELS);
      this.seconds.ensure(this.rows * CHANNELS);
    }
    return row;
  }

  result(): Ledger {
    return {
      serviceKeys: this.serviceKeys,
      monthKeys: this.monthKeys,
      rowService: this.rowService.data,
      rowMonth: this.rowMonth.data,
      rows: this.rows,
      counts: this.counts.data,
      seconds: this.seconds.data,
      uncosted: this.uncosted,
      ...(this.byEnquiry && { enquiries: this.enquiries.data() }),
      issues: this.issues,
    };
  }
}
