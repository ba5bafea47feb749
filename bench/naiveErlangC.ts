// The textbook Erlang C, exactly as textbooks and most spreadsheets write it:
//   P(wait) = [A^N/N! · N/(N−A)] / [Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)]
// with Math.pow and a factorial, recomputed from scratch for every candidate N. It lives in bench/
// only, to show where it breaks and how much slower it is than the library's recursion: A^N
// overflows to Infinity once N·log10(A) > 308 (N ≈ 154 at 100 Erlangs) and N! once N > 170, after
// which the formula is Infinity/Infinity = NaN.

function factorial(n: number): number {
  let product = 1;
  for (let k = 2; k <= n; k++) product *= k;
  return product;
}

/** Textbook Erlang C (NaN once A^N or N! overflows). */
export function naiveErlangC(a: number, n: number): number {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += a ** k / factorial(k);
  const top = ((a ** n / factorial(n)) * n) / (n - a);
  return top / (sum + top);
}

/**
 * Textbook staffing: from the first N above the traffic, add an agent until the service level meets
 * the target. A NaN service level fails the `<` test, so the loop stops there and the answer is
 * reported with a NaN service level, which is what a spreadsheet shows as #NUM!.
 */
export function naiveRequiredAgents(
  a: number,
  ahtSeconds: number,
  target: number,
  targetSeconds: number,
): { agents: number; serviceLevel: number } {
  let n = Math.floor(a) + 1;
  let sl = 1 - naiveErlangC(a, n) * Math.exp((-(n - a) * targetSeconds) / ahtSeconds);
  while (sl < target) {
    n++;
    sl = 1 - naiveErlangC(a, n) * Math.exp((-(n - a) * targetSeconds) / ahtSeconds);
  }
  return { agents: n, serviceLevel: sl };
}
