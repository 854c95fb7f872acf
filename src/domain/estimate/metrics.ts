/** The figures of the evaluation protocol: MdAPE of p50, mean pinball loss over q = 0.1, 0.5,
 * 0.9, and the share of actual values inside [p10, p90]. */

export interface QuantilePrediction {
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
}

export interface ProtocolFigures {
  readonly rows: number;
  readonly mdape: number;
  readonly pinball: number;
  readonly coverage80: number;
}

export function pinball(actual: number, predicted: number, q: number): number {
  const diff = actual - predicted;
  return diff >= 0 ? q * diff : (q - 1) * diff;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The weighted median: the smallest value with at least half the weight at or below it (equal
 * weights give the plain median above). */
function weightedMedian(values: readonly number[], weights: readonly number[]): number {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const total = weights.reduce((s, w) => s + w, 0);
  let seen = 0;
  for (const i of order) {
    seen += weights[i]!;
    if (seen >= total / 2) return values[i]!;
  }
  return Number.NaN;
}

export function protocolFigures(
  actual: readonly number[],
  predicted: readonly QuantilePrediction[],
  /** How much each row counts (e.g. 0.5 for each end of a posted range, so a range counts once);
   * `rows` is then the sum of weights. */
  weights?: readonly number[],
): ProtocolFigures {
  if (weights) return weightedFigures(actual, predicted, weights);
  if (actual.length !== predicted.length)
    throw new Error(
      `${actual.length} actual values for ${predicted.length} predictions (expected as many)`,
    );
  if (actual.length === 0)
    return { rows: 0, mdape: Number.NaN, pinball: Number.NaN, coverage80: Number.NaN };
  let loss = 0;
  let inside = 0;
  const ape: number[] = [];
  actual.forEach((y, i) => {
    const p = predicted[i]!;
    loss += (pinball(y, p.p10, 0.1) + pinball(y, p.p50, 0.5) + pinball(y, p.p90, 0.9)) / 3;
    if (y >= p.p10 && y <= p.p90) inside += 1;
    ape.push(Math.abs(p.p50 - y) / y);
  });
  return {
    rows: actual.length,
    mdape: median(ape),
    pinball: loss / actual.length,
    coverage80: inside / actual.length,
  };
}

function weightedFigures(
  actual: readonly number[],
  predicted: readonly QuantilePrediction[],
  weights: readonly number[],
): ProtocolFigures {
  if (weights.length !== actual.length || predicted.length !== actual.length)
    throw new Error(
      `${actual.length} actual values, ${predicted.length} predictions and ${weights.length} weights (expected as many)`,
    );
  let loss = 0;
  let inside = 0;
  let total = 0;
  const ape: number[] = [];
  actual.forEach((y, i) => {
    const p = predicted[i]!;
    const w = weights[i]!;
    total += w;
    loss += (w * (pinball(y, p.p10, 0.1) + pinball(y, p.p50, 0.5) + pinball(y, p.p90, 0.9))) / 3;
    if (y >= p.p10 && y <= p.p90) inside += w;
    ape.push(Math.abs(p.p50 - y) / y);
  });
  if (total === 0)
    return { rows: 0, mdape: Number.NaN, pinball: Number.NaN, coverage80: Number.NaN };
  return {
    rows: total,
    mdape: weightedMedian(ape, weights),
    pinball: loss / total,
    coverage80: inside / total,
  };
}
