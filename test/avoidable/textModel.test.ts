import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  classifyContacts,
  classifyText,
  evaluateTextModel,
  LABELLED_NOTES,
  type LabelledNote,
  TEXT_LABELS,
  tokenizeNote,
  trainTextModel,
} from "../../src/avoidable/index.js";
import { byId, history, summary } from "./history.js";

// A model small enough to work by hand. Tokens: "bin bin late" → bin, bin, late, "bin bin", "bin late" (5);
// "pay bill" → pay, bill, "pay bill" (3). Vocabulary: 7 tokens. Add-one smoothing.
const TINY: LabelledNote[] = [
  { text: "bin bin late", label: "progress-chasing" },
  { text: "pay bill", label: "value" },
];
const tiny = trainTextModel(TINY);

describe("tokenizeNote", () => {
  it("lower-cases words, drops apostrophes and accents, writes digits as #, then adds word pairs", () => {
    expect(tokenizeNote("Don't CHASE café 24/7")).toEqual([
      "dont",
      "chase",
      "cafe",
      "#",
      "#",
      "dont chase",
      "chase cafe",
      "cafe #",
      "# #",
    ]);
    expect(tokenizeNote("  ,,  ")).toEqual([]);
  });
});

describe("trainTextModel", () => {
  it("counts notes and tokens per label, in the fixed label order", () => {
    expect(tiny).toEqual({
      kind: "multinomial-naive-bayes",
      alpha: 1,
      labels: ["value", "progress-chasing"],
      documents: [1, 1],
      tokens: [3, 5],
      counts: {
        bill: [1, 0],
        bin: [0, 2],
        "bin bin": [0, 1],
        "bin late": [0, 1],
        late: [0, 1],
        pay: [1, 0],
        "pay bill": [1, 0],
      },
    });
  });

  test.prop([fc.shuffledSubarray([...LABELLED_NOTES], { minLength: 1, maxLength: 40 })])(
    "the same notes in any order give the same model",
    (notes) => {
      expect(trainTextModel([...notes].reverse())).toEqual(trainTextModel(notes));
    },
  );

  it.each([
    [[], {}, "notes must be a non-empty array of labelled notes, got []"],
    [
      [{ text: "x", label: "spam" }],
      {},
      'notes[0].label must be one of value, progress-chasing, repeat, failure-to-deliver, clarification, misdirected, info-not-available, nugatory, got "spam"',
    ],
    [[{ text: 5, label: "value" }], {}, "notes[0].text must be a string, got 5"],
    [TINY, { alpha: 0 }, "alpha must be a finite number > 0, got 0"],
  ])("refuses bad notes or smoothing with a RangeError naming them (%#)", (notes, options, message) => {
    expect(() => trainTextModel(notes as LabelledNote[], options)).toThrow(new RangeError(message));
  });
});

describe("classifyText", () => {
  it("gives the naive Bayes posterior worked by hand", () => {
    // P(bin | chasing) = (2 + 1) / (5 + 7) = 0.25; P(bin | value) = (0 + 1) / (3 + 7) = 0.1; equal priors.
    const prediction = classifyText(tiny, "Bin!");
    expect(prediction.label).toBe("progress-chasing");
    expect(prediction.probability).toBeCloseTo(0.25 / 0.35, 12);
    expect(prediction.probabilities.value).toBeCloseTo(0.1 / 0.35, 12);
  });

  it("ignores tokens it never saw (even the names of object properties) and falls back on the prior", () => {
    expect(classifyText(tiny, "constructor __proto__ toString").probabilities).toEqual({
      value: 0.5,
      "progress-chasing": 0.5,
    });
    expect(classifyText(tiny, "").label).toBe("value");
  });

  it("gives the same predictions from the model's JSON", () => {
    const model = trainTextModel(LABELLED_NOTES);
    const stored = JSON.parse(JSON.stringify(model));
    for (const note of LABELLED_NOTES.slice(0, 50))
      expect(classifyText(stored, note.text)).toEqual(classifyText(model, note.text));
  });

  test.prop([fc.string()])("the probabilities of a prediction sum to 1", (text) => {
    const sum = Object.values(classifyText(trainTextModel(LABELLED_NOTES), text).probabilities).reduce(
      (total, p) => total + p,
      0,
    );
    expect(sum).toBeCloseTo(1, 12);
  });

  it("refuses something that is not a trained model", () => {
    expect(() => classifyText({ kind: "svm" } as never, "x")).toThrow(
      new RangeError('model must be a trained multinomial naive Bayes model, got "svm"'),
    );
  });
});

