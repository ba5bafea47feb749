import { show } from "./show.js";

/** Type names, as validators report them, in words. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

/**
 * `name must be <expected>, got <value>`: the common shape of a refused input. A function of its own (not only
 * a member of {@link messages}) so that {@link rangeError} brings no more of the catalogue into a bundle.
 */
function mustBe(name: string, expected: string, got: unknown): string {
  return `${name} must be ${expected}, got ${show(got)}`;
}

/**
 * The wording of the library's errors, in one place. Every `RangeError`, every `ValidationError`
 * issue and every refusal builds its message from one of these, so that the same problem reads
 * the same way in every module: the name of the input, what it must be, and what it was.
 *
 * @example
 * ```ts
 * import { messages } from "council-contact/core";
 * messages.mustBe("calls", "a whole number ≥ 0", -3) //=> "calls must be a whole number ≥ 0, got -3"
 * messages.missing("at") //=> "at is required"
 * messages.oneOf("channel", ["telephone", "email"], "pigeon") //=> "unknown channel \"pigeon\": expected one of telephone, email"
 * messages.type("handleSeconds", "number", "5") //=> "handleSeconds must be a number, got \"5\""
 * messages.wholeNumber("waitSeconds", 2.5) //=> "waitSeconds must be a whole number, got 2.5"
 * messages.unexpected("Contact", "boom") //=> "Contact could not be checked: boom"
 * ```
 */
export const messages = {
  /** `name must be <expected>, got <value>`: the common shape of a refused input. */
  mustBe,
  /**
   * A value of the wrong type. `expected` is a type name (`string`, `number`, `int`, `boolean`,
   * `object`, `array`), written out in words, or any other description, used as it is.
   */
  type: (name: string, expected: string, got: unknown): string =>
    `${name} must be ${Object.hasOwn(TYPE_NAMES, expected) ? TYPE_NAMES[expected] : expected}, got ${show(got)}`,
  /** A number that must be whole and is not. */
  wholeNumber: (name: string, got: unknown): string => `${name} must be a whole number, got ${show(got)}`,
  /** A string that does not have the shape its field needs (`format` says which: `a UPRN: 1 to 12 digits`). */
  format: (name: string, format: string, got: unknown): string => `${name} must be ${format}, got ${show(got)}`,
  /** A required input that is absent. */
  missing: (name: string): string => `${name} is required`,
  /** A value that is not one of a closed list. */
  oneOf: (name: string, allowed: readonly unknown[], got: unknown): string =>
    `unknown ${name} ${show(got)}: expected one of ${allowed.map(String).join(", ")}`,
  /** A number below its least allowed value. */
  atLeast: (name: string, minimum: unknown, got: unknown): string =>
    `${name} must be ≥ ${String(minimum)}, got ${show(got)}`,
  /** A number above its greatest allowed value. */
  atMost: (name: string, maximum: unknown, got: unknown): string =>
    `${name} must be ≤ ${String(maximum)}, got ${show(got)}`,
  /** An empty string or list where one is needed. */
  empty: (name: string): string => `${name} must not be empty`,
  /** A key that a strict record does not define. */
  unknownKey: (key: string, label: string): string => `unknown key '${key}': ${label} has no such field`,
  /** A key that could pollute prototypes. */
  forbiddenKey: (key: string): string =>
    `key '${key}' is not allowed: it could change the prototype of objects built from this record`,
  /** An options argument that is not an object. */
  options: (name: string, got: unknown): string => `${name} must be an object or undefined, got ${show(got)}`,
  /** A record whose checking failed in an unforeseen way (a getter that throws): `detail` says how. */
  unexpected: (label: string, detail: string): string => `${label} could not be checked: ${detail}`,
  /** A loop that a caller's numbers would make too long. */
  tooMuchWork: (what: string, limit: number): string =>
    `${what} would need more than ${limit.toLocaleString("en-GB")} steps: check the inputs`,
} as const;

/**
 * A `RangeError` in the library's words: `name must be <expected>, got <value>`.
 *
 * @param name - the input, as the caller wrote it (`options.calls`).
 * @param expected - what it must be (`a whole number ≥ 0`).
 * @param got - the value given.
 * @returns the error, for the caller to throw.
 *
 * @example
 * ```ts
 * import { rangeError } from "council-contact/core";
 * rangeError("agents", "a whole number ≥ 1", 0.5).message //=> "agents must be a whole number ≥ 1, got 0.5"
 * ```
 */
export function rangeError(name: string, expected: string, got: unknown): RangeError {
  return new RangeError(mustBe(name, expected, got));
}

/**
 * Throws {@link rangeError}: for input checks written as expressions (`value ?? refuse(…)`).
 *
 * @param name - the input, as the caller wrote it.
 * @param expected - what it must be.
 * @param got - the value given.
 * @returns never: it always throws.
 * @throws RangeError `name must be <expected>, got <value>`.
 *
 * @example
 * ```ts
 * import { refuse } from "council-contact/core";
 * refuse("calls", "a whole number ≥ 0", -3) //=> throws RangeError
 * ```
 */
export function refuse(name: string, expected: string, got: unknown): never {
  throw rangeError(name, expected, got);
}
