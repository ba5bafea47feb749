import { describe, expect, it } from "vitest";
import { messages, rangeError } from "../../src/core/index.js";

describe("messages", () => {
  it.each([
    [messages.mustBe("calls", "a whole number ≥ 0", -3), "calls must be a whole number ≥ 0, got -3"],
    [messages.missing("at"), "at is required"],
    [
      messages.oneOf("channel", ["telephone", "email"], "pigeon"),
      'unknown channel "pigeon": expected one of telephone, email',
    ],
    [messages.atLeast("handleSeconds", 0, -5), "handleSeconds must be ≥ 0, got -5"],
    [messages.atMost("share", 1, 1.5), "share must be ≤ 1, got 1.5"],
    [messages.empty("id"), "id must not be empty"],
    [messages.unknownKey("colour", "Contact"), "unknown key 'colour': Contact has no such field"],
    [
      messages.forbiddenKey("__proto__"),
      "key '__proto__' is not allowed: it could change the prototype of objects built from this record",
    ],
    [messages.options("options", 5), "options must be an object or undefined, got 5"],
    [
      messages.tooMuchWork("the schedule", 1_000_000),
      "the schedule would need more than 1,000,000 steps: check the inputs",
    ],
    [messages.type("handleSeconds", "number", "5"), 'handleSeconds must be a number, got "5"'],
    [messages.type("contacts", "array", {}), "contacts must be an array, got an object"],
    [messages.type("answered", "boolean", 1), "answered must be true or false, got 1"],
    [messages.type("waitSeconds", "int", "2"), 'waitSeconds must be a whole number, got "2"'],
    [messages.type("Contact", "object", [1, 2]), "Contact must be an object, got an array of 2"],
    [messages.type("x", "a lifecycle", null), "x must be a lifecycle, got null"],
    [messages.type("x", "constructor", 1), "x must be constructor, got 1"],
    [messages.wholeNumber("waitSeconds", 2.5), "waitSeconds must be a whole number, got 2.5"],
    [messages.format("uprn", "a UPRN: 1 to 12 digits", "12a"), 'uprn must be a UPRN: 1 to 12 digits, got "12a"'],
    [messages.unexpected("Contact", "boom"), "Contact could not be checked: boom"],
  ])("words %j exactly", (message, expected) => {
    expect(message).toBe(expected);
  });

  it("shows the value it was given in the library's one way (BigInt, Symbol, long strings cut)", () => {
    expect(messages.mustBe("seed", "a safe integer", 10n)).toBe("seed must be a safe integer, got 10n");
    expect(messages.mustBe("seed", "a safe integer", Symbol("s"))).toBe("seed must be a safe integer, got Symbol(s)");
    expect(messages.mustBe("id", "short", "x".repeat(100))).toBe(`id must be short, got "${"x".repeat(60)}…"`);
  });
});

describe("rangeError", () => {
  it("is a RangeError with the mustBe wording", () => {
    const error = rangeError("agents", "a whole number ≥ 1", 0.5);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("agents must be a whole number ≥ 1, got 0.5");
  });
});
