import { compile } from "./compile.js";
import type { Lifecycle } from "./Lifecycle.js";

const notify = { type: "notify-customer" } as const;
const stop = [{ type: "stop-clock", regime: "sar" }, notify] as const;
const respond = {
  disclose: { target: "granted", effects: stop },
  "disclose-in-part": { target: "part-granted", effects: stop },
  refuse: { target: "refused", effects: stop },
  "report-not-held": { target: "not-held", effects: stop },
  withdraw: { target: "withdrawn", effects: stop },
} as const;

/**
 * A subject access request under UK GDPR Art. 15. The one-month clock starts only when the
 * requester's identity is verified (the ICO: the time limit runs from receipt of the information
 * needed to confirm identity), so receipt waits in `awaiting-identity`; the clock may be extended
 * once, by two further months (Art. 12(3)), telling the requester; the response (disclosed in
 * full or in part, refused, no data held) stops it and notifies them. A request whose identity is
 * never verified closes with no further action. Version 1.
 *
 * @example
 * ```ts
 * import { subjectAccessRequest, replay } from "council-contact/enquiry";
 * const early = replay(subjectAccessRequest, [
 *   { type: "receive", at: "2025-01-31T12:00:00Z", id: "SAR-12" },
 *   { type: "disclose", at: "2025-02-03T12:00:00Z" },
 * ]);
 * early.ok ? null : early.error.code //=> "invalid_transition"
 * ```
 */
export const subjectAccessRequest: Lifecycle<SubjectAccessRequestState, SubjectAccessRequestEvent> =
  /* @__PURE__ */ compile({
    id: "subject-access-request",
    version: 1,
    title: "Subject access request (UK GDPR)",
    initial: { event: "receive", target: "awaiting-identity" },
    states: {
      "awaiting-identity": {
        type: "open",
        description: "clock not started until identity is verified",
        on: {
          "verify-identity": { target: "responding", effects: [{ type: "start-clock", regime: "sar" }] },
          "close-unverified": { target: "unverified", effects: [notify] },
          withdraw: { target: "withdrawn", effects: [notify] },
        },
      },
      responding: {
        type: "open",
        on: { extend: { target: "extended", effects: [{ type: "extend-clock", regime: "sar" }, notify] }, ...respond },
      },
      extended: { type: "open", description: "extended by two further months", on: respond },
      granted: { type: "closed", outcome: "granted" },
      "part-granted": { type: "closed", outcome: "part-granted" },
      refused: { type: "closed", outcome: "refused" },
      "not-held": { type: "closed", outcome: "not-held" },
      unverified: { type: "closed", outcome: "no-further-action", description: "identity never verified" },
      withdrawn: { type: "closed", outcome: "withdrawn" },
    },
  });

/**
 * The state names of {@link subjectAccessRequest}.
 *
 * @example
 * ```ts
 * import type { SubjectAccessRequestState } from "council-contact/enquiry";
 * const state: SubjectAccessRequestState = "awaiting-identity";
 * state //=> "awaiting-identity"
 * ```
 */
export type SubjectAccessRequestState =
  | "awaiting-identity"
  | "responding"
  | "extended"
  | "granted"
  | "part-granted"
  | "refused"
  | "not-held"
  | "unverified"
  | "withdrawn";

/**
 * The event names of {@link subjectAccessRequest}.
 *
 * @example
 * ```ts
 * import type { SubjectAccessRequestEvent } from "council-contact/enquiry";
 * const event: SubjectAccessRequestEvent = "verify-identity";
 * event //=> "verify-identity"
 * ```
 */
export type SubjectAccessRequestEvent =
  | "receive"
  | "verify-identity"
  | "close-unverified"
  | "withdraw"
  | "extend"
  | "disclose"
  | "disclose-in-part"
  | "refuse"
  | "report-not-held";
