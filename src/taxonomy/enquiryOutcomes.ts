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
 * import { ENQUIRY_OUTCOMES } from "council-contact/taxonomy";
 * ENQUIRY_OUTCOMES.includes("fixed") //=> true
 * ```
 */
export const ENQUIRY_OUTCOMES = [
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
 * How a closed enquiry ended: one of {@link ENQUIRY_OUTCOMES}. `closed` is FixMyStreet's generic closure,
 * for a back office that closes without saying why.
 *
 * @example
 * ```ts
 * import type { EnquiryOutcome } from "council-contact/taxonomy";
 * const outcome: EnquiryOutcome = "not-council-responsibility";
 * outcome //=> "not-council-responsibility"
 * ```
 */
export type EnquiryOutcome = (typeof ENQUIRY_OUTCOMES)[number];

/**
 * Days after a report is logged that the customer is asked "has it been fixed?": FixMyStreet
 * sends its questionnaire 4 weeks after a report is sent (mysociety/fixmystreet
 * `perllib/FixMyStreet/Script/Questionnaires.pm`).
 *
 * @example
 * ```ts
 * import { FIXMYSTREET_QUESTIONNAIRE_DAYS } from "council-contact/taxonomy";
 * FIXMYSTREET_QUESTIONNAIRE_DAYS //=> 28
 * ```
 */
export const FIXMYSTREET_QUESTIONNAIRE_DAYS = 28;

/**
 * The default reopen window of `serviceRequest` (council-contact/enquiry): a closed report can be reopened within 28
 * days of closure, one questionnaire cycle. A council policy, not a statute: choose your own with
 * `serviceRequestLifecycle`.
 *
 * @example
 * ```ts
 * import { DEFAULT_REOPEN_DAYS } from "council-contact/taxonomy";
 * DEFAULT_REOPEN_DAYS //=> 28
 * ```
 */
export const DEFAULT_REOPEN_DAYS = 28;
