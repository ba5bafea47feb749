// Enquiry lifecycles: transitions per second on the service-request lifecycle, beside xstate v5's
// pure `transition` on an equivalent machine (same states, the same guards and the same effects),
// and replay of a 1 M-event history.
//
// The machine here is shared by other helpers' benchmarks and tests, so times are CPU time of this
// process (`process.cpuUsage`: user + system, all threads, so GC helper threads count against
// us), medians of several runs, and the ratio to xstate is measured in the same run.

import {
  type EnquiryEvent,
  replay,
  type ServiceRequestEvent,
  serviceRequest,
  startEnquiry,
  transition,
} from "council-contact/enquiry";
import { assign, initialTransition, setup, transition as xstateTransition } from "xstate";
import { type Benchmark, medianCpuMs, round3 } from "./harness.js";

const HOUR_MS = 3_600_000;
const START = Date.UTC(2025, 0, 6, 9);
/** A report is submitted, logged and fixed; then it cycles: reopened (inside the window), investigated, scheduled, worked on, fixed. */
const CYCLE = [
  "reopen",
  "investigate",
  "schedule",
  "start-work",
  "fix",
] as const satisfies readonly ServiceRequestEvent[];

/** `n` events after the opening submit, log and fix, six minutes apart. */
function history(n: number): EnquiryEvent<ServiceRequestEvent>[] {
  const events: EnquiryEvent<ServiceRequestEvent>[] = [
    { type: "submit", at: START, id: "FMS-1" },
    { type: "log", at: START + HOUR_MS },
    { type: "fix", at: START + 2 * HOUR_MS },
  ];
  for (let i = 0; i < n; i++)
    events.push({ type: CYCLE[i % CYCLE.length]!, at: START + 3 * HOUR_MS + i * (HOUR_MS / 10) });
  return events;
}

