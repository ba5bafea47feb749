import { messages } from "../core/index.js";
import type { ValidationIssue } from "../schema/index.js";
import { ENQUIRY_OUTCOMES } from "../taxonomy/index.js";
import {
  checkTransition,
  checkTransitionList,
  type TransitionContext,
  type TransitionSource,
} from "./checkTransition.js";
import { Issues, isPositiveInteger, isRecord } from "./Issues.js";

/**
 * Every problem with a lifecycle spec, in the order found: its shape, unknown names, closed states
 * without outcomes, closing transitions that do not notify the customer, states that cannot be
 * reached, and open states with no way to close.
 */
export function checkLifecycle(spec: unknown): ValidationIssue[] {
  const issues = new Issues();
  if (!isRecord(spec)) {
    issues.add("invalid_type", [], messages.type("a lifecycle spec", "object", spec), spec);
    return issues.list;
  }
  issues.keys(spec, ["id", "version", "title", "initial", "states", "whileOpen"], [], "a lifecycle");
  if (typeof spec.id !== "string" || spec.id.length === 0) {
    issues.add(
      spec.id === undefined ? "missing" : spec.id === "" ? "too_small" : "invalid_type",
      ["id"],
      "id must be a non-empty string",
      spec.id,
    );
  }
  if (!isPositiveInteger(spec.version)) {
    issues.add(
      spec.version === undefined ? "missing" : "invalid_value",
      ["version"],
      "version must be a positive whole number",
      spec.version,
    );
  }
  if (spec.title !== undefined && typeof spec.title !== "string")
    issues.add("invalid_type", ["title"], messages.type("title", "string", spec.title), spec.title);

  const states = isRecord(spec.states) ? spec.states : {};
  if (!isRecord(spec.states)) {
    issues.add(
      spec.states === undefined ? "missing" : "invalid_type",
      ["states"],
      "states must be an object of states by name",
      spec.states,
    );
  } else if (Object.keys(states).length === 0) {
    issues.add("too_small", ["states"], "a lifecycle needs at least one state", spec.states);
  }
  const types = new Map<string, boolean | undefined>();
  for (const [name, state] of Object.entries(states)) {
    if (issues.name(name, ["states", name], "state name")) types.set(name, closedness(state));
  }
  const context: TransitionContext = { issues, states: types, edges: [] };
  for (const [name, state] of Object.entries(states)) checkState(name, state, context);

  if (!isRecord(spec.initial)) {
    issues.add(
      spec.initial === undefined ? "missing" : "invalid_type",
      ["initial"],
      "initial must say which event begins an enquiry and the state it enters",
      spec.initial,
    );
  } else {
    const event = spec.initial.event;
    issues.name(event, ["initial", "event"], "event name");
    checkTransition(spec.initial, ["initial"], { kind: "initial" }, String(event), context);
  }
  if (spec.whileOpen !== undefined) {
    if (!isRecord(spec.whileOpen))
      issues.add(
        "invalid_type",
        ["whileOpen"],
        messages.type("whileOpen", "an object of transitions by event", spec.whileOpen),
        spec.whileOpen,
      );
    else checkEvents(spec.whileOpen, ["whileOpen"], { kind: "while-open" }, context);
  }
  const ownEvents = new Map(
    Object.entries(states).map(([name, state]) => [
      name,
      new Set(isRecord(state) && isRecord(state.on) ? Object.keys(state.on) : []),
    ]),
  );
  checkGraph(context, ownEvents, isRecord(spec.initial) ? spec.initial.target : undefined);
  return issues.list;
}

function closedness(state: unknown): boolean | undefined {
  if (!isRecord(state)) return undefined;
  return state.type === "closed" ? true : state.type === "open" ? false : undefined;
}

function checkState(name: string, state: unknown, context: TransitionContext): void {
  const { issues } = context;
  const path = ["states", name];
  if (!isRecord(state)) {
    issues.add("invalid_type", path, messages.type("a state", "an object with a type", state), state);
    return;
  }
  issues.keys(state, ["type", "outcome", "description", "on"], path, "a state");
  const closed = closedness(state);
  if (closed === undefined)
    issues.add(
      state.type === undefined ? "missing" : "invalid_value",
      [...path, "type"],
      "type must be 'open' or 'closed'",
      state.type,
    );
  if (closed === true && state.outcome === undefined) {
    issues.add("missing", [...path, "outcome"], `closed state '${name}' must carry an outcome`);
  } else if (closed === true && !(ENQUIRY_OUTCOMES as readonly unknown[]).includes(state.outcome)) {
    issues.add(
      "invalid_value",
      [...path, "outcome"],
      `unknown outcome '${String(state.outcome)}'; expected one of ${ENQUIRY_OUTCOMES.join(", ")}`,
      state.outcome,
    );
  } else if (closed === false && state.outcome !== undefined) {
    issues.add("invalid_value", [...path, "outcome"], `open state '${name}' cannot carry an outcome`, state.outcome);
  }
  if (state.description !== undefined && typeof state.description !== "string") {
    issues.add(
      "invalid_type",
      [...path, "description"],
      messages.type("description", "string", state.description),
      state.description,
    );
  }
  if (state.on === undefined) return;
  if (!isRecord(state.on))
    issues.add(
      "invalid_type",
      [...path, "on"],
      messages.type("on", "an object of transitions by event", state.on),
      state.on,
    );
  else checkEvents(state.on, [...path, "on"], { kind: "state", name, closed: closed === true }, context);
}

function checkEvents(
  on: Readonly<Record<string, unknown>>,
  path: string[],
  source: TransitionSource,
  context: TransitionContext,
): void {
  for (const [event, list] of Object.entries(on)) {
    context.issues.name(event, [...path, event], "event name");
    checkTransitionList(list, [...path, event], source, event, context);
  }
}

/** Every state reachable from the initial state; every open state with a path to a closed one. */
function checkGraph(
  context: TransitionContext,
  ownEvents: ReadonlyMap<string, ReadonlySet<string>>,
  initial: unknown,
): void {
  const { states, edges, issues } = context;
  const next = new Map<string, Set<string>>([...states.keys()].map((name) => [name, new Set<string>()]));
  for (const edge of edges) {
    if (edge.source.kind === "state") next.get(edge.source.name)!.add(edge.target);
    if (edge.source.kind !== "while-open") continue;
    for (const [name, closed] of states)
      if (closed === false && !ownEvents.get(name)?.has(edge.event)) next.get(name)!.add(edge.target);
  }
  if (typeof initial === "string" && states.has(initial)) {
    const reached = closure([initial], next);
    for (const name of states.keys()) {
      if (!reached.has(name))
        issues.add("unreachable", ["states", name], `state '${name}' cannot be reached from '${initial}'`);
    }
  }
  const previous = new Map<string, Set<string>>([...states.keys()].map((name) => [name, new Set<string>()]));
  for (const [from, targets] of next) for (const to of targets) previous.get(to)!.add(from);
  const closing = closure(
    [...states].filter(([, closed]) => closed === true).map(([name]) => name),
    previous,
  );
  for (const [name, closed] of states) {
    if (closed === false && !closing.has(name))
      issues.add("no_path_to_closed", ["states", name], `open state '${name}' has no path to a closed state`);
  }
}

function closure(start: readonly string[], next: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length > 0) {
    for (const to of next.get(queue.pop()!) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
