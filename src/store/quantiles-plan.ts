/**
 * How both stores answer a statistics request on any number of observations
 * (docs/decisions/2026-11-21-statistics-at-scale.md):
 * 1. the group's exact size from the per-source cube (one scan of a small table), unless the
 *    filter names a city, which the cube does not hold;
 * 2. a small group (≤ SMALL_GROUP): exact quantiles over its rows;
 * 3. a large group in EUR: count, sources, min, max and dates from the cube, percentiles read off
 *    the histogram of the fixed 1-in-16 sample;
 * 4. otherwise: the histogram of every row (within 0.25%).
 */
import type { StatsFilter } from '../domain/index.ts';
import { histogramRowsToRawQuantiles } from './histogram-summary.ts';
import { EMPTY_QUANTILES, type RawQuantiles, type StatsOptions } from './port.ts';
import { salaryHistogramQuery } from './queries/salary-histogram.ts';
import { salaryQuantilesExactQuery } from './queries/salary-quantiles-exact.ts';
import { salaryQuantilesOnlyQuery } from './queries/salary-quantiles-only.ts';
import { cubeCanAnswer, cubeSummaryQuery } from './queries/stats-aggregates.ts';
import { rowToRawQuantiles } from './row-mapping.ts';
import type { Dialect } from './queries/converted-value.ts';

type Row = Record<string, unknown>;
export type RunQuery = (sql: string, params: (string | number)[]) => Promise<Row[]>;

/** Up to this many observations, quantiles are exact (sorting them is cheap). */
export const SMALL_GROUP = 50_000;
/** Above this many, percentiles come from the sample (≥ 12 500 sampled values). */
export const LARGE_GROUP = 200_000;

export async function planQuantiles(
  run: RunQuery,
  filter: StatsFilter,
  options: StatsOptions,
  plan: { readonly dialect: Dialect; readonly largeGroup?: number },
): Promise<RawQuantiles> {
  const { dialect, largeGroup = LARGE_GROUP } = plan;
  const { currency, periodsPerYear } = options;
  if (cubeCanAnswer(filter)) {
    const c = cubeSummaryQuery(filter);
    const [r] = await run(c.sql, c.params);
    const count = Number(r?.n ?? 0);
    if (count === 0) return EMPTY_QUANTILES;
    const fromCube = {
      count,
      sources: Number(r?.sources ?? 0),
      min: Number(r?.lo) / periodsPerYear,
      max: Number(r?.hi) / periodsPerYear,
      from: (r?.first_on as string | null) ?? null,
      to: (r?.last_on as string | null) ?? null,
    };
    if (count <= Math.min(SMALL_GROUP, largeGroup)) {
      if (currency === 'EUR') {
        const q = salaryQuantilesOnlyQuery(filter, 'EUR', periodsPerYear, dialect);
        const [row] = await run(q.sql, q.params);
        const quantiles = Array.isArray(row?.q) ? (row.q as unknown[]).map(Number) : null;
        return { ...fromCube, quantiles, method: 'exact' };
      }
      const q = salaryQuantilesExactQuery(filter, currency, periodsPerYear, dialect);
      return { ...rowToRawQuantiles((await run(q.sql, q.params))[0] ?? {}), method: 'exact' };
    }
    if (count > largeGroup && currency === 'EUR') {
      const h = salaryHistogramQuery(filter, 'EUR', periodsPerYear, 'observations_sample');
      const sample = histogramRowsToRawQuantiles(await run(h.sql, h.params));
      if (sample.quantiles) return { ...fromCube, quantiles: sample.quantiles, method: 'sample' };
    }
  }
  const q = salaryHistogramQuery(filter, currency, periodsPerYear);
  return { ...histogramRowsToRawQuantiles(await run(q.sql, q.params)), method: 'histogram' };
}
