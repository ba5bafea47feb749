import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestCsv, ingestCsvStream } from "../../src/ingest/index.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");
const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

describe("ingestCsv with the nyc311 preset", () => {
  it("keeps every row as a record or a rejected row and says so in the report", async () => {
    const { records, rejected, report } = await ingestCsv(fixture("nyc311.csv"), { preset: "nyc311" });
    expect(records.map((r) => r.sourceId)).toEqual(["9000001", "9000002", "9000003", "9000004", "9000009"]);
    expect(rejected.map((r) => r.row)).toEqual([5, 6, 7, 8]);
    expect(report).toMatchObject({ rowsIn: 9, records: 5, rejected: 4, withWarnings: 3 });
    expect(report.rejectedByCode).toEqual({ too_small: 1, invalid_date: 1, duplicate: 1, missing: 1 });
    expect(report.warningsByCode).toEqual({ invalid_value: 2, missing: 1 });
  });

  it("reads New York local times into instants and maps PHONE, ONLINE and MOBILE to the taxonomy", async () => {
    const { records, report } = await ingestCsv(fixture("nyc311.csv"), { preset: "nyc311" });
    const first = records[0]!;
    expect(iso(first.openedAt)).toBe("2022-05-01T04:03:00.000Z");
    expect(iso(first.closedAt)).toBe("2022-05-01T05:10:00.000Z");
    expect(iso(first.dueAt)).toBe("2022-05-01T12:03:00.000Z");
    expect(first).toMatchObject({ closed: true, status: "Closed", address: "12 EXAMPLE STREET, APT 4" });
    expect(first.latitude).toBe(40.8306);
    expect(first.contact).toEqual({
      id: "9000001",
      at: Date.UTC(2022, 4, 1, 4, 3),
      channel: "telephone",
      serviceId: "Noise - Residential",
      note: "Loud Music/Party",
    });
    expect(records.map((r) => r.contact.channel)).toEqual([
      "telephone",
      "web-form",
      "mobile-app",
      "unknown",
      "unknown",
    ]);
    expect(report.channels).toEqual({ telephone: 1, "web-form": 1, "mobile-app": 1, unknown: 2 });
    expect(report.unmappedChannels).toEqual({ UNKNOWN: 1, "": 1 });
  });

  it("keeps an open row with a closed time, with a warning on its status", async () => {
    const { records } = await ingestCsv(fixture("nyc311.csv"), { preset: "nyc311" });
    const third = records.find((r) => r.sourceId === "9000003")!;
    expect(third.closed).toBe(false);
    expect(third.warnings).toEqual([expect.objectContaining({ code: "invalid_value", path: ["status"] })]);
  });

  it("rejects a closed time before the opened time, an unreadable date, a repeated id and a missing id, naming each", async () => {
    const { rejected } = await ingestCsv(fixture("nyc311.csv"), { preset: "nyc311" });
    expect(rejected.map((r) => [r.sourceId, r.issues.map((i) => [i.code, i.path.join(".")])])).toEqual([
      ["9000005", [["too_small", "closedAt"]]],
      ["9000006", [["invalid_date", "openedAt"]]],
      ["9000001", [["duplicate", "id"]]],
      [undefined, [["missing", "id"]]],
    ]);
    expect(rejected[0]!.issues[0]!.message).toBe(
      "closedAt must not be before openedAt 2022-05-01T04:11:00.000Z, got 2022-05-01T03:00:00.000Z",
    );
  });

  it("never gives a record a closed time before its opened time", async () => {
    const { records } = await ingestCsv(fixture("nyc311.csv"), { preset: "nyc311" });
    for (const r of records) if (r.closedAt !== undefined) expect(r.closedAt).toBeGreaterThanOrEqual(r.openedAt);
  });
});

describe("ingestCsv on awkward files", () => {
  const mapping = { id: "Ref", openedAt: "Logged", channel: "How", channels: { phone: "telephone" } } as const;

  it("reads a BOM, CRLF line ends, blank lines and quoted line breaks", async () => {
    const csv = '\ufeffRef,Logged,How\r\nA1,2024-05-01 09:00,Phone\r\n\r\n"A2","2024-05-01 10:00","Ph\none"\r\n';
    const { records, report } = await ingestCsv(csv, { mapping });
    expect(records.map((r) => r.sourceId)).toEqual(["A1", "A2"]);
    expect(records[1]!.sourceChannel).toBe("Ph\none");
    expect(report.rowsIn).toBe(2);
  });

  it("reads rows with missing and extra cells, and rejects a record with a broken quote", async () => {
    const csv = 'Ref,Logged,How\nA1,2024-05-01 09:00\nA2,2024-05-01 10:00,phone,extra\nA3,"2024-05-01 11:00"x,phone\n';
    const { records, rejected, report } = await ingestCsv(csv, { mapping });
    expect(records.map((r) => r.sourceId)).toEqual(["A1", "A2"]);
    expect(rejected[0]!.issues[0]!.code).toBe("invalid_format");
    expect(report.rowsIn).toBe(report.records + report.rejected);
  });

  it("rejects every row, without throwing, when the header lacks the id column", async () => {
    const { rejected, report } = await ingestCsv("Other,Logged\nx,2024-05-01 09:00\n", { mapping });
    expect(rejected).toEqual([{ row: 1, issues: [{ code: "missing", path: ["id"], message: "id is required" }] }]);
    expect(report.rowsIn).toBe(1);
  });

  it("reads the same records from a stream of byte chunks, split inside quotes and characters, as from the text", async () => {
    const csv = 'Ref,Logged,How\nA1,2024-05-01 09:00,"phone, é"\nA2,2024-05-01 10:00,phone\n'.repeat(3);
    const bytes = new TextEncoder().encode(csv);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const whole = await ingestCsv(csv, { mapping });
    const streamed = await ingestCsv(chunks(), { mapping });
    expect(streamed).toEqual(whole);
  });

  it("streams outcomes one by one, with the report counting what has been read", async () => {
    const stream = ingestCsvStream("Ref,Logged\nA1,2024-05-01 09:00\nA2,\n", {
      mapping: { id: "Ref", openedAt: "Logged" },
    });
    const seen: string[] = [];
    for await (const item of stream.items) seen.push("record" in item ? "record" : "rejected");
    expect(seen).toEqual(["record", "rejected"]);
    expect(stream.report()).toMatchObject({ rowsIn: 2, records: 1, rejected: 1 });
  });

  it("refuses options that name no mapping, both, or an unknown preset, naming the option", async () => {
    await expect(ingestCsv("a\n", {})).rejects.toThrow(/options must be exactly one of preset and mapping/);
    await expect(ingestCsv("a\n", { preset: "nyc311", mapping })).rejects.toThrow(RangeError);
    await expect(ingestCsv("a\n", { preset: "paris" as "nyc311" })).rejects.toThrow(/options.preset must be one of/);
    await expect(
      ingestCsv("a\n", { mapping: { ...mapping, channels: { post: "pigeon" as "letter" } } }),
    ).rejects.toThrow(/mapping.channels\["post"\] must be a channel code/);
    await expect(ingestCsv("a\n", { mapping: { ...mapping, timeZone: "Mars/Base" } })).rejects.toThrow(RangeError);
  });
});
