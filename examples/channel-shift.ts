// Channel shift, the way a council's business case tells it: a Surrey-like fall in the cost of an
// enquiry from 79p to 49p, what failure demand does to it, which part of the saving is cash, a
// ten-year business case with its sensitivity table, and where to shift next.
// Figures: Socitm 2012 unit costs (£8.62 a visit, £2.83 a call, £0.15 a web visit); the council,
// its volumes and its costs are illustrative. Run: npx tsx examples/channel-shift.ts
import {
  type BusinessCaseInput,
  businessCase,
  type ChannelShiftOptions,
  type ChannelShiftScenario,
  channelShiftBenefits,
  channelShiftScenario,
  GREEN_BOOK_OPTIMISM_BIAS,
  npvSensitivity,
  rankShiftOpportunities,
  SOCITM_2012_UNIT_COSTS,
} from "council-contact/cost";
import { divide, formatMoney, type Money, money } from "council-contact/money";

const title = (text: string): void => console.log(`\n${text}\n${"=".repeat(text.length)}`);
const pence = (amount: Money): string => `${Math.round(Number(amount) * 100)}p`;
const count = (n: number): string => Math.round(n).toLocaleString("en-GB");
const row = (cells: readonly string[], widths: readonly number[]): string =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): void => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log(row(head, widths));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const r of rows) console.log(row(r, widths));
};

// 1. The story ---------------------------------------------------------------------------------
title("1. From 79p to 49p an enquiry");
const ENQUIRIES = 670_000; // phone and web enquiries a year
const baseline = {
  "council-tax": { telephone: 100_000, "web-form": 310_000 },
  "waste-and-recycling": { telephone: 60_000, "web-form": 200_000 },
};
const weekday = { open: "08:30", close: "17:00" };
const options: ChannelShiftOptions = {
  unitCosts: SOCITM_2012_UNIT_COSTS,
  years: 10,
  staffing: {
    telephone: {
      kind: "erlang",
      costPerFte: money("30000"), // salary and on-costs of one adviser
      staffing: {
        openingHours: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday },
        ahtSeconds: 300,
        targets: { serviceLevel: 0.8, targetSeconds: 20 },
        shrinkage: 0.3,
        paidHoursPerFte: 37,
      },
    },
  },
};
// 75,000 of the 160,000 calls (46.875%) move to web forms, taken up on an S-curve over four years.
const shift = { from: "telephone", to: "web-form", share: 0.46875, takeUp: { kind: "s-curve", years: 4 } } as const;
const plain = channelShiftScenario(baseline, [shift], options);
const perEnquiry = (scenario: ChannelShiftScenario, year: number): Money =>
  divide((year === 0 ? scenario.baseline : scenario.years[year - 1]!).cost.total, ENQUIRIES);
console.log(
  `${count(ENQUIRIES)} enquiries a year, 160,000 of them by phone, costed at Socitm 2012 rates (${SOCITM_2012_UNIT_COSTS.source.split(";")[0]}).\n`,
);
const storyRows = [plain.baseline, ...plain.years.slice(0, 5)].map((year) => [
  year.year === 0 ? "baseline" : `year ${year.year}`,
  `${Math.round((year.takeUp[0] ?? 0) * 100)}%`,
  count(year.volumes.telephone ?? 0),
  count(year.volumes["web-form"] ?? 0),
  formatMoney(year.cost.total),
  pence(perEnquiry(plain, year.year)),
  formatMoney(year.saving),
]);
table(["year", "take-up", "calls", "web forms", "cost", "per enquiry", "saving"], storyRows);

// 2. Failure demand ----------------------------------------------------------------------------
title("2. If one web user in ten phones anyway");
const leaky = channelShiftScenario(baseline, [{ ...shift, failureDemand: { share: 0.1 } }], options);
const last = (scenario: ChannelShiftScenario) => scenario.years.at(-1)!;
console.log(`Failure demand adds ${count(last(leaky).failureDemand)} calls a year once take-up is complete:`);
console.log(`the cost per enquiry falls to ${pence(perEnquiry(leaky, 10))}, not ${pence(perEnquiry(plain, 10))},`);
console.log(
  `and the yearly saving is ${formatMoney(last(leaky).saving)} instead of ${formatMoney(last(plain).saving)}.`,
);

