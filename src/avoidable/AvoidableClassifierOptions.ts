import type { LocationOf } from "../contact/index.js";
import { messages, rangeError, show } from "../core/index.js";
import {
  AVOIDABLE_REASON_CODES,
  type AvoidableReason,
  CONTACT_OUTCOME_CODES,
  type ContactOutcome,
  DEFAULT_REOPEN_DAYS,
  ENQUIRY_OUTCOMES,
  type EnquiryOutcome,
  INTERACTION_CODES,
  type Interaction,
} from "../taxonomy/index.js";
import type { TextModel } from "./text/index.js";

/**
 * The default precedence of the rules: when several reasons fit a contact, the first in this list wins. It puts the
 * reasons read from the history (why the customer came back) before those read from the contact alone: a chase is
 * a chase even if it was then transferred. Progress chasing beats repeat because a customer who names an open
 * enquiry, or says they are chasing, is following up what they already have; repeat is for a new report of an
 * issue already open.
 *
 * @example
 * ```ts
 * import { AVOIDABLE_PRECEDENCE } from "council-contact/avoidable";
 * AVOIDABLE_PRECEDENCE.slice(0, 3) //=> ["progress-chasing", "repeat", "failure-to-deliver"]
 * ```
 */
export const AVOIDABLE_PRECEDENCE: readonly AvoidableReason[] = AVOIDABLE_REASON_CODES;

/**
 * FixMyStreet's "closed as done" states: the `fixed` state type (`fixed`, `fixed - council`, `fixed - user`;
 * mysociety/fixmystreet `db/schema_0054-add-state-table.sql`), which the enquiry module's outcomes
 * call `fixed`. Every other closure (duplicate, not the council's responsibility, no further action, …) is closed
 * but not done.
 *
 * @example
 * ```ts
 * import { FIXMYSTREET_DONE_OUTCOMES } from "council-contact/avoidable";
 * FIXMYSTREET_DONE_OUTCOMES //=> ["fixed"]
 * ```
 */
export const FIXMYSTREET_DONE_OUTCOMES: readonly EnquiryOutcome[] = ["fixed"];

/**
 * The default clarification window: a contact within 14 London days of a letter, bill or notice about the same
 * service may be asking what it means. An assumption (the project's, not a published figure): long enough for a
 * letter to arrive and be read, short enough not to catch next month's routine contact.
 *
 * @example
 * ```ts
 * import { DEFAULT_CLARIFICATION_DAYS } from "council-contact/avoidable";
 * DEFAULT_CLARIFICATION_DAYS //=> 14
 * ```
 */
export const DEFAULT_CLARIFICATION_DAYS = 14;

/**
 * The default lapse of an open enquiry: after 90 London days with no contact or update naming it, an enquiry no
 * longer counts as open. An assumption (the project's): case systems that never record closures would otherwise
 * keep every enquiry open for ever, and the classifier's memory would grow with the history.
 *
 * @example
 * ```ts
 * import { DEFAULT_ENQUIRY_LAPSE_DAYS } from "council-contact/avoidable";
 * DEFAULT_ENQUIRY_LAPSE_DAYS //=> 90
 * ```
 */
export const DEFAULT_ENQUIRY_LAPSE_DAYS = 90;

/**
 * The interactions that report an issue: such a contact while an enquiry about the same service is open (for the
 * same customer or the same place) is a repeat.
 *
 * @example
 * ```ts
 * import { DEFAULT_REPORT_INTERACTIONS } from "council-contact/avoidable";
 * DEFAULT_REPORT_INTERACTIONS //=> ["report", "request"]
 * ```
 */
export const DEFAULT_REPORT_INTERACTIONS: readonly Interaction[] = ["report", "request"];

/**
 * The interactions that stand on their own: a payment, application, booking, change of circumstances or compliment
 * is what the service exists to take, so it is never read as a chase, repeat, failure or clarification of an
 * earlier contact (paying a bill the week it arrives is not asking what it means).
 *
 * @example
 * ```ts
 * import { DEFAULT_STANDALONE_INTERACTIONS } from "council-contact/avoidable";
 * DEFAULT_STANDALONE_INTERACTIONS.includes("payment") //=> true
 * ```
 */
