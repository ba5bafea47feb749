// A city's 311 export read as it comes: a CSV with US local times, channel words, a closed date that
// comes before the created date, a repeated id and a channel nobody mapped. Every row ends up as a
// record or a rejected row with its reasons, and the report counts both. Then Boston's own "ontime"
// verdict is reproduced from its target times, and a big file is streamed in batches.
//
//   npx tsx examples/ingest.ts
import { deadlineVerdict, ingestCsv, ingestCsvStream } from "council-contact/ingest";

const nyc = [
  "Unique Key,Created Date,Closed Date,Complaint Type,Status,Open Data Channel Type,Latitude,Longitude",
  "9000001,05/01/2022 12:03:00 AM,05/01/2022 01:10:00 AM,Noise - Residential,Closed,PHONE,40.83,-73.92",
  "9000002,05/01/2022 12:05:00 AM,,Illegal Parking,In Progress,ONLINE,40.70,-73.90",
  "9000003,05/01/2022 12:07:00 AM,,HEAT/HOT WATER,Open,UNKNOWN,,",
  "9000004,05/01/2022 12:09:00 AM,04/30/2022 11:00:00 PM,Noise - Street/Sidewalk,Closed,MOBILE,,",
  "9000001,05/01/2022 12:11:00 AM,,Noise - Residential,Open,PHONE,,",
].join("\r\n");

const { records, rejected, report } = await ingestCsv(nyc, { preset: "nyc311" });
console.log(`NYC: ${report.rowsIn} rows in = ${report.records} records + ${report.rejected} rejected`);
for (const r of records) {
  console.log(`  ${r.sourceId}  ${new Date(r.openedAt).toISOString()}  ${r.contact.channel.padEnd(10)} ${r.status}`);
}
for (const r of rejected)
  console.log(`  rejected row ${r.row} (${r.sourceId}): ${r.issues.map((i) => i.message).join("; ")}`);
console.log("  channels:", report.channels, " unmapped:", report.unmappedChannels);

const boston = [
  "case_enquiry_id,open_dt,target_dt,closed_dt,ontime,case_status,type,source",
  "B-1,2022-01-03 08:00:00,2022-01-05 08:30:00,2022-01-04 16:00:00,ONTIME,Closed,Missed Trash,Constituent Call",
  "B-2,2022-01-03 09:00:00,2022-01-04 08:30:00,2022-01-06 10:00:00,OVERDUE,Closed,Pothole,Citizens Connect App",
  "B-3,2022-01-04 10:00:00,2022-02-04 10:00:00,,OVERDUE,Open,Street Light Outages,Self Service",
  "B-4,2022-01-05 11:00:00,,2022-01-05 12:00:00,ONTIME,Closed,Needle Pickup,City Worker App",
].join("\n");
const cases = await ingestCsv(boston, { preset: "boston311" });
const exportTakenAt = "2022-03-01T00:00:00Z";
let agree = 0;
for (const r of cases.records) {
  const verdict = deadlineVerdict(r, exportTakenAt);
  // Boston counts a case without a target as ONTIME
  if ((verdict !== "late") === r.onTime) agree++;
  console.log(`Boston ${r.sourceId}: ours ${verdict.padEnd(11)} city's ${r.onTime ? "ONTIME" : "OVERDUE"}`);
}
console.log(`Boston: ${agree} of ${cases.records.length} verdicts agree`);

// A big export, streamed: chunks arrive as bytes; memory holds one batch of rows, not the file.
async function* bigExport(rows: number): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode("Ref,Logged,How\n");
  for (let i = 0; i < rows; i += 1000) {
    let chunk = "";
    for (let j = i; j < Math.min(rows, i + 1000); j++)
      chunk += `R${j},2024-05-01 09:${String(j % 60).padStart(2, "0")},phone\n`;
    yield encoder.encode(chunk);
  }
}
const stream = ingestCsvStream(bigExport(50_000), {
  mapping: { id: "Ref", openedAt: "Logged", channel: "How", channels: { phone: "telephone" } },
});
let phone = 0;
for await (const item of stream.items) if ("record" in item && item.record.contact.channel === "telephone") phone++;
console.log(`streamed: ${stream.report().rowsIn} rows, ${phone} by telephone`);
