import {
  compareContacts,
  compareEnquiryUpdates,
  contactDay,
  type EnquiryUpdate,
  enquiryUpdateDay,
  type OrderedRecord,
  outOfOrderError,
} from "../contact/index.js";
import { ValidationError, type ValidationIssue } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import { type AvoidableClassifierOptions, resolveClassifierOptions } from "./AvoidableClassifierOptions.js";
import type { AvoidableResult } from "./AvoidableResult.js";
import {
  type AvoidableClassifierMemory,
  CONTACT_OUTCOME_CODE,
  CUSTOMER_SIDE,
  Dictionary,
  ENQUIRY_OUTCOME_CODE,
  Engine,
  type EngineUpdate,
  engineContact,
  INTERACTION_CODE,
  NONE,
  PLACE_SIDE,
} from "./engine/index.js";
import { placeOf } from "./internContacts.js";
import { toResult } from "./toResult.js";

/**
 * A streaming classifier: give it contacts and enquiry updates in the library's order and it classifies each
 * contact as it arrives, with the answer `classifyContacts` gives for the whole history. It keeps only what a rule
 * can still use, so its memory follows the longest window, not the history.
 *
 * @example
 * ```ts
 * import { createClassifier, type AvoidableClassifier } from "council-contact/avoidable";
 * const classifier: AvoidableClassifier = createClassifier();
 * classifier.memory() //=> { enquiries: 0, customers: 0, places: 0 }
 * ```
 */
export interface AvoidableClassifier {
  /**
   * Classifies the next contact. It must come after everything given before (by `at`, then id; updates at the
   * same instant go first); a contact out of order is refused and changes nothing.
   *
   * @throws {ValidationError} for a contact out of order, without an id, or with an `at` outside 2000–2100.
   */
  add(contact: Contact): AvoidableResult;
  /**
   * Records an enquiry opening or closing. It must come after every contact and update given before, except that
   * it may share an instant with earlier updates; one out of order is refused and changes nothing.
   *
   * @throws {ValidationError} for a malformed update or one out of order.
   */
  addUpdate(update: EnquiryUpdate): void;
  /** How many enquiries, customers and places the classifier holds now: what its memory follows. */
  memory(): AvoidableClassifierMemory;
}

/**
 * Creates a streaming classifier, for contacts arriving one at a time (a contact centre's live feed, or a history
 * too long to hold). Same rules, options and answers as `classifyContacts`.
 *
 * @param options - the rules' windows and lists, the precedence, a text model.
 * @returns a classifier that has seen nothing.
 * @throws {RangeError} for an option out of range, naming it and the value.
 * @example
 * ```ts
 * import { createClassifier } from "council-contact/avoidable";
 * import { parseContacts } from "council-contact/schema";
 * const classifier = createClassifier({ otherTierServices: ["potholes"] });
 * const [first, second] = parseContacts([
 *   { id: "c-1", at: "2024-05-01T09:00:00Z", channel: "telephone", customerId: "cust-1", serviceId: "potholes", interaction: "report" },
 *   { id: "c-2", at: "2024-05-01T09:05:00Z", channel: "telephone", customerId: "cust-2", serviceId: "council-tax", interaction: "payment" },
 * ]);
 * classifier.add(first!).reason //=> "misdirected"
 * classifier.add(second!).demand //=> "value"
 * classifier.add(first!) //=> throws ValidationError
 * ```
 */
export function createClassifier(options: AvoidableClassifierOptions = {}): AvoidableClassifier {
  const resolved = resolveClassifierOptions(options);
  const engine = new Engine(resolved, [0, 0, 0], 0, true);
  const { store } = engine;
  const customers = new Dictionary();
  const places = new Dictionary();
  const enquiries = new Dictionary();
  const services = new Dictionary();
  // The last item accepted, as the order sees it: a contact, or an update named after its enquiry.
  let last: OrderedRecord | undefined;
  let lastContact: Contact | undefined;
  let lastUpdate: EnquiryUpdate | undefined;
  let seq = 0;
  const c = engineContact();

  /** Sweeps if due; then releases every key the engine no longer holds, so that keys follow the window. */
  const sweep = (day: number): void => {
    if (!engine.maybeSweep(day)) return;
    for (const [side, keys] of [customers, places].entries())
      keys.values.forEach((value, key) => {
        if (value !== undefined && store.heads[side as 0 | 1][key] === NONE) keys.release(key);
      });
    enquiries.values.forEach((value, key) => {
      if (value !== undefined && store.enquiryOf[key] === NONE) enquiries.release(key);
    });
  };
  const key = (keys: Dictionary, side: 0 | 1 | 2, value: string | undefined): number => {
    const k = keys.of(value);
    if (k >= 0) store.reserve(side, k);
    return k;
  };
  const service = (value: string | undefined): number => {
    const size = services.size;
    const k = services.of(value);
    if (services.size > size) engine.defineService(k, value!);
    return k;
  };
  return {
    add(contact: Contact): AvoidableResult {
      const day = contactDay(contact);
      if (
        last !== undefined &&
        (contact.at < last.at ||
          (contact.at === last.at && lastContact !== undefined && compareContacts(lastContact, contact) >= 0))
      ) {
        throw outOfOrderError(contact, last);
      }
      last = lastContact = contact;
      lastUpdate = undefined;
      sweep(day);
      const place = placeOf(resolved.locationOf === undefined ? contact.uprn : resolved.locationOf(contact));
      c.seq = seq++;
      c.day = day;
      c.customer = key(customers, CUSTOMER_SIDE, contact.customerId);
      c.place = key(places, PLACE_SIDE, place);
      c.enquiry = key(enquiries, 2, contact.enquiryId);
      c.service = service(contact.serviceId);
      c.interaction = INTERACTION_CODE.get(contact.interaction) ?? 0;
      c.outcome = CONTACT_OUTCOME_CODE.get(contact.outcome) ?? 0;
      c.outbound = contact.direction === "outbound";
      c.id = contact.id;
      c.note = contact.note;
      engine.contact(c);
      const enquiryId = engine.enquiryKey < 0 ? undefined : enquiries.values[engine.enquiryKey];
      const { rule, reason, firstId, secondId, days, outcome, probability } = engine;
      return toResult(contact, { rule, reason, firstId, secondId, enquiryId, days, outcome, probability, place });
    },
    addUpdate(update: EnquiryUpdate): void {
      const issues: ValidationIssue[] = [];
      const day = enquiryUpdateDay(update, [], issues);
      if (issues.length > 0) throw new ValidationError(issues, "Enquiry update");
      const item = { id: `the update of ${update.enquiryId}`, at: update.at };
      if (
        last !== undefined &&
        (update.at < last.at ||
          (update.at === last.at && (lastContact !== undefined || compareEnquiryUpdates(lastUpdate!, update) > 0)))
      ) {
        throw outOfOrderError(item, last);
      }
      last = item;
      lastUpdate = update;
      lastContact = undefined;
      sweep(day);
      const closed = update.type === "closed";
      const u: EngineUpdate = {
        day,
        enquiry: key(enquiries, 2, update.enquiryId),
        closed,
        outcome: closed ? ENQUIRY_OUTCOME_CODE.get(update.outcome)! : 0,
        customer: key(customers, CUSTOMER_SIDE, update.customerId),
        place: key(places, PLACE_SIDE, placeOf(update.uprn)),
        service: service(update.serviceId),
      };
      engine.update(u);
    },
    memory(): AvoidableClassifierMemory {
      return engine.memory();
    },
  };
}
