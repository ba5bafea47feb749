// Contact-centre staffing, worked the way a workforce planner does it: one half-hour step by step,
// then a whole council's year (the seed report: 1.3 million calls a year, 35–45 staff, 3 calls in
// 10 unanswered), how the answer moves with each assumption, and what abandonment says about it.
// Run: npx tsx examples/staffing.ts

import type { AnnualStaffingOptions } from "council-contact/staffing";
import {
  annualStaffing,
  erlangA,
  erlangC,
  requiredAgents,
  requiredAgentsErlangA,
  requiredLines,
  serviceLevel,
} from "council-contact/staffing";

const percent = (share: number, digits = 1): string => `${(100 * share).toFixed(digits)}%`;
const title = (text: string): void => console.log(`\n${text}\n${"=".repeat(text.length)}`);

// 1. One half-hour --------------------------------------------------------------------------------
title("1. One half-hour: 100 calls, 3-minute calls, 80% answered in 20 seconds");
const interval = {
  calls: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  serviceLevel: 0.8,
  targetSeconds: 20,
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};
const traffic = (interval.calls * interval.ahtSeconds) / interval.intervalSeconds;
console.log(
  `Traffic A = 100 calls × 180 s ÷ 1800 s = ${traffic} Erlangs: ten agents' worth of talking, with no slack.`,
);
console.log("Service level (share answered within 20 s) by agents on the phones:\n");
console.log("| agents | P(wait) | service level | chart (each █ = 5%)  |");
console.log("|-------:|--------:|--------------:|:---------------------|");
for (let agents = 10; agents <= 18; agents++) {
  const sl = serviceLevel({ trafficErlangs: traffic, agents, ahtSeconds: 180, targetSeconds: 20 });
  const bar = "█".repeat(Math.round(sl * 20)).padEnd(20, "·");
  console.log(
    `| ${String(agents).padStart(6)} | ${erlangC(traffic, agents).toFixed(4).padStart(7)} | ${sl.toFixed(4).padStart(13)} | ${bar} |`,
  );
}
const one = requiredAgents(interval);
console.log(
  `\nFewest agents meeting 80/20 with occupancy ≤ 85%: ${one.agents} (service level ${percent(one.serviceLevel, 2)},`,
);
console.log(
  `occupancy ${percent(one.occupancy)}, P(wait) ${percent(one.waitProbability, 2)}, ASA ${one.averageSpeedOfAnswerSeconds.toFixed(1)} s).`,
);
console.log(`With 30% shrinkage, schedule ceil(${one.agents} ÷ 0.7) = ${one.scheduledAgents} agents`);
console.log(
  `(${one.agents} × 1.3 = ${(one.agents * 1.3).toFixed(1)} would roster ${Math.ceil(one.agents * 1.3)}, leaving ${(Math.ceil(one.agents * 1.3) * 0.7).toFixed(1)} on the phones: too few).`,
);

// 2. The seed council's year ---------------------------------------------------------------------
title("2. The seed council: 1.3 million calls a year");
const weekday = { open: "08:30", close: "17:00" };
const monToFri = { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday };
// Relative calls per half-hour from 00:00: a mid-morning peak, a lunchtime dip, a smaller afternoon
// peak (the usual council shape; only the half-hours inside opening hours are used).
const intraday = Array.from({ length: 48 }, (_, i) => {
  const hour = i / 2;
  return (
    0.6 +
    Math.exp(-((hour - 10.25) ** 2) / 2) +
    0.55 * Math.exp(-((hour - 14) ** 2) / 1.5) -
    0.15 * Math.exp(-((hour - 12.75) ** 2) / 0.3)
  );
});
const council: AnnualStaffingOptions = {
  callsPerYear: 1_300_000,
  openingHours: monToFri,
  weeklyPattern: { monday: 1.3, tuesday: 1.1, wednesday: 1.0, thursday: 0.95, friday: 0.85 },
  intradayPattern: intraday,
  ahtSeconds: 120,
  targets: { serviceLevel: 0.8, targetSeconds: 20 },
  shrinkage: 0.3,
  paidHoursPerFte: 37,
};
const year = annualStaffing(council);
console.log("Assumptions (returned beside the answer by annualStaffing):");
console.log(
  `  calls a year ............ ${year.assumptions.callsPerYear.toLocaleString("en-GB")} over ${year.assumptions.weeksPerYear} weeks = ${year.callsPerWeek.toLocaleString("en-GB")} a week`,
);
console.log(`  opening hours ........... Monday–Friday 08:30–17:00 (${year.openHoursPerWeek} hours a week)`);
console.log("  weekly pattern .......... Mon 1.3, Tue 1.1, Wed 1.0, Thu 0.95, Fri 0.85 (Monday busiest)");
console.log("  intraday pattern ........ mid-morning peak, lunchtime dip, smaller afternoon peak");
console.log(`  handle time (AHT) ....... ${year.assumptions.ahtSeconds} s (talk + hold + wrap-up)`);
console.log(
  `  service level ........... ${percent(year.assumptions.targets.serviceLevel, 0)} answered within ${year.assumptions.targets.targetSeconds} s, every half-hour`,
);
console.log(
  `  shrinkage ............... ${percent(year.assumptions.shrinkage, 0)} (leave, sickness, training, breaks)`,
);
console.log(`  paid week ............... ${year.assumptions.paidHoursPerFte} hours`);
console.log(
  `Answer: ${year.fte.toFixed(1)} FTE — inside the report's 35–45, but only because calls are assumed to be short.`,
);
console.log(
  `  (${year.productiveAgentHoursPerWeek} agent-hours a week on the phones ÷ 0.7 = ${year.scheduledAgentHoursPerWeek.toFixed(0)} paid hours ÷ 37 h;`,
);
console.log(`   busiest half-hour needs ${year.peakAgents} agents; average occupancy ${percent(year.occupancy)}.)`);

