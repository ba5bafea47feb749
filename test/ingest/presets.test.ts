import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deadlineVerdict, INGEST_PRESETS, ingestCsv, ingestRows } from "../../src/ingest/index.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");
const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

describe("the nyc311 preset on the city's Socrata JSON", () => {
  it("reads snake_case keys and local ISO times in New York time", () => {
    const rows = [
      {
        unique_key: "41000001",
        created_date: "2019-01-05T14:30:00.000",
        closed_date: "2019-01-06T09:00:00.000",
        status: "Closed",
        complaint_type: "Noise",
        open_data_channel_type: "MOBILE",
        latitude: "40.71",
        longitude: "-74.00",
      },
    ];
    const { records } = ingestRows(rows, { preset: "nyc311" });
    expect(iso(records[0]!.openedAt)).toBe("2019-01-05T19:30:00.000Z");
    expect(iso(records[0]!.closedAt)).toBe("2019-01-06T14:00:00.000Z");
    expect(records[0]).toMatchObject({ closed: true, latitude: 40.71, longitude: -74 });
    expect(records[0]!.contact.channel).toBe("mobile-app");
  });
});

describe("the chicago-open311 preset on GeoReport v2 requests", () => {
  it("reads the channel from extended_attributes and keeps the offsets the times carry", () => {
    const rows = [
      {
        service_request_id: "14-00000001",
        status: "closed",
        service_name: "Pothole in Street",
        requested_datetime: "2014-05-09T19:02:21-05:00",
        expected_datetime: "2014-05-16T19:02:21-05:00",
        address: "1 EXAMPLE ST, CHICAGO, IL",
        lat: 41.74,
        long: -87.65,
        extended_attributes: { channel: "phone", ward: "21" },
      },
      { service_request_id: "14-00000002", status: "open", requested_datetime: "2014-05-10 08:00", channel: "open311" },
    ];
    const { records, report } = ingestRows(rows, { preset: "chicago-open311" });
    expect(iso(records[0]!.openedAt)).toBe("2014-05-10T00:02:21.000Z");
    expect(iso(records[0]!.dueAt)).toBe("2014-05-17T00:02:21.000Z");
    expect(records[0]).toMatchObject({ closed: true, latitude: 41.74, longitude: -87.65 });
    expect(records[0]!.contact).toMatchObject({ channel: "telephone", serviceId: "Pothole in Street" });
    // no offset: read as Chicago time (CDT, UTC−5, in May)
    expect(iso(records[1]!.openedAt)).toBe("2014-05-10T13:00:00.000Z");
    expect(report.unmappedChannels).toEqual({ open311: 1 });
  });

  it("rejects a row that is not an object, and throws a RangeError when rows is not an array", () => {
    const { rejected } = ingestRows([null, "x"], { preset: "chicago-open311" });
    expect(rejected.map((r) => r.issues[0]!.code)).toEqual(["invalid_type", "invalid_type"]);
    expect(() => ingestRows("rows" as unknown as unknown[], { preset: "nyc311" })).toThrow(RangeError);
  });
});

describe("the boston311 preset and deadlineVerdict", () => {
  it("reads target_dt as the due time and ontime as the city's verdict", async () => {
    const { records } = await ingestCsv(fixture("boston311.csv"), { preset: "boston311" });
    expect(records).toHaveLength(6);
    expect(iso(records[0]!.dueAt)).toBe("2022-01-05T13:30:00.000Z");
    expect(records.map((r) => r.onTime)).toEqual([true, false, false, true, true, true]);
    expect(records.map((r) => r.contact.channel)).toEqual([
      "telephone",
      "mobile-app",
      "web-self-service",
      "unknown",
      "telephone",
      "social-media",
    ]);
  });

  it("reproduces the city's ontime verdict for every row, judging open cases when the export was taken", async () => {
    const { records } = await ingestCsv(fixture("boston311.csv"), { preset: "boston311" });
    const verdicts = records.map((r) => deadlineVerdict(r, "2022-03-01T00:00:00Z"));
    expect(verdicts).toEqual(["on-time", "late", "late", "no-deadline", "no-deadline", "on-time"]);
    // Boston counts a case without a target as ONTIME
    expect(verdicts.map((verdict) => verdict !== "late")).toEqual(records.map((r) => r.onTime));
  });

  it("judges an open case on time before its due time passes, and a case closed exactly at it on time", () => {
    const { records } = ingestRows(
      [{ case_enquiry_id: "1", open_dt: "2022-01-03 08:00:00", target_dt: "2022-02-04 10:00:00", case_status: "Open" }],
      { preset: "boston311" },
    );
    expect(deadlineVerdict(records[0]!, "2022-01-10T00:00:00Z")).toBe("on-time");
    expect(deadlineVerdict(records[0]!, Date.UTC(2022, 1, 4, 15, 0, 0, 1))).toBe("late");
    expect(() => deadlineVerdict(records[0]!, "soon")).toThrow(RangeError);
  });

  it("every preset names the id and opened-time columns and a zone", () => {
    for (const preset of Object.values(INGEST_PRESETS)) {
      expect(preset.id).toBeDefined();
      expect(preset.openedAt).toBeDefined();
      expect(preset.timeZone).toMatch(/^America\//);
    }
  });
});
