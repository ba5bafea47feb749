import {
  messages,
  type SafeParseResult,
  show,
  ValidationError,
  type ValidationIssue,
  whyNotDay,
} from "../core/index.js";

/**
 * One record of a person as one service holds it: the fields identity resolution compares. Every field but
 * `id` and `cluster` is optional, and every optional field is **personal data** (UK GDPR Art. 4(1)): hold
 * only what the service needs (Art. 5(1)(c)), and see `applyRetention` for when to let it go.
 *
 * @example
 * ```ts
 * import type { IdentityRecord } from "council-contact/cluster";
 * const record: IdentityRecord = { id: "ct-1", cluster: "revenues", givenName: "Ada", familyName: "Lovelace", postcode: "L1 8JQ" };
 * record.cluster //=> "revenues"
 * ```
 */
export interface IdentityRecord {
  /** Unique id of the record across every cluster (the service's own key is fine if it is unique). */
  readonly id: string;
  /** The customer cluster of the service that holds the record (`benefits`, `revenues`, …). */
  readonly cluster: string;
  /** Personal data: the given (first) name as recorded. */
  readonly givenName?: string;
  /** Personal data: the family name (surname) as recorded. */
  readonly familyName?: string;
  /** Personal data: the date of birth, `YYYY-MM-DD`. */
  readonly dateOfBirth?: string;
  /** Personal data: an email address. */
  readonly email?: string;
  /** Personal data: a phone number as given (any UK or international format). */
  readonly phone?: string;
  /** Personal data: the postcode, upper case with one space. */
  readonly postcode?: string;
  /** Personal data: the address lines before the town. */
  readonly addressLines?: readonly string[];
  /** Personal data: the post town. */
  readonly town?: string;
  /** Personal data: the UPRN of the home (1 to 12 digits). */
  readonly uprn?: string;
  /** Personal data: the council's own keys for the person, by kind (`{ "council-tax": "CT-100234" }`). */
  readonly references?: Readonly<Record<string, string>>;
}

const TEXT_FIELDS = ["givenName", "familyName", "email", "phone", "town"] as const;
const KEYS = new Set([
  "id",
  "cluster",
  ...TEXT_FIELDS,
  "dateOfBirth",
  "postcode",
  "addressLines",
  "uprn",
  "references",
]);
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UPRN = /^\d{1,12}$/;
const NOT_BLANK = /\S/;

/**
 * Checks an identity record and returns it with its postcode in standard form (upper case, one space) and
 * absent fields left out.
 *
 * @param input - anything, typically one row of parsed JSON.
 * @returns the record.
 * @throws {ValidationError} carrying every issue (a malformed email, postcode, date or UPRN is `invalid_format`).
 * @example
 * ```ts
 * import { parseIdentityRecord } from "council-contact/cluster";
 * parseIdentityRecord({ id: "hb-7", cluster: "benefits", familyName: "Okafor", postcode: "l1 8jq" }) //=> { id: "hb-7", cluster: "benefits", familyName: "Okafor", postcode: "L1 8JQ" }
 * parseIdentityRecord({ id: "hb-8", cluster: "benefits", dateOfBirth: "1990-02-30" }) //=> throws ValidationError
 * ```
 */
