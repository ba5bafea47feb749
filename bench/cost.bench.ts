// Cost to serve over a year of contact records for a 1.3 M-contact council (synthetic), beside the two loops an
// analyst would write by hand, measured in the same run: one in integer pence (the fastest honest baseline) and
// one with a decimal.js Decimal per record (what "exact money" often looks like in practice). Budgets: issue 5.

import { costContacts, npv, SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
import { fromPence, money, penceNumber } from "council-contact/money";
import { generateContacts } from "council-contact/synth";
import { Decimal } from "decimal.js";
import { type Benchmark, medianMs, round3 } from "./harness.js";

const YEAR = { seed: 1, count: 1_300_000, from: "2024-04-01", to: "2025-03-31" } as const;
const COSTS: Readonly<Record<string, string>> = {
  "face-to-face": "8.62",
  "one-stop-shop": "8.62",
  telephone: "2.83",
  "web-form": "0.15",
  "web-self-service": "0.15",
}; // Socitm 2012

type Row = ReturnType<typeof generateContacts>[number];

/** The integer-pence loop: pence per channel looked up once per record, totals by channel and service. */
function handPence(rows: readonly Row[]) {
  const pence: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [channel, cost] of Object.entries(COSTS)) pence[channel] = penceNumber(money(cost));
  const byChannel = new Map<string, number>();
  const byService = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const p = pence[row.channel];
    if (p === undefined) continue;
    byChannel.set(row.channel, (byChannel.get(row.channel) ?? 0) + p);
    const service = row.serviceId ?? "";
    byService.set(service, (byService.get(service) ?? 0) + p);
  }
  return {
    byChannel: [...byChannel].map(([k, v]) => [k, fromPence(v)]),
    byService: [...byService].map(([k, v]) => [k, fromPence(v)]),
  };
}

/** The same loop with a Decimal per record. */
function handDecimal(rows: readonly Row[]) {
  const byChannel = new Map<string, Decimal>();
  const byService = new Map<string, Decimal>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cost = COSTS[row.channel];
    if (cost === undefined) continue;
    const amount = new Decimal(cost);
    byChannel.set(row.channel, (byChannel.get(row.channel) ?? new Decimal(0)).plus(amount));
    const service = row.serviceId ?? "";
    byService.set(service, (byService.get(service) ?? new Decimal(0)).plus(amount));
  }
  return {
    byChannel: [...byChannel].map(([k, v]) => [k, v.toFixed(2)]),
    byService: [...byService].map(([k, v]) => [k, v.toFixed(2)]),
  };
}

export const benchmarks: Benchmark[] = [
  {
    name: "cost 1.3 M contacts by channel and service",
    run: () => {
      const rows = generateContacts(YEAR);
      const ours = medianMs(() => costContacts(rows, SOCITM_2012_UNIT_COSTS, { by: ["channel", "service"] }), {
        repeats: 11,
        warmup: 3,
      });
      const hand = medianMs(() => handPence(rows), { repeats: 11, warmup: 3 });
      const decimal = medianMs(() => handDecimal(rows), { repeats: 5, warmup: 1 });
      const full = medianMs(() => costContacts(rows, SOCITM_2012_UNIT_COSTS), { repeats: 5, warmup: 1 });
      const enquiry = medianMs(() => costContacts(rows, SOCITM_2012_UNIT_COSTS, { by: ["channel", "enquiry"] }), {
        repeats: 3,
        warmup: 1,
      });
      const timed = medianMs(
        () =>
          costContacts(rows, SOCITM_2012_UNIT_COSTS, {
            by: ["channel", "service"],
            perHandleMinute: { telephone: "65/198" },
          }),
        {
          repeats: 5,
          warmup: 1,
        },
      );
      return [
        {
          name: "cost: costContacts 1.3 M by channel and service",
          value: round3(ours),
          unit: "ms",
          budget: "≤ 60 ms on one core",
          ratio: round3(ours / hand),
          pass: ours <= 60,
          note: `ratio: ÷ the hand-written integer-pence loop (${round3(hand)} ms) in the same run`,
        },
        {
          name: "cost: costContacts vs a Decimal per record",
          value: round3(ours),
          unit: "ms",
          budget: "faster than a Decimal per record",
          ratio: round3(ours / decimal),
          pass: ours < decimal,
          note: `the Decimal loop took ${round3(decimal)} ms`,
        },
        {
          name: "cost: costContacts 1.3 M by channel, service, cluster and London month",
          value: round3(full),
          unit: "ms",
          budget: "≤ 150 ms",
          ratio: round3(full / hand),
          pass: full <= 150,
        },
        {
          name: "cost: costContacts 1.3 M with handle time costed by the minute",
          value: round3(timed),
          unit: "ms",
          budget: "≤ 120 ms",
          ratio: round3(timed / hand),
          pass: timed <= 120,
        },
        {
          name: "cost: costContacts 1.3 M by channel and enquiry (~630 k enquiries)",
          value: round3(enquiry),
          unit: "ms",
          budget: "≤ 2000 ms",
          ratio: round3(enquiry / hand),
          pass: enquiry <= 2000,
        },
      ];
    },
  },
  {
    name: "npv of 1,000 yearly cashflows",
    run: () => {
      // Issue 12: 400 cashflows took 0.45 s and 1,000 took 13.6 s before the discount factor was carried forward.
      const cashflows = Array.from({ length: 1000 }, (_, year) => fromPence(year % 7 === 0 ? -250_000 : 100_000));
      const ms = medianMs(() => npv(cashflows), { repeats: 21, warmup: 5 });
      return [
        {
          name: "cost: npv of 1,000 cashflows (exact, 3.5%)",
          value: round3(ms),
          unit: "ms",
          budget: "< 10 ms",
          pass: ms < 10,
        },
      ];
    },
  },
];
