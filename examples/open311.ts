// Open311 GeoReport v2 in and out: the same request list in JSON (written the way the spec's own
// examples write it, with "service_code":006) and in XML reads to the same typed objects; a request
// becomes an enquiry on the service-request lifecycle and goes back out; FixMyStreet's and a
// council's own statuses are mapped through a table you can extend and are never thrown away.
//
//   npx tsx examples/open311.ts
import {
  formatOpen311Xml,
  fromOpen311,
  parseOpen311Json,
  parseOpen311Xml,
  safeParseOpen311Json,
  toOpen311,
} from "council-contact/open311";

const json = `[
  {"service_request_id":7001,"status":"closed","service_code":006,"description":null,
   "requested_datetime":"2024-04-14T06:37:38-08:00","expected_datetime":"2024-04-15T06:37:38-08:00",
   "address":"1 TEST ROAD","lat":51.5,"long":-0.12,"extended_attributes":{"channel":"phone"}}
]`;
const xml = `<?xml version="1.0" encoding="utf-8"?>
<service_requests><request>
  <service_request_id>7001</service_request_id><status>closed</status><service_code>006</service_code>
  <description></description><requested_datetime>2024-04-14T06:37:38-08:00</requested_datetime>
  <expected_datetime>2024-04-15T06:37:38-08:00</expected_datetime><address>1 TEST ROAD</address>
  <lat>51.5</lat><long>-0.12</long><extended_attributes><channel>phone</channel></extended_attributes>
</request></service_requests>`;

const fromJson = parseOpen311Json(json);
const fromXml = parseOpen311Xml(xml);
console.log("JSON and XML read the same:", JSON.stringify(fromJson) === JSON.stringify(fromXml));
console.log(fromJson);

if (fromJson.kind === "requests") {
  const found = fromOpen311(fromJson.requests[0]!);
  console.log("enquiry:", found.enquiry.state, found.enquiry.status, "channel:", found.channel);
  console.log("due:", new Date(found.dueAt!).toISOString());
  console.log("back out:", toOpen311(found));
}

for (const status of ["acknowledged", "INVESTIGATING", "completed", "With contractor"]) {
  const found = fromOpen311(
    { service_request_id: "1", status, requested_datetime: "2024-05-01T09:00:00Z" },
    { statuses: status === "With contractor" ? { "with contractor": "in-progress" } : {} },
  );
  console.log(`status ${JSON.stringify(status)} → ${found.enquiry.state} (kept as ${JSON.stringify(found.status)})`);
}

const updates = formatOpen311Xml({
  kind: "updates",
  updates: [
    { update_id: "u1", service_request_id: "7001", status: "FIXED", updated_datetime: "2024-04-15T09:00:00-08:00" },
  ],
});
console.log(updates);

const broken = safeParseOpen311Json('[\n  {"service_code":"001",\n  }\n]');
if (!broken.success) console.log("malformed:", broken.error.message);
