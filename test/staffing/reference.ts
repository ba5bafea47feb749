// Independent references for the staffing tests, in 40-digit decimal arithmetic and by different
// formulas from the ones the library uses:
// - Erlang B and C from the textbook sums Σ A^k/k!, each term taken relative to A^N/N! so the
//   numbers stay representable (the library uses the recursion instead);
// - Erlang A by summing the truncated birth–death chain state by state, as peer calculators do
//   (e.g. A-Herzog's Warteschlangenrechner, `ErwErlangC_PA` for the M/M/c/K+M queue), with the
//   service level and answered callers' wait taken caller by caller over queue positions (the
//   library uses closed forms and series over the same sums).
import { Decimal } from "decimal.js";

const D = Decimal.clone({ precision: 40 });

/** Σ_{k<N} (A^k/k!) ÷ (A^N/N!) = Σ_{k<N} Π_{j=k+1}^{N} j/A. */
function lowerTermsOverTop(a: number, n: number): Decimal {
  let sum = new D(0);
  let product = new D(1);
  for (let k = n - 1; k >= 0; k--) {
    product = product.mul(k + 1).div(a);
    sum = sum.add(product);
  }
  return sum;
}

/** Erlang B = (A^N/N!) ÷ Σ_{k≤N} A^k/k!. */
export function referenceErlangB(a: number, n: number): number {
  return new D(1).div(lowerTermsOverTop(a, n).add(1)).toNumber();
}

/** Erlang C = [A^N/N! · N/(N−A)] ÷ [Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)], for N > A. */
export function referenceErlangC(a: number, n: number): number {
  const top = new D(n).div(new D(n).sub(a));
  return top.div(lowerTermsOverTop(a, n).add(top)).toNumber();
}

/** Erlang A measures computed state by state. */
export interface ReferenceErlangA {
  readonly waitProbability: number;
  readonly abandonmentProbability: number;
  readonly serviceLevel: number;
  readonly averageSpeedOfAnswerSeconds: number;
}

/**
 * Erlang A (M/M/N+M) from its birth–death chain: p_j ∝ A^j/j! up to N, then each further state
 * multiplied by λ/(Nμ + (j−N)θ), until the terms fall below 1e-45 of p_N. P(Ab) = θ·E[Q]/λ.
 * A caller who joins at queue position m is served with probability y/(y+m+1) (y = Nμ/θ) after a
 * wait whose e^(−θ·wait) is Beta(y+1, m+1) distributed, so P(served, wait > T) adds
 * p_{N+m}·y/(y+m+1)·I_z(y+1, m+1) with z = e^(−θT) and I_z(y+1, m+1) = z^(y+1) Σ_{j≤m} (y+1)_j/j! (1−z)^j,
 * and the served wait adds p_{N+m}·y/(y+m+1)·Σ_{k=1}^{m+1} 1/(θ(y+k)).
 */
export function referenceErlangA(
  a: number,
  n: number,
  ahtSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
): ReferenceErlangA {
  const mu = new D(1).div(ahtSeconds);
  const theta = new D(1).div(patienceSeconds);
  const lambda = mu.mul(a);
  const y = mu.mul(n).div(theta);
  const z = theta.mul(targetSeconds).neg().exp();
  const p: Decimal[] = [new D(1)];
  for (let j = 1; j <= n; j++) p.push(p[j - 1]!.mul(a).div(j));
  const floor = p[n]!.mul("1e-45");
  for (let j = n + 1; ; j++) {
    const next = p[j - 1]!.mul(lambda).div(mu.mul(n).add(theta.mul(j - n)));
    p.push(next);
    if (j > n + 20 && next.lt(floor)) break;
  }
  const total = p.reduce((sum, value) => sum.add(value), new D(0));
  let waiting = new D(0);
  let queue = new D(0);
  let servedLate = new D(0);
  let servedWait = new D(0);
  let term = z.pow(y.add(1));
  let incompleteBeta = new D(0);
  let harmonic = new D(0);
  for (let m = 0; n + m < p.length; m++) {
    const pm = p[n + m]!;
    const served = y.div(y.add(m + 1));
    waiting = waiting.add(pm);
    queue = queue.add(pm.mul(m));
    incompleteBeta = incompleteBeta.add(term);
    term = term
      .mul(y.add(1).add(m))
      .div(m + 1)
      .mul(new D(1).sub(z));
    servedLate = servedLate.add(pm.mul(served).mul(incompleteBeta));
    harmonic = harmonic.add(new D(1).div(theta.mul(y.add(m + 1))));
    servedWait = servedWait.add(pm.mul(served).mul(harmonic));
  }
  const abandon = queue.mul(theta).div(lambda).div(total);
  return {
    waitProbability: waiting.div(total).toNumber(),
    abandonmentProbability: abandon.toNumber(),
    serviceLevel: new D(1).sub(abandon).sub(servedLate.div(total)).toNumber(),
    averageSpeedOfAnswerSeconds: servedWait.div(total).div(new D(1).sub(abandon)).toNumber(),
  };
}
