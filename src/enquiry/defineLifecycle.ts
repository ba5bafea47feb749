import { type SafeParseResult, ValidationError } from "../schema/index.js";
import { checkLifecycle } from "./checkLifecycle.js";
import { compile } from "./compile.js";
import type { EventName, Lifecycle, StateName } from "./Lifecycle.js";
import type { LifecycleSpec } from "./LifecycleSpec.js";

/**
 * Check a lifecycle definition and compile it for {@link transition}. The spec is plain data (a
 * council can store its own as JSON); the result is a frozen copy of it with integer-indexed
 * lookup tables compiled once, so transitions run without searching.
 *
 * The checks, every problem reported at once: the shape (known keys, kebab-case names, a positive
 * whole version); no unknown names (targets, guard states); closed states carry a known outcome;
 * the closed loop (every transition into a closed state emits `notify-customer` or has a
 * `customer-notified` guard); `assign` and `refer` without a fixed destination have a guard that
 * makes the event name one; a reopen window only guards a transition out of a closed state; every
 * state is reachable from the initial state; every open state has a path to a closed state; no
 * transition is shadowed by an unguarded one before it.
 *
 * @param spec - the definition: states (open, or closed with an outcome), events, guards and effects.
 * @returns the checked, compiled, frozen definition; its type names its states and events.
 * @throws ValidationError listing every problem found, each with a code (`unknown_reference`,
 *   `unreachable`, `no_path_to_closed`, `missing`, …) and a path into the spec.
 *
 * @example
 * ```ts
 * import { defineLifecycle, transition, startEnquiry } from "council-contact/enquiry";
 * const missedBin = defineLifecycle({
 *   id: "missed-bin",
 *   version: 1,
 *   initial: { event: "report", target: "reported", effects: [{ type: "start-clock", regime: "missed-bin-2-working-days" }] },
 *   states: {
 *     reported: { type: "open", on: { collect: { target: "collected", effects: [{ type: "stop-clock", regime: "missed-bin-2-working-days" }, { type: "notify-customer" }] } } },
 *     collected: { type: "closed", outcome: "fixed" },
 *   },
 * });
 * const started = startEnquiry(missedBin, { type: "report", at: 0, id: "BIN-7" });
 * started.ok && transition(missedBin, started.state, { type: "collect", at: 1 }).ok //=> true
 * defineLifecycle({ id: "bad", version: 1, initial: { event: "open", target: "nowhere" }, states: {} }) //=> throws ValidationError
 * ```
 */
export function defineLifecycle<const T extends LifecycleSpec>(spec: T): Lifecycle<StateName<T>, EventName<T>> {
  const issues = checkLifecycle(spec);
  if (issues.length > 0) throw new ValidationError(issues, `Lifecycle ${describe(spec)}`);
  return compile(spec);
}

/**
 * {@link defineLifecycle} without throwing: for a definition loaded from storage or typed in by a
 * council officer, where problems are expected and shown rather than raised.
 *
 * @param spec - the definition, of unknown shape.
 * @returns `{ success: true, data }` with the compiled definition, or `{ success: false, error }`
 *   with every problem found.
 *
 * @example
 * ```ts
 * import { safeDefineLifecycle } from "council-contact/enquiry";
 * const result = safeDefineLifecycle({
 *   id: "pest-control",
 *   version: 1,
 *   initial: { event: "book", target: "booked" },
 *   states: { booked: { type: "open", on: { treat: { target: "treated" } } }, treated: { type: "closed" }, spare: { type: "open" } },
 * });
 * result.success ? [] : result.error.issues.map((issue) => issue.code) //=> ["missing", "missing", "unreachable", "no_path_to_closed"]
 * ```
 */
export function safeDefineLifecycle(spec: unknown): SafeParseResult<Lifecycle> {
  const issues = checkLifecycle(spec);
  if (issues.length > 0) return { success: false, error: new ValidationError(issues, `Lifecycle ${describe(spec)}`) };
  return { success: true, data: compile(spec as LifecycleSpec) };
}

function describe(spec: unknown): string {
  const record = spec as { id?: unknown; version?: unknown } | null;
  return typeof record?.id === "string" && record.id.length > 0
    ? `'${record.id}'${typeof record.version === "number" ? ` v${record.version}` : ""}`
    : "spec";
}
