import { describe, expect, it } from "vitest";
import type { Contact } from "../../src/schema/index.js";
import { generateContacts } from "../../src/synth/index.js";
import { CHANNELS } from "../../src/taxonomy/index.js";

const YEAR = generateContacts({ seed: 11, count: 40_000, from: "2024-04-01", to: "2025-03-31" });
const DAY = 86_400_000;
const london = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "short",
  hour: "numeric",
  hourCycle: "h23",
});

/** London weekday and hour of an instant, from Intl (an oracle independent of the generator's own BST rule). */
function londonTime(at: number): { weekday: string; hour: number } {
  const parts = london.formatToParts(at);
  return {
    weekday: parts.find((p) => p.type === "weekday")!.value,
    hour: Number(parts.find((p) => p.type === "hour")!.value),
  };
}

function share(contacts: readonly Contact[], test: (contact: Contact) => boolean): number {
  return contacts.filter(test).length / contacts.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

describe("synthetic contacts are realistic where later modules rely on it", () => {
  it("are telephone-heavy, with refuse, council tax and benefits the busiest services", () => {
    const inbound = YEAR.filter((contact) => contact.direction !== "outbound");
    expect(share(inbound, (contact) => contact.channel === "telephone")).toBeGreaterThan(0.35);
    const volume = new Map<string, number>();
    for (const contact of inbound)
      if (contact.serviceId) volume.set(contact.serviceId, (volume.get(contact.serviceId) ?? 0) + 1);
    const top = [...volume]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([id]) => id);
    for (const id of top)
      expect(["council-tax", "housing-benefit", "refuse-collection", "missed-bin", "council-tax-support"]).toContain(
        id,
      );
  });

  it("take calls, visits and webchats only in opening hours (London time, weekdays), and web contact around the clock", () => {
    for (const contact of YEAR) {
      const { weekday, hour } = londonTime(contact.at);
      const weekend = weekday === "Sat" || weekday === "Sun";
      if (contact.channel === "telephone")
        expect(!weekend && hour >= 8 && hour < 18, `${contact.id} ${weekday} ${hour}`).toBe(true);
      if (contact.channel === "face-to-face" || contact.channel === "webchat")
        expect(!weekend && hour >= 9 && hour < 17).toBe(true);
    }
    const web = YEAR.filter((contact) => contact.channel === "web-form").map((contact) => londonTime(contact.at));
    expect(web.some(({ hour }) => hour < 6)).toBe(true);
    expect(web.some(({ weekday }) => weekday === "Sun")).toBe(true);
  });

  it("are busiest on Mondays and mid-morning for the telephone", () => {
    const calls = YEAR.filter((contact) => contact.channel === "telephone").map((contact) => londonTime(contact.at));
    const monday = calls.filter(({ weekday }) => weekday === "Mon").length;
    const friday = calls.filter(({ weekday }) => weekday === "Fri").length;
    expect(monday).toBeGreaterThan(friday * 1.2);
    expect(calls.filter(({ hour }) => hour === 10).length).toBeGreaterThan(
      calls.filter(({ hour }) => hour === 16).length * 1.5,
    );
  });

  it("move online over the year: self-service share grows from the first quarter to the last", () => {
    const selfService = (contact: Contact) => CHANNELS[contact.channel].mode === "self-service";
    const quarter = YEAR.length / 4;
    expect(share(YEAR.slice(-quarter), selfService)).toBeGreaterThan(share(YEAR.slice(0, quarter), selfService) + 0.02);
    const flat = generateContacts({
      seed: 11,
      count: 40_000,
      from: "2024-04-01",
      to: "2025-03-31",
      digitalGrowthPerYear: 0,
    });
    expect(
      Math.abs(share(flat.slice(-quarter), selfService) - share(flat.slice(0, quarter), selfService)),
    ).toBeLessThan(0.02);
  });

  it("chase open enquiries: each chase names an enquiry an earlier contact opened, for the same customer and service", () => {
    const opened = new Map<string, Contact>();
    const chases = YEAR.filter((contact) => contact.interaction === "chase");
    for (const contact of YEAR) {
      if (contact.enquiryId && contact.interaction !== "chase" && !opened.has(contact.enquiryId))
        opened.set(contact.enquiryId, contact);
      if (contact.interaction !== "chase") continue;
      const first = opened.get(contact.enquiryId!);
      expect(first, contact.id).toBeDefined();
      expect([first!.customerId, first!.serviceId, first!.at < contact.at]).toEqual([
        contact.customerId,
        contact.serviceId,
        true,
      ]);
    }
    expect(chases.length / YEAR.length).toBeGreaterThan(0.04);
  });

  it("repeat reports at the same UPRN for the same service, and re-report after closure", () => {
    const seen = new Map<string, Contact>();
    let repeats = 0;
    let reReports = 0;
    for (const contact of YEAR) {
      if (contact.interaction !== "report" || !contact.uprn || !contact.serviceId) continue;
      const key = `${contact.uprn} ${contact.serviceId}`;
      const earlier = seen.get(key);
      if (earlier && earlier.enquiryId !== contact.enquiryId) {
        if (contact.at - earlier.at <= 7 * DAY) repeats++;
        else reReports++;
      }
      seen.set(key, contact);
    }
    expect(repeats).toBeGreaterThan(200);
    expect(reReports).toBeGreaterThan(50);
  });

  it("send letters and bills (outbound, by letter) that clarification calls from the same customer follow", () => {
    const letters = YEAR.filter((contact) => contact.direction === "outbound");
    expect(letters.length / YEAR.length).toBeGreaterThan(0.04);
    for (const letter of letters)
      expect([letter.channel, letter.interaction, letter.outcome, typeof letter.customerId]).toEqual([
        "letter",
        undefined,
        undefined,
        "string",
      ]);
    const sent = new Map<string, number>();
    for (const contact of YEAR) {
      const key = `${contact.customerId} ${contact.serviceId}`;
      if (contact.direction === "outbound") sent.set(key, contact.at);
      else if (contact.interaction === "clarification")
        expect(contact.at - sent.get(key)!, contact.id).toBeGreaterThanOrEqual(2 * DAY);
    }
    expect(YEAR.filter((contact) => contact.interaction === "clarification").length).toBeGreaterThan(500);
  });

  it("transfer misdirected contacts, on assisted channels only", () => {
    const transferred = YEAR.filter((contact) => contact.outcome === "transferred");
    expect(transferred.length / YEAR.length).toBeGreaterThan(0.01);
    for (const contact of transferred) expect(CHANNELS[contact.channel].mode).toBe("assisted");
  });

  it("answer most calls after a short wait, with 240–420 s median handling, and record abandoned calls without a service", () => {
    const calls = YEAR.filter((contact) => contact.channel === "telephone");
    const abandoned = calls.filter((contact) => contact.outcome === "abandoned");
    expect(abandoned.length / calls.length).toBeGreaterThan(0.02);
    expect(abandoned.length / calls.length).toBeLessThan(0.15);
    for (const call of calls) {
      expect(Number.isInteger(call.waitSeconds) && call.waitSeconds! >= 0).toBe(true);
      expect(call.answered).toBe(call.outcome !== "abandoned");
    }
    for (const call of abandoned)
      expect([call.serviceId, call.customerId, call.handleSeconds]).toEqual([undefined, undefined, undefined]);
    const handle = median(calls.flatMap((call) => call.handleSeconds ?? []));
    expect(handle).toBeGreaterThanOrEqual(240);
    expect(handle).toBeLessThanOrEqual(420);
    expect(
      YEAR.filter((contact) => contact.channel === "web-self-service").every(
        (contact) => contact.handleSeconds === undefined,
      ),
    ).toBe(true);
  });

  it("give each customer one home UPRN and each UPRN one ward", () => {
    const wardOf = new Map<string, string>();
    for (const contact of YEAR) {
      if (!contact.uprn) continue;
      expect(contact.uprn).toMatch(/^\d{12}$/);
      const ward = wardOf.get(contact.uprn);
      if (ward) expect(contact.ward).toBe(ward);
      else wardOf.set(contact.uprn, contact.ward!);
    }
    const homes = new Map<string, Set<string>>();
    for (const contact of YEAR) {
      if (contact.direction === "outbound")
        homes.set(contact.customerId!, (homes.get(contact.customerId!) ?? new Set()).add(contact.uprn!));
    }
    for (const [customer, uprns] of homes) expect(uprns.size, customer).toBe(1);
  });
});
