import type { IdentityRecord } from "./IdentityRecord.js";
import { normalisePhone } from "./normalisePhone.js";

/** A record in the forms the comparisons and blocking keys read; empty strings stand for absent fields. */
export interface PreparedRecord {
  readonly id: string;
  readonly cluster: string;
  readonly givenName: string;
  readonly givenInitial: string;
  readonly familyName: string;
  readonly familyInitial: string;
  readonly dateOfBirth: string;
  readonly yearOfBirth: string;
  readonly email: string;
  readonly emailLocal: string;
  readonly phone: string;
  /** Postcode without the space: `L18JQ`. */
  readonly postcode: string;
  /** Outward code and the first character of the inward code: `L1 8`. */
  readonly postcodeSector: string;
  /** The outward code: `L1`. */
  readonly postcodeDistrict: string;
  readonly address: string;
  readonly uprn: string;
  /** `kind:value` for each reference. */
  readonly references: readonly string[];
}

/**
 * A name as the comparisons read it: lower case, accents removed, letters only (`O'Brien` → `obrien`).
 *
 * @param name - a name as recorded.
 * @returns the normalised name; empty if nothing is left.
 * @throws never.
 * @example
 * ```ts
 * import { normaliseName } from "council-contact/cluster";
 * normaliseName("  O'Brien-Smyth ") //=> "obriensmyth"
 * normaliseName("Zoë") //=> "zoe"
 * ```
 */
export function normaliseName(name: string): string {
  if (typeof name !== "string") return "";
  const lower = name.toLowerCase();
  if (/^[a-z]*$/.test(lower)) return lower;
  return lower
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]/g, "");
}

/** The record in the forms the comparisons read. */
export function prepareRecord(record: IdentityRecord, phones: Map<string, string>): PreparedRecord {
  const email = record.email === undefined ? "" : record.email.trim().toLowerCase();
  const postcode = record.postcode === undefined ? "" : record.postcode.replace(" ", "").toUpperCase();
  let phone = "";
  if (record.phone !== undefined) {
    const known = phones.get(record.phone);
    if (known !== undefined) phone = known;
    else {
      phone = normalisePhone(record.phone) ?? "";
      phones.set(record.phone, phone);
    }
  }
  const references: string[] = [];
  if (record.references !== undefined)
    for (const [kind, value] of Object.entries(record.references)) references.push(`${kind}:${value.trim()}`);
  const givenName = record.givenName === undefined ? "" : normaliseName(record.givenName);
  const familyName = record.familyName === undefined ? "" : normaliseName(record.familyName);
  const dateOfBirth = record.dateOfBirth ?? "";
  return {
    id: record.id,
    cluster: record.cluster,
    givenName,
    givenInitial: givenName.slice(0, 1),
    familyName,
    familyInitial: familyName.slice(0, 1),
    dateOfBirth,
    yearOfBirth: dateOfBirth.slice(0, 4),
    email,
    emailLocal: email === "" ? "" : email.slice(0, email.lastIndexOf("@")),
    phone,
    postcode,
    postcodeSector: postcode === "" ? "" : `${postcode.slice(0, -3)} ${postcode.slice(-3, -2)}`,
    postcodeDistrict: postcode === "" ? "" : postcode.slice(0, -3),
    address: record.addressLines === undefined ? "" : normaliseAddress(record.addressLines),
    uprn: record.uprn ?? "",
    references,
  };
}

function normaliseAddress(lines: readonly string[]): string {
  return lines
    .join(" ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
