import { CLARIFICATION_NOTES, INFO_NOTES, MISDIRECTED_NOTES, NUGATORY_NOTES } from "./confusionNotes.js";
import { CHASING_NOTES, FAILURE_NOTES, REPEAT_NOTES, VALUE_NOTES } from "./followUpNotes.js";
import type { LabelledNote, TextLabel } from "./trainTextModel.js";

const label = (notes: readonly string[], as: TextLabel): LabelledNote[] => notes.map((text) => ({ text, label: as }));

/**
 * A labelled example set for the text model: 320 short contact notes, 40 for value demand and 40 for each avoidable
 * reason, in the words UK council customers use (collection days, council tax letters, potholes, repairs, benefits,
 * wrong numbers). Written for this project by its authors: fictional, not copied from any source, free to reuse
 * with the library. Small and balanced, so read its evaluation (`evaluateTextModel`, and the guide) as a sanity
 * check, not as the accuracy you will get on your own notes: train on notes labelled from your own contact.
 *
 * @example
 * ```ts
 * import { LABELLED_NOTES } from "council-contact/avoidable";
 * LABELLED_NOTES.length //=> 320
 * LABELLED_NOTES.filter((note) => note.label === "repeat").length //=> 40
 * LABELLED_NOTES[0] //=> { text: "I'd like to book a bulky waste collection for an old sofa and a fridge", label: "value" }
 * ```
 */
export const LABELLED_NOTES: readonly LabelledNote[] = /* @__PURE__ */ (() => [
  ...label(VALUE_NOTES, "value"),
  ...label(CHASING_NOTES, "progress-chasing"),
  ...label(REPEAT_NOTES, "repeat"),
  ...label(FAILURE_NOTES, "failure-to-deliver"),
  ...label(CLARIFICATION_NOTES, "clarification"),
  ...label(MISDIRECTED_NOTES, "misdirected"),
  ...label(INFO_NOTES, "info-not-available"),
  ...label(NUGATORY_NOTES, "nugatory"),
])();
