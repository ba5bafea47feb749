import { describe, expectTypeOf, it } from "vitest";
import {
  type AvoidableClassifierOptions,
  type AvoidableDemand,
  type AvoidableResult,
  type AvoidableRule,
  type CompactClassification,
  classifyContacts,
  classifyContactsCompact,
  createClassifier,
  type EnquiryUpdate,
  type Ni14Result,
  ni14,
  type TextLabel,
} from "../../src/avoidable/index.js";
import type { Contact, ContactId } from "../../src/schema/index.js";
import type { AvoidableReason } from "../../src/taxonomy/index.js";

describe("avoidable types", () => {
  it("types a result's fields by their codes", () => {
    expectTypeOf<AvoidableResult["reason"]>().toEqualTypeOf<AvoidableReason | undefined>();
    expectTypeOf<AvoidableResult["demand"]>().toEqualTypeOf<AvoidableDemand>();
    expectTypeOf<AvoidableResult["rule"]>().toEqualTypeOf<AvoidableRule>();
    expectTypeOf<AvoidableResult["evidence"]>().toEqualTypeOf<readonly ContactId[]>();
    expectTypeOf<TextLabel>().toEqualTypeOf<"value" | AvoidableReason>();
  });

  it("takes parsed contacts and returns results, from the batch and the stream", () => {
    expectTypeOf(classifyContacts).parameter(0).toEqualTypeOf<readonly Contact[]>();
    expectTypeOf(classifyContacts([])).toEqualTypeOf<AvoidableResult[]>();
    expectTypeOf(classifyContacts([], { form: "compact" })).toEqualTypeOf<CompactClassification>();
    expectTypeOf(createClassifier().add).returns.toEqualTypeOf<AvoidableResult>();
    expectTypeOf(ni14(classifyContactsCompact([]))).toEqualTypeOf<Ni14Result>();
    // @ts-expect-error -- a plain object is not a parsed contact (its id is not a ContactId)
    classifyContacts([{ id: "c-1", at: 0, channel: "telephone" }]);
  });

  it("checks codes in options and updates at compile time", () => {
    const options: AvoidableClassifierOptions = {
      precedence: ["repeat", "progress-chasing"],
      doneOutcomes: ["fixed", "answered"],
      nugatoryOutcomes: ["abandoned"],
    };
    expectTypeOf(options).toExtend<AvoidableClassifierOptions>();
    // @ts-expect-error -- "chasing" is not a reason
    const badReason: AvoidableClassifierOptions = { precedence: ["chasing"] };
    // @ts-expect-error -- "done" is not an enquiry outcome
    const badUpdate: EnquiryUpdate = { enquiryId: "E-1", at: 0, type: "closed", outcome: "done" };
    // @ts-expect-error -- updates open or close, nothing else
    const badType: EnquiryUpdate = { enquiryId: "E-1", at: 0, type: "assigned" };
    void [badReason, badUpdate, badType];
  });
});
