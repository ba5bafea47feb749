import { type ContactColumns, checkContactColumns, type DictionaryColumn } from "../contact/index.js";
import { londonDayNumber, rangeError, readInstant, ValidationError, type ValidationIssue } from "../core/index.js";
import type { ContactId } from "../schema/index.js";
import { CHANNEL_CODES, type Channel, isChannel } from "../taxonomy/index.js";

/**
 * A table in columns, as Apache Arrow's `Table` (and DuckDB's Arrow output, and hyparquet's columns wrapped
 * alike) presents one: a row count and each column by name, with its values as an array.
 *
 * @example
 * ```ts
 * import type { ArrowLikeTable } from "council-contact/ingest";
 * const columns: Record<string, unknown[]> = { id: ["c-1"], at: [1714554000000] };
 * const table: ArrowLikeTable = { numRows: 1, getChild: (name) => (columns[name] ? { toArray: () => columns[name]! } : null) };
 * table.numRows //=> 1
 * ```
 */
export interface ArrowLikeTable {
  /** How many rows. */
  readonly numRows: number;
  /** A column by name, or null when there is none. */
  getChild(name: string): ArrowLikeColumn | null | undefined;
}

/**
 * A column as Arrow presents one: its values as an array and, where it has nulls, their count and a validity test
 * (Arrow's `toArray` of a numeric or null column does not show its nulls).
 *
 * @example
 * ```ts
 * import type { ArrowLikeColumn } from "council-contact/ingest";
 * const column: ArrowLikeColumn = { toArray: () => [3, 0], nullCount: 1, isValid: (i) => i === 0 };
 * column.isValid?.(1) //=> false
 * ```
 */
export interface ArrowLikeColumn {
  /** The values, one per row. */
  toArray(): ArrayLike<unknown>;
  /** How many rows are null. */
  readonly nullCount?: number;
  /** Whether a row holds a value (false: null). */
  isValid?(index: number): boolean;
}

/**
 * Which columns of a table hold which contact fields. `id` and `at` are required; a column left out is empty.
 *
 * @example
 * ```ts
 * import type { ArrowContactMapping } from "council-contact/ingest";
 * const mapping: ArrowContactMapping = { id: "unique_key", at: "created", channel: "channel", channels: { PHONE: "telephone" } };
 * mapping.at //=> "created"
 * ```
 */
export interface ArrowContactMapping {
  /** Each contact's id. */
  readonly id: string;
  /** When it happened: epoch milliseconds (number or bigint), a `Date`, or an instant with an offset. */
  readonly at: string;
  /** Its channel: a channel code, or a word in `channels`; anything else is `unknown`. */
  readonly channel?: string;
  /** Channel words (ignoring case) and their codes. */
  readonly channels?: Readonly<Record<string, Channel>>;
  /** Who made it. */
  readonly customer?: string;
  /** The enquiry it belongs to. */
  readonly enquiry?: string;
  /** The service it was about. */
  readonly service?: string;
  /** The property's UPRN (also the `place` column). */
  readonly uprn?: string;
  /** The ward. */
  readonly ward?: string;
  /** Free text. */
  readonly note?: string;
  /** Staff time in whole seconds. */
  readonly handleSeconds?: string;
  /** Waiting time in whole seconds. */
  readonly waitSeconds?: string;
}

const TEXT = ["customer", "enquiry", "service", "uprn", "ward", "note"] as const;
const UNKNOWN = CHANNEL_CODES.indexOf("unknown");

function values(table: ArrowLikeTable, option: string, name: unknown): ArrayLike<unknown> | undefined {
  if (name === undefined) return undefined;
  if (typeof name !== "string") throw rangeError(`mapping.${option}`, "a column name", name);
  const child = table.getChild(name);
  if (child === null || child === undefined) throw rangeError(`mapping.${option}`, "a column of the table", name);
  const array = child.toArray();
  if (array === null || typeof array !== "object" || array.length !== table.numRows) {
    throw rangeError(`column ${name}`, `${table.numRows} values`, array?.length);
  }
  if (typeof child.nullCount === "number" && child.nullCount > 0 && typeof child.isValid === "function") {
    const valid = child.isValid.bind(child);
    return Array.from({ length: array.length }, (_, i) => (valid(i) ? array[i] : null));
  }
  return array;
}

function dictionary(array: ArrayLike<unknown> | undefined, n: number): DictionaryColumn {
  const codes = new Int32Array(n).fill(-1);
  const list: string[] = [];
  if (array === undefined) return { codes, values: list };
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const value = array[i];
    if (value === null || value === undefined) continue;
    const text = String(value);
    let code = index.get(text);
    if (code === undefined) index.set(text, (code = list.push(text) - 1));
    codes[i] = code;
  }
  return { codes, values: list };
}

