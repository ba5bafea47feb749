import { compile } from "./compile.js";
import type { Lifecycle } from "./Lifecycle.js";

const notify = { type: "notify-customer" } as const;

/**
 * A question or request for information: answered at first contact (the customer is told there
 * and then, so the event says `told: true`), or referred to the back office and answered later
 * with a notification. It may also be signposted to another organisation or withdrawn. Version 1.
 *
 * @example
 * ```ts
 * import { generalEnquiry, replay } from "council-contact/enquiry";
 * const call = replay(generalEnquiry, [
 *   { type: "receive", at: "2025-05-12T10:02:00+01:00", id: "CC-5531" },
 *   { type: "answer-at-first-contact", at: "2025-05-12T10:06:00+01:00", told: true },
 * ]);
 * call.ok && [call.state.outcome, call.state.notice] //=> ["answered", "told"]
 * ```
 */
export const generalEnquiry: Lifecycle<GeneralEnquiryState, GeneralEnquiryEvent> = /* @__PURE__ */ compile({
  id: "general-enquiry",
  version: 1,
  title: "General enquiry",
  initial: { event: "receive", target: "received" },
  states: {
    received: {
      type: "open",
      description: "with the contact centre",
      on: {
        "answer-at-first-contact": { target: "answered", guards: [{ kind: "customer-notified" }] },
        "refer-to-back-office": {
          target: "with-back-office",
          guards: [{ kind: "names-referral" }],
          effects: [{ type: "refer" }],
        },
      },
    },
    "with-back-office": { type: "open", description: "referred to the service that can answer" },
    answered: { type: "closed", outcome: "answered" },
    signposted: { type: "closed", outcome: "referred-elsewhere", description: "another organisation answers" },
    withdrawn: { type: "closed", outcome: "withdrawn" },
  },
  whileOpen: {
    answer: { target: "answered", effects: [notify] },
    signpost: { target: "signposted", guards: [{ kind: "names-referral" }], effects: [{ type: "refer" }, notify] },
    withdraw: { target: "withdrawn", effects: [notify] },
  },
});

/**
 * The state names of {@link generalEnquiry}.
 *
 * @example
 * ```ts
 * import type { GeneralEnquiryState } from "council-contact/enquiry";
 * const state: GeneralEnquiryState = "with-back-office";
 * state //=> "with-back-office"
 * ```
 */
export type GeneralEnquiryState = "received" | "with-back-office" | "answered" | "signposted" | "withdrawn";

/**
 * The event names of {@link generalEnquiry}.
 *
 * @example
 * ```ts
 * import type { GeneralEnquiryEvent } from "council-contact/enquiry";
 * const event: GeneralEnquiryEvent = "answer-at-first-contact";
 * event //=> "answer-at-first-contact"
 * ```
 */
export type GeneralEnquiryEvent =
  | "receive"
  | "answer-at-first-contact"
  | "refer-to-back-office"
  | "answer"
  | "signpost"
  | "withdraw";
