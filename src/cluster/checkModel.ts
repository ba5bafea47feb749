import { rangeError } from "../core/index.js";
import { COMPARISON_LEVELS, MATCH_FIELDS } from "./comparisons.js";
import type { MatchModel } from "./MatchModel.js";

/** The model checked: a prior in (0, 1), every level's m and u in (0, 1], thresholds in [0, 1]; a RangeError names the first bad part. */
export function checkModel(model: unknown): MatchModel {
  if (typeof model !== "object" || model === null) throw rangeError("options.model", "a MatchModel", model);
  const m = model as MatchModel;
  const prior = m.priorMatchProbability;
  if (typeof prior !== "number" || !(prior > 0 && prior < 1))
    throw rangeError("options.model.priorMatchProbability", "a probability between 0 and 1 (exclusive)", prior);
  if (typeof m.fields !== "object" || m.fields === null)
    throw rangeError("options.model.fields", "an object", m.fields);
  for (const field of MATCH_FIELDS) {
    const levels = m.fields[field];
    if (!Array.isArray(levels) || levels.length !== COMPARISON_LEVELS[field].length)
      throw rangeError(`options.model.fields.${field}`, `${COMPARISON_LEVELS[field].length} levels`, levels);
    for (const [i, level] of levels.entries())
      if (typeof level !== "object" || level === null || !isProbability(level.m) || !isProbability(level.u))
        throw rangeError(`options.model.fields.${field}[${i}]`, "{ level, m, u } with m and u in (0, 1]", level);
  }
  const t = m.thresholds;
  if (
    typeof t !== "object" ||
    t === null ||
    ![t.nameHigh, t.nameLow, t.address].every((x) => typeof x === "number" && x >= 0 && x <= 1)
  )
    throw rangeError("options.model.thresholds", "{ nameHigh, nameLow, address } each in [0, 1]", t);
  const tables = m.termFrequencies;
  if (typeof tables !== "object" || tables === null)
    throw rangeError("options.model.termFrequencies", "an object", tables);
  for (const [field, table] of Object.entries(tables)) {
    if (
      typeof table !== "object" ||
      table === null ||
      !Number.isSafeInteger(table.records) ||
      table.records < 0 ||
      typeof table.counts !== "object" ||
      table.counts === null
    )
      throw rangeError(`options.model.termFrequencies.${field}`, "{ records, counts }", table);
    for (const [value, count] of Object.entries(table.counts))
      if (!Number.isSafeInteger(count) || count < 1 || count > table.records)
        throw rangeError(
          `options.model.termFrequencies.${field}.counts.${value}`,
          "a whole number from 1 to records",
          count,
        );
  }
  return m;
}

function isProbability(value: unknown): boolean {
  return typeof value === "number" && value > 0 && value <= 1;
}
