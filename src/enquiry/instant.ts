const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * An event time as epoch milliseconds: a finite number as it is, an ISO 8601 instant with an
 * offset parsed, anything else (no offset, an impossible date like 30 February) `NaN`.
 */
export function instantOf(at: unknown): number {
  if (typeof at === "number") return Number.isFinite(at) ? at : Number.NaN;
  if (typeof at !== "string") return Number.NaN;
  const parts = ISO_INSTANT.exec(at);
  if (parts === null) return Number.NaN;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return Number.NaN;
  return Date.parse(at);
}
