import type { EnquiryUpdate } from "../contact/index.js";
import type { Interaction } from "../taxonomy/index.js";

/**
 * How a synthetic enquiry closes, by the interaction that opened it (an assumption, deterministic so the contacts
 * stay the same with or without updates): reports and requests are fixed, applications granted, changes of
 * circumstances answered, complaints upheld or not in turn; a repeat report closes as a duplicate of the first.
 */
function outcomeOf(interaction: Interaction | undefined, enquiry: number): NonNullable<EnquiryUpdate["outcome"]> {
  switch (interaction) {
    case undefined:
      return "duplicate";
    case "report":
    case "request":
      return "fixed";
    case "application":
      return "granted";
    case "change-of-circumstances":
      return "answered";
    case "complaint":
      return enquiry % 2 === 1 ? "upheld" : "not-upheld";
    default:
      return "closed";
  }
}

/**
 * A min-heap of enquiry closures still to come, in the library's order of updates (by time, then enquiry id as a
 * string): what the generator emits as it passes them.
 */
export class Closures {
  private readonly at: number[] = [];
  private readonly enquiry: string[] = [];
  private readonly outcome: NonNullable<EnquiryUpdate["outcome"]>[] = [];

  /** Records that enquiry `e<enquiry>`, opened by `interaction` (undefined for a repeat), closes at `closes` (rounded up to the millisecond). */
  add(closes: number, enquiry: number, interaction: Interaction | undefined): void {
    let i = this.at.length;
    this.at.push(Math.ceil(closes));
    this.enquiry.push(`e${enquiry}`);
    this.outcome.push(outcomeOf(interaction, enquiry));
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The next closure if it comes at or before `time`, removed from the heap; otherwise undefined. */
  next(time: number): EnquiryUpdate | undefined {
    if (this.at.length === 0 || this.at[0]! > time) return undefined;
    const update: EnquiryUpdate = {
      enquiryId: this.enquiry[0]!,
      at: this.at[0]!,
      type: "closed",
      outcome: this.outcome[0]!,
    };
    const last = this.at.length - 1;
    this.swap(0, last);
    this.at.pop();
    this.enquiry.pop();
    this.outcome.pop();
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const child = left + 1 < last && this.before(left + 1, left) ? left + 1 : left;
      if (!this.before(child, i)) break;
      this.swap(i, child);
      i = child;
    }
    return update;
  }

  private before(i: number, j: number): boolean {
    return this.at[i]! < this.at[j]! || (this.at[i] === this.at[j] && this.enquiry[i]! < this.enquiry[j]!);
  }

  private swap(i: number, j: number): void {
    [this.at[i], this.at[j]] = [this.at[j]!, this.at[i]!];
    [this.enquiry[i], this.enquiry[j]] = [this.enquiry[j]!, this.enquiry[i]!];
    [this.outcome[i], this.outcome[j]] = [this.outcome[j]!, this.outcome[i]!];
  }
}
