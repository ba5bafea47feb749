import { describe, expect, it } from "vitest";
import { ValidationError, type ValidationIssue } from "../../src/core/index.js";

const issue = (n: number): ValidationIssue => ({
  code: "too_small",
  path: ["rows", n, "calls"],
  message: "calls must be ≥ 0",
  input: -1,
});

describe("ValidationError", () => {
  it("is an Error named ValidationError that keeps its issues", () => {
    const error = new ValidationError([issue(0)]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ValidationError");
    expect(error.issues).toEqual([issue(0)]);
  });

  it("puts a single issue on one line, with the label and path", () => {
    expect(new ValidationError([issue(3)], "Batch").message).toBe("Batch: 1 issue: rows.3.calls: calls must be ≥ 0");
    expect(new ValidationError([{ code: "custom", path: [], message: "bad" }]).message).toBe("1 issue: bad");
  });

  it("lists several issues one per line", () => {
    expect(new ValidationError([issue(0), issue(1)]).message).toBe(
      "2 issues\n  - rows.0.calls: calls must be ≥ 0\n  - rows.1.calls: calls must be ≥ 0",
    );
  });

  it("writes at most 20 issues and counts the rest, keeping all in issues", () => {
    const many = Array.from({ length: 25 }, (_, n) => issue(n));
    const error = new ValidationError(many);
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("25 issues");
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe("  - … and 5 more (see error.issues)");
    expect(error.issues).toHaveLength(25);
  });
});
