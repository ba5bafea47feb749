import { refuse } from "../core/index.js";
import { DEFAULT_ROUNDING, formatMoney, fromPence, type Money, type RoundingMode } from "../money/index.js";
import type { Channel } from "../taxonomy/index.js";
import { penceByChannel } from "./costTable.js";
import { type Fraction, fraction, minus, times } from "./fraction.js";
import { readChannel, readNonNegative, readRounding, readShare } from "./readOptions.js";
import type { UnitCostPreset } from "./UnitCostPreset.js";
import type { UnitCostTable } from "./unitCost.js";
import { formatUnitCost, unitCostText } from "./unitCost.js";

/**
 * A candidate for channel shift: a service's contacts on one channel that could move to another,
 * with the two factors councils are told to weigh besides the money: how **suitable** the service
 * is for the new channel (a simple transaction, or advice needing a conversation?) and customers'
 * **appetite** for it (will these customers use it?).
 *
 * @example
 * ```ts
 * import type { ShiftCandidate } from "council-contact/cost";
 * const bins: ShiftCandidate = { serviceId: "missed-bin", from: "telephone", to: "web-form", volume: 40_000, suitability: 0.9, appetite: 0.7 };
 * bins.suitability //=> 0.9
 * ```
 */
export interface ShiftCandidate {
  /** The service. */
  readonly serviceId: string;
  /** The channel contacts would leave. */
  readonly from: Channel;
  /** The channel they would move to. */
  readonly to: Channel;
  /** Contacts a year on `from`, ≥ 0. */
  readonly volume: number;
  /** How well the service suits the new channel, in [0, 1]. */
  readonly suitability: number;
  /** How ready its customers are to use the new channel, in [0, 1]. */
  readonly appetite: number;
}

/**
 * A ranked candidate with its score and the working behind it.
 *
 * @example
 * ```ts
 * import { rankShiftOpportunities, SOCITM_2012_UNIT_COSTS, type ShiftOpportunity } from "council-contact/cost";
 * const top: ShiftOpportunity = rankShiftOpportunities([{ serviceId: "x", from: "telephone", to: "web-form", volume: 100, suitability: 1, appetite: 0.5 }], SOCITM_2012_UNIT_COSTS)[0]!;
 * [top.rank, top.unitCostGap, top.score] //=> [1, "2.68", "134.00"]
 * ```
 */
export interface ShiftOpportunity extends ShiftCandidate {
  /** 1 for the best; candidates that could not be costed come last. */
  readonly rank: number;
  /** Unit cost of `from` − unit cost of `to`, exact in pounds; `null` if either channel has no unit cost. */
  readonly unitCostGap: string | null;
  /** Volume × gap × suitability × appetite: the saving a year it is worth pursuing, to the penny; `null` if uncosted. */
  readonly score: Money | null;
  /** The score in words and numbers. */
  readonly explanation: string;
}

/**
 * Ranks services for channel shift by **volume × unit-cost gap × suitability × appetite**: the
 * yearly saving at stake, discounted by how well the service suits the new channel and how ready
 * its customers are. Every score is exact until it is rounded to the penny, and each comes with
 * its working. A candidate whose channels lack a unit cost is ranked last with a `null` score
 * (uncosted, not £0); ties keep the order given.
 *
 * @param candidates - the services and channels to compare. Not modified.
 * @param unitCosts - cost per contact by channel, or a preset such as {@link SOCITM_2012_UNIT_COSTS}.
 * @param rounding - how scores are rounded to the penny; default `DEFAULT_ROUNDING` (`halfUp`).
 * @returns the candidates ranked, best first.
 * @throws RangeError naming the candidate and field for an unknown channel, a negative volume or
 * a suitability or appetite outside [0, 1].
 * @example
 * ```ts
 * import { rankShiftOpportunities, SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
 * const ranked = rankShiftOpportunities([
 *   { serviceId: "council-tax", from: "telephone", to: "web-form", volume: 120_000, suitability: 0.8, appetite: 0.6 },
 *   { serviceId: "missed-bin", from: "telephone", to: "web-form", volume: 40_000, suitability: 0.9, appetite: 0.7 },
 *   { serviceId: "homelessness-advice", from: "face-to-face", to: "web-form", volume: 5_000, suitability: 0.2, appetite: 0.3 },
 * ], SOCITM_2012_UNIT_COSTS);
 * ranked.map((r) => [r.serviceId, r.score]) //=> [["council-tax", "154368.00"], ["missed-bin", "67536.00"], ["homelessness-advice", "2541.00"]]
 * ranked[0]!.explanation //=> "council-tax: 120,000 telephone contacts a year × £2.68 cheaper by web-form (£2.83 − £0.15) × suitability 0.8 × appetite 0.6 = £154,368.00 a year"
 * ```
 */
