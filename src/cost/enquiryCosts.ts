import { fromPence, type Money, type RoundingMode } from "../money/index.js";
import { apportionNumbers } from "./apportion.js";
import type { ContactCostLine } from "./ContactCostLine.js";
import { CostGroups } from "./CostGroups.js";
import type { Ledger } from "./contactLedger.js";

/** The per-contact and per-second rates as integers over the common denominator (private). */
export interface Rates {
  /** Common denominator of every rate, in pence. */
  readonly denominator: bigint;
  /** Per contact, by channel index; `undefined` where the channel has none. */
  readonly perContact: readonly (bigint | undefined)[];
  /** Per second of handle time, by channel index. */
  readonly perSecond: readonly (bigint | undefined)[];
}

/** The cost of every enquiry (private), and the cost per enquiry. */
export interface EnquiryCosts {
  /** By enquiry id in code-unit order, then `null`. */
  readonly lines: ContactCostLine[];
  /** Exact cost of contacts with an enquiry ÷ enquiries, to the penny. */
  readonly costPerEnquiry: Money | null;
}

type Cells = NonNullable<Ledger["enquiries"]>;

/**
 * Costs every enquiry from its cells. Hundreds of thousands of enquiries make this the one
 * breakdown where per-group `bigint`s and objects would show, so the exact numerators are kept in
 * a `Float64Array` whenever every one is a safe integer (checked: the terms are non-negative, so
 * a computed value ≤ 2^53 − 1 means every step was exact); otherwise it falls back to `bigint`.
 */
export function enquiryCosts(
  cells: Cells,
  rates: Rates,
  exactTotal: bigint,
  rounding: RoundingMode,
  timed: boolean,
): EnquiryCosts {
  const count = cells.keys.length;
  const order = Array.from({ length: count - 1 }, (_, i) => i + 1);
  order.sort((a, b) => {
    const x = cells.keys[a]!;
    const y = cells.keys[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  order.push(0);
  const enquiries = count - 1;
  const fast = numberTotals(cells, rates);
  const perEnquiry = (none: bigint): Money | null =>
    enquiries === 0 ? null : fromPence(rounding(exactTotal - none, rates.denominator * BigInt(enquiries)));
  if (!fast) return exactly(cells, rates, order, rounding, timed, perEnquiry);
  const present = order.filter((e) => fast.contacts[e]! > 0);
  const shares = apportionNumbers(
    present.map((e) => fast.numerators[e]!),
    Number(rates.denominator),
    Number(rounding(exactTotal, rates.denominator)),
  );
  return {
    lines: present.map((e, i) => ({
      key: cells.keys[e]!,
      contacts: fast.contacts[e]!,
      ...(timed && { handleSeconds: fast.seconds[e]! }),
      cost: fromPence(shares[i]!),
    })),
    costPerEnquiry: perEnquiry(BigInt(fast.numerators[0]!)),
  };
}

/** Numerators, contacts and seconds per enquiry as numbers, or `undefined` if any would be inexact. */
function numberTotals(cells: Cells, rates: Rates) {
  if (rates.denominator > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  const unit = rates.perContact.map((rate) => safeNumber(rate ?? 0n));
  const second = rates.perSecond.map((rate) => safeNumber(rate ?? 0n));
  if (unit.some(Number.isNaN) || second.some(Number.isNaN)) return undefined;
  const count = cells.keys.length;
  const numerators = new Float64Array(count);
  const contacts = new Float64Array(count);
  const seconds = new Float64Array(count);
  for (let e = 0; e < count; e++) {
    let n = 0;
    for (let at = cells.head[e]!; at >= 0; at = cells.next[at]!) {
      const c = cells.channel[at]!;
      n += cells.counts[at]! * unit[c]! + cells.seconds[at]! * second[c]!;
      contacts[e]! += cells.counts[at]!;
      seconds[e]! += cells.seconds[at]!;
    }
    if (!(n <= Number.MAX_SAFE_INTEGER)) return undefined;
    numerators[e] = n;
  }
  return { numerators, contacts, seconds };
}

function safeNumber(value: bigint): number {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : Number.NaN;
}

/** The same, in `bigint`s: for rates too fine for the number path. */
function exactly(
  cells: Cells,
  rates: Rates,
  order: readonly number[],
  rounding: RoundingMode,
  timed: boolean,
  perEnquiry: (none: bigint) => Money | null,
): EnquiryCosts {
  const groups = new CostGroups();
  let none = 0n;
  for (const e of order) {
    let n = 0n;
    let contacts = 0;
    let seconds = 0;
    for (let at = cells.head[e]!; at >= 0; at = cells.next[at]!) {
      const c = cells.channel[at]!;
      n +=
        BigInt(cells.counts[at]!) * (rates.perContact[c] ?? 0n) +
        BigInt(cells.seconds[at]!) * (rates.perSecond[c] ?? 0n);
      contacts += cells.counts[at]!;
      seconds += cells.seconds[at]!;
    }
    if (contacts === 0) continue;
    if (e === 0) none = n;
    groups.add(cells.keys[e]!, n, contacts, seconds);
  }
  return {
    lines: groups.lines(
      order.map((e) => cells.keys[e]!),
      rates.denominator,
      rounding,
      timed,
    ),
    costPerEnquiry: perEnquiry(none),
  };
}
