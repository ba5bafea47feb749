import { rangeError } from "../core/index.js";
import { type Catalogue, LIFE_EVENT_CODES, type LifeEvent, servicesForLifeEvent } from "../taxonomy/index.js";
import type { Identity } from "./Resolution.js";

/**
 * An enquiry to open, as data for the caller to act on (the library opens nothing itself).
 *
 * @example
 * ```ts
 * import type { EnquiryToOpen } from "council-contact/cluster";
 * const open: EnquiryToOpen = { type: "open-enquiry", identityId: "ct-1", serviceId: "council-tax", service: "Council tax", cluster: "revenues" };
 * open.type //=> "open-enquiry"
 * ```
 */
export interface EnquiryToOpen {
  /** Always `open-enquiry`. */
  readonly type: "open-enquiry";
  /** The person it is for. */
  readonly identityId: string;
  /** The catalogue service. */
  readonly serviceId: string;
  /** The service's label. */
  readonly service: string;
  /** The cluster the service is in. */
  readonly cluster: string;
}

/**
 * The enquiries a life event opens at once, and what telling the council once saves.
 *
 * @example
 * ```ts
 * import type { EnquiryBundle } from "council-contact/cluster";
 * const bundle: EnquiryBundle = { event: "birth", identityId: "a", enquiries: [], separateContacts: 0, contactsSaved: 0 };
 * bundle.contactsSaved //=> 0
 * ```
 */
export interface EnquiryBundle {
  /** The life event. */
  readonly event: LifeEvent;
  /** The person. */
  readonly identityId: string;
  /** One enquiry per service the event touches, most urgent first. */
  readonly enquiries: readonly EnquiryToOpen[];
  /** The contacts the person would otherwise make: one per service. */
  readonly separateContacts: number;
  /** Contacts saved by telling the council once: `separateContacts − 1` (none when the event touches no service). */
  readonly contactsSaved: number;
}

/**
 * Opens every enquiry a life event needs in one go (moving home touches council tax, the electoral register,
 * waste collections, parking permits and school places), so the person tells the council once, and says how
 * many separate contacts that saves. Services the catalogue lacks are left out.
 *
 * @param event - the life event (`moving-home`, `bereavement`, …).
 * @param person - the person's identity.
 * @param catalogue - the council's catalogue (`STARTER_CATALOGUE` from `council-contact/taxonomy` to start).
 * @returns the enquiries to open, as data, and the contacts saved.
 * @throws {RangeError} if the event is unknown, or `person` or `catalogue` is not of the documented shape.
 * @example
 * ```ts
 * import { bundleEnquiries } from "council-contact/cluster";
 * import { STARTER_CATALOGUE } from "council-contact/taxonomy";
 * const bundle = bundleEnquiries("starting-school", { id: "ct-1", recordIds: ["ct-1"] }, STARTER_CATALOGUE);
 * bundle.enquiries.map((enquiry) => enquiry.serviceId) //=> ["school-admissions", "school-transport", "free-school-meals"]
 * bundle.contactsSaved //=> 2
 * ```
 */
export function bundleEnquiries(event: LifeEvent, person: Identity, catalogue: Catalogue): EnquiryBundle {
  if (!(LIFE_EVENT_CODES as readonly unknown[]).includes(event))
    throw rangeError("event", `one of ${LIFE_EVENT_CODES.join(", ")}`, event);
  if (typeof person !== "object" || person === null || typeof person.id !== "string")
    throw rangeError("person", "an identity { id, recordIds }", person);
  if (
    typeof catalogue !== "object" ||
    catalogue === null ||
    !Array.isArray(catalogue.services) ||
    !Array.isArray(catalogue.clusters)
  )
    throw rangeError("catalogue", "a catalogue { clusters, services }", catalogue);
  const services = servicesForLifeEvent(event, catalogue).filter(
    (service) => typeof service === "object" && service !== null,
  );
  const enquiries = services.map(
    (service): EnquiryToOpen => ({
      type: "open-enquiry",
      identityId: person.id,
      serviceId: service.id,
      service: service.label,
      cluster: service.cluster,
    }),
  );
  return {
    event,
    identityId: person.id,
    enquiries,
    separateContacts: enquiries.length,
    contactsSaved: Math.max(0, enquiries.length - 1),
  };
}
