import type { AvoidableResult } from "../../src/avoidable/index.js";
import { type Contact, type ContactInput, parseContacts } from "../../src/schema/index.js";

/** A row of a hand-written history: a contact with `at` as an ISO instant, on the telephone unless it says otherwise. */
export type Row = Omit<ContactInput, "channel" | "at"> & {
  readonly at: string;
  readonly channel?: ContactInput["channel"];
};

/** Parses hand-written rows into contacts. */
export function history(rows: readonly Row[]): Contact[] {
  return parseContacts(rows.map((row) => ({ channel: "telephone" as const, ...row })));
}

/** Epoch milliseconds of an ISO instant. */
export const at = (iso: string): number => Date.parse(iso);

/** The result of each contact by id. */
export function byId(results: readonly AvoidableResult[]): Record<string, AvoidableResult> {
  return Object.fromEntries(results.map((result) => [result.contactId, result]));
}

/** The parts of a result a hand-worked history states: reason (or demand), rule, evidence and explanation. */
export function summary(result: AvoidableResult | undefined): [string, string, readonly string[], string] {
  if (result === undefined) throw new Error("no result");
  return [result.reason ?? result.demand, result.rule, result.evidence, result.explanation];
}

/** A missed bin reported on the web by cust-1 at UPRN 10070 on Wednesday 1 May 2024, opening enquiry E-1. */
export const MISSED_BIN: Row = {
  id: "c1",
  at: "2024-05-01T09:00:00Z",
  channel: "web-form",
  customerId: "cust-1",
  serviceId: "missed-bin",
  enquiryId: "E-1",
  interaction: "report",
  outcome: "referred",
  uprn: "10070",
};
