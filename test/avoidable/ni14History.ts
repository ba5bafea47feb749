import { NI14_NONE, type Ni14Result } from "../../src/avoidable/index.js";
import { history } from "./history.js";

// Six contacts, worked by hand: a clarification (b), a transfer (c) and a chase (e) are avoidable; the letter (f) is
// outbound. The last two fall in June in London: 23:30 UTC on 31 May is 00:30 BST on 1 June.
export const NI14_CONTACTS = history([
  { id: "a", at: "2024-05-01T09:00:00Z", serviceId: "council-tax", interaction: "payment" },
  { id: "b", at: "2024-05-02T09:00:00Z", channel: "email", serviceId: "council-tax", interaction: "clarification" },
  { id: "c", at: "2024-05-03T09:00:00Z", serviceId: "potholes", outcome: "transferred" },
  { id: "d", at: "2024-05-04T09:00:00Z", channel: "web-form", interaction: "information" },
  { id: "e", at: "2024-05-31T23:30:00Z", channel: "web-form", serviceId: "my-own-service", interaction: "chase" },
  { id: "f", at: "2024-06-02T09:00:00Z", channel: "letter", direction: "outbound", serviceId: "council-tax" },
]);

/** NI 14 of {@link NI14_CONTACTS} with every breakdown, worked by hand: 3 avoidable of 5 customer contacts. */
export const NI14_MEASURE: Ni14Result = {
  avoidable: 3,
  total: 5,
  rate: 0.6,
  outbound: 1,
  byService: {
    [NI14_NONE]: { avoidable: 0, total: 1, rate: 0 },
    "council-tax": { avoidable: 1, total: 2, rate: 0.5 },
    "my-own-service": { avoidable: 1, total: 1, rate: 1 },
    potholes: { avoidable: 1, total: 1, rate: 1 },
  },
  byChannel: {
    email: { avoidable: 1, total: 1, rate: 1 },
    telephone: { avoidable: 1, total: 2, rate: 0.5 },
    "web-form": { avoidable: 1, total: 2, rate: 0.5 },
  },
  byCluster: {
    [NI14_NONE]: { avoidable: 1, total: 2, rate: 0.5 },
    revenues: { avoidable: 1, total: 2, rate: 0.5 },
    "street-scene": { avoidable: 1, total: 1, rate: 1 },
  },
  byReason: {
    "progress-chasing": 1,
    repeat: 0,
    "failure-to-deliver": 0,
    clarification: 1,
    misdirected: 1,
    "info-not-available": 0,
    nugatory: 0,
  },
  byMonth: { "2024-05": { avoidable: 2, total: 4, rate: 0.5 }, "2024-06": { avoidable: 1, total: 1, rate: 1 } },
};
