/**
 * Every outcome a closed enquiry state can carry: how the enquiry ended, in the words councils
 * report them. Service-request outcomes follow FixMyStreet's closed states (`fixed`, `duplicate`,
 * `not responsible`, `unable to fix` shown as "No further action", `internal referral`,
 * `cancelled`, `closed`: mysociety/fixmystreet `db/fixture.sql`); information-request outcomes
 * follow the ICO's (granted in full or in part, refused, not held); complaint outcomes follow the
 * complaint handling codes' findings (upheld, partly upheld, not upheld).
 *
 * @example
 * ```ts
 * import { OUTCOMES } from "council-contact/enquiry";
 * OUTCOMES.includes("fixed") //=> true
 * ```
 */
export const OUTCOMES = [
  "fixed",
  "answered",
  "duplicate",
  "not-council-responsibility",
  "no-further-action",
  "referred-elsewhere",
  "withdrawn",
  "closed",
  "granted",
  "part-granted",
  "refused",
  "not-held",
  "upheld",
  "partly-upheld",
  "not-upheld",
] as const;

/**
 * How a closed enquiry ended: one of {@link OUTCOMES}. `closed` is FixMyStreet's generic closure,
 * for a back office that closes without saying why.
 *
 * @example
 * ```ts
 * import type { Outcome } from "council-contact/enquiry";
 * const outcome: Outcome = "not-council-responsibility";
 * outcome //=> "not-council-responsibility"
 * ```
 */
export type Outcome = (typeof OUTCOMES)[number];
