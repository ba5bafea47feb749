import { messages, rangeError, show } from "../../core/index.js";
import { AVOIDABLE_REASON_CODES, type AvoidableReason } from "../../taxonomy/index.js";
import { tokenizeNote } from "./tokenizeNote.js";

/**
 * What a note is labelled as: value demand, or the avoidable reason it shows.
 *
 * @example
 * ```ts
 * import type { TextLabel } from "council-contact/avoidable";
 * const label: TextLabel = "progress-chasing";
 * label //=> "progress-chasing"
 * ```
 */
export type TextLabel = "value" | AvoidableReason;

/**
 * Every text label, in the fixed order models and evaluations use (value first, then the avoidable reasons).
 *
 * @example
 * ```ts
 * import { TEXT_LABELS } from "council-contact/avoidable";
 * TEXT_LABELS.length //=> 8
 * ```
 */
export const TEXT_LABELS: readonly TextLabel[] = ["value", ...AVOIDABLE_REASON_CODES];

/**
 * A contact note in the customer's own words, labelled by a person.
 *
 * @example
 * ```ts
 * import type { LabelledNote } from "council-contact/avoidable";
 * const note: LabelledNote = { text: "Any news on my missed bin from Monday?", label: "progress-chasing" };
 * note.label //=> "progress-chasing"
 * ```
 */
export interface LabelledNote {
  /** What the customer said or wrote. */
  readonly text: string;
  /** Value demand, or the avoidable reason. */
  readonly label: TextLabel;
}

/**
 * A trained multinomial naive Bayes model: plain data (it survives `JSON.stringify` / `JSON.parse`), so train once
 * and store it.
 *
 * @example
 * ```ts
 * import { trainTextModel, type TextModel } from "council-contact/avoidable";
 * const model: TextModel = trainTextModel([{ text: "what day is my bin", label: "info-not-available" }, { text: "book a bulky collection", label: "value" }]);
 * model.labels //=> ["value", "info-not-available"]
 * ```
 */
export interface TextModel {
  /** The kind of model. */
  readonly kind: "multinomial-naive-bayes";
  /** The Laplace (add-α) smoothing constant. */
  readonly alpha: number;
  /** The labels seen in training, in {@link TEXT_LABELS} order. */
  readonly labels: readonly TextLabel[];
  /** Training notes per label, in `labels` order. */
  readonly documents: readonly number[];
  /** Tokens per label, in `labels` order. */
  readonly tokens: readonly number[];
  /** For each token seen, its count per label, in `labels` order. */
  readonly counts: Readonly<Record<string, readonly number[]>>;
}

/**
 * Options for {@link trainTextModel}.
 *
 * @example
 * ```ts
 * import type { TrainTextModelOptions } from "council-contact/avoidable";
 * const options: TrainTextModelOptions = { alpha: 0.5 };
 * options.alpha //=> 0.5
 * ```
 */
export interface TrainTextModelOptions {
  /** Laplace smoothing: the count added to every token for every label, > 0. Default 1 (add-one). */
  readonly alpha?: number;
}

/**
 * Trains a multinomial naive Bayes text model (Manning, Raghavan & Schütze, *Introduction to Information Retrieval*,
 * 2008, §13.2) from labelled notes: per label, how many notes and how often each token ({@link tokenizeNote})
 * appears. Deterministic: the same notes in any order give the same model.
 *
 * @param notes - labelled notes; at least one.
 * @param options - the smoothing constant.
 * @returns the model, as plain data.
 * @throws {RangeError} if there are no notes, a label is unknown, a text is not a string, or `alpha` is not > 0.
 * @example
 * ```ts
 * import { classifyText, trainTextModel } from "council-contact/avoidable";
 * const model = trainTextModel([
 *   { text: "still waiting for my bin to be collected", label: "progress-chasing" },
 *   { text: "please book a bulky waste collection", label: "value" },
 * ]);
 * classifyText(model, "still waiting on the bin").label //=> "progress-chasing"
 * trainTextModel([]) //=> throws RangeError
 * ```
 */
export function trainTextModel(notes: readonly LabelledNote[], options: TrainTextModelOptions = {}): TextModel {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const alpha = options.alpha ?? 1;
  if (typeof alpha !== "number" || !(alpha > 0) || !Number.isFinite(alpha))
    throw rangeError("alpha", "a finite number > 0", alpha);
  if (!Array.isArray(notes) || notes.length === 0)
    throw new RangeError(
      `notes must be a non-empty array of labelled notes, got ${Array.isArray(notes) ? "[]" : show(notes)}`,
    );
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i];
    if (!TEXT_LABELS.includes(note?.label as TextLabel))
      throw new RangeError(messages.mustBe(`notes[${i}].label`, `one of ${TEXT_LABELS.join(", ")}`, note?.label));
    if (typeof note!.text !== "string") throw rangeError(`notes[${i}].text`, "a string", note!.text);
  }
  const labels = TEXT_LABELS.filter((label) => notes.some((note) => note.label === label));
  const index = new Map(labels.map((label, i) => [label, i]));
  const documents = labels.map(() => 0);
  const tokens = labels.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const note of notes) {
    const k = index.get(note.label)!;
    documents[k]! += 1;
    for (const token of tokenizeNote(note.text)) {
      let row = counts.get(token);
      if (row === undefined) counts.set(token, (row = labels.map(() => 0)));
      row[k]! += 1;
      tokens[k]! += 1;
    }
  }
  const sorted = [...counts.keys()].sort();
  return {
    kind: "multinomial-naive-bayes",
    alpha,
    labels,
    documents,
    tokens,
    counts: Object.fromEntries(sorted.map((token) => [token, counts.get(token)!])),
  };
}
