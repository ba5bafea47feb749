// The worker half of examples/metrics-workers.ts: adds its slice of contacts to an empty summary state and sends
// the state back as JSON. (A CommonJS file, so the main script can load it through tsx's require hook.)
import threads = require("node:worker_threads");
import cost = require("council-contact/cost");
import metrics = require("council-contact/metrics");

import type { Contact } from "council-contact/schema";

const summary = metrics.contactSummary({ unitCosts: cost.SOCITM_2012_UNIT_COSTS });
const state = metrics.accumulate(threads.workerData as Contact[], summary);
threads.parentPort?.postMessage(JSON.stringify(state));
