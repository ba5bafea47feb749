// The worker half of examples/metrics-workers.ts: adds its slice of contacts to an empty summary state and sends
// the state back as JSON.
import { parentPort, workerData } from "node:worker_threads";
import { SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
import { accumulate, contactSummary } from "council-contact/metrics";
import type { Contact } from "council-contact/schema";

const state = accumulate(workerData as Contact[], contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS }));
parentPort?.postMessage(JSON.stringify(state));
