import { AVOIDABLE_REASON_CODES, type AvoidableReason } from "../../taxonomy/index.js";
import { AVOIDABLE_RULE_IDS, type AvoidableRule } from "../avoidableRules.js";

/** Each rule's code, as the engine and the compact forms store it: its position in `AVOIDABLE_RULE_IDS`. */
export const RULE_CODE = Object.fromEntries(AVOIDABLE_RULE_IDS.map((rule, i) => [rule, i])) as Readonly<
  Record<AvoidableRule, number>
>;

/** Each reason's code: its position in `AVOIDABLE_REASON_CODES` plus one (0: not avoidable). */
export const REASON_CODE = Object.fromEntries(AVOIDABLE_REASON_CODES.map((reason, i) => [reason, i + 1])) as Readonly<
  Record<AvoidableReason, number>
>;
