import type { ResolvedClassifierOptions } from "../AvoidableClassifierOptions.js";
import type { EnquiryUpdateColumns } from "../enquiryUpdateColumns.js";
import { Engine, type EngineUpdate, engineContact } from "./Engine.js";
import { NONE } from "./EnquiryRecord.js";
import { DIRECTION_CODE } from "./taxonomyCode.js";

/**
 * A history as the engine reads it, one entry per contact: the instant and London day, customer, place, enquiry
 * and service as keys (-1 for none), the interaction, outcome and direction as codes (position in the taxonomy's
 * list plus one, 0 for none). The contact columns are this shape; the object path interns into it.
 */
export interface Rows {
  readonly at: Float64Array;
  readonly day: Int32Array;
  readonly customer: Int32Array;
  readonly place: Int32Array;
  readonly enquiry: Int32Array;
  readonly service: Int32Array;
  readonly interaction: Uint8Array;
  readonly outcome: Uint8Array;
  readonly direction: Uint8Array;
}

/** Enquiry updates as the engine reads them: their columns, with keys in the same spaces as the contacts'. */
export type UpdateRows = Omit<EnquiryUpdateColumns, "extra">;

/** How many keys there are, what the service keys name (for the lists in the options), and the notes for a text model. */
export interface RowNames {
  /** How many customer, place and enquiry keys there are. */
  readonly customers: number;
  readonly places: number;
  readonly enquiries: number;
  /** The name of each service key. */
  readonly services: readonly string[];
  readonly note: ((i: number) => string | undefined) | undefined;
}

/**
 * The decisions about a history, in input order. `enquiries` holds the key of the enquiry each decision names (-1
 * for none, or for one a referred contact implied); the compact forms turn keys into ids.
 */
export interface Decisions {
  readonly rules: Uint8Array;
  readonly reasons: Uint8Array;
  readonly evidence: Int32Array;
  readonly days: Int32Array;
  readonly outcomes: Uint8Array;
  readonly enquiries: Int32Array;
  readonly probabilities: Float64Array;
}

/** The direction code of an outbound contact. */
const OUTBOUND = DIRECTION_CODE.get("outbound")!;

/**
 * Runs the engine over `n` contacts in the library's order (`order`, or as given when undefined) with the updates
 * merged in (`updateOrder`, or as given): at the same instant, updates first. Writes each decision at the contact's
 * position. The engine's memory follows the window; the output grows with the history.
 */
export function classifyRows(
  n: number,
  rows: Rows,
  order: Uint32Array | undefined,
  updates: UpdateRows,
  updateOrder: Uint32Array | undefined,
  names: RowNames,
  o: ResolvedClassifierOptions,
): Decisions {
  const expected = Math.max(512, n >> 3);
  const engine = new Engine(o, [names.customers, names.places, names.enquiries], expected, false);
  names.services.forEach((service, key) => {
    engine.defineService(key, service);
  });
  const rules = new Uint8Array(n);
  const reasons = new Uint8Array(n);
  const evidence = new Int32Array(2 * n);
  const days = new Int32Array(n);
  const outcomes = new Uint8Array(n);
  const enquiries = new Int32Array(n);
  const probabilities = new Float64Array(o.textModel === undefined ? 0 : n);
  const { at, day, customer, place, enquiry, service, interaction, outcome, direction } = rows;
  const note = o.textModel === undefined ? undefined : names.note;
  const c = engineContact();
  const u: EngineUpdate = {
    day: 0,
    enquiry: NONE,
    closed: false,
    outcome: 0,
    customer: NONE,
    place: NONE,
    service: NONE,
  };
  let next = 0;
  let nextAt = updates.length === 0 ? Number.POSITIVE_INFINITY : updates.at[updateOrder?.[0] ?? 0]!;
  for (let k = 0; k < n; k++) {
    const i = order === undefined ? k : order[k]!;
    // Updates at or before the contact's instant go first.
    while (nextAt <= at[i]!) {
      const j = updateOrder === undefined ? next : updateOrder[next]!;
      u.day = updates.day[j]!;
      u.enquiry = updates.enquiry[j]!;
      u.closed = updates.type[j] === 1;
      u.outcome = updates.outcome[j]!;
      u.customer = updates.customer[j]!;
      u.place = updates.place[j]!;
      u.service = updates.service[j]!;
      engine.update(u);
      next++;
      nextAt =
        next === updates.length
          ? Number.POSITIVE_INFINITY
          : updates.at[updateOrder === undefined ? next : updateOrder[next]!]!;
    }
    c.seq = i;
    c.day = day[i]!;
    c.customer = customer[i]!;
    c.place = place[i]!;
    c.enquiry = enquiry[i]!;
    c.service = service[i]!;
    c.interaction = interaction[i]!;
    c.outcome = outcome[i]!;
    c.outbound = direction[i] === OUTBOUND;
    c.note = note === undefined ? undefined : note(i);
    engine.contact(c);
    rules[i] = engine.rule;
    reasons[i] = engine.reason;
    evidence[2 * i] = engine.first;
    evidence[2 * i + 1] = engine.second;
    days[i] = engine.days;
    outcomes[i] = engine.outcome;
    enquiries[i] = engine.enquiryKey;
    if (engine.probability !== 0) probabilities[i] = engine.probability;
  }
  return { rules, reasons, evidence, days, outcomes, enquiries, probabilities };
}
