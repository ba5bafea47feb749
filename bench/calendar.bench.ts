// Working-day arithmetic and London days. Budget: 1 M `addWorkingDays` calls on ISO
// dates in ≤ 150 ms. The reference is what an app would write with date-fns: `addBusinessDays`
// one day at a time, skipping the UK bank holidays, timed on a smaller sample in the same run and
// scaled to 1 M.
import { TZDate } from "@date-fns/tz";
import { addWorkingDays, bankHolidays, dateOfDayNumber, dayNumber, londonDayNumber } from "council-contact/calendar";
import { addBusinessDays, format, parseISO } from "date-fns";
import { type Benchmark, type BenchResult, medianMs, round3 } from "./harness.js";

const CALLS = 1_000_000;
const SAMPLE = 10_000;
const DIVISION = "united-kingdom"; // FOI's working days: the biggest holiday set
const BUDGET_MS = 150;

/** A small seeded generator (mulberry32), so every run times the same inputs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` receipt dates spread over 2001–2099 and steps from −40 to +40 working days. */
function inputs(count: number, seed: number): { dates: string[]; steps: Int32Array } {
  const next = random(seed);
  const first = dayNumber("2001-01-01");
  const span = dayNumber("2099-12-31") - first;
  const dates = Array.from({ length: count }, () => dateOfDayNumber(first + Math.floor(next() * span)));
  const steps = Int32Array.from({ length: count }, () => Math.floor(next() * 81) - 40);
  return { dates, steps };
}

/** The date-fns way: business days one at a time, skipping holidays from a Set of ISO days. */
function dateFnsAddWorkingDays(date: string, n: number, holidays: ReadonlySet<string>): string {
  let day = parseISO(date);
  const direction = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day = addBusinessDays(day, direction);
    if (!holidays.has(format(day, "yyyy-MM-dd"))) left -= 1;
  }
  return format(day, "yyyy-MM-dd");
}

const workingDays: Benchmark = {
  name: "1 M addWorkingDays on ISO dates vs date-fns addBusinessDays + holiday loop",
  run(): BenchResult[] {
    const { dates, steps } = inputs(CALLS, 20_240_616);
    const options = { division: DIVISION } as const;
    const ours = medianMs(() => {
      let last = "";
      for (let i = 0; i < CALLS; i++) last = addWorkingDays(dates[i]!, steps[i]!, options);
      return last;
    });

    const holidays = new Set(bankHolidays(DIVISION, { from: "2000-01-01", to: "2100-12-31" }).map((h) => h.date));
    const sampleMs = medianMs(
      () => {
        let last = "";
        for (let i = 0; i < SAMPLE; i++) last = dateFnsAddWorkingDays(dates[i]!, steps[i]!, holidays);
        return last;
      },
      { repeats: 3, warmup: 1 },
    );
    const dateFnsMs = (sampleMs * CALLS) / SAMPLE;
    // The two must give the same answers: the note reports any sample call where they differ.
    let disagree = 0;
    for (let i = 0; i < SAMPLE; i++) {
      if (dateFnsAddWorkingDays(dates[i]!, steps[i]!, holidays) !== addWorkingDays(dates[i]!, steps[i]!, options))
        disagree += 1;
    }
    return [
      {
        name: "calendar: 1 M addWorkingDays (ISO dates, united-kingdom)",
        value: round3(ours),
        unit: "ms",
        budget: `≤ ${BUDGET_MS} ms`,
        ratio: round3(dateFnsMs / ours),
        pass: ours <= BUDGET_MS,
        note: `ratio = date-fns time / ours, same run; ${disagree} of ${SAMPLE} sample answers differ from date-fns`,
      },
      {
        name: "calendar: date-fns addBusinessDays + holiday loop, scaled to 1 M",
        value: round3(dateFnsMs),
        unit: "ms",
        budget: "reference (the loop's cost grows with |n|)",
        pass: true,
        note: `timed on ${SAMPLE.toLocaleString("en-GB")} calls and scaled; n uniform in −40…40, mean |n| ≈ 20 (an FOI clock's length)`,
      },
    ];
  },
};

const londonDays: Benchmark = {
  name: "1 M londonDayNumber vs @date-fns/tz TZDate",
  run(): BenchResult[] {
    const next = random(1_998);
    const from = Date.UTC(2000, 0, 1);
    const span = Date.UTC(2100, 0, 1) - from;
    const instants = Float64Array.from({ length: CALLS }, () => from + Math.floor(next() * span));
    const ours = medianMs(() => {
      let sum = 0;
      for (let i = 0; i < CALLS; i++) sum += londonDayNumber(instants[i]!);
      return sum;
    });
    const sampleMs = medianMs(
      () => {
        let sum = 0;
        for (let i = 0; i < SAMPLE; i++) sum += new TZDate(instants[i]!, "Europe/London").getDate();
        return sum;
      },
      { repeats: 3, warmup: 1 },
    );
    const tzMs = (sampleMs * CALLS) / SAMPLE;
    return [
      {
        name: "calendar: 1 M londonDayNumber",
        value: round3(ours),
        unit: "ms",
        budget: "no budget; for hot loops",
        ratio: round3(tzMs / ours),
        pass: true,
        note: `ratio = @date-fns/tz TZDate (${SAMPLE.toLocaleString("en-GB")} calls scaled to 1 M) / ours, same run`,
      },
    ];
  },
};

export const benchmarks: Benchmark[] = [workingDays, londonDays];
