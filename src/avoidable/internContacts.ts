import type { EnquiryUpdate, LocationOf } from "../contact/index.js";
import type { Contact } from "../schema/index.js";
import {
  CONTACT_OUTCOME_CODE,
  DIRECTION_CODE,
  Dictionary,
  INTERACTION_CODE,
  type RowNames,
  type Rows,
  type UpdateRows,
} from "./engine/index.js";
import { encodeUpdates } from "./enquiryUpdateColumns.js";

/** A place: the empty string is none. */
export const placeOf = (place: string | undefined): string | undefined => (place === "" ? undefined : place);

/**
 * The contacts and updates of a history interned into one set of keys: one `Map` lookup per contact for each of its
 * customer, place, enquiry and service. What `classifyContactsCompact` runs the engine on; this lookup is most of its
 * time on a large history (see the guide's performance section).
 *
 * @param contacts - the contacts, checked.
 * @param days - their London days.
 * @param updates - the updates, in any order: checked, and put in order (paths of issues `enquiryUpdates.3.outcome`).
 * @param locationOf - the place of a contact; default its UPRN.
 */
export function internContacts(
  contacts: readonly Contact[],
  days: Float64Array,
  updates: readonly EnquiryUpdate[],
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
    rows.interaction[i] = INTERACTION_CODE.get(c.interaction) ?? 0;
    rows.outcome[i] = CONTACT_OUTCOME_CODE.get(c.outcome) ?? 0;
    rows.direction[i] = DIRECTION_CODE.get(c.direction) ?? 0;
  }
  const updateRows = encodeUpdates(
    updates,
    {
      enquiry: (id: string) => enquiries.of(id),
      customer: (id: string) => customers.of(id),
      service: (id: string) => services.of(id),
      place: (id: string) => places.of(id),
    },
    ["enquiryUpdates"],
  );
  const note = (i: number): string | undefined => contacts[i]!.note;
  return {
    rows,
    updateRows,
    names: {
      customers: customers.size,
      places: places.size,
      enquiries: enquiries.size,
      services: services.values as string[],
      note,
    },
    places: places.values as string[],
    enquiries: enquiries.values as string[],
  };
}
