import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/index.js";
import {
  parseOpen311Json,
  parseOpen311Xml,
  safeParseOpen311Json,
  safeParseOpen311Xml,
} from "../../src/open311/index.js";

// Payloads written for the project in the shapes of the GeoReport v2 spec.
const REQUESTS_JSON = `[
  {
    "service_request_id":7001,
    "status":"closed",
    "status_notes":"Duplicate request.",
    "service_code":006,
    "description":null,
    "requested_datetime":"2024-04-14T06:37:38-08:00",
    "address":"1 TEST ROAD",
    "address_id":5483,
    "zipcode":"01234",
    "lat":51.5,
    "long":-0.12,
    "media_url":"http://example.org/7001.jpg "
  }
]`;
const REQUESTS_XML = `<?xml version="1.0" encoding="utf-8"?>
<service_requests>
  <request>
    <service_request_id>7001</service_request_id>
    <status>closed</status>
    <status_notes>Duplicate request.</status_notes>
    <service_code>006</service_code>
    <description></description>
    <requested_datetime>2024-04-14T06:37:38-08:00</requested_datetime>
    <address>1 TEST ROAD</address>
    <address_id>5483</address_id>
    <zipcode>01234</zipcode>
    <lat>51.5</lat>
    <long>-0.12</long>
    <media_url>http://example.org/7001.jpg </media_url>
  </request>
</service_requests>`;
const EXPECTED_REQUEST = {
  service_request_id: "7001",
  status: "closed",
  status_notes: "Duplicate request.",
  service_code: "006",
  requested_datetime: "2024-04-14T06:37:38-08:00",
  address: "1 TEST ROAD",
  address_id: "5483",
  zipcode: "01234",
  lat: 51.5,
  long: -0.12,
  media_url: "http://example.org/7001.jpg",
};

