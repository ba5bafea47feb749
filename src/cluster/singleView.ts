import type { ClockStatus } from "../clocks/index.js";
import { rangeError } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import { type Catalogue, type Channel, findService, STARTER_CATALOGUE } from "../taxonomy/index.js";
import type { IdentityRecord } from "./IdentityRecord.js";
import type { Identity } from "./Resolution.js";

/**
 * What the single view reads of an enquiry: the fields of an `Enquiry` from `council-contact/enquiry` it
 * needs, so that any enquiry (or a row from a case system with these fields) can be passed.
 *
 * @example
 * ```ts
 * import type { EnquiryAtAGlance } from "council-contact/cluster";
 * const enquiry: EnquiryAtAGlance = { id: "enq-1", state: "closed", status: "closed", outcome: "resolved", receivedAt: 0, updatedAt: 1, closedAt: 1, notice: "notified" };
 * enquiry.notice //=> "notified"
 * ```
 */
export interface EnquiryAtAGlance {
  /** The enquiry's reference (contacts point at it by `enquiryId`). */
  readonly id: string;
  /** The lifecycle state it is in. */
  readonly state: string;
  /** Open or closed. */
  readonly status: "open" | "closed";
  /** The outcome when closed; otherwise `null`. */
  readonly outcome: string | null;
  /** When it was received (epoch ms). */
  readonly receivedAt: number;
  /** Its latest event (epoch ms). */
  readonly updatedAt: number;
  /** When it was closed (epoch ms), or `null`. */
  readonly closedAt: number | null;
  /** How the customer learnt the outcome (`notified`, `told`, or why not), or `null`. */
  readonly notice: string | null;
}

/**
 * What `singleView` looks through. Contacts belong to a person through `customerId`, which holds the id of one
 * of their identity records; enquiries through the contacts that name them.
 *
 * @example
 * ```ts
 * import type { SingleViewData } from "council-contact/cluster";
 * const data: SingleViewData = { records: [], contacts: [], enquiries: [], clocks: {} };
 * data.contacts?.length //=> 0
 * ```
 */
export interface SingleViewData {
  /** The identity records (at least the person's). */
  readonly records: readonly IdentityRecord[];
  /** Contacts, each with `customerId` set to a record id. Default none. */
  readonly contacts?: readonly Contact[];
  /** Enquiries. Default none. */
  readonly enquiries?: readonly EnquiryAtAGlance[];
  /** The status of each enquiry's clock (from `clockStatus` in `council-contact/clocks`), by enquiry id. Default none. */
  readonly clocks?: Readonly<Record<string, ClockStatus>>;
  /** The catalogue that says which cluster each service is in. Default `STARTER_CATALOGUE`. */
  readonly catalogue?: Catalogue;
}

/**
 * One person as a cluster's advisers see them.
 *
 * @example
 * ```ts
 * import type { SingleView } from "council-contact/cluster";
 * const view: SingleView = { identityId: "a", clusters: ["revenues"], records: [], contacts: [], channels: {}, openEnquiries: [], outcomes: [] };
 * view.identityId //=> "a"
 * ```
 */
export interface SingleView {
  /** The identity. */
  readonly identityId: string;
  /** The clusters the person's records are in: the view's scope. */
  readonly clusters: readonly string[];
  /** The person's records. */
  readonly records: readonly IdentityRecord[];
  /** Their contacts within those clusters (or with no service), oldest first, across every channel. */
  readonly contacts: readonly Contact[];
  /** How many of those contacts came on each channel. */
  readonly channels: Readonly<Partial<Record<Channel, number>>>;
  /** Their open enquiries, oldest first, each with its clock's status when one is given. */
  readonly openEnquiries: readonly {
    /** The enquiry. */
    readonly enquiry: EnquiryAtAGlance;
    /** Its clock's status, when `data.clocks` has one. */
    readonly clock?: ClockStatus;
  }[];
  /** Their closed enquiries, latest first: the outcome and how they were told it. */
  readonly outcomes: readonly {
    /** The enquiry. */
    readonly enquiryId: string;
    /** Its outcome. */
    readonly outcome: string | null;
    /** When it was closed (epoch ms). */
    readonly closedAt: number | null;
    /** Who was told what: how the person learnt the outcome (`notified`, `told`, or why not). */
    readonly notice: string | null;
  }[];
}

