import type { ContactId, ServiceId } from "../schema/index.js";
import type { AvoidableReason, Channel } from "../taxonomy/index.js";
import type { AvoidableRule } from "./avoidableRules.js";

/**
 * What a contact is, for NI 14: `value` demand (what the service exists to provide), `avoidable` (failure) demand,
 * or `none` for an outbound letter, bill or notice from the council, which is not customer demand and is left out
 * of the measure.
 *
 * @example
 * ```ts
 * import type { AvoidableDemand } from "council-contact/avoidable";
 * const demand: AvoidableDemand = "avoidable";
 * demand //=> "avoidable"
 * ```
 */
export type AvoidableDemand = "value" | "avoidable" | "none";

/**
 * The classification of one contact, with its reason and the evidence for it. Plain data: it survives
 * `JSON.stringify` / `JSON.parse` unchanged. `at`, `channel` and `serviceId` are copied from the contact, so that
 * {@link ni14} and its breakdowns need nothing but the results.
 *
 * @example
 * ```ts
 * import type { AvoidableResult } from "council-contact/avoidable";
 * import { contactId, serviceId } from "council-contact/schema";
 * const result: AvoidableResult = {
 *   contactId: contactId("c-2"), demand: "avoidable", reason: "progress-chasing", rule: "chase-open-enquiry", evidence: [contactId("c-1")],
 *   explanation: "Progress chasing: about enquiry E-1 (opened by contact c-1 3 days earlier), still open.",
 *   at: 1714554000000, channel: "telephone", serviceId: serviceId("missed-bin"),
 * };
 * result.reason //=> "progress-chasing"
 * ```
 */
export interface AvoidableResult {
  /** The contact classified. */
  readonly contactId: ContactId;
  /** Value, avoidable, or none (outbound). */
  readonly demand: AvoidableDemand;
  /** Why it is avoidable; present exactly when `demand` is `avoidable`. */
  readonly reason?: AvoidableReason;
  /** The rule that decided, from `AVOIDABLE_RULES` (`no-rule` for value demand no rule caught). */
  readonly rule: AvoidableRule;
  /** The ids of the earlier contacts the decision rests on (the contact that opened the enquiry chased, the letter asked about, …); empty when the contact alone decides. */
  readonly evidence: readonly ContactId[];
  /** The decision in words, naming the enquiry, service, place or letter and how many days apart. */
  readonly explanation: string;
  /** When the contact happened, in epoch ms (copied from it). */
  readonly at: number;
  /** Its channel (copied from it). */
  readonly channel: Channel;
  /** Its service, if it has one (copied from it). */
  readonly serviceId?: ServiceId;
}