describe("parseOpen311Json and parseOpen311Xml", () => {
  it("read the same request list to the same typed objects, ids and codes as strings, 006 kept", () => {
    const expected = { kind: "requests", requests: [EXPECTED_REQUEST] };
    expect(parseOpen311Json(REQUESTS_JSON)).toEqual(expected);
    expect(parseOpen311Xml(REQUESTS_XML)).toEqual(expected);
  });

  it("read services, with metadata as a boolean, the same from either format", () => {
    const json =
      '[{"service_code":001,"service_name":"Bins left out","metadata":true,"type":"realtime","group":"waste"}]';
    const xml =
      "<services><service><service_code>001</service_code><service_name>Bins left out</service_name><metadata>true</metadata><type>realtime</type><group>waste</group></service></services>";
    const expected = {
      kind: "services",
      services: [
        { service_code: "001", service_name: "Bins left out", metadata: true, type: "realtime", group: "waste" },
      ],
    };
    expect(parseOpen311Json(json)).toEqual(expected);
    expect(parseOpen311Xml(xml)).toEqual(expected);
  });

  it("read a service definition with its attributes and values, keys as strings and order as a number", () => {
    const json =
      '{"service_code":"POT1","attributes":[{"variable":true,"code":"SIZE","datatype":"singlevaluelist","required":false,"datatype_description":null,"order":1,"description":"How big?","values":[{"key":1,"name":"Small"},{"key":2,"name":"Large"}]}]}';
    const xml =
      "<service_definition><service_code>POT1</service_code><attributes><attribute><variable>true</variable><code>SIZE</code><datatype>singlevaluelist</datatype><required>false</required><datatype_description/><order>1</order><description>How big?</description><values><value><key>1</key><name>Small</name></value><value><key>2</key><name>Large</name></value></values></attribute></attributes></service_definition>";
    const definition = {
      service_code: "POT1",
      attributes: [
        {
          variable: true,
          code: "SIZE",
          datatype: "singlevaluelist",
          required: false,
          order: 1,
          description: "How big?",
          values: [
            { key: "1", name: "Small" },
            { key: "2", name: "Large" },
          ],
        },
      ],
    };
    expect(parseOpen311Json(json)).toEqual({ kind: "service-definition", definition });
    expect(parseOpen311Xml(xml)).toEqual({ kind: "service-definition", definition });
  });

  it("read a POST answer and a token lookup as requests with the fields they carry", () => {
    expect(
      parseOpen311Json('[{"service_request_id":293944,"service_notice":"We will inspect.","account_id":null}]'),
    ).toEqual({
      kind: "requests",
      requests: [{ service_request_id: "293944", service_notice: "We will inspect." }],
    });
    expect(
      parseOpen311Xml(
        "<service_requests><request><service_request_id>293944</service_request_id><service_notice>\n   We will inspect.\n  </service_notice><account_id/></request></service_requests>",
      ),
    ).toEqual({ kind: "requests", requests: [{ service_request_id: "293944", service_notice: "We will inspect." }] });
    expect(parseOpen311Json('[{"service_request_id":638344,"token":12345}]')).toEqual({
      kind: "requests",
      requests: [{ service_request_id: "638344", token: "12345" }],
    });
  });

  it("read errors with a numeric code", () => {
    const expected = { kind: "errors", errors: [{ code: 403, description: "Invalid api_key" }] };
    expect(parseOpen311Json('[{"code":403,"description":"Invalid api_key"}]')).toEqual(expected);
    expect(
      parseOpen311Xml("<errors><error><code>403</code><description>Invalid api_key</description></error></errors>"),
    ).toEqual(expected);
  });

  it("read mySociety's service request updates", () => {
    const xml =
      "<service_request_updates><request_update><update_id>u1</update_id><service_request_id>7001</service_request_id><status>CLOSED</status><updated_datetime>2024-04-15T09:00:00+01:00</updated_datetime><description>Fixed</description><media_url></media_url></request_update></service_request_updates>";
    const update = {
      update_id: "u1",
      service_request_id: "7001",
      status: "CLOSED",
      updated_datetime: "2024-04-15T09:00:00+01:00",
      description: "Fixed",
    };
    expect(parseOpen311Xml(xml)).toEqual({ kind: "updates", updates: [update] });
    expect(parseOpen311Json(JSON.stringify([update]))).toEqual({ kind: "updates", updates: [update] });
  });

  it("read a single request object as a list of one, and an empty list as no requests", () => {
    expect(parseOpen311Json('{"service_request_id":"1","status":"open"}')).toEqual({
      kind: "requests",
      requests: [{ service_request_id: "1", status: "open" }],
    });
    expect(parseOpen311Json("[]")).toEqual({ kind: "requests", requests: [] });
    expect(parseOpen311Xml("<service_requests>\n</service_requests>")).toEqual({ kind: "requests", requests: [] });
    expect(parseOpen311Json("[]", { kind: "services" })).toEqual({ kind: "services", services: [] });
  });

  it("keep vendor extended attributes and the notes timeline", () => {
    const json = JSON.stringify([
      {
        service_request_id: "14-1",
        extended_attributes: { channel: "phone", ward: 21 },
        notes: [{ datetime: "2014-05-09T19:02:21-05:00", summary: "Request opened", type: "opened" }],
      },
    ]);
    expect(parseOpen311Json(json)).toEqual({
      kind: "requests",
      requests: [
        {
          service_request_id: "14-1",
          extended_attributes: { channel: "phone", ward: "21" },
          notes: [{ datetime: "2014-05-09T19:02:21-05:00", summary: "Request opened", type: "opened" }],
        },
      ],
    });
  });

  it("keep every digit of an id too long for a JavaScript number", () => {
    expect(parseOpen311Json('[{"service_request_id":123456789012345678901}]')).toEqual({
      kind: "requests",
      requests: [{ service_request_id: "123456789012345678901" }],
    });
  });

  it("refuse malformed JSON naming the line, and malformed XML naming the line", () => {
    expect(() => parseOpen311Json('[\n  {"service_code":"001",\n  }\n]')).toThrow(/not JSON at line 3/);
    expect(() => parseOpen311Xml("<services>\n<service>\n</services>")).toThrow(/not well-formed XML at line 3/);
    expect(() => parseOpen311Xml("<cats><cat/></cats>")).toThrow(/unknown XML root element "cats"/);
  });

  it("refuse a field of the wrong type with a ValidationError naming its path", () => {
    const result = safeParseOpen311Json('[{"service_request_id":"1","lat":"north"}]');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        {
          code: "invalid_format",
          path: ["requests", 0, "lat"],
          message: 'requests.0.lat must be a number, got "north"',
          input: "north",
        },
      ]);
    }
    expect(safeParseOpen311Xml("<services><service><metadata>maybe</metadata></service></services>").success).toBe(
      false,
    );
    expect(() => parseOpen311Json("[1]")).toThrow(ValidationError);
    expect(() => parseOpen311Json("[]", { kind: "cats" as "services" })).toThrow(ValidationError);
  });
});
