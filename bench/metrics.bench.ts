// Management information: the one-pass summary over a synthetic 1.3 M-contact year in columns, beside a hand-written
// single loop over the same typed arrays (the floor for this work in JavaScript), and beside DuckDB with all cores
// on the same rows, its load and query times reported apart, with answers checked equal. Then 10 M contacts
// streamed through the full `contactSummary` in a child process, for its peak RSS.
//
// The compared summary is volumes by channel, service and London month plus call handling: what the SQL below
// computes in one GROUPING SETS scan. The full `contactSummary` (nine breakdowns, channel mix, calls, complaints,
// cost) is timed on the same columns for reference.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { type ContactColumns, contactColumns } from "council-contact/contact";
import { civilFromDays } from "council-contact/core";
import { SOCITM_2012_UNIT_COSTS } from "council-contact/cost";
import { callHandling, combine, contactSummary, summarize, volumes } from "council-contact/metrics";
import { generateContacts } from "council-contact/synth";
import { CHANNEL_CODES } from "council-contact/taxonomy";
import { type Benchmark, medianMs, medianMsAsync, round3 } from "./harness.js";

const YEAR = { seed: 1, count: 1_300_000, from: "2024-04-01", to: "2025-03-31" } as const;
const TELEPHONE = CHANNEL_CODES.indexOf("telephone");
const OUTBOUND = 2;
const STANDARD = 20;

const compared = combine({
  channel: volumes("channel"),
  service: volumes("service"),
  month: volumes("month"),
  calls: callHandling({ answerWithinSeconds: STANDARD }),
});

/** The answers both sides must agree on: counts by channel, service and month, and the call sums. */
interface Answers {
  channel: Record<string, number>;
  service: Record<string, number>;
  month: Record<string, number>;
  calls: { offered: number; answered: number; inTime: number; waitSum: number; handleSum: number };
}

const monthKey = (day: number): string => {
  const [y, m] = civilFromDays(day);
  return `${y}-${String(m).padStart(2, "0")}`;
};

/** The hand-written single loop: one pass over the typed arrays, counts into typed arrays, keys made at the end. */
function handLoop(c: ContactColumns): Answers {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < c.length; i++) {
    const d = c.day[i]!;
    if (d < low) low = d;
    if (d > high) high = d;
  }
  const months: string[] = [];
  const monthOfDay = new Int32Array(high - low + 1);
  for (let d = low; d <= high; d++) {
    const key = monthKey(d);
    if (months[months.length - 1] !== key) months.push(key);
    monthOfDay[d - low] = months.length - 1;
  }
  const byChannel = new Float64Array(CHANNEL_CODES.length);
  const byService = new Float64Array(c.service.values.length + 1);
  const byMonth = new Float64Array(months.length);
  let offered = 0;
  let answered = 0;
  let inTime = 0;
  let waitSum = 0;
  let handleSum = 0;
  for (let i = 0; i < c.length; i++) {
    if (c.direction[i] === OUTBOUND) continue;
    const channel = c.channel[i]!;
    byChannel[channel]!++;
    byService[c.service.codes[i]! + 1]!++;
    byMonth[monthOfDay[c.day[i]! - low]!]!++;
    if (channel === TELEPHONE && c.answered[i] !== 0) {
      offered++;
      if (c.answered[i] === 2) {
        answered++;
        const wait = c.waitSeconds[i]!;
        if (wait >= 0) {
          waitSum += wait;
          if (wait <= STANDARD) inTime++;
        }
        if (c.handleSeconds[i]! >= 0) handleSum += c.handleSeconds[i]!;
      }
    }
  }
  const record = (counts: Float64Array, key: (i: number) => string) =>
    Object.fromEntries([...counts].flatMap((n, i) => (n > 0 ? [[key(i), n]] : [])));
  return {
    channel: record(byChannel, (i) => CHANNEL_CODES[i]!),
    service: record(byService, (i) => (i === 0 ? "(none)" : c.service.values[i - 1]!)),
    month: record(byMonth, (i) => months[i]!),
    calls: { offered, answered, inTime, waitSum, handleSum },
  };
}

function libraryAnswers(result: ReturnType<typeof compared.result>): Answers {
  const rows = (r: { rows: readonly { key: string; count: number }[] }) =>
    Object.fromEntries(r.rows.map((row) => [row.key, row.count]));
  const calls = result.calls;
  return {
    channel: rows(result.channel),
    service: rows(result.service),
    month: rows(result.month),
    calls: {
      offered: calls.offered,
      answered: calls.answered,
      inTime: Math.round((calls.answeringStandard ?? 0) * calls.answered),
      waitSum: Math.round((calls.averageSpeedOfAnswer ?? 0) * calls.answered),
      handleSum: Math.round((calls.averageHandleSeconds ?? 0) * calls.answered),
    },
  };
}

const SQL = `
  SELECT grouping(channel, service, month) AS g, channel, service, month, count(*) AS n,
    count(*) FILTER (WHERE channel = ${TELEPHONE} AND answered <> 0) AS offered,
    count(*) FILTER (WHERE channel = ${TELEPHONE} AND answered = 2) AS answered,
    count(*) FILTER (WHERE channel = ${TELEPHONE} AND answered = 2 AND wait >= 0 AND wait <= ${STANDARD}) AS in_time,
    sum(wait) FILTER (WHERE channel = ${TELEPHONE} AND answered = 2 AND wait >= 0) AS wait_sum,
    sum(handle) FILTER (WHERE channel = ${TELEPHONE} AND answered = 2 AND handle >= 0) AS handle_sum
  FROM (SELECT channel, service, answered, wait, handle, strftime(DATE '1970-01-01' + day, '%Y-%m') AS month
        FROM contacts WHERE direction <> ${OUTBOUND})
  GROUP BY GROUPING SETS ((channel), (service), (month), ())`;

