import type { EnquiryUpdate } from "../contact/index.js";
import type { AvoidableClassifierOptions } from "./AvoidableClassifierOptions.js";

/**
 * Options for {@link classifyContacts}: the classifier's options and the enquiry updates to merge in.
 *
 * @example
 * ```ts
 * import type { ClassifyContactsOptions } from "council-contact/avoidable";
 * const options: ClassifyContactsOptions = { enquiryUpdates: [{ enquiryId: "E-1", at: 0, type: "closed", outcome: "fixed" }] };
 * options.enquiryUpdates?.length //=> 1
 * ```
 */
export interface ClassifyContactsOptions extends AvoidableClassifierOptions {
  /** Enquiries opened and closed, from the case system, in any order. Default none: enquiry state comes from the contacts alone. */
  readonly enquiryUpdates?: readonly EnquiryUpdate[];
  /** The form of the results: `"objects"`, one `AvoidableResult` per contact; or `"compact"`, a `CompactClassification` in typed arrays. Default `"objects"`. */
  readonly form?: "objects" | "compact";
}
