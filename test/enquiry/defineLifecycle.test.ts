import { describe, expect, it } from "vitest";
import { defineLifecycle, type LifecycleSpec, safeDefineLifecycle } from "../../src/enquiry/index.js";
import { ValidationError } from "../../src/schema/index.js";

const missedBin = {
  id: "missed-bin",
  version: 1,
  title: "Missed bin collection",
  initial: {
    event: "report",
    target: "reported",
    effects: [{ type: "start-clock", regime: "missed-bin-2-working-days" }],
  },
  states: {
    reported: {
      type: "open",
      on: {
        collect: {
          target: "collected",
          effects: [{ type: "stop-clock", regime: "missed-bin-2-working-days" }, { type: "notify-customer" }],
        },
      },
    },
    collected: { type: "closed", outcome: "fixed" },
  },
} as const satisfies LifecycleSpec;

/** The issues `defineLifecycle` throws for a spec, as `[code, path]` pairs. */
function issuesOf(spec: unknown): [string, string][] {
  const result = safeDefineLifecycle(spec);
  if (result.success) throw new Error("expected the spec to be rejected");
  return result.error.issues.map((issue) => [issue.code, issue.path.join(".")]);
}

describe("defineLifecycle", () => {
  it("returns the spec as frozen data: JSON gives the spec back", () => {
    const defined = defineLifecycle(missedBin);
    expect(JSON.parse(JSON.stringify(defined))).toEqual(missedBin);
    expect(Object.keys(defined)).toEqual(["id", "version", "title", "initial", "states"]);
    expect(Object.isFrozen(defined)).toBe(true);
    expect(Object.isFrozen(defined.states.reported.on)).toBe(true);
    expect(Object.isFrozen(defined.initial.effects)).toBe(true);
  });

  it("does not mutate or freeze the spec it is given", () => {
    const spec = structuredClone(missedBin) as LifecycleSpec;
    const before = structuredClone(spec);
    defineLifecycle(spec);
    expect(spec).toEqual(before);
    expect(Object.isFrozen(spec) || Object.isFrozen(spec.states)).toBe(false);
  });

  it("lists every problem of a bad definition in one ValidationError", () => {
    const faulty = {
      id: "",
      version: 1.5,
      titel: "Typo",
      initial: { event: "report", target: "reported" },
      states: {
        reported: {
          type: "open",
          on: {
            close: { target: "closed" },
            assign: { effects: [{ type: "assign" }] },
            escalate: { target: "escalated" },
            triage: [{ target: "triaged" }, { target: "closed", effects: [{ type: "notify-customer" }] }],
          },
        },
        triaged: { type: "open" },
        closed: { type: "closed" },
        archived: { type: "closed", outcome: "archived" },
        "Bad-Name": { type: "open" },
      },
    };
    expect(issuesOf(faulty)).toEqual([
      ["unrecognized_key", "titel"],
      ["too_small", "id"],
      ["invalid_value", "version"],
      ["invalid_format", "states.Bad-Name"],
      ["missing", "states.reported.on.close.effects"],
      ["missing", "states.reported.on.assign.effects.0"],
      ["unknown_reference", "states.reported.on.escalate.target"],
      ["unreachable", "states.reported.on.triage.1"],
      ["missing", "states.closed.outcome"],
      ["invalid_value", "states.archived.outcome"],
      ["unreachable", "states.archived"],
      ["no_path_to_closed", "states.triaged"],
    ]);
    expect(() => defineLifecycle(faulty as unknown as LifecycleSpec)).toThrow(ValidationError);
  });

  it("says what is wrong in words, each issue on its own line", () => {
    const spec = {
      ...missedBin,
      states: { ...missedBin.states, reported: { type: "open", on: { collect: { target: "collected" } } } },
    } as const;
    expect(() => defineLifecycle(spec)).toThrow(
      "Lifecycle 'missed-bin' v1: 1 issue: states.reported.on.collect.effects: closed loop: entering closed state 'collected' must notify the customer (a notify-customer effect) or require they were told (a customer-notified guard)",
    );
  });

  it("accepts a closing transition guarded by customer-notified instead of a notification", () => {
    const told = {
      ...missedBin,
      states: {
        ...missedBin.states,
        reported: { type: "open", on: { collect: { target: "collected", guards: [{ kind: "customer-notified" }] } } },
      },
    } as const;
    expect(defineLifecycle(told).id).toBe("missed-bin");
  });

  it("finds states unreachable from the initial state and open states that can never close", () => {
    const spec = {
      id: "graph",
      version: 1,
      initial: { event: "open", target: "a" },
      states: {
        a: {
          type: "open",
          on: { next: { target: "b" }, done: { target: "z", effects: [{ type: "notify-customer" }] } },
        },
        b: { type: "open", on: { back: { target: "a" } } },
        c: { type: "open", on: { loop: { target: "d" } } },
        d: { type: "open", on: { loop: { target: "c" } } },
        z: { type: "closed", outcome: "answered" },
      },
    };
    expect(issuesOf(spec)).toEqual([
      ["unreachable", "states.c"],
      ["unreachable", "states.d"],
      ["no_path_to_closed", "states.c"],
      ["no_path_to_closed", "states.d"],
    ]);
  });

  it("counts whileOpen transitions as leaving every open state that does not define the event itself", () => {
    const spec = {
      id: "while-open",
      version: 1,
      initial: { event: "open", target: "a" },
      states: {
        a: { type: "open", on: { next: { target: "b" } } },
        b: { type: "open", on: { close: { target: "a" } } },
        z: { type: "closed", outcome: "answered" },
      },
      whileOpen: { close: { target: "z", effects: [{ type: "notify-customer" }] } },
    };
    // b's own 'close' replaces the whileOpen one, but b still reaches z through a.
    expect(safeDefineLifecycle(spec).success).toBe(true);
    const stuck = {
      ...spec,
      states: { ...spec.states, a: { type: "open", on: { next: { target: "b" }, close: { target: "b" } } } },
    };
    expect(issuesOf(stuck)).toEqual([
      ["unreachable", "states.z"],
      ["no_path_to_closed", "states.a"],
      ["no_path_to_closed", "states.b"],
    ]);
  });

  it("checks guards and effects: kinds, parameters, references, duplicates", () => {
    const spec = {
      id: "effects",
      version: 1,
      initial: { event: "open", target: "a", guards: [{ kind: "within-days-of-closure", days: 3 }] },
      states: {
        a: {
          type: "open",
          on: {
            one: {
              target: "z",
              guards: [{ kind: "handler-differs", from: ["nowhere"] }, { kind: "be-nice" }],
              effects: [
                { type: "notify-customer" },
                { type: "notify-customer" },
                { type: "start-clock" },
                { type: "schedule-follow-up", afterDays: 0 },
                { type: "assign", to: "x" },
                { type: "assign", to: "y" },
                { type: "send-flowers" },
              ],
            },
          },
        },
        z: {
          type: "closed",
          outcome: "answered",
          on: { reopen: { target: "a", guards: [{ kind: "within-days-of-closure", days: 28, weeks: 4 }] } },
        },
      },
    };
    expect(issuesOf(spec)).toEqual([
      ["unknown_reference", "states.a.on.one.guards.0.from.0"],
      ["invalid_value", "states.a.on.one.guards.1.kind"],
      ["missing", "states.a.on.one.effects.2.regime"],
      ["missing", "states.a.on.one.effects.3.name"],
      ["invalid_value", "states.a.on.one.effects.3.afterDays"],
      ["invalid_value", "states.a.on.one.effects.6.type"],
      ["duplicate", "states.a.on.one.effects.1"],
      ["duplicate", "states.a.on.one.effects.5"],
      ["unrecognized_key", "states.z.on.reopen.guards.0.weeks"],
      ["invalid_value", "initial.guards.0"],
    ]);
  });

  it("refuses names that could pollute prototypes, from JSON as from code", () => {
    const spec = JSON.parse(
      '{"id":"p","version":1,"initial":{"event":"open","target":"a"},"states":{"a":{"type":"open","on":{"__proto__":{"target":"z","effects":[{"type":"notify-customer"}]}}},"constructor":{"type":"closed","outcome":"answered"},"z":{"type":"closed","outcome":"answered"}}}',
    ) as unknown;
    expect(issuesOf(spec)).toEqual([
      ["forbidden_key", "states.constructor"],
      ["forbidden_key", "states.a.on.__proto__"],
    ]);
  });

  it("reports values of the wrong type wherever they are", () => {
    const spec = {
      id: 7,
      version: "1",
      title: 3,
      initial: { event: 5, target: 9, effects: "notify" },
      states: {
        a: { type: "open", description: 4, on: { go: [] } },
        b: { type: "closed", outcome: "answered", on: "never" },
        c: "open",
        d: {
          type: "open",
          on: {
            go: { target: "b", guards: "all", effects: [7, { type: "notify-customer" }] },
            wait: { guards: [null] },
          },
        },
      },
      whileOpen: [],
    };
    expect(issuesOf(spec)).toEqual([
      ["invalid_type", "id"],
      ["invalid_value", "version"],
      ["invalid_type", "title"],
      ["invalid_type", "states.a.description"],
      ["too_small", "states.a.on.go"],
      ["invalid_type", "states.b.on"],
      ["invalid_type", "states.c"],
      ["invalid_type", "states.d.on.go.guards"],
      ["invalid_type", "states.d.on.go.effects.0"],
      ["invalid_type", "states.d.on.wait.guards.0"],
      ["invalid_type", "initial.event"],
      ["invalid_type", "initial.target"],
      ["invalid_type", "initial.effects"],
      ["invalid_type", "whileOpen"],
      ["no_path_to_closed", "states.a"],
    ]);
  });

  it("rejects things that are not specs at all", () => {
    expect(issuesOf(null)).toEqual([["invalid_type", ""]]);
    expect(issuesOf({})).toEqual([
      ["missing", "id"],
      ["missing", "version"],
      ["missing", "states"],
      ["missing", "initial"],
    ]);
  });

  it("safeDefineLifecycle returns the definition or the error instead of throwing", () => {
    const good = safeDefineLifecycle(missedBin);
    expect(good.success && good.data.id).toBe("missed-bin");
    const bad = safeDefineLifecycle({ ...missedBin, version: 0 });
    expect(bad.success ? null : bad.error.message).toBe(
      "Lifecycle 'missed-bin' v0: 1 issue: version: version must be a positive whole number",
    );
  });
});
