// The charts the guide shows, each built from the library's own results on a synthetic year, so the images show
// what an analyst would get. Deterministic: a fixed seed, no clock.
import {
  avoidableChart,
  channelMixChart,
  channelShiftChart,
  costChart,
  demandChart,
  funnelChart,
  serviceLevelChart,
  staffingChart,
  type VegaLiteSpec,
} from "../../src/charts/index.js";
import { SOCITM_2012_UNIT_COSTS } from "../../src/cost/index.js";
import { contactSummary, funnelLimits, hotspots, summarize, xmrChart } from "../../src/metrics/index.js";
import { requiredAgents, serviceLevel } from "../../src/staffing/index.js";
import { generateContacts } from "../../src/synth/index.js";

const WARDS = ["Abbey", "Castle", "Mill", "Riverside", "Park", "Harbour", "Station", "Market"];

export function gallery(): Record<string, VegaLiteSpec> {
  const contacts = generateContacts({ seed: 13, count: 20_000, from: "2024-01-01", to: "2024-12-31", wards: WARDS });
  const summary = summarize(contacts, contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS }));

  const weeks = summary.volumes.week.rows.slice(1, -1);
  const chart = xmrChart(
    weeks.map((w) => w.count),
    { improvement: "decrease" },
  );
  const demand = chart.points.map((p) => ({
    date: weeks[p.index]!.key,
    value: p.value,
    mean: p.mean,
    upperProcessLimit: p.upperProcessLimit,
    lowerProcessLimit: p.lowerProcessLimit,
    signal: p.signals[0]?.meaning ?? null,
  }));

  const missedBins = contacts.filter((c) => c.serviceId === "missed-bin");
  const households = [5200, 4100, 6100, 3900, 4800, 2500, 3300, 5600];
  const counts = Object.fromEntries(
    WARDS.map((ward, i) => [
      ward,
      {
        observed: missedBins.filter((c) => c.ward === ward).length + (ward === "Harbour" ? 40 : 0),
        exposure: households[i]!,
      },
    ]),
  );
  const rate = hotspots(counts, "pooled").rate;
  const areas = WARDS.map((ward) => {
    const expected = counts[ward]!.exposure * rate;
    return { area: ward, expected, ratio: counts[ward]!.observed / expected };
  });
  const curve = Array.from({ length: 60 }, (_, i) => {
    const expected = 5 + i * 3;
    const l95 = funnelLimits(expected, { level: 0.95 });
    const l998 = funnelLimits(expected, { level: 0.998 });
    return { expected, lower95: l95.lower, upper95: l95.upper, lower998: l998.lower, upper998: l998.upper };
  });

  const agents = Array.from({ length: 10 }, (_, i) => 11 + i);
  const levels = agents.map((n) => ({
    agents: n,
    serviceLevel: serviceLevel({ trafficErlangs: 10, agents: n, ahtSeconds: 240, targetSeconds: 20 }),
  }));

  const callsByInterval = [40, 75, 120, 135, 125, 110, 95, 105, 115, 100, 80, 60, 45, 30, 20, 15];
  const staffing = callsByInterval.map((calls, i) => ({
    interval: `${String(8 + Math.floor(i / 2)).padStart(2, "0")}:${i % 2 === 0 ? "00" : "30"}`,
    calls,
    agents: requiredAgents({ calls, intervalSeconds: 1800, ahtSeconds: 300, serviceLevel: 0.8, targetSeconds: 20 })
      .agents,
  }));

  const reasons = ["progress-chasing", "repeat-contact", "not-understood", "wrong-channel"];
  const services = summary.volumes.service.rows.slice(0, 6);
  const avoidable = services.flatMap((s, i) =>
    reasons.map((reason, j) => ({ service: s.key, reason, count: Math.round((s.count * (((i + j) % 4) + 1)) / 40) })),
  );

  return {
    "channel-mix": channelMixChart(summary.channelMix.rows),
    "demand-xmr": demandChart(demand, { title: "Contacts per week, with process limits" }),
    "ni14-by-service": avoidableChart(avoidable),
    "cost-by-channel": costChart(summary.cost!.rows),
    "funnel-wards": funnelChart(areas, curve, { title: "Missed bins by ward against the borough rate" }),
    "channel-shift-savings": channelShiftChart([
      { year: "2025/26", kind: "cashable", saving: "18200.00" },
      { year: "2025/26", kind: "non-cashable", saving: "9400.00" },
      { year: "2026/27", kind: "cashable", saving: "36400.00" },
      { year: "2026/27", kind: "non-cashable", saving: "15100.00" },
      { year: "2027/28", kind: "cashable", saving: "52800.00" },
      { year: "2027/28", kind: "non-cashable", saving: "19900.00" },
    ]),
    "service-level-agents": serviceLevelChart(levels, 0.8),
    "staffing-by-interval": staffingChart(staffing),
  };
}
