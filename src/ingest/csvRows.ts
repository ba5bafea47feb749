import { parse } from "csv-parse/sync";

/**
 * What `ingestCsv` reads: the whole text, or its chunks as they arrive (text or UTF-8 bytes) from any async
 * iterable, such as a Node file stream or a web `ReadableStream`.
 *
 * @example
 * ```ts
 * import type { CsvInput } from "council-contact/ingest";
 * const input: CsvInput = "Ref,Logged\nA1,2024-05-01 09:00\n";
 * typeof input //=> "string"
 * ```
 */
export type CsvInput = string | AsyncIterable<string | Uint8Array>;

/** One CSV record's cells, or a record csv-parse could not read, with its reason. */
export type CsvItem = readonly string[] | { readonly error: string };

/** About this many characters of complete records go to csv-parse at once. */
const BATCH = 1 << 20;

/** Parses complete records with csv-parse, keeping records and unreadable records in source order. */
function parseBatch(text: string): CsvItem[] {
  const items: CsvItem[] = [];
  parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      items.push({ error: error?.message ?? "unreadable record" });
    },
    on_record: (record: string[]) => {
      items.push(record);
      return null;
    },
  });
  return items;
}

/**
 * Finds where complete records end: the last line end outside quotes. A doubled quote inside a quoted field
 * toggles twice, so counting quotes is enough to know whether a line end is inside a field.
 */
class RecordCutter {
  private text = "";
  private scanned = 0;
  private quoted = false;
  private cut = 0;

  /** Adds a chunk; returns the complete records gathered once there are enough of them, else undefined. */
  push(chunk: string): string | undefined {
    this.text += chunk;
    const text = this.text;
    let i = this.scanned;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (this.quoted) {
        if (quote < 0) break;
        this.quoted = false;
        i = quote + 1;
        continue;
      }
      const newline = text.lastIndexOf("\n", quote < 0 ? text.length : quote);
      if (newline >= i) this.cut = newline + 1;
      if (quote < 0) break;
      this.quoted = true;
      i = quote + 1;
    }
    this.scanned = text.length;
    if (this.cut < BATCH) return undefined;
    const ready = text.slice(0, this.cut);
    this.text = text.slice(this.cut);
    this.scanned -= this.cut;
    this.cut = 0;
    return ready;
  }

  /** Everything not yet given out. */
  rest(): string {
    return this.text;
  }
}

/**
 * The records of a CSV text or stream, batch by batch, in order: memory holds one batch, not the file.
 *
 * @param input - the text or its chunks.
 * @returns the batches of records.
 */
export async function* csvRows(input: CsvInput): AsyncGenerator<CsvItem[]> {
  if (typeof input === "string") {
    yield parseBatch(input);
    return;
  }
  const cutter = new RecordCutter();
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    const ready = cutter.push(text);
    if (ready !== undefined) yield parseBatch(ready);
  }
  const rest = cutter.rest() + decoder.decode();
  if (rest !== "") yield parseBatch(rest);
}
