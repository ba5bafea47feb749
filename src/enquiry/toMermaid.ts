import { compiledOf, listOf } from "./compile.js";
import type { EffectSpec } from "./EffectSpec.js";
import type { GuardSpec } from "./GuardSpec.js";
import type { Lifecycle } from "./Lifecycle.js";
import type { TransitionMap, TransitionSpec } from "./LifecycleSpec.js";

/** The node that stands for "any open state" when a definition has `whileOpen` transitions. */
const ANY_OPEN = "any_open";

/**
 * Draw a lifecycle as a Mermaid `stateDiagram-v2`, for docs and for reviewing a council's own
 * definition. Each edge is labelled `event [guards] / effects`; closed states are shaded, note
 * their outcome where it differs from their name, and lead to the end marker; `whileOpen`
 * transitions leave a dashed "any open state" node. State ids have `-` replaced by `_` (Mermaid ids cannot contain hyphens) and keep their
 * kebab-case names as labels.
 *
 * @param definition - a definition from {@link defineLifecycle} or built in.
 * @returns the diagram source, one statement a line, ending in a newline.
 * @throws RangeError if `definition` was not made by {@link defineLifecycle}.
 *
 * @example
 * ```ts
 * import { defineLifecycle, toMermaid } from "council-contact/enquiry";
 * const missedBin = defineLifecycle({
 *   id: "missed-bin",
 *   version: 1,
 *   initial: { event: "report", target: "reported" },
 *   states: {
 *     reported: { type: "open", on: { collect: { target: "collected", effects: [{ type: "notify-customer" }] } } },
 *     collected: { type: "closed", outcome: "fixed" },
 *   },
 * });
 * toMermaid(missedBin).split("\n").slice(0, 5) //=> ["stateDiagram-v2", "  collected : outcome fixed", "  [*] --> reported : report", "  reported --> collected : collect / notify", "  collected --> [*]"]
 * ```
 */
export function toMermaid(definition: Lifecycle): string {
  compiledOf(definition);
  const lines = ["stateDiagram-v2"];
  const states = Object.entries(definition.states);
  for (const [name, state] of states) {
    if (id(name) !== name) lines.push(`  state "${name}" as ${id(name)}`);
    const notes = [
      state.description,
      state.type === "closed" && state.outcome !== name ? `outcome ${state.outcome}` : undefined,
    ];
    const note = notes.filter((part) => part !== undefined).join(", ");
    if (note.length > 0) lines.push(`  ${id(name)} : ${text(note)}`);
  }
  if (definition.whileOpen !== undefined) lines.push(`  state "any open state" as ${ANY_OPEN}`);
  lines.push(`  [*] --> ${id(definition.initial.target)} : ${label(definition.initial.event, definition.initial)}`);
  for (const [name, state] of states) edges(lines, id(name), state.on);
  edges(lines, ANY_OPEN, definition.whileOpen);
  const closed = states.filter(([, state]) => state.type === "closed").map(([name]) => id(name));
  for (const name of closed) lines.push(`  ${name} --> [*]`);
  if (definition.whileOpen !== undefined)
    lines.push("  classDef anyOpen stroke-dasharray: 5 5", `  class ${ANY_OPEN} anyOpen`);
  if (closed.length > 0)
    lines.push("  classDef closedState fill:#e8f5e9,stroke:#2e7d32", `  class ${closed.join(",")} closedState`);
  return `${lines.join("\n")}\n`;
}

function edges(lines: string[], from: string, on: TransitionMap | undefined): void {
  for (const [event, list] of Object.entries(on ?? {})) {
    for (const transition of listOf(list)) {
      lines.push(
        `  ${from} --> ${transition.target === undefined ? from : id(transition.target)} : ${label(event, transition)}`,
      );
    }
  }
}

function label(event: string, transition: TransitionSpec): string {
  const guards = (transition.guards ?? []).map(guardText);
  const effects = (transition.effects ?? []).map(effectText);
  return text(
    `${event}${guards.length > 0 ? ` [${guards.join(", ")}]` : ""}${effects.length > 0 ? ` / ${effects.join(", ")}` : ""}`,
  );
}

function guardText(guard: GuardSpec): string {
  switch (guard.kind) {
    case "names-original":
      return "names original";
    case "names-handler":
      return "names handler";
    case "handler-differs":
      return "new handler";
    case "names-referral":
      return "names referral";
    case "customer-notified":
      return "customer told";
    case "within-days-of-closure":
      return `within ${guard.days} days of closure`;
  }
}

function effectText(effect: EffectSpec): string {
  switch (effect.type) {
    case "notify-customer":
      return "notify";
    case "assign":
    case "refer":
      return effect.to === undefined ? effect.type : `${effect.type} ${effect.to}`;
    case "schedule-follow-up":
      return `follow up in ${effect.afterDays} days`;
    default:
      return `${effect.type.replace("-clock", "")} ${effect.regime} clock`;
  }
}

/** Words Mermaid's state-diagram lexer reads as keywords at the start of a line. */
const KEYWORDS = new Set([
  "note",
  "class",
  "classdef",
  "state",
  "direction",
  "scale",
  "default",
  "hide",
  "acctitle",
  "accdescr",
]);

/** A Mermaid state id: hyphens are not allowed in ids, and a keyword gets a suffix. */
function id(name: string): string {
  const safe = name.replaceAll("-", "_");
  return KEYWORDS.has(safe) ? `${safe}_state` : safe;
}

/** Free text made safe for a Mermaid label, which ends at a colon, semicolon or newline. */
function text(value: string): string {
  return value.replace(/[:;\n\r]+/g, " ");
}
