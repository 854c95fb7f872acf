import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayBins } from './display-bins.ts';
import { HISTOGRAM_BUCKETS_PER_LN, mergeBuckets } from './histogram.ts';

const bucketsOf = (values: number[]) =>
  mergeBuckets(
    values.map((v) => ({
      bucket: Math.floor(Math.log(v) * HISTOGRAM_BUCKETS_PER_LN),
      count: 1,
      min: v,
      max: v,
    })),
  );

describe('display bins of a distribution', () => {
  it('count every observation once, in equal-width bins from the 1st to the 99th percentile', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 30_000 + i * 50);
    const bins = displayBins(bucketsOf(values), 10);
    assert.equal(bins.length, 10);
    assert.equal(
      bins.reduce((n, b) => n + b.count, 0),
      1000,
    );
    const widths = bins.map((b) => b.to - b.from);
    assert.ok(widths.every((w) => Math.abs(w - (widths[0] as number)) < 1e-6));
  });

  it('keep extreme figures in the edge bins', () => {
    const values = [...Array.from({ length: 200 }, (_, i) => 40_000 + i * 100), 5_000_000];
    const bins = displayBins(bucketsOf(values), 8);
    assert.ok((bins.at(-1)?.to ?? 0) < 5_000_000);
    assert.equal(
      bins.reduce((n, b) => n + b.count, 0),
      201,
    );
  });

  it('give one bin when every figure is the same, and none for no figure', () => {
    assert.deepEqual(displayBins(bucketsOf([50_000, 50_000, 50_000]), 5), [
      { from: 50_000, to: 50_000, count: 3 },
    ]);
    assert.deepEqual(displayBins([], 5), []);
  });
});
