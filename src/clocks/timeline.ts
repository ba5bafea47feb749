import { dayNumber } from "../calendar/index.js";
import { show } from "../core/index.js";
import type { Clock } from "./Clock.js";
import type { PauseReason } from "./Regime.js";
import { regimeName, ruleOf } from "./ruleOf.js";
import type { RegimeRule } from "./statutoryRegimes.js";

/** Times that do not count: after `from`, up to and including `to` (day numbers, or ms on an hours clock). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** A pause not yet resumed. */
export interface OpenPause {
  /** When it began (day number, or ms on an hours clock). */
  readonly since: number;
  /** The London day it began. */
  readonly sinceDay: number;
  /** Why. */
  readonly reason: PauseReason;
}

/**
 * A clock's history folded into what the deadline arithmetic needs. Times are epoch-day numbers,
 * or epoch milliseconds on an hours clock.
 */
export interface Timeline {
  readonly rule: RegimeRule;
  readonly name: string;
  readonly hours: boolean;
  /** When the request was received. */
  readonly received: number;
  /** When the count (last) started: receipt, or the latest restart. */
  readonly start: number;
  /** Spans since `start` that do not count, oldest first. */
  readonly spans: readonly Span[];
  /** Units added by extensions. */
  readonly extension: number;
  /** When a complaint was acknowledged. */
  readonly acknowledged: number | null;
  /** The pause in force, if any. */
  readonly paused: OpenPause | null;
  /** When the clock stopped. */
  readonly stopped: number | null;
  /** The time of the last event, or of receipt. */
  readonly last: number;
}

/** The time of an event (or receipt) on this clock: its day number, or its ms on an hours clock. */
export function eventTime(hours: boolean, on: string, at: number | undefined, name: string): number {
  if (!hours) return dayNumber(on);
  if (typeof at !== "number" || !Number.isFinite(at))
    throw new RangeError(`${name} of an hours clock must carry its instant (at), got ${show(at)}`);
  return at;
}

/** The timeline with its open pause resumed at `time`, as the pause's reason and the regime say. */
export function resumeAt(timeline: Timeline, time: number): Timeline {
  const pause = timeline.paused;
  if (pause === null) return timeline;
  const effect = timeline.rule.pauses[pause.reason] ?? "suspend";
  if (effect === "restart") return { ...timeline, paused: null, start: time, spans: [] };
  // `disregard` leaves out the pause day too: the span starts the day before it.
  const from = effect === "disregard" && !timeline.hours ? pause.since - 1 : pause.since;
  return { ...timeline, paused: null, spans: [...timeline.spans, { from, to: time }] };
}

/** A timeline under construction: `timelineOf` folds the events into it in place. */
type Draft = { -readonly [K in keyof Timeline]: Timeline[K] };

/** Resume a draft's open pause at `time`, in place (see {@link resumeAt}). */
function resumeDraft(draft: Draft, time: number): void {
  const resumed = resumeAt(draft, time);
  draft.paused = null;
  draft.start = resumed.start;
  draft.spans = resumed.spans;
}

/**
 * Fold a clock's events into its timeline; with `until`, only the events at or before it (the
 * clock as it stood then). `rule` saves looking the regime up again when the caller has it.
 */
export function timelineOf(clock: Clock, until?: number, rule: RegimeRule = ruleOf(clock.regime)): Timeline {
  const hours = rule.unit === "hours";
  const received = eventTime(hours, clock.received, clock.receivedAt, "received");
  const draft: Draft = {
    rule,
    name: regimeName(clock.regime),
    hours,
    received,
    start: received,
    spans: [],
    extension: 0,
    acknowledged: null,
    paused: null,
    stopped: null,
    last: received,
  };
  for (const event of clock.events) {
    const time = eventTime(hours, event.on, event.at, event.type);
    if (until !== undefined && time > until) break;
    draft.last = time;
    switch (event.type) {
      case "pause":
        draft.paused = { since: time, sinceDay: hours ? dayNumber(event.on) : time, reason: event.reason };
        break;
      case "resume":
        resumeDraft(draft, time);
        break;
      case "extend":
        draft.extension += event.by;
        break;
      case "acknowledge":
        draft.acknowledged = time;
        break;
      case "stop":
        resumeDraft(draft, time);
        draft.stopped = time;
        break;
    }
  }
  return draft;
}
