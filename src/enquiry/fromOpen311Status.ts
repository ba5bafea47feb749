import { rangeError } from "../core/index.js";
import { OPEN311_STATUS_MAP, OPEN311_STATUSES, type Open311Meaning, type Open311Status } from "./open311StatusMap.js";
import { checkOptions, type Open311StatusOptions } from "./toOpen311Status.js";

/**
 * What an Open311 status from a council back end means for a {@link serviceRequest}: the state
 * and the event that enters it (`null` for `received`). Accepts FixMyStreet's spellings: any case,
 * spaces or hyphens for underscores (`"not councils responsibility"`), GeoReport's lower-case
 * `open` / `closed`. With `extended: false`, `CLOSED` means fixed, as FixMyStreet reads it.
 *
 * @param status - the status received.
 * @param options - `extended: false` when the back end sends only `OPEN` / `CLOSED`.
 * @returns the state and event.
 * @throws RangeError if `status` is not an Open311 status, or `options` is not an object.
 *
 * @example
 * ```ts
 * import { fromOpen311Status } from "council-contact/enquiry";
 * fromOpen311Status("action scheduled") //=> { state: "action-scheduled", event: "schedule" }
 * fromOpen311Status("closed", { extended: false }) //=> { state: "fixed", event: "fix" }
 * fromOpen311Status("PENDING") //=> throws RangeError
 * ```
 */
export function fromOpen311Status(status: string, options: Open311StatusOptions = {}): Open311Meaning {
  checkOptions(options);
  const key =
    typeof status === "string"
      ? status
          .trim()
          .toUpperCase()
          .replace(/[\s-]+/g, "_")
      : "";
  if (!(OPEN311_STATUSES as readonly string[]).includes(key)) {
    throw rangeError("status", `an Open311 status (${OPEN311_STATUSES.join(", ")})`, status);
  }
  if (key === "CLOSED" && options.extended === false) return OPEN311_STATUS_MAP.FIXED;
  return OPEN311_STATUS_MAP[key as Open311Status];
}
