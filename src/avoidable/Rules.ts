import { type AvoidableReason, CONTACT_OUTCOME_CODES } from "../taxonomy/index.js";
import {
  CHASE,
  CLARIFICATION,
  OTHER,
  REPORT,
  type ResolvedClassifierOptions,
  STANDALONE,
} from "./AvoidableClassifierOptions.js";
import { classifyText } from "./classifyText.js";
import { CONTACT_OUTCOME, INTERACTION, REASON, RULE } from "./codes.js";
import {
  CLOSED_DAY,
  CLOSER,
  CUSTOMER,
  KEY,
  LETTER,
  LETTER_DAY,
  NONE,
  OPEN_DAY,
  OPENER,
  OUTCOME as OUTCOME_FIELD,
  PLACE,
} from "./records.js";
import type { Store } from "./Store.js";

const INFORMATION = INTERACTION.get("information")!;
const TRANSFERRED = CONTACT_OUTCOME.get("transferred")!;
/** Service flags: its answers are published for self-service; the other tier provides it. */
const PUBLISHED = 1;
const OTHER_TIER = 2;
// Rule codes (positions in AVOIDABLE_RULE_IDS) and reason codes, read once.
const CHASE_INTERACTION = RULE["chase-interaction"];
const CHASE_OPEN_ENQUIRY = RULE["chase-open-enquiry"];
const CHASE_CUSTOMER_SERVICE = RULE["chase-customer-service"];
const REPEAT_CUSTOMER = RULE["repeat-customer"];
const REPEAT_LOCATION = RULE["repeat-location"];
const FAILURE_REOPEN = RULE["failure-reopen"];
const FAILURE_CUSTOMER = RULE["failure-customer"];
const FAILURE_LOCATION = RULE["failure-location"];
const CLARIFICATION_INTERACTION = RULE["clarification-interaction"];
const CLARIFICATION_AFTER_OUTBOUND = RULE["clarification-after-outbound"];
const MISDIRECTED_TRANSFERRED = RULE["misdirected-transferred"];
const MISDIRECTED_OTHER_TIER = RULE["misdirected-other-tier"];
const INFO_PUBLISHED = RULE["info-published"];
const NUGATORY_OUTCOME = RULE["nugatory-outcome"];
const TEXT_NOTE = RULE["text-note"];
const NO_RULE = RULE["no-rule"];
const CHASING = REASON["progress-chasing"];
const REPEAT = REASON.repeat;
const FAILURE = REASON["failure-to-deliver"];
const CLARIFYING = REASON.clarification;
const MISDIRECTED = REASON.misdirected;
const INFO = REASON["info-not-available"];
const NUGATORY = REASON.nugatory;

/**
 * The rules, over a store: given what the engine has found about a contact (its slots, the enquiry it names), the
 * first rule in order of precedence that fires decides, and the decision with its evidence is left in the public
 * fields. The engine (a subclass) looks the contact up and records what it tells.
 */
export class Rules {
  readonly store: Store;
  /** The decision about the last contact: rule and reason codes (reason 0: not avoidable). */
  rule = NO_RULE;
  reason = 0;
  /** Its evidence: positions of the first and second contacts (-1 for none), and their ids if the store keeps them. */
  first = NONE;
  second = NONE;
  firstId: string | undefined = undefined;
  secondId: string | undefined = undefined;
  /** The key of the enquiry it names (-1 for none, or for one a referred contact implied). */
  enquiryKey = NONE;
  /** Days from the evidence (opening, closure, letter) to the contact. */
  days = 0;
  /** For failure to deliver: how the enquiry closed (an enquiry outcome code). */
  outcome = 0;
  /** For `text-note`: the text model's probability. */
  probability = 0;
  protected readonly lapseDays: number;
  protected readonly failureDays: number;
  protected readonly clarificationDays: number;
  private readonly precedence: Uint8Array;
  private readonly nugatory: Uint8Array;
  private serviceFlags = new Uint8Array(64);

