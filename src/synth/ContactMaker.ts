import { MS_PER_DAY } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import {
  CHANNEL_CODES,
  CHANNELS,
  type ContactOutcome,
  INTERACTION_CODES,
  type Interaction,
} from "../taxonomy/index.js";
import type { Closures } from "./Closures.js";
import { mix } from "./mix.js";
import type { ResolvedOptions } from "./options.js";
import { HANDLE_MEDIAN_SECONDS } from "./profiles.js";
import { Ring } from "./Ring.js";
import { draw, OPENS_ENQUIRY, OUTBOUND_SLOT, type Tables } from "./tables.js";

const DAY = MS_PER_DAY;
/** The mean Gregorian year (146,097 days every 400 years), for growth per year. */
const YEAR = (146_097 / 400) * DAY;
const SLOTS = CHANNEL_CODES.length + 1;
const PHONE = CHANNEL_CODES.indexOf("telephone");
const ASSISTED = CHANNEL_CODES.map((code) => CHANNELS[code].mode === "assisted");
const ASSISTED_LIVE = CHANNEL_CODES.map((code) => CHANNELS[code].mode === "assisted" && CHANNELS[code].synchronous);
/** Channels whose contact moves online as digital take-up grows: assisted and not digital. */
const SHIFTABLE = CHANNEL_CODES.map(
  (code) =>
    CHANNELS[code].mode === "assisted" && !CHANNELS[code].digital && code !== "partner" && code !== "councillor",
);
const HANDLE = CHANNEL_CODES.map((code) => HANDLE_MEDIAN_SECONDS[code] ?? 0);
/** Mean wait for a call at average load, and callers' mean patience (assumptions: about 7% of calls abandoned). */
const MEAN_WAIT_SECONDS = 40;
const MEAN_PATIENCE_SECONDS = 600;

/** The fields of the contact being made; reset for each contact. */
interface Draft {
  customer: number;
  address: number;
  service: number;
  enquiry: number;
  interaction: Interaction | undefined;
  outcome: ContactOutcome | undefined;
  handleFactor: number;
}

/**
 * Makes one contact at a time from a seeded random stream, remembering recent enquiries and letters in
 * fixed-size rings so later contacts can chase, repeat, re-report or ask about them.
 */
export class ContactMaker {
  private made = 0;
  private enquiryCount = 0;
  private readonly salt: number;
  private readonly addresses: number;
  private readonly serviceIds: readonly string[];
  private readonly enquiries = new Ring(16);
  private readonly enquiryNumber = new Float64Array(1 << 16);
  private readonly enquiryCloses = new Float64Array(1 << 16);
  private readonly enquiryCustomer = new Int32Array(1 << 16);
  private readonly enquiryAddress = new Int32Array(1 << 16);
  private readonly enquiryService = new Int32Array(1 << 16);
  private readonly letters = new Ring(15);
  private readonly letterCustomer = new Int32Array(1 << 15);
  private readonly letterService = new Int32Array(1 << 15);
  private readonly d: Draft = {
    customer: -1,
    address: -1,
    service: -1,
    enquiry: 0,
    interaction: undefined,
    outcome: undefined,
    handleFactor: 1,
  };

  constructor(
    private readonly o: ResolvedOptions,
    private readonly t: Tables,
    private readonly random: () => number,
    /** Where to record each enquiry's closure, when the caller wants enquiry updates too. */
    private readonly closures?: Closures,
  ) {
    this.salt = mix(o.seed | 0);
    this.addresses = Math.ceil(o.customers * 1.2);
    this.serviceIds = o.catalogue.services.map((service) => service.id);
  }

  /** The contact arriving at `at` (epoch ms) in London hour of the week `how`. */
  make(at: number, how: number): Contact {
    const id = `c${++this.made}`;
    let slot = draw(this.t.channelCumulative, this.random(), how * SLOTS, SLOTS);
    if (slot === OUTBOUND_SLOT) return this.outbound(id, at);
    if (SHIFTABLE[slot] && this.o.digitalGrowthPerYear > 0) slot = this.shift(slot, at);
    const channel = CHANNEL_CODES[slot]!;
    let wait = -1;
    if (slot === PHONE) {
      const load = this.t.phoneLoad[how]!;
      const mean = Math.min(600, Math.max(5, MEAN_WAIT_SECONDS * load * Math.sqrt(load)));
      wait = this.exponential(mean);
      const patience = this.exponential(MEAN_PATIENCE_SECONDS);
      if (patience < wait)
        return { id, at, channel, outcome: "abandoned", waitSeconds: Math.round(patience), answered: false } as Contact;
    }
    const d = this.reset();
    const { chase, repeat, failureToDeliver, clarification, misdirected } = this.o.demandMix;
    const r = this.random();
    const made =
      r < chase
        ? this.chase(at)
        : r < chase + repeat
          ? this.repeat(at)
          : r < chase + repeat + failureToDeliver
            ? this.failure(at)
            : r < chase + repeat + failureToDeliver + clarification
              ? this.clarification(at)
              : r < chase + repeat + failureToDeliver + clarification + misdirected && ASSISTED[slot]!
                ? this.misdirected()
                : false;
    if (!made) this.firstTime(at, slot);
    const handle = HANDLE[slot]! > 0 ? this.handleSeconds(HANDLE[slot]! * d.handleFactor) : 0;
    return this.finish(id, at, channel, handle, wait);
  }