/**
 * The single view of a person within their cluster: every contact on every channel from any of their records,
 * their open enquiries with their clocks, and the outcomes of closed ones with who was told what, so that
 * nobody has to repeat themselves. Contacts about a service in another cluster are left out (their cluster
 * holds its own view); enquiries are found through the person's contacts.
 *
 * @param identity - the person (from `resolveIdentities`).
 * @param data - records, contacts, enquiries, clock statuses and the catalogue.
 * @returns the person's single view.
 * @throws {RangeError} if `identity` or `data` is not of the documented shape.
 * @example
 * ```ts
 * import { singleView } from "council-contact/cluster";
 * import { parseContacts } from "council-contact/schema";
 * const records = [{ id: "ct-1", cluster: "revenues" }, { id: "ct-9", cluster: "revenues" }];
 * const contacts = parseContacts([
 *   { id: "c1", at: "2025-03-03T09:00:00Z", channel: "telephone", customerId: "ct-1", serviceId: "council-tax", enquiryId: "e1" },
 *   { id: "c2", at: "2025-03-04T09:00:00Z", channel: "email", customerId: "ct-9", serviceId: "council-tax" },
 *   { id: "c3", at: "2025-03-05T09:00:00Z", channel: "web-form", customerId: "ct-9", serviceId: "potholes" },
 * ]);
 * const enquiries = [{ id: "e1", state: "open", status: "open" as const, outcome: null, receivedAt: 1_741_000_000_000, updatedAt: 1_741_000_000_000, closedAt: null, notice: null }];
 * const view = singleView({ id: "ct-1", recordIds: ["ct-1", "ct-9"] }, { records, contacts, enquiries });
 * view.contacts.map((contact) => contact.id) //=> ["c1", "c2"]
 * view.openEnquiries.map((open) => open.enquiry.id) //=> ["e1"]
 * ```
 */
export function singleView(identity: Identity, data: SingleViewData): SingleView {
  if (
    typeof identity !== "object" ||
    identity === null ||
    !Array.isArray(identity.recordIds) ||
    typeof identity.id !== "string"
  )
    throw rangeError("identity", "an identity { id, recordIds }", identity);
  if (typeof data !== "object" || data === null || !Array.isArray(data.records))
    throw rangeError("data", "{ records, contacts?, enquiries?, clocks?, catalogue? }", data);
  const contacts = list<Contact>(data.contacts, "data.contacts");
  const enquiries = list<EnquiryAtAGlance>(data.enquiries, "data.enquiries");
  const clocks = data.clocks ?? {};
  if (typeof clocks !== "object" || clocks === null)
    throw rangeError("data.clocks", "an object of clock statuses", clocks);
  const catalogue = data.catalogue ?? STARTER_CATALOGUE;
  if (typeof catalogue !== "object" || catalogue === null || !Array.isArray(catalogue.services))
    throw rangeError("data.catalogue", "a catalogue", catalogue);
  const mine = new Set<unknown>(identity.recordIds);
  const records = data.records.filter((record) => isObject(record) && mine.has(record.id));
  const clusters = [...new Set(records.map((record) => record.cluster))].sort();
  const inScope = (serviceId: unknown): boolean => {
    if (serviceId === undefined) return true;
    const service = typeof serviceId === "string" ? findService(catalogue, serviceId) : undefined;
    return service !== undefined && clusters.includes(service.cluster);
  };
  const theirs = contacts
    .filter((contact) => isObject(contact) && mine.has(contact.customerId) && inScope(contact.serviceId))
    .sort((a, b) => Number(a.at) - Number(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const channels: Partial<Record<Channel, number>> = {};
  for (const contact of theirs) channels[contact.channel] = (channels[contact.channel] ?? 0) + 1;
  const enquiryIds = new Set<unknown>(theirs.map((contact) => contact.enquiryId).filter((id) => id !== undefined));
  const linked = enquiries.filter((enquiry) => isObject(enquiry) && enquiryIds.has(enquiry.id));
  const openEnquiries = linked
    .filter((enquiry) => enquiry.status === "open")
    .sort((a, b) => a.receivedAt - b.receivedAt)
    .map((enquiry) => {
      const clock = Object.hasOwn(clocks, enquiry.id) ? clocks[enquiry.id] : undefined;
      return clock === undefined ? { enquiry } : { enquiry, clock };
    });
  const outcomes = linked
    .filter((enquiry) => enquiry.status === "closed")
    .sort((a, b) => (b.closedAt ?? b.updatedAt) - (a.closedAt ?? a.updatedAt))
    .map((enquiry) => ({
      enquiryId: enquiry.id,
      outcome: enquiry.outcome,
      closedAt: enquiry.closedAt,
      notice: enquiry.notice,
    }));
  return { identityId: identity.id, clusters, records, contacts: theirs, channels, openEnquiries, outcomes };
}

function list<T>(value: unknown, name: string): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw rangeError(name, "a list", value);
  return value as readonly T[];
}

function isObject(value: unknown): value is Record<string, unknown> & { id: unknown } {
  return typeof value === "object" && value !== null;
}
