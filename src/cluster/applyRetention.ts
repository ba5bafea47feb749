import { civilFromDays, dayOrThrow, daysFromCivil, daysInMonth, formatDayNumber, rangeError } from "../core/index.js";
import type { IdentityRecord } from "./IdentityRecord.js";

/**
 * A retention rule for one cluster: what to do with a record a given time after a trigger (case closure, the
 * last contact, an account closing: any name the records' `triggers` use). A council sets its own from its
 * retention schedule (UK GDPR Art. 5(1)(e), storage limitation).
 *
 * @example
 * ```ts
 * import type { RetentionPolicy } from "council-contact/cluster";
 * const policy: RetentionPolicy = { cluster: "revenues", trigger: "case-closed", afterYears: 6, action: "delete", source: "our retention schedule, 2024" };
 * policy.afterYears //=> 6
 * ```
 */
export interface RetentionPolicy {
  /** The cluster it applies to. */
  readonly cluster: string;
  /** The trigger the period runs from, as named in a subject's `triggers`. */
  readonly trigger: string;
  /** `anonymise` (remove personal fields, keep the record) or `delete`. */
  readonly action: "anonymise" | "delete";
  /** Whole years after the trigger (29 February counts on to 28 February). Default 0. */
  readonly afterYears?: number;
  /** Days after the trigger, added to the years. Default 0. */
  readonly afterDays?: number;
  /** Where the rule comes from, for the reason given. */
  readonly source?: string;
}

/**
 * A record with the dates its retention runs from, and any legal hold.
 *
 * @example
 * ```ts
 * import type { RetentionSubject } from "council-contact/cluster";
 * const subject: RetentionSubject = { record: { id: "ct-1", cluster: "revenues" }, triggers: { "case-closed": "2018-04-30" } };
 * subject.triggers?.["case-closed"] //=> "2018-04-30"
 * ```
 */
export interface RetentionSubject {
  /** The record. */
  readonly record: IdentityRecord;
  /** The day (`YYYY-MM-DD`) of each trigger that has happened. */
  readonly triggers?: Readonly<Record<string, string>>;
  /** A legal hold and its reason: the record is kept whatever the policies say. */
  readonly legalHold?: string;
}

/**
 * What happens to one record, and why.
 *
 * @example
 * ```ts
 * import type { RetentionDecision } from "council-contact/cluster";
 * const decision: RetentionDecision = { recordId: "ct-1", action: "keep", reason: "no retention policy for cluster revenues" };
 * decision.action //=> "keep"
 * ```
 */
export interface RetentionDecision {
  /** The record. */
  readonly recordId: string;
  /** `keep`, `anonymise` or `delete`. */
  readonly action: "keep" | "anonymise" | "delete";
  /** Why, in words: the hold, or the rule and the dates. */
  readonly reason: string;
  /** For `anonymise`: the record with its personal fields removed. */
  readonly anonymised?: IdentityRecord;
}

/**
 * The records to keep, anonymise and delete.
 *
 * @example
 * ```ts
 * import type { RetentionPlan } from "council-contact/cluster";
 * const plan: RetentionPlan = { keep: [], anonymise: [], delete: [] };
 * plan.delete.length //=> 0
 * ```
 */
export interface RetentionPlan {
  /** Records kept as they are. */
  readonly keep: readonly RetentionDecision[];
  /** Records to replace by their `anonymised` form. */
  readonly anonymise: readonly RetentionDecision[];
  /** Records to delete. */
  readonly delete: readonly RetentionDecision[];
}

/**
 * A record with every personal field removed: only its `id` and `cluster` remain, so every count and link
 * to contacts and enquiries (which refer to the id) is unchanged.
 *
 * @param record - an identity record.
 * @returns the record without personal data.
 * @throws {RangeError} if `record` is not an object.
 * @example
 * ```ts
 * import { anonymiseRecord } from "council-contact/cluster";
 * anonymiseRecord({ id: "ct-1", cluster: "revenues", givenName: "Ada", email: "ada@example.org" }) //=> { id: "ct-1", cluster: "revenues" }
 * ```
 */
export function anonymiseRecord(record: IdentityRecord): IdentityRecord {
  if (typeof record !== "object" || record === null) throw rangeError("record", "an identity record", record);
  return { id: record.id, cluster: record.cluster };
}

/**
 * Applies retention policies: each record is deleted or anonymised once the period after its trigger has
 * passed (the most severe due action wins: delete over anonymise), kept otherwise, and always kept under a
 * legal hold. Every decision carries its reason, so the plan can be checked before anything is done.
 *
 * @param subjects - the records with their trigger dates and holds.
 * @param policies - the retention policies, any number per cluster.
 * @param today - the day to judge by, `YYYY-MM-DD` (London).
 * @returns the plan: what to keep, anonymise and delete, each with its reason.
 * @throws {RangeError} if `today`, a trigger day or a policy is malformed.
 * @example
 * ```ts
 * import { applyRetention } from "council-contact/cluster";
 * const policies = [{ cluster: "revenues", trigger: "case-closed", afterYears: 6, action: "delete" as const }];
 * const subjects = [
 *   { record: { id: "ct-1", cluster: "revenues", givenName: "Ada" }, triggers: { "case-closed": "2018-04-30" } },
 *   { record: { id: "ct-2", cluster: "revenues", givenName: "Ruth" }, triggers: { "case-closed": "2018-04-30" }, legalHold: "litigation 2025/17" },
 * ];
 * const plan = applyRetention(subjects, policies, "2025-01-01");
 * plan.delete.map((d) => d.reason) //=> ["delete: 6 years after case-closed on 2018-04-30 passed on 2024-04-30"]
 * plan.keep.map((d) => d.reason) //=> ["legal hold: litigation 2025/17"]
 * ```
 */
