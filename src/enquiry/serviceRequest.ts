import { messages, rangeError } from "../core/index.js";
import { DEFAULT_REOPEN_DAYS, FIXMYSTREET_QUESTIONNAIRE_DAYS } from "../taxonomy/index.js";
import { compile } from "./compile.js";
import type { EffectSpec } from "./EffectSpec.js";
import type { Lifecycle } from "./Lifecycle.js";

/**
 * Options for {@link serviceRequestLifecycle}.
 *
 * @example
 * ```ts
 * import { type ServiceRequestOptions, serviceRequestLifecycle } from "council-contact/enquiry";
 * const options: ServiceRequestOptions = { id: "york-service-request", version: 2, reopenWithinDays: 56 };
 * serviceRequestLifecycle(options).version //=> 2
 * ```
 */
export interface ServiceRequestOptions {
  /** The definition's id; give a council's own variant its own id. Default `"service-request"`. */
  readonly id?: string;
  /** The definition's version. Default 1. */
  readonly version?: number;
  /** Days after closure that a fixed or no-further-action report may be reopened. Default {@link DEFAULT_REOPEN_DAYS}. */
  readonly reopenWithinDays?: number;
}

const notify = { type: "notify-customer" } as const satisfies EffectSpec;
const followUp = {
  type: "schedule-follow-up",
  name: "has-it-been-fixed",
  afterDays: FIXMYSTREET_QUESTIONNAIRE_DAYS,
} as const satisfies EffectSpec;

/**
 * Build the service-request lifecycle with a council's own reopen window. A changed window is a
 * different definition, so give it its own id or version: enquiries carry both.
 *
 * @param options - id, version and reopen window.
 * @returns the compiled definition (the lifecycle itself is checked by the tests; only the options vary).
 * @throws RangeError if `options` is not an object, the id is empty, or the version or window is
 * not a positive whole number.
 *
 * @example
 * ```ts
 * import { serviceRequestLifecycle } from "council-contact/enquiry";
 * const leeds = serviceRequestLifecycle({ id: "leeds-service-request", reopenWithinDays: 14 });
 * leeds.id //=> "leeds-service-request"
 * JSON.stringify(leeds.states.fixed) //=> '{"type":"closed","outcome":"fixed","on":{"reopen":{"target":"reopened","guards":[{"kind":"within-days-of-closure","days":14}],"effects":[{"type":"notify-customer"},{"type":"schedule-follow-up","name":"has-it-been-fixed","afterDays":28}]}}}'
 * ```
 */
export function serviceRequestLifecycle(
  options: ServiceRequestOptions = {},
): Lifecycle<ServiceRequestState, ServiceRequestEvent> {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const { id = "service-request", version = 1, reopenWithinDays = DEFAULT_REOPEN_DAYS } = options;
  if (typeof id !== "string" || id.length === 0) throw rangeError("id", "a non-empty string", id);
  for (const [name, value] of [
    ["version", version],
    ["reopenWithinDays", reopenWithinDays],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw rangeError(name, "a positive whole number", value);
  }
  const reopen = {
    target: "reopened",
    guards: [{ kind: "within-days-of-closure", days: reopenWithinDays }],
    effects: [notify, followUp],
  } as const;
  const work = {
    investigate: { target: "investigating" },
    schedule: { target: "action-scheduled", effects: [notify] },
    "start-work": { target: "in-progress" },
  } as const;
  return compile({
    id,
    version,
    title: "Service request (FixMyStreet-like report)",
    initial: { event: "submit", target: "received" },
    states: {
      received: {
        type: "open",
        description: "submitted, awaiting triage",
        on: { log: { target: "logged", effects: [notify, followUp] } },
      },
      logged: { type: "open", description: "logged with the service", on: work },
      investigating: { type: "open", on: { schedule: work.schedule, "start-work": work["start-work"] } },
      "action-scheduled": { type: "open", on: { "start-work": work["start-work"] } },
      "in-progress": { type: "open" },
      reopened: { type: "open", description: "reopened after closure", on: work },
      fixed: { type: "closed", outcome: "fixed", on: { reopen } },
      duplicate: { type: "closed", outcome: "duplicate" },
      "not-council-responsibility": { type: "closed", outcome: "not-council-responsibility" },
      "no-further-action": { type: "closed", outcome: "no-further-action", on: { reopen } },
      referred: { type: "closed", outcome: "referred-elsewhere", description: "internal referral" },
      closed: { type: "closed", outcome: "closed" },
      withdrawn: { type: "closed", outcome: "withdrawn", description: "cancelled" },
    },
    whileOpen: {
      assign: { guards: [{ kind: "names-handler" }], effects: [{ type: "assign" }] },
      fix: { target: "fixed", effects: [notify] },
      "mark-duplicate": { target: "duplicate", guards: [{ kind: "names-original" }], effects: [notify] },
      "not-responsible": { target: "not-council-responsibility", effects: [notify] },
      "no-further-action": { target: "no-further-action", effects: [notify] },
      refer: { target: "referred", guards: [{ kind: "names-referral" }], effects: [{ type: "refer" }, notify] },
      close: { target: "closed", effects: [notify] },
      withdraw: { target: "withdrawn", effects: [notify] },
    },
  });
}

/**
 * The state names of {@link serviceRequest}.
 *
 * @example
 * ```ts
 * import type { ServiceRequestState } from "council-contact/enquiry";
 * const state: ServiceRequestState = "action-scheduled";
 * state //=> "action-scheduled"
 * ```
 */
export type ServiceRequestState =
  | "received"
  | "logged"
  | "investigating"
  | "action-scheduled"
  | "in-progress"
  | "reopened"
  | "fixed"
  | "duplicate"
  | "not-council-responsibility"
  | "no-further-action"
  | "referred"
  | "closed"
  | "withdrawn";

/**
 * The event names of {@link serviceRequest}.
 *
 * @example
 * ```ts
 * import type { ServiceRequestEvent } from "council-contact/enquiry";
 * const event: ServiceRequestEvent = "mark-duplicate";
 * event //=> "mark-duplicate"
 * ```
 */
export type ServiceRequestEvent =
  | "submit"
  | "log"
  | "investigate"
  | "schedule"
  | "start-work"
  | "reopen"
  | "assign"
  | "fix"
  | "mark-duplicate"
  | "not-responsible"
  | "no-further-action"
  | "refer"
  | "close"
  | "withdraw";

/**
 * A report of a problem in the street (a pothole, a missed bin, fly-tipping), FixMyStreet-like:
 * submitted → logged → investigating → action scheduled → in progress → closed with an outcome
 * (fixed, duplicate, not the council's responsibility, no further action, referred, closed,
 * withdrawn). Logging schedules the "has it been fixed?" follow-up 4 weeks on; a duplicate must
 * name the original; a fixed or no-further-action report can be reopened within 28 days. Every
 * closure notifies the customer. Version 1.
 *
 * @example
 * ```ts
 * import { serviceRequest } from "council-contact/enquiry";
 * [serviceRequest.id, serviceRequest.version] //=> ["service-request", 1]
 * serviceRequest.states["no-further-action"].type //=> "closed"
 * ```
 */
export const serviceRequest: Lifecycle<ServiceRequestState, ServiceRequestEvent> =
  /* @__PURE__ */ serviceRequestLifecycle();
