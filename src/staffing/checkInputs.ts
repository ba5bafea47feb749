import { messages, rangeError, refuse } from "../core/index.js";

// Option checks shared by the staffing calculators. Each throws a RangeError that names the option
// and the value it was given, so a caller can see at once which input is wrong. Hand-written rather
// than zod: the staffing module stays dependency-free and small (`requiredAgents` ≤ 2 kB).

/**
 * The most traffic any calculator accepts, in Erlangs. The Erlang recursion takes one step per
 * agent, so this bounds the work of a single call (about a million steps); the largest contact
 * centres carry a few thousand Erlangs.
 */
export const MAX_TRAFFIC_ERLANGS = 1_000_000;

/**
 * The most agents or lines any search steps through. It bounds the work of one call whatever the
 * targets: an occupancy cap of 1e-12 would otherwise ask for 10^12 agents per Erlang.
 */
export const MAX_AGENTS = 10_000_000;

/** The fewest agents that keep occupancy A ÷ N within the cap, or a `RangeError` naming `maxOccupancy` past MAX_AGENTS. */
export function occupancyFloor(a: number, maxOccupancy: number, given: unknown): number {
  const fewest = Math.ceil(a / maxOccupancy);
  if (!(fewest <= MAX_AGENTS)) {
    throw rangeError(
      "maxOccupancy",
      `large enough that ${a} Erlangs need at most ${MAX_AGENTS.toLocaleString("en-GB")} agents`,
      given,
    );
  }
  return fewest;
}

/** A `RangeError` for a search that passed MAX_AGENTS. */
export function tooManyAgents(what: string): RangeError {
  return new RangeError(messages.tooMuchWork(what, MAX_AGENTS));
}

/** A number, so that comparisons never coerce a Symbol, a BigInt or a bare object. */
function isNumber(value: unknown): value is number {
  return typeof value === "number";
}

/** An options object, or a `RangeError` naming it (so `f(null)` never reads a property of null). */
export function optionsObject<T>(name: string, value: T): T {
  if (typeof value !== "object" || value === null) throw new RangeError(messages.options(name, value));
  return value;
}

/** A finite number ≥ 0. */
export function atLeastZero(name: string, value: number): number {
  if (!(isNumber(value) && value >= 0 && value < Infinity)) refuse(name, "a finite number ≥ 0", value);
  return value;
}

/** A finite number > 0. */
export function aboveZero(name: string, value: number): number {
  if (!(isNumber(value) && value > 0 && value < Infinity)) refuse(name, "a finite number > 0", value);
  return value;
}

/** A whole number ≥ 0 (a count of agents or lines). */
export function wholeNumber(name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value >= 0)) refuse(name, "a whole number ≥ 0", value);
  return value;
}

/** A share in (0, 1]: a service level, an occupancy cap, a blocking or abandonment target. */
export function share(name: string, value: number): number {
  if (!(isNumber(value) && value > 0 && value <= 1)) refuse(name, "in (0, 1]", value);
  return value;
}

/** Shrinkage: the share of paid time not spent handling calls, in [0, 1). */
export function shrinkageShare(value: number): number {
  if (!(isNumber(value) && value >= 0 && value < 1)) refuse("shrinkage", "in [0, 1)", value);
  return value;
}

/** Offered traffic in Erlangs, in [0, MAX_TRAFFIC_ERLANGS]. */
export function traffic(name: string, value: number): number {
  if (!(isNumber(value) && value >= 0 && value <= MAX_TRAFFIC_ERLANGS))
    refuse(name, `in [0, ${MAX_TRAFFIC_ERLANGS}] Erlangs`, value);
  return value;
}

/** Offered traffic A = calls × AHT ÷ interval, checked against the bound above. */
export function offeredTraffic(calls: number, intervalSeconds: number, ahtSeconds: number): number {
  atLeastZero("calls", calls);
  aboveZero("intervalSeconds", intervalSeconds);
  aboveZero("ahtSeconds", ahtSeconds);
  return traffic("trafficErlangs (calls × ahtSeconds ÷ intervalSeconds)", (calls * ahtSeconds) / intervalSeconds);
}
