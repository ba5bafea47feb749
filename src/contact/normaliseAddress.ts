import { rangeError } from "../core/index.js";

/** Street-type abbreviations expanded when they end a part of an address (Royal Mail's usual ones). */
const STREET_TYPES: Readonly<Record<string, string>> = {
  AV: "AVENUE",
  AVE: "AVENUE",
  CL: "CLOSE",
  CRES: "CRESCENT",
  CT: "COURT",
  DR: "DRIVE",
  GDNS: "GARDENS",
  GRN: "GREEN",
  GRO: "GROVE",
  LN: "LANE",
  PDE: "PARADE",
  PK: "PARK",
  PL: "PLACE",
  RD: "ROAD",
  SQ: "SQUARE",
  ST: "STREET",
  TER: "TERRACE",
  TERR: "TERRACE",
};

/** A UK postcode at the end of the text: outward code, optional space, inward code. */
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/**
 * An address written one way, so that two spellings of the same place compare equal: upper case, `&` as `AND`,
 * punctuation and repeated spaces removed, a street-type abbreviation that ends a comma-separated part expanded
 * (`RD` → `ROAD`, `ST` → `STREET`, `AVE` → `AVENUE`, …; only at the end, so `St Mary's` and `Dr Jones` keep
 * theirs) and a trailing UK postcode written with one space (`LS14AB` → `LS1 4AB`). It does not look an address
 * up: use a UPRN where you have one.
 *
 * @param text - an address as a customer or a system wrote it.
 * @returns the normalised address; `""` if nothing is left.
 * @example
 * ```ts
 * import { normaliseAddress } from "council-contact/contact";
 * normaliseAddress("14, Station Rd., Leeds  ls14ab") //=> "14 STATION ROAD LEEDS LS1 4AB"
 * normaliseAddress("Flat 2, 14 STATION ROAD, LEEDS, LS1 4AB") //=> "FLAT 2 14 STATION ROAD LEEDS LS1 4AB"
 * normaliseAddress("St John's Ct, Mill Ln") //=> "ST JOHNS COURT MILL LANE"
 * ```
 */
export function normaliseAddress(text: string): string {
  if (typeof text !== "string") throw rangeError("text", "a string", text);
  // A part's last word is a street type when any word comes before it, in its part or an earlier one: so that
  // "A, PK" and "A PK" read alike, and normalising twice changes nothing more.
  let wordsBefore = 0;
  const parts = text
    .toUpperCase()
    .replace(/&/g, " AND ")
    .replace(/['’`]/g, "")
    .split(/[,;\n]/)
    .map((part) => {
      const words = part.split(/[^A-Z0-9]+/).filter((word) => word.length > 0);
      const last = words.length - 1;
      if (last >= 0 && wordsBefore + last > 0 && Object.hasOwn(STREET_TYPES, words[last]!))
        words[last] = STREET_TYPES[words[last]!]!;
      wordsBefore += words.length;
      return words.join(" ");
    })
    .filter((part) => part.length > 0);
  return parts.join(" ").replace(POSTCODE, "$1 $2");
}
