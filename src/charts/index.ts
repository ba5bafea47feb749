/**
 * Charts as Vega-Lite specifications: plain JSON taking plain result data (channel mix, demand with XmR limits and
 * signals, NI 14 by service and reason, cost to serve, a funnel plot of wards, channel-shift savings, service level
 * against agents, staffing by interval). Render them with `vega-embed`, the Vega-Lite editor, or `vega` and
 * `vega-lite` in Node; the library depends on neither.
 *
 * @module charts
 */
export type { AvoidableCount } from "./avoidableChart.js";
export { avoidableChart } from "./avoidableChart.js";
export type { ChannelCount } from "./channelMixChart.js";
export { channelMixChart } from "./channelMixChart.js";
export type { YearSaving } from "./channelShiftChart.js";
export { channelShiftChart } from "./channelShiftChart.js";
export type { ChannelCostRow } from "./costChart.js";
export { costChart } from "./costChart.js";
export type { DemandPoint } from "./demandChart.js";
export { demandChart } from "./demandChart.js";
export type { FunnelArea, FunnelCurvePoint } from "./funnelChart.js";
export { funnelChart } from "./funnelChart.js";
export type { AgentsServiceLevel } from "./serviceLevelChart.js";
export { serviceLevelChart } from "./serviceLevelChart.js";
export type { IntervalStaffing } from "./staffingChart.js";
export { staffingChart } from "./staffingChart.js";
export type { ChartOptions, VegaLiteSpec } from "./VegaLiteSpec.js";
