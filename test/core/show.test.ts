import { describe, expect, it } from "vitest";
import { messages, rangeError, show } from "../../src/core/index.js";

describe("show: how any value reads in a message", () => {
  it("quotes strings and cuts them after 60 characters", () => {
    expect(show("pigeon")).toBe('"pigeon"');
    expect(show("")).toBe('""');
    expect(show('say "hi"')).toBe('"say \\"hi\\""');
    expect(show("x".repeat(61))).toBe(`"${"x".repeat(60)}…"`);
    expect(show("x".repeat(60))).toBe(`"${"x".repeat(60)}"`);
  });

  it("writes numbers as written, keeping -0, NaN and the infinities", () => {
    expect(show(3)).toBe("3");
    expect(show(-0)).toBe("-0");
    expect(show(0)).toBe("0");
    expect(show(1.5)).toBe("1.5");
    expect(show(Number.NaN)).toBe("NaN");
    expect(show(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
  });

  it("writes BigInts with n, booleans, undefined and null", () => {
    expect(show(10n)).toBe("10n");
    expect(show(true)).toBe("true");
    expect(show(undefined)).toBe("undefined");
    expect(show(null)).toBe("null");
  });

  it("names Symbols by their description", () => {
    expect(show(Symbol("x"))).toBe("Symbol(x)");
    expect(show(Symbol())).toBe("Symbol()");
  });

  it("describes functions, arrays, Dates and objects by kind", () => {
    expect(show(() => 1)).toBe("a function");
    expect(show([1, 2, 3])).toBe("an array of 3");
    expect(show(new Array(5))).toBe("an array of 5");
    expect(show(new Date(0))).toBe("Date(1970-01-01T00:00:00.000Z)");
    expect(show(new Date(Number.NaN))).toBe("an invalid Date");
    expect(show({ calls: 5 })).toBe("an object");
    expect(show(Object.create(null))).toBe("an object");
    expect(show(new Map())).toBe("an object");
  });

  it("never throws, even for a revoked proxy or an object whose toString throws", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(show(proxy)).toBe("an object");
    const hostile = {
      toString() {
        throw new Error("no");
      },
    };
    expect(show(hostile)).toBe("an object");
  });
});

describe("messages: the one catalogue", () => {
  it("pins every message shape", () => {
    expect(messages.mustBe("calls", "a whole number ≥ 0", -3)).toBe("calls must be a whole number ≥ 0, got -3");
    expect(messages.missing("at")).toBe("at is required");
    expect(messages.oneOf("channel", ["telephone", "email"], "pigeon")).toBe(
      'unknown channel "pigeon": expected one of telephone, email',
    );
    expect(messages.atLeast("agents", 1, 0)).toBe("agents must be ≥ 1, got 0");
    expect(messages.atMost("share", 1, 1.5)).toBe("share must be ≤ 1, got 1.5");
    expect(messages.empty("name")).toBe("name must not be empty");
    expect(messages.unknownKey("colour", "Contact")).toBe("unknown key 'colour': Contact has no such field");
    expect(messages.forbiddenKey("__proto__")).toBe(
      "key '__proto__' is not allowed: it could change the prototype of objects built from this record",
    );
    expect(messages.options("options", 3)).toBe("options must be an object or undefined, got 3");
    expect(messages.tooMuchWork("adding working days", 1_000_000)).toBe(
      "adding working days would need more than 1,000,000 steps: check the inputs",
    );
  });

  it("rangeError builds a RangeError with the mustBe wording", () => {
    const error = rangeError("agents", "a whole number ≥ 1", 0.5);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("agents must be a whole number ≥ 1, got 0.5");
  });
});
