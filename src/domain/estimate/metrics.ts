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

export function protocolFigures(
  actual: readonly number[],
  predicted: readonly QuantilePrediction[],
): ProtocolFigures {
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
