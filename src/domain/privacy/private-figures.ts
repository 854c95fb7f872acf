/** The figures of a group that holds published contributions (whole atoms only; see
 * contributed-value.ts), from the open data's fine histogram and the contributed values:
 * - percentiles smoothed toward the parent cohort's (m pseudo-observations at the parent's
 *   percentiles, as LinkedIn Salary smooths thin cohorts), then rounded (rounding.ts), so that
 *   no published percentile is one person's value (type-7 quantiles of n = 5 are);
 * - never a min or max;
 * - histograms: each atom's values enter as chunks of at least k at their chunk mean, so that
 *   no bar holds 1 to k − 1 contributions, whatever the bar edges (and subtracting two
 *   histograms removes whole chunks). */
import { HISTOGRAM_BUCKETS_PER_LN, histogramQuantiles, mergeBuckets } from '../histogram.ts';
import type { HistogramBucket } from '../histogram.ts';
import type { ContributedValue } from './contributed-value.ts';
import { roundSignificant, significantDigitsFor } from './rounding.ts';

export interface PrivateFigureInput {
  /** The open data's fine histogram for the same filter (no contributions in it). */
  readonly openBuckets: readonly HistogramBucket[];
  readonly contributed: readonly ContributedValue[];
  /** The parent cohort's percentiles from open data (null when it is too small). */
  readonly parent: readonly number[] | null;
  /** The privacy threshold (minimum group size). */
  readonly k: number;
}

export interface PrivateFigures {
  readonly count: number;
  readonly quantiles: number[] | null;
  /** Significant digits the percentiles were rounded to. */
  readonly digits: number;
  readonly smoothedWith: number;
}

function bucketOf(value: number, count: number): HistogramBucket {
  return {
    bucket: Math.floor(Math.log(value) * HISTOGRAM_BUCKETS_PER_LN),
    count,
    min: value,
    max: value,
  };
}

export function privateFigures(input: PrivateFigureInput): PrivateFigures {
  const { openBuckets, contributed, parent, k } = input;
  const merged = mergeBuckets([...openBuckets, ...contributed.map((c) => bucketOf(c.value, 1))]);
  const count = merged.reduce((n, b) => n + b.count, 0);
  const digits = significantDigitsFor(contributed.length, k);
  if (count < k) return { count, quantiles: null, digits, smoothedWith: 0 };
  const raw = histogramQuantiles(merged);
  const m = parent ? k : 0;
  const quantiles = raw.map((q, i) => {
    const p = parent?.[i];
    const smoothed = p === undefined ? q : (count * q + m * p) / (count + m);
    return roundSignificant(smoothed, digits);
  });
  return { count, quantiles, digits, smoothedWith: m };
}

/** Each atom's values, sorted, in chunks of k (the last takes the remainder), each entered as
 * one bucket at its mean rounded to 2 significant digits. */
export function contributionChunks(
  contributed: readonly ContributedValue[],
  k: number,
): HistogramBucket[] {
  const byAtom = new Map<string, number[]>();
  for (const c of contributed) byAtom.set(c.atomId, [...(byAtom.get(c.atomId) ?? []), c.value]);
  const chunks: HistogramBucket[] = [];
  for (const values of byAtom.values()) {
    values.sort((a, b) => a - b);
    const n = Math.max(1, Math.floor(values.length / k));
    for (let i = 0; i < n; i += 1) {
      const part = values.slice(i * k, i === n - 1 ? values.length : (i + 1) * k);
      const mean = part.reduce((s, v) => s + v, 0) / part.length;
      chunks.push(bucketOf(roundSignificant(mean, 2), part.length));
    }
  }
  return chunks;
}

/** The open buckets with the contributions' chunks added. */
export function privateHistogram(
  openBuckets: readonly HistogramBucket[],
  contributed: readonly ContributedValue[],
  k: number,
): HistogramBucket[] {
  return mergeBuckets([...openBuckets, ...contributionChunks(contributed, k)]);
}
