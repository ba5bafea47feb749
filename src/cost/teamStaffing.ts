import { refuse } from "../core/index.js";
import { fromPence, type Money, multiply, sum } from "../money/index.js";
import { type AnnualStaffingOptions, annualStaffing } from "../staffing/index.js";
import type { Channel } from "../taxonomy/index.js";
import { type Fraction, floorOf, fraction, minus, over, times, toNumber, ZERO } from "./fraction.js";
import { channelKeys, readMoney, readNonNegative, readPositive } from "./readOptions.js";

/**
 * How many staff a channel's team needs for a year's contacts, and what a post costs: the basis of
 * cashable savings, which count only **whole** FTEs released.
 *
 * - `workload`: FTE = contacts × handle minutes ÷ 60 ÷ productive hours per FTE (for back-office
 *   work: letters, emails, forms);
 * - `erlang`: FTE from the staffing module's `annualStaffing` (Erlang C with opening hours,
 *   service-level target and shrinkage) for the year's calls: a phone team does not shrink in
 *   proportion to its calls.
 *
 * @example
 * ```ts
 * import { money } from "council-contact/money";
 * import type { TeamStaffing } from "council-contact/cost";
 * const letters: TeamStaffing = { kind: "workload", handleMinutes: 9, productiveHoursPerFte: 1650, costPerFte: money("32500") };
 * letters.kind //=> "workload"
 * ```
 */
export type TeamStaffing =
  | {
      /** FTE in proportion to handle time. */
      readonly kind: "workload";
      /** Staff minutes per contact, ≥ 0. */
      readonly handleMinutes: number;
      /** Hours a year one FTE spends on contacts, > 0. */
      readonly productiveHoursPerFte: number;
      /** What one post costs a year, with on-costs. */
      readonly costPerFte: Money;
    }
  | {
      /** FTE by Erlang C, through `annualStaffing`. */
      readonly kind: "erlang";
      /** Everything `annualStaffing` needs except the calls, which come from the scenario. */
      readonly staffing: Omit<AnnualStaffingOptions, "callsPerYear">;
      /** What one post costs a year, with on-costs. */
      readonly costPerFte: Money;
    };

type Team = { channel: Channel; costPerFte: Money; fte: (volume: Fraction) => Fraction | number };

/** Staffing options checked (private). */
export function readStaffing(option: Readonly<Partial<Record<Channel, TeamStaffing>>> | undefined): Team[] {
  if (option === undefined) return [];
  return channelKeys(option, "staffing").map((channel): Team => {
    const team = option[channel]!;
    const where = `staffing.${channel}`;
    const costPerFte = readMoney(team?.costPerFte, `${where}.costPerFte`);
    if (team.kind === "workload") {
      const minutes = readNonNegative(team.handleMinutes, `${where}.handleMinutes`);
      const hours = readPositive(team.productiveHoursPerFte, `${where}.productiveHoursPerFte`);
      const perContact = over(minutes, times(hours, fraction(60n)));
      return { channel, costPerFte, fte: (volume) => times(volume, perContact) };
    }
    if (team.kind === "erlang") {
      return {
        channel,
        costPerFte,
        fte: (volume) => annualStaffing({ ...team.staffing, callsPerYear: toNumber(volume) }).fte,
      };
    }
    return refuse(`${where}.kind`, '"workload" or "erlang"', (team as { kind?: unknown }).kind);
  });
}

/** A float FTE difference within this of a whole number counts as that number (Erlang FTEs are floats). */
const FTE_TOLERANCE = 1e-9;

/**
 * FTE by team for this year's volumes and, against the baseline, whole FTEs released and what
 * they are worth (private). Released = floor(baseline FTE − this year's FTE): negative when a team
 * needs more posts, which costs cash too.
 */
export function staffReleased(
  teams: readonly Team[],
  volumes: ReadonlyMap<Channel, Fraction>,
  baseline: ReadonlyMap<Channel, Fraction> | undefined,
): { fte: Partial<Record<Channel, number>>; released: Partial<Record<Channel, number>>; cashable: Money } {
  const fte: Partial<Record<Channel, number>> = {};
  const released: Partial<Record<Channel, number>> = {};
  const cash: Money[] = [];
  for (const team of teams) {
    const now = team.fte(volumes.get(team.channel) ?? ZERO);
    fte[team.channel] = typeof now === "number" ? now : toNumber(now);
    if (!baseline) continue;
    const before = team.fte(baseline.get(team.channel) ?? ZERO);
    const whole =
      typeof now === "number" || typeof before === "number"
        ? Math.floor(Number(before) - Number(now) + FTE_TOLERANCE)
        : Number(floorOf(minus(before, now)));
    released[team.channel] = whole === 0 ? 0 : whole;
    cash.push(multiply(team.costPerFte, whole));
  }
  return { fte, released, cashable: cash.length === 0 ? fromPence(0) : sum(cash) };
}
