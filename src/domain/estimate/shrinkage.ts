/**
 * Additive random effects fitted by backfitting: each factor's effect for a key is the
 * shrunk mean of what the other factors leave unexplained, Σw·r / (Σw + k). With
 * `fixedK` this is ridge regression on one-hot features (Gauss–Seidel on its normal
 * equations); without it, k = σ²/τ² per factor is re-estimated by EM (empirical Bayes), so a
 * factor whose keys barely differ is shrunk hard and a rare key leans on the others.
 */

/** One factor encoded: codes[i] is the key index of row i, or -1 when the row has none. */
export interface EncodedFactor {
  readonly codes: Int32Array;
  readonly size: number;
}

export interface ShrinkageFit {
  readonly intercept: number;
  readonly effects: Float64Array[];
  /** Σw of the rows behind each key. */
  readonly weights: Float64Array[];
  readonly tau2: number[];
  readonly sigma2: number;
  /** Fitted value of each row. */
  readonly fitted: Float64Array;
}

export interface ShrinkageOptions {
  readonly sweeps: number;
  /** Same penalty for every factor (ridge); EM-estimated when absent. */
  readonly fixedK?: number;
}

const TAU2_FLOOR = 1e-6;

function weightedMean(y: Float64Array, w: Float64Array): number {
  let s = 0;
  let sw = 0;
  for (let i = 0; i < y.length; i += 1) {
    s += w[i]! * y[i]!;
    sw += w[i]!;
  }
  return sw > 0 ? s / sw : 0;
}

export function fitShrinkage(
  y: Float64Array,
  w: Float64Array,
  factors: readonly EncodedFactor[],
  options: ShrinkageOptions,
): ShrinkageFit {
  const n = y.length;
  let intercept = weightedMean(y, w);
  const fitted = new Float64Array(n).fill(intercept);
  let sigma2 = 0;
  for (let i = 0; i < n; i += 1) sigma2 += w[i]! * (y[i]! - intercept) ** 2;
  let totalW = 0;
  for (let i = 0; i < n; i += 1) totalW += w[i]!;
  sigma2 /= Math.max(totalW, 1e-12);
  const effects = factors.map((f) => new Float64Array(f.size));
  const weights = factors.map((f) => {
    const acc = new Float64Array(f.size);
    for (let i = 0; i < n; i += 1) if (f.codes[i]! >= 0) acc[f.codes[i]!]! += w[i]!;
    return acc;
  });
  const tau2 = factors.map(() => sigma2 / 10);

  for (let sweep = 0; sweep < options.sweeps; sweep += 1) {
    factors.forEach((factor, f) => {
      const eff = effects[f]!;
      const sums = new Float64Array(factor.size);
      for (let i = 0; i < n; i += 1) {
        const c = factor.codes[i]!;
        if (c >= 0) sums[c]! += w[i]! * (y[i]! - fitted[i]! + eff[c]!);
      }
      const k = options.fixedK ?? sigma2 / tau2[f]!;
      const next = new Float64Array(factor.size);
      for (let g = 0; g < factor.size; g += 1) next[g] = sums[g]! / (weights[f]![g]! + k);
      for (let i = 0; i < n; i += 1) {
        const c = factor.codes[i]!;
        if (c >= 0) fitted[i]! += next[c]! - eff[c]!;
      }
      effects[f] = next;
    });
    // Re-centre the intercept on what the effects leave.
    let shift = 0;
    for (let i = 0; i < n; i += 1) shift += w[i]! * (y[i]! - fitted[i]!);
    shift /= Math.max(totalW, 1e-12);
    intercept += shift;
    let ss = 0;
    for (let i = 0; i < n; i += 1) {
      fitted[i]! += shift;
      ss += w[i]! * (y[i]! - fitted[i]!) ** 2;
    }
    sigma2 = ss / Math.max(totalW, 1e-12);
    if (options.fixedK === undefined) {
      // EM step for each factor's variance: mean of (effect² + posterior variance).
      factors.forEach((factor, f) => {
        const k = sigma2 / tau2[f]!;
        let acc = 0;
        let groups = 0;
        for (let g = 0; g < factor.size; g += 1) {
          if (weights[f]![g]! <= 0) continue;
          acc += effects[f]![g]! ** 2 + sigma2 / (weights[f]![g]! + k);
          groups += 1;
        }
        tau2[f] = Math.max(TAU2_FLOOR, groups > 0 ? acc / groups : TAU2_FLOOR);
      });
    }
  }
  return { intercept, effects, weights, tau2, sigma2, fitted };
}
