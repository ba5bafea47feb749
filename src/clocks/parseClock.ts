import {
  type IssueCode,
  type IssuePath,
  type SafeParseResult,
  ValidationError,
  type ValidationIssue,
} from "../core/index.js";
import { acknowledgeClock } from "./acknowledgeClock.js";
import type { Clock } from "./Clock.js";
import { clockShapeIssues } from "./clockShapeIssues.js";
import { extendClock } from "./extendClock.js";
import { pauseClock } from "./pauseClock.js";
import { resumeClock } from "./resumeClock.js";
import { ruleOf } from "./ruleOf.js";
import { startClock } from "./startClock.js";
import { stopClock } from "./stopClock.js";

type Issues = ValidationIssue[];
function add(issues: Issues, code: IssueCode, path: IssuePath, message: string, input?: unknown): void {
  issues.push(input === undefined ? { code, path, message } : { code, path, message, input });
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
  let issues: Issues;
  let clock: Clock | null = null;
  try {
    issues = clockShapeIssues(input);
    if (issues.length === 0) clock = replay(input as Clock, issues);
  } catch (error) {
    // an input no check foresaw (a proxy that throws, a getter): an issue, never an exception
    issues = [{ code: "custom", path: [], message: `the clock could not be read: ${String(error)}`, input }];
  }
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
