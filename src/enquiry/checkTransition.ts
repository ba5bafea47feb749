import type { ClockAction } from "../clocks/index.js";
import { messages } from "../core/index.js";
import type { IssuePath } from "../schema/index.js";
import type { EffectSpec } from "./EffectSpec.js";
import type { GuardKind } from "./GuardSpec.js";
import { type Issues, isPositiveInteger, isRecord } from "./Issues.js";

/** Where a transition leaves from: a named state, every open state (`whileOpen`), or nowhere (the initial event). */
export type TransitionSource =
  | { readonly kind: "state"; readonly name: string; readonly closed: boolean }
  | { readonly kind: "while-open" }
  | { readonly kind: "initial" };

/** What the transition checks share: the issues, the declared states and their types, the edges found. */
export interface TransitionContext {
  readonly issues: Issues;
  /** Declared state name → whether it is closed (undefined when its type is invalid). */
  readonly states: ReadonlyMap<string, boolean | undefined>;
  /** Edges found, for the reachability checks: source, event, target. */
  readonly edges: { source: TransitionSource; event: string; target: string }[];
}

/** Each guard kind with the parameters it takes; `satisfies` keeps it in step with `GuardSpec`. */
const GUARD_PARAMS: Readonly<Record<string, readonly string[]>> = {
  "names-original": [],
  "names-handler": [],
  "handler-differs": ["from"],
  "names-referral": [],
  "customer-notified": [],
  "within-days-of-closure": ["days"],
} satisfies Record<GuardKind, readonly string[]>;
const CLOCK_EFFECTS: readonly string[] = [
  "start-clock",
  "pause-clock",
  "resume-clock",
  "extend-clock",
  "acknowledge-clock",
  "stop-clock",
] satisfies ClockAction[];
/** Each effect type with the parameters it takes; `satisfies` keeps it in step with `EffectSpec`. */
const EFFECT_PARAMS: Readonly<Record<string, readonly string[]>> = {
  "notify-customer": [],
  "start-clock": ["regime"],
  "pause-clock": ["regime"],
  "resume-clock": ["regime"],
  "extend-clock": ["regime"],
  "acknowledge-clock": ["regime"],
  "stop-clock": ["regime"],
  assign: ["to"],
  refer: ["to"],
  "schedule-follow-up": ["name", "afterDays"],
} satisfies Record<EffectSpec["type"], readonly string[]>;

/** Check the transitions one event takes from a source: one spec or a list tried in order. */
export function checkTransitionList(
  list: unknown,
  path: IssuePath,
  source: TransitionSource,
  event: string,
  context: TransitionContext,
): void {
  const candidates = Array.isArray(list) ? list : [list];
  if (Array.isArray(list) && list.length === 0)
    context.issues.add("too_small", path, `event '${event}' lists no transitions`, list);
  candidates.forEach((candidate, i) => {
    const at = Array.isArray(list) ? [...path, i] : path;
    const earlier = candidates.slice(0, i).findIndex(unguarded);
    if (earlier >= 0)
      context.issues.add("unreachable", at, `never tried: transition ${earlier} before it has no guards`);
    checkTransition(candidate, at, source, event, context);
  });
}

function unguarded(candidate: unknown): boolean {
  return (
    isRecord(candidate) &&
    (candidate.guards === undefined || (Array.isArray(candidate.guards) && candidate.guards.length === 0))
  );
}

/** Check one transition (or the initial spec): target, guards, effects, and the closed-loop rule. */
export function checkTransition(
  spec: unknown,
  path: IssuePath,
  source: TransitionSource,
  event: string,
  context: TransitionContext,
): void {
  const { issues, states } = context;
  if (!isRecord(spec)) {
    issues.add("invalid_type", path, messages.type("a transition", "object", spec), spec);
    return;
  }
  issues.keys(
    spec,
    source.kind === "initial" ? ["event", "target", "guards", "effects"] : ["target", "guards", "effects"],
    path,
    "a transition",
  );
  const target = spec.target;
  let closing = false;
  if (target === undefined) {
    if (source.kind === "initial")
      issues.add("missing", [...path, "target"], "the initial transition must name the state an enquiry starts in");
  } else if (typeof target !== "string") {
    issues.add("invalid_type", [...path, "target"], messages.type("target", "a state name", target), target);
  } else if (!states.has(target)) {
    issues.add("unknown_reference", [...path, "target"], `unknown state '${target}'`, target);
  } else {
    closing = states.get(target) === true;
    context.edges.push({ source, event, target });
  }
  const guards = list(spec.guards, [...path, "guards"], "guards", issues);
  const effects = list(spec.effects, [...path, "effects"], "effects", issues);
  const guardKinds = guards.map((guard, i) => checkGuard(guard, [...path, "guards", i], source, context));
  const effectTypes = effects.map((effect, i) => checkEffect(effect, [...path, "effects", i], issues));
  duplicates(guards, [...path, "guards"], "guard", issues);
  duplicates(effects, [...path, "effects"], "effect", issues);
  for (const type of ["assign", "refer"]) {
    const second = effectTypes.indexOf(type, effectTypes.indexOf(type) + 1);
    if (second > 0)
      issues.add(
        "duplicate",
        [...path, "effects", second],
        `a transition has at most one ${type} effect`,
        effects[second],
      );
  }
  effects.forEach((effect, i) => {
    if (!isRecord(effect) || effect.to !== undefined) return;
    if (effect.type === "assign" && !guardKinds.includes("names-handler") && !guardKinds.includes("handler-differs")) {
      issues.add(
        "missing",
        [...path, "effects", i],
        "an assign effect without 'to' takes the event's handler, so it needs a names-handler or handler-differs guard",
      );
    }
    if (effect.type === "refer" && !guardKinds.includes("names-referral")) {
      issues.add(
        "missing",
        [...path, "effects", i],
        "a refer effect without 'to' takes the event's referredTo, so it needs a names-referral guard",
      );
    }
  });
  if (closing && !effectTypes.includes("notify-customer") && !guardKinds.includes("customer-notified")) {
    issues.add(
      "missing",
      [...path, "effects"],
      `closed loop: entering closed state '${String(target)}' must notify the customer (a notify-customer effect) or require they were told (a customer-notified guard)`,
    );
  }
}

