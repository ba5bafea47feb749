import { DIVISIONS, isValidDate, londonDay } from "../calendar/index.js";
import {
  type IssueCode,
  type IssuePath,
  type SafeParseResult,
  ValidationError,
  type ValidationIssue,
} from "../schema/index.js";
import { acknowledgeClock } from "./acknowledgeClock.js";
import type { Clock } from "./Clock.js";
import { extendClock } from "./extendClock.js";
import { pauseClock } from "./pauseClock.js";
import type { PauseReason, Regime } from "./Regime.js";
import { resumeClock } from "./resumeClock.js";
import { ruleOf } from "./ruleOf.js";
import { startClock } from "./startClock.js";
import { stopClock } from "./stopClock.js";

const CLOCK_KEYS = ["regime", "division", "closures", "received", "receivedAt", "events"];
const EVENT_KEYS: Readonly<Record<string, readonly string[]>> = {
  pause: ["type", "on", "at", "reason"],
  resume: ["type", "on", "at"],
  extend: ["type", "on", "at", "by"],
  acknowledge: ["type", "on", "at"],
  stop: ["type", "on", "at"],
};
const REASONS: readonly unknown[] = ["clarification", "identity", "fee", "other"] satisfies PauseReason[];

type Issues = ValidationIssue[];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
function add(issues: Issues, code: IssueCode, path: IssuePath, message: string, input?: unknown): void {
  issues.push(input === undefined ? { code, path, message } : { code, path, message, input });
}

/** Issues for keys `record` should not have. */
function checkKeys(record: Record<string, unknown>, allowed: readonly string[], path: IssuePath, issues: Issues): void {
  for (const key of Object.keys(record))
    if (!allowed.includes(key)) add(issues, "unrecognized_key", [...path, key], `unknown key '${key}'`, record[key]);
}

/** Issues for a `YYYY-MM-DD` day field, and for its instant `at` (which must fall on that London day). */
function checkDay(
  record: Record<string, unknown>,
  dayKey: string,
  atKey: string,
  path: IssuePath,
  issues: Issues,
): void {
  const day = record[dayKey];
  if (day === undefined) add(issues, "missing", [...path, dayKey], `${dayKey} is required`);
  else if (typeof day !== "string")
    add(issues, "invalid_type", [...path, dayKey], `${dayKey} must be a YYYY-MM-DD string`, day);
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    add(issues, "invalid_format", [...path, dayKey], `${dayKey} must be written YYYY-MM-DD`, day);
  else if (!isValidDate(day)) add(issues, "invalid_date", [...path, dayKey], `${dayKey} ${day} does not exist`, day);
  const at = record[atKey];
  if (at === undefined) return;
  if (typeof at !== "number" || !Number.isFinite(at))
    add(issues, "invalid_type", [...path, atKey], `${atKey} must be finite epoch milliseconds`, at);
  else if (typeof day === "string" && isValidDate(day) && safeLondonDay(at) !== day) {
    add(issues, "invalid_value", [...path, atKey], `${atKey} ${at} is not on the London day ${day}`, at);
  }
}

function safeLondonDay(at: number): string | null {
  try {
    return londonDay(at);
  } catch {
    return null;
  }
}

/** Issues for one event's shape. */
function checkEvent(event: unknown, path: IssuePath, issues: Issues): void {
  if (!isRecord(event)) {
    add(issues, "invalid_type", path, "an event must be an object", event);
    return;
  }
  const keys = typeof event.type === "string" ? EVENT_KEYS[event.type] : undefined;
  if (keys === undefined) {
    add(
      issues,
      "invalid_value",
      [...path, "type"],
      `type must be one of ${Object.keys(EVENT_KEYS).join(", ")}`,
      event.type,
    );
    return;
  }
  checkKeys(event, keys, path, issues);
  checkDay(event, "on", "at", path, issues);
  if (event.type === "pause" && !REASONS.includes(event.reason))
    add(issues, "invalid_value", [...path, "reason"], `reason must be one of ${REASONS.join(", ")}`, event.reason);
  if (event.type === "extend" && !(typeof event.by === "number" && Number.isInteger(event.by) && event.by >= 1)) {
    add(issues, "too_small", [...path, "by"], "by must be a positive integer", event.by);
  }
}