export function parseIdentityRecord(input: unknown): IdentityRecord {
  const result = safeParseIdentityRecord(input);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * Like {@link parseIdentityRecord}, but returns `{ success, data | error }` and never throws.
 *
 * @param input - anything.
 * @returns the record, or the `ValidationError` that `parseIdentityRecord` would throw.
 * @example
 * ```ts
 * import { safeParseIdentityRecord } from "council-contact/cluster";
 * const result = safeParseIdentityRecord({ id: "x", cluster: "revenues", uprn: "12a" });
 * result.success ? "" : result.error.issues[0]?.message //=> "uprn must be 1 to 12 digits, got \"12a\""
 * ```
 */
export function safeParseIdentityRecord(input: unknown): SafeParseResult<IdentityRecord> {
  const issues: ValidationIssue[] = [];
  const out: Record<string, unknown> = {};
  try {
    readRecord(input, issues, out);
  } catch (error) {
    const detail = error instanceof Error ? error.message : show(error);
    issues.push({ code: "custom", path: [], message: `IdentityRecord could not be read: ${detail}` });
  }
  if (issues.length > 0) return { success: false, error: new ValidationError(issues, "IdentityRecord") };
  return { success: true, data: out as unknown as IdentityRecord };
}

function readRecord(input: unknown, issues: ValidationIssue[], out: Record<string, unknown>): void {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.push({
      code: "invalid_type",
      path: [],
      message: messages.mustBe("IdentityRecord", "an object", input),
      input,
    });
    return;
  }
  const row = input as Record<string, unknown>;
  for (const key of Object.keys(row)) {
    if (FORBIDDEN.has(key)) issues.push({ code: "forbidden_key", path: [key], message: messages.forbiddenKey(key) });
    else if (!KEYS.has(key))
      issues.push({ code: "unrecognized_key", path: [key], message: messages.unknownKey(key, "IdentityRecord") });
  }
  for (const key of ["id", "cluster"] as const) {
    const value = row[key];
    if (value === undefined) issues.push({ code: "missing", path: [key], message: messages.missing(key) });
    else if (text(value, key, issues)) out[key] = value;
  }
  for (const key of TEXT_FIELDS) {
    const value = row[key];
    if (value !== undefined && text(value, key, issues)) out[key] = value;
  }
  readFormatted(row, "dateOfBirth", issues, out);
  readFormatted(row, "postcode", issues, out);
  if (typeof out.email === "string" && !EMAIL.test(out.email)) {
    issues.push(formatIssue("email", "an email address such as ada@example.org", out.email));
    delete out.email;
  }
  readFormatted(row, "uprn", issues, out);
  readAddressLines(row.addressLines, issues, out);
  readReferences(row.references, issues, out);
}

function readFormatted(
  row: Record<string, unknown>,
  key: "dateOfBirth" | "postcode" | "uprn",
  issues: ValidationIssue[],
  out: Record<string, unknown>,
): void {
  const value = row[key];
  if (value === undefined || !text(value, key, issues)) return;
  if (key === "dateOfBirth") {
    const why = whyNotDay(value);
    if (why === undefined) out[key] = value;
    else {
      const code = /^\d{4}-\d{2}-\d{2}$/.test(value) ? "invalid_date" : "invalid_format";
      issues.push({
        code,
        path: [key],
        message: messages.mustBe(key, `a real date YYYY-MM-DD (${why})`, value),
        input: value,
      });
    }
  } else if (key === "postcode") {
    if (POSTCODE.test(value)) {
      const compact = value.replace(" ", "").toUpperCase();
      out[key] = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
    } else issues.push(formatIssue(key, "a UK postcode such as SW1A 1AA", value));
  } else if (UPRN.test(value)) out[key] = value;
  else issues.push(formatIssue(key, "1 to 12 digits", value));
}

function readAddressLines(value: unknown, issues: ValidationIssue[], out: Record<string, unknown>): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    issues.push({
      code: "invalid_type",
      path: ["addressLines"],
      message: messages.mustBe("addressLines", "a list of strings", value),
      input: value,
    });
    return;
  }
  const lines: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const line: unknown = value[i];
    if (typeof line === "string") lines.push(line);
    else
      issues.push({
        code: "invalid_type",
        path: ["addressLines", i],
        message: messages.mustBe(`addressLines[${i}]`, "a string", line),
        input: line,
      });
  }
  out.addressLines = lines;
}

function readReferences(value: unknown, issues: ValidationIssue[], out: Record<string, unknown>): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    issues.push({
      code: "invalid_type",
      path: ["references"],
      message: messages.mustBe("references", "an object of strings", value),
      input: value,
    });
    return;
  }
  const references: Record<string, string> = {};
  for (const [kind, key] of Object.entries(value)) {
    if (FORBIDDEN.has(kind))
      issues.push({ code: "forbidden_key", path: ["references", kind], message: messages.forbiddenKey(kind) });
    else if (text(key, `references.${kind}`, issues, ["references", kind])) references[kind] = key;
  }
  out.references = references;
}

function text(
  value: unknown,
  name: string,
  issues: ValidationIssue[],
  path: readonly (string | number)[] = [name],
): value is string {
  if (typeof value !== "string") {
    issues.push({ code: "invalid_type", path, message: messages.mustBe(name, "a string", value), input: value });
    return false;
  }
  if (!NOT_BLANK.test(value)) {
    issues.push({ code: "too_small", path, message: messages.empty(name), input: value });
    return false;
  }
  return true;
}

function formatIssue(key: string, expected: string, value: string): ValidationIssue {
  return { code: "invalid_format", path: [key], message: messages.mustBe(key, expected, value), input: value };
}
