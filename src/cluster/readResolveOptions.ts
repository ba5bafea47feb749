import { messages, rangeError, ValidationError, type ValidationIssue } from "../core/index.js";
import { checkBlockingRules, DEFAULT_BLOCKING_RULES } from "./blockingRules.js";
import { MATCH_FIELDS } from "./comparisons.js";
import { type IdentityRecord, safeParseIdentityRecord } from "./IdentityRecord.js";
import type { ClericalDecision, Resolution, ResolveOptions } from "./Resolution.js";

/** The options with their defaults, each checked; a bad one is a RangeError naming it. */
export function readResolveOptions(options: unknown): Resolution["options"] {
  if (options === undefined) options = {};
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new RangeError(messages.options("options", options));
  const o = options as ResolveOptions;
  const threshold = o.threshold ?? 0.5;
  if (typeof threshold !== "number" || !(threshold > 0 && threshold < 1))
    throw rangeError("options.threshold", "a probability between 0 and 1 (exclusive)", threshold);
  const blockingRules = o.blockingRules === undefined ? DEFAULT_BLOCKING_RULES : checkBlockingRules(o.blockingRules);
  const linkClusters = o.linkClusters ?? [];
  if (
    !Array.isArray(linkClusters) ||
    !linkClusters.every((g) => Array.isArray(g) && g.every((c) => typeof c === "string"))
  )
    throw rangeError("options.linkClusters", "a list of lists of cluster ids", linkClusters);
  const guardFields = o.guardFields ?? ["givenName", "dateOfBirth"];
  if (!Array.isArray(guardFields) || !guardFields.every((f) => (MATCH_FIELDS as readonly unknown[]).includes(f)))
    throw rangeError("options.guardFields", `a list of ${MATCH_FIELDS.join(", ")}`, guardFields);
  const decisions = o.decisions ?? [];
  if (!Array.isArray(decisions) || !decisions.every(isDecision))
    throw rangeError("options.decisions", "a list of { kind: must-link | never-link, left, right }", decisions);
  return {
    threshold,
    blockingRules,
    linkClusters,
    guardFields,
    decisions,
    minimumTrainingRecords: count(o.minimumTrainingRecords, 1000, "options.minimumTrainingRecords", 2),
    randomPairs: count(o.randomPairs, 100_000, "options.randomPairs", 1),
    seed: count(o.seed, 1, "options.seed", 0),
    maxPairs: count(o.maxPairs, 50_000_000, "options.maxPairs", 1),
  };
}

function isDecision(value: unknown): value is ClericalDecision {
  if (typeof value !== "object" || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    (d.kind === "must-link" || d.kind === "never-link") && typeof d.left === "string" && typeof d.right === "string"
  );
}

function count(value: unknown, fallback: number, name: string, least: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < least)
    throw rangeError(name, `a whole number ≥ ${least}`, value);
  return value;
}

/** Every record checked (one ValidationError with all issues, paths starting at the index), sorted by id. */
export function readRecords(input: unknown, name: string, taken?: ReadonlySet<string>): IdentityRecord[] {
  if (!Array.isArray(input))
    throw new ValidationError(
      [{ code: "invalid_type", path: [], message: messages.mustBe(name, "a list of identity records", input), input }],
      name,
    );
  const issues: ValidationIssue[] = [];
  const records: IdentityRecord[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const result = safeParseIdentityRecord(input[i]);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push({ ...issue, path: [i, ...issue.path] });
      continue;
    }
    const id = result.data.id;
    if (ids.has(id) || taken?.has(id))
      issues.push({
        code: "duplicate",
        path: [i, "id"],
        message: `record id ${JSON.stringify(id)} appears more than once`,
        input: id,
      });
    ids.add(id);
    records.push(result.data);
  }
  if (issues.length > 0) throw new ValidationError(issues, name);
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
