import type { ClericalDecision, EvidenceStep, IdentityRecord, MatchField, Resolution } from "council-contact/cluster";
import { resolveIdentities } from "council-contact/cluster";
import { describe, expectTypeOf, it } from "vitest";

describe("cluster types", () => {
  it("returns a Resolution whose identities and links are plain readonly data", () => {
    const result = resolveIdentities([]);
    expectTypeOf(result).toEqualTypeOf<Resolution>();
    expectTypeOf(result.identities[0]!.recordIds).toEqualTypeOf<readonly string[]>();
    expectTypeOf(result.links[0]!.evidence).toEqualTypeOf<readonly EvidenceStep[]>();
  });
  it("allows only the two kinds of clerical decision", () => {
    expectTypeOf<ClericalDecision["kind"]>().toEqualTypeOf<"must-link" | "never-link">();
    // @ts-expect-error: a decision must be must-link or never-link
    const bad: ClericalDecision = { kind: "maybe-link", left: "a", right: "b" };
    void bad;
  });
  it("names evidence fields from the closed list of match fields", () => {
    expectTypeOf<EvidenceStep["field"]>().toEqualTypeOf<MatchField | undefined>();
    // @ts-expect-error: shoeSize is not a match field
    const field: MatchField = "shoeSize";
    void field;
  });
  it("requires an id and a cluster on a record", () => {
    // @ts-expect-error: cluster is required
    const record: IdentityRecord = { id: "a" };
    void record;
  });
});
