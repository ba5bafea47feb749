import { compile } from "./compile.js";
import type { EffectSpec } from "./EffectSpec.js";
import type { GuardSpec } from "./GuardSpec.js";
import type { Lifecycle } from "./Lifecycle.js";
import type { LifecycleSpec, StateSpec, TransitionMap } from "./LifecycleSpec.js";

/**
 * The state names of {@link complaint}.
 *
 * @example
 * ```ts
 * import type { ComplaintState } from "council-contact/enquiry";
 * const state: ComplaintState = "stage-2-partly-upheld";
 * state //=> "stage-2-partly-upheld"
 * ```
 */
export type ComplaintState =
  | `stage-${1 | 2}-${"received" | "investigating" | "extended" | "upheld" | "partly-upheld" | "not-upheld"}`
  | "with-ombudsman"
  | "withdrawn";

/**
 * The event names of {@link complaint}.
 *
 * @example
 * ```ts
 * import type { ComplaintEvent } from "council-contact/enquiry";
 * const event: ComplaintEvent = "escalate";
 * event //=> "escalate"
 * ```
 */
export type ComplaintEvent =
  | "receive"
  | "acknowledge"
  | "assign"
  | "extend"
  | "respond-upheld"
  | "respond-partly-upheld"
  | "respond-not-upheld"
  | "escalate"
  | "refer-to-ombudsman"
  | "withdraw";

const notify = { type: "notify-customer" } as const;
/** Stage 1 handlers: a stage 2 handler must be someone else (Complaint Handling Code 6.13). */
const STAGE_1_HANDLERS = ["stage-1-investigating", "stage-1-extended"];

/** The open and closed states of one stage of the complaint handling codes. */
function stage(n: 1 | 2): Record<string, StateSpec> {
  const clock = `complaint-stage-${n}` as const;
  const handlerGuard: GuardSpec =
    n === 1 ? { kind: "names-handler" } : { kind: "handler-differs", from: STAGE_1_HANDLERS };
  const stop: readonly EffectSpec[] = [{ type: "stop-clock", regime: clock }, notify];
  const responses: TransitionMap = {
    "respond-upheld": { target: `stage-${n}-upheld`, effects: stop },
    "respond-partly-upheld": { target: `stage-${n}-partly-upheld`, effects: stop },
    "respond-not-upheld": { target: `stage-${n}-not-upheld`, effects: stop },
  };
  const common: TransitionMap = {
    assign: { guards: [handlerGuard], effects: [{ type: "assign" }] },
    withdraw: { target: "withdrawn", effects: stop },
  };
  const after: TransitionMap =
    n === 1
      ? {
          escalate: {
            target: "stage-2-received",
            effects: [{ type: "start-clock", regime: "complaint-stage-2" }, notify],
          },
        }
      : { "refer-to-ombudsman": { target: "with-ombudsman", effects: [{ type: "refer", to: "ombudsman" }, notify] } };
  return {
    [`stage-${n}-received`]: {
      type: "open",
      on: {
        acknowledge: {
          target: `stage-${n}-investigating`,
          guards: [handlerGuard],
          effects: [{ type: "acknowledge-clock", regime: clock }, { type: "assign" }, notify],
        },
        withdraw: common.withdraw!,
      },
    },
    [`stage-${n}-investigating`]: {
      type: "open",
      on: {
        ...common,
        ...responses,
        extend: { target: `stage-${n}-extended`, effects: [{ type: "extend-clock", regime: clock }, notify] },
      },
    },
    [`stage-${n}-extended`]: { type: "open", on: { ...common, ...responses } },
    [`stage-${n}-upheld`]: { type: "closed", outcome: "upheld", on: after },
    [`stage-${n}-partly-upheld`]: { type: "closed", outcome: "partly-upheld", on: after },
    [`stage-${n}-not-upheld`]: { type: "closed", outcome: "not-upheld", on: after },
  };
}

/** The complaint lifecycle's spec, built from its two stages. */
function complaintSpec(): LifecycleSpec {
  return {
    id: "complaint",
    version: 1,
    title: "Complaint (two stages, Complaint Handling Code)",
    initial: {
      event: "receive",
      target: "stage-1-received",
      effects: [{ type: "start-clock", regime: "complaint-stage-1" }],
    },
    states: {
      ...stage(1),
      ...stage(2),
      "with-ombudsman": { type: "closed", outcome: "referred-elsewhere", description: "with the Ombudsman" },
      withdrawn: { type: "closed", outcome: "withdrawn" },
    },
  };
}

/**
 * A complaint under the two-stage Complaint Handling Codes (Housing Ombudsman 2024, statutory
 * for social landlords; LGSCO 2024, guidance for other council complaints). Receipt starts the
 * stage 1 clock (acknowledge in 5 working days, respond in 10 from acknowledgement); acknowledging
 * names the handler and acknowledges the clock, which starts the response time; an extension extends the clock once; the response (upheld, partly upheld,
 * not upheld) stops it and notifies the complainant. Escalation reopens the complaint at stage 2
 * with its own clock, and a stage 2 handler must not be anyone who handled stage 1 (code 6.13).
 * After the stage 2 response the complainant may take it to the Ombudsman. Version 1.
 *
 * @example
 * ```ts
 * import { complaint, replay } from "council-contact/enquiry";
 * const events = [
 *   { type: "receive", at: "2025-06-02T09:00:00+01:00", id: "C-301" },
 *   { type: "acknowledge", at: "2025-06-03T09:00:00+01:00", handler: "amira" },
 *   { type: "respond-not-upheld", at: "2025-06-13T16:00:00+01:00" },
 *   { type: "escalate", at: "2025-06-20T11:00:00+01:00" },
 * ] as const;
 * const sameHandler = replay(complaint, [...events, { type: "acknowledge", at: "2025-06-23T09:00:00+01:00", handler: "amira" }]);
 * sameHandler.ok ? null : sameHandler.error.code //=> "same_handler"
 * ```
 */
export const complaint = /* @__PURE__ */ compile(/* @__PURE__ */ complaintSpec()) as Lifecycle<
  ComplaintState,
  ComplaintEvent
>;
