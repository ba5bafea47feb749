import { messages } from "../core/index.js";
import { compile } from "./compile.js";
import type { Lifecycle } from "./Lifecycle.js";

/**
 * The access-to-information regimes an information request can run under: FOI (FOIA 2000,
 * England, Wales and Northern Ireland), FOISA (Scotland) and EIR (environmental information).
 *
 * @example
 * ```ts
 * import type { InformationRegime } from "council-contact/enquiry";
 * const regime: InformationRegime = "eir";
 * regime //=> "eir"
 * ```
 */
export type InformationRegime = "foi" | "foisa" | "eir";

/**
 * Build the information-request lifecycle for a regime, with id `<regime>-request`. Receipt starts
 * the regime's clock; asking the requester to clarify pauses it (FOIA s.1(3)) and their
 * clarification resumes it (the clock module restarts the count); FOI may extend for the public
 * interest (s.10(3)) and EIR for complexity and volume (reg 7(1)), each once, while FOISA has no
 * extension; the request ends granted, part granted, refused or not held, each with the clock
 * stopped and the requester notified. Version 1.
 *
 * @param regime - `foi`, `foisa` or `eir`.
 * @returns the compiled definition.
 * @throws RangeError if the regime is not one of the three.
 *
 * @example
 * ```ts
 * import { informationRequestLifecycle } from "council-contact/enquiry";
 * const foisa = informationRequestLifecycle("foisa");
 * [foisa.id, "extended" in foisa.states] //=> ["foisa-request", false]
 * informationRequestLifecycle("gdpr" as never) //=> throws RangeError
 * ```
 */
export function informationRequestLifecycle(
  regime: InformationRegime,
): Lifecycle<InformationRequestState, InformationRequestEvent> {
  if (regime !== "foi" && regime !== "foisa" && regime !== "eir") {
    throw new RangeError(messages.oneOf("regime", ["foi", "foisa", "eir"], regime));
  }
  const close = [{ type: "stop-clock", regime }, { type: "notify-customer" }] as const;
  const outcomes = {
    grant: { target: "granted", effects: close },
    "part-grant": { target: "part-granted", effects: close },
    refuse: { target: "refused", effects: close },
    "report-not-held": { target: "not-held", effects: close },
  } as const;
  const extend = {
    target: "extended",
    effects: [{ type: "extend-clock", regime }, { type: "notify-customer" }],
  } as const;
  const extendable = regime !== "foisa";
  return compile({
    id: `${regime}-request`,
    version: 1,
    title: `Information request (${regime.toUpperCase()})`,
    initial: { event: "receive", target: "received", effects: [{ type: "start-clock", regime }] },
    states: {
      received: {
        type: "open",
        on: {
          "request-clarification": {
            target: "awaiting-clarification",
            effects: [{ type: "pause-clock", regime }, { type: "notify-customer" }],
          },
          ...(extendable ? { extend } : {}),
          ...outcomes,
        },
      },
      "awaiting-clarification": {
        type: "open",
        on: { clarify: { target: "received", effects: [{ type: "resume-clock", regime }] } },
      },
      ...(extendable ? { extended: { type: "open", description: "time extended", on: outcomes } } : {}),
      granted: { type: "closed", outcome: "granted" },
      "part-granted": { type: "closed", outcome: "part-granted" },
      refused: { type: "closed", outcome: "refused" },
      "not-held": { type: "closed", outcome: "not-held" },
      withdrawn: { type: "closed", outcome: "withdrawn" },
    },
    whileOpen: { withdraw: { target: "withdrawn", effects: close } },
  });
}

/**
 * The state names of {@link informationRequest}.
 *
 * @example
 * ```ts
 * import type { InformationRequestState } from "council-contact/enquiry";
 * const state: InformationRequestState = "awaiting-clarification";
 * state //=> "awaiting-clarification"
 * ```
 */
export type InformationRequestState =
  | "received"
  | "awaiting-clarification"
  | "extended"
  | "granted"
  | "part-granted"
  | "refused"
  | "not-held"
  | "withdrawn";

/**
 * The event names of {@link informationRequest}.
 *
 * @example
 * ```ts
 * import type { InformationRequestEvent } from "council-contact/enquiry";
 * const event: InformationRequestEvent = "report-not-held";
 * event //=> "report-not-held"
 * ```
 */
export type InformationRequestEvent =
  | "receive"
  | "request-clarification"
  | "clarify"
  | "extend"
  | "grant"
  | "part-grant"
  | "refuse"
  | "report-not-held"
  | "withdraw";

/**
 * A Freedom of Information request under FOIA 2000 (id `foi-request`, version 1): see
 * {@link informationRequestLifecycle} for FOISA and EIR. Receipt starts the `foi` clock (20
 * working days); a clarification pauses it; a public-interest extension extends it once; every
 * outcome stops it and notifies the requester.
 *
 * @example
 * ```ts
 * import { informationRequest, replay } from "council-contact/enquiry";
 * const result = replay(informationRequest, [
 *   { type: "receive", at: "2025-01-06T10:00:00Z", id: "FOI-88" },
 *   { type: "extend", at: "2025-01-30T10:00:00Z" },
 *   { type: "part-grant", at: "2025-02-20T10:00:00Z" },
 * ]);
 * result.ok && result.state.outcome //=> "part-granted"
 * ```
 */
export const informationRequest: Lifecycle<InformationRequestState, InformationRequestEvent> =
  /* @__PURE__ */ informationRequestLifecycle("foi");
