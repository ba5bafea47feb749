import { rangeError } from "../../core/index.js";
import { tokenizeNote } from "./tokenizeNote.js";
import type { TextLabel, TextModel } from "./trainTextModel.js";

/**
 * What the text model makes of a note: the most probable label and its probability, and every label's.
 *
 * @example
 * ```ts
 * import type { TextPrediction } from "council-contact/avoidable";
 * const prediction: TextPrediction = { label: "value", probability: 0.9, probabilities: { value: 0.9, repeat: 0.1 } };
 * prediction.label //=> "value"
 * ```
 */
export interface TextPrediction {
  /** The most probable label (the first in the model's label order on a tie). */
  readonly label: TextLabel;
  /** Its posterior probability, in [0, 1]. */
  readonly probability: number;
  /** The posterior probability of each of the model's labels; they sum to 1. */
  readonly probabilities: Readonly<Partial<Record<TextLabel, number>>>;
}

/**
 * Reads a note with a trained model: the multinomial naive Bayes posterior, log P(label) + Σ count(token) ·
 * log((n(token, label) + α) / (n(label) + α·|V|)), normalised over the labels (log-sum-exp, so long notes do not
 * underflow). Tokens the model never saw are ignored; a note with none gets the prior.
 *
 * @param model - a model from `trainTextModel` (or its JSON).
 * @param text - the note.
 * @returns the prediction.
 * @throws {RangeError} if the model is not a multinomial naive Bayes model.
 * @example
 * ```ts
 * import { classifyText, trainTextModel } from "council-contact/avoidable";
 * const model = trainTextModel([
 *   { text: "what time does the tip open", label: "info-not-available" },
 *   { text: "you said my bin was emptied but it was not", label: "failure-to-deliver" },
 * ]);
 * classifyText(model, "when does the tip open on sunday").label //=> "info-not-available"
 * classifyText(model, "").probability //=> 0.5
 * ```
 */
export function classifyText(model: TextModel, text: string): TextPrediction {
  if (model?.kind !== "multinomial-naive-bayes" || !Array.isArray(model.labels) || model.labels.length === 0) {
    throw rangeError("model", "a trained multinomial naive Bayes model", model?.kind);
  }
  const { labels, documents, tokens, counts, alpha } = model;
  const vocabulary = Object.keys(counts).length;
  const totalDocuments = documents.reduce((sum, n) => sum + n, 0);
  const scores = labels.map((_, k) => Math.log(documents[k]! / totalDocuments));
  for (const token of tokenizeNote(text)) {
    if (!Object.hasOwn(counts, token)) continue;
    const row = counts[token]!;
    for (let k = 0; k < labels.length; k++)
      scores[k]! += Math.log((row[k]! + alpha) / (tokens[k]! + alpha * vocabulary));
  }
  const top = Math.max(...scores);
  const weights = scores.map((score) => Math.exp(score - top));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let best = 0;
  for (let k = 1; k < labels.length; k++) if (scores[k]! > scores[best]!) best = k;
  return {
    label: labels[best]!,
    probability: weights[best]! / total,
    probabilities: Object.fromEntries(labels.map((label, k) => [label, weights[k]! / total])),
  };
}