/** Issues with the shape of a clock, before its history is replayed. */
function checkShape(input: unknown, issues: Issues): input is Clock {
  if (!isRecord(input)) {
    add(issues, "invalid_type", [], "a clock must be an object", input);
    return false;
  }
  checkKeys(input, CLOCK_KEYS, [], issues);
  try {
    ruleOf(input.regime as Regime);
  } catch (error) {
    add(
      issues,
      input.regime === undefined ? "missing" : "invalid_value",
      ["regime"],
      (error as Error).message,
      input.regime,
    );
  }
  if (!(DIVISIONS as readonly unknown[]).includes(input.division))
    add(issues, "invalid_value", ["division"], `division must be one of ${DIVISIONS.join(", ")}`, input.division);
  if (!Array.isArray(input.closures))
    add(issues, "invalid_type", ["closures"], "closures must be an array", input.closures);
  checkDay(input, "received", "receivedAt", [], issues);
  if (!Array.isArray(input.events)) add(issues, "invalid_type", ["events"], "events must be an array", input.events);
  else
    input.events.forEach((event, i) => {
      checkEvent(event, ["events", i], issues);
    });
  return issues.length === 0;
}

/** The clock rebuilt by the operations from its receipt and events; the first refusal becomes an issue. */
function replay(input: Clock, issues: Issues): Clock | null {
  const rule = ruleOf(input.regime);
  const name = typeof input.regime === "string" ? input.regime : input.regime.name;
  if (rule.division !== null && input.division !== rule.division) {
    add(
      issues,
      "invalid_value",
      ["division"],
      `a ${name} clock counts ${rule.division}'s working days`,
      input.division,
    );
  }
  if (!rule.closures && input.closures.length > 0)
    add(issues, "invalid_value", ["closures"], `closures do not apply to a ${name} clock`, input.closures);
  if (issues.length > 0) return null;
  let clock: Clock;
  try {
    clock = startClock(input.regime, input.receivedAt ?? input.received, {
      ...(rule.division === null ? { division: input.division } : {}),
      ...(rule.closures ? { closures: input.closures } : {}),
    });
  } catch (error) {
    add(issues, "invalid_value", [], (error as Error).message);
    return null;
  }
  for (const [i, event] of input.events.entries()) {
    const when = event.at ?? event.on;
    try {
      if (event.type === "pause") clock = pauseClock(clock, when, { reason: event.reason });
      else if (event.type === "extend") clock = extendClock(clock, when, { by: event.by });
      else if (event.type === "resume") clock = resumeClock(clock, when);
      else if (event.type === "acknowledge") clock = acknowledgeClock(clock, when);
      else clock = stopClock(clock, when);
    } catch (error) {
      add(issues, "custom", ["events", i], (error as Error).message, event);
      return null;
    }
  }
  return issues.length === 0 ? clock : null;
}

/**
 * Check a clock read from storage (JSON, a database) and return it typed, or the issues found:
 * its shape (the fields, days that exist, instants on their London days), then its history, by
 * replaying every event through the operations, so a clock is accepted only if `startClock` and
 * the operations could have made it (no pause of a stopped clock, no extension past the cap, events
 * in order, the division the law fixes). Never throws.
 *
 * @param input - anything, typically `JSON.parse` of a saved clock.
 * @returns `{ success: true, data }` with the clock, or `{ success: false, error }` with every
 * shape issue (or the first history issue) as a `ValidationError`.
 *
 * @example
 * ```ts
 * import { safeParseClock, startClock } from "council-contact/clocks";
 * const saved = JSON.stringify(startClock("foi", "2025-03-03"));
 * safeParseClock(JSON.parse(saved)).success //=> true
 * const bad = safeParseClock({ regime: "foi", division: "scotland", closures: [], received: "2025-02-30", events: [] });
 * bad.success ? [] : bad.error.issues.map((issue) => issue.code) //=> ["invalid_date"]
 * ```
 */
export function safeParseClock(input: unknown): SafeParseResult<Clock> {
  const issues: Issues = [];
  const clock = checkShape(input, issues) ? replay(input, issues) : null;
  return clock === null
    ? { success: false, error: new ValidationError(issues, "Clock") }
    : { success: true, data: clock };
}

/**
 * Check a clock read from storage and return it typed, as {@link safeParseClock} does, throwing
 * the issues instead of returning them.
 *
 * @param input - anything, typically `JSON.parse` of a saved clock.
 * @returns the clock, rebuilt by the operations (equal to the input, with a custom regime's
 * `maxExtension` filled in).
 * @throws ValidationError listing every shape issue, or the first event its history could not have had.
 *
 * @example
 * ```ts
 * import { parseClock } from "council-contact/clocks";
 * parseClock({ regime: "sar", division: "england-and-wales", closures: [], received: "2025-01-31", events: [] }).received //=> "2025-01-31"
 * parseClock({ regime: "foi", division: "united-kingdom", closures: [], received: "2025-03-03", events: [{ type: "resume", on: "2025-03-04" }] }) //=> throws ValidationError
 * ```
 */
export function parseClock(input: unknown): Clock {
  const result = safeParseClock(input);
  if (result.success) return result.data;
  throw result.error;
}