async function duckdb(c: ContactColumns) {
  const instance = await DuckDBInstance.create(":memory:", { threads: String(cpus().length) });
  const connection = await instance.connect();
  await connection.run(
    "CREATE TABLE contacts (day INTEGER, channel UTINYINT, direction UTINYINT, service INTEGER, answered UTINYINT, wait DOUBLE, handle DOUBLE)",
  );
  const loadStart = performance.now();
  const appender = await connection.createAppender("contacts");
  for (let i = 0; i < c.length; i++) {
    appender.appendInteger(c.day[i]!);
    appender.appendUTinyInt(c.channel[i]!);
    appender.appendUTinyInt(c.direction[i]!);
    appender.appendInteger(c.service.codes[i]!);
    appender.appendUTinyInt(c.answered[i]!);
    appender.appendDouble(c.waitSeconds[i]!);
    appender.appendDouble(c.handleSeconds[i]!);
    appender.endRow();
  }
  appender.closeSync();
  const loadMs = performance.now() - loadStart;
  const query = async () => (await connection.runAndReadAll(SQL)).getRowObjectsJS();
  const queryMs = await medianMsAsync(query, { repeats: 5, warmup: 1 });
  const rows = await query();
  const answers: Answers = {
    channel: {},
    service: {},
    month: {},
    calls: { offered: 0, answered: 0, inTime: 0, waitSum: 0, handleSum: 0 },
  };
  for (const row of rows) {
    const n = Number(row.n);
    if (row.channel !== null) answers.channel[CHANNEL_CODES[Number(row.channel)]!] = n;
    else if (row.service !== null)
      answers.service[Number(row.service) < 0 ? "(none)" : c.service.values[Number(row.service)]!] = n;
    else if (row.month !== null) answers.month[String(row.month)] = n;
    else
      answers.calls = {
        offered: Number(row.offered),
        answered: Number(row.answered),
        inTime: Number(row.in_time),
        waitSum: Number(row.wait_sum),
        handleSum: Number(row.handle_sum),
      };
  }
  connection.closeSync();
  instance.closeSync();
  return { loadMs, queryMs, answers };
}

/** Same keys and counts, whatever the order. */
const sameAnswers = (a: Answers, b: Answers): boolean => {
  const norm = (x: Answers) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(x).map(([k, v]) => [
          k,
          Object.fromEntries(Object.entries(v).sort(([p], [q]) => (p < q ? -1 : 1))),
        ]),
      ),
    );
  return norm(a) === norm(b);
};

export const benchmarks: Benchmark[] = [
  {
    name: "summary of a 1.3 M-contact year in columns: hand loop and DuckDB beside it",
    run: async () => {
      const columns = contactColumns(generateContacts(YEAR));
      const library = medianMs(() => summarize(columns, compared), { repeats: 5, warmup: 1 });
      const hand = medianMs(() => handLoop(columns), { repeats: 5, warmup: 1 });
      const full = medianMs(() => summarize(columns, contactSummary({ unitCosts: SOCITM_2012_UNIT_COSTS })), {
        repeats: 3,
        warmup: 1,
      });
      const mine = libraryAnswers(summarize(columns, compared));
      const floor = handLoop(columns);
      const duck = await duckdb(columns);
      const equal = sameAnswers(mine, floor) && sameAnswers(mine, duck.answers);
      return [
        {
          name: "metrics: summary pass over 1.3 M contacts in columns ÷ hand-written single loop",
          value: round3(library),
          unit: "ms",
          budget: "≤ 1.5× the hand loop; answers equal",
          ratio: round3(library / hand),
          pass: library / hand <= 1.5 && equal,
          note: `hand loop ${round3(hand)} ms; answers equal: ${equal}`,
        },
        {
          name: `metrics: summary pass ÷ DuckDB query (${cpus().length} threads) on the same rows`,
          value: round3(duck.queryMs),
          unit: "ms",
          budget: "library faster than DuckDB's query; load reported apart",
          ratio: round3(library / duck.queryMs),
          pass: library < duck.queryMs && equal,
          note: `DuckDB load (appender) ${round3(duck.loadMs)} ms, query ${round3(duck.queryMs)} ms; library ${round3(library)} ms`,
        },
        {
          name: "metrics: full contactSummary over 1.3 M contacts in columns",
          value: round3(full),
          unit: "ms",
          budget: "reported",
          pass: true,
        },
      ];
    },
  },
  {
    name: "stream 10 M contacts through contactSummary",
    run: () => {
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", join(import.meta.dirname, "metricsStream.child.ts"), "10000000"],
        { encoding: "utf8", env: { ...process.env, TSX_TSCONFIG_PATH: join(import.meta.dirname, "tsconfig.json") } },
      );
      const finished = child.status === 0;
      const run = finished
        ? (JSON.parse(child.stdout) as { peakRssMb: number; seconds: number; contacts: number })
        : { peakRssMb: Number.NaN, seconds: Number.NaN, contacts: 0 };
      return [
        {
          name: "metrics: 10 M contacts streamed through contactSummary, peak RSS",
          value: round3(run.peakRssMb),
          unit: "MB",
          budget: "≤ 300 MB",
          pass: finished && run.peakRssMb <= 300,
          note: finished ? `${run.contacts} customer contacts in ${round3(run.seconds)} s` : child.stderr.slice(-500),
        },
      ];
    },
  },
];
