import { describe, expect, it } from "vitest";
import { CHANNEL_CODES, CHANNELS, channelsWhere, isChannel } from "../../src/taxonomy/index.js";

// The codes of the public contract, copied by hand.
const DESIGN_CHANNELS = [
  "face-to-face",
  "one-stop-shop",
  "telephone",
  "email",
  "web-form",
  "web-self-service",
  "webchat",
  "sms",
  "social-media",
  "letter",
  "kiosk",
  "mobile-app",
  "partner",
  "councillor",
  "unknown",
];

describe("CHANNELS", () => {
  it("has exactly the public channel codes, in order, each with a label and a source", () => {
    expect([...CHANNEL_CODES]).toEqual(DESIGN_CHANNELS);
    expect(Object.keys(CHANNELS)).toEqual(DESIGN_CHANNELS);
    for (const code of CHANNEL_CODES) {
      expect(CHANNELS[code].label.length).toBeGreaterThan(0);
      // Each names the published list or source it rests on (or says it is the library's own), never an internal note.
      expect(CHANNELS[code].source).toMatch(/National Careers Service|esd|Socitm|Liverpool Direct|LGSL|library's own/);
      expect(CHANNELS[code].source).not.toMatch(/DOMAIN|DESIGN/);
    }
  });

  it("records telephone as assisted, synchronous and not digital, and a web form as self-service and asynchronous", () => {
    expect(CHANNELS.telephone).toMatchObject({ mode: "assisted", synchronous: true, digital: false });
    expect(CHANNELS["web-form"]).toMatchObject({ mode: "self-service", synchronous: false, digital: true });
    expect(CHANNELS.letter).toMatchObject({ mode: "assisted", synchronous: false, digital: false });
    expect(CHANNELS.webchat).toMatchObject({ mode: "assisted", synchronous: true, digital: true });
  });
});

describe("isChannel", () => {
  it("accepts every code and nothing else, not even names inherited from Object.prototype", () => {
    for (const code of DESIGN_CHANNELS) expect(isChannel(code)).toBe(true);
    for (const other of ["Telephone", "phone", "", "__proto__", "constructor", "toString", 3, null, undefined]) {
      expect(isChannel(other)).toBe(false);
    }
  });
});

describe("channelsWhere", () => {
  it("returns the digital channels, in code order", () => {
    expect(channelsWhere({ digital: true })).toEqual([
      "email",
      "web-form",
      "web-self-service",
      "webchat",
      "sms",
      "social-media",
      "kiosk",
      "mobile-app",
    ]);
  });

  it("returns every channel for an empty filter and combines attributes with and", () => {
    expect(channelsWhere({})).toEqual(DESIGN_CHANNELS);
    expect(channelsWhere({ mode: "assisted", synchronous: true })).toEqual([
      "face-to-face",
      "one-stop-shop",
      "telephone",
      "webchat",
    ]);
    expect(channelsWhere({ mode: "self-service", digital: false })).toEqual([]);
  });
});
