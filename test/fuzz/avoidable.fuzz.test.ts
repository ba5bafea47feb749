import fc from "fast-check";
import { describe, it } from "vitest";
import {
  classifyColumns,
  classifyContacts,
  classifyText,
  compactResult,
  createClassifier,
  enquiryUpdateColumns,
  LABELLED_NOTES,
  ni14,
  otherTierServices,
  tokenizeNote,
  trainTextModel,
  wilsonInterval,
} from "../../src/avoidable/index.js";
import { contactColumns } from "../../src/contact/index.js";
import { ValidationError } from "../../src/core/index.js";
import { parseContacts } from "../../src/schema/index.js";
import { corrupted, expectTypedOutcome, FUZZ_RUNS, hostile } from "./hostile.js";

// The classifier is heavy to set up: a third of the usual runs (at least 50) for the functions that classify.
const HEAVY_RUNS = Math.max(100, Math.floor(FUZZ_RUNS / 3));
const TYPED = [RangeError, ValidationError];

const GOOD_CONTACT = {
  id: "c-1",
  at: Date.UTC(2024, 4, 1, 9),
  channel: "telephone",
  customerId: "cust-1",
  serviceId: "missed-bin",
  enquiryId: "E-1",
  interaction: "report",
  outcome: "referred",
  uprn: "10070",
  note: "bin not collected",
};
const GOOD_UPDATE = { enquiryId: "E-1", at: Date.UTC(2024, 4, 2, 9), type: "closed", outcome: "fixed" };
const contacts = parseContacts([GOOD_CONTACT]);
const columns = contactColumns(contacts);
const model = trainTextModel(LABELLED_NOTES);

describe("avoidable under hostile input", () => {
  it("classifyContacts returns or throws a RangeError or ValidationError, for any contacts or options", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => classifyContacts(x as never), [x], TYPED);
        expectTypedOutcome(() => classifyContacts([x] as never), [x], TYPED);
        expectTypedOutcome(() => classifyContacts(contacts, x as never), [x], TYPED);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });

  it("classifyContacts takes a corrupted contact or options with a typed outcome", () => {
    fc.assert(
      fc.property(corrupted(GOOD_CONTACT), corrupted({ failureWindowDays: 14, form: "compact" }), (c, options) => {
        expectTypedOutcome(() => classifyContacts([c] as never), [c], TYPED);
        expectTypedOutcome(() => classifyContacts(contacts, options as never), [options], TYPED);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });

  it("a stream's add and addUpdate refuse hostile records with a typed error", () => {
    fc.assert(
      fc.property(corrupted(GOOD_CONTACT), corrupted(GOOD_UPDATE), (c, update) => {
        const classifier = createClassifier({ textModel: model });
        expectTypedOutcome(() => classifier.addUpdate(update as never), [update], TYPED);
        expectTypedOutcome(() => classifier.add(c as never), [c], TYPED);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });

  it("createClassifier, classifyColumns and enquiryUpdateColumns refuse hostile arguments with a typed error", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => createClassifier(x as never), [x], TYPED);
        expectTypedOutcome(() => classifyColumns(x as never), [x], TYPED);
        expectTypedOutcome(() => classifyColumns(columns, x as never), [x], TYPED);
        expectTypedOutcome(() => enquiryUpdateColumns(x as never, columns), [x], TYPED);
        expectTypedOutcome(() => enquiryUpdateColumns([x] as never, columns), [x], TYPED);
      }),
      { numRuns: HEAVY_RUNS },
    );
  });

  it("ni14, compactResult, otherTierServices and wilsonInterval take anything with a typed outcome", () => {
    const compact = classifyContacts(contacts, { form: "compact" });
    fc.assert(
      fc.property(hostile, hostile, (x, y) => {
        expectTypedOutcome(() => ni14(x as never), [x], TYPED);
        expectTypedOutcome(() => ni14([x] as never), [x], TYPED);
        expectTypedOutcome(() => ni14([], x as never), [x], TYPED);
        expectTypedOutcome(() => ni14([], { by: x } as never), [x], TYPED);
        expectTypedOutcome(() => compactResult(compact, x as never), [x], TYPED);
        expectTypedOutcome(() => otherTierServices(x as never, y as never), [x, y], TYPED);
        expectTypedOutcome(() => wilsonInterval(x as never, y as never), [x, y], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it("the text model's functions take anything with a typed outcome", () => {
    fc.assert(
      fc.property(hostile, (x) => {
        expectTypedOutcome(() => tokenizeNote(x as never), [x], TYPED);
        expectTypedOutcome(() => classifyText(model, x as never), [x], TYPED);
        expectTypedOutcome(() => classifyText(x as never, "bin"), [x], TYPED);
        expectTypedOutcome(() => trainTextModel(x as never), [x], TYPED);
        expectTypedOutcome(() => trainTextModel([x] as never), [x], TYPED);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
