/** Folds the rows of queries/salary-histogram.ts into the summary both adapters return. */
import { histogramQuantiles, mergeBuckets, type HistogramBucket } from '../domain/index.ts';
import type { RawQuantiles } from './port.ts';

type Row = Record<string, unknown>;

export function histogramRowsToRawQuantiles(rows: readonly Row[]): RawQuantiles {
  const sources = new Set<string>();
  const buckets: HistogramBucket[] = [];
  let from: string | null = null;
  let to: string | null = null;
  let count = 0;
  for (const r of rows) {
    const n = Number(r.n);
    count += n;
    sources.add(String(r.source_id));
    buckets.push({ bucket: Number(r.b), count: n, min: Number(r.lo), max: Number(r.hi) });
    const first = String(r.first_on).slice(0, 10);
    const last = String(r.last_on).slice(0, 10);
    if (from === null || first < from) from = first;
    if (to === null || last > to) to = last;
  }
  const merged = mergeBuckets(buckets);
  return {
    count,
    sources: sources.size,
    quantiles: count > 0 ? histogramQuantiles(merged) : null,
    min: merged[0]?.min ?? null,
    max: merged.at(-1)?.max ?? null,
    from,
    to,
  };
}

/** The merged, sorted buckets of histogram rows. */
export function histogramRowsToBuckets(rows: readonly Row[]): HistogramBucket[] {
  return mergeBuckets(
    rows.map((r) => ({
      bucket: Number(r.b),
      count: Number(r.n),
      min: Number(r.lo),
      max: Number(r.hi),
    })),
  );
}
