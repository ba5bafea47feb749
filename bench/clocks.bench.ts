// Response clocks. No budget in the issue: the figures are reported. `dueDate` on 1 M FOI clocks
// is timed beside 1 M bare `addWorkingDays(received, 20)` calls (the arithmetic alone) in the same
// run, so the ratio is what reading a clock's history costs on top.
import { addWorkingDays, dateOfDayNumber, dayNumber } from "council-contact/calendar";
import {
  type Clock,
  clockStatus,
  dueDate,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
} from "council-contact/clocks";
import { type Benchmark, type BenchResult, medianMs, round3 } from "./harness.js";

const CALLS = 1_000_000;

/**
 * `count` days of receipt spread over 2001–2098: stepping by a prime number of days modulo the span
 * visits every weekday, month and holiday season in a fixed, scattered order.
 */
function days(count: number, stride: number): string[] {
  const first = dayNumber("2001-01-01");
  const span = dayNumber("2098-12-31") - first;
  return Array.from({ length: count }, (_, i) => dateOfDayNumber(first + ((i * stride) % span)));
}

const foiDueDates: Benchmark = {
  name: "1 M dueDate on FOI clocks vs 1 M addWorkingDays(received, 20)",
  run(): BenchResult[] {
    const received = days(CALLS, 7_919);
    const clocks: Clock[] = received.map((day) => startClock("foi", day));
    const options = { division: "united-kingdom" } as const;
    const bare = medianMs(() => {
      let last = "";
      for (let i = 0; i < CALLS; i++) last = addWorkingDays(received[i]!, 20, options);
      return last;
    });
    const ours = medianMs(() => {
      let last: string | null = "";
      for (let i = 0; i < CALLS; i++) last = dueDate(clocks[i]!);
      return last;
    });
    let disagree = 0;
    for (let i = 0; i < CALLS; i += 97)
      if (dueDate(clocks[i]!) !== addWorkingDays(received[i]!, 20, options)) disagree += 1;
    return [
      {
        name: "clocks: 1 M dueDate (FOI clocks, no events)",
        value: round3(ours),
        unit: "ms",
        budget: "no budget (reported)",
        ratio: round3(ours / bare),
        pass: disagree === 0,
        note: `ratio = dueDate time / bare addWorkingDays time (${round3(bare)} ms), same run; ${disagree} sampled answers differ`,
      },
    ];
  },
};

const statuses: Benchmark = {
  name: "1 M clockStatus on FOI clocks with a clarification and an extension",
  run(): BenchResult[] {
    const count = 100_000;
    const received = days(count, 104_729);
    const clocks = received.map((day) => {
      const d = dayNumber(day);
      const paused = pauseClock(startClock("foi", day), dateOfDayNumber(d + 2));
      return extendClock(resumeClock(paused, dateOfDayNumber(d + 6)), dateOfDayNumber(d + 20), { by: 10 });
    });
    const today = received.map((day) => dateOfDayNumber(dayNumber(day) + 25));
    const ms = medianMs(
      () => {
        let late = 0;
        for (let round = 0; round < CALLS / count; round++) {
          for (let i = 0; i < count; i++) if (clockStatus(clocks[i]!, today[i]!).status === "overdue") late += 1;
        }
        return late;
      },
      { repeats: 5, warmup: 1 },
    );
    return [
      {
        name: "clocks: 1 M clockStatus (FOI clocks with pause, resume and extension)",
        value: round3(ms),
        unit: "ms",
        budget: "no budget (reported)",
        pass: true,
        note: `${count.toLocaleString("en-GB")} clocks, each read 10 times`,
      },
    ];
  },
};

export const benchmarks: Benchmark[] = [foiDueDates, statuses];