export const DEFAULT_STANDALONE_INTERACTIONS: readonly Interaction[] = [
  "payment",
  "application",
  "booking",
  "change-of-circumstances",
  "compliment",
];

/**
 * Options for the classifier (`classifyContacts` and `createClassifier`); every one has a default.
 *
 * @example
 * ```ts
 * import type { AvoidableClassifierOptions } from "council-contact/avoidable";
 * const options: AvoidableClassifierOptions = { publishedServices: ["refuse-collection"], otherTierServices: ["potholes"], failureWindowDays: 14 };
 * options.failureWindowDays //=> 14
 * ```
 */
export interface AvoidableClassifierOptions {
  /** The reasons whose rules run, in the order they are tried; the first that fires wins, and a reason left out is switched off. Default {@link AVOIDABLE_PRECEDENCE}. */
  readonly precedence?: readonly AvoidableReason[];
  /** Failure to deliver: London days after an enquiry was closed as done during which a contact about it counts. Default `DEFAULT_REOPEN_DAYS` (28, FixMyStreet's 4-week questionnaire and reopen window). */
  readonly failureWindowDays?: number;
  /** Clarification: London days after an outbound letter, bill or notice during which a contact about its service counts. Default {@link DEFAULT_CLARIFICATION_DAYS}. */
  readonly clarificationWindowDays?: number;
  /** London days without any contact or update after which an open enquiry no longer counts as open. Default {@link DEFAULT_ENQUIRY_LAPSE_DAYS}. */
  readonly enquiryLapseDays?: number;
  /** The enquiry outcomes that mean "closed as done". Default {@link FIXMYSTREET_DONE_OUTCOMES}. */
  readonly doneOutcomes?: readonly EnquiryOutcome[];
  /** Interactions that report an issue (repeat). Default {@link DEFAULT_REPORT_INTERACTIONS}. */
  readonly reportInteractions?: readonly Interaction[];
  /** Interactions that are value in their own right. Default {@link DEFAULT_STANDALONE_INTERACTIONS}. */
  readonly standaloneInteractions?: readonly Interaction[];
  /** Services whose answers the council publishes for self-service (info not available). Default none: only the council knows what its website answers. */
  readonly publishedServices?: readonly string[];
  /** Services the other tier of local government provides (misdirected); see `otherTierServices`. Default none (a unitary council). */
  readonly otherTierServices?: readonly string[];
  /** Contact outcomes the council counts as nugatory, of no value to anyone (for example `abandoned`). Default none. */
  readonly nugatoryOutcomes?: readonly ContactOutcome[];
  /** The place of a contact, for repeats and failures at a place. Default: its UPRN. */
  readonly locationOf?: LocationOf;
  /** A text model (`trainTextModel`) to read the notes of contacts no rule caught. Default none. */
  readonly textModel?: TextModel;
  /** The probability the text model must give its label before the classifier uses it, in [0, 1]. Default 0.6. */
  readonly textMinProbability?: number;
}

/** Interaction kinds, as the rules read them: any other interaction (or none), a report, a stand-alone transaction, a clarification, a chase. */
export const OTHER = 0;
export const REPORT = 1;
export const STANDALONE = 2;
export const CLARIFICATION = 3;
export const CHASE = 4;
type Kind = typeof OTHER | typeof REPORT | typeof STANDALONE | typeof CLARIFICATION | typeof CHASE;

/** The options checked, with their defaults filled in and lists turned into fast lookups. */
export interface ResolvedClassifierOptions {
  readonly precedence: readonly AvoidableReason[];
  readonly failureDays: number;
  readonly clarificationDays: number;
  readonly lapseDays: number;
  readonly done: ReadonlySet<EnquiryOutcome>;
  readonly kind: Readonly<Record<string, Kind>>;
  readonly published: ReadonlySet<string>;
  readonly otherTier: ReadonlySet<string>;
  readonly nugatory: ReadonlySet<string>;
  readonly locationOf: LocationOf | undefined;
  readonly textModel: TextModel | undefined;
  readonly textMinProbability: number;
}

