import { rangeError } from "../core/index.js";
import type { Contact } from "../schema/index.js";
import type { AvoidableResult } from "./AvoidableResult.js";
import type { ClassifyContactsOptions } from "./ClassifyContactsOptions.js";
import type { CompactClassification } from "./CompactClassification.js";
import { classifyObjects } from "./classifyObjects.js";
import { lazyResults } from "./lazyResults.js";

/**
 * Classifies every contact in a history as value or avoidable demand (NI 14, failure demand), with the reason, the
 * rule that decided, the earlier contacts it rests on and an explanation in words. Causal: a contact's result
 * depends only on the contacts and updates that come before it in the library's order (by `at`; at the same
 * instant updates first, then contacts by id), so the same answers come from `createClassifier` on a stream.
 * The result does not depend on the order of the input.
 *
 * The results come in one of two forms (`options.form`). `"objects"` (the default): one `AvoidableResult` per
 * contact, in an array that builds each object the first time it is read, so that a large history costs little
 * until its results are read (it serialises as plain data; copy it, `[...results]`, before `structuredClone`).
 * `"compact"`: a `CompactClassification`, the decisions in typed arrays, for the largest histories;
 * `compactResult(classification, i)` expands one contact.
 *
 * @param contacts - the history, in any order (already in order is fastest); ids unique.
 * @param options - the rules' windows and lists, the precedence, enquiry updates, a text model.
 * @returns one result per contact, in input order; with `form: "compact"`, the compact classification.
 * @throws {RangeError} if `contacts` is not an array.
 * @throws {ValidationError} listing every contact that is not an object, without an id or with an `at` outside 2000–2100, two contacts
 *   with the same id and time, and every malformed enquiry update (paths `enquiryUpdates.3.outcome`).
 * @throws {RangeError} for an option out of range, naming it and the value.
 * @example
 * ```ts
 * import { classifyContacts } from "council-contact/avoidable";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "c-1", at: "2024-05-01T09:00:00Z", channel: "web-form", customerId: "cust-1", serviceId: "missed-bin", enquiryId: "E-1", interaction: "report", outcome: "referred", uprn: "10070" },
 *   { id: "c-2", at: "2024-05-03T10:00:00Z", channel: "telephone", customerId: "cust-1", serviceId: "missed-bin", enquiryId: "E-1", interaction: "chase" },
 *   { id: "c-3", at: "2024-05-20T10:00:00Z", channel: "telephone", customerId: "cust-1", serviceId: "missed-bin", interaction: "report", outcome: "referred", uprn: "10070" },
 * ]);
 * const results = classifyContacts(contacts, { enquiryUpdates: [{ enquiryId: "E-1", at: Date.parse("2024-05-06T15:00:00Z"), type: "closed", outcome: "fixed" }] });
 * results.map((result) => result.reason ?? result.demand) //=> ["value", "progress-chasing", "failure-to-deliver"]
 * results[1]!.explanation //=> "Progress chasing: recorded as a chase, about enquiry E-1 (opened by contact c-1 2 days earlier)."
 * results[2]!.evidence //=> ["c-1"]
 * classifyContacts(contacts, { form: "compact" }).reasons[1] //=> 1
 * classifyContacts([null as never]) //=> throws ValidationError
 * ```
 */
export function classifyContacts(
  contacts: readonly Contact[],
  options: ClassifyContactsOptions & { readonly form: "compact" },
): CompactClassification;
export function classifyContacts(
  contacts: readonly Contact[],
  options?: ClassifyContactsOptions & { readonly form?: "objects" },
): AvoidableResult[];
export function classifyContacts(
  contacts: readonly Contact[],
  options: ClassifyContactsOptions = {},
): AvoidableResult[] | CompactClassification {
  const form = (options as ClassifyContactsOptions | null)?.form ?? "objects";
  if (form !== "objects" && form !== "compact") throw rangeError("form", '"objects" or "compact"', form);
  const compact = classifyObjects(contacts, options);
  return form === "compact" ? compact : lazyResults(compact);
}
