import fc from "fast-check";
import * as cost from "../../src/cost/index.js";
import { money } from "../../src/money/index.js";
import { ValidationError } from "../../src/schema/index.js";
import { type FuzzCase, fuzzModule } from "./fuzzModule.js";
import { corrupted, hostile } from "./hostile.js";

const table = fc.oneof(hostile, fc.constant(cost.SOCITM_2012_UNIT_COSTS), fc.constant({ telephone: "2.83" }));
const lines = [{ name: "build", amounts: [money("100"), money("-5")] }];
const caseInput = { oneOffCosts: lines, runningCosts: lines, cashableBenefits: lines, nonCashableBenefits: lines };
const scenario = cost.channelShiftScenario(
  { x: { telephone: 1000 } },
  [{ from: "telephone", to: "web-form", share: 0.5 }],
  { unitCosts: cost.SOCITM_2012_UNIT_COSTS, years: 2 },
);

// The first call that formats a number for an explanation builds its number format, which can take
// longer than the hang budget on a busy machine: do it once before timing anything.
cost.rankShiftOpportunities(
  [{ serviceId: "x", from: "telephone", to: "web-form", volume: 100, suitability: 1, appetite: 0.5 }],
  cost.SOCITM_2012_UNIT_COSTS,
);

/** Every public function of council-contact/cost with arbitraries for its arguments. */
const cases: readonly FuzzCase[] = [
  [
    "activityBasedCosts",
    fc.tuple(
      corrupted({
        staff: { annualSalary: money("25000"), onCostRate: 0.3, productiveHoursPerYear: 1650 },
        handleMinutes: { telephone: 6, "face-to-face": 12 },
        volumes: { telephone: 100, "face-to-face": 20 },
        overheads: [{ name: "rent", annualCost: money("900"), allocateBy: "time" }],
      }),
    ),
  ],
  [
    "avoidableContactCost",
    fc.tuple(
      fc.oneof(hostile, fc.array(corrupted({ reason: "repeat", channel: "telephone", count: 10 }), { maxLength: 3 })),
      table,
      corrupted({ removeShare: 0.5 }),
    ),
  ],
  ["businessCase", fc.tuple(corrupted(caseInput), corrupted({ discountRate: 0.035, optimismBias: 0.2 }))],
  [
    "channelShiftScenario",
    fc.tuple(
      fc.oneof(hostile, fc.constant({ x: { telephone: 1000 } })),
      fc.oneof(hostile, fc.array(corrupted({ from: "telephone", to: "web-form", share: 0.5 }), { maxLength: 2 })),
      corrupted({ unitCosts: cost.SOCITM_2012_UNIT_COSTS, years: 2 }),
    ),
  ],
  ["channelShiftBenefits", fc.tuple(fc.oneof(hostile, corrupted(scenario)), hostile)],
  [
    "costContacts",
    fc.tuple(
      fc.oneof(
        hostile,
        fc.array(corrupted({ at: 0, channel: "telephone", serviceId: "missed-bin" }), { maxLength: 3 }),
      ),
      table,
      corrupted({ by: ["channel", "enquiry"], perHandleMinute: { telephone: "65/198" } }),
    ),
  ],
  ["costToServe", fc.tuple(corrupted({ telephone: 100, "web-form": 20 }), table, corrupted({ rounding: undefined }))],
  ["discountFactor", fc.tuple(fc.oneof(hostile, fc.constant(10)), fc.oneof(hostile, fc.constant(0.035)))],
  [
    "npv",
    fc.tuple(
      fc.oneof(hostile, fc.array(fc.oneof(hostile, fc.constant(money("100"))), { maxLength: 5 })),
      corrupted({ discountRate: 0.035 }),
    ),
  ],
  ["npvSensitivity", fc.tuple(corrupted(caseInput), corrupted({ change: 0.2 }))],
  [
    "rankShiftOpportunities",
    fc.tuple(
      fc.oneof(
        hostile,
        fc.array(
          corrupted({ serviceId: "x", from: "telephone", to: "web-form", volume: 100, suitability: 1, appetite: 0.5 }),
          {
            maxLength: 3,
          },
        ),
      ),
      table,
    ),
  ],
  [
    "takeUpShare",
    fc.tuple(fc.oneof(hostile, corrupted({ kind: "linear", years: 4 })), fc.oneof(hostile, fc.constant(2))),
  ],
  ["formatUnitCost", fc.tuple(fc.oneof(hostile, fc.constant("65/198")), hostile, hostile)],
  ["unitCost", fc.tuple(hostile)],
];

fuzzModule("council-contact/cost", cost, cases, [RangeError, ValidationError]);