// 3. Cashable or not ---------------------------------------------------------------------------
title("3. Which part of the saving is cash");
console.log("Only whole advisers released (Erlang C staffing of the phone team, £30,000 a post) leave the budget;");
console.log("the rest is capacity freed. With one web user in ten phoning anyway:\n");
table(
  ["year", "phone FTE", "released", "saving", "cashable", "non-cashable"],
  [leaky.baseline, ...leaky.years.slice(0, 5)].map((year) => [
    year.year === 0 ? "baseline" : `year ${year.year}`,
    (year.fte.telephone ?? 0).toFixed(1),
    String(year.fteReleased.telephone ?? 0),
    formatMoney(year.saving),
    formatMoney(year.cashable),
    formatMoney(year.nonCashable),
  ]),
);
console.log(
  `\nOver ten years: ${formatMoney(leaky.totals.saving)} saved, ${formatMoney(leaky.totals.cashable)} of it cashable.`,
);

// 4. The business case -------------------------------------------------------------------------
title("4. A ten-year business case");
const itBias = GREEN_BOOK_OPTIMISM_BIAS.projectTypes["equipment-development"].capitalExpenditure!;
const input: BusinessCaseInput = {
  oneOffCosts: [
    { name: "web forms and integration", amounts: [money("180000"), money("60000")] },
    { name: "change and training", amounts: [money("40000")] },
  ],
  runningCosts: [{ name: "platform licences", amounts: [money("0"), ...Array<Money>(10).fill(money("45000"))] }],
  ...channelShiftBenefits(leaky, "phones to web"),
};
const bias = { oneOff: itBias.lower * 4 }; // 40%: risks partly managed, between the Green Book's 10% and 200%
const appraisal = businessCase(input, { optimismBias: bias });
console.log(
  `Discounted at the Green Book's 3.5%, year 0 undiscounted; optimism bias +${bias.oneOff * 100}% on one-off costs.\n`,
);
table(
  ["year", "costs", "benefits", "net", "present value", "cumulative PV"],
  appraisal.years.map((year) => [
    String(year.year),
    formatMoney(year.costs),
    formatMoney(year.benefits),
    formatMoney(year.net),
    formatMoney(year.presentValue),
    formatMoney(year.cumulativePresentValue),
  ]),
);
console.log(
  `\nNPV ${formatMoney(appraisal.npv)} (PV of benefits ${formatMoney(appraisal.presentValueBenefits)} − PV of costs ${formatMoney(appraisal.presentValueCosts)});`,
);
console.log(
  `benefit-cost ratio ${appraisal.benefitCostRatio?.toFixed(2)}; pays back in year ${appraisal.paybackYear}, year ${appraisal.discountedPaybackYear} once discounted.`,
);
const cashOnly = businessCase(input, { optimismBias: bias, includeNonCashable: false });
console.log(`Counting cashable savings only, the NPV is ${formatMoney(cashOnly.npv)}.`);

// 5. Sensitivity -------------------------------------------------------------------------------
title("5. How sure is the NPV? (each input ±20%)");
const sensitivity = npvSensitivity(input, { optimismBias: bias });
const widest = Number(sensitivity.rows[0]!.swing);
table(
  ["input", "low", "NPV low", "high", "NPV high", "switching value", "swing"],
  sensitivity.rows.map((r) => [
    r.input,
    r.lowLabel,
    formatMoney(r.npvLow),
    r.highLabel,
    formatMoney(r.npvHigh),
    r.switchingValue === null ? "–" : `${r.switchingValue > 0 ? "+" : ""}${(r.switchingValue * 100).toFixed(0)}%`,
    "█".repeat(Math.max(1, Math.round((Number(r.swing) / widest) * 20))),
  ]),
);
console.log("\nA switching value is how far that input alone must move for the NPV to reach zero.");

// 6. Where next --------------------------------------------------------------------------------
title("6. Where to shift next");
const ranked = rankShiftOpportunities(
  [
    {
      serviceId: "parking-permits",
      from: "telephone",
      to: "web-form",
      volume: 45_000,
      suitability: 0.9,
      appetite: 0.8,
    },
    {
      serviceId: "housing-benefit",
      from: "face-to-face",
      to: "web-form",
      volume: 18_000,
      suitability: 0.5,
      appetite: 0.4,
    },
    {
      serviceId: "homelessness-advice",
      from: "face-to-face",
      to: "telephone",
      volume: 6_000,
      suitability: 0.3,
      appetite: 0.5,
    },
    {
      serviceId: "council-tax-support",
      from: "telephone",
      to: "email",
      volume: 30_000,
      suitability: 0.7,
      appetite: 0.6,
    },
  ],
  SOCITM_2012_UNIT_COSTS,
);
for (const opportunity of ranked) console.log(`${opportunity.rank}. ${opportunity.explanation}`);
