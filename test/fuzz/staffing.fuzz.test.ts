import fc from "fast-check";
import * as staffing from "../../src/staffing/index.js";
import { type FuzzCase, fuzzModule } from "./fuzzModule.js";
import { corrupted, hostile } from "./hostile.js";

const interval = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180, serviceLevel: 0.8, targetSeconds: 20 };
const team = { trafficErlangs: 10, agents: 14, ahtSeconds: 180, targetSeconds: 20 };
const nineToFive = { open: "09:00", close: "17:00" };

/** Every public function of council-contact/staffing with arbitraries for its arguments. */
const cases: readonly FuzzCase[] = [
  [
    "annualStaffing",
    fc.tuple(
      corrupted({
        callsPerYear: 100_000,
        ahtSeconds: 180,
        shrinkage: 0.3,
        paidHoursPerFte: 1650,
        openingHours: { monday: nineToFive, tuesday: nineToFive },
        targets: { serviceLevel: 0.8, targetSeconds: 20 },
      }),
    ),
  ],
  ["averageSpeedOfAnswer", fc.tuple(corrupted(team))],
  ["erlangA", fc.tuple(corrupted({ ...team, patienceSeconds: 120 }))],
  ["erlangB", fc.tuple(fc.oneof(hostile, fc.constant(10)), fc.oneof(hostile, fc.constant(14)))],
  ["erlangC", fc.tuple(fc.oneof(hostile, fc.constant(10)), fc.oneof(hostile, fc.constant(14)))],
  ["occupancy", fc.tuple(corrupted({ trafficErlangs: 10, agents: 14 }))],
  ["requiredAgents", fc.tuple(corrupted({ ...interval, maxOccupancy: 0.85, shrinkage: 0.3, maxAsaSeconds: 30 }))],
  [
    "requiredAgentsErlangA",
    fc.tuple(corrupted({ ...interval, patienceSeconds: 120, maxAbandonment: 0.05, maxOccupancy: 0.9 })),
  ],
  ["requiredLines", fc.tuple(corrupted({ trafficErlangs: 10, maxBlocking: 0.01 }))],
  ["serviceLevel", fc.tuple(corrupted(team))],
  [
    "staffSchedule",
    fc.tuple(
      fc.oneof(
        hostile,
        fc.array(fc.oneof(hostile, fc.constant(50), fc.constant({ calls: 20, label: "x" })), { maxLength: 4 }),
      ),
      corrupted(interval),
    ),
  ],
];

fuzzModule("council-contact/staffing", staffing, cases, [RangeError]);
