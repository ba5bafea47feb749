import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  complaint,
  type Effect,
  type Enquiry,
  type EnquiryEvent,
  generalEnquiry,
  informationRequest,
  informationRequestLifecycle,
  type Lifecycle,
  replay,
  serviceRequest,
  startEnquiry,
  subjectAccessRequest,
  type TransitionErrorCode,
  transition,
} from "../../src/enquiry/index.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 2, 3, 9);
const REFUSALS: readonly TransitionErrorCode[] = [
  "invalid_transition",
  "original_not_named",
  "handler_not_named",
  "same_handler",
  "referral_not_named",
  "customer_not_notified",
  "outside_reopen_window",
  "out_of_order",
];

/** Everything a step of the model run needs: the definition, the live enquiry and its history. */
interface Run {
  readonly definition: Lifecycle;
  /** Every state any run has reached, to show the generator explores the whole lifecycle. */
  readonly visited: Set<string>;
  enquiry: Enquiry;
  history: EnquiryEvent[];
}

/**
 * An event to try: which type (`pick` chooses among the events the current state declares, or
 * among every event of the lifecycle when `wild`), how long after the latest event, and the
 * details it carries.
 */
interface Attempt {
  readonly pick: number;
  readonly wild: boolean;
  readonly after: number;
  readonly iso: boolean;
  readonly details: Partial<Pick<EnquiryEvent, "handler" | "duplicateOf" | "referredTo" | "told" | "noNotify">>;
}

/** Try one event against the live enquiry and check every law that must hold after it. */
class TryEvent implements fc.Command<object, Run> {
  constructor(readonly attempt: Attempt) {}

  check(): boolean {
    return true;
  }

  run(_model: object, run: Run): void {
    const { definition } = run;
    const before = run.enquiry;
    const at = before.updatedAt + this.attempt.after;
    const names = this.attempt.wild ? eventNames(definition) : declaredEvents(definition, before.state);
    const type = names[this.attempt.pick % names.length] ?? "no-such-event";
    const event: EnquiryEvent = Object.freeze({
      type,
      at: this.attempt.iso ? new Date(at).toISOString() : at,
      ...this.attempt.details,
    });
    const snapshot = structuredClone(before);
    const result = transition(definition, Object.freeze(before), event);
    if (!result.ok) {
      expect(REFUSALS).toContain(result.error.code);
      expect(before).toEqual(snapshot);
      return;
    }
    const after = result.state;
    run.history.push(event);
    run.enquiry = after;
    run.visited.add(after.state);
    expectDefinedState(definition, after);
    expectClosedLoop(before, after, event, result.effects);
    expect(after.events).toBe(run.history.length);
    expect(replay(definition, run.history)).toEqual({ ok: true, state: after });
    expect(JSON.parse(JSON.stringify(after))).toStrictEqual(after);
  }

  toString(): string {
    return `${this.attempt.wild ? "any" : "declared"}[${this.attempt.pick}] +${this.attempt.after}ms ${JSON.stringify(this.attempt.details)}`;
  }
}

/** The enquiry is in a state its definition declares, with that state's type and outcome. */
function expectDefinedState(definition: Lifecycle, enquiry: Enquiry): void {
  expect(Object.keys(definition.states)).toContain(enquiry.state);
  const declared = definition.states[enquiry.state]!;
  expect(enquiry.status).toBe(declared.type);
  expect(enquiry.outcome).toBe(declared.type === "closed" ? declared.outcome : null);
  expect(enquiry.closedAt === null).toBe(declared.type === "open");
  expect(enquiry.notice === null).toBe(declared.type === "open");
}

/** No enquiry enters a closed state unless the customer is notified of the outcome, was told, or a reason is recorded. */
function expectClosedLoop(before: Enquiry, after: Enquiry, event: EnquiryEvent, effects: readonly Effect[]): void {
  const entered = after.status === "closed" && (before.status === "open" || before.state !== after.state);
  if (!entered) return;
  const notified = effects.some(
    (effect) => effect.type === "notify-customer" && effect.outcome === after.outcome && effect.state === after.state,
  );
  expect(notified || event.told === true || after.noNotify !== null).toBe(true);
  const expected = after.noNotify ?? (notified ? "notified" : "told");
  expect(after.notice).toBe(expected);
}

