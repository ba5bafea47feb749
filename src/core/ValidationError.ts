/**
 * The codes a validation issue can carry, one union for the whole library (snake_case, as zod does).
 *
 * - `invalid_type`: the value has the wrong JavaScript type (a number where a string belongs).
 * - `invalid_value`: the value is of the right type but not one of the allowed values (an unknown channel code).
 * - `invalid_format`: a string that does not match its format (an ISO date, an instant with an offset).
 * - `invalid_date`: a well-formed date that does not exist (2023-02-29).
 * - `too_small` / `too_big`: a number or length out of range (negative seconds).
 * - `unrecognized_key`: a key the record does not define.
 * - `forbidden_key`: a key that could pollute prototypes (`__proto__`, `constructor`, `prototype`).
 * - `missing`: a required field is absent.
 * - `duplicate`: a value that must be unique appears twice.
 * - `unknown_reference`: a name that refers to nothing defined (a state or event a lifecycle does not declare).
 * - `unreachable` / `no_path_to_closed`: lifecycle definition problems.
 * - `custom`: anything else, with the detail in the message.
 *
 * @example
 * ```ts
 * import type { IssueCode } from "council-contact/core";
 * const code: IssueCode = "invalid_date";
 * code //=> "invalid_date"
 * ```
 */
export type IssueCode =
  | "invalid_type"
  | "invalid_value"
  | "invalid_format"
  | "invalid_date"
  | "too_small"
  | "too_big"
  | "unrecognized_key"
  | "forbidden_key"
  | "missing"
  | "duplicate"
  | "unknown_reference"
  | "unreachable"
  | "no_path_to_closed"
  | "custom";

/**
 * A path into the input: object keys and array indexes from the root to the offending value.
 *
 * @example
 * ```ts
 * import type { IssuePath } from "council-contact/core";
 * const path: IssuePath = ["rows", 3, "channel"];
 * path.join(".") //=> "rows.3.channel"
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input: what kind (`code`), where (`path`), in words (`message`) and the offending value (`input`).
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from "council-contact/core";
 * const issue: ValidationIssue = { code: "too_small", path: ["handleSeconds"], message: "handleSeconds must be ≥ 0", input: -5 };
 * issue.path.join(".") //=> "handleSeconds"
 * ```
 */
export interface ValidationIssue {
  /** What kind of problem, from one union for the whole library. */
  readonly code: IssueCode;
  /** Where in the input, from the root; empty for the input itself. */
  readonly path: IssuePath;
  /** The problem in words, for people; built from the other fields. */
  readonly message: string;
  /** The offending value, where there is one (absent for a missing field). */
  readonly input?: unknown;
}

/**
 * The one error every `parseX` throws: it carries every issue found, not just the first.
 *
 * The message lists each issue on its own line as `path: message`, so a log line alone says what was wrong;
 * past 20 issues it ends with a count of the rest, which stay in `issues`.
 *
 * @example
 * ```ts
 * import { ValidationError } from "council-contact/core";
 * const error = new ValidationError([{ code: "invalid_value", path: ["channel"], message: "unknown channel 'pigeon'", input: "pigeon" }]);
 * error.issues.length //=> 1
 * error.message //=> "1 issue: channel: unknown channel 'pigeon'"
 * ```
 */
export class ValidationError extends Error {
  /** Every issue found, in input order. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - the issues found; at least one.
   * @param label - what was being validated, for the message (e.g. `"Contact"`).
   */
  constructor(issues: readonly ValidationIssue[], label?: string) {
    super(formatIssues(issues, label));
    this.name = "ValidationError";
    this.issues = issues;
  }
}

/**
 * The result of a `safeParseX`: the parsed data, or the error that `parseX` would have thrown.
 *
 * @example
 * ```ts
 * import type { SafeParseResult } from "council-contact/core";
 * const result: SafeParseResult<number> = { success: true, data: 42 };
 * result.success ? result.data : 0 //=> 42
 * ```
 */
export type SafeParseResult<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The parsed, typed value. */
      readonly data: T;
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** Every issue found. */
      readonly error: ValidationError;
    };

/** At most this many issues are written into the message (a batch of a million bad rows stays readable); `issues` keeps them all. */
const MESSAGE_LINES = 20;

function formatIssues(issues: readonly ValidationIssue[], label: string | undefined): string {
  const head = `${label ? `${label}: ` : ""}${issues.length} issue${issues.length === 1 ? "" : "s"}`;
  const lines = issues
    .slice(0, MESSAGE_LINES)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
  if (issues.length > MESSAGE_LINES) lines.push(`… and ${issues.length - MESSAGE_LINES} more (see error.issues)`);
  return lines.length === 1 ? `${head}: ${lines[0]}` : [head, ...lines.map((line) => `  - ${line}`)].join("\n");
}
