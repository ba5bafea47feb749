// Exact money: split a ten-year benefit across years and services to the penny, cost some contacts,
// and show where float arithmetic on pounds goes wrong. Run: npx tsx examples/money.ts
import {
  add,
  allocate,
  compare,
  formatMoney,
  type Money,
  money,
  multiply,
  ratio,
  subtract,
  sum,
} from "council-contact/money";

// 1. A business case projects £197.4m of benefit over ten years (an illustrative figure). Benefits
//    ramp up: half a year's worth in year 1, 80% in year 2, the full rate from year 3.
const benefit = money("197400000");
const ramp = ["0.5", "0.8", 1, 1, 1, 1, 1, 1, 1, 1];
const byYear = allocate(benefit, ramp);

// 2. Each year's benefit is shared across services by their share of avoidable contact.
const services = ["revenues", "benefits", "street-scene", "housing", "other"] as const;
const shares = [35, 25, 20, 12, 8];
const table = byYear.map((amount) => allocate(amount, shares));

const width = 16;
const cell = (text: string): string => text.padStart(width);
console.log(`Ten-year benefit of ${formatMoney(benefit)} by year and service`);
console.log("(each row adds up to its year's benefit, and the years to the whole, to the penny)\n");
console.log(["year".padEnd(6), ...services.map(cell), cell("total")].join(""));
table.forEach((row, year) => {
  console.log([`${year + 1}`.padEnd(6), ...row.map((m) => cell(formatMoney(m))), cell(formatMoney(sum(row)))].join(""));
});
const columnTotals = services.map((_, s) => sum(table.map((row) => row[s]!)));
console.log(
  ["total".padEnd(6), ...columnTotals.map((m) => cell(formatMoney(m))), cell(formatMoney(sum(columnTotals)))].join(""),
);
console.log(`\nGrand total equals the benefit to the penny: ${sum(columnTotals) === benefit}`);
// Rounding in two directions cannot make every row *and* every column exact: allocate first along
// the dimension whose totals you publish.
const direct = allocate(benefit, shares);
console.log(
  `Revenues' column is ${formatMoney(columnTotals[0]!)}; 35% of the benefit allocated directly is ${formatMoney(direct[0]!)}.`,
);

// 3. Cost to serve with the Socitm 2012 unit costs (£8.62 per face-to-face visit, £2.83 per call,
//    £0.15 per web visit; quoted in the Government Digital Strategy 2012).
const volumes: [string, Money, number][] = [
  ["face-to-face", money("8.62"), 41_237],
  ["telephone", money("2.83"), 612_418],
  ["web", money("0.15"), 1_048_511],
];
console.log("\nCost to serve (Socitm 2012 unit costs)");
const costs = volumes.map(([channel, unit, count]) => {
  const cost = multiply(unit, count);
  console.log(
    `  ${channel.padEnd(14)}${count.toLocaleString("en-GB").padStart(10)} × ${formatMoney(unit).padStart(6)} = ${formatMoney(cost).padStart(14)}`,
  );
  return cost;
});
console.log(`  ${"total".padEnd(14)}${" ".repeat(21)}${formatMoney(sum(costs)).padStart(14)}`);

// 4. A percentage change: Socitm's cost per call fell from £2.90 (2009) to £2.83 (2012).
const change = ratio(subtract(money("2.83"), money("2.90")), money("2.90"));
console.log(`\nCost per call, 2009 → 2012: ${change.times(100).toFixed(1)}%`);

// 5. Why not floats: £100 split three ways, each third rounded, loses a penny; allocate does not.
const naive = [1, 2, 3].map(() => Math.round((100 / 3) * 100) / 100);
const naiveTotal = naive.reduce((a, b) => a + b, 0);
const fair = allocate(money("100"), [1, 1, 1]);
console.log(`\n£100 in thirds, rounded separately: ${naive.join(" + ")} = ${naiveTotal}`);
console.log(`£100 in thirds, with allocate:      ${fair.join(" + ")} = ${sum(fair)}`);
console.log(
  `0.1 + 0.2 in floats is ${0.1 + 0.2}; add(money("0.10"), money("0.20")) is ${add(money("0.10"), money("0.20"))}`,
);
console.log(
  `"10.00" < "9.00" as strings is ${"10.00" < "9.00"}; compare(money("10"), money("9")) is ${compare(money("10"), money("9"))}`,
);
