import type { IssueCode } from "../core/index.js";
import type { Channel } from "../taxonomy/index.js";
import type { IngestReport } from "./IngestRecord.js";
import type { RowOutcome } from "./readRow.js";

/** Counts outcomes as they are read, so a stream never keeps its rows to report on them. */
export interface Tally {
  /** Counts one row's outcome. */
  add(outcome: RowOutcome): void;
  /** The report so far. */
  report(): IngestReport;
}

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * A new tally.
 *
 * @returns a tally with every count at zero.
 */
export function tally(): Tally {
  let records = 0;
  let rejected = 0;
  let withWarnings = 0;
  const rejectedByCode: Partial<Record<IssueCode, number>> = {};
  const warningsByCode: Partial<Record<IssueCode, number>> = {};
  const channels: Partial<Record<Channel, number>> = {};
  const unmappedChannels: Record<string, number> = Object.create(null);
  return {
    add(outcome) {
      if ("rejected" in outcome) {
        rejected++;
        for (const issue of outcome.rejected.issues) bump(rejectedByCode, issue.code);
        return;
      }
      const record = outcome.record;
      records++;
      bump(channels, record.contact.channel);
      if (record.contact.channel === "unknown") bump(unmappedChannels, record.sourceChannel ?? "");
      if (record.warnings === undefined) return;
      withWarnings++;
      for (const issue of record.warnings) bump(warningsByCode, issue.code);
    },
    report: () => ({
      rowsIn: records + rejected,
      records,
      rejected,
      withWarnings,
      rejectedByCode: { ...rejectedByCode },
      warningsByCode: { ...warningsByCode },
      channels: { ...channels },
      unmappedChannels: { ...unmappedChannels },
    }),
  };
}