export function applyRetention(
  subjects: readonly RetentionSubject[],
  policies: readonly RetentionPolicy[],
  today: string,
): RetentionPlan {
  const day = dayOrThrow(today, "today");
  if (!Array.isArray(subjects)) throw rangeError("subjects", "a list of { record, triggers?, legalHold? }", subjects);
  if (!Array.isArray(policies)) throw rangeError("policies", "a list of retention policies", policies);
  policies.forEach(checkPolicy);
  const keep: RetentionDecision[] = [];
  const anonymise: RetentionDecision[] = [];
  const remove: RetentionDecision[] = [];
  subjects.forEach((subject, i) => {
    if (
      typeof subject !== "object" ||
      subject === null ||
      typeof subject.record !== "object" ||
      subject.record === null
    )
      throw rangeError(`subjects[${i}]`, "{ record, triggers?, legalHold? }", subject);
    const { record } = subject;
    if (subject.legalHold !== undefined) {
      keep.push({ recordId: record.id, action: "keep", reason: `legal hold: ${String(subject.legalHold)}` });
      return;
    }
    const triggers = subject.triggers ?? {};
    if (typeof triggers !== "object" || triggers === null)
      throw rangeError(`subjects[${i}].triggers`, "an object of days", triggers);
    let due: { action: "anonymise" | "delete"; reason: string } | undefined;
    // The next action to come (the earliest), or a trigger not yet reached.
    let pending: string | undefined;
    let pendingEnd = Number.POSITIVE_INFINITY;
    for (const policy of policies) {
      if (policy.cluster !== record.cluster) continue;
      const from = Object.hasOwn(triggers, policy.trigger) ? triggers[policy.trigger] : undefined;
      if (from === undefined) {
        pending ??= `no ${policy.trigger} date yet`;
        continue;
      }
      const start = dayOrThrow(from, `subjects[${i}].triggers.${policy.trigger}`);
      const end = addPeriod(start, policy.afterYears ?? 0, policy.afterDays ?? 0);
      const period = describe(policy);
      if (end <= day) {
        if (due === undefined || (policy.action === "delete" && due.action === "anonymise"))
          due = {
            action: policy.action,
            reason: `${policy.action}: ${period} after ${policy.trigger} on ${from} passed on ${formatDayNumber(end)}${policy.source ? ` (${policy.source})` : ""}`,
          };
      } else if (end < pendingEnd) {
        pendingEnd = end;
        pending = `${policy.action} on ${formatDayNumber(end)}: ${period} after ${policy.trigger} on ${from}`;
      }
    }
    if (due?.action === "delete") remove.push({ recordId: record.id, action: "delete", reason: due.reason });
    else if (due?.action === "anonymise")
      anonymise.push({
        recordId: record.id,
        action: "anonymise",
        reason: due.reason,
        anonymised: anonymiseRecord(record),
      });
    else
      keep.push({
        recordId: record.id,
        action: "keep",
        reason: pending === undefined ? `no retention policy for cluster ${record.cluster}` : `keep until ${pending}`,
      });
  });
  return { keep, anonymise, delete: remove };
}

function checkPolicy(policy: RetentionPolicy, i: number): void {
  if (typeof policy !== "object" || policy === null) throw rangeError(`policies[${i}]`, "a retention policy", policy);
  if (typeof policy.cluster !== "string") throw rangeError(`policies[${i}].cluster`, "a cluster id", policy.cluster);
  if (typeof policy.trigger !== "string") throw rangeError(`policies[${i}].trigger`, "a trigger name", policy.trigger);
  if (policy.action !== "anonymise" && policy.action !== "delete")
    throw rangeError(`policies[${i}].action`, "anonymise or delete", policy.action);
  for (const key of ["afterYears", "afterDays"] as const) {
    const value = policy[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= 1000))
      throw rangeError(`policies[${i}].${key}`, "a whole number from 0 to 1,000", value);
  }
}

/** The day `years` years (29 February → 28 February) and `days` days after `start`. */
function addPeriod(start: number, years: number, days: number): number {
  const [year, month, day] = civilFromDays(start);
  const target = year + years;
  return daysFromCivil(target, month, Math.min(day, daysInMonth(target, month))) + days;
}

function describe(policy: RetentionPolicy): string {
  const parts: string[] = [];
  if (policy.afterYears) parts.push(`${policy.afterYears} year${policy.afterYears === 1 ? "" : "s"}`);
  if (policy.afterDays) parts.push(`${policy.afterDays} day${policy.afterDays === 1 ? "" : "s"}`);
  return parts.length === 0 ? "immediately" : parts.join(" and ");
}