function checkGuard(
  guard: unknown,
  path: IssuePath,
  source: TransitionSource,
  context: TransitionContext,
): string | undefined {
  const { issues, states } = context;
  if (!isRecord(guard)) {
    issues.add("invalid_type", path, messages.type("a guard", "an object with a kind", guard), guard);
    return undefined;
  }
  const kind = guard.kind;
  if (typeof kind !== "string" || !Object.hasOwn(GUARD_PARAMS, kind)) {
    issues.add(
      "invalid_value",
      [...path, "kind"],
      `unknown guard kind '${String(kind)}'; expected one of ${Object.keys(GUARD_PARAMS).join(", ")}`,
      kind,
    );
    return undefined;
  }
  issues.keys(guard, ["kind", ...GUARD_PARAMS[kind]!], path, "a guard");
  if (kind === "handler-differs") {
    const from = guard.from;
    if (!Array.isArray(from) || from.length === 0) {
      issues.add(
        from === undefined ? "missing" : "invalid_type",
        [...path, "from"],
        "from must list the states whose handlers are excluded",
        from,
      );
    } else {
      from.forEach((name, i) => {
        if (typeof name !== "string" || !states.has(name))
          issues.add("unknown_reference", [...path, "from", i], `unknown state '${String(name)}'`, name);
      });
    }
  }
  if (kind === "within-days-of-closure") {
    if (!isPositiveInteger(guard.days))
      issues.add(
        guard.days === undefined ? "missing" : "invalid_value",
        [...path, "days"],
        "days must be a positive whole number",
        guard.days,
      );
    if (source.kind !== "state" || !source.closed) {
      issues.add(
        "invalid_value",
        path,
        "within-days-of-closure can only guard a transition out of a closed state",
        kind,
      );
    }
  }
  return kind;
}

function checkEffect(effect: unknown, path: IssuePath, issues: Issues): string | undefined {
  if (!isRecord(effect)) {
    issues.add("invalid_type", path, messages.type("an effect", "an object with a type", effect), effect);
    return undefined;
  }
  const type = effect.type;
  if (typeof type !== "string" || !Object.hasOwn(EFFECT_PARAMS, type)) {
    issues.add(
      "invalid_value",
      [...path, "type"],
      `unknown effect type '${String(type)}'; expected one of ${Object.keys(EFFECT_PARAMS).join(", ")}`,
      type,
    );
    return undefined;
  }
  issues.keys(effect, ["type", ...EFFECT_PARAMS[type]!], path, "an effect");
  const text = (key: string, optional: boolean): void => {
    const value = effect[key];
    if (optional && value === undefined) return;
    if (typeof value !== "string" || value.length === 0) {
      issues.add(
        value === undefined ? "missing" : "invalid_type",
        [...path, key],
        `${key} must be a non-empty string`,
        value,
      );
    }
  };
  if (CLOCK_EFFECTS.includes(type)) text("regime", false);
  if (type === "assign" || type === "refer") text("to", true);
  if (type === "schedule-follow-up") {
    text("name", false);
    if (!isPositiveInteger(effect.afterDays)) {
      issues.add(
        effect.afterDays === undefined ? "missing" : "invalid_value",
        [...path, "afterDays"],
        "afterDays must be a positive whole number",
        effect.afterDays,
      );
    }
  }
  return type;
}

function list(value: unknown, path: IssuePath, what: string, issues: Issues): readonly unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  issues.add("invalid_type", path, messages.type(what, "a list", value), value);
  return [];
}

function duplicates(items: readonly unknown[], path: IssuePath, what: string, issues: Issues): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = JSON.stringify(item);
    const first = seen.get(key);
    if (first !== undefined) issues.add("duplicate", [...path, i], `the same ${what} as item ${first}`, item);
    else seen.set(key, i);
  });
}
