// Sums over the queue of an Erlang A (M/M/N+M) centre. A caller who arrives to find all N agents
// busy and m callers already waiting joins at position m; the stationary chance of that, relative to
// "all busy, nobody waiting", is
//
//   t_m = w^m / ((y + 1)(y + 2)…(y + m)),   with w = λ/θ and y = Nμ/θ,
//
// (Mandelbaum & Zeltyn 2005, §3: λ arrival rate, μ = 1/AHT, θ = 1/mean patience). Σ t_m is their
// A(Nμ/θ, λ/θ) = y·w^(−y)·e^w·γ(y, w), a scaled lower incomplete gamma function, summed here as its
// series. The terms are formed by one multiplication each and rescaled when large, so nothing
// overflows however long the queue grows; no factorials, no powers.

/** The sums a caller needs, relative to the same (scaled) total. */
export interface QueueSums {
  /** ln Σ_{m≥0} t_m. */
  readonly logTotal: number;
  /** ln Σ_{m≥1} t_m (−Infinity when w = 0). */
  readonly logTail: number;
  /** Σ m·t_m ÷ Σ t_m: the mean position of a caller who waits. */
  readonly meanPosition: number;
  /**
   * Σ t_m · y/(y+m+1) · H_m ÷ Σ t_m, with H_m = Σ_{k=1}^{m+1} 1/(y+k): θ times the mean wait of a
   * caller who waits and is then served, counted over all callers who wait (served or not).
   */
  readonly servedWait: number;
}

/** More terms than this and the sums are reported as not converging (the caller throws). */
export const MAX_TERMS = 20_000_000;
const SCALE = 1e250;
const LOG_SCALE = Math.log(SCALE);

/**
 * The queue sums for y = Nμ/θ > 0 and w ≥ 0, to a relative 1e-17, or `undefined` when they would
 * need more than {@link MAX_TERMS} terms (an overloaded centre whose callers wait almost forever).
 */
export function queueSums(y: number, w: number): QueueSums | undefined {
  let term = 1;
  let total = 0;
  let tail = 0;
  let weighted = 0;
  let served = 0;
  let harmonic = 0;
  let scales = 0;
  for (let m = 0; m < MAX_TERMS; m++) {
    harmonic += 1 / (y + m + 1);
    total += term;
    if (m > 0) tail += term;
    weighted += m * term;
    served += ((term * y) / (y + m + 1)) * harmonic;
    const ratio = w / (y + m + 1);
    // Past the peak the ratios only fall, so the rest is at most term·r/(1−r) for weight 1 and
    // term·r·((m+1)/(1−r) + 1/(1−r)²) for the heaviest weight (m + 1) used here.
    if (ratio < 1 && term * ratio * ((m + 2) / (1 - ratio) + 1 / (1 - ratio) ** 2) <= 1e-17 * total) {
      return {
        logTotal: Math.log(total) + scales * LOG_SCALE,
        logTail: Math.log(tail) + scales * LOG_SCALE,
        meanPosition: weighted / total,
        servedWait: served / total,
      };
    }
    term *= ratio;
    if (term > SCALE) {
      term /= SCALE;
      total /= SCALE;
      tail /= SCALE;
      weighted /= SCALE;
      served /= SCALE;
      scales++;
    }
  }
  return undefined;
}