function instant(value: unknown): number | undefined {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.getTime();
  const ms = readInstant(value, "at");
  return typeof ms === "number" ? ms : undefined;
}

/**
 * Builds `ContactColumns` straight from a columnar table (an Apache Arrow `Table`, DuckDB's Arrow result, a
 * Parquet file read into Arrow) without making a contact object per row: typed arrays and dictionary columns
 * filled column by column, then checked with `checkContactColumns`.
 *
 * @param table - the table: `numRows` and `getChild(name).toArray()`.
 * @param mapping - which column holds which field.
 * @returns the contact columns.
 * @throws RangeError when the mapping names a column the table lacks; ValidationError listing the rows whose
 * id or time is missing or unreadable, and any other problem `checkContactColumns` finds.
 *
 * @example
 * ```ts
 * import { contactColumnsFromArrow } from "council-contact/ingest";
 * const data: Record<string, unknown[]> = { key: ["1", "2"], created: [1714554000000n, 1714557600000n], how: ["PHONE", "ONLINE"] };
 * const table = { numRows: 2, getChild: (name: string) => (data[name] ? { toArray: () => data[name]! } : null) };
 * const columns = contactColumnsFromArrow(table, { id: "key", at: "created", channel: "how", channels: { phone: "telephone" } });
 * columns.length //=> 2
 * Array.from(columns.channel) //=> [2, 14]
 * ```
 */
export function contactColumnsFromArrow(table: ArrowLikeTable, mapping: ArrowContactMapping): ContactColumns {
  if (typeof table !== "object" || table === null || typeof table.getChild !== "function") {
    throw rangeError("table", "an Arrow-like table with numRows and getChild", table);
  }
  const n = table.numRows;
  if (!Number.isSafeInteger(n) || n < 0) throw rangeError("table.numRows", "a whole number ≥ 0", n);
  if (typeof mapping !== "object" || mapping === null) throw rangeError("mapping", "an object", mapping);
  const issues: ValidationIssue[] = [];
  const ids = values(table, "id", mapping.id ?? "") as ArrayLike<unknown>;
  const times = values(table, "at", mapping.at ?? "") as ArrayLike<unknown>;
  const id: ContactId[] = new Array(n);
  const at = new Float64Array(n);
  const day = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = ids[i];
    if (key === null || key === undefined || key === "") {
      issues.push({ code: "missing", path: ["id", i], message: `row ${i} has no id` });
    }
    id[i] = String(key) as ContactId;
    const ms = instant(times[i]);
    if (ms === undefined || !Number.isFinite(ms)) {
      issues.push({
        code: "invalid_date",
        path: ["at", i],
        message: `row ${i}'s time cannot be read`,
        input: times[i],
      });
    } else {
      at[i] = ms;
      day[i] = londonDayNumber(ms);
    }
  }
  const words = new Map<string, number>();
  if (mapping.channels !== undefined) {
    for (const [word, code] of Object.entries(mapping.channels)) {
      if (!isChannel(code)) throw rangeError(`mapping.channels[${JSON.stringify(word)}]`, "a channel code", code);
      words.set(word.trim().toLowerCase(), CHANNEL_CODES.indexOf(code));
    }
  }
  const channel = new Uint8Array(n).fill(UNKNOWN);
  const channels = values(table, "channel", mapping.channel);
  if (channels !== undefined) {
    for (let i = 0; i < n; i++) {
      const value = channels[i];
      if (typeof value !== "string") continue;
      channel[i] = isChannel(value) ? CHANNEL_CODES.indexOf(value) : (words.get(value.trim().toLowerCase()) ?? UNKNOWN);
    }
  }
  const seconds = (option: "handleSeconds" | "waitSeconds"): Float64Array => {
    const out = new Float64Array(n).fill(-1);
    const array = values(table, option, mapping[option]);
    if (array === undefined) return out;
    for (let i = 0; i < n; i++) {
      const value = typeof array[i] === "bigint" ? Number(array[i]) : array[i];
      if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) out[i] = value;
    }
    return out;
  };
  if (issues.length > 0) throw new ValidationError(issues, "contact columns");
  const text = Object.fromEntries(
    TEXT.map((field) => [field, dictionary(values(table, field, mapping[field]), n)]),
  ) as Record<(typeof TEXT)[number], DictionaryColumn>;
  return checkContactColumns({
    length: n,
    id,
    at,
    day,
    channel,
    direction: new Uint8Array(n),
    interaction: new Uint8Array(n),
    outcome: new Uint8Array(n),
    ...text,
    place: text.uprn,
    handleSeconds: seconds("handleSeconds"),
    waitSeconds: seconds("waitSeconds"),
    answered: new Uint8Array(n),
  });
}