/** Our transitions: apply every cycling event in turn, checking each is accepted. */
function ours(events: readonly EnquiryEvent<ServiceRequestEvent>[]): () => unknown {
  let opened = startEnquiry(serviceRequest, events[0]!);
  for (let i = 1; i < 3 && opened.ok; i++) opened = transition(serviceRequest, opened.state, events[i]!);
  if (!opened.ok) throw new Error(opened.error.message);
  const first = opened.state;
  return () => {
    let state = first;
    for (let i = 3; i < events.length; i++) {
      const result = transition(serviceRequest, state, events[i]!);
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    return state;
  };
}

const DAY_MS = 86_400_000;
const REOPEN_DAYS = 28;
const notify = "notify";
const followUp = "followUp";

/** The same lifecycle in xstate v5: open states nested under `open` (its `on` is our `whileOpen`). */
const machine = setup({
  types: {} as {
    context: { closedAt: number | null; handler: string | null };
    events: { type: string; at: number; handler?: string; duplicateOf?: string; referredTo?: string };
  },
  // Effects as named actions: xstate's pure transition returns them to the caller, as ours does.
  actions: { notify: () => {}, followUp: () => {}, assignHandler: () => {}, refer: () => {} },
  guards: {
    withinWindow: ({ context, event }) =>
      context.closedAt !== null && event.at - context.closedAt <= REOPEN_DAYS * DAY_MS,
    namesOriginal: ({ event }) => typeof event.duplicateOf === "string",
    namesHandler: ({ event }) => typeof event.handler === "string",
    namesReferral: ({ event }) => typeof event.referredTo === "string",
  },
}).createMachine({
  id: "service-request",
  context: { closedAt: null, handler: null },
  initial: "open",
  states: {
    open: {
      initial: "received",
      entry: assign({ closedAt: null }),
      states: {
        received: { on: { log: { target: "logged", actions: [notify, followUp] } } },
        logged: {
          on: {
            investigate: "investigating",
            schedule: { target: "actionScheduled", actions: notify },
            startWork: "inProgress",
          },
        },
        investigating: { on: { schedule: { target: "actionScheduled", actions: notify }, startWork: "inProgress" } },
        actionScheduled: { on: { startWork: "inProgress" } },
        inProgress: {},
        reopened: {
          on: {
            investigate: "investigating",
            schedule: { target: "actionScheduled", actions: notify },
            startWork: "inProgress",
          },
        },
      },
      on: {
        assign: {
          guard: "namesHandler",
          actions: [assign({ handler: ({ event }) => event.handler ?? null }), "assignHandler"],
        },
        fix: { target: "fixed", actions: notify },
        markDuplicate: { target: "duplicate", guard: "namesOriginal", actions: notify },
        notResponsible: { target: "notCouncilResponsibility", actions: notify },
        noFurtherAction: { target: "noFurtherAction", actions: notify },
        refer: { target: "referred", guard: "namesReferral", actions: ["refer", notify] },
        close: { target: "closed", actions: notify },
        withdraw: { target: "withdrawn", actions: notify },
      },
    },
    fixed: {
      entry: assign({ closedAt: ({ event }) => event.at }),
      on: { reopen: { target: "open.reopened", guard: "withinWindow", actions: [notify, followUp] } },
    },
    duplicate: {},
    notCouncilResponsibility: {},
    noFurtherAction: {
      entry: assign({ closedAt: ({ event }) => event.at }),
      on: { reopen: { target: "open.reopened", guard: "withinWindow", actions: [notify, followUp] } },
    },
    referred: {},
    closed: {},
    withdrawn: {},
  },
});

const XSTATE_NAMES: Record<string, string> = { "start-work": "startWork" };

/** xstate's pure transition over the same events. */
function theirs(events: readonly EnquiryEvent<ServiceRequestEvent>[]): () => unknown {
  const translated = events.map((event) => ({ type: XSTATE_NAMES[event.type] ?? event.type, at: event.at as number }));
  let [first] = initialTransition(machine);
  for (let i = 1; i < 3; i++) [first] = xstateTransition(machine, first, translated[i]!);
  if (!first.matches("fixed")) throw new Error("xstate machine did not reach fixed");
  return () => {
    let snapshot = first;
    for (let i = 3; i < translated.length; i++) {
      const [next] = xstateTransition(machine, snapshot, translated[i]!);
      if (next === snapshot) throw new Error(`xstate refused ${translated[i]!.type}`);
      snapshot = next;
    }
    return snapshot;
  };
}

export const benchmarks: Benchmark[] = [
  {
    name: "service-request transitions, beside xstate v5",
    run: () => {
      const n = 1_000_000;
      const ourMs = medianCpuMs(ours(history(n)));
      const xstateN = 20_000;
      const xstateMs = medianCpuMs(theirs(history(xstateN)), { repeats: 5, warmup: 1 });
      const perSecond = n / (ourMs / 1000);
      const xstatePerSecond = xstateN / (xstateMs / 1000);
      const ratio = perSecond / xstatePerSecond;
      return [
        {
          name: "enquiry: service-request transitions per second (one core, CPU time)",
          value: round3(perSecond / 1e6),
          unit: "M/s",
          budget: "≥ 10 M/s",
          pass: perSecond >= 10e6,
          note: `${n} transitions cycling reopen → investigate → schedule → start-work → fix; median of 7`,
        },
        {
          name: "enquiry: xstate v5 pure transition, same machine and events",
          value: round3(xstatePerSecond / 1e3),
          unit: "k/s",
          budget: "reference",
          pass: true,
          note: `${xstateN} transitions; median of 5`,
        },
        {
          name: "enquiry: transitions vs xstate v5 (same run)",
          value: round3(ratio),
          unit: "×",
          budget: "≥ 100×",
          ratio: round3(ratio),
          pass: ratio >= 100,
        },
      ];
    },
  },
  {
    name: "replay of 1 M events",
    run: () => {
      const events = history(1_000_000 - 3);
      const ms = medianCpuMs(() => {
        const result = replay(serviceRequest, events);
        if (!result.ok) throw new Error(result.error.message);
        return result.state;
      });
      return [
        {
          name: "enquiry: replay 1 M service-request events",
          value: round3(ms),
          unit: "ms",
          budget: "≤ 200 ms",
          pass: ms <= 200,
        },
      ];
    },
  },
];