const fte = (change: Partial<AnnualStaffingOptions>): string =>
  annualStaffing({ ...council, ...change })
    .fte.toFixed(1)
    .padStart(5);
console.log("\nHow the FTE moves with each assumption (the others as above):");
console.log(
  `  AHT ............. 90 s: ${fte({ ahtSeconds: 90 })} | 120 s: ${fte({})} | 180 s: ${fte({ ahtSeconds: 180 })} | 240 s: ${fte({ ahtSeconds: 240 })}`,
);
const target = (serviceLevel: number, targetSeconds: number): Partial<AnnualStaffingOptions> => ({
  targets: { serviceLevel, targetSeconds },
});
console.log(
  `  service level ... 70/60: ${fte(target(0.7, 60))} | 80/20: ${fte({})} | 90/20: ${fte(target(0.9, 20))} | 90/10: ${fte(target(0.9, 10))}`,
);
console.log(
  `  shrinkage ....... 25%: ${fte({ shrinkage: 0.25 })} | 30%: ${fte({})} | 35%: ${fte({ shrinkage: 0.35 })} | 40%: ${fte({ shrinkage: 0.4 })}`,
);
const saturday = { ...monToFri, saturday: { open: "09:00", close: "13:00" } };
console.log(
  `  opening hours ... 09:00–17:00: ${fte({ openingHours: { monday: { open: "09:00", close: "17:00" }, tuesday: { open: "09:00", close: "17:00" }, wednesday: { open: "09:00", close: "17:00" }, thursday: { open: "09:00", close: "17:00" }, friday: { open: "09:00", close: "17:00" } } })}` +
    ` | 08:30–17:00: ${fte({})} | + Sat 09:00–13:00 (same calls): ${fte({ openingHours: saturday, weeklyPattern: { ...council.weeklyPattern, saturday: 0.3 } })}`,
);
console.log(
  "  (Shorter hours concentrate the same calls; longer hours spread them thinner but add quiet half-hours that still need staff.)",
);
console.log(
  `  AHT moves the answer most: with 3-minute calls the same service needs ${fte({ ahtSeconds: 180 }).trim()} FTE.`,
);

// 3. Three calls in ten unanswered --------------------------------------------------------------
title("3. Why 3 calls in 10 might go unanswered (Erlang A)");
const onPhones = (year.fte * 37 * 0.7) / year.openHoursPerWeek;
const averageCalls = year.callsPerWeek / (year.openHoursPerWeek * 2);
console.log(
  `${year.fte.toFixed(1)} FTE put about ${onPhones.toFixed(1)} agents on the phones in an average half-hour of ${averageCalls.toFixed(0)} calls.`,
);
console.log("If calls really take 3½ minutes (210 s) and callers hang up after 90 s on average:");
const realistic = { calls: averageCalls, intervalSeconds: 1800, ahtSeconds: 210, patienceSeconds: 90, shrinkage: 0.3 };
const now = erlangA({
  trafficErlangs: (averageCalls * 210) / 1800,
  agents: 24,
  ahtSeconds: 210,
  patienceSeconds: 90,
  targetSeconds: 20,
});
console.log(
  `  24 agents: ${percent(now.abandonmentProbability)} hang up unanswered, ${percent(now.serviceLevel)} answered within 20 s (Erlang C has no answer: agents < traffic).`,
);
for (const goal of [0.2, 0.1, 0.05]) {
  const needed = requiredAgentsErlangA({ ...realistic, maxAbandonment: goal });
  console.log(
    `  to cut unanswered calls to ${percent(goal, 0).padStart(3)}: ${needed.agents} agents on the phones, ${needed.scheduledAgents} rostered at 30% shrinkage (answered within 20 s: ${percent(needed.serviceLevel)})`,
  );
}

// 4. Telephone lines ------------------------------------------------------------------------------
title("4. Telephone lines for the busiest half-hour (Erlang B)");
const busiest = year.week.reduce((peak, slot) => (slot.calls > peak.calls ? slot : peak));
const peak = requiredAgents({
  calls: busiest.calls,
  intervalSeconds: 1800,
  ahtSeconds: 120,
  serviceLevel: 0.8,
  targetSeconds: 20,
});
// A line is held while the caller waits and while they talk: line traffic = calls × (ASA + AHT) ÷ interval.
const lineTraffic = (busiest.calls * (peak.averageSpeedOfAnswerSeconds + 120)) / 1800;
const lines = requiredLines({ trafficErlangs: lineTraffic, maxBlocking: 0.01 });
const day = busiest.day.charAt(0).toUpperCase() + busiest.day.slice(1);
console.log(
  `${day} ${busiest.start}: ${busiest.calls.toFixed(0)} calls, ${peak.agents} agents, ASA ${peak.averageSpeedOfAnswerSeconds.toFixed(1)} s.`,
);
console.log(
  `Lines hold ${lineTraffic.toFixed(1)} Erlangs; at most 1% busy tone needs ${lines.lines} lines (blocking ${percent(lines.blockingProbability, 2)}).`,
);
