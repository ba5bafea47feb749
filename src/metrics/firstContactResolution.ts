import { londonDayNumber, messages } from "../core/index.js";
import type { ContactAggregate } from "./Aggregate.js";
import { keysOf, noCounts, rate } from "./counts.js";
import { OUTBOUND_CODE } from "./volumes.js";

/**
 * Options for {@link firstContactResolution}.
 *
 * @example
 * ```ts
 * import type { FirstContactResolutionOptions } from "council-contact/metrics";
 * const options: FirstContactResolutionOptions = { windowDays: 14 };
 * options.windowDays //=> 14
 * ```
 */
export interface FirstContactResolutionOptions {
  /** The re-contact window: a contact is resolved first time if the same customer does not contact again about the same service within this many London days after it. Default 7. */
  readonly windowDays?: number;
}

/**
 * The state of {@link firstContactResolution}: the London days of each customer's contacts about each service,
 * sorted (plain JSON).
 *
 * @example
 * ```ts
 * import { firstContactResolution, type FirstContactResolutionState } from "council-contact/metrics";
 * const state: FirstContactResolutionState = firstContactResolution().empty();
 * Object.keys(state.days) //=> []
 * ```
 */
export interface FirstContactResolutionState {
  /** Days by `customer` + NUL + `service`. */
  days: Record<string, number[]>;
}

/**
 * First-contact resolution over contacts with a known customer and service.
 *
 * @example
 * ```ts
 * import type { FirstContactResolution } from "council-contact/metrics";
 * const fcr: FirstContactResolution = { windowDays: 7, contacts: 4, resolved: 3, rate: 0.75 };
 * fcr.rate //=> 0.75
 * ```
 */
export interface FirstContactResolution {
  /** The re-contact window used, in days. */
  readonly windowDays: number;
  /** Customer contacts with a customer and a service. */
  readonly contacts: number;
  /** Of those, contacts not followed by another from the same customer about the same service within the window. */
  readonly resolved: number;
  /** resolved ÷ contacts; `null` with none. */
  readonly rate: number | null;
}

const keyOf = (customer: string, service: string): string => `${customer}\u0000${service}`;

function push(days: Record<string, number[]>, key: string, day: number): void {
  if (Object.hasOwn(days, key)) days[key]!.push(day);
  else Object.defineProperty(days, key, { value: [day], writable: true, enumerable: true, configurable: true });
}

/**
 * First-contact resolution (FCR) with a declared re-contact window, as an aggregate: a customer contact counts as
 * resolved first time when the same customer does not contact the council again about the same service within
 * `windowDays` London days after it. Contacts without a customer or service cannot be judged and are left out.
 * Contacts in the last `windowDays` of the data may yet be followed up: judge a period once its window has passed.
 *
 * @param options - the re-contact window in days (default 7).
 * @returns the aggregate.
 * @throws RangeError if `windowDays` is not a whole number from 0 to 366.
 * @example
 * ```ts
 * import { firstContactResolution, summarize } from "council-contact/metrics";
 * import { parseContacts } from "council-contact/schema";
 * const contacts = parseContacts([
 *   { id: "a", at: "2024-05-01T09:00:00Z", channel: "telephone", customerId: "c1", serviceId: "missed-bin" },
 *   { id: "b", at: "2024-05-03T09:00:00Z", channel: "email", customerId: "c1", serviceId: "missed-bin" },
 *   { id: "c", at: "2024-05-20T09:00:00Z", channel: "email", customerId: "c1", serviceId: "missed-bin" },
 *   { id: "d", at: "2024-05-01T09:00:00Z", channel: "web-form", customerId: "c2", serviceId: "council-tax" },
 * ]);
 * summarize(contacts, firstContactResolution({ windowDays: 7 })) //=> { windowDays: 7, contacts: 4, resolved: 3, rate: 0.75 }
 * firstContactResolution({ windowDays: -1 }) //=> throws RangeError
 * ```
 */
export function firstContactResolution(
  options: FirstContactResolutionOptions = {},
): ContactAggregate<FirstContactResolutionState, FirstContactResolution> {
  if (typeof options !== "object" || options === null) throw new RangeError(messages.options("options", options));
  const { windowDays = 7 } = options;
  if (!Number.isSafeInteger(windowDays) || windowDays < 0 || windowDays > 366)
    throw new RangeError(messages.mustBe("options.windowDays", "a whole number of days from 0 to 366", windowDays));
  return {
    empty: () => ({ days: noCounts() as unknown as Record<string, number[]> }),
    add(state, c) {
      if (c.direction !== "outbound" && typeof c.customerId === "string" && typeof c.serviceId === "string")
        push(state.days, keyOf(c.customerId, c.serviceId), londonDayNumber(c.at));
      return state;
    },
    addColumns(state, columns) {
      const { customer, service, direction, day } = columns;
      const width = service.values.length;
      const byPair = new Map<number, number[]>();
      for (let row = 0; row < columns.length; row++) {
        const who = customer.codes[row]!;
        const what = service.codes[row]!;
        if (who < 0 || what < 0 || direction[row] === OUTBOUND_CODE) continue;
        const pair = who * width + what;
        const list = byPair.get(pair);
        if (list === undefined) byPair.set(pair, [day[row]!]);
        else list.push(day[row]!);
      }
      for (const [pair, list] of byPair) {
        const key = keyOf(customer.values[Math.floor(pair / width)]!, service.values[pair % width]!);
        for (const d of list) push(state.days, key, d);
      }
      return state;
    },
    merge(a, b) {
      const days = noCounts() as unknown as Record<string, number[]>;
      for (const source of [a.days, b.days])
        for (const key of Object.keys(source)) for (const d of source[key]!) push(days, key, d);
      return { days };
    },
    result(state) {
      let contacts = 0;
      let resolved = 0;
      for (const key of keysOf(state.days as never)) {
        const list = [...state.days[key]!].sort((x, y) => x - y);
        contacts += list.length;
        for (let i = 0; i < list.length; i++)
          if (i === list.length - 1 || list[i + 1]! - list[i]! > windowDays) resolved++;
      }
      return { windowDays, contacts, resolved, rate: rate(resolved, contacts) };
    },
  };
}
