import type { ContactColumns } from "../contact/index.js";
import { londonDayNumber, type ValidationIssue } from "../core/index.js";
import { ENQUIRY_OUTCOMES } from "../taxonomy/index.js";
import { type EnquiryUpdateColumns, SHARED, type Shared } from "./enquiryUpdateColumns.js";

/** The issues with update columns made elsewhere: shapes and lengths, codes in range, days of `at`, closures with an outcome. */
export function updateColumnsIssues(updates: EnquiryUpdateColumns, columns: ContactColumns): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const bad = (path: (string | number)[], message: string, input: unknown): void =>
    void issues.push({ code: "invalid_value", path: ["enquiryUpdates", ...path], message, input });
  const n = updates.length;
  if (!Number.isSafeInteger(n) || n < 0)
    return [
      {
        code: "invalid_value",
        path: ["enquiryUpdates", "length"],
        message: "length must be a whole number ≥ 0",
        input: n,
      },
    ];
  const kinds = {
    at: Float64Array,
    day: Int32Array,
    type: Uint8Array,
    outcome: Uint8Array,
    enquiry: Int32Array,
    customer: Int32Array,
    service: Int32Array,
    place: Int32Array,
  } as const;
  for (const [column, kind] of Object.entries(kinds)) {
    const array = updates[column as keyof typeof kinds] as unknown;
    if (!(array instanceof kind) || array.length !== n)
      bad([column], `${column} must be ${kind === Int32Array ? "an" : "a"} ${kind.name} of length ${n}`, array);
  }
  if (
    typeof updates.extra !== "object" ||
    updates.extra === null ||
    !SHARED.every((name) => Array.isArray(updates.extra[name]))
  )
    bad(["extra"], "extra must list the values past each dictionary's end", updates.extra);
  if (issues.length > 0) return issues;
  // One plain loop, the dictionaries' sizes read once: a good row costs a few comparisons.
  const { at, day, type, outcome, enquiry, customer, service, place } = updates;
  const size = (name: Shared): number => columns[name].values.length + updates.extra[name].length;
  const codes = [
    [enquiry, "enquiry", 0, size("enquiry")],
    [customer, "customer", -1, size("customer")],
    [service, "service", -1, size("service")],
    [place, "place", -1, size("place")],
  ] as const;
  for (let i = 0; i < n && issues.length <= 20; i++) {
    let london = Number.NaN;
    try {
      london = londonDayNumber(at[i]!);
    } catch {
      bad(["at", i], "at must be an instant in 2000–2100", at[i]);
    }
    if (!Number.isNaN(london) && london !== day[i])
      bad(["day", i], `day is ${day[i]}, but the London day of at is ${london}`, day[i]);
    if (type[i]! > 1) bad(["type", i], "type must be 0 (opened) or 1 (closed)", type[i]);
    if (outcome[i]! > ENQUIRY_OUTCOMES.length || (type[i] === 1 && outcome[i] === 0))
      bad(
        ["outcome", i],
        "outcome must be a position in ENQUIRY_OUTCOMES plus one, and a closure needs one",
        outcome[i],
      );
    for (const [column, name, lo, end] of codes) {
      const code = column[i]!;
      if (code < lo || code >= end)
        bad(
          [name, i],
          `${name} has ${code}, not a code of the contact columns' ${name} dictionary or the updates' extra values (0–${end - 1})`,
          code,
        );
    }
  }
  return issues;
}
