import type { LocationOf } from "../contact/index.js";
import type { Contact } from "../schema/index.js";
import type { Rows, RowNames, UpdateRows } from "./classifyRows.js";
import { CONTACT_OUTCOME, DIRECTION, ENQUIRY_OUTCOME, INTERACTION } from "./codes.js";
import { Dictionary } from "./Dictionary.js";
import type { EnquiryUpdate } from "./EnquiryUpdate.js";

/** A place: the empty string is none. */
export const placeOf = (place: string | undefined): string | undefined => (place === "" ? undefined : place);

/**
 * The contacts and updates of a history interned into one set of keys: one `Map` lookup per contact for each of its
 * customer, place, enquiry and service. What `classifyContactsCompact` runs the engine on; this lookup is most of its
 * time on a large history (see the guide's performance section).
 *
 * @param contacts - the contacts, checked.
 * @param days - their London days.
 * @param updates - the updates, checked, in order.
 * @param updateDays - their London days.
 * @param locationOf - the place of a contact; default its UPRN.
 */
export function internContacts(
  contacts: readonly Contact[],
  days: Float64Array,
  updates: readonly EnquiryUpdate[],
  updateDays: readonly number[],
  locationOf: LocationOf | undefined,
): { rows: Rows; updateRows: UpdateRows; names: RowNames; places: readonly string[]; enquiries: readonly string[] } {
  const n = contacts.length;
  const customers = new Dictionary();
  const places = new Dictionary();
  const enquiries = new Dictionary();
  const services = new Dictionary();
  const rows = {
    at: new Float64Array(n),
    day: Int32Array.from(days),
    customer: new Int32Array(n),
    place: new Int32Array(n),
    enquiry: new Int32Array(n),
    service: new Int32Array(n),
    interaction: new Uint8Array(n),
    outcome: new Uint8Array(n),
    direction: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const c = contacts[i]!;
    rows.at[i] = c.at;
    rows.customer[i] = customers.of(c.customerId);
    rows.place[i] = places.of(placeOf(locationOf === undefined ? c.uprn : locationOf(c)));
    rows.enquiry[i] = enquiries.of(c.enquiryId);
    rows.service[i] = services.of(c.serviceId);
    rows.interaction[i] = INTERACTION.get(c.interaction) ?? 0;
    rows.outcome[i] = CONTACT_OUTCOME.get(c.outcome) ?? 0;
    rows.direction[i] = DIRECTION.get(c.direction) ?? 0;
  }
  const m = updates.length;
  const updateRows = {
    length: m,
    at: Float64Array.from(updates, (u) => u.at),
    day: Int32Array.from(updateDays),
    enquiry: Int32Array.from(updates, (u) => enquiries.of(u.enquiryId)),
    type: Uint8Array.from(updates, (u) => (u.type === "closed" ? 1 : 0)),
    outcome: Uint8Array.from(updates, (u) => ENQUIRY_OUTCOME.get(u.outcome) ?? 0),
    customer: Int32Array.from(updates, (u) => customers.of(u.customerId)),
    place: Int32Array.from(updates, (u) => places.of(placeOf(u.uprn))),
    service: Int32Array.from(updates, (u) => services.of(u.serviceId)),
  };
  const note = (i: number): string | undefined => contacts[i]!.note;
  return {
    rows,
    updateRows,
    names: { customers: customers.size, places: places.size, enquiries: enquiries.size, services: services.values as string[], note },
    places: places.values as string[],
    enquiries: enquiries.values as string[],
  };
}