  private reset(): Draft {
    const d = this.d;
    d.customer = d.address = d.service = -1;
    d.enquiry = 0;
    d.interaction = d.outcome = undefined;
    d.handleFactor = 1;
    return d;
  }

  /**
   * Builds the contact. Its fields are written in one object literal per shape (with or without a customer, with
   * or without an enquiry), which V8 lays out in one allocation; only the timing fields are added after.
   */
  private finish(id: string, at: number, channel: string, handle: number, wait: number): Contact {
    const d = this.d;
    const serviceId = this.serviceIds[d.service];
    const { interaction, outcome } = d;
    let c: Record<string, unknown>;
    if (d.customer >= 0) {
      const customerId = `cust${d.customer + 1}`;
      const uprn = String(100_000_000_000 + d.address);
      const ward = this.o.wards[mix(d.address ^ this.salt) % this.o.wards.length];
      c =
        d.enquiry > 0
          ? { id, at, channel, customerId, enquiryId: `e${d.enquiry}`, serviceId, interaction, outcome, uprn, ward }
          : { id, at, channel, customerId, serviceId, interaction, outcome, uprn, ward };
    } else {
      c =
        d.enquiry > 0
          ? { id, at, channel, enquiryId: `e${d.enquiry}`, serviceId, interaction, outcome }
          : { id, at, channel, serviceId, interaction, outcome };
    }
    if (handle > 0) c.handleSeconds = handle;
    if (wait >= 0) {
      c.waitSeconds = Math.round(wait);
      c.answered = true;
    }
    return c as unknown as Contact;
  }

  /** A letter, bill or notice the council sends; remembered so a clarification call can follow it. */
  private outbound(id: string, at: number): Contact {
    const service = draw(this.t.outboundCumulative, this.random());
    const customer = Math.floor(this.random() * this.o.customers);
    const slot = this.letters.push(at);
    this.letterCustomer[slot] = customer;
    this.letterService[slot] = service;
    const address = this.home(customer);
    return {
      id,
      at,
      channel: "letter",
      direction: "outbound",
      customerId: `cust${customer + 1}`,
      serviceId: this.serviceIds[service],
      uprn: String(100_000_000_000 + address),
      ward: this.o.wards[mix(address ^ this.salt) % this.o.wards.length],
    } as unknown as Contact;
  }

  /** With probability 1 − (1 + growth)^−years, an assisted contact is made online instead. */
  private shift(slot: number, at: number): number {
    const years = (at - this.o.from) / YEAR;
    const moved = 1 - (1 + this.o.digitalGrowthPerYear) ** -years;
    return this.random() < moved ? draw(this.t.shiftCumulative, this.random()) : slot;
  }

  /** Value demand: a first contact about a service, opening an enquiry when it needs fulfilling. */
  private firstTime(at: number, slot: number): void {
    const d = this.d;
    d.service = draw(this.t.serviceCumulative, this.random());
    const interaction = INTERACTION_CODES[draw(this.t.interactionCumulative[d.service]!, this.random())]!;
    d.interaction = interaction;
    const opens = OPENS_ENQUIRY.has(interaction);
    const anonymous = !opens && interaction === "information" && (!ASSISTED[slot] || this.random() < 0.4);
    if (!anonymous) {
      d.customer = this.customer();
      d.address =
        this.t.atPlace[d.service] && (interaction === "report" || interaction === "request") && this.random() < 0.6
          ? Math.floor(this.random() * this.addresses)
          : this.home(d.customer);
    }
    const u = ASSISTED_LIVE[slot] ? this.random() : 1;
    if (u < 0.03) d.outcome = "callback";
    else if (u < 0.05) d.outcome = "unresolved";
    else if (opens) {
      d.outcome = "referred";
      d.enquiry = this.openEnquiry(at, d.customer, d.address, d.service);
    } else d.outcome = "resolved";
  }

  private openEnquiry(at: number, customer: number, address: number, service: number): number {
    const number = ++this.enquiryCount;
    const slot = this.enquiries.push(at);
    this.enquiryNumber[slot] = number;
    const closes = (this.enquiryCloses[slot] =
      at + Math.max(0.25, this.exponential(this.t.enquiryMeanDays[service]!)) * DAY);
    this.closures?.add(closes, number, this.d.interaction);
    this.enquiryCustomer[slot] = customer;
    this.enquiryAddress[slot] = address;
    this.enquiryService[slot] = service;
    return number;
  }

