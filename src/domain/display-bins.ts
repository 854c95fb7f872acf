/** Display bins for a distribution chart from a fine histogram: equal-width bins between the
 * 1st and 99th percentiles, with values beyond them counted in the edge bins (so a few extreme
 * figures do not squash the chart). */
import { histogramQuantiles, type HistogramBucket } from './histogram.ts';

export interface DisplayBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export function displayBins(buckets: readonly HistogramBucket[], binCount: number): DisplayBin[] {
  const total = buckets.reduce((n, b) => n + b.count, 0);
  if (total === 0 || binCount < 1) return [];
  const [lo, hi] = histogramQuantiles(buckets, [0.01, 0.99]) as [number, number];
  if (!(hi > lo)) return [{ from: lo, to: hi, count: total }];
  const width = (hi - lo) / binCount;
  const bins = Array.from({ length: binCount }, (_, i) => ({
    from: lo + i * width,
    to: lo + (i + 1) * width,
    count: 0,
  }));
  for (const b of buckets) {
    const mid = (b.min + b.max) / 2;
    const i = Math.min(binCount - 1, Math.max(0, Math.floor((mid - lo) / width)));
    (bins[i] as { count: number }).count += b.count;
  }
  return bins;
}
