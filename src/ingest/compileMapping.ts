import { rangeError, show, type TimeZone, timeZone } from "../core/index.js";
import { type Channel, isChannel } from "../taxonomy/index.js";

/** The fields a mapping can name, in the order rows are read. */
export const FIELDS = [
  "id",
  "openedAt",
  "closedAt",
  "dueAt",
  "status",
  "channel",
  "service",
  "description",
  "address",
  "latitude",
  "longitude",
  "onTime",
] as const;

/** A field of a mapping. */
export type Field = (typeof FIELDS)[number];

/** A mapping checked and made ready: column names as lists, words as lower-case lookups, the zone built. */
export interface CompiledMapping {
  readonly columns: Readonly<Record<Field, readonly string[]>>;
  readonly zone: TimeZone;
  readonly channels: ReadonlyMap<string, Channel>;
  readonly closed: ReadonlySet<string>;
  readonly onTime: string;
  readonly late: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function names(option: string, value: unknown, required: boolean): readonly string[] {
  if (value === undefined && !required) return [];
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((name) => typeof name === "string" && name !== "")) {
    throw rangeError(option, "a column name or a non-empty list of them", value);
  }
  return list as readonly string[];
}

function words(option: string, value: unknown, fallback: readonly string[]): ReadonlySet<string> {
  if (value === undefined) return new Set(fallback);
  if (!Array.isArray(value) || !value.every((word) => typeof word === "string")) {
    throw rangeError(option, "a list of strings", value);
  }
  return new Set(value.map((word: string) => word.trim().toLowerCase()));
}

/**
 * Checks a mapping and readies it for reading rows.
 *
 * @param mapping - the caller's mapping.
 * @returns the compiled mapping.
 * @throws RangeError naming the option that is wrong.
 */
export function compileMapping(mapping: unknown): CompiledMapping {
  if (!isRecord(mapping)) throw rangeError("mapping", "an object", mapping);
  const columns = {} as Record<Field, readonly string[]>;
  for (const field of FIELDS) {
    columns[field] = names(`mapping.${field}`, mapping[field], field === "id" || field === "openedAt");
  }
  const zoneName = mapping.timeZone ?? "Europe/London";
  if (typeof zoneName !== "string") throw rangeError("mapping.timeZone", "an IANA zone name", zoneName);
  const channels = new Map<string, Channel>();
  if (mapping.channels !== undefined) {
    if (!isRecord(mapping.channels))
      throw rangeError("mapping.channels", "an object of channel codes", mapping.channels);
    for (const [word, code] of Object.entries(mapping.channels)) {
      if (!isChannel(code)) throw rangeError(`mapping.channels[${show(word)}]`, "a channel code", code);
      channels.set(word.trim().toLowerCase(), code);
    }
  }
  const verdicts = mapping.onTimeValues ?? { onTime: "ONTIME", late: "OVERDUE" };
  if (!isRecord(verdicts) || typeof verdicts.onTime !== "string" || typeof verdicts.late !== "string") {
    throw rangeError("mapping.onTimeValues", "{ onTime: string, late: string }", verdicts);
  }
  return {
    columns,
    zone: timeZone(zoneName),
    channels,
    closed: words("mapping.closedStatuses", mapping.closedStatuses, ["closed"]),
    onTime: verdicts.onTime.trim().toLowerCase(),
    late: verdicts.late.trim().toLowerCase(),
  };
}
