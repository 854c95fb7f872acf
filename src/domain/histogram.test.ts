import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  HISTOGRAM_BUCKETS_PER_LN,
  histogramQuantiles,
  mergeBuckets,
  type HistogramBucket,
} from './histogram.ts';
import { QUANTILE_LEVELS, quantileSorted } from './stats.ts';

function bucketsOf(values: number[], sources = 1): HistogramBucket[] {
  const rows: HistogramBucket[] = [];
  values.forEach((v, i) =>
    rows.push({
      bucket: Math.floor(Math.log(v) * HISTOGRAM_BUCKETS_PER_LN),
      count: 1,
      min: v,
      max: v,
      ...(i % sources ? {} : {}),
    }),
  );
  return mergeBuckets(rows);
}

function rng(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('percentiles from a histogram', () => {
  it('are exact for a small group of distinct salaries', () => {
    const values = [
      31_000, 42_000, 45_000, 48_000, 52_000, 55_000, 61_000, 70_000, 83_000, 120_000,
    ];
    const sorted = [...values].sort((a, b) => a - b);
    assert.deepEqual(
      histogramQuantiles(bucketsOf(values)),
      QUANTILE_LEVELS.map((q) => quantileSorted(sorted, q)),
    );
  });

  it('stay within a quarter of a percent of the exact quantiles on 100 000 lognormal salaries', () => {
    const r = rng(7);
    const values = Array.from({ length: 100_000 }, () =>
      Math.round(
        Math.exp(
          10.9 + 0.45 * Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r()),
        ),
      ),
    );
    const sorted = [...values].sort((a, b) => a - b);
    const approx = histogramQuantiles(bucketsOf(values));
    QUANTILE_LEVELS.forEach((q, i) => {
      const exact = quantileSorted(sorted, q);
      assert.ok(
        Math.abs((approx[i] as number) - exact) / exact < 0.0025,
        `q${q}: ${approx[i]} vs ${exact}`,
      );
    });
  });

  it('merges the same bucket from several sources', () => {
    const merged = mergeBuckets([
      { bucket: 5, count: 2, min: 10, max: 11 },
      { bucket: 3, count: 1, min: 5, max: 5 },
      { bucket: 5, count: 1, min: 9, max: 9 },
    ]);
    assert.deepEqual(merged, [
      { bucket: 3, count: 1, min: 5, max: 5 },
      { bucket: 5, count: 3, min: 9, max: 11 },
    ]);
  });

  it('gives nothing for an empty group and the value itself for one observation', () => {
    assert.deepEqual(histogramQuantiles([]), []);
    assert.deepEqual(
      histogramQuantiles(bucketsOf([50_000])),
      [50_000, 50_000, 50_000, 50_000, 50_000],
    );
  });
});
