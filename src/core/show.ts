/** Strings longer than this are cut in messages, so a message never carries a whole document. */
const LONGEST_STRING = 60;

/**
 * How any value reads in an error message, the same in every module: strings quoted (cut after 60
 * characters), numbers as written (`-0` kept), BigInts with their `n`, a `Date` with its instant,
 * arrays and objects by kind rather than in full. Never throws, whatever it is given (a Symbol, a
 * revoked proxy, an object whose `toString` throws).
 *
 * @param value - anything.
 * @returns a short rendering for a message.
 *
 * @example
 * ```ts
 * import { show } from "council-contact/core";
 * show("pigeon") //=> "\"pigeon\""
 * show(-0) //=> "-0"
 * show(10n) //=> "10n"
 * show(null) //=> "null"
 * show(new Date(Number.NaN)) //=> "an invalid Date"
 * show([1, 2, 3]) //=> "an array of 3"
 * show({ calls: 5 }) //=> "an object"
 * show(Symbol("x")) //=> "Symbol(x)"
 * ```
 */
export function show(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > LONGEST_STRING ? `${value.slice(0, LONGEST_STRING)}…` : value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return value.description === undefined ? "Symbol()" : `Symbol(${value.description})`;
    case "function":
      return "a function";
    default:
      return showObject(value as object | null);
  }
}

function showObject(value: object | null): string {
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (value instanceof Date) {
      const ms = value.getTime();
      return Number.isNaN(ms) ? "an invalid Date" : `Date(${value.toISOString()})`;
    }
  } catch {
    // a revoked proxy or an exotic object: fall through to the plain description
  }
  return "an object";
}