export function rankShiftOpportunities(
  candidates: readonly ShiftCandidate[],
  unitCosts: UnitCostTable | UnitCostPreset,
  rounding: RoundingMode = DEFAULT_ROUNDING,
): ShiftOpportunity[] {
  const pence = penceByChannel(unitCosts, "unitCosts");
  if (!Array.isArray(candidates)) refuse("candidates", "an array of shift candidates", candidates);
  const round = readRounding(rounding);
  const scored = Array.from(candidates, (candidate, i) => {
    const option = `candidates[${i}]`;
    if (typeof candidate?.serviceId !== "string") refuse(`${option}.serviceId`, "a string", candidate?.serviceId);
    const from = readChannel(candidate?.from, `${option}.from`);
    const to = readChannel(candidate.to, `${option}.to`);
    const volume = readNonNegative(candidate.volume, `${option}.volume`);
    const suitability = readShare(candidate.suitability, `${option}.suitability`);
    const appetite = readShare(candidate.appetite, `${option}.appetite`);
    const fromCost = pence.get(from);
    const toCost = pence.get(to);
    const gap = fromCost && toCost ? minus(fromCost, toCost) : undefined;
    const exact = gap && times(times(times(volume, gap), suitability), appetite);
    return { candidate, i, gap, exact, fromCost, toCost };
  });
  scored.sort((a, b) => {
    if (!a.exact || !b.exact) return a.exact ? -1 : b.exact ? 1 : a.i - b.i;
    const left = a.exact.n * b.exact.d;
    const right = b.exact.n * a.exact.d;
    return left > right ? -1 : left < right ? 1 : a.i - b.i;
  });
  return scored.map(({ candidate, gap, exact, fromCost, toCost }, k) => {
    const score = exact ? fromPence(round(exact.n, exact.d)) : null;
    return {
      ...candidate,
      rank: k + 1,
      unitCostGap: gap ? unitCostText(fraction(gap.n, gap.d * 100n)) : null,
      score,
      explanation: explain(candidate, fromCost, toCost, gap, score),
    };
  });
}

/** The size of an amount of pence in pounds, to the penny when it is whole pence, else to 4 places. */
function label(pence: Fraction): string {
  const size = pence.n < 0n ? -pence.n : pence.n;
  return formatUnitCost(`${size}/${pence.d * 100n}`, size % pence.d === 0n ? 2 : 4);
}

function explain(
  candidate: ShiftCandidate,
  fromCost: Fraction | undefined,
  toCost: Fraction | undefined,
  gap: Fraction | undefined,
  score: Money | null,
): string {
  const volume = `${candidate.volume.toLocaleString("en-GB")} ${candidate.from} contacts a year`;
  if (!fromCost || !toCost || !gap || score === null) {
    const missing = [fromCost ? undefined : candidate.from, toCost ? undefined : candidate.to]
      .filter(Boolean)
      .join(" and ");
    return `${candidate.serviceId}: ${volume}, but ${missing} has no unit cost, so it is uncosted and ranked last`;
  }
  const direction = gap.n < 0n ? "dearer" : "cheaper";
  return `${candidate.serviceId}: ${volume} × ${label(gap)} ${direction} by ${candidate.to} (${label(fromCost)} − ${label(toCost)}) × suitability ${candidate.suitability} × appetite ${candidate.appetite} = ${formatMoney(score)} a year`;
}