  /**
   * @param o - the resolved options.
   * @param store - the state the rules read.
   */
  constructor(
    protected readonly o: ResolvedClassifierOptions,
    store: Store,
  ) {
    this.store = store;
    this.lapseDays = o.lapseDays;
    this.failureDays = o.failureDays;
    this.clarificationDays = o.clarificationDays;
    this.precedence = Uint8Array.from(o.precedence, (reason) => REASON[reason]);
    this.nugatory = Uint8Array.from([0, ...CONTACT_OUTCOME_CODES], (outcome) =>
      o.nugatory.has(outcome as string) ? 1 : 0,
    );
  }

  /** Gives service key `key` its name, for the lists of published and other-tier services. */
  defineService(key: number, name: string): void {
    if (key >= this.serviceFlags.length) {
      const flags = new Uint8Array(Math.max(key + 1, 2 * this.serviceFlags.length));
      flags.set(this.serviceFlags);
      this.serviceFlags = flags;
    }
    this.serviceFlags[key] =
      (this.o.published.has(name) ? PUBLISHED : 0) | (this.o.otherTier.has(name) ? OTHER_TIER : 0);
  }

  /** Tries the rules in order of precedence; the first that fires decides, with the enquiry or letter it rests on; if none does, the text model may read the note. */
  protected decide(
    day: number,
    kind: number,
    interaction: number,
    outcome: number,
    service: number,
    named: number,
    own: number,
    customerSlot: number,
    placeSlot: number,
    note: string | undefined,
  ): void {
    const { store, lapseDays, failureDays, clarificationDays, precedence } = this;
    let rule = NO_RULE;
    let reason = 0;
    let rests = NONE; // the enquiry the decision rests on
    let closed = false; // … and whether it rests on its closure
    let letter = NONE; // or the slot whose letter it rests on
    rules: for (let j = 0; j < precedence.length; j++) {
      switch (precedence[j]) {
        case CHASING: {
          const namedOpen = named !== NONE && own === NONE && store.isOpen(named, day, lapseDays) ? named : NONE;
          if (kind === CHASE) {
            rests = namedOpen;
            if (rests === NONE && customerSlot !== NONE)
              rests = store.firstOpen(customerSlot, CUSTOMER, day, lapseDays, own);
            if (rests === NONE && placeSlot !== NONE) rests = store.firstOpen(placeSlot, PLACE, day, lapseDays, own);
            rule = CHASE_INTERACTION;
            reason = CHASING;
            break rules;
          }
          if (kind === STANDALONE) break;
          if (namedOpen !== NONE) {
            rule = CHASE_OPEN_ENQUIRY;
            reason = CHASING;
            rests = namedOpen;
            break rules;
          }
          rests =
            kind === OTHER && customerSlot !== NONE
              ? store.firstOpen(customerSlot, CUSTOMER, day, lapseDays, own)
              : NONE;
          if (rests !== NONE) {
            rule = CHASE_CUSTOMER_SERVICE;
            reason = CHASING;
            break rules;
          }
          break;
        }
        case REPEAT: {
          if (kind !== REPORT) break;
          rests = customerSlot === NONE ? NONE : store.firstOpen(customerSlot, CUSTOMER, day, lapseDays, own);
          if (rests !== NONE) {
            rule = REPEAT_CUSTOMER;
            reason = REPEAT;
            break rules;
          }
          rests = placeSlot === NONE ? NONE : store.firstOpen(placeSlot, PLACE, day, lapseDays, own);
          if (rests !== NONE) {
            rule = REPEAT_LOCATION;
            reason = REPEAT;
            break rules;
          }
          break;
        }
        case FAILURE: {
          if (kind === STANDALONE) break;
          closed = true;
          rule = FAILURE_REOPEN;
          reason = FAILURE;
          if (named !== NONE && store.doneWithin(named, day, failureDays)) {
            rests = named;
            break rules;
          }
          rests = customerSlot === NONE ? NONE : store.doneOf(customerSlot, CUSTOMER);
          if (rests !== NONE && store.doneWithin(rests, day, failureDays)) {
            rule = FAILURE_CUSTOMER;
            break rules;
          }
          rests = placeSlot === NONE ? NONE : store.doneOf(placeSlot, PLACE);
          if (rests !== NONE && store.doneWithin(rests, day, failureDays)) {
            rule = FAILURE_LOCATION;
            break rules;
          }
          rule = NO_RULE;
          reason = 0;
          rests = NONE;
          closed = false;
          break;
        }
        case CLARIFYING: {
          if (kind !== CLARIFICATION && kind !== OTHER) break;
          letter =
            customerSlot !== NONE && day - store.slotField(customerSlot, LETTER_DAY) <= clarificationDays
              ? customerSlot
              : placeSlot !== NONE && day - store.slotField(placeSlot, LETTER_DAY) <= clarificationDays
                ? placeSlot
                : NONE;
          if (letter === NONE && kind === OTHER) break;
          rule = kind === CLARIFICATION ? CLARIFICATION_INTERACTION : CLARIFICATION_AFTER_OUTBOUND;
          reason = CLARIFYING;
          break rules;
        }
        case MISDIRECTED:
          if (outcome === TRANSFERRED || (service !== NONE && (this.serviceFlags[service]! & OTHER_TIER) !== 0)) {
            rule = outcome === TRANSFERRED ? MISDIRECTED_TRANSFERRED : MISDIRECTED_OTHER_TIER;
            reason = MISDIRECTED;
            break rules;
          }
          break;
        case INFO:
          if (interaction === INFORMATION && service !== NONE && (this.serviceFlags[service]! & PUBLISHED) !== 0) {
            rule = INFO_PUBLISHED;
            reason = INFO;
            break rules;
          }
          break;
        case NUGATORY:
          if (this.nugatory[outcome] === 1) {
            rule = NUGATORY_OUTCOME;
            reason = NUGATORY;
            break rules;
          }
          break;
        default:
          throw new RangeError(`unknown avoidable reason code ${precedence[j]}`);
      }
    }
    this.decided(rule, reason);
    if (rule === NO_RULE && note !== undefined && note !== "" && this.o.textModel !== undefined) this.readNote(note);
    else if (letter !== NONE) {
      this.first = store.slotField(letter, LETTER);
      if (store.keepIds) this.firstId = store.letterId[letter];
      this.days = day - store.slotField(letter, LETTER_DAY);
    } else if (rests !== NONE) {
      this.first = store.get(rests, OPENER);
      if (store.keepIds) this.firstId = store.openerId[rests];
      this.enquiryKey = store.get(rests, KEY);
      this.days = day - store.get(rests, closed ? CLOSED_DAY : OPEN_DAY);
      if (closed) {
        this.second = store.get(rests, CLOSER);
        if (store.keepIds) this.secondId = store.closerId[rests];
        this.outcome = store.get(rests, OUTCOME_FIELD);
      }
    }
  }

  /** Sets the decision's rule and reason, with no evidence. */
  protected decided(rule: number, reason: number): void {
    this.rule = rule;
    this.reason = reason;
    this.first = this.second = this.enquiryKey = NONE;
    this.firstId = this.secondId = undefined;
    this.days = this.outcome = this.probability = 0;
  }

  /** The text fallback: a label the model is confident enough of, and which is switched on, decides. */
  protected readNote(note: string): void {
    const prediction = classifyText(this.o.textModel!, note);
    if (prediction.probability < this.o.textMinProbability) return;
    const value = prediction.label === "value";
    if (!value && !this.o.precedence.includes(prediction.label as AvoidableReason)) return;
    this.decided(TEXT_NOTE, value ? 0 : REASON[prediction.label as AvoidableReason]);
    this.probability = prediction.probability;
  }
}
