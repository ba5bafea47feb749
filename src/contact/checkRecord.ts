import { messages, ValidationError } from "../core/index.js";

/** Throws the ValidationError of a value that is not a record (an object, not an array): a contact, say. */
export function checkRecord(value: unknown, name: string): void {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return;
  throw new ValidationError(
    [{ code: "invalid_type", path: [], message: messages.type(name, "object", value), input: value }],
    name,
  );
}

/** Throws the RangeError of an options argument that is not an object. */
export function checkOptions(options: unknown): void {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
}

/** Throws the ValidationError of a list that is not an array. */
export function checkList(value: unknown, name: string): void {
  if (Array.isArray(value)) return;
  throw new ValidationError(
    [{ code: "invalid_type", path: [], message: messages.type(name, "array", value), input: value }],
    name,
  );
}
