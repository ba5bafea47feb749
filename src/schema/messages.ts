// The wording of every issue the schemas report, kept apart from the logic that finds the issues.

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

/** How a string field with a format should look, by field name. */
const FORMATS: Record<string, string> = {
  uprn: "a UPRN: 1 to 12 digits",
  email: "an email address",
  postcode: "a UK postcode such as SW1A 1AA",
  phone: "a phone number: 7 to 20 digits, spaces, brackets, hyphens and a leading +",
};

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Whether a key could pollute prototypes when copied into an object. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** A short, safe rendering of any value for a message: never throws, never prints a whole object. */
export function show(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}

/** Messages, each built from the parts of its issue. */
export const messages = {
  missing: (field: string): string => `${field} is required`,
  type: (field: string, expected: string, input: unknown): string =>
    `${field} must be ${EXPECTED[expected] ?? expected}, got ${show(input)}`,
  wholeNumber: (field: string, input: unknown): string => `${field} must be a whole number, got ${show(input)}`,
  oneOf: (field: string, values: readonly unknown[], input: unknown): string =>
    `unknown ${field} ${show(input)}: expected one of ${values.map(String).join(", ")}`,
  atLeast: (field: string, minimum: unknown, input: unknown): string =>
    `${field} must be ≥ ${String(minimum)}, got ${show(input)}`,
  atMost: (field: string, maximum: unknown, input: unknown): string =>
    `${field} must be ≤ ${String(maximum)}, got ${show(input)}`,
  empty: (field: string): string => `${field} must not be empty`,
  format: (field: string, input: unknown): string =>
    `${field} must be ${FORMATS[field] ?? "in the expected format"}, got ${show(input)}`,
  unknownKey: (key: string, label: string): string => `unknown key '${key}': ${label} has no such field`,
  forbiddenKey: (key: string): string =>
    `key '${key}' is not allowed: it could change the prototype of objects built from this record`,
  unexpected: (label: string, detail: string): string => `${label} could not be checked: ${detail}`,
};
