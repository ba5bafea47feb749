import type { LifecycleSpec, StateSpec } from "./LifecycleSpec.js";

/**
 * A checked, compiled and frozen lifecycle definition, as {@link defineLifecycle} returns it and
 * as every built-in lifecycle is. It is still the plain data of its {@link LifecycleSpec}
 * (`JSON.stringify` gives the spec back); the compiled lookup tables ride along invisibly. The type
 * parameters name its states and events, so a misspelt event fails to compile.
 *
 * @typeParam S - the names of its states.
 * @typeParam E - the names of its events.
 *
 * @example
 * ```ts
 * import { serviceRequest } from "council-contact/enquiry";
 * serviceRequest.id //=> "service-request"
 * serviceRequest.states.fixed.type //=> "closed"
 * ```
 */
export interface Lifecycle<S extends string = string, E extends string = string> extends LifecycleSpec {
  /** Every state, by name. */
  readonly states: { readonly [K in S]: StateSpec };
  /** @internal Type-only: the names of the states and events. Never present at run time. */
  readonly __names?: { readonly states: S; readonly events: E };
}

/**
 * The state names of a lifecycle spec or definition.
 *
 * @example
 * ```ts
 * import type { StateName, serviceRequest } from "council-contact/enquiry";
 * const state: StateName<typeof serviceRequest> = "action-scheduled";
 * state //=> "action-scheduled"
 * ```
 */
export type StateName<T extends LifecycleSpec> = Extract<keyof T["states"], string>;

/**
 * The event names of a lifecycle spec or definition: the initial event, every state's events and
 * the `whileOpen` events.
 *
 * @example
 * ```ts
 * import type { EventName, serviceRequest } from "council-contact/enquiry";
 * const event: EventName<typeof serviceRequest> = "mark-duplicate";
 * event //=> "mark-duplicate"
 * ```
 */
export type EventName<T extends LifecycleSpec> =
  T extends Lifecycle<string, infer E>
    ? string extends E
      ? Extract<
          | T["initial"]["event"]
          | { [K in keyof T["states"]]: keyof NonNullable<T["states"][K]["on"]> }[keyof T["states"]]
          | keyof NonNullable<T["whileOpen"]>,
          string
        >
      : E
    : never;
