import { DEFAULT_MODEL, type IdentityRecord, type MatchField, resolveIdentities } from "council-contact/cluster";

/**
 * The comparison level the resolver gives one field of two records, read from the evidence of their link
 * (a threshold near 0 links any pair the blocking compares). Both records carry a shared reference so that
 * they are compared, unless a test sets references itself.
 */
export function levelOf(
  field: MatchField,
  left: Partial<IdentityRecord>,
  right: Partial<IdentityRecord>,
): string | undefined {
  const shared = { references: { pair: "1" } };
  const result = resolveIdentities(
    [
      { id: "a", cluster: "revenues", ...shared, ...left },
      { id: "b", cluster: "revenues", ...shared, ...right },
    ],
    {
      model: DEFAULT_MODEL,
      threshold: Number.MIN_VALUE,
      blockingRules: [["references"], ["yearOfBirth"], ["givenInitial"]],
      guardFields: [],
    },
  );
  return result.links[0]?.evidence.find((step) => step.step === "field" && step.field === field)?.level;
}

/** A record in the revenues cluster. */
export function person(id: string, fields: Partial<IdentityRecord>): IdentityRecord {
  return { id, cluster: "revenues", ...fields };
}
