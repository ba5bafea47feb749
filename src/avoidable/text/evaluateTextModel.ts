import { rangeError } from "../../core/index.js";
import { classifyText } from "./classifyText.js";
import { type LabelledNote, TEXT_LABELS, type TextLabel, trainTextModel } from "./trainTextModel.js";

/**
 * Options for {@link evaluateTextModel}.
 *
 * @example
 * ```ts
 * import type { EvaluateTextModelOptions } from "council-contact/avoidable";
 * const options: EvaluateTextModelOptions = { folds: 10, seed: 7 };
 * options.folds //=> 10
 * ```
 */
export interface EvaluateTextModelOptions {
  /** k, the number of folds: a whole number from 2 to the number of notes. Default 5. */
  readonly folds?: number;
  /** Seed of the shuffle that assigns notes to folds, a safe integer. Default 1. */
  readonly seed?: number;
  /** Laplace smoothing of each fold's model. Default 1. */
  readonly alpha?: number;
}

/**
 * How well one label is recognised.
 *
 * @example
 * ```ts
 * import type { LabelScores } from "council-contact/avoidable";
 * const scores: LabelScores = { precision: 0.9, recall: 0.75, support: 40 };
 * scores.support //=> 40
 * ```
 */
export interface LabelScores {
  /** Of the notes predicted with this label, the share that have it; `null` if none was predicted. */
  readonly precision: number | null;
  /** Of the notes with this label, the share predicted with it; `null` if none has it. */
  readonly recall: number | null;
  /** How many notes have this label. */
  readonly support: number;
}

/**
 * The result of k-fold cross-validation of the text model.
 *
 * @example
 * ```ts
 * import type { TextEvaluation } from "council-contact/avoidable";
 * const evaluation: TextEvaluation = { folds: 5, seed: 1, accuracy: 1, labels: ["value"], confusion: [[3]], perLabel: { value: { precision: 1, recall: 1, support: 3 } } };
 * evaluation.accuracy //=> 1
 * ```
 */
export interface TextEvaluation {
  /** k. */
  readonly folds: number;
  /** The seed of the fold assignment. */
  readonly seed: number;
  /** Share of notes whose held-out prediction matches their label. */
  readonly accuracy: number;
  /** The labels present, in `TEXT_LABELS` order: the rows and columns of `confusion`. */
  readonly labels: readonly TextLabel[];
  /** `confusion[i][j]`: notes labelled `labels[i]` predicted as `labels[j]`. */
  readonly confusion: readonly (readonly number[])[];
  /** Precision, recall and support of each label present. */
  readonly perLabel: Readonly<Partial<Record<TextLabel, LabelScores>>>;
}

/** mulberry32: a small seeded generator of numbers in [0, 1), for the shuffle. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Stratified k-fold cross-validation of the naive Bayes text model: the notes are shuffled with a seeded
 * generator (Fisher–Yates with mulberry32), each label's notes dealt in turn to the k folds, and each fold is
 * predicted by a model trained on the other k − 1. Returns the confusion matrix, accuracy, and per-label precision
 * and recall. The same notes, options and seed always give the same evaluation.
 *
 * @param notes - labelled notes; at least `folds` of them.
 * @param options - k, the seed and the smoothing.
 * @returns the evaluation.
 * @throws {RangeError} if `folds` is not a whole number from 2 to the number of notes, `seed` is not a safe integer, or a note is invalid.
 * @example
 * ```ts
 * import { LABELLED_NOTES, evaluateTextModel } from "council-contact/avoidable";
 * const evaluation = evaluateTextModel(LABELLED_NOTES, { folds: 5, seed: 1 });
 * evaluation.confusion.flat().reduce((sum, n) => sum + n, 0) //=> 320
 * evaluation.accuracy //=> ≈ 0.7
 * evaluateTextModel(LABELLED_NOTES, { folds: 1 }) //=> throws RangeError
 * ```
 */
export function evaluateTextModel(
  notes: readonly LabelledNote[],
  options: EvaluateTextModelOptions = {},
): TextEvaluation {
  const { folds = 5, seed = 1, alpha = 1 } = options;
  if (!Array.isArray(notes) || !Number.isSafeInteger(folds) || folds < 2 || folds > notes.length) {
    throw new RangeError(
      `folds must be a whole number from 2 to the number of notes (${Array.isArray(notes) ? notes.length : 0}), got ${String(folds)}`,
    );
  }
  if (!Number.isSafeInteger(seed)) throw rangeError("seed", "a safe integer", seed);
  trainTextModel(notes, { alpha }); // checks every note and alpha, naming the first problem
  const order = notes.map((_, i) => i);
  const random = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const labels = TEXT_LABELS.filter((label) => notes.some((note) => note.label === label));
  const fold = new Int32Array(notes.length);
  for (const label of labels)
    order
      .filter((i) => notes[i]!.label === label)
      .forEach((i, rank) => {
        fold[i] = rank % folds;
      });

  const index = new Map(labels.map((label, i) => [label, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  for (let k = 0; k < folds; k++) {
    const training = notes.filter((_, i) => fold[i] !== k);
    if (training.length === 0) continue;
    const model = trainTextModel(training, { alpha });
    notes.forEach((note, i) => {
      if (fold[i] === k) confusion[index.get(note.label)!]![index.get(classifyText(model, note.text).label)!]! += 1;
    });
  }
  const correct = labels.reduce((sum, _, i) => sum + confusion[i]![i]!, 0);
  const perLabel = Object.fromEntries(
    labels.map((label, i) => {
      const predicted = confusion.reduce((sum, row) => sum + row[i]!, 0);
      const support = confusion[i]!.reduce((sum, n) => sum + n, 0);
      return [
        label,
        {
          precision: predicted === 0 ? null : confusion[i]![i]! / predicted,
          recall: support === 0 ? null : confusion[i]![i]! / support,
          support,
        },
      ];
    }),
  );
  return { folds, seed, accuracy: correct / notes.length, labels, confusion, perLabel };
}