/** Every event name a definition uses, read from its data. */
function eventNames(definition: Lifecycle): string[] {
  const names = new Set([definition.initial.event, ...Object.keys(definition.whileOpen ?? {})]);
  for (const state of Object.values(definition.states)) for (const name of Object.keys(state.on ?? {})) names.add(name);
  return [...names, "no-such-event"];
}

/** The events a state declares, read from the definition's data: its own, and `whileOpen` when open. */
function declaredEvents(definition: Lifecycle, state: string): string[] {
  const declared = definition.states[state]!;
  return [
    ...new Set([
      ...Object.keys(declared.on ?? {}),
      ...(declared.type === "open" ? Object.keys(definition.whileOpen ?? {}) : []),
    ]),
  ];
}

function attempts(): fc.Arbitrary<TryEvent> {
  const after = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 6 * HOUR }) },
    { weight: 3, arbitrary: fc.integer({ min: 20 * DAY, max: 32 * DAY }) },
    { weight: 1, arbitrary: fc.integer({ min: -HOUR, max: -1 }) },
  );
  const details = fc.record(
    {
      handler: fc.constantFrom("amira", "bilal", "chen", "dee", ""),
      duplicateOf: fc.constantFrom("FMS-1041", "E-1", ""),
      referredTo: fc.constantFrom("highways", "national-highways", ""),
      told: fc.boolean(),
      noNotify: fc.constantFrom("anonymous" as const, "opted-out" as const),
    },
    // Every event names a handler (sometimes an empty one), so assignments and stage 2 happen often.
    { requiredKeys: ["handler"] },
  );
  const pick = fc.noBias(fc.nat({ max: 1_000_000 }));
  const noisy = fc.record({
    pick,
    wild: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
    after,
    iso: fc.boolean(),
    details,
  });
  // Half the details are dropped again, so the reasons not to notify stay rare.
  return noisy
    .chain((attempt) =>
      fc
        .boolean()
        .map((keep) =>
          keep || attempt.details.noNotify === undefined
            ? attempt
            : { ...attempt, details: { ...attempt.details, noNotify: undefined } },
        ),
    )
    .map(
      (attempt) =>
        new TryEvent({
          ...attempt,
          details: Object.fromEntries(Object.entries(attempt.details).filter(([, value]) => value !== undefined)),
        }),
    );
}

const lifecycles: [string, Lifecycle][] = [
  ["serviceRequest", serviceRequest],
  ["generalEnquiry", generalEnquiry],
  ["complaint", complaint],
  ["informationRequest (FOI)", informationRequest],
  ["informationRequest (EIR)", informationRequestLifecycle("eir")],
  ["informationRequest (FOISA)", informationRequestLifecycle("foisa")],
  ["subjectAccessRequest", subjectAccessRequest],
];

/** The model-based property: start the enquiry, then try random events, checking the laws after each. */
function property(definition: Lifecycle, visited: Set<string>) {
  const anonymous = fc.constantFrom(undefined, undefined, undefined, "anonymous" as const);
  return fc.property(anonymous, fc.commands([attempts()], { maxCommands: 60 }), (noNotify, commands) => {
    const first: EnquiryEvent = {
      type: definition.initial.event,
      at: START,
      id: "E-1",
      ...(noNotify ? { noNotify } : {}),
    };
    const started = startEnquiry(definition, first);
    if (!started.ok) throw new Error(started.error.message);
    expectDefinedState(definition, started.state);
    visited.add(started.state.state);
    fc.modelRun(
      () => ({ model: {}, real: { definition, visited, enquiry: started.state, history: [first] } }),
      commands,
    );
  });
}

describe.each(lifecycles)("%s under random event sequences", (_, definition) => {
  it("stays in declared states, never closes without notice, and replay of the history always equals the live state", () => {
    fc.assert(property(definition, new Set()), { numRuns: 200 });
  });

  it("explores every state of the lifecycle (seeded, so the generator's reach is checked, not luck)", () => {
    const visited = new Set<string>();
    fc.assert(property(definition, visited), { numRuns: 300, seed: 20_250_303 });
    expect([...visited].sort()).toEqual(Object.keys(definition.states).sort());
  });
});
