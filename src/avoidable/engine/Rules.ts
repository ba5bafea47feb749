import { type AvoidableReason, CONTACT_OUTCOME_CODES } from "../../taxonomy/index.js";
import type { ResolvedClassifierOptions } from "../AvoidableClassifierOptions.js";
import { classifyText } from "../text/index.js";
import { ENQUIRY_RECORD, NONE } from "./EnquiryRecord.js";
import { REASON_CODE, RULE_CODE } from "./ruleCode.js";
import { type Facts, type Finding, OTHER_TIER, PUBLISHED, RULE_FAMILIES, type RuleFamily } from "./ruleFamilies.js";
import { SLOT_RECORD } from "./SlotRecord.js";
import type { Store } from "./Store.js";

/** The decision about the last contact, with its evidence: what the engine leaves for its caller to read. */
export interface Decision {
  /** Rule and reason codes (reason 0: not avoidable). */
  readonly rule: number;
  readonly reason: number;
  /** Positions of the first and second contacts it rests on (-1 for none), and their ids if the store keeps ids. */
  readonly first: number;
  readonly second: number;
  readonly firstId: string | undefined;
  readonly secondId: string | undefined;
  /** The key of the enquiry it rests on (-1 for none, or for one a referred contact implied). */
  readonly enquiryKey: number;
  /** Days from the evidence (opening, closure, letter) to the contact. */
  readonly days: number;
  /** For failure to deliver: how the enquiry closed (an enquiry outcome code). */
  readonly outcome: number;
  /** For `text-note`: the text model's probability. */
  readonly probability: number;
}

/**
 * The rules over a store: the rule families in the options' order of precedence, the first that fires deciding;
 * the decision, with its evidence, is left in the public fields. The engine (a subclass) finds the facts about
 * each contact and records what it tells.
 */
export class Rules implements Decision {
  rule = RULE_CODE["no-rule"];
  reason = 0;
  first = NONE;
  second = NONE;
  firstId: string | undefined = undefined;
  secondId: string | undefined = undefined;
  enquiryKey = NONE;
  days = 0;
  outcome = 0;
  probability = 0;
  readonly lapseDays: number;
  readonly failureDays: number;
  readonly clarificationDays: number;
  readonly nugatory: Uint8Array;
  serviceFlags = new Uint8Array(64);
  private readonly families: readonly RuleFamily[];
  private readonly found: Finding = { rule: 0, reason: 0, enquiry: NONE, onClosure: false, letter: NONE };

  /**
   * @param o - the resolved options.
   * @param store - the state the rules read.
   */
  constructor(
    protected readonly o: ResolvedClassifierOptions,
    readonly store: Store,
  ) {
    this.lapseDays = o.lapseDays;
    this.failureDays = o.failureDays;
    this.clarificationDays = o.clarificationDays;
    this.families = o.precedence.map((reason) => RULE_FAMILIES[reason]);
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

  /** Tries the rule families in order of precedence; the first that fires decides. If none does, the text model may read the note. */
  protected decide(c: Facts, note: string | undefined): void {
    const found = this.found;
    let decided = false;
    for (const family of this.families) if ((decided = family(c, this, found))) break;
    if (!decided) {
      this.decided(RULE_CODE["no-rule"], 0);
      if (note !== undefined && note !== "" && this.o.textModel !== undefined) this.readNote(note);
      return;
    }
    this.decided(found.rule, found.reason);
    if (found.letter !== NONE) this.restOnLetter(c.day, found.letter);
    else if (found.enquiry !== NONE) this.restOnEnquiry(c.day, found.enquiry, found.onClosure);
  }

  /** Evidence: the latest letter of a slot. */
  private restOnLetter(day: number, slot: number): void {
    const store = this.store;
    this.first = store.slotField(slot, SLOT_RECORD.letter);
    if (store.keepIds) this.firstId = store.letterId[slot];
    this.days = day - store.slotField(slot, SLOT_RECORD.letterDay);
  }

  /** Evidence: an enquiry, from its opening, or from its closure with how it closed and the contact that closed it. */
  private restOnEnquiry(day: number, e: number, onClosure: boolean): void {
    const store = this.store;
    this.first = store.get(e, ENQUIRY_RECORD.opener);
    if (store.keepIds) this.firstId = store.openerId[e];
    this.enquiryKey = store.get(e, ENQUIRY_RECORD.key);
    this.days = day - store.get(e, onClosure ? ENQUIRY_RECORD.closedDay : ENQUIRY_RECORD.openDay);
    if (!onClosure) return;
    this.second = store.get(e, ENQUIRY_RECORD.closer);
    if (store.keepIds) this.secondId = store.closerId[e];
    this.outcome = store.get(e, ENQUIRY_RECORD.closedOutcome);
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
  private readNote(note: string): void {
    const prediction = classifyText(this.o.textModel!, note);
    if (prediction.probability < this.o.textMinProbability) return;
    const value = prediction.label === "value";
    if (!value && !this.o.precedence.includes(prediction.label as AvoidableReason)) return;
    this.decided(RULE_CODE["text-note"], value ? 0 : REASON_CODE[prediction.label as AvoidableReason]);
    this.probability = prediction.probability;
  }
}