  /**
   * The slot of a remembered enquiry opened between `since` and `until` that passes `test`: one drawn uniformly
   * by position (so each enquiry is as likely as any other, however busy the hour it was opened), then the next
   * few older ones; -1 if none passes.
   */
  private findEnquiry(since: number, until: number, test: (slot: number) => boolean): number {
    const high = this.enquiries.latestAtOrBefore(until);
    const low = this.enquiries.latestAtOrBefore(since) + 1;
    if (high < low) return -1;
    for (let k = low + Math.floor(this.random() * (high - low + 1)), tries = 0; k >= low && tries < 8; k--, tries++) {
      const slot = this.enquiries.slot(k);
      if (test(slot)) return slot;
    }
    return -1;
  }

  /** Progress chasing: the same customer asks about an enquiry that is still open. */
  private chase(at: number): boolean {
    const slot = this.findEnquiry(at - 30 * DAY, at - DAY, (s) => this.enquiryCloses[s]! > at);
    if (slot < 0) return false;
    this.copyEnquiry(slot, this.enquiryCustomer[slot]!);
    this.d.enquiry = this.enquiryNumber[slot]!;
    this.d.interaction = "chase";
    this.d.outcome = this.random() < 0.85 ? "resolved" : "callback";
    return true;
  }

  /** A repeat report of an open enquiry's problem at the same place, by the same customer or a neighbour. */
  private repeat(at: number): boolean {
    const slot = this.findEnquiry(
      at - 7 * DAY,
      at,
      (s) => this.enquiryCloses[s]! > at && this.t.atPlace[this.enquiryService[s]!] === 1,
    );
    if (slot < 0) return false;
    this.copyEnquiry(slot, this.random() < 0.5 ? this.enquiryCustomer[slot]! : this.customer());
    this.d.enquiry = ++this.enquiryCount;
    this.closures?.add(this.enquiryCloses[slot]!, this.d.enquiry, undefined);
    this.d.interaction = "report";
    this.d.outcome = "referred";
    return true;
  }

  /** Failure to deliver: after an enquiry was closed, its customer reports the problem again. */
  private failure(at: number): boolean {
    const slot = this.findEnquiry(
      at - 60 * DAY,
      at - DAY,
      (s) => this.enquiryCloses[s]! < at && at - this.enquiryCloses[s]! < 28 * DAY,
    );
    if (slot < 0) return false;
    const d = this.copyEnquiry(slot, this.enquiryCustomer[slot]!);
    d.interaction = this.random() < 0.8 ? "report" : "complaint";
    d.outcome = "referred";
    d.enquiry = this.openEnquiry(at, d.customer, d.address, d.service);
    return true;
  }

  private copyEnquiry(slot: number, customer: number): Draft {
    const d = this.d;
    d.customer = customer;
    d.address = this.enquiryAddress[slot]!;
    d.service = this.enquiryService[slot]!;
    return d;
  }

  /** A customer asks what a letter or bill they received means. */
  private clarification(at: number): boolean {
    const high = this.letters.latestAtOrBefore(at - 2 * DAY);
    const low = this.letters.latestAtOrBefore(at - 21 * DAY) + 1;
    if (high < low) return false;
    const slot = this.letters.slot(low + Math.floor(this.random() * (high - low + 1)));
    const d = this.d;
    d.customer = this.letterCustomer[slot]!;
    d.address = this.home(d.customer);
    d.service = this.letterService[slot]!;
    d.interaction = "clarification";
    d.outcome = "resolved";
    return true;
  }

  /** A contact that reached the wrong place: briefly handled, then transferred. */
  private misdirected(): boolean {
    const d = this.d;
    d.service = draw(this.t.serviceCumulative, this.random());
    d.interaction = this.random() < 0.7 ? "information" : "request";
    if (this.random() < 0.5) {
      d.customer = this.customer();
      d.address = this.home(d.customer);
    }
    d.outcome = "transferred";
    d.handleFactor = 0.3;
    return true;
  }

  /**
   * A customer: a third of contacts come from the 5% who contact most often (about ten times as often as the rest),
   * the others from anyone (assumption).
   */
  private customer(): number {
    const frequent = Math.max(1, Math.ceil(this.o.customers * 0.05));
    return Math.floor(this.random() * (this.random() < 1 / 3 ? frequent : this.o.customers));
  }

  private home(customer: number): number {
    return mix(customer ^ this.salt) % this.addresses;
  }

  private exponential(mean: number): number {
    return -mean * Math.log(1 - this.random());
  }

  /** Log-normal handling time around a median (σ = 0.45), whole seconds from 10 s to 4 hours. */
  private handleSeconds(median: number): number {
    const z = Math.sqrt(-2 * Math.log(1 - this.random())) * Math.cos(2 * Math.PI * this.random());
    return Math.round(Math.min(14_400, Math.max(10, median * Math.exp(0.45 * z))));
  }
}
