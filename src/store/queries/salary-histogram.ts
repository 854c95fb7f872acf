/** The filtered observations' values as a fine histogram per source: one row per (source,
 * bucket) with its count, min, max and dates. Percentiles are then read off the histogram
 * (src/domain/histogram.ts): exact where the order statistics they need are a bucket's min or
 * max, within a bucket's width (0.25%) otherwise. One grouping pass instead of the sort an exact
 * quantile needs, which is what keeps broad filters fast on millions of rows. */
import type { StatsFilter } from '../../domain/index.ts';
import { HISTOGRAM_BUCKETS_PER_LN } from '../../domain/index.ts';
import { convertedValue } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';

export function salaryHistogramQuery(
  filter: StatsFilter,
  currency: string,
  periodsPerYear: number,
  table: 'observations' | 'observations_sample' = 'observations',
): SqlFragment {
  const { value, join, where, params } = convertedValue(filter, currency, periodsPerYear);
  return {
    sql: `SELECT h.source_id, h.b, count(*) AS n, min(h.v) AS lo, max(h.v) AS hi,
       CAST(min(h.observed_on) AS VARCHAR) AS first_on, CAST(max(h.observed_on) AS VARCHAR) AS last_on
FROM (
  SELECT o.source_id, o.observed_on, ${value} AS v,
         CAST(floor(ln(${value}) * ${HISTOGRAM_BUCKETS_PER_LN}) AS INTEGER) AS b
  FROM ${table} o ${join}
  ${where}
) h
GROUP BY h.source_id, h.b`,
    params,
  };
}
