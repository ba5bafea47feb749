import type { Channel, ContactOutcome, Direction, Interaction } from "../taxonomy/index.js";
import type { ContactId, CustomerId, EnquiryId, ServiceId, Uprn } from "./ids.js";

/**
 * A contact inside the library: one interaction between a customer and the council on one channel.
 * `at` is epoch milliseconds, so code over millions of contacts never parses a date; ids are branded.
 * Plain readonly data that survives `JSON.stringify` / `JSON.parse` (and `parseContact` accepts the result).
 *
 * @example
 * ```ts
 * import { parseContact, type Contact } from "council-contact/schema";
 * const contact: Contact = parseContact({ id: "c-1", at: "2024-03-04T09:15:00Z", channel: "telephone", handleSeconds: 300 });
 * contact.at //=> 1709543700000
 * ```
 */
export interface Contact {
  /** Unique id of the contact. */
  readonly id: ContactId;
  /** When it happened, in epoch milliseconds (UTC). */
  readonly at: number;
  /** The channel it came in on (or went out on). */
  readonly channel: Channel;
  /** `outbound` for a letter, bill or notice the council sent; absent means inbound. */
  readonly direction?: Direction;
  /** Who made it, when known. */
  readonly customerId?: CustomerId;
  /** The enquiry (case) it opened or refers to. */
  readonly enquiryId?: EnquiryId;
  /** The service it was about: a catalogue id, starter or the council's own. */
  readonly serviceId?: ServiceId;
  /** What it was for. */
  readonly interaction?: Interaction;
  /** How it ended. */
  readonly outcome?: ContactOutcome;
  /** Staff time spent on it, in whole seconds (talk, hold and wrap-up for a call). */
  readonly handleSeconds?: number;
  /** Time the customer waited before being answered (or before giving up), in whole seconds. */
  readonly waitSeconds?: number;
  /** For a call: whether it was answered. */
  readonly answered?: boolean;
  /** The property it was about. */
  readonly uprn?: Uprn;
  /** The electoral ward (name or GSS code). */
  readonly ward?: string;
  /** Free text. */
  readonly note?: string;
}

/**
 * A contact as it crosses the boundary, what `parseContact` accepts: ids are plain strings, and `at` is an ISO
 * 8601 instant with an offset (`2024-03-04T09:15:00Z`) or integer epoch milliseconds. An optional field may be
 * `undefined`, which counts as absent.
 *
 * @example
 * ```ts
 * import type { ContactInput } from "council-contact/schema";
 * const row: ContactInput = { id: "c-1", at: "2024-03-04T09:15:00Z", channel: "email" };
 * row.channel //=> "email"
 * ```
 */
export interface ContactInput {
  /** Unique id of the contact. */
  readonly id: string;
  /** When it happened: an ISO 8601 instant with an offset or `Z`, integer epoch milliseconds, or a `Date`. */
  readonly at: string | number | Date;
  /** A channel code. */
  readonly channel: Channel;
  /** `inbound` (the default) or `outbound`. */
  readonly direction?: Direction | undefined;
  /** Who made it. */
  readonly customerId?: string | undefined;
  /** The enquiry it opened or refers to. */
  readonly enquiryId?: string | undefined;
  /** The service it was about. */
  readonly serviceId?: string | undefined;
  /** An interaction code. */
  readonly interaction?: Interaction | undefined;
  /** An outcome code. */
  readonly outcome?: ContactOutcome | undefined;
  /** Staff time in whole seconds, ≥ 0. */
  readonly handleSeconds?: number | undefined;
  /** Waiting time in whole seconds, ≥ 0. */
  readonly waitSeconds?: number | undefined;
  /** Whether a call was answered. */
  readonly answered?: boolean | undefined;
  /** A UPRN: 1 to 12 digits. */
  readonly uprn?: string | undefined;
  /** The electoral ward. */
  readonly ward?: string | undefined;
  /** Free text. */
  readonly note?: string | undefined;
}

/**
 * A contact in its boundary form as `serializeContact` writes it: like {@link Contact}, with `at` an ISO 8601 string in UTC.
 *
 * @example
 * ```ts
 * import type { SerializedContact } from "council-contact/schema";
 * const row: SerializedContact = { id: "c-1", at: "2024-03-04T09:15:00.000Z", channel: "letter", direction: "outbound" };
 * row.at //=> "2024-03-04T09:15:00.000Z"
 * ```
 */
export type SerializedContact = Omit<ContactInput, "at"> & {
  /** When it happened, as `YYYY-MM-DDTHH:MM:SS.sssZ`. */
  readonly at: string;
};
