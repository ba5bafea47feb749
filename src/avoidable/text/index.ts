// The naive Bayes text model for contacts no rule catches: training, classifying, evaluating, and the labelled notes.
export type { TextPrediction } from "./classifyText.js";
export { classifyText } from "./classifyText.js";
export type { EvaluateTextModelOptions, LabelScores, TextEvaluation } from "./evaluateTextModel.js";
export { evaluateTextModel } from "./evaluateTextModel.js";
export { LABELLED_NOTES } from "./labelledNotes.js";
export { tokenizeNote } from "./tokenizeNote.js";
export type { LabelledNote, TextLabel, TextModel, TrainTextModelOptions } from "./trainTextModel.js";
export { TEXT_LABELS, trainTextModel } from "./trainTextModel.js";
