import { DIVISIONS } from "../calendar/index.js";
import { type IssueCode, type IssuePath, londonDayNumber, parseDay, type ValidationIssue } from "../core/index.js";
import type { Clock } from "./Clock.js";
import type { PauseReason, Regime } from "./Regime.js";
import { ruleOf } from "./ruleOf.js";

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
  // for…in, not Object.keys: no array built for a good record, which every clock operation checks.
  for (const key in record)
    if (!allowed.includes(key) && Object.hasOwn(record, key))
      add(issues, "unrecognized_key", [...path, key], `unknown key '${key}'`, record[key]);
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
  // parseDay reads a real YYYY-MM-DD without a regular expression or a string: the common case, a good clock, is
  // checked on every clock operation.
  const dayNumber = parseDay(day);
  if (Number.isNaN(dayNumber)) {
    if (day === undefined) add(issues, "missing", [...path, dayKey], `${dayKey} is required`);
    else if (typeof day !== "string")
      add(issues, "invalid_type", [...path, dayKey], `${dayKey} must be a YYYY-MM-DD string`, day);
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
      add(issues, "invalid_format", [...path, dayKey], `${dayKey} must be written YYYY-MM-DD`, day);
    else add(issues, "invalid_date", [...path, dayKey], `${dayKey} ${day} does not exist`, day);
  }
  const at = record[atKey];
  if (at === undefined) return;
  if (typeof at !== "number" || !Number.isFinite(at))
    add(issues, "invalid_type", [...path, atKey], `${atKey} must be finite epoch milliseconds`, at);
  else if (!Number.isNaN(dayNumber) && safeLondonDayNumber(at) !== dayNumber) {
    add(issues, "invalid_value", [...path, atKey], `${atKey} ${at} is not on the London day ${day as string}`, at);
  }
}

function safeLondonDayNumber(at: number): number {
  try {
    return londonDayNumber(at);
  } catch {
    return Number.NaN;
  }
}

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
function checkShape(input: unknown, issues: Issues): void {
  if (!isRecord(input)) {
    add(issues, "invalid_type", [], "a clock must be an object", input);
    return;
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
  // an index loop, not forEach: a hole in a sparse array is an event that is missing
  else for (let i = 0; i < input.events.length; i++) checkEvent(input.events[i], ["events", i], issues);
}

/**
 * Every issue with the shape of a clock (its fields, days that exist, instants on their London
 * days, events of known types), without replaying its history. Never throws for a plain value.
 */
export function clockShapeIssues(input: unknown): ValidationIssue[] {
  const issues: Issues = [];
  checkShape(input, issues);
  return issues;
}

/**
 * `clock`, if it has the shape of a clock, or a `RangeError` naming the first problem: every
 * operation reads its clock through this, so a clock mangled in storage is refused with a typed
 * error rather than failing inside the arithmetic or being copied on into a new clock.
 */
export function clockOrThrow(clock: unknown): Clock {
  const issues = clockShapeIssues(clock);
  if (issues.length === 0) return clock as Clock;
  const [first] = issues;
  const where = first!.path.length > 0 ? `${first!.path.join(".")}: ` : "";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  throw new RangeError(`clock must be a clock from startClock: ${where}${first!.message}${more}`);
}
