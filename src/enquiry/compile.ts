import { rangeError } from "../core/index.js";
import type { EnquiryOutcome } from "../taxonomy/index.js";
import type { EffectSpec } from "./EffectSpec.js";
import type { GuardSpec } from "./GuardSpec.js";
import type { EventName, Lifecycle, StateName } from "./Lifecycle.js";
import type { LifecycleSpec, TransitionList, TransitionMap, TransitionSpec } from "./LifecycleSpec.js";

/** One state with its transitions resolved, so a transition is two map lookups and no search. */
export interface CompiledState {
  readonly name: string;
  readonly closed: boolean;
  readonly outcome: EnquiryOutcome | null;
  /** Whether its handlers are recorded (a `handler-differs` guard names it). */
  readonly tracked: boolean;
  /** Event name → the transitions to try, in order (`whileOpen` merged in for open states). */
  readonly on: ReadonlyMap<string, readonly CompiledTransition[]>;
}

/** One transition, resolved to its target state. */
export interface CompiledTransition {
  /** The state entered; `null` to stay. */
  readonly to: CompiledState | null;
  readonly guards: readonly GuardSpec[];
  readonly effects: readonly EffectSpec[];
  /** Whether the effects include `notify-customer`. */
  readonly notifies: boolean;
  /** Whether a `names-original` guard records the event's `duplicateOf`. */
  readonly recordsDuplicate: boolean;
  /** The `assign` effect, if any (at most one): it sets the enquiry's handler. */
  readonly assigns: Extract<EffectSpec, { type: "assign" }> | null;
  /** The `refer` effect, if any (at most one): it sets where the enquiry was referred. */
  readonly refers: Extract<EffectSpec, { type: "refer" }> | null;
}

/** A definition compiled into lookup tables. */
export interface CompiledLifecycle {
  readonly states: ReadonlyMap<string, CompiledState>;
  readonly initial: readonly CompiledTransition[];
}

const COMPILED: unique symbol = Symbol("council-contact/enquiry compiled lifecycle");

interface Carrier {
  readonly [COMPILED]?: CompiledLifecycle;
}

/** The compiled tables of a definition made by `defineLifecycle`. */
export function compiledOf(definition: Lifecycle): CompiledLifecycle {
  const compiled =
    typeof definition === "object" && definition !== null ? (definition as Carrier)[COMPILED] : undefined;
  if (compiled === undefined) {
    throw rangeError(
      "definition",
      "a lifecycle made by defineLifecycle (pass its spec through defineLifecycle first)",
      definition,
    );
  }
  return compiled;
}

/** Listify a transition list (one spec or several). */
export function listOf(list: TransitionList): readonly TransitionSpec[] {
  return Array.isArray(list) ? (list as readonly TransitionSpec[]) : [list as TransitionSpec];
}

/**
 * Copy, freeze and compile a spec that has already been checked (by `defineLifecycle`, or, for the
 * built-in lifecycles, by their tests: leaving the checker out keeps it out of bundles that only
 * use a built-in). The copy is frozen all the way
 * down; the tables ride on a non-enumerable symbol, invisible to JSON and to equality checks.
 */
export function compile<const T extends LifecycleSpec>(spec: T): Lifecycle<StateName<T>, EventName<T>> {
  const frozen = Object.fromEntries(
    Object.entries(spec).map(([key, value]) => [key, freezeCopy(value)]),
  ) as unknown as LifecycleSpec;
  const tracked = new Set<string>();
  for (const transition of allTransitions(frozen)) {
    for (const guard of transition.guards ?? [])
      if (guard.kind === "handler-differs") for (const name of guard.from) tracked.add(name);
  }
  const on = new Map<string, Map<string, readonly CompiledTransition[]>>();
  const states = new Map<string, CompiledState>(
    Object.entries(frozen.states).map(([name, state]) => {
      const table = new Map<string, readonly CompiledTransition[]>();
      on.set(name, table);
      return [
        name,
        {
          name,
          closed: state.type === "closed",
          outcome: state.type === "closed" ? state.outcome : null,
          tracked: tracked.has(name),
          on: table,
        },
      ];
    }),
  );
  const resolve = (transition: TransitionSpec): CompiledTransition => {
    const guards = transition.guards ?? [];
    const effects = transition.effects ?? [];
    return {
      to: transition.target === undefined ? null : states.get(transition.target)!,
      guards,
      effects,
      notifies: effects.some((effect) => effect.type === "notify-customer"),
      recordsDuplicate: guards.some((guard) => guard.kind === "names-original"),
      assigns: effects.find((effect) => effect.type === "assign") ?? null,
      refers: effects.find((effect) => effect.type === "refer") ?? null,
    };
  };
  const resolveAll = (map: TransitionMap | undefined): [string, readonly CompiledTransition[]][] =>
    Object.entries(map ?? {}).map(([event, list]) => [event, listOf(list).map(resolve)]);
  const whileOpen = resolveAll(frozen.whileOpen);
  for (const [name, state] of Object.entries(frozen.states)) {
    const table = on.get(name)!;
    for (const [event, list] of [...(state.type === "open" ? whileOpen : []), ...resolveAll(state.on)])
      table.set(event, list);
  }
  const compiled: CompiledLifecycle = { states, initial: [resolve(frozen.initial)] };
  Object.defineProperty(frozen, COMPILED, { value: compiled });
  return Object.freeze(frozen) as Lifecycle<StateName<T>, EventName<T>>;
}

function* allTransitions(spec: LifecycleSpec): Generator<TransitionSpec> {
  yield spec.initial;
  for (const list of Object.values(spec.whileOpen ?? {})) yield* listOf(list);
  for (const state of Object.values(spec.states)) for (const list of Object.values(state.on ?? {})) yield* listOf(list);
}

function freezeCopy(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map(freezeCopy));
  if (value !== null && typeof value === "object") {
    return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, item]) => [key, freezeCopy(item)])));
  }
  return value;
}