describe("evaluateTextModel", () => {
  it("deals each label's notes to the folds and scores held-out predictions, worked by hand", () => {
    // Each fold trains on one note of each label. "pay …" and "any …" share a word with their label's other note;
    // "zzz" and "yyy" share nothing, get the equal priors and so the first label, value.
    const notes: LabelledNote[] = [
      { text: "pay bill", label: "value" },
      { text: "pay rent", label: "value" },
      { text: "any update", label: "progress-chasing" },
      { text: "any news", label: "progress-chasing" },
      { text: "zzz", label: "nugatory" },
      { text: "yyy", label: "nugatory" },
    ];
    const evaluation = evaluateTextModel(notes, { folds: 2, seed: 3 });
    expect(evaluation).toEqual({
      folds: 2,
      seed: 3,
      accuracy: 4 / 6,
      labels: ["value", "progress-chasing", "nugatory"],
      confusion: [
        [2, 0, 0],
        [0, 2, 0],
        [2, 0, 0],
      ],
      perLabel: {
        value: { precision: 0.5, recall: 1, support: 2 },
        "progress-chasing": { precision: 1, recall: 1, support: 2 },
        nugatory: { precision: null, recall: 0, support: 2 },
      },
    });
  });

  it("is deterministic for a seed, and predicts every note once", () => {
    const a = evaluateTextModel(LABELLED_NOTES, { folds: 5, seed: 11 });
    expect(evaluateTextModel(LABELLED_NOTES, { folds: 5, seed: 11 })).toEqual(a);
    expect(a.confusion.map((row) => row.reduce((sum, n) => sum + n, 0))).toEqual(TEXT_LABELS.map(() => 40));
  });

  it("reads the shipped notes far better than chance (1 in 8)", () => {
    expect(evaluateTextModel(LABELLED_NOTES, { folds: 5, seed: 1 }).accuracy).toBeGreaterThan(0.6);
  });

  it.each([
    [{ folds: 1 }, "folds must be a whole number from 2 to the number of notes (320), got 1"],
    [{ folds: 321 }, "folds must be a whole number from 2 to the number of notes (320), got 321"],
    [{ seed: 0.5 }, "seed must be a safe integer, got 0.5"],
  ])("refuses %o with a RangeError naming it", (options, message) => {
    expect(() => evaluateTextModel(LABELLED_NOTES, options)).toThrow(new RangeError(message));
  });
});

describe("LABELLED_NOTES", () => {
  it("has 40 distinct notes for value demand and each reason", () => {
    for (const label of TEXT_LABELS) expect(LABELLED_NOTES.filter((note) => note.label === label)).toHaveLength(40);
    expect(new Set(LABELLED_NOTES.map((note) => note.text.toLowerCase())).size).toBe(320);
  });
});

describe("the text fallback in the classifier", () => {
  const rows = history([
    {
      id: "c1",
      at: "2024-05-01T09:00:00Z",
      customerId: "cust-1",
      serviceId: "missed-bin",
      interaction: "chase",
      note: "pay bill",
    },
    { id: "c2", at: "2024-05-01T10:00:00Z", note: "Bin" },
    { id: "c3", at: "2024-05-01T11:00:00Z", note: "pay" },
    { id: "c4", at: "2024-05-01T12:00:00Z", channel: "letter", direction: "outbound", note: "bin" },
  ]);

  it("lets rules decide first, and reads the note only where none fires", () => {
    const results = byId(classifyContacts(rows, { textModel: tiny }));
    expect(results.c1?.rule).toBe("chase-interaction");
    expect(summary(results.c2)).toEqual([
      "progress-chasing",
      "text-note",
      [],
      "Avoidable: no rule fired; the note reads as progress-chasing (naive Bayes, probability 0.71).",
    ]);
    // P(pay | value) = 2/10, P(pay | chasing) = 1/12: value with 0.2 / (0.2 + 0.0833) = 0.71.
    expect(summary(results.c3)).toEqual([
      "value",
      "text-note",
      [],
      "Value demand: no rule fired; the note reads as value (naive Bayes, probability 0.71).",
    ]);
    expect(results.c4?.demand).toBe("none");
  });

  it("ignores a reading below the minimum probability, or with its reason switched off", () => {
    expect(byId(classifyContacts(rows, { textModel: tiny, textMinProbability: 0.72 })).c2?.rule).toBe("no-rule");
    expect(byId(classifyContacts(rows, { textModel: tiny, precedence: ["repeat"] })).c2?.rule).toBe("no-rule");
  });
});
