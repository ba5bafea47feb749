// Ingest: a generated NYC-311-shaped CSV (US local times, quoted fields, four channel words) read by ingestCsv,
// beside csv-parse alone on the same text (the floor: ingest adds times, channels, ids and the report); and a
// generated export streamed through ingestCsvStream, with the growth of peak RSS.

import { ingestCsv, ingestCsvStream } from "council-contact/ingest";
import { parse } from "csv-parse/sync";
import { type Benchmark, medianMs, medianMsAsync, round3 } from "./harness.js";

const HEADER =
  "Unique Key,Created Date,Closed Date,Complaint Type,Descriptor,Status,Open Data Channel Type,Latitude,Longitude\n";
const CHANNELS = ["PHONE", "ONLINE", "MOBILE", "UNKNOWN"];
const pad = (n: number): string => String(n).padStart(2, "0");

/** Rows `from` to `to` of the export. */
function rows(from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const created = `${pad(1 + (i % 12))}/${pad(1 + (i % 28))}/2022 ${pad(1 + (i % 12))}:${pad(i % 60)}:00 ${i % 2 ? "AM" : "PM"}`;
    text += `${10_000_000 + i},${created},,Noise - Residential,"Loud Music/Party",Open,${CHANNELS[i % 4]},40.83,-73.92\n`;
  }
  return text;
}

export const benchmarks: Benchmark[] = [
  {
    name: "ingestCsv 100 k NYC rows",
    run: async () => {
      const count = 100_000;
      const text = HEADER + rows(0, count);
      const ours = await medianMsAsync(() => ingestCsv(text, { preset: "nyc311" }), { repeats: 3, warmup: 1 });
      const floor = medianMs(() => parse(text, { relax_column_count: true }).length, { repeats: 3, warmup: 1 });
      const perRow = (ours * 1000) / count;
      return [
        {
          name: "ingest: ingestCsv nyc311, per row",
          value: round3(perRow),
          unit: "µs",
          budget: "≤ 2.3 µs per row (a 1.3 M-row year in 3 s)",
          ratio: round3(ours / floor),
          pass: perRow <= 2.3,
          note: "ratio: ingestCsv ÷ csv-parse alone on the same text",
        },
      ];
    },
  },
  {
    name: "ingestCsvStream 1 M generated rows",
    run: async () => {
      const count = 1_000_000;
      async function* chunks(): AsyncGenerator<string> {
        yield HEADER;
        for (let i = 0; i < count; i += 10_000) yield rows(i, i + 10_000);
      }
      const before = process.memoryUsage().rss;
      let peak = before;
      let records = 0;
      const stream = ingestCsvStream(chunks(), { preset: "nyc311" });
      for await (const item of stream.items) {
        if ("record" in item) records++;
        if ((records & 0x3fff) === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
      const growthMb = (Math.max(peak, process.memoryUsage().rss) - before) / 1e6;
      return [
        {
          name: "ingest: ingestCsvStream 1 M rows, peak RSS growth",
          value: round3(growthMb),
          unit: "MB",
          budget: "≤ 250 MB (one batch of rows plus the set of ids seen, not the file)",
          pass: growthMb <= 250 && records === count,
        },
      ];
    },
  },
];
