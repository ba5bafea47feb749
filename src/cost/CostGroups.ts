import { fromPence, type RoundingMode } from "../money/index.js";
import { apportionOver } from "./apportion.js";
import type { ContactCostLine } from "./ContactCostLine.js";

/** Exact numerators (over one common denominator), contacts and seconds per key of a breakdown (private). */
export class CostGroups {
  private readonly found = new Map<string | null, { n: bigint; contacts: number; seconds: number }>();

  add(key: string | null, n: bigint, contacts: number, seconds: number): void {
    const group = this.found.get(key);
    if (group) {
      group.n += n;
      group.contacts += contacts;
      group.seconds += seconds;
    } else this.found.set(key, { n, contacts, seconds });
  }

  sum(): { n: bigint; contacts: number; seconds: number } {
    let n = 0n;
    let contacts = 0;
    let seconds = 0;
    for (const group of this.found.values())
      [n, contacts, seconds] = [n + group.n, contacts + group.contacts, seconds + group.seconds];
    return { n, contacts, seconds };
  }

  /** Keys found that are not in `known` (and not null), in code-unit order. */
  others(known: readonly (string | null)[]): string[] {
    const seen = new Set(known);
    return [...this.found.keys()].filter((key): key is string => key !== null && !seen.has(key)).sort();
  }

  /** The groups in `order` (those with contacts), costs apportioned to sum to the rounded total. */
  lines(
    order: readonly (string | null)[],
    denominator: bigint,
    rounding: RoundingMode,
    timed: boolean,
  ): ContactCostLine[] {
    const present = order.flatMap((key) => {
      const group = this.found.get(key);
      return group ? [{ key, ...group }] : [];
    });
    const { shares } = apportionOver(
      present.map((group) => group.n),
      denominator,
      rounding,
    );
    return present.map((group, i) => ({
      key: group.key,
      contacts: group.contacts,
      ...(timed && { handleSeconds: group.seconds }),
      cost: fromPence(shares[i]!),
    }));
  }
}