function days(option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  throw rangeError(option, "a whole number of days ≥ 0", value);
}

function codes<T extends string>(
  option: string,
  value: readonly T[] | undefined,
  fallback: readonly T[],
  known: readonly string[],
): Set<T> {
  const list = value ?? fallback;
  if (!Array.isArray(list)) throw rangeError(option, "an array", list);
  for (const code of list)
    if (!known.includes(code))
      throw new RangeError(`${option} must list codes from ${known.join(", ")}, got ${show(code)}`);
  return new Set(list);
}

function ids(option: string, value: readonly string[] | undefined): Set<string> {
  if (value === undefined) return new Set();
  if (!Array.isArray(value) || !value.every((id) => typeof id === "string"))
    throw rangeError(option, "an array of service ids", value);
  return new Set(value);
}

/** Checks every option, throwing a `RangeError` that names the option and the value, and fills in the defaults. */
export function resolveClassifierOptions(options: AvoidableClassifierOptions = {}): ResolvedClassifierOptions {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const precedence = options.precedence ?? AVOIDABLE_PRECEDENCE;
  const reasons = codes("precedence", precedence, AVOIDABLE_PRECEDENCE, AVOIDABLE_REASON_CODES);
  if (reasons.size !== precedence.length) {
    const twice = precedence.find((reason, i) => precedence.indexOf(reason) !== i);
    throw new RangeError(`precedence must not list a reason twice, got ${show(twice)} twice`);
  }
  const report = codes(
    "reportInteractions",
    options.reportInteractions,
    DEFAULT_REPORT_INTERACTIONS,
    INTERACTION_CODES,
  );
  const standalone = codes(
    "standaloneInteractions",
    options.standaloneInteractions,
    DEFAULT_STANDALONE_INTERACTIONS,
    INTERACTION_CODES,
  );
  for (const code of report)
    if (standalone.has(code))
      throw new RangeError(
        `reportInteractions and standaloneInteractions must not share a code, got ${show(code)} in both`,
      );
  const kind: Record<string, Kind> = {};
  for (const code of INTERACTION_CODES) {
    kind[code] =
      code === "chase"
        ? CHASE
        : code === "clarification"
          ? CLARIFICATION
          : report.has(code)
            ? REPORT
            : standalone.has(code)
              ? STANDALONE
              : OTHER;
  }
  const textMinProbability = options.textMinProbability ?? 0.6;
  if (typeof textMinProbability !== "number" || !(textMinProbability >= 0 && textMinProbability <= 1)) {
    throw rangeError("textMinProbability", "a number in [0, 1]", textMinProbability);
  }
  if (options.locationOf !== undefined && typeof options.locationOf !== "function")
    throw rangeError("locationOf", "a function", options.locationOf);
  return {
    precedence: [...precedence],
    failureDays: days("failureWindowDays", options.failureWindowDays, DEFAULT_REOPEN_DAYS),
    clarificationDays: days("clarificationWindowDays", options.clarificationWindowDays, DEFAULT_CLARIFICATION_DAYS),
    lapseDays: days("enquiryLapseDays", options.enquiryLapseDays, DEFAULT_ENQUIRY_LAPSE_DAYS),
    done: codes("doneOutcomes", options.doneOutcomes, FIXMYSTREET_DONE_OUTCOMES, ENQUIRY_OUTCOMES),
    kind,
    published: ids("publishedServices", options.publishedServices),
    otherTier: ids("otherTierServices", options.otherTierServices),
    nugatory: codes("nugatoryOutcomes", options.nugatoryOutcomes, [], CONTACT_OUTCOME_CODES),
    locationOf: options.locationOf,
    textModel: options.textModel,
    textMinProbability,
  };
}
