import type { EnquiryOutcome } from "../taxonomy/index.js";
import type { EffectSpec } from "./EffectSpec.js";
import type { GuardSpec } from "./GuardSpec.js";

/**
 * One way out of a state on an event: where it goes, what must hold first, and what it emits.
 * Without a `target` the enquiry stays where it is (an assignment that changes no state).
 *
 * @example
 * ```ts
 * import type { TransitionSpec } from "council-contact/enquiry";
 * const duplicate: TransitionSpec = { target: "duplicate", guards: [{ kind: "names-original" }], effects: [{ type: "notify-customer" }] };
 * duplicate.target //=> "duplicate"
 * ```
 */
export interface TransitionSpec {
  /** The state entered; absent to stay in the current state. */
  readonly target?: string;
  /** Conditions that must all hold, checked in order; the first that fails refuses the event. */
  readonly guards?: readonly GuardSpec[];
  /** The effects emitted, in order. */
  readonly effects?: readonly EffectSpec[];
}

/**
 * The transitions one event can take from a state: one, or several tried in order (the first
 * whose guards all hold is taken).
 *
 * @example
 * ```ts
 * import type { TransitionList } from "council-contact/enquiry";
 * const fix: TransitionList = { target: "fixed", effects: [{ type: "notify-customer" }] };
 * Array.isArray(fix) //=> false
 * ```
 */
export type TransitionList = TransitionSpec | readonly TransitionSpec[];

/**
 * The transitions out of a state, by event name.
 *
 * @example
 * ```ts
 * import type { TransitionMap } from "council-contact/enquiry";
 * const on: TransitionMap = { investigate: { target: "investigating" } };
 * Object.keys(on) //=> ["investigate"]
 * ```
 */
export interface TransitionMap {
  /** The transitions one event can take. */
  readonly [event: string]: TransitionList;
}

/**
 * A state of a lifecycle: open (the council still owes the customer something) or closed with an
 * outcome. A closed state may still have transitions out (a reopen, an escalation).
 *
 * @example
 * ```ts
 * import type { StateSpec } from "council-contact/enquiry";
 * const fixed: StateSpec = { type: "closed", outcome: "fixed" };
 * fixed.type //=> "closed"
 * ```
 */
export type StateSpec =
  | {
      /** Open: the enquiry is still being dealt with. */
      readonly type: "open";
      /** What the state means, for people and diagrams. */
      readonly description?: string;
      /** The transitions out, by event name. */
      readonly on?: TransitionMap;
    }
  | {
      /** Closed: the enquiry has ended with an outcome. */
      readonly type: "closed";
      /** How it ended. */
      readonly outcome: EnquiryOutcome;
      /** What the state means, for people and diagrams. */
      readonly description?: string;
      /** The transitions out (a reopen, an escalation), by event name. */
      readonly on?: TransitionMap;
    };

/**
 * How an enquiry begins: the event that opens it, the state it enters and the effects it emits.
 *
 * @example
 * ```ts
 * import type { InitialSpec } from "council-contact/enquiry";
 * const initial: InitialSpec = { event: "receive", target: "received", effects: [{ type: "start-clock", regime: "foi" }] };
 * initial.event //=> "receive"
 * ```
 */
export interface InitialSpec {
  /** The type of the first event of every history. */
  readonly event: string;
  /** The state the enquiry starts in. */
  readonly target: string;
  /** Conditions on the first event. */
  readonly guards?: readonly GuardSpec[];
  /** The effects the first event emits. */
  readonly effects?: readonly EffectSpec[];
}

/**
 * A lifecycle definition as plain data: what {@link defineLifecycle} checks and compiles, what a
 * council stores for its own lifecycles, and what every built-in lifecycle is. Names of states and
 * events are kebab-case (`action-scheduled`).
 *
 * @example
 * ```ts
 * import type { LifecycleSpec } from "council-contact/enquiry";
 * const spec: LifecycleSpec = {
 *   id: "missed-bin",
 *   version: 1,
 *   title: "Missed bin collection",
 *   initial: { event: "report", target: "reported" },
 *   states: {
 *     reported: { type: "open", on: { collect: { target: "collected", effects: [{ type: "notify-customer" }] } } },
 *     collected: { type: "closed", outcome: "fixed" },
 *   },
 * };
 * Object.keys(spec.states) //=> ["reported", "collected"]
 * ```
 */
export interface LifecycleSpec {
  /** The definition's id, carried by every enquiry that follows it. */
  readonly id: string;
  /** The definition's version, a positive integer, carried by every enquiry that follows it. */
  readonly version: number;
  /** A name for people. */
  readonly title?: string;
  /** How an enquiry begins. */
  readonly initial: InitialSpec;
  /** Every state, by name; the order is the order diagrams list them. */
  readonly states: { readonly [state: string]: StateSpec };
  /** Transitions available from every open state that does not define the same event itself. */
  readonly whileOpen?: TransitionMap;
}
