/** Percentiles read off a fine histogram of values (buckets of equal width in log space).
 * Type-7 quantiles need the order statistics around (n − 1)·q: each is exact when it is the
 * smallest or largest value of its bucket, and interpolated within the bucket otherwise. */
import { QUANTILE_LEVELS } from './stats.ts';

/** 400 buckets per unit of ln: each bucket spans 0.25% of the value. */
export const HISTOGRAM_BUCKETS_PER_LN = 400;

export interface HistogramBucket {
  readonly bucket: number;
  readonly count: number;
  readonly min: number;
  readonly max: number;
}

/** Merges buckets of the same index (e.g. from several sources) and sorts them. */
export function mergeBuckets(rows: Iterable<HistogramBucket>): HistogramBucket[] {
  const byBucket = new Map<number, { bucket: number; count: number; min: number; max: number }>();
  for (const r of rows) {
    const b = byBucket.get(r.bucket);
    if (!b) byBucket.set(r.bucket, { ...r });
    else {
      b.count += r.count;
      b.min = Math.min(b.min, r.min);
      b.max = Math.max(b.max, r.max);
    }
  }
  return [...byBucket.values()].sort((a, b) => a.bucket - b.bucket);
}

/** The value of rank `k` (0-based) in the sorted values the buckets hold. */
function orderStatistic(
  buckets: readonly HistogramBucket[],
  starts: readonly number[],
  k: number,
): number {
  let lo = 0;
  let hi = buckets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  const b = buckets[lo] as HistogramBucket;
  const r = k - (starts[lo] as number);
  if (r === 0) return b.min;
  if (r === b.count - 1) return b.max;
  return b.min + ((b.max - b.min) * r) / (b.count - 1);
}

/** p10, p25, p50, p75, p90 (or the levels given) of the values in sorted, merged buckets. */
export function histogramQuantiles(
  buckets: readonly HistogramBucket[],
  levels: readonly number[] = QUANTILE_LEVELS,
): number[] {
  const starts: number[] = [];
  let n = 0;
  for (const b of buckets) {
    starts.push(n);
    n += b.count;
  }
  if (n === 0) return [];
  return levels.map((q) => {
    const pos = (n - 1) * q;
    const k = Math.floor(pos);
    const a = orderStatistic(buckets, starts, k);
    if (k + 1 >= n) return a;
    const b = orderStatistic(buckets, starts, k + 1);
    return a + (b - a) * (pos - k);
  });
}
